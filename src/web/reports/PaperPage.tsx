// One paper: written (by finance and SEND officers) or read, its tables previewed as the files will show
// them, and its PDF and Word files. `#/314/reports/paper/new?template=committee` starts a new one.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { paperTemplates } from '../../core/papers';
import { useCouncil } from '../app/council.tsx';
import { useNotice } from '../app/notice.ts';
import { NotFound } from '../app/NotFound.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { canWritePapers, writeLabels } from './canWritePapers.ts';
import { PaperForm } from './PaperForm.tsx';
import { PaperNarrative } from './PaperNarrative.tsx';
import { PaperPreviewSection } from './PaperPreviewSection.tsx';
import { paperQuery } from './queries.ts';

const route = getRouteApi('/$council/reports/paper/$paper');

export function PaperPage() {
  const council = useCouncil();
  const { paper: param } = route.useParams();
  const { template = 'committee' } = route.useSearch();
  const id = Number(param);
  const writes = canWritePapers(council);
  const back = (
    <p>
      <Link to="/$council/reports" params={{ council: council.code }}>
        All papers
      </Link>
    </p>
  );
  if (param === 'new') {
    return (
      <>
        <h1>{writeLabels[template]}</h1>
        {back}
        {writes ? (
          <PaperForm template={template} />
        ) : (
          <ReadOnly reading="the papers" changing="writing them needs the finance or SEND role" />
        )}
      </>
    );
  }
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <StoredPaperPage id={id} writes={writes} back={back} />;
}

function StoredPaperPage({ id, writes, back }: { id: number; writes: boolean; back: React.ReactNode }) {
  const { code } = useCouncil();
  const paper = useQuery(paperQuery(code, id));
  const notice = useNotice();
  return (
    <>
      <h1>{paper.data?.title ?? 'Paper'}</h1>
      {back}
      {notice && <StatusMessage>{notice}</StatusMessage>}
      <QueryState query={paper} loading="Loading the paper…" failed="The paper could not be loaded">
        {(p) => (
          <>
            <p className={text.lead}>{`${paperTemplates[p.template].name}, revision ${p.revision}.`}</p>
            {writes ? (
              <PaperForm key={p.revision} paper={p} template={p.template} />
            ) : (
              <>
                <ReadOnly reading="this paper" changing="changing it needs the finance or SEND role" />
                <PaperNarrative paper={p} />
              </>
            )}
            <PaperPreviewSection key={`${p.id}-${p.revision}`} paper={p} />
          </>
        )}
      </QueryState>
    </>
  );
}
