// The forecast tile: the latest completed caseload forecast, its EHCPs and cost with their 90% interval at
// the next census and at the last one it reaches; or what to do when there is none.
import { Link } from '@tanstack/react-router';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatPounds } from '../ui/format.ts';
import styles from './dashboard.module.css';
import type { Dashboard } from './queries.ts';
import { Empty, Tile } from './Tile.tsx';

type Forecast = Dashboard['forecast'];
type Census = NonNullable<NonNullable<Forecast['latest']>['next']>;

function censusFact(c: Census) {
  return [
    `EHCPs in January ${c.census}`,
    <>
      <span className={styles.figure}>{formatCount(c.ehcps.median)}</span>
      <span className={styles.sub}>
        90% interval {formatCount(c.ehcps.p5)} to {formatCount(c.ehcps.p95)}; cost {formatPounds(c.cost.mean)}{' '}
        a year ({formatPounds(c.cost.p5)} to {formatPounds(c.cost.p95)})
      </span>
    </>,
  ] as const;
}

export function ForecastTile({ forecast, mayRun }: { forecast: Forecast; mayRun: boolean }) {
  const { code } = useCouncil();
  const { latest, inProgress } = forecast;
  return (
    <Tile
      title="Caseload forecast"
      testId="tile-forecast"
      link={
        latest ? (
          <Link
            to="/$council/forecasts/run/$number"
            params={{ council: code, number: String(latest.number) }}
          >
            Open forecast run {latest.number}
          </Link>
        ) : (
          <Link to="/$council/forecasts" params={{ council: code }}>
            Forecasts
          </Link>
        )
      }
    >
      {latest ? (
        <>
          <p>
            Forecast run {latest.number}
            {latest.name !== `Forecast run ${latest.number}` && `: ${latest.name}`} (
            {formatCount(latest.simulations)} simulations), the median with its 90% interval.
          </p>
          <Facts
            layout="details"
            testId="forecast-figures"
            items={[latest.next && censusFact(latest.next), latest.horizon && censusFact(latest.horizon)]}
          />
        </>
      ) : forecast.inputSets === 0 ? (
        <Empty>
          No forecast has been run yet, and no census inputs are held.
          {mayRun ? ' Upload inputs on the Forecasts page, then start a run.' : ''}
        </Empty>
      ) : (
        <Empty>
          No forecast has been run yet.
          {mayRun ? ' Start one on the Forecasts page from the inputs held.' : ''}
        </Empty>
      )}
      {inProgress && (
        <p role="status">
          Forecast run {inProgress.number} is{' '}
          {inProgress.status === 'queued' ? 'waiting to start' : 'running'}.
        </p>
      )}
    </Tile>
  );
}
