// The Forecasts front page (`#/314/forecasts`): the runs (with progress while they run), a form to start
// one, and the stored inputs with a form to upload a witan.send folder.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import styles from './forecasts.module.css';
import { inputSetsQuery, runsQuery, type ForecastRun } from './queries.ts';
import { StartRunForm } from './StartRunForm.tsx';
import { UploadInputsForm } from './UploadInputsForm.tsx';

export function ForecastRunsPage() {
  const council = useCouncil();
  const runs = useQuery(runsQuery(council.code));
  const inputs = useQuery(inputSetsQuery(council.code));
  const [message, setMessage] = useState<string | null>(null);
  const canRun = council.can('forecasts.run');

  return (
    <>
      <h1>Forecasts</h1>
      <p className={text.lead}>
        EHCP numbers and their cost for the years ahead, from the council&apos;s census transitions (a
        witan.send input folder), with the range of likely outcomes. Each run is kept with its inputs, options
        and seed, so it can be reproduced and compared.
      </p>
      {!canRun && (
        <ReadOnly reading="the forecasts" changing="starting a run needs the finance or SEND service role" />
      )}
      {message !== null && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="forecast-runs-heading">
        <h2 id="forecast-runs-heading">Runs</h2>
        <QueryState
          query={runs}
          loading="Loading the forecast runs…"
          failed="The forecast runs could not be loaded"
        >
          {(list) =>
            list.length === 0 ? (
              <Notice tone="inset">{`There are no forecast runs yet.${canRun ? ' Start one below.' : ''}`}</Notice>
            ) : (
              <RunsTable runs={list} />
            )
          }
        </QueryState>
      </section>
      {canRun && inputs.data && runs.data && (
        <StartRunForm
          inputSets={inputs.data}
          runs={runs.data}
          onStarted={(run) => setMessage(`Started forecast run ${run.number}: it runs in the background.`)}
        />
      )}
      <section aria-labelledby="forecast-inputs-heading">
        <h2 id="forecast-inputs-heading">Inputs</h2>
        <QueryState
          query={inputs}
          loading="Loading the forecast inputs…"
          failed="The forecast inputs could not be loaded"
        >
          {(sets) => (
            <TableScroll label="Stored forecast inputs">
              <table data-testid="forecast-inputs">
                <caption className="visually-hidden">Stored forecast inputs</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Source</th>
                    <th scope="col" className={table.number}>
                      Transitions
                    </th>
                    <th scope="col">Last census</th>
                    <th scope="col">Projects</th>
                  </tr>
                </thead>
                <tbody>
                  {sets.map((set) => (
                    <tr key={set.id}>
                      <th scope="row">{set.name}</th>
                      <td>{set.source}</td>
                      <td className={table.number}>{formatCount(set.summary.transitions)}</td>
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
            </TableScroll>
          )}
        </QueryState>
      </section>
      {canRun && <UploadInputsForm onUploaded={(set) => setMessage(`Stored the inputs “${set.name}”.`)} />}
    </>
  );
}

function RunsTable({ runs }: { runs: ForecastRun[] }) {
  const { code } = useCouncil();
  return (
    <TableScroll label="Forecast runs">
      <table data-testid="forecast-runs">
        <caption className="visually-hidden">Forecast runs, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Inputs</th>
            <th scope="col" className={table.number}>
              Simulations
            </th>
            <th scope="col" className={table.number}>
              Seed
            </th>
            <th scope="col">Status</th>
            <th scope="col">Started by</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.number}>
              <th scope="row">
                <Link
                  to="/$council/forecasts/run/$number"
                  params={{ council: code, number: String(run.number) }}
                >
                  {`${run.number}. ${run.name}`}
                </Link>
                {run.baselineRun !== null && (
                  <span className={text.muted}> (against run {run.baselineRun})</span>
                )}
              </th>
              <td>{run.inputSet.name}</td>
              <td className={table.number}>{formatCount(run.simulations)}</td>
              <td className={table.number}>{run.seed}</td>
              <td>
                {run.status === 'completed' ? (
                  'Completed'
                ) : run.status === 'failed' ? (
                  <span className={styles.failed}>Failed: {run.error}</span>
                ) : (
                  <>
                    <progress
                      className={styles.progress}
                      max={run.progress.total}
                      value={run.progress.done}
                      aria-label={`Run ${run.number} progress`}
                    />{' '}
                    {run.status === 'queued'
                      ? 'Queued'
                      : `${formatCount(run.progress.done)} of ${formatCount(run.progress.total)}`}
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
    </TableScroll>
  );
}
