// The council's front page: its High Needs Block position at a glance, each tile drawn from what is loaded
// and linked to its page (one request: GET .../dashboard), then who the council is, the officers named on
// its returns, and where each plan version ends.
import { useQuery } from '@tanstack/react-query';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Facts } from '../ui/Facts.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import text from '../ui/text.module.css';
import { CouncilDetailsCard } from './CouncilDetailsCard.tsx';
import styles from './dashboard.module.css';
import { DeficitTile } from './DeficitTile.tsx';
import { ForecastTile } from './ForecastTile.tsx';
import { GovernanceTile } from './GovernanceTile.tsx';
import { KpisTile } from './KpisTile.tsx';
import { PlanVersionsCard } from './PlanVersionsCard.tsx';
import { councilQuery, dashboardQuery } from './queries.ts';
import { ConditionsTile, ToSignTile } from './SafetyValveTiles.tsx';
import { SavingsTile } from './SavingsTile.tsx';

export function DashboardPage() {
  const council = useCouncil();
  const dashboard = useQuery(dashboardQuery(council.code));
  const details = useQuery(councilQuery(council.code));
  return (
    <>
      <p className={text.caption}>Dashboard</p>
      <h1>{council.name}</h1>
      <QueryState
        query={dashboard}
        loading="Loading the dashboard…"
        failed="The dashboard could not be loaded"
      >
        {(d) => (
          <>
            <p className={text.lead}>
              The High Needs Block as at {dateLabel(d.asAt)}, from the figures loaded.
            </p>
            <div className={styles.tiles}>
              {d.safetyValve?.signs && <ToSignTile safetyValve={d.safetyValve} />}
              <DeficitTile deficit={d.deficit} />
              <ForecastTile forecast={d.forecast} mayRun={council.can('forecasts.run')} />
              <SavingsTile savings={d.savings} />
              <KpisTile kpis={d.kpis} mayDefine={council.can('finance.edit')} />
              <ConditionsTile safetyValve={d.safetyValve} />
              <GovernanceTile governance={d.governance} />
            </div>
          </>
        )}
      </QueryState>
      <section className={styles.lower} aria-label="About the council">
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
      </section>
    </>
  );
}
