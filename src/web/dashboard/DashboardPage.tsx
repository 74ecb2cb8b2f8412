// The council's front page: who it is, and the officers named on its High Needs returns.
import { useQuery } from '@tanstack/react-query';
import { useCouncil } from '../app/council.tsx';
import { Facts } from '../ui/Facts.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import text from '../ui/text.module.css';
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
      <p className={text.hint}>
        High Needs Block figures will appear on this page once the financial model is available.
      </p>
    </>
  );
}
