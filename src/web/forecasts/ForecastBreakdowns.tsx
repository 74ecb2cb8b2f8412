// A run's breakdowns for one year: by age group, need, setting, placement category (when the engine
// gives it), cost by setting and National Curriculum Year; each with the mean, the median and the 90%
// interval, rows in reading order (NCY -4 first).
import { useId, useState } from 'react';
import { SelectField } from '../ui/Field.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import {
  columnLabel,
  formatStatistic,
  groupLabel,
  keyLabel,
  orderedKeys,
  tableGroups,
} from './forecastLabels.ts';
import type { YearResult } from './queries.ts';

export function ForecastBreakdowns({ years }: { years: YearResult[] }) {
  const id = useId();
  const [year, setYear] = useState(years.at(-1)?.year ?? 0);
  const shown = years.find((y) => y.year === year) ?? years.at(-1);
  if (!shown) return null;
  const groups: Record<string, Record<string, YearResult['groups']['total'][string]> | undefined> =
    shown.groups;
  const present = tableGroups.filter((group) => groups[group] !== undefined);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Breakdowns</h2>
      <SelectField
        label="Census year"
        value={String(shown.year)}
        onChange={(e) => setYear(Number(e.target.value))}
        options={years.map((y) => [String(y.year), `January ${y.year}`] as const)}
      />
      {present.map((group) => {
        const rows = groups[group] ?? {};
        return (
          <TableScroll key={group} label={groupLabel(group)}>
            <table data-group={group} data-testid="forecast-breakdown">
              <caption
                className={table.captionStrong}
              >{`${groupLabel(group)}, January ${shown.year}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{columnLabel(group)}</th>
                  <th scope="col" className={table.number}>
                    Mean
                  </th>
                  <th scope="col" className={table.number}>
                    Median
                  </th>
                  <th scope="col" className={table.number}>
                    p5
                  </th>
                  <th scope="col" className={table.number}>
                    p95
                  </th>
                </tr>
              </thead>
              <tbody>
                {orderedKeys(group, Object.keys(rows)).map((key) => {
                  const summary = rows[key]!;
                  return (
                    <tr key={key}>
                      <th scope="row">{keyLabel(group, key)}</th>
                      <td className={table.number}>{formatStatistic(group, 'mean', summary.mean)}</td>
                      <td className={table.number}>{formatStatistic(group, 'median', summary.median)}</td>
                      <td className={table.number}>{formatStatistic(group, 'p5', summary.p5)}</td>
                      <td className={table.number}>{formatStatistic(group, 'p95', summary.p95)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </section>
  );
}
