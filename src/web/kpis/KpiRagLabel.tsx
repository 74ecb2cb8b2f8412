// A KPI's RAG as a badge with its word beside it (colour is never the only sign), or "Not rated".
import { ragName } from '../ui/format.ts';
import type { KpiRag } from './kpiApi.ts';
import { RagBadge } from '../ui/RagBadge.tsx';

export function KpiRagLabel({ rag, showWord = true }: { rag: KpiRag | null; showWord?: boolean }) {
  if (rag === null) {
    return (
      <span className="kpi-rag">
        <span className="rag rag-none" aria-hidden="true">
          –
        </span>
        <span className={showWord ? undefined : 'visually-hidden'}>Not rated</span>
      </span>
    );
  }
  return (
    <span className="kpi-rag">
      <RagBadge rag={rag} />
      {showWord && (
        <span className="kpi-rag-word" aria-hidden="true">
          {ragName(rag)}
        </span>
      )}
    </span>
  );
}
