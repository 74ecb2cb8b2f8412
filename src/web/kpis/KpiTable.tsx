// The KPIs as the Safety Valve return's table: reference, KPI, baseline, annual and period target, value,
// RAG and comment, one row each.
import { periodLabel } from '../../core/kpi/periodChoices';
import { Button } from '../ui/Button.tsx';
import { RagLabel } from '../ui/RagBadge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './kpis.module.css';
import type { DashboardKpi } from './queries.ts';

interface Props {
  kpis: DashboardKpi[];
  period: string;
  caption: string;
  onRecord?: (ref: string) => void;
}

export function KpiTable({ kpis, period, caption, onRecord }: Props) {
  const editable = onRecord !== undefined && kpis.some((k) => k.mayRecord);
  return (
    <TableScroll label="KPIs">
      <table data-testid="kpi-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Key performance indicator</th>
            <th scope="col" className={table.number}>
              Baseline
            </th>
            <th scope="col" className={table.number}>
              Annual target
            </th>
            <th scope="col" className={table.number}>
              Target {periodLabel(period)}
            </th>
            <th scope="col" className={table.number}>
              {periodLabel(period)}
            </th>
            <th scope="col">RAG</th>
            <th scope="col">Comment</th>
            {editable && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <tr key={kpi.ref}>
              <td>{kpi.ref}</td>
              <th scope="row" className={styles.kpiName}>
                {kpi.name}
                <span className={table.secondary}>{kpi.category}</span>
              </th>
              <td className={table.number}>{kpi.display.baseline || 'not recorded'}</td>
              <td className={table.number}>{kpi.display.annualTarget || 'none set'}</td>
              <td className={table.number}>{kpi.display.periodTarget || 'none set'}</td>
              <td className={table.number}>{kpi.display.value || 'no value'}</td>
              <td>
                <RagLabel rag={kpi.rag} showWord={false} />
                {kpi.overridden && <span className={table.secondary}>rated by the council</span>}
              </td>
              <td className={styles.comments}>{kpi.comment}</td>
              {editable && (
                <td>
                  {kpi.mayRecord && (
                    <Button variant="link" onClick={() => onRecord(kpi.ref)}>
                      {kpi.computed ? 'Edit comment' : 'Record'}
                      <span className="visually-hidden">
                        {' '}
                        for KPI {kpi.ref}: {kpi.name}
                      </span>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
