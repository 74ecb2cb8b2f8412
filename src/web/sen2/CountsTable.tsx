// A two-column table of named counts (by NCY, need, setting), with the total's share of each.
import { formatCount } from '../../core/money';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';

export function CountsTable({
  caption,
  heading,
  rows,
  total,
  testId,
}: {
  caption: string;
  heading: string;
  rows: ReadonlyArray<readonly [string, number]>;
  total: number;
  testId?: string;
}) {
  return (
    <TableScroll label={caption}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className={table.number}>
              EHCPs
            </th>
            <th scope="col" className={table.number}>
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, count]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className={table.number}>{formatCount(count)}</td>
              <td className={table.number}>{total > 0 ? `${((count / total) * 100).toFixed(1)}%` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
