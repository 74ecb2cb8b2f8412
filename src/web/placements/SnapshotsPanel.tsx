// The registers held (one per as-at date) and what changed between two of them: new placements, ceased
// ones and cost changes, with their full-year effects. The placements themselves are listed only for the
// roles that may read records (the server leaves them out for the others).
import { useId, useState } from 'react';
import { formatPounds, formatDateTime } from '../ui/format.ts';
import { getChanges, type Changes, type SnapshotInfo } from './placementsApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

interface Props {
  code: string;
  snapshots: readonly SnapshotInfo[];
}

export function SnapshotsPanel({ code, snapshots }: Props) {
  const id = useId();
  const dates = snapshots.map((s) => s.asAt);
  const [from, setFrom] = useState(dates.at(-2) ?? '');
  const [to, setTo] = useState(dates.at(-1) ?? '');
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Registers held</h2>
      <div className="table-scroll">
        <table className="data-table snapshots-table">
          <caption className="visually-hidden">The council&apos;s placement registers, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">As at</th>
              <th scope="col" className="number">
                Placements
              </th>
              <th scope="col" className="number">
                Children
              </th>
              <th scope="col">File</th>
              <th scope="col">Imported</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.asAt}>
                <th scope="row">
                  {s.asAt} {s.synthetic && <span className="badge badge-synthetic">synthetic</span>}
                </th>
                <td className="number">{s.placements}</td>
                <td className="number">{s.children}</td>
                <td>{s.source ?? ''}</td>
                <td>{formatDateTime(s.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {snapshots.length >= 2 && (
        <>
          <h3>What changed</h3>
          <div className="filters">
            <DateSelect label="From the register as at" value={from} dates={dates} onChange={setFrom} />
            <DateSelect label="To the register as at" value={to} dates={dates} onChange={setTo} />
          </div>
          {from && to && from < to ? (
            <ChangesView code={code} from={from} to={to} />
          ) : (
            <p>Choose an earlier and a later register.</p>
          )}
        </>
      )}
    </section>
  );
}

function DateSelect({
  label,
  value,
  dates,
  onChange,
}: {
  label: string;
  value: string;
  dates: string[];
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {dates.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}

function ChangesView({ code, from, to }: { code: string; from: string; to: string }) {
  const { state } = useLoaded(`${code}|${from}|${to}`, () => getChanges(code, from, to));
  if (state.status === 'loading') return <p>Loading the changes…</p>;
  if (state.status === 'failed')
    return (
      <p className="error-summary" role="alert">
        {state.message}
      </p>
    );
  const c: Changes = state.data;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table changes-table">
          <caption>
            Changes from {c.from} to {c.to} (full-year effect at annual rates)
          </caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col" className="number">
                Placements
              </th>
              <th scope="col" className="number">
                Full-year effect
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">New</th>
              <td className="number">{c.counts.added}</td>
              <td className="number">{formatPounds(c.fullYearEffect.added)}</td>
            </tr>
            <tr>
              <th scope="row">Ceased</th>
              <td className="number">{c.counts.ceased}</td>
              <td className="number">{formatPounds(-c.fullYearEffect.ceased)}</td>
            </tr>
            <tr>
              <th scope="row">Cost changes</th>
              <td className="number">{c.counts.costChanges}</td>
              <td className="number">{formatPounds(c.fullYearEffect.costChanges)}</td>
            </tr>
            <tr className="total">
              <th scope="row">Net</th>
              <td />
              <td className="number">{formatPounds(c.fullYearEffect.net)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {c.records && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>The placements that changed</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Child id</th>
                <th scope="col">Provider</th>
                <th scope="col">Date</th>
                <th scope="col" className="number">
                  Annual cost
                </th>
              </tr>
            </thead>
            <tbody>
              {c.records.added.map((p) => (
                <tr key={`a${p.childId}${p.provider}${p.startDate}`}>
                  <td>new</td>
                  <th scope="row">{p.childId}</th>
                  <td>{p.provider}</td>
                  <td>{p.startDate}</td>
                  <td className="number">{formatPounds(p.annualCost)}</td>
                </tr>
              ))}
              {c.records.ceased.map((p) => (
                <tr key={`c${p.childId}${p.provider}${p.startDate}`}>
                  <td>ceased</td>
                  <th scope="row">{p.childId}</th>
                  <td>{p.provider}</td>
                  <td>{p.endDate ?? 'not in the later register'}</td>
                  <td className="number">{formatPounds(-p.annualCost)}</td>
                </tr>
              ))}
              {c.records.costChanges.map((p) => (
                <tr key={`x${p.childId}${p.provider}${p.startDate}`}>
                  <td>cost change</td>
                  <th scope="row">{p.childId}</th>
                  <td>{p.provider}</td>
                  <td>
                    {formatPounds(p.before)} to {formatPounds(p.after)}
                  </td>
                  <td className="number">{formatPounds(p.annualCostChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
