// One workstream of a savings plan: its savings lines by year and the workstream total.
import { useId } from 'react';
import type { SavingsPlan } from '../financial-model/queries.ts';
import { formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './savings.module.css';

interface Props {
  workstream: SavingsPlan['workstreams'][number];
  years: string[];
  /** "Workstream 3: Local provision", as the plan numbers them. */
  heading: string;
}

export function WorkstreamTable({ workstream, years, heading }: Props) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.workstream}>
      <h3 id={headingId}>
        {heading}
        {workstream.memo && <span className={styles.memoTag}>memorandum</span>}
      </h3>
      <TableScroll label={heading}>
        <table className={styles.table}>
          <caption className="visually-hidden">{heading}: savings by year, pounds</caption>
          <thead>
            <tr>
              <th scope="col">Saving</th>
              {years.map((year) => (
                <th key={year} scope="col" className={table.number}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {workstream.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                {years.map((year) => (
                  <td key={year} className={table.number}>
                    {formatPounds(line.amounts[year])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={table.total}>
              <th scope="row">Total</th>
              {years.map((year) => (
                <td key={year} className={table.number}>
                  {formatPounds(workstream.totals[year])}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
