// The quarterly returns to the DfE, oldest first, with their status and who has signed.
import { hashFor } from '../app/route.ts';
import type { ReturnSummary } from './safetyValveApi.ts';
import { dateLabel, periodLabel } from '../kpis/kpiFormat.ts';
import { statusLabel } from './svFormat.ts';

export function ReturnsList({ code, returns }: { code: string; returns: ReturnSummary[] }) {
  if (returns.length === 0) return <p>No quarterly return has been started yet.</p>;
  return (
    <div className="table-scroll">
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
                <a href={`${hashFor(code, 'safety-valve')}/returns/${encodeURIComponent(r.period)}`}>
                  {periodLabel(r.period)} return
                </a>
              </th>
              <td className="nowrap">{dateLabel(r.dataDate)}</td>
              <td className="nowrap">{r.dateSubmitted ? dateLabel(r.dateSubmitted) : 'Not yet'}</td>
              <td>
                <span className={`badge badge-status-${r.status}`}>{statusLabel(r.status)}</span>
              </td>
              <td>{r.s151SignOff ? r.s151SignOff.name : 'Not signed'}</td>
              <td>{r.dcsSignOff ? r.dcsSignOff.name : 'Not signed'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
