// The request-to-plan funnel by year or month from the returns (any role: aggregates only): requests,
// decisions, plans issued, 20-week timeliness, conversion and ceased plans by reason; a chart of the
// funnel's stages by period beside the table (the last twelve periods when by month).
import { useQuery } from '@tanstack/react-query';
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { BarChart } from '../charts/BarChart.tsx';
import { SelectField } from '../ui/Field.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { ceaseReasonName } from './labels.ts';
import { funnelQuery, type Sen2Funnel } from './queries.ts';
import styles from './sen2.module.css';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '' : `${v.toFixed(1)}%`);

/** Periods a chart row each: more would make a chart taller than a screen. */
const chartedPeriods = 12;

/** The funnel's stages by period: requests, agreed to assess, plans issued. */
function FunnelChart({ funnel: f }: { funnel: Sen2Funnel }) {
  const periods = f.periods.slice(-chartedPeriods);
  const some = periods.length < f.periods.length ? `, the last ${String(periods.length)} ${f.by}s` : '';
  return (
    <BarChart
      title={`From request to plan by ${f.by === 'month' ? 'month' : 'calendar year'}${some}${f.synthetic ? ' (synthetic returns)' : ''}`}
      categories={periods.map((p) => `${p.period}${p.partial ? ' (part)' : ''}`)}
      series={[
        { name: 'Requests', values: periods.map((p) => p.requests) },
        { name: 'Agreed to assess', values: periods.map((p) => p.requestDecisions.assess) },
        { name: 'Plans issued', values: periods.map((p) => p.plansIssued) },
      ]}
      format={(n) => formatCount(n)}
      valueTitle="Children and young people"
    />
  );
}

export function FunnelView({ by, onBy }: { by: 'month' | 'year'; onBy: (by: 'month' | 'year') => void }) {
  const { code } = useCouncil();
  const funnel = useQuery(funnelQuery(code, by));
  return (
    <section aria-labelledby="sen2-funnel">
      <h2 id="sen2-funnel">From request to plan</h2>
      <div className={styles.narrow}>
        <SelectField
          label="By"
          value={by}
          onChange={(event) => onBy(event.target.value === 'month' ? 'month' : 'year')}
          options={[
            ['year', 'Calendar year'],
            ['month', 'Month'],
          ]}
        />
      </div>
      <QueryState query={funnel} loading="Loading the funnel…" failed="The funnel could not be made">
        {(f) => <FunnelTables funnel={f} />}
      </QueryState>
    </section>
  );
}

function FunnelTables({ funnel: f }: { funnel: Sen2Funnel }) {
  const reasons = [...new Set(f.periods.flatMap((p) => Object.keys(p.ceased.byReason)))].sort();
  const period = (p: Sen2Funnel['periods'][number]) => `${p.period}${p.partial ? ' (part)' : ''}`;
  return (
    <>
      <FunnelChart funnel={f} />
      <TableScroll label="Requests, assessments and plans issued">
        <table data-testid="sen2-funnel">
          <caption>Requests, assessments and plans issued</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className={table.number}>
                Requests
              </th>
              <th scope="col" className={table.number}>
                Agreed to assess
              </th>
              <th scope="col" className={table.number}>
                Refused
              </th>
              <th scope="col" className={table.number}>
                Plans issued
              </th>
              <th scope="col" className={table.number}>
                Within 20 weeks
              </th>
              <th scope="col" className={table.number}>
                Within 20 weeks, without exceptions
              </th>
              <th scope="col" className={table.number}>
                Assessed of decided
              </th>
              <th scope="col" className={table.number}>
                Issued of assessed
              </th>
            </tr>
          </thead>
          <tbody>
            {f.periods.map((p) => (
              <tr key={p.period}>
                <th scope="row" className={table.nowrap}>
                  {period(p)}
                </th>
                <td className={table.number}>{formatCount(p.requests)}</td>
                <td className={table.number}>{formatCount(p.requestDecisions.assess)}</td>
                <td className={table.number}>{formatCount(p.requestDecisions.notAssess)}</td>
                <td className={table.number}>{formatCount(p.plansIssued)}</td>
                <td className={table.number}>{pct(p.within20Weeks.all.pct)}</td>
                <td className={table.number}>{pct(p.within20Weeks.excludingExceptions.pct)}</td>
                <td className={table.number}>{pct(p.conversion.assessRate)}</td>
                <td className={table.number}>{pct(p.conversion.issueRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Plans ceased, by reason">
        <table data-testid="sen2-ceased">
          <caption>Plans ceased, by reason</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className={table.number}>
                All
              </th>
              {reasons.map((r) => (
                <th key={r} scope="col" className={table.number}>
                  {ceaseReasonName(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {f.periods.map((p) => (
              <tr key={p.period}>
                <th scope="row" className={table.nowrap}>
                  {period(p)}
                </th>
                <td className={table.number}>{formatCount(p.ceased.total)}</td>
                {reasons.map((r) => (
                  <td key={r} className={table.number}>
                    {formatCount((p.ceased.byReason as Record<string, number>)[r] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className={styles.source}>
        From {dateLabel(f.from)} to {dateLabel(f.to)}
        {f.synthetic ? ', from synthetic returns' : ''}. “Part” marks a period the returns only partly cover.
      </p>
    </>
  );
}
