// The council's EHCP forecast from published figures alone: the fan chart and its table.
import { ForecastFanChart } from '../charts/ForecastFanChart.tsx';
import { getPublishedForecast } from './nationalApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

const bands = [
  ['under5', 'Under 5'],
  ['5to10', '5 to 10'],
  ['11to15', '11 to 15'],
  ['16to19', '16 to 19'],
  ['20to25', '20 to 25'],
] as const;
const plans = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : n.toLocaleString('en-GB');
const range = (lo: number | null, hi: number | null) =>
  lo === null || hi === null ? 'not calibrated' : `${plans(lo)} to ${plans(hi)}`;

export function PublishedForecastSection({ code }: { code: string }) {
  const { state } = useLoaded(`forecast:${code}`, () => getPublishedForecast(code));
  return (
    <section aria-labelledby="published-forecast">
      <h2 id="published-forecast">Forecast from published figures</h2>
      {state.status === 'loading' ? <p>Loading the forecast…</p> : null}
      {state.status === 'failed' ? <p className="inset">{state.message}</p> : null}
      {state.status === 'loaded' ? (
        <>
          <p>
            EHCPs at the January census, forecast from January {state.data.origin} by the{' '}
            {state.data.methodLabel.toLowerCase()}, using nothing but the council&apos;s published caseload.
            The shaded bands are where the number is expected to fall 8 times in 10 (darker) and 19 times in
            20 (lighter), judged from how far the same method&apos;s past forecasts for every council fell
            from what was then published.
          </p>
          {state.data.fallback ? <p className="inset">{state.data.fallback}</p> : null}
          <ForecastFanChart forecast={state.data} />
          <table className="compare-table" data-testid="forecast-table">
            <caption>Forecast EHCPs with 80% and 95% intervals</caption>
            <thead>
              <tr>
                <th scope="col">January</th>
                <th scope="col">Forecast</th>
                <th scope="col">80% interval</th>
                <th scope="col">95% interval</th>
              </tr>
            </thead>
            <tbody>
              {state.data.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td>{plans(y.total.forecast)}</td>
                  <td>{range(y.total.lo80, y.total.hi80)}</td>
                  <td>{range(y.total.lo95, y.total.hi95)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="compare-table" data-testid="forecast-ages-table">
            <caption>Forecast EHCPs by age, with 80% intervals</caption>
            <thead>
              <tr>
                <th scope="col">January</th>
                {bands.map(([id, label]) => (
                  <th key={id} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.data.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  {bands.map(([id]) => {
                    const band = y.ages[id];
                    return (
                      <td key={id}>
                        {band ? `${plans(band.forecast)} (${range(band.lo80, band.hi80)})` : 'n/a'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="source-note">
            Source: {state.data.source}. Method and its back-test: docs/national-forecast.md.
          </p>
        </>
      ) : null}
    </section>
  );
}
