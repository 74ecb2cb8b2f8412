// A RAG status as a coloured badge that also shows its letter, with the colour's name for screen readers.
import { ragName } from './format.ts';
import type { Rag } from '../financial-model/modelApi.ts';

export function RagBadge({ rag }: { rag: Rag }) {
  return (
    <span className={`rag rag-${rag}`} title={ragName(rag)}>
      <span aria-hidden="true">{rag}</span>
      <span className="visually-hidden">{ragName(rag)}</span>
    </span>
  );
}
