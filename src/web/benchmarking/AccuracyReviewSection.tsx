// The forecasts the council stored in its plans against the published January census: chart and table.
import { useQuery } from '@tanstack/react-query';
import { formatCount, formatNumber } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { AccuracyChart } from '../charts/AccuracyChart.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './benchmarking.module.css';
import { accuracyReviewQuery } from './queries.ts';

const published = (n: number | null) => (n === null ? 'not published yet' : formatCount(n));

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
              counted. A negative difference means the plan forecast too few.
            </p>
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
                        <td className={table.number}>
                          {r.percentError === null
                            ? ''
                            : formatNumber(r.percentError, { decimals: 1, sign: 'always', suffix: '%' })}
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </TableScroll>
            <p className={styles.source}>Published figures: {data.publishedSource}.</p>
          </>
        )}
      </QueryState>
    </section>
  );
}
