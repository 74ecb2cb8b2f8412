// A run's breakdowns for one year: by age group, need, setting, placement category (when the engine
// gives it), cost by setting and NCY; each with the mean, the median and the 90% interval.
import { useId, useState } from 'react';
import { columnLabel, formatStatistic, groupLabel, keyLabel, tableGroups } from './forecastLabels.ts';
import type { YearResult } from './forecastsApi.ts';

export function ForecastBreakdowns({ years }: { years: YearResult[] }) {
  const id = useId();
  const [year, setYear] = useState(years.at(-1)?.year ?? 0);
  const shown = years.find((y) => y.year === year) ?? years.at(-1);
  if (!shown) return null;
  const groups = tableGroups.filter((group) => shown.groups[group] !== undefined);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Breakdowns</h2>
      <div className="field">
        <label htmlFor={`${id}-year`}>Census year</label>
        <select id={`${id}-year`} value={shown.year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              January {y.year}
            </option>
          ))}
        </select>
      </div>
      {groups.map((group) => (
        <div className="table-scroll" key={group}>
          <table className="forecast-breakdown" data-group={group}>
            <caption>{`${groupLabel(group)}, January ${shown.year}`}</caption>
            <thead>
              <tr>
                <th scope="col">{columnLabel(group)}</th>
                <th scope="col" className="number">
                  Mean
                </th>
                <th scope="col" className="number">
                  Median
                </th>
                <th scope="col" className="number">
                  p5
                </th>
                <th scope="col" className="number">
                  p95
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(shown.groups[group] ?? {}).map(([key, summary]) => (
                <tr key={key}>
                  <th scope="row">{keyLabel(group, key)}</th>
                  <td className="number">{formatStatistic(group, 'mean', summary.mean)}</td>
                  <td className="number">{formatStatistic(group, 'median', summary.median)}</td>
                  <td className="number">{formatStatistic(group, 'p5', summary.p5)}</td>
                  <td className="number">{formatStatistic(group, 'p95', summary.p95)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
