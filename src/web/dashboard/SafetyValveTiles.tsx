// The Safety Valve tiles: the agreement's conditions by assurance in the latest return, and, for those who
// sign returns (S151 officer, Director of Children's Services), the returns waiting for their signature.
import { Link } from '@tanstack/react-router';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { assuranceLabel, statusLabel } from '../safety-valve/svFormat.ts';
import { ToneCounts } from '../ui/ToneCounts.tsx';
import styles from './dashboard.module.css';
import type { Dashboard } from './queries.ts';
import { Empty, Tile } from './Tile.tsx';

type SafetyValve = Dashboard['safetyValve'];

const capacityWords = { s151: 'S151 officer', dcs: 'Director of Children’s Services' } as const;

export function ConditionsTile({ safetyValve }: { safetyValve: SafetyValve }) {
  const { code } = useCouncil();
  const latest = safetyValve?.latestReturn;
  const notGood = (safetyValve?.conditions ?? []).filter((c) => c.assurance !== 'Good');
  return (
    <Tile
      title="Safety Valve conditions by assurance"
      testId="tile-conditions"
      link={
        latest ? (
          <Link to="/$council/safety-valve/returns/$period" params={{ council: code, period: latest.period }}>
            Open the {periodLabel(latest.period)} return
          </Link>
        ) : (
          <Link to="/$council/safety-valve" params={{ council: code }}>
            Safety Valve
          </Link>
        )
      }
    >
      {!safetyValve ? (
        <Empty>No Safety Valve agreement is recorded for this council.</Empty>
      ) : !latest || !safetyValve.assurance ? (
        <Empty>No quarterly return has been started yet. Finance starts one on the Safety Valve page.</Empty>
      ) : (
        <>
          <p>
            The {periodLabel(latest.period)} return (figures as at {dateLabel(latest.dataDate)}):{' '}
            {statusLabel(latest.status).toLowerCase()}.
          </p>
          <ToneCounts
            testId="dashboard-assurance"
            counts={[
              { count: safetyValve.assurance.Low, words: 'low', tone: 'red' },
              { count: safetyValve.assurance.Medium, words: 'medium', tone: 'amber' },
              { count: safetyValve.assurance.Good, words: 'good', tone: 'green' },
              { count: safetyValve.assurance.notAssessed, words: 'not assessed' },
            ]}
          />
          {notGood.length === 0 ? (
            <p>Every condition has good assurance.</p>
          ) : (
            <ul className={styles.list}>
              {notGood.map((c) => (
                <li key={c.number}>
                  {/* Titles are sentences; the assurance follows a colon, not a full stop. */}
                  Condition {c.number}, {c.title.replace(/\.$/u, '')}:{' '}
                  <strong>{assuranceLabel(c.assurance)}</strong>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Tile>
  );
}

/** Only for those who sign: the returns waiting for their signature. */
export function ToSignTile({ safetyValve }: { safetyValve: NonNullable<SafetyValve> }) {
  const { code } = useCouncil();
  return (
    <Tile
      title="What needs signing"
      testId="tile-to-sign"
      link={
        <Link to="/$council/safety-valve" params={{ council: code }}>
          All Safety Valve returns
        </Link>
      }
    >
      {safetyValve.toSign.length === 0 ? (
        <Empty>Nothing is waiting for your signature.</Empty>
      ) : (
        <ul className={styles.list}>
          {safetyValve.toSign.map((r) => (
            <li key={`${r.period} ${r.capacity}`}>
              <Link to="/$council/safety-valve/returns/$period" params={{ council: code, period: r.period }}>
                The {periodLabel(r.period)} return
              </Link>
              <span className={styles.sub}>
                Figures as at {dateLabel(r.dataDate)}; to sign as {capacityWords[r.capacity]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Tile>
  );
}
