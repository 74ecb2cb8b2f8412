// The register's rows, with filters and paging kept in the address. Child-level data (pseudonymised ids,
// dates of birth): only the roles the server lets read placement records see it; others are told they see
// aggregates only.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, type FormEvent } from 'react';
import { formatCount } from '../../core/money';
import { dateLabel } from '../../core/kpi/periodChoices';
import { needCodes } from '../../core/placements/needCodes';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { formatPounds } from '../ui/format.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './placements.module.css';
import { recordsQuery, summaryQuery, type SnapshotInfo } from './queries.ts';
import type { PlacementsSearch, RegisterFilters } from './search.ts';
import { SyntheticNotice } from './SyntheticNotice.tsx';

const pageSize = 50;
const filterNames = ['category', 'councilCategory', 'phase', 'inBorough', 'provider', 'need'] as const;
const needName = new Map(needCodes.map((n) => [n.code, n.label]));

/** What a viewer (or any role without placement records) is told instead of the rows. */
export function AggregatesOnly() {
  return (
    <Notice tone="strong" role="note">
      Placement records are shown only to the SEND service, finance and council administrators. Your role sees
      the register&apos;s aggregates only: see the cost analysis.
    </Notice>
  );
}

export function RegisterTable({ snapshot, search }: { snapshot: SnapshotInfo; search: PlacementsSearch }) {
  const { code } = useCouncil();
  const navigate = useNavigate();
  const id = useId();
  const page = search.page ?? 1;
  const offset = (page - 1) * pageSize;
  const filters: RegisterFilters = {};
  for (const name of filterNames) if (search[name] !== undefined) filters[name] = search[name];
  if (search.status !== undefined) filters.status = search.status;
  const summary = useQuery(summaryQuery(code, snapshot.asAt));
  const records = useQuery({
    ...recordsQuery(code, { ...filters, asAt: snapshot.asAt, limit: pageSize, offset }),
    placeholderData: (previous) => previous,
  });
  const labels = summary.data?.labels;
  const go = (change: PlacementsSearch) =>
    void navigate({
      to: '/$council/placements',
      params: { council: code },
      search: { tab: 'register', asAt: search.asAt, ...filters, ...change },
    });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    };
    const next: Record<string, string | undefined> = {
      status: value('status') === 'all' ? 'all' : undefined,
    };
    for (const name of filterNames) next[name] = value(name);
    void navigate({
      to: '/$council/placements',
      params: { council: code },
      search: { tab: 'register', asAt: search.asAt, ...next } as PlacementsSearch,
    });
  }

  const categoryOf = (r: { category: string; councilCategory: string | null }) =>
    labels?.councilCategories[r.councilCategory ?? ''] ?? labels?.categories[r.category] ?? r.category;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Register as at {dateLabel(snapshot.asAt)}</h2>
      {snapshot.synthetic && <SyntheticNotice />}
      <form
        key={JSON.stringify(filters)}
        className={styles.filters}
        onSubmit={apply}
        aria-label="Filter the register"
      >
        <SelectField
          label="DfE category"
          name="category"
          defaultValue={search.category ?? ''}
          options={[['', 'Any'], ...Object.entries(labels?.categories ?? {})]}
        />
        <SelectField
          label="Council category"
          name="councilCategory"
          defaultValue={search.councilCategory ?? ''}
          options={[['', 'Any'], ...Object.entries(labels?.councilCategories ?? {})]}
        />
        <SelectField
          label="Age"
          name="phase"
          defaultValue={search.phase ?? ''}
          options={[
            ['', 'Any'],
            ['under16', 'Under 16'],
            ['over16', '16 and over'],
          ]}
        />
        <SelectField
          label="In borough"
          name="inBorough"
          defaultValue={search.inBorough ?? ''}
          options={[
            ['', 'Any'],
            ['yes', 'In borough'],
            ['no', 'Out of borough'],
          ]}
        />
        <TextField label="Provider" name="provider" type="search" defaultValue={search.provider ?? ''} />
        <SelectField
          label="Primary need"
          name="need"
          defaultValue={search.need ?? ''}
          options={[['', 'Any'], ...needCodes.map((n) => [n.code, n.label] as const)]}
        />
        <SelectField
          label="Placements"
          name="status"
          defaultValue={search.status ?? ''}
          options={[
            ['', 'Open on the date'],
            ['all', 'All, including ended and future'],
          ]}
        />
        <div className={styles.filterButton}>
          <Button type="submit" small>
            Show
          </Button>
        </div>
      </form>
      <QueryState
        query={records}
        loading="Loading the placements…"
        failed="The placements could not be loaded"
      >
        {(data) => (
          <>
            <p role="status">
              {data.total === 0
                ? 'No placements match.'
                : `Showing placements ${data.offset + 1} to ${Math.min(data.total, data.offset + data.records.length)} of ${formatCount(data.total)}.`}
            </p>
            <TableScroll label={`Placements on the register as at ${dateLabel(snapshot.asAt)}`}>
              <table data-testid="register-table">
                <caption className="visually-hidden">
                  Placements on the register as at {dateLabel(snapshot.asAt)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Child id</th>
                    <th scope="col">Date of birth</th>
                    <th scope="col">Primary need</th>
                    <th scope="col">Provider</th>
                    <th scope="col">Category</th>
                    <th scope="col">Age</th>
                    <th scope="col">In borough</th>
                    <th scope="col">Start</th>
                    <th scope="col">End</th>
                    <th scope="col" className={table.number}>
                      Annual cost
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.records.map((r) => (
                    <tr key={`${r.childId}|${r.provider}|${r.startDate}`}>
                      <th scope="row" className={table.nowrap}>
                        {r.childId}
                      </th>
                      <td className={table.nowrap}>
                        {r.dateOfBirth
                          ? dateLabel(r.dateOfBirth)
                          : `National Curriculum Year ${String(r.ncy)}`}
                      </td>
                      <td>{needName.get(r.primaryNeed) ?? r.primaryNeed}</td>
                      <td>{r.provider}</td>
                      <td>{categoryOf(r)}</td>
                      <td>{r.phase === 'under16' ? 'Under 16' : '16 and over'}</td>
                      <td>{r.inBorough ? 'Yes' : 'No'}</td>
                      <td className={table.nowrap}>{dateLabel(r.startDate)}</td>
                      <td className={table.nowrap}>{r.endDate ? dateLabel(r.endDate) : ''}</td>
                      <td className={table.number}>{formatPounds(r.annualCost)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <div className={styles.filters}>
              <Button variant="secondary" small disabled={page === 1} onClick={() => go({ page: page - 1 })}>
                Previous
              </Button>
              <Button
                variant="secondary"
                small
                disabled={offset + pageSize >= data.total}
                onClick={() => go({ page: page + 1 })}
              >
                Next
              </Button>
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
