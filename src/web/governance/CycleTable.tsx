// The meeting cycle: each body, how often it meets, when it last met and its next meeting (from the diary,
// or expected from its cadence), with the papers attached to that meeting.
import { dateLabel } from '../../core/kpi/periodChoices';
import { bodyKindNames } from '../../core/governance';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { Governance } from './queries.ts';

export function CycleTable({ view }: { view: Governance }) {
  if (view.bodies.length === 0) return <p>No board, committee or forum has been added yet.</p>;
  return (
    <TableScroll label="Meeting cycle">
      <table data-testid="cycle">
        <caption>{`Next meetings from ${dateLabel(view.asAt)}.`}</caption>
        <thead>
          <tr>
            <th scope="col">Body</th>
            <th scope="col">Kind</th>
            <th scope="col">Meets</th>
            <th scope="col">Last met</th>
            <th scope="col">Next meeting</th>
          </tr>
        </thead>
        <tbody>
          {view.bodies.map((b) => {
            const next = b.next;
            const meeting = next?.meetingId ? view.meetings.find((m) => m.id === next.meetingId) : undefined;
            return (
              <tr key={b.id}>
                <th scope="row">{b.name}</th>
                <td>{bodyKindNames[b.kind]}</td>
                <td>{b.cadence}</td>
                <td className={table.nowrap}>{b.lastMet ? dateLabel(b.lastMet) : 'Not recorded'}</td>
                <td>
                  {next ? (
                    <>
                      <span className={table.nowrap}>{dateLabel(next.meetsOn)}</span>
                      <span className={table.secondary}>
                        {next.basis === 'planned' ? 'In the diary' : 'Expected from how often it meets'}
                      </span>
                      {meeting && meeting.papers.length > 0 && (
                        <span className={table.secondary}>
                          {`Papers: ${meeting.papers.map((p) => p.title).join('; ')}`}
                        </span>
                      )}
                    </>
                  ) : (
                    'Not known'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
