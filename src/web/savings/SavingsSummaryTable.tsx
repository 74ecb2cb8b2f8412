// The financial summary of a savings plan (as the SEND Transformation Plan sets it out): budget, forecast spend, savings required,
// the cumulative deficit, each workstream's savings, total and cumulative savings, the in-year position.
import type { SavingsPlan } from '../financial-model/queries.ts';
import { formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './savings.module.css';

type Key = Exclude<keyof SavingsPlan['summary'][number], 'year'>;

const before: { key: Key; label: string }[] = [
  { key: 'highNeedsBudget', label: 'Total DSG high needs block' },
  { key: 'forecastSpendIncludingNewDemand', label: 'Forecast spend including new demand' },
  { key: 'savingsRequiredToBalance', label: 'Savings required to balance the DSG' },
];
const after: { key: Key; label: string; total?: boolean }[] = [
  { key: 'totalSavingsIdentified', label: 'Total financial savings identified', total: true },
  { key: 'cumulativeSavings', label: 'Cumulative savings' },
  { key: 'inYearPosition', label: 'In-year position for the DSG high needs block' },
  { key: 'cumulativeDeficit', label: 'Cumulative DSG deficit', total: true },
];

export function SavingsSummaryTable({ plan }: { plan: SavingsPlan }) {
  const byYear = new Map(plan.summary.map((s) => [s.year, s]));
  const row = (label: string, value: (year: string) => number | undefined, total = false) => (
    <tr key={label} className={total ? table.total : undefined}>
      <th scope="row">{label}</th>
      {plan.years.map((year) => (
        <td key={year} className={table.number}>
          {formatPounds(value(year))}
        </td>
      ))}
    </tr>
  );
  const columns = plan.years.length + 1;
  return (
    <TableScroll label="Financial summary">
      <table className={styles.table}>
        <caption className="visually-hidden">Financial summary of the DSG high needs block, pounds</caption>
        <thead>
          <tr>
            <th scope="col">DSG high needs block</th>
            {plan.years.map((year) => (
              <th key={year} scope="col" className={table.number}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{before.map((r) => row(r.label, (year) => byYear.get(year)?.[r.key]))}</tbody>
        <tbody>
          <tr className={table.groupRow}>
            <th scope="colgroup" colSpan={columns}>
              Savings by workstream
            </th>
          </tr>
          {plan.workstreams
            .filter((w) => !w.memo)
            .map((w) => row(`${w.workstream} workstream`, (year) => w.totals[year]))}
        </tbody>
        <tbody>{after.map((r) => row(r.label, (year) => byYear.get(year)?.[r.key], r.total))}</tbody>
      </table>
    </TableScroll>
  );
}
