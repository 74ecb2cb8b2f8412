// The council's EHCP forecast from published figures alone: the fan chart and its tables.
import { useQuery } from '@tanstack/react-query';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { ForecastFanChart } from '../charts/ForecastFanChart.tsx';
import { Facts } from '../ui/Facts.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './benchmarking.module.css';
import { publishedForecastQuery, type PublishedForecast } from './queries.ts';

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
const aheadWords = ['', 'one year', 'two years', 'three years', 'four years', 'five years'];
const ahead = (h: number) => `${aheadWords[h] ?? `${String(h)} years`} ahead`;

/** Which method makes each forecast year, in words: one line per year, or one sentence when all agree. */
function MethodInWords({ forecast }: { forecast: PublishedForecast }) {
  const labels = new Set(forecast.years.map((y) => y.methodLabel));
  const chosen = forecast.choices.length > 0;
  return (
    <div data-testid="forecast-method">
      <h3>How this forecast is made</h3>
      <p>
        {chosen
          ? 'For each year ahead we use the method whose past forecasts came closest, judged only on forecasts whose outcome had been published by January ' +
            String(forecast.origin) +
            '.'
          : `Method asked for: ${forecast.methodLabel}.`}
      </p>
      {labels.size === 1 && !chosen ? null : (
        <Facts
          layout="details"
          items={forecast.years.map(
            (y) => [`January ${String(y.year)} (${ahead(y.h)})`, y.methodLabel] as const,
          )}
        />
      )}
    </div>
  );
}

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
              EHCPs at the January census, forecast from January {data.origin} using nothing but the
              council&apos;s published figures. The shaded bands are where the number is expected to fall 8
              times in 10 (darker) and 19 times in 20 (lighter), judged from how far the same method&apos;s
              past forecasts for every council fell from what was then published.
            </p>
            {data.findings.map((f) => (
              <Notice key={`${f.kind}-${String(f.year)}`} tone="inset">
                {f.message}
              </Notice>
            ))}
            <MethodInWords forecast={data} />
            {data.evidence.length > 0 ? (
              <div data-testid="forecast-evidence">
                <h3>How well this method did before</h3>
                <ul className={styles.evidence}>
                  {data.evidence.map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
                {data.choices.length > 0 ? (
                  <details className={styles.why}>
                    <summary>Why these methods were chosen</summary>
                    <ul>
                      {data.choices.map((c) => (
                        <li key={c.h}>{c.sentence}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </div>
            ) : (
              <Notice tone="inset">
                There are not yet enough past forecasts whose outcome is published to say how well this method
                did.
              </Notice>
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
                    <th scope="col">Method</th>
                  </tr>
                </thead>
                <tbody>
                  {data.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className={table.number}>{plans(y.total.forecast)}</td>
                      <td className={table.number}>{range(y.total.lo80, y.total.hi80)}</td>
                      <td className={table.number}>{range(y.total.lo95, y.total.hi95)}</td>
                      <td>{y.methodLabel}</td>
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
