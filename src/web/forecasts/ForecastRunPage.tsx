// One forecast run: its progress while it runs; then the fan chart, the figures by year, the breakdown
// tables, downloads, the comparison with its baseline, and putting its cost into a plan version.
import { useEffect } from 'react';
import { FanChart } from '../charts/FanChart.tsx';
import { ForecastBreakdowns } from './ForecastBreakdowns.tsx';
import { financialYearOfCensus } from './forecastLabels.ts';
import { downloadHref, getRun } from './forecastsApi.ts';
import { formatMillionsShort, formatPounds } from '../ui/format.ts';
import { PushToPlanForm } from './PushToPlanForm.tsx';
import { RunComparisonSection } from './RunComparisonSection.tsx';
import { useLoaded } from '../app/useLoaded.ts';

interface Props {
  code: string;
  number: number;
  canEditFinance: boolean;
  listHref: string;
  runHref: (number: number) => string;
}

export function ForecastRunPage({ code, number, canEditFinance, listHref, runHref }: Props) {
  const { state, reload } = useLoaded(`${code}/${number}`, () => getRun(code, number), {
    keepWhileLoading: true,
  });
  const running =
    state.status === 'loaded' && (state.data.run.status === 'queued' || state.data.run.status === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void reload(), 1000);
    return () => clearInterval(timer);
  }, [running, reload]);

  if (state.status === 'loading') return <p role="status">Loading forecast run {number}…</p>;
  if (state.status === 'failed')
    return (
      <>
        <h1>Forecast run {number}</h1>
        <p className="error-summary" role="alert">
          The run could not be loaded: {state.message}
        </p>
        <p>
          <a href={listHref}>All forecast runs</a>
        </p>
      </>
    );
  const { run, years, history } = state.data;
  const projected = (years ?? []).filter((y) => y.year !== run.seedYear);
  return (
    <>
      <p>
        <a href={listHref}>All forecast runs</a>
      </p>
      <h1>
        {run.name === `Forecast run ${run.number}` ? run.name : `Forecast run ${run.number}: ${run.name}`}
      </h1>
      <dl className="facts facts-small">
        <dt>Inputs</dt>
        <dd>{run.inputSet.name}</dd>
        <dt>Model</dt>
        <dd>{run.mode === 'witan' ? 'witan.send exactly' : 'highneeds'}</dd>
        <dt>Simulations</dt>
        <dd>
          {run.simulations.toLocaleString('en-GB')}, seed {run.seed}
        </dd>
        {run.scenario !== null && (
          <>
            <dt>Scenario</dt>
            <dd>{typeof run.scenario.name === 'string' ? run.scenario.name : 'unnamed'}</dd>
          </>
        )}
        {run.baselineRun !== null && (
          <>
            <dt>Baseline</dt>
            <dd>
              <a href={runHref(run.baselineRun)}>Forecast run {run.baselineRun}</a>
            </dd>
          </>
        )}
      </dl>
      {running && (
        <div className="inset" role="status">
          <p>
            {run.status === 'queued'
              ? 'Queued: waiting for a worker.'
              : `Running: ${run.progress.done.toLocaleString('en-GB')} of ${run.progress.total.toLocaleString('en-GB')} simulations done.`}
          </p>
          <progress
            className="run-progress"
            max={run.progress.total}
            value={run.progress.done}
            aria-label="Simulations done"
          />
        </div>
      )}
      {run.status === 'failed' && (
        <p className="error-summary" role="alert">
          The run failed: {run.error}
        </p>
      )}
      {years !== null && (
        <>
          <h2>EHCPs</h2>
          <FanChart
            measure="EHCPs"
            history={history.map((h) => ({ year: h.year, value: h.ehcps }))}
            projection={years.map((y) => ({ year: y.year, summary: y.groups.total!.total! }))}
            format={(v) => Math.round(v).toLocaleString('en-GB')}
          />
          <h2>Cost</h2>
          <FanChart
            measure="Annual cost (£m)"
            history={[]}
            projection={years.map((y) => ({ year: y.year, summary: y.groups.costPence!.total! }))}
            format={(v) => formatMillionsShort(v)}
          />
          <div className="table-scroll">
            <table className="forecast-years-table">
              <caption>EHCPs and annual cost by January census (p5 to p95 is a 90% interval)</caption>
              <thead>
                <tr>
                  <th scope="col">Census</th>
                  <th scope="col">Financial year</th>
                  <th scope="col" className="number">
                    EHCPs median
                  </th>
                  <th scope="col" className="number">
                    EHCPs p5 to p95
                  </th>
                  <th scope="col" className="number">
                    Cost mean
                  </th>
                  <th scope="col" className="number">
                    Cost p5 to p95
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => {
                  const total = y.groups.total!.total!;
                  const cost = y.groups.costPence!.total!;
                  return (
                    <tr key={y.year}>
                      <th scope="row">
                        January {y.year}
                        {y.year === run.seedYear ? ' (known)' : ''}
                      </th>
                      <td>{financialYearOfCensus(y.year)}</td>
                      <td className="number">{Math.round(total.median).toLocaleString('en-GB')}</td>
                      <td className="number">{`${Math.round(total.p5).toLocaleString('en-GB')} to ${Math.round(total.p95).toLocaleString('en-GB')}`}</td>
                      <td className="number">{formatPounds(Math.round(cost.mean))}</td>
                      <td className="number">{`${formatPounds(Math.round(cost.p5))} to ${formatPounds(Math.round(cost.p95))}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="actions">
            <a className="button button-secondary" href={downloadHref(code, run.number, 'xlsx')} download>
              Download Excel (XLSX)
            </a>{' '}
            <a className="button button-secondary" href={downloadHref(code, run.number, 'csv')} download>
              Download CSV
            </a>
          </p>
          <ForecastBreakdowns years={years} />
          {run.baselineRun !== null && (
            <RunComparisonSection code={code} number={run.number} baseline={run.baselineRun} />
          )}
          {canEditFinance && projected.length > 0 && <PushToPlanForm code={code} number={run.number} />}
        </>
      )}
    </>
  );
}
