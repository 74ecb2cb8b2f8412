// The governance tile: the next meeting of each body, soonest first, and the actions and recommendations
// past their due date.
import { Link } from '@tanstack/react-router';
import { kindNames } from '../../core/governance/items';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import styles from './dashboard.module.css';
import type { Dashboard } from './queries.ts';
import { Empty, Tile } from './Tile.tsx';

type Governance = Dashboard['governance'];

export function GovernanceTile({ governance: g }: { governance: Governance }) {
  const { code } = useCouncil();
  return (
    <Tile
      title="Meetings and overdue actions"
      testId="tile-governance"
      link={
        <Link to="/$council/governance" params={{ council: code }}>
          Governance
        </Link>
      }
    >
      <h3 className={styles.subhead}>Next meetings</h3>
      {g.nextMeetings.length === 0 ? (
        <Empty>
          {g.bodies === 0
            ? 'No meeting cycle is recorded yet.'
            : 'No meeting is planned, and no body has a regular cadence to expect one from.'}
        </Empty>
      ) : (
        <ul className={styles.list} data-testid="next-meetings">
          {g.nextMeetings.map((m) => (
            <li key={m.body}>
              {m.body}: <strong>{dateLabel(m.meetsOn)}</strong>
              {m.basis === 'cadence' && <span className={styles.sub}>expected from its usual cadence</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.subhead}>Overdue</h3>
      {g.overdueCount === 0 ? (
        <p data-testid="overdue">
          Nothing is overdue
          {g.outstanding > 0 ? ` (${g.outstanding} outstanding without a passed due date).` : '.'}
        </p>
      ) : (
        <>
          <p data-testid="overdue">
            {g.overdueCount} {g.overdueCount === 1 ? 'item is' : 'items are'} past{' '}
            {g.overdueCount === 1 ? 'its' : 'their'} due date:
          </p>
          <ul className={styles.list}>
            {g.overdue.map((i) => (
              <li key={`${i.reference ?? ''} ${i.title}`}>
                {i.reference ? `${i.reference}: ` : ''}
                {i.title}
                <span className={styles.sub}>
                  {kindNames[i.kind].one[0]!.toUpperCase() + kindNames[i.kind].one.slice(1)}, due{' '}
                  {dateLabel(i.dueOn)}
                  {i.owner ? `, ${i.owner}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Tile>
  );
}
