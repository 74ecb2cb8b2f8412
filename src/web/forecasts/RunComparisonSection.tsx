// A scenario run against its baseline: mean EHCPs and cost per year in both, and the difference.
import { useQuery } from '@tanstack/react-query';
import { formatCount, formatNumber } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { formatPounds, formatPoundsChange } from '../ui/format.ts';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { comparisonQuery } from './queries.ts';

export function RunComparisonSection({ number, baseline }: { number: number; baseline: number }) {
  const { code } = useCouncil();
  const comparison = useQuery(comparisonQuery(code, number, baseline));
  return (
    <section aria-labelledby="forecast-comparison-heading">
      <h2 id="forecast-comparison-heading">Against the baseline (run {baseline})</h2>
      <QueryState
        query={comparison}
        loading="Loading the comparison…"
        failed="The comparison could not be loaded"
      >
        {(data) => (
          <TableScroll label="Against the baseline">
            <table data-testid="forecast-comparison">
              <caption
                className={table.captionStrong}
              >{`Mean EHCPs and cost: run ${number} against run ${baseline}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Census</th>
                  <th scope="col" className={table.number}>
                    EHCPs, baseline
                  </th>
                  <th scope="col" className={table.number}>
                    EHCPs, this run
                  </th>
                  <th scope="col" className={table.number}>
                    Difference
                  </th>
                  <th scope="col" className={table.number}>
                    Cost, baseline
                  </th>
                  <th scope="col" className={table.number}>
                    Cost, this run
                  </th>
                  <th scope="col" className={table.number}>
                    Difference
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">January {y.year}</th>
                    <td className={table.number}>{y.total ? formatCount(y.total.baseline.mean) : ''}</td>
                    <td className={table.number}>{y.total ? formatCount(y.total.scenario.mean) : ''}</td>
                    <td className={table.number}>
                      {y.total ? formatNumber(y.total.difference, { sign: 'always' }) : ''}
                    </td>
                    <td className={table.number}>{formatPounds(y.cost?.baseline.mean)}</td>
                    <td className={table.number}>{formatPounds(y.cost?.scenario.mean)}</td>
                    <td className={table.number}>{y.cost ? formatPoundsChange(y.cost.difference) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
    </section>
  );
}
