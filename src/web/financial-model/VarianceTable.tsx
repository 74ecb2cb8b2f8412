// Line by line comparison of two versions for one year: from, to, variance, favourable or adverse, RAG.
// Amounts as the DfE tables present them: savings and contributions negative.
import { effectLabel, formatPounds } from '../ui/format.ts';
import type { Comparison, ComparisonLine } from './modelApi.ts';
import { RagBadge } from '../ui/RagBadge.tsx';

export function VarianceTable({ comparison }: { comparison: Comparison }) {
  const row = (line: ComparisonLine, total: boolean) => (
    <tr key={`${total ? 'total' : 'line'}-${line.key}`} className={total ? 'total' : undefined}>
      <th scope="row">{line.label}</th>
      <td className="number">{formatPounds(line.from)}</td>
      <td className="number">{formatPounds(line.to)}</td>
      <td className="number">{formatPounds(line.variance)}</td>
      <td>{effectLabel(line.effect)}</td>
      <td className="rag-cell">
        <RagBadge rag={line.rag} />
      </td>
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption>
          {comparison.year}, pounds. Variance is the second version less the first; a dash means the line is
          not in that version.
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="number">
              {comparison.fromVersion}
            </th>
            <th scope="col" className="number">
              {comparison.toVersion}
            </th>
            <th scope="col" className="number">
              Variance
            </th>
            <th scope="col">Favourable or adverse</th>
            <th scope="col">RAG</th>
          </tr>
        </thead>
        <tbody>{comparison.lines.map((line) => row(line, false))}</tbody>
        <tbody className="totals">
          <tr className="group-row">
            <th scope="colgroup" colSpan={6}>
              Totals
            </th>
          </tr>
          {comparison.totals.map((line) => row(line, true))}
        </tbody>
      </table>
    </div>
  );
}
