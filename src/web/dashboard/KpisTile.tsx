// The KPI tile: the latest period's KPIs by RAG and the ones not on track (red first), as the KPI page
// judges them.
import { Link } from '@tanstack/react-router';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { RagLabel } from '../ui/RagBadge.tsx';
import { ToneCounts } from '../ui/ToneCounts.tsx';
import styles from './dashboard.module.css';
import type { Dashboard } from './queries.ts';
import { Empty, Tile } from './Tile.tsx';

export function KpisTile({ kpis, mayDefine }: { kpis: Dashboard['kpis']; mayDefine: boolean }) {
  const { code } = useCouncil();
  return (
    <Tile
      title="KPIs off track"
      testId="tile-kpis"
      link={
        <Link to="/$council/kpis" params={{ council: code }} search={{ period: kpis?.period }}>
          KPIs
        </Link>
      }
    >
      {kpis ? (
        <>
          <p>
            {periodLabel(kpis.period)}, figures as at {dateLabel(kpis.dataDate)}.
          </p>
          <ToneCounts
            testId="dashboard-kpi-counts"
            counts={[
              { count: kpis.ragCounts.R, words: 'red', tone: 'red' },
              { count: kpis.ragCounts.A, words: 'amber', tone: 'amber' },
              { count: kpis.ragCounts.G, words: 'green', tone: 'green' },
              { count: kpis.ragCounts.none, words: 'not rated' },
            ]}
          />
          {kpis.offTrackCount === 0 ? (
            <p>Every rated KPI is on track.</p>
          ) : (
            <>
              <ul className={styles.list}>
                {kpis.offTrack.map((k) => (
                  <li key={k.ref}>
                    <RagLabel rag={k.rag} /> KPI {k.ref}, {k.name}: {k.value} against {k.target}
                  </li>
                ))}
              </ul>
              {kpis.offTrackCount > kpis.offTrack.length && (
                <p className={styles.more}>
                  and {kpis.offTrackCount - kpis.offTrack.length} more on the KPIs page.
                </p>
              )}
            </>
          )}
        </>
      ) : (
        <Empty>
          No KPI values are recorded yet.
          {mayDefine ? ' Import the KPI set and record their values on the KPIs page.' : ''}
        </Empty>
      )}
    </Tile>
  );
}
