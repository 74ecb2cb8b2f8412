// Tracker entries with their owner, due date and status; an overdue one says so in words and with a badge.
import { useState } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { kindNames, statusNames } from '../../core/governance';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { TrackerItem } from './queries.ts';
import { StatusDialog } from './StatusDialog.tsx';

/** "7 entries, 1 overdue." */
function caption(items: readonly TrackerItem[]): string {
  const overdue = items.filter((i) => i.overdue).length;
  return `${items.length} ${items.length === 1 ? 'entry' : 'entries'}, ${overdue === 0 ? 'none' : overdue} overdue.`;
}

export function TrackerTable({
  items,
  label,
  testId,
  canEdit,
}: {
  items: TrackerItem[];
  label: string;
  testId: string;
  canEdit: boolean;
}) {
  const [updating, setUpdating] = useState<TrackerItem | null>(null);
  if (items.length === 0) return <p>Nothing has been recorded yet.</p>;
  return (
    <>
      <TableScroll label={label}>
        <table data-testid={testId}>
          <caption>{caption(items)}</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              {canEdit && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {i.reference ? `${i.reference}: ${i.title}` : i.title}
                  <span className={table.secondary}>
                    {[
                      kindNames[i.kind].one.replace(/^./u, (c) => c.toUpperCase()),
                      i.source,
                      i.workstream && `workstream: ${i.workstream}`,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                  {i.progress && <span className={table.secondary}>{`Progress: ${i.progress}`}</span>}
                </th>
                <td>{i.owner ?? 'Not given'}</td>
                <td className={table.nowrap}>
                  {i.dueOn ? dateLabel(i.dueOn) : 'No date'}
                  {i.overdue && (
                    <>
                      {' '}
                      <Badge tone="warning">Overdue</Badge>
                    </>
                  )}
                </td>
                <td>
                  {statusNames[i.status]}
                  {i.completedOn && <span className={table.secondary}>{dateLabel(i.completedOn)}</span>}
                </td>
                {canEdit && (
                  <td>
                    <Button variant="link" onClick={() => setUpdating(i)}>
                      Update<span className="visually-hidden">{` ${i.reference ?? i.title}`}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {updating && <StatusDialog item={updating} onClose={() => setUpdating(null)} />}
    </>
  );
}
