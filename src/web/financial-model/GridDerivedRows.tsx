// The rows of the grid that the server derives from the lines: budget, spend, deficits, percentages.
import { formatPercent, formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import styles from './financialModel.module.css';
import { derivedRows } from './modelLayout.ts';
import type { DerivedYear } from './queries.ts';

interface Props {
  years: DerivedYear[];
  /** The grid's year columns, in order. */
  columns: string[];
  /** The grid has an extra column (line actions) to fill. */
  extraColumn: boolean;
}

export function GridDerivedRows({ years, columns, extraColumn }: Props) {
  const byYear = new Map(years.map((y) => [y.year, y]));
  return (
    <tbody>
      <tr className={table.groupRow}>
        <th scope="colgroup" colSpan={columns.length + 1 + (extraColumn ? 1 : 0)}>
          Derived figures <span className={table.groupNote}>(worked out from the lines above)</span>
        </th>
      </tr>
      {derivedRows.map((row) => (
        <tr key={row.key} className={row.headline ? styles.headline : undefined}>
          <th scope="row">{row.label}</th>
          {columns.map((year) => {
            const value = byYear.get(year)?.[row.key];
            return (
              <td key={year} className={table.number}>
                {row.unit === 'percent' ? formatPercent(value) : formatPounds(value)}
              </td>
            );
          })}
          {extraColumn && <td />}
        </tr>
      ))}
    </tbody>
  );
}
