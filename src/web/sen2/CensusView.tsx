// The EHCP census on any date from the council's returns (any role: aggregates only), and each January's
// census against the DfE's published caseload for the council.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount, formatNumber } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { BarChart } from '../charts/BarChart.tsx';
import { Button } from '../ui/Button.tsx';
import { TextField } from '../ui/Field.tsx';
import { Facts } from '../ui/Facts.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { CountsTable } from './CountsTable.tsx';
import {
  byNcyInOrder,
  categoryIds,
  categoryName,
  largestFirst,
  ncyName,
  needName,
  settingName,
} from './labels.ts';
import { censusQuery, reconciliationQuery, type Sen2Census } from './queries.ts';
import styles from './sen2.module.css';

export function CensusView({ date, onDate }: { date: string; onDate: (date: string) => void }) {
  const { code } = useCouncil();
  const census = useQuery(censusQuery(code, date));
  const [typed, setTyped] = useState(date);
  return (
    <>
      <section aria-labelledby="sen2-census">
        <h2 id="sen2-census">Census on a date</h2>
        <form
          className={styles.inline}
          onSubmit={(event) => {
            event.preventDefault();
            if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) onDate(typed);
          }}
        >
          <TextField
            label="Date"
            type="date"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Show the census
          </Button>
        </form>
        <QueryState query={census} loading="Counting the plans…" failed="The census could not be made">
          {(c) => <CensusFigures census={c} />}
        </QueryState>
      </section>
      <Reconciliation />
    </>
  );
}

function CensusFigures({ census: c }: { census: Sen2Census }) {
  return (
    <div data-testid="sen2-census-figures">
      <p>
        EHCPs open on {dateLabel(c.date)}, {c.note}
        {c.synthetic ? ' (synthetic data)' : ''}.
      </p>
      <Facts
        items={[
          ['EHCPs', formatCount(c.total)],
          ['Placed from a placement record', formatCount(c.placedFrom.placement)],
          ['Setting type not known', formatCount(c.unresolved)],
        ]}
      />
      <BarChart
        title={`EHCPs by DfE placement category, ${dateLabel(c.date)}`}
        categories={categoryIds.map(categoryName)}
        series={[{ name: 'EHCPs', values: categoryIds.map((id) => c.byCategory[id]) }]}
        format={formatCount}
        valueTitle="EHCPs"
      />
      <div className={styles.tables}>
        <CountsTable
          caption="By national curriculum year"
          heading="Year"
          rows={byNcyInOrder(c.byNcy).map(([k, n]) => [ncyName(k), n] as const)}
          total={c.total}
          testId="sen2-census-ncy"
        />
        <CountsTable
          caption="By primary need"
          heading="Need"
          rows={largestFirst(c.byNeed).map(([k, n]) => [needName(k), n] as const)}
          total={c.total}
        />
      </div>
      <CountsTable
        caption="By setting type"
        heading="Setting"
        rows={largestFirst(c.bySetting).map(([k, n]) => [settingName(k), n] as const)}
        total={c.total}
      />
    </div>
  );
}

const signed = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : formatNumber(n, { sign: 'always' });

function Reconciliation() {
  const { code } = useCouncil();
  const rec = useQuery(reconciliationQuery(code));
  return (
    <section aria-labelledby="sen2-reconciliation">
      <h2 id="sen2-reconciliation">January census against the DfE&apos;s published figures</h2>
      <QueryState
        query={rec}
        loading="Loading the reconciliation…"
        failed="The reconciliation could not be made"
      >
        {(r) => (
          <>
            <TableScroll label="January census against the published caseload">
              <table data-testid="sen2-reconciliation">
                <caption>EHCPs each January: from the returns, and as the DfE published them</caption>
                <thead>
                  <tr>
                    <th scope="col">January</th>
                    <th scope="col" className={table.number}>
                      From the returns
                    </th>
                    <th scope="col" className={table.number}>
                      Published
                    </th>
                    <th scope="col" className={table.number}>
                      Difference
                    </th>
                    <th scope="col">How counted</th>
                  </tr>
                </thead>
                <tbody>
                  {r.januaries.map((j) => (
                    <tr key={j.year}>
                      <th scope="row">{j.year}</th>
                      <td className={table.number}>{formatCount(j.census.total)}</td>
                      <td className={table.number}>
                        {j.published?.total == null ? 'not published' : formatCount(j.published.total)}
                      </td>
                      <td className={table.number}>{signed(j.difference?.total)}</td>
                      <td>{j.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {r.notRebuilt.length > 0 && (
              <ul>
                {r.notRebuilt.map((n) => (
                  <li key={n.year}>
                    January {n.year}: {n.reason}
                  </li>
                ))}
              </ul>
            )}
            <p className={styles.source}>
              {r.publishedNote.charAt(0).toUpperCase() + r.publishedNote.slice(1)}
            </p>
          </>
        )}
      </QueryState>
    </section>
  );
}
