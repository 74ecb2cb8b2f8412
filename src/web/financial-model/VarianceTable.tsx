// Line by line comparison of two versions for one year: from, to, variance, favourable or adverse, RAG.
// Amounts as the DfE tables present them: savings and contributions negative.
import { effectLabel, formatPounds } from '../ui/format.ts';
import { RagBadge } from '../ui/RagBadge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { Comparison } from './queries.ts';

type Line = Comparison['lines'][number];

export function VarianceTable({ comparison }: { comparison: Comparison }) {
  const row = (line: Line, total: boolean) => (
    <tr key={`${total ? 'total' : 'line'}-${line.key}`} className={total ? table.total : undefined}>
      <th scope="row">{line.label}</th>
      <td className={table.number}>{formatPounds(line.from)}</td>
      <td className={table.number}>{formatPounds(line.to)}</td>
      <td className={table.number}>{formatPounds(line.variance)}</td>
      <td>{effectLabel(line.effect)}</td>
      <td>
        <RagBadge rag={line.rag} />
      </td>
    </tr>
  );
  return (
    <TableScroll label="Line by line variance">
      <table data-testid="variance-table">
        <caption>
          {comparison.year}, pounds. Variance is the second version less the first; a dash means the line is
          not in that version.
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className={table.number}>
              {comparison.fromVersion}
            </th>
            <th scope="col" className={table.number}>
              {comparison.toVersion}
            </th>
            <th scope="col" className={table.number}>
              Variance
            </th>
            <th scope="col">Favourable or adverse</th>
            <th scope="col">RAG</th>
          </tr>
        </thead>
        <tbody>{comparison.lines.map((line) => row(line, false))}</tbody>
        <tbody>
          <tr className={table.groupRow}>
            <th scope="colgroup" colSpan={6}>
              Totals
            </th>
          </tr>
          {comparison.totals.map((line) => row(line, true))}
        </tbody>
      </table>
    </TableScroll>
  );
}
