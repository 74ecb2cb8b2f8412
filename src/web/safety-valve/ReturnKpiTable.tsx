// The return's KPI table as the DfE return prints it (seed 003): reference, KPI, baseline, annual target,
// target and value for the period, RAG and comment; under each name its category and how its target is derived.
import { KpiRagLabel } from '../kpis/KpiRagLabel.tsx';
import { periodLabel } from '../kpis/kpiFormat.ts';
import type { ReturnKpiTable as Table } from './safetyValveApi.ts';
import { formatKpiFigure } from './svFormat.ts';

export function ReturnKpiTable({ table }: { table: Table }) {
  const period = periodLabel(table.period);
  return (
    <>
      <p className="hint">
        {period}, {table.monthsElapsed} of 12 months of {table.financialYear}.
        {table.targetVersion && ` Targets from “${table.targetVersion}”.`}
        {table.valueVersion && ` Computed values from “${table.valueVersion}”.`}
      </p>
      <div className="table-scroll">
        <table className="kpi-table">
          <caption>KPIs for {period}. Money in pounds.</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Key performance indicator</th>
              <th scope="col" className="number">
                Baseline
              </th>
              <th scope="col" className="number">
                Target {table.financialYear}
              </th>
              <th scope="col" className="number">
                Target {period}
              </th>
              <th scope="col" className="number">
                {period}
              </th>
              <th scope="col">RAG</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {table.kpis.map((k) => (
              <tr key={k.ref}>
                <td>{k.ref}</td>
                <th scope="row">
                  {k.name}
                  <span className="kpi-table-category">
                    {k.category}; target: {k.targetHow}
                  </span>
                </th>
                <td className="number">{formatKpiFigure(k.unit, k.baseline)}</td>
                <td className="number">{formatKpiFigure(k.unit, k.annualTarget)}</td>
                <td className="number">{formatKpiFigure(k.unit, k.periodTarget)}</td>
                <td className="number">{formatKpiFigure(k.unit, k.value)}</td>
                <td className="kpi-table-rag">
                  <KpiRagLabel rag={k.rag} showWord={false} />
                  {k.overridden && <span className="kpi-table-note">set by the council</span>}
                </td>
                <td className="kpi-table-comment">{k.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
