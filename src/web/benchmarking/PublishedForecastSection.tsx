// The council's EHCP forecast from published figures alone: the fan chart and its tables.
import { useQuery } from '@tanstack/react-query';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { ForecastFanChart } from '../charts/ForecastFanChart.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import styles from './benchmarking.module.css';
import { publishedForecastQuery } from './queries.ts';

const bands = [
  ['under5', 'Under 5'],
  ['5to10', '5 to 10'],
  ['11to15', '11 to 15'],
  ['16to19', '16 to 19'],
  ['20to25', '20 to 25'],
] as const;
const plans = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatCount(n));
const range = (lo: number | null, hi: number | null) =>
  lo === null || hi === null ? 'not calibrated' : `${plans(lo)} to ${plans(hi)}`;

export function PublishedForecastSection() {
  const { code } = useCouncil();
  const forecast = useQuery(publishedForecastQuery(code));
  return (
    <section aria-labelledby="published-forecast">
      <h2 id="published-forecast">Forecast from published figures</h2>
      <QueryState query={forecast} loading="Loading the forecast…" failed="The forecast could not be made">
        {(data) => (
          <>
            <p>
              EHCPs at the January census, forecast from January {data.origin} by the{' '}
              {data.methodLabel.toLowerCase()}, using nothing but the council&apos;s published caseload. The
              shaded bands are where the number is expected to fall 8 times in 10 (darker) and 19 times in 20
              (lighter), judged from how far the same method&apos;s past forecasts for every council fell from
              what was then published.
            </p>
            {data.evidence.length > 0 && (
              <ul className={text.hint} data-testid="forecast-evidence">
                {data.evidence.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            )}
            <ForecastFanChart forecast={data} />
            <TableScroll label="Forecast EHCPs">
              <table data-testid="forecast-table">
                <caption>Forecast EHCPs with 80% and 95% intervals</caption>
                <thead>
                  <tr>
                    <th scope="col">January</th>
                    <th scope="col" className={table.number}>
                      Forecast
                    </th>
                    <th scope="col" className={table.number}>
                      80% interval
                    </th>
                    <th scope="col" className={table.number}>
                      95% interval
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className={table.number}>{plans(y.total.forecast)}</td>
                      <td className={table.number}>{range(y.total.lo80, y.total.hi80)}</td>
                      <td className={table.number}>{range(y.total.lo95, y.total.hi95)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <TableScroll label="Forecast EHCPs by age">
              <table data-testid="forecast-ages-table">
                <caption>Forecast EHCPs by age, with 80% intervals</caption>
                <thead>
                  <tr>
                    <th scope="col">January</th>
                    {bands.map(([id, label]) => (
                      <th key={id} scope="col" className={table.number}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      {bands.map(([id]) => {
                        const band = y.ages[id];
                        return (
                          <td key={id} className={table.number}>
                            {band
                              ? `${plans(band.forecast)} (${range(band.lo80, band.hi80)})`
                              : 'not forecast'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p className={styles.source}>Source: {data.source}.</p>
          </>
        )}
      </QueryState>
    </section>
  );
}
