// The registers held (one per as-at date), removing a wrongly imported one (with confirmation; audited),
// and what changed between two of them: new placements, ceased ones and cost changes, with their full-year
// effects. The placements themselves are listed only for the roles that may read records (the server
// leaves them out for the others).
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { formatCount } from '../../core/money';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldRow, SelectField } from '../ui/Field.tsx';
import { formatDateTime, formatPounds } from '../ui/format.ts';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { changesQuery, useDeleteRegister, type Changes, type SnapshotInfo } from './queries.ts';
import type { PlacementsSearch } from './search.ts';

interface Props {
  snapshots: readonly SnapshotInfo[];
  search: PlacementsSearch;
  /** Says what was removed, on the page. */
  onRemoved: (message: string) => void;
}

export function SnapshotsPanel({ snapshots, search, onRemoved }: Props) {
  const council = useCouncil();
  const navigate = useNavigate();
  const id = useId();
  const [removing, setRemoving] = useState<SnapshotInfo | null>(null);
  const remove = useDeleteRegister(council.code);
  const canRemove = council.can('send.edit');
  const dates = snapshots.map((s) => s.asAt);
  const from = search.from ?? dates.at(-2) ?? '';
  const to = search.to ?? dates.at(-1) ?? '';
  const choose = (change: { from?: string; to?: string }) =>
    void navigate({
      to: '/$council/placements',
      params: { council: council.code },
      search: { tab: 'registers', from, to, ...change },
      replace: true,
    });
  const options = dates.map((d) => [d, dateLabel(d)] as const);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Registers held</h2>
      <TableScroll label="Registers held">
        <table data-testid="snapshots-table">
          <caption className="visually-hidden">The council&apos;s placement registers, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">As at</th>
              <th scope="col" className={table.number}>
                Placements
              </th>
              <th scope="col" className={table.number}>
                Children
              </th>
              <th scope="col">File</th>
              <th scope="col">Imported</th>
              {canRemove && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.asAt}>
                <th scope="row">
                  {dateLabel(s.asAt)} {s.synthetic && <Badge tone="synthetic">synthetic</Badge>}
                </th>
                <td className={table.number}>{formatCount(s.placements)}</td>
                <td className={table.number}>{formatCount(s.children)}</td>
                <td>{s.source ?? ''}</td>
                <td>{formatDateTime(s.createdAt)}</td>
                {canRemove && (
                  <td>
                    <Button variant="link" onClick={() => setRemoving(s)}>
                      Remove<span className="visually-hidden"> the register as at {dateLabel(s.asAt)}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {removing && (
        <Dialog
          title={`Remove the register as at ${dateLabel(removing.asAt)}?`}
          confirmLabel="Remove this register"
          warning
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await remove.mutateAsync(removing.asAt);
            setRemoving(null);
            onRemoved(
              `Removed the register as at ${dateLabel(removing.asAt)} (${removing.placements} placements).`,
            );
          }}
        >
          <p>
            Its {formatCount(removing.placements)} placements of {formatCount(removing.children)} children are
            removed, and the KPIs computed from the register no longer count them. This cannot be undone:
            import the file again if it was right. The removal is kept in the audit trail.
          </p>
        </Dialog>
      )}
      {snapshots.length >= 2 && (
        <>
          <h3>What changed</h3>
          <FieldRow>
            <SelectField
              label="From the register as at"
              value={from}
              options={options}
              onChange={(event) => choose({ from: event.target.value })}
            />
            <SelectField
              label="To the register as at"
              value={to}
              options={options}
              onChange={(event) => choose({ to: event.target.value })}
            />
          </FieldRow>
          {from && to && from < to ? (
            <ChangesView from={from} to={to} />
          ) : (
            <p>Choose an earlier and a later register.</p>
          )}
        </>
      )}
    </section>
  );
}

function ChangesView({ from, to }: { from: string; to: string }) {
  const { code } = useCouncil();
  const changes = useQuery(changesQuery(code, from, to));
  return (
    <QueryState query={changes} loading="Loading the changes…" failed="The changes could not be loaded">
      {(c) => <ChangesTables changes={c} />}
    </QueryState>
  );
}

function ChangesTables({ changes: c }: { changes: Changes }) {
  return (
    <>
      <TableScroll label="Changes between the registers">
        <table data-testid="changes-table">
          <caption>
            Changes from {dateLabel(c.from)} to {dateLabel(c.to)} (full-year effect at annual rates)
          </caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col" className={table.number}>
                Placements
              </th>
              <th scope="col" className={table.number}>
                Full-year effect
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">New</th>
              <td className={table.number}>{formatCount(c.counts.added)}</td>
              <td className={table.number}>{formatPounds(c.fullYearEffect.added)}</td>
            </tr>
            <tr>
              <th scope="row">Ceased</th>
              <td className={table.number}>{formatCount(c.counts.ceased)}</td>
              <td className={table.number}>{formatPounds(-c.fullYearEffect.ceased)}</td>
            </tr>
            <tr>
              <th scope="row">Cost changes</th>
              <td className={table.number}>{formatCount(c.counts.costChanges)}</td>
              <td className={table.number}>{formatPounds(c.fullYearEffect.costChanges)}</td>
            </tr>
            <tr className={table.total}>
              <th scope="row">Net</th>
              <td />
              <td className={table.number}>{formatPounds(c.fullYearEffect.net)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {c.records && (
        <TableScroll label="The placements that changed">
          <table data-testid="changed-placements">
            <caption>The placements that changed</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Child id</th>
                <th scope="col">Provider</th>
                <th scope="col">Date</th>
                <th scope="col" className={table.number}>
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
                  <td className={table.nowrap}>{dateLabel(p.startDate)}</td>
                  <td className={table.number}>{formatPounds(p.annualCost)}</td>
                </tr>
              ))}
              {c.records.ceased.map((p) => (
                <tr key={`c${p.childId}${p.provider}${p.startDate}`}>
                  <td>ceased</td>
                  <th scope="row">{p.childId}</th>
                  <td>{p.provider}</td>
                  <td className={table.nowrap}>
                    {p.endDate ? dateLabel(p.endDate) : 'not in the later register'}
                  </td>
                  <td className={table.number}>{formatPounds(-p.annualCost)}</td>
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
                  <td className={table.number}>{formatPounds(p.annualCostChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
