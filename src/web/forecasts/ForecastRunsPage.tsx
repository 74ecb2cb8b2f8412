// The Forecasts front page: the runs (with progress while they run), a form to start one, and the
// stored inputs with a form to upload a witan.send folder.
import { useEffect, useState } from 'react';
import { formatDateTime } from '../ui/format.ts';
import { listInputSets, listRuns } from './forecastsApi.ts';
import { StartRunForm } from './StartRunForm.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { UploadInputsForm } from './UploadInputsForm.tsx';
import { useLoaded } from '../app/useLoaded.ts';

interface Props {
  code: string;
  canRun: boolean;
  runHref: (number: number) => string;
}

export function ForecastRunsPage({ code, canRun, runHref }: Props) {
  const runs = useLoaded(`${code}/runs`, () => listRuns(code));
  const inputs = useLoaded(`${code}/inputs`, () => listInputSets(code));
  const [message, setMessage] = useState<string | null>(null);
  const active =
    runs.state.status === 'loaded' &&
    runs.state.data.runs.some((r) => r.status === 'queued' || r.status === 'running');
  const { reload } = runs;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void reload(), 1000);
    return () => clearInterval(timer);
  }, [active, reload]);

  return (
    <>
      <h1>Forecasts</h1>
      <p className="lead">
        EHCP numbers and their cost for the years ahead, from the council&apos;s census transitions (a
        witan.send input folder), with the range of likely outcomes. Each run is kept with its inputs, options
        and seed, so it can be reproduced and compared.
      </p>
      {message !== null && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="forecast-runs-heading">
        <h2 id="forecast-runs-heading">Runs</h2>
        {runs.state.status === 'loading' && <p role="status">Loading the forecast runs…</p>}
        {runs.state.status === 'failed' && (
          <p className="error-summary" role="alert">
            The forecast runs could not be loaded: {runs.state.message}
          </p>
        )}
        {runs.state.status === 'loaded' &&
          (runs.state.data.runs.length === 0 ? (
            <div className="inset">
              <p>There are no forecast runs yet.{canRun ? ' Start one below.' : ''}</p>
            </div>
          ) : (
            <div className="table-scroll">
              <table className="forecast-runs-table">
                <caption className="visually-hidden">Forecast runs, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Run</th>
                    <th scope="col">Inputs</th>
                    <th scope="col" className="number">
                      Simulations
                    </th>
                    <th scope="col" className="number">
                      Seed
                    </th>
                    <th scope="col">Status</th>
                    <th scope="col">Started by</th>
                  </tr>
                </thead>
                <tbody>
                  {runs.state.data.runs.map((run) => (
                    <tr key={run.number}>
                      <th scope="row">
                        <a href={runHref(run.number)}>{`${run.number}. ${run.name}`}</a>
                        {run.baselineRun !== null && (
                          <span className="muted"> (against run {run.baselineRun})</span>
                        )}
                      </th>
                      <td>{run.inputSet.name}</td>
                      <td className="number">{run.simulations.toLocaleString('en-GB')}</td>
                      <td className="number">{run.seed}</td>
                      <td>
                        {run.status === 'completed' ? (
                          'Completed'
                        ) : run.status === 'failed' ? (
                          <span className="field-error">Failed: {run.error}</span>
                        ) : (
                          <>
                            <progress
                              max={run.progress.total}
                              value={run.progress.done}
                              aria-label={`Run ${run.number} progress`}
                            />{' '}
                            {run.status === 'queued'
                              ? 'Queued'
                              : `${run.progress.done.toLocaleString('en-GB')} of ${run.progress.total.toLocaleString('en-GB')}`}
                          </>
                        )}
                      </td>
                      <td>
                        {run.createdBy}, {formatDateTime(run.createdAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      {canRun && inputs.state.status === 'loaded' && runs.state.status === 'loaded' && (
        <StartRunForm
          code={code}
          inputSets={inputs.state.data.inputSets}
          runs={runs.state.data.runs}
          onStarted={(run) => {
            setMessage(`Started forecast run ${run.number}: it runs in the background.`);
            void runs.reload();
          }}
        />
      )}
      <section aria-labelledby="forecast-inputs-heading">
        <h2 id="forecast-inputs-heading">Inputs</h2>
        {inputs.state.status === 'loading' && <p role="status">Loading the forecast inputs…</p>}
        {inputs.state.status === 'failed' && (
          <p className="error-summary" role="alert">
            The forecast inputs could not be loaded: {inputs.state.message}
          </p>
        )}
        {inputs.state.status === 'loaded' && (
          <div className="table-scroll">
            <table className="forecast-inputs-table">
              <caption className="visually-hidden">Stored forecast inputs</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Source</th>
                  <th scope="col" className="number">
                    Transitions
                  </th>
                  <th scope="col">Last census</th>
                  <th scope="col">Projects</th>
                </tr>
              </thead>
              <tbody>
                {inputs.state.data.inputSets.map((set) => (
                  <tr key={set.id}>
                    <th scope="row">{set.name}</th>
                    <td>{set.source}</td>
                    <td className="number">{set.summary.transitions.toLocaleString('en-GB')}</td>
                    <td>January {set.summary.seedYear}</td>
                    <td>
                      {set.summary.projectionYears.length > 0
                        ? `${set.summary.projectionYears[0]} to ${set.summary.projectionYears.at(-1)}`
                        : 'no years'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canRun && (
        <UploadInputsForm
          code={code}
          onUploaded={(set) => {
            setMessage(`Stored the inputs “${set.name}”.`);
            void inputs.reload();
          }}
        />
      )}
    </>
  );
}
