// One quarterly Safety Valve return, in the order of the DfE return: status and sign-off, submission
// details, summary, conditions with assurance, the KPI table, the financial model monitoring table, the
// deficit profile, partner contributions, the risk register and the appendices.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { DeficitProfileChart } from '../charts/DeficitProfileChart.tsx';
import { EhcpChart } from '../charts/EhcpChart.tsx';
import { MonitoringTable } from '../financial-model/MonitoringTable.tsx';
import { Button, ButtonGroup, ButtonLink } from '../ui/Button.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatPoundsChange } from '../ui/format.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { returnQuery, reportUrl, type ReturnView } from './queries.ts';
import { ReturnConditions } from './ReturnConditions.tsx';
import { ReturnDetailsDialog } from './ReturnDetailsDialog.tsx';
import { ReturnKpiTable } from './ReturnKpiTable.tsx';
import { ReturnStatusPanel } from './ReturnStatusPanel.tsx';
import { ReturnSummaryText } from './ReturnSummaryText.tsx';
import { RiskRegister } from './RiskRegister.tsx';
import { ToneCounts } from '../ui/ToneCounts.tsx';
import styles from './safetyValve.module.css';

const route = getRouteApi('/$council/safety-valve/returns/$period');

export function ReturnPage() {
  const { code } = useCouncil();
  const { period } = route.useParams();
  const view = useQuery(returnQuery(code, period));
  return (
    <>
      <p className={text.caption}>
        <Link to="/$council/safety-valve" params={{ council: code }}>
          Safety Valve
        </Link>
      </p>
      <h1>{periodLabel(period)} Safety Valve return</h1>
      <QueryState query={view} loading="Loading the return…" failed="The return could not be loaded">
        {(data) => <ReturnBody view={data} />}
      </QueryState>
    </>
  );
}

function ReturnBody({ view }: { view: ReturnView }) {
  const { code } = useCouncil();
  const id = useId();
  const [editingDetails, setEditingDetails] = useState(false);
  const r = view.return;
  const a = view.summaries.assurance;
  const k = view.summaries.kpiRag;
  const readOnly = !view.can.edit && !view.can.editConditions && view.status !== 'locked';
  return (
    <>
      <p className={text.lead}>
        {view.council.name}, {view.agreement.name}: quarterly summary update for {periodLabel(r.period)}.
      </p>
      {readOnly && (
        <ReadOnly
          reading="this return"
          changing="changing it needs the finance role (the SEND service updates conditions)"
        />
      )}
      <ReturnStatusPanel view={view} />
      <div className={styles.downloads}>
        <ButtonGroup>
          <ButtonLink href={reportUrl(code, r.period, 'pdf')} download>
            Download the report (PDF)
          </ButtonLink>
          <ButtonLink variant="secondary" href={reportUrl(code, r.period, 'xlsx')} download>
            Download the tables (Excel)
          </ButtonLink>
        </ButtonGroup>
      </div>
      <section aria-labelledby={`${id}-details`}>
        <h2 id={`${id}-details`}>Submission details</h2>
        <Facts
          layout="details"
          items={[
            ['Date submitted', r.dateSubmitted ? dateLabel(r.dateSubmitted) : 'Not yet submitted'],
            ['Data date', dateLabel(r.dataDate)],
            [
              'Signed off by S151 officer',
              r.s151SignOff?.name ?? <span className={text.muted}>Not signed</span>,
            ],
            [
              'Signed off by Director of Children’s Services',
              r.dcsSignOff?.name ?? <span className={text.muted}>Not signed</span>,
            ],
            ['Agreed financial model', view.agreement.agreedVersion ?? 'Not named'],
            ['Latest projection', r.projectionVersion ?? 'Not named'],
            ['KPI figures for', periodLabel(r.kpiPeriod)],
          ]}
        />
        {view.can.edit && (
          <Button variant="secondary" small onClick={() => setEditingDetails(true)}>
            Edit submission details
          </Button>
        )}
        {editingDetails && <ReturnDetailsDialog view={view} onClose={() => setEditingDetails(false)} />}
      </section>
      <ReturnSummaryText view={view} />
      <section aria-labelledby={`${id}-assurance`}>
        <h2 id={`${id}-assurance`}>Assurance at a glance</h2>
        <ToneCounts
          testId="assurance-counts"
          counts={[
            { count: a.Good, words: 'good', tone: 'green' },
            { count: a.Medium, words: 'medium', tone: 'amber' },
            { count: a.Low, words: 'low', tone: 'red' },
            { count: a.notAssessed, words: 'not assessed' },
          ]}
        />
        <p>
          KPIs: {k.G} green, {k.A} amber, {k.R} red, {k.none} not rated.
        </p>
      </section>
      <ReturnConditions view={view} />
      {view.partnerContributions.rows.length > 0 && (
        <section aria-labelledby={`${id}-partners`}>
          <h2 id={`${id}-partners`}>Contributions from partners</h2>
          <TableScroll label="Contributions from partners">
            <table>
              <caption>Change in contribution relative to the previous year, in pounds.</caption>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col" className={table.number}>
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.partnerContributions.rows.map((p) => (
                  <tr key={p.partner}>
                    <th scope="row">{p.partner}</th>
                    <td className={table.number}>{formatPoundsChange(p.change)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className={table.total}>
                  <th scope="row">Total</th>
                  <td className={table.number}>{formatPoundsChange(view.partnerContributions.total)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </section>
      )}
      <section aria-labelledby={`${id}-kpis`}>
        <h2 id={`${id}-kpis`}>Key performance indicators</h2>
        {view.kpis ? (
          <ReturnKpiTable table={view.kpis} />
        ) : (
          <Notice>{`There is no KPI table: ${view.kpiProblem ?? ''}`}</Notice>
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
          <Notice>{`There is no monitoring table: ${view.monitoringProblem ?? ''}`}</Notice>
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
      <RiskRegister view={view} />
      {r.appendices.length > 0 && (
        <section aria-labelledby={`${id}-appendices`}>
          <h2 id={`${id}-appendices`}>Appendices</h2>
          <ul className={styles.appendices}>
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
