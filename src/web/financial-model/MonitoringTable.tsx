// "Financial model monitoring": the comparison in the layout of the DfE's quarterly Safety Valve return,
// in £m to 3 decimals, totals in bold.
import { effectLabel, formatMillions } from '../ui/format.ts';
import type { Comparison } from './modelApi.ts';
import { RagBadge } from '../ui/RagBadge.tsx';

export function MonitoringTable({
  comparison,
}: {
  comparison: Pick<Comparison, 'year' | 'fromVersion' | 'toVersion' | 'monitoring'>;
}) {
  return (
    <div className="table-scroll">
      <table className="monitoring-table">
        <caption>
          {comparison.year}, £m. Savings and contributions are shown negative, as the return prints them.
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="number">
              {comparison.fromVersion} <span className="unit">£m</span>
            </th>
            <th scope="col" className="number">
              {comparison.toVersion} <span className="unit">£m</span>
            </th>
            <th scope="col" className="number">
              Variance <span className="unit">£m</span>
            </th>
            <th scope="col">Favourable or adverse</th>
            <th scope="col">RAG</th>
          </tr>
        </thead>
        <tbody>
          {comparison.monitoring.map((row, index) => (
            <tr key={index} className={row.total ? 'total' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="number">{formatMillions(row.model)}</td>
              <td className="number">{formatMillions(row.projection)}</td>
              <td className="number">{formatMillions(row.variance)}</td>
              <td>{effectLabel(row.effect)}</td>
              <td className="rag-cell">
                <RagBadge rag={row.rag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
