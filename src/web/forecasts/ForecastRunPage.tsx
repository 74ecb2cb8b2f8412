// One forecast run (`#/314/forecasts/run/3`): its progress while it runs; then the fan chart, the figures
// by year, the breakdown tables, downloads, the comparison with its baseline, and (finance rights)
// putting its cost into a plan version.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { FanChart } from '../charts/FanChart.tsx';
import { ButtonGroup, ButtonLink } from '../ui/Button.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatMillionsShort, formatPounds } from '../ui/format.ts';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { ForecastBreakdowns } from './ForecastBreakdowns.tsx';
import { financialYearOfCensus } from './forecastLabels.ts';
import styles from './forecasts.module.css';
import { PushToPlanForm } from './PushToPlanForm.tsx';
import { downloadHref, runQuery, type RunDetail } from './queries.ts';
import { RunComparisonSection } from './RunComparisonSection.tsx';

const route = getRouteApi('/$council/forecasts/run/$number');

export function ForecastRunPage() {
  const { code } = useCouncil();
  const number = Number(route.useParams().number);
  const run = useQuery({ ...runQuery(code, number), enabled: Number.isInteger(number) });
  const name = run.data?.run.name;
  return (
    <>
      <p className={text.caption}>
        <Link to="/$council/forecasts" params={{ council: code }}>
          All forecast runs
        </Link>
      </p>
      <h1>
        {name === undefined || name === `Forecast run ${number}`
          ? `Forecast run ${number}`
          : `Forecast run ${number}: ${name}`}
      </h1>
      {!Number.isInteger(number) ? (
        <Notice tone="inset">There is no forecast run with this number.</Notice>
      ) : run.status === 'pending' ? (
        <p role="status">Loading forecast run {number}…</p>
      ) : run.status === 'error' ? (
        <FormError>{`The run could not be loaded: ${messageOf(run.error)}`}</FormError>
      ) : (
        <Run detail={run.data} />
      )}
    </>
  );
}

function Run({ detail }: { detail: RunDetail }) {
  const council = useCouncil();
  const { run, years, history } = detail;
  const running = run.status === 'queued' || run.status === 'running';
  const projected = (years ?? []).filter((y) => y.year !== run.seedYear);
  return (
    <>
      <Facts
        layout="small"
        items={[
          ['Inputs', run.inputSet.name],
          ['Model', run.mode === 'witan' ? 'witan.send, as published' : 'Recommended'],
          ['Simulations', `${formatCount(run.simulations)}, seed ${run.seed}`],
          run.scenario !== null && [
            'Scenario',
            typeof run.scenario.name === 'string' ? run.scenario.name : 'unnamed',
          ],
          run.baselineRun !== null && [
            'Baseline',
            <Link
              key="baseline"
              to="/$council/forecasts/run/$number"
              params={{ council: council.code, number: String(run.baselineRun) }}
            >
              Forecast run {run.baselineRun}
            </Link>,
          ],
        ]}
      />
      {running && (
        <Notice role="status">
          <p>
            {run.status === 'queued'
              ? 'Queued: waiting for a worker.'
              : `Running: ${formatCount(run.progress.done)} of ${formatCount(run.progress.total)} simulations done.`}
          </p>
          <progress
            className={styles.progress}
            max={run.progress.total}
            value={run.progress.done}
            aria-label="Simulations done"
          />
        </Notice>
      )}
      {run.status === 'failed' && (
        <FormError>{`The run failed: ${run.error ?? 'no reason was recorded'}`}</FormError>
      )}
      {years !== null && (
        <>
          <h2>EHCPs</h2>
          <FanChart
            measure="EHCPs"
            history={history.map((h) => ({ year: h.year, value: h.ehcps }))}
            projection={years.map((y) => ({ year: y.year, summary: y.groups.total.total! }))}
            format={(v) => formatCount(v)}
          />
          <h2>Cost</h2>
          <FanChart
            measure="Annual cost (£m)"
            history={[]}
            projection={years.map((y) => ({ year: y.year, summary: y.groups.costPence.total! }))}
            format={(v) => formatMillionsShort(v)}
          />
          <TableScroll label="EHCPs and annual cost by January census">
            <table data-testid="forecast-years">
              <caption>EHCPs and annual cost by January census (p5 to p95 is a 90% interval)</caption>
              <thead>
                <tr>
                  <th scope="col">Census</th>
                  <th scope="col">Financial year</th>
                  <th scope="col" className={table.number}>
                    EHCPs median
                  </th>
                  <th scope="col" className={table.number}>
                    EHCPs p5 to p95
                  </th>
                  <th scope="col" className={table.number}>
                    Cost mean
                  </th>
                  <th scope="col" className={table.number}>
                    Cost p5 to p95
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => {
                  const total = y.groups.total.total!;
                  const cost = y.groups.costPence.total!;
                  return (
                    <tr key={y.year}>
                      <th scope="row">
                        January {y.year}
                        {y.year === run.seedYear ? ' (known)' : ''}
                      </th>
                      <td>{financialYearOfCensus(y.year)}</td>
                      <td className={table.number}>{formatCount(total.median)}</td>
                      <td
                        className={table.number}
                      >{`${formatCount(total.p5)} to ${formatCount(total.p95)}`}</td>
                      <td className={table.number}>{formatPounds(cost.mean)}</td>
                      <td
                        className={table.number}
                      >{`${formatPounds(cost.p5)} to ${formatPounds(cost.p95)}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <ButtonGroup>
            <ButtonLink variant="secondary" href={downloadHref(council.code, run.number, 'xlsx')} download>
              Download Excel (XLSX)
            </ButtonLink>
            <ButtonLink variant="secondary" href={downloadHref(council.code, run.number, 'csv')} download>
              Download CSV
            </ButtonLink>
          </ButtonGroup>
          <ForecastBreakdowns years={years} />
          {run.baselineRun !== null && (
            <RunComparisonSection number={run.number} baseline={run.baselineRun} />
          )}
          {council.can('finance.edit') && projected.length > 0 && <PushToPlanForm number={run.number} />}
        </>
      )}
    </>
  );
}
