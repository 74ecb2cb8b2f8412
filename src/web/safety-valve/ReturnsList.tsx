// The quarterly returns to the DfE, oldest first, with their status and who has signed.
import { Link } from '@tanstack/react-router';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Badge } from '../ui/Badge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { ReturnStatus, ReturnSummary } from './queries.ts';
import { statusLabel } from './svFormat.ts';

/** How a return's status badge looks: locked strong, signed by one officer amber, a draft plain. */
export function statusTone(status: ReturnStatus): 'plain' | 'strong' | 'warning' {
  return status === 'locked' ? 'strong' : status === 'draft' ? 'plain' : 'warning';
}

export function ReturnsList({ returns }: { returns: ReturnSummary[] }) {
  const { code } = useCouncil();
  if (returns.length === 0) return <p>No quarterly return has been started yet.</p>;
  return (
    <TableScroll label="Quarterly returns">
      <table>
        <caption>Quarterly Safety Valve returns.</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Data as at</th>
            <th scope="col">Submitted</th>
            <th scope="col">Status</th>
            <th scope="col">S151 officer</th>
            <th scope="col">Director of Children’s Services</th>
          </tr>
        </thead>
        <tbody>
          {returns.map((r) => (
            <tr key={r.period}>
              <th scope="row">
                <Link
                  to="/$council/safety-valve/returns/$period"
                  params={{ council: code, period: r.period }}
                >
                  {periodLabel(r.period)} return
                </Link>
              </th>
              <td className={table.nowrap}>{dateLabel(r.dataDate)}</td>
              <td className={table.nowrap}>{r.dateSubmitted ? dateLabel(r.dateSubmitted) : 'Not yet'}</td>
              <td>
                <Badge tone={statusTone(r.status)}>{statusLabel(r.status)}</Badge>
              </td>
              <td>{r.s151SignOff ? r.s151SignOff.name : 'Not signed'}</td>
              <td>{r.dcsSignOff ? r.dcsSignOff.name : 'Not signed'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
