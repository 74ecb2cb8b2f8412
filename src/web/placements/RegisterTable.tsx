// The register's rows, with filters and paging. Child-level data (pseudonymised ids, dates of birth):
// only the roles the server lets read placement records see it; others are told they see aggregates only.
import { useId, useState, type FormEvent } from 'react';
import { formatPounds } from '../ui/format.ts';
import { getRecords, type RecordFilters, type SnapshotInfo } from './placementsApi.ts';
import { SyntheticNotice } from './SyntheticNotice.tsx';
import { useLoaded } from '../app/useLoaded.ts';

const pageSize = 50;
const needCodes = ['ASD', 'SEMH', 'SLCN', 'MLD', 'SLD', 'PMLD', 'SPLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'DS'];

interface Props {
  code: string;
  snapshot: SnapshotInfo;
  canRead: boolean;
  /** Category id → name (the summary's labels). */
  categories: Record<string, string>;
  councilCategories: Record<string, string>;
}

type Filters = Omit<RecordFilters, 'limit' | 'offset' | 'asAt'>;

/** What a viewer (or any role without placement records) is told instead of the rows. */
export function AggregatesOnly() {
  return (
    <p className="notice" role="note">
      Placement records are shown only to the SEND service, finance and council administrators. Your role sees
      the register&apos;s aggregates only: see the cost analysis.
    </p>
  );
}

export function RegisterTable({ code, snapshot, canRead, categories, councilCategories }: Props) {
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const [offset, setOffset] = useState(0);
  const id = useId();
  const key = JSON.stringify({ code, asAt: snapshot.asAt, filters, offset, canRead });
  const { state } = useLoaded(
    key,
    () =>
      canRead
        ? getRecords(code, { ...filters, asAt: snapshot.asAt, limit: pageSize, offset })
        : Promise.resolve(null),
    { keepWhileLoading: true },
  );
  if (!canRead) return <AggregatesOnly />;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const next: Filters = { status: text('status') === 'all' ? 'all' : 'open' };
    for (const name of ['category', 'councilCategory', 'phase', 'inBorough', 'provider', 'need'] as const) {
      const value = text(name);
      if (value !== undefined) next[name] = value;
    }
    setFilters(next);
    setOffset(0);
  }

  const page = state.status === 'loaded' ? state.data : null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Register as at {snapshot.asAt}</h2>
      {snapshot.synthetic && <SyntheticNotice />}
      <form className="filters" onSubmit={apply} aria-label="Filter the register">
        <Select name="category" label="DfE category" options={Object.entries(categories)} />
        <Select name="councilCategory" label="Council category" options={Object.entries(councilCategories)} />
        <Select
          name="phase"
          label="Phase"
          options={[
            ['under16', '< 16'],
            ['over16', '> 16'],
          ]}
        />
        <Select
          name="inBorough"
          label="In borough"
          options={[
            ['yes', 'In borough'],
            ['no', 'Out of borough'],
          ]}
        />
        <label>
          Provider
          <input name="provider" type="search" defaultValue={filters.provider ?? ''} />
        </label>
        <Select name="need" label="Primary need" options={needCodes.map((c) => [c, c])} />
        <Select
          name="status"
          label="Placements"
          options={[['all', 'All, including ended and future']]}
          empty="Open on the date"
        />
        <button type="submit" className="button button-small">
          Show
        </button>
      </form>
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          {state.message}
        </p>
      )}
      {page && (
        <>
          <p className="range" role="status">
            {page.total === 0
              ? 'No placements match.'
              : `Showing placements ${page.offset + 1} to ${Math.min(page.total, page.offset + page.records.length)} of ${page.total}.`}
          </p>
          <div className="table-scroll">
            <table className="data-table register-table">
              <caption className="visually-hidden">Placements on the register as at {snapshot.asAt}</caption>
              <thead>
                <tr>
                  <th scope="col">Child id</th>
                  <th scope="col">Date of birth</th>
                  <th scope="col">Need</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Category</th>
                  <th scope="col">Phase</th>
                  <th scope="col">In borough</th>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col" className="number">
                    Annual cost
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.records.map((r) => (
                  <tr key={`${r.childId}|${r.provider}|${r.startDate}`}>
                    <th scope="row" className="nowrap">
                      {r.childId}
                    </th>
                    <td className="nowrap">{r.dateOfBirth ?? `NCY ${String(r.ncy)}`}</td>
                    <td>{r.primaryNeed}</td>
                    <td>{r.provider}</td>
                    <td>
                      {councilCategories[r.councilCategory ?? ''] ?? categories[r.category] ?? r.category}
                    </td>
                    <td>{r.phase === 'under16' ? '< 16' : '> 16'}</td>
                    <td>{r.inBorough ? 'yes' : 'no'}</td>
                    <td className="nowrap">{r.startDate}</td>
                    <td className="nowrap">{r.endDate ?? ''}</td>
                    <td className="number">{formatPounds(r.annualCost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - pageSize))}
            >
              Previous
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={offset + pageSize >= page.total}
              onClick={() => setOffset(offset + pageSize)}
            >
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function Select({
  name,
  label,
  options,
  empty = 'Any',
}: {
  name: string;
  label: string;
  options: ReadonlyArray<readonly [string, string]>;
  empty?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue="">
        <option value="">{empty}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
