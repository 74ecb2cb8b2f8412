// The return's KPI table as the DfE return prints it: reference, KPI, baseline, annual target,
// target and value for the period, RAG and comment; under each name its category and how its target is derived.
import { periodLabel } from '../../core/kpi/periodChoices';
import { RagLabel } from '../ui/RagBadge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import type { ReturnKpiTable as Table } from './queries.ts';
import styles from './safetyValve.module.css';
import { formatKpiFigure } from './svFormat.ts';
import { codesInWords } from '../ui/format.ts';

export function ReturnKpiTable({ table: kpiTable }: { table: Table }) {
  const period = periodLabel(kpiTable.period);
  return (
    <>
      <p className={text.hint}>
        {period}, {kpiTable.monthsElapsed} of 12 months of {kpiTable.financialYear}.
        {kpiTable.targetVersion && ` Targets from “${kpiTable.targetVersion}”.`}
        {kpiTable.valueVersion && ` Computed values from “${kpiTable.valueVersion}”.`}
      </p>
      <TableScroll label="Key performance indicators">
        <table data-testid="return-kpi-table">
          <caption>KPIs for {period}. Money in pounds.</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Key performance indicator</th>
              <th scope="col" className={table.number}>
                Baseline
              </th>
              <th scope="col" className={table.number}>
                Target {kpiTable.financialYear}
              </th>
              <th scope="col" className={table.number}>
                Target {period}
              </th>
              <th scope="col" className={table.number}>
                {period}
              </th>
              <th scope="col">RAG</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {kpiTable.kpis.map((k) => (
              <tr key={k.ref}>
                <td>{k.ref}</td>
                <th scope="row" className={styles.kpiName}>
                  {k.name}
                  <span className={table.secondary}>
                    {k.category}; target: {codesInWords(k.targetHow)}
                  </span>
                </th>
                <td className={table.number}>{formatKpiFigure(k.unit, k.baseline)}</td>
                <td className={table.number}>{formatKpiFigure(k.unit, k.annualTarget)}</td>
                <td className={table.number}>{formatKpiFigure(k.unit, k.periodTarget)}</td>
                <td className={table.number}>{formatKpiFigure(k.unit, k.value)}</td>
                <td>
                  <RagLabel rag={k.rag} showWord={false} />
                  {k.overridden && <span className={table.secondary}>rated by the council</span>}
                </td>
                <td className={styles.comment}>{k.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
