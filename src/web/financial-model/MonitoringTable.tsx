// "Financial model monitoring": the comparison in the layout of the DfE's quarterly Safety Valve return,
// in £m to 3 decimals, totals in bold.
import { effectLabel, formatMillions } from '../ui/format.ts';
import { RagBadge } from '../ui/RagBadge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { MonitoringRow } from './queries.ts';

interface Props {
  comparison: { year: string; fromVersion: string; toVersion: string; monitoring: readonly MonitoringRow[] };
}

export function MonitoringTable({ comparison }: Props) {
  return (
    <TableScroll label="Financial model monitoring">
      <table data-testid="monitoring-table">
        <caption>
          {comparison.year}, £m. Savings and contributions are shown negative, as the return prints them.
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className={table.number}>
              {comparison.fromVersion} <span className={table.unit}>£m</span>
            </th>
            <th scope="col" className={table.number}>
              {comparison.toVersion} <span className={table.unit}>£m</span>
            </th>
            <th scope="col" className={table.number}>
              Variance <span className={table.unit}>£m</span>
            </th>
            <th scope="col">Favourable or adverse</th>
            <th scope="col">RAG</th>
          </tr>
        </thead>
        <tbody>
          {comparison.monitoring.map((row, index) => (
            <tr
              key={index}
              className={row.total ? table.total : undefined}
              data-total={row.total || undefined}
            >
              <th scope="row">{row.label}</th>
              <td className={table.number}>{formatMillions(row.model)}</td>
              <td className={table.number}>{formatMillions(row.projection)}</td>
              <td className={table.number}>{formatMillions(row.variance)}</td>
              <td>{effectLabel(row.effect)}</td>
              <td>
                <RagBadge rag={row.rag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
