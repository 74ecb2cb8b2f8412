// One quarterly Safety Valve return, in the order of the DfE return (seed 003): status and sign-off,
// submission details, summary, conditions with assurance, the KPI table, the financial model monitoring
// table, the deficit profile, partner contributions, the risk register and the appendices.
import { useId, useState } from 'react';
import { DeficitProfileChart } from '../charts/DeficitProfileChart.tsx';
import { EhcpChart } from '../charts/EhcpChart.tsx';
import { formatPounds } from '../ui/format.ts';
import { dateLabel, periodLabel } from '../kpis/kpiFormat.ts';
import { MonitoringTable } from '../financial-model/MonitoringTable.tsx';
import { ReturnConditions } from './ReturnConditions.tsx';
import { ReturnDetailsDialog } from './ReturnDetailsDialog.tsx';
import { ReturnKpiTable } from './ReturnKpiTable.tsx';
import { ReturnStatusPanel } from './ReturnStatusPanel.tsx';
import { ReturnSummaryText } from './ReturnSummaryText.tsx';
import { RiskRegister } from './RiskRegister.tsx';
import { hashFor } from '../app/route.ts';
import { getReturn, reportUrl, type ReturnView } from './safetyValveApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

export function ReturnPage({ code, period }: { code: string; period: string }) {
  const { state, reload } = useLoaded(`${code} ${period}`, () => getReturn(code, period), {
    keepWhileLoading: true,
  });
  return (
    <>
      <p className="caption">
        <a href={hashFor(code, 'safety-valve')}>Safety Valve</a>
      </p>
      <h1>{periodLabel(period)} Safety Valve return</h1>
      {state.status === 'loading' && <p role="status">Loading the return…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The return could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && <ReturnBody code={code} view={state.data} reload={reload} />}
    </>
  );
}

function ReturnBody({ code, view, reload }: { code: string; view: ReturnView; reload: () => Promise<void> }) {
  const id = useId();
  const [editingDetails, setEditingDetails] = useState(false);
  const r = view.return;
  const a = view.summaries.assurance;
  const k = view.summaries.kpiRag;
  return (
    <>
      <p className="lead">
        {view.council.name}, {view.agreement.name}: quarterly summary update for {periodLabel(r.period)}.
      </p>
      <ReturnStatusPanel code={code} view={view} reload={reload} />
      <div className="button-group report-downloads">
        <a className="button" href={reportUrl(code, r.period, 'pdf')} download>
          Download the report (PDF)
        </a>
        <a className="button button-secondary" href={reportUrl(code, r.period, 'xlsx')} download>
          Download the tables (Excel)
        </a>
      </div>
      <section aria-labelledby={`${id}-details`}>
        <h2 id={`${id}-details`}>Submission details</h2>
        <dl className="details">
          <div>
            <dt>Date submitted</dt>
            <dd>{r.dateSubmitted ? dateLabel(r.dateSubmitted) : 'Not yet submitted'}</dd>
          </div>
          <div>
            <dt>Data date</dt>
            <dd>{dateLabel(r.dataDate)}</dd>
          </div>
          <div>
            <dt>Signed off by S151 officer</dt>
            <dd>{r.s151SignOff?.name ?? <span className="muted">Not signed</span>}</dd>
          </div>
          <div>
            <dt>Signed off by Director of Children’s Services</dt>
            <dd>{r.dcsSignOff?.name ?? <span className="muted">Not signed</span>}</dd>
          </div>
          <div>
            <dt>Agreed financial model</dt>
            <dd>{view.agreement.agreedVersion ?? 'Not named'}</dd>
          </div>
          <div>
            <dt>Latest projection</dt>
            <dd>{r.projectionVersion ?? 'Not named'}</dd>
          </div>
          <div>
            <dt>KPI figures for</dt>
            <dd>{periodLabel(r.kpiPeriod)}</dd>
          </div>
        </dl>
        {view.can.edit && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setEditingDetails(true)}
          >
            Edit submission details
          </button>
        )}
        {editingDetails && (
          <ReturnDetailsDialog
            code={code}
            view={view}
            onClose={() => setEditingDetails(false)}
            onSaved={async () => {
              await reload();
              setEditingDetails(false);
            }}
            reload={reload}
          />
        )}
      </section>
      <ReturnSummaryText code={code} view={view} reload={reload} />
      <section aria-labelledby={`${id}-assurance`}>
        <h2 id={`${id}-assurance`}>Assurance at a glance</h2>
        <ul className="kpi-counts">
          <li className="kpi-count assurance-count-Good">
            <strong>{a.Good}</strong> good
          </li>
          <li className="kpi-count assurance-count-Medium">
            <strong>{a.Medium}</strong> medium
          </li>
          <li className="kpi-count assurance-count-Low">
            <strong>{a.Low}</strong> low
          </li>
          <li className="kpi-count kpi-count-none">
            <strong>{a.notAssessed}</strong> not assessed
          </li>
        </ul>
        <p>
          KPIs: {k.G} green, {k.A} amber, {k.R} red, {k.none} not rated.
        </p>
      </section>
      <ReturnConditions code={code} view={view} reload={reload} />
      {view.partnerContributions.rows.length > 0 && (
        <section aria-labelledby={`${id}-partners`}>
          <h2 id={`${id}-partners`}>Contributions from partners</h2>
          <table>
            <caption>Change in contribution relative to the previous year, in pounds.</caption>
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col" className="number">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {view.partnerContributions.rows.map((p) => (
                <tr key={p.partner}>
                  <th scope="row">{p.partner}</th>
                  <td className="number">{formatPounds(p.change)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total">
                <th scope="row">Total</th>
                <td className="number">{formatPounds(view.partnerContributions.total)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      )}
      <section aria-labelledby={`${id}-kpis`}>
        <h2 id={`${id}-kpis`}>Key performance indicators</h2>
        {view.kpis ? (
          <ReturnKpiTable table={view.kpis} />
        ) : (
          <p className="notice">There is no KPI table: {view.kpiProblem}</p>
        )}
      </section>
      <section aria-labelledby={`${id}-monitoring`}>
        <h2 id={`${id}-monitoring`}>Financial model monitoring</h2>
        {view.monitoring ? (
          <MonitoringTable
            comparison={{
              year: view.monitoring.year,
              fromVersion: view.monitoring.fromVersion,
              toVersion: view.monitoring.toVersion,
              monitoring: view.monitoring.rows,
            }}
          />
        ) : (
          <p className="notice">There is no monitoring table: {view.monitoringProblem}</p>
        )}
      </section>
      <section aria-labelledby={`${id}-profile`}>
        <h2 id={`${id}-profile`}>Cumulative deficit against the agreed profile</h2>
        <DeficitProfileChart profile={view.deficitProfile} basis={view.agreement.profileBasis} />
      </section>
      {view.ehcpChart.length > 0 && (
        <section aria-labelledby={`${id}-ehcps`}>
          <h2 id={`${id}-ehcps`}>EHCPs against target</h2>
          <EhcpChart kpis={view.ehcpChart} />
        </section>
      )}
      <RiskRegister code={code} view={view} reload={reload} />
      {r.appendices.length > 0 && (
        <section aria-labelledby={`${id}-appendices`}>
          <h2 id={`${id}-appendices`}>Appendices</h2>
          <ul className="appendices">
            {r.appendices.map((ap) => (
              <li key={ap.letter}>
                Appendix {ap.letter}: {ap.title}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
