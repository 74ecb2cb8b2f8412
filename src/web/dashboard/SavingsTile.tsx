// The savings tile: what the savings delivery log says was delivered against the year's target, the
// year's forecast, and the lines behind plan.
import { Link } from '@tanstack/react-router';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatPounds } from '../ui/format.ts';
import { RagLabel } from '../ui/RagBadge.tsx';
import styles from './dashboard.module.css';
import type { Dashboard } from './queries.ts';
import { Empty, Tile } from './Tile.tsx';

export function SavingsTile({ savings }: { savings: Dashboard['savings'] }) {
  const { code } = useCouncil();
  return (
    <Tile
      title="Savings delivered against plan"
      testId="tile-savings"
      link={
        <Link to="/$council/savings" params={{ council: code }} search={{ version: savings?.version }}>
          Savings
        </Link>
      }
    >
      {savings ? (
        <>
          <p>
            {savings.financialYear}, as at {dateLabel(savings.asAt)}, from “{savings.version}”.
          </p>
          <Facts
            layout="details"
            testId="savings-figures"
            items={[
              [
                'Delivered to date',
                <>
                  <span className={styles.figure}>{formatPounds(savings.total.delivered)}</span> of{' '}
                  {formatPounds(savings.total.target)}
                </>,
              ],
              ['Forecast for the year', formatPounds(savings.total.forecast)],
              ['Lines reported', `${savings.total.linesReported} of ${savings.lineCount}`],
            ]}
          />
          {savings.behindCount === 0 ? (
            <p>No savings line is forecast to fall short of its target.</p>
          ) : (
            <>
              <p>
                {savings.behindCount} {savings.behindCount === 1 ? 'line is' : 'lines are'} forecast to fall
                short:
              </p>
              <ul className={styles.list}>
                {savings.behind.map((l) => (
                  <li key={l.label}>
                    <RagLabel rag={l.rag} /> {l.label}: {formatPounds(l.forecast)} of {formatPounds(l.target)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <Empty>
          No savings delivery has been recorded yet. When finance records what each savings line has
          delivered, it shows here against the plan.
        </Empty>
      )}
    </Tile>
  );
}
