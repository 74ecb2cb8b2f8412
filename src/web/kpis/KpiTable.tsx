// The KPIs as the Safety Valve return's table: reference, KPI, baseline, annual and period target, value,
// RAG and comment, one row each.
import type { DashboardKpi } from './kpiApi.ts';
import { periodLabel } from './kpiFormat.ts';
import { KpiRagLabel } from './KpiRagLabel.tsx';

interface Props {
  kpis: DashboardKpi[];
  period: string;
  caption: string;
  onRecord?: (kpi: DashboardKpi) => void;
}

export function KpiTable({ kpis, period, caption, onRecord }: Props) {
  const editable = onRecord !== undefined && kpis.some((k) => k.mayRecord);
  return (
    <div className="table-scroll">
      <table className="kpi-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Key performance indicator</th>
            <th scope="col" className="number">
              Baseline
            </th>
            <th scope="col" className="number">
              Annual target
            </th>
            <th scope="col" className="number">
              Target {periodLabel(period)}
            </th>
            <th scope="col" className="number">
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
              <th scope="row">
                {kpi.name}
                <span className="kpi-table-category">{kpi.category}</span>
              </th>
              <td className="number">{kpi.display.baseline || 'n/a'}</td>
              <td className="number">{kpi.display.annualTarget || 'n/a'}</td>
              <td className="number">{kpi.display.periodTarget || 'n/a'}</td>
              <td className="number">{kpi.display.value || 'n/a'}</td>
              <td className="kpi-table-rag">
                <KpiRagLabel rag={kpi.rag} showWord={false} />
                {kpi.overridden && <span className="kpi-table-note">set by the council</span>}
              </td>
              <td className="kpi-table-comment">{kpi.comment}</td>
              {editable && (
                <td>
                  {kpi.mayRecord && (
                    <button type="button" className="button-link" onClick={() => onRecord(kpi)}>
                      {kpi.computed ? 'Edit comment' : 'Record'}
                      <span className="visually-hidden">
                        {' '}
                        for KPI {kpi.ref}: {kpi.name}
                      </span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
