// The forecasts the council stored in its plans against the published January census: chart and table.
import { useQuery } from '@tanstack/react-query';
import { formatCount, formatNumber } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { AccuracyChart } from '../charts/AccuracyChart.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './benchmarking.module.css';
import { accuracyReviewQuery, type AccuracyReview } from './queries.ts';

const published = (n: number | null) => (n === null ? 'not published yet' : formatCount(n));
const error = (pct: number | null | undefined) =>
  pct === null || pct === undefined ? '' : formatNumber(pct, { decimals: 1, sign: 'always', suffix: '%' });
const size = (pct: number) => formatNumber(pct, { decimals: 1, suffix: '%' });

/** One source's record in a sentence: its mean error beside the published-figure forecast's. */
function sourceSentence(s: AccuracyReview['sources'][number]): string {
  if (s.meanApe === null) return `${s.source}: no census to compare with yet.`;
  const ours =
    s.publishedFigureMeanApe === null
      ? 'the forecast from published figures could not be made from that January.'
      : `our forecast from published figures, made from the same January, was off by ${size(s.publishedFigureMeanApe)}.`;
  return `${s.source}: off by ${size(s.meanApe)} on average; ${ours}`;
}

export function AccuracyReviewSection() {
  const { code } = useCouncil();
  const review = useQuery(accuracyReviewQuery(code));
  return (
    <section aria-labelledby="forecast-accuracy">
      <h2 id="forecast-accuracy">How accurate were our forecasts?</h2>
      <QueryState query={review} loading="Loading the review…" failed="The review could not be made">
        {(data) => (
          <>
            <p>
              The EHCP numbers forecast in the plans stored here, against what the January census then
              counted, beside what our forecast from published figures would have said from the same January
              (using only what was published by then). A negative difference means the plan forecast too few.
            </p>
            <ul className={styles.evidence} data-testid="accuracy-summary">
              {data.sources.map((s) => (
                <li key={s.source}>{sourceSentence(s)}</li>
              ))}
            </ul>
            <AccuracyChart review={data} />
            <TableScroll label="Forecast EHCPs against the published census">
              <table data-testid="accuracy-table">
                <caption>Forecast EHCPs in the council&apos;s plans against the published census</caption>
                <thead>
                  <tr>
                    <th scope="col">Forecast in</th>
                    <th scope="col">January</th>
                    <th scope="col" className={table.number}>
                      Forecast
                    </th>
                    <th scope="col" className={table.number}>
                      Published
                    </th>
                    <th scope="col" className={table.number}>
                      Difference
                    </th>
                    <th scope="col" className={table.number}>
                      Error
                    </th>
                    <th scope="col" className={table.number}>
                      From published figures
                    </th>
                    <th scope="col" className={table.number}>
                      Its error
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.sources.flatMap((s) =>
                    s.rows.map((r, i) => (
                      <tr key={`${s.source}-${String(r.year)}`}>
                        <th scope="row">{i === 0 ? `${s.source} (${r.detail})` : ''}</th>
                        <td>{r.year}</td>
                        <td className={table.number}>{formatCount(r.plans)}</td>
                        <td className={table.number}>{published(r.actual)}</td>
                        <td className={table.number}>
                          {r.difference === null ? '' : formatNumber(r.difference, { sign: 'always' })}
                        </td>
                        <td className={table.number}>{error(r.percentError)}</td>
                        <td className={table.number}>
                          {r.publishedFigureForecast
                            ? formatCount(r.publishedFigureForecast.plans)
                            : 'not made'}
                        </td>
                        <td className={table.number}>{error(r.publishedFigureForecast?.percentError)}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </TableScroll>
            <p className={styles.source}>
              Published figures: {data.publishedSource}. Forecast from published figures:{' '}
              {data.publishedFigureMethod.charAt(0).toLowerCase() + data.publishedFigureMethod.slice(1)}.
            </p>
          </>
        )}
      </QueryState>
    </section>
  );
}
