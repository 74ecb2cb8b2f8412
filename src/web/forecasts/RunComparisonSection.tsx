// A scenario run against its baseline: mean EHCPs and cost per year in both, and the difference.
import { compareRun } from './forecastsApi.ts';
import { formatPounds } from '../ui/format.ts';
import { useLoaded } from '../app/useLoaded.ts';

const signed = (value: number, format: (v: number) => string) =>
  value > 0 ? `+${format(value)}` : format(value);

export function RunComparisonSection({
  code,
  number,
  baseline,
}: {
  code: string;
  number: number;
  baseline: number;
}) {
  const { state } = useLoaded(`${code}/${number}/${baseline}`, () => compareRun(code, number, baseline));
  return (
    <section aria-labelledby="forecast-comparison-heading">
      <h2 id="forecast-comparison-heading">Against the baseline (run {baseline})</h2>
      {state.status === 'loading' && <p role="status">Loading the comparison…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The comparison could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && (
        <div className="table-scroll">
          <table className="forecast-comparison">
            <caption>{`Mean EHCPs and cost: run ${number} against run ${baseline}`}</caption>
            <thead>
              <tr>
                <th scope="col">Census</th>
                <th scope="col" className="number">
                  EHCPs, baseline
                </th>
                <th scope="col" className="number">
                  EHCPs, this run
                </th>
                <th scope="col" className="number">
                  Difference
                </th>
                <th scope="col" className="number">
                  Cost, baseline
                </th>
                <th scope="col" className="number">
                  Cost, this run
                </th>
                <th scope="col" className="number">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {state.data.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">January {y.year}</th>
                  <td className="number">{y.total?.baseline.mean.toFixed(1)}</td>
                  <td className="number">{y.total?.scenario.mean.toFixed(1)}</td>
                  <td className="number">{y.total ? signed(y.total.difference, (v) => v.toFixed(1)) : ''}</td>
                  <td className="number">{formatPounds(y.cost ? Math.round(y.cost.baseline.mean) : null)}</td>
                  <td className="number">{formatPounds(y.cost ? Math.round(y.cost.scenario.mean) : null)}</td>
                  <td className="number">
                    {y.cost ? signed(Math.round(y.cost.difference), formatPounds) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
