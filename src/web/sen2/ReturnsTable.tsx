// The council's SEN2 returns held, one per collection year: counts only (any role may see them), and for
// those who may import, a Remove button on each (RemoveReturnDialog says what goes, or what holds it).
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount } from '../../core/money';
import { Button } from '../ui/Button.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { Sen2ReturnInfo } from './queries.ts';

interface Props {
  returns: readonly Sen2ReturnInfo[];
  /** Asks to remove a return (given only to those who may). */
  onRemove?: (ret: Sen2ReturnInfo) => void;
}

export function ReturnsTable({ returns, onRemove }: Props) {
  return (
    <TableScroll label="SEN2 returns held">
      <table data-testid="sen2-returns">
        <caption>SEN2 returns held, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Return</th>
            <th scope="col">Reference date</th>
            <th scope="col" className={table.number}>
              Children
            </th>
            <th scope="col" className={table.number}>
              EHCPs on the date
            </th>
            <th scope="col" className={table.number}>
              Warnings
            </th>
            <th scope="col" className={table.number}>
              URNs to resolve
            </th>
            <th scope="col">Imported</th>
            {onRemove && <th scope="col">Remove</th>}
          </tr>
        </thead>
        <tbody>
          {[...returns].reverse().map((r) => (
            <tr key={r.collectionYear}>
              <th scope="row">
                {r.collectionYear}
                {r.synthetic ? ' (synthetic)' : ''}
              </th>
              <td className={table.nowrap}>{dateLabel(r.referenceDate)}</td>
              <td className={table.number}>{formatCount(r.counts.people)}</td>
              <td className={table.number}>{formatCount(r.counts.ehcps)}</td>
              <td className={table.number}>{formatCount(r.counts.warnings)}</td>
              <td className={table.number}>{formatCount(r.unresolvedUrns.length)}</td>
              <td>
                {dateLabel(r.createdAt.slice(0, 10))} by {r.createdBy}
                {r.source ? ` (${r.source})` : ''}
              </td>
              {onRemove && (
                <td>
                  <Button variant="link" onClick={() => onRemove(r)}>
                    Remove<span className="visually-hidden"> the {r.collectionYear} return</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
