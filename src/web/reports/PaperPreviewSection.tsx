// The paper's tables before it is exported: the same document the PDF and Word files are written from,
// drawn from the figures as at the paper's date and version (said first), with the two downloads.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { ButtonGroup, ButtonLink } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { PreviewBlocks } from './PreviewBlocks.tsx';
import { paperFileUrl, previewQuery, type Paper } from './queries.ts';

export function PaperPreviewSection({ paper }: { paper: Paper }) {
  const { code } = useCouncil();
  const choice = { template: paper.template, paperId: paper.id };
  const exportable = paper.undrawn.length === 0;
  const preview = useQuery({ ...previewQuery(code, choice), enabled: exportable });
  const id = useId();
  return (
    <section aria-labelledby={`${id}-preview`}>
      <h2 id={`${id}-preview`}>Preview and download</h2>
      {!exportable ? (
        <Notice tone="inset">
          {`This kind of paper cannot be previewed or exported yet: these tables are not drawn yet: ${paper.undrawn.join('; ')}. Its words are saved.`}
        </Notice>
      ) : (
        <QueryState
          query={preview}
          loading="Drawing the paper’s tables…"
          failed="The paper’s tables could not be drawn"
        >
          {(p) => (
            <>
              <p data-testid="drawn-from">
                {`The tables are drawn from the figures held on ${dateLabel(p.asAt)}`}
                {p.version
                  ? `, plan version “${p.version}”.`
                  : ', with no plan version (no financial model is shown).'}
              </p>
              <ButtonGroup>
                <ButtonLink href={paperFileUrl(code, choice, 'pdf')} download>
                  Download the paper (PDF)
                </ButtonLink>
                <ButtonLink variant="secondary" href={paperFileUrl(code, choice, 'docx')} download>
                  Download the paper (Word)
                </ButtonLink>
              </ButtonGroup>
              <PreviewBlocks blocks={p.blocks} />
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
