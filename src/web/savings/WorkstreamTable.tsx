// One workstream of a savings plan: its savings lines by year and the workstream total.
import { formatPounds } from '../ui/format.ts';
import type { Workstream } from '../financial-model/modelApi.ts';

interface Props {
  workstream: Workstream;
  years: string[];
  /** "Workstream 3: Local provision", as the plan numbers them. */
  heading: string;
  headingId: string;
}

export function WorkstreamTable({ workstream, years, heading, headingId }: Props) {
  return (
    <section aria-labelledby={headingId} className="workstream">
      <h3 id={headingId}>
        {heading}
        {workstream.memo && <span className="memo-tag">memorandum</span>}
      </h3>
      <div className="table-scroll">
        <table className="savings-table">
          <caption className="visually-hidden">{heading}: savings by year, pounds</caption>
          <thead>
            <tr>
              <th scope="col">Saving</th>
              {years.map((year) => (
                <th key={year} scope="col" className="number">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {workstream.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row" className="line-label">
                  {line.label}
                </th>
                {years.map((year) => (
                  <td key={year} className="number">
                    {formatPounds(line.amounts[year])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total">
              <th scope="row">Total</th>
              {years.map((year) => (
                <td key={year} className="number">
                  {formatPounds(workstream.totals[year])}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
