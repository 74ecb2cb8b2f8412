// The deficit tile: the latest forecast's in-year and cumulative DSG deficit against the agreed profile,
// the year in focus first, then the chart and every year's figures.
import { Link } from '@tanstack/react-router';
import { startYearOf } from '../../core/periods/financialYear';
import { useCouncil } from '../app/council.tsx';
import { DeficitChart } from '../charts/DeficitChart.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatPounds, formatPoundsChange } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './dashboard.module.css';
import type { Dashboard } from './queries.ts';
import { Empty, Tile } from './Tile.tsx';

type Deficit = Dashboard['deficit'];
type Comparison = NonNullable<Deficit['comparison']>;

const agreedFromWords = {
  agreement: 'the version the Safety Valve agreement names',
  frozen: 'the latest frozen version',
} as const;
const forecastFromWords = {
  return: 'the projection in the latest Safety Valve return',
  draft: 'the latest draft version',
} as const;

/** "31 March 2022", the end of a financial year. */
const yearEnd = (year: string) => `31 March ${startYearOf(year) + 1}`;

export function DeficitTile({ deficit }: { deficit: Deficit }) {
  const { code } = useCouncil();
  const c = deficit.comparison;
  return (
    <Tile
      title="DSG deficit against the agreed profile"
      wide
      testId="tile-deficit"
      link={
        c ? (
          <Link
            to="/$council/financial-model/compare"
            params={{ council: code }}
            search={{ from: c.agreed, to: c.forecast }}
          >
            Compare the forecast with the agreed profile
          </Link>
        ) : (
          <Link to="/$council/financial-model" params={{ council: code }}>
            Financial model
          </Link>
        )
      }
    >
      {c ? (
        <Position comparison={c} />
      ) : deficit.versionCount === 0 ? (
        <Empty>
          No plan version is loaded yet. Import one on the Financial model page to see the deficit here.
        </Empty>
      ) : (
        <Empty>
          Only one plan version is loaded. Copy it or import a forecast on the Financial model page to set it
          against the agreed profile.
        </Empty>
      )}
    </Tile>
  );
}

function Position({ comparison: c }: { comparison: Comparison }) {
  const focus = c.years.find((y) => y.year === c.focusYear);
  return (
    <>
      <p>
        “{c.forecast}” ({forecastFromWords[c.forecastFrom]}) against “{c.agreed}” (
        {agreedFromWords[c.agreedFrom]}), after DfE contributions.
      </p>
      {focus?.agreed && focus.forecast && focus.variance && (
        <Facts
          layout="boxes"
          testId="deficit-focus"
          items={[
            [
              `In-year deficit ${focus.year}`,
              <>
                <span className={styles.figure}>{formatPounds(focus.forecast.inYear)}</span>
                <span className={styles.sub}>
                  agreed {formatPounds(focus.agreed.inYear)}, variance{' '}
                  {formatPoundsChange(focus.variance.inYear)}
                </span>
              </>,
            ],
            [
              `Cumulative deficit at ${yearEnd(focus.year)}`,
              <>
                <span className={styles.figure}>{formatPounds(focus.forecast.cumulative)}</span>
                <span className={styles.sub}>
                  agreed {formatPounds(focus.agreed.cumulative)}, variance{' '}
                  {formatPoundsChange(focus.variance.cumulative)}
                </span>
              </>,
            ],
          ]}
        />
      )}
      {c.profile && <ProfileLine profile={c.profile} />}
      <DeficitChart series={c.chart} />
      <TableScroll label="The deficit by year">
        <table data-testid="dashboard-deficit">
          <caption>
            In-year and cumulative DSG deficit after DfE contributions by year; the variance is the forecast
            less the agreed profile (more is worse).
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className={table.number}>
                In-year, agreed
              </th>
              <th scope="col" className={table.number}>
                In-year, forecast
              </th>
              <th scope="col" className={table.number}>
                In-year variance
              </th>
              <th scope="col" className={table.number}>
                Cumulative, agreed
              </th>
              <th scope="col" className={table.number}>
                Cumulative, forecast
              </th>
              <th scope="col" className={table.number}>
                Cumulative variance
              </th>
            </tr>
          </thead>
          <tbody>
            {c.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className={table.number}>{formatPounds(y.agreed?.inYear)}</td>
                <td className={table.number}>{formatPounds(y.forecast?.inYear)}</td>
                <td className={table.number}>{formatPoundsChange(y.variance?.inYear)}</td>
                <td className={table.number}>{formatPounds(y.agreed?.cumulative)}</td>
                <td className={table.number}>{formatPounds(y.forecast?.cumulative)}</td>
                <td className={table.number}>{formatPoundsChange(y.variance?.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** The agreement's maximum for the year and how far the forecast is within it (or above it). */
function ProfileLine({ profile: p }: { profile: NonNullable<Comparison['profile']> }) {
  const margin = p.maximum !== null && p.projected !== null ? p.maximum - p.projected : null;
  return (
    <p data-testid="deficit-profile">
      The Safety Valve agreement allows at most <strong>{formatPounds(p.maximum)}</strong> of cumulative
      deficit at {yearEnd(p.year)} ({p.basis}).
      {margin !== null &&
        ` The forecast gives ${formatPounds(p.projected)}: ${formatPounds(Math.abs(margin))} ${margin >= 0 ? 'within' : 'above'} it.`}
    </p>
  );
}
