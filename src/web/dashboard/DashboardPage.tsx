// The council's front page: who it is, the officers named on its High Needs returns, and where each plan
// version of the financial model ends.
import { useQuery } from '@tanstack/react-query';
import { useCouncil } from '../app/council.tsx';
import { Facts } from '../ui/Facts.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import text from '../ui/text.module.css';
import { PlanVersionsCard } from './PlanVersionsCard.tsx';
import { CouncilDetailsCard } from './CouncilDetailsCard.tsx';
import { councilQuery } from './queries.ts';

export function DashboardPage() {
  const council = useCouncil();
  const details = useQuery(councilQuery(council.code));
  return (
    <>
      <p className={text.caption}>Dashboard</p>
      <h1>{council.name}</h1>
      <Facts
        items={[
          ['Old LA code', council.code],
          ['New LA code', council.newCode],
          ['Region', council.region],
        ]}
      />
      <QueryState
        query={details}
        loading="Loading council details…"
        failed="The council details could not be loaded"
      >
        {(view) => <CouncilDetailsCard council={view.council} canEdit={council.can('council.edit')} />}
      </QueryState>
      <PlanVersionsCard />
    </>
  );
}
