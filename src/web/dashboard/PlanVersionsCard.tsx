// The financial model at a glance on the front page: each plan version with the cumulative deficit (after
// DfE contributions) at the end of the last year it covers, linked to the version.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { StatusBadge } from '../financial-model/StatusBadge.tsx';
import { VersionLink } from '../financial-model/VersionLink.tsx';
import { Card } from '../ui/Card.tsx';
import { formatPounds } from '../ui/format.ts';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';

export function PlanVersionsCard() {
  const { code } = useCouncil();
  const versions = useQuery(versionsQuery(code));
  return (
    <Card title="Financial model" wide>
      <QueryState
        query={versions}
        loading="Loading the plan versions…"
        failed="The plan versions could not be loaded"
      >
        {(list) =>
          list.length === 0 ? (
            <p>
              No plan version yet: import one on the{' '}
              <Link to="/$council/financial-model" params={{ council: code }}>
                Financial model
              </Link>{' '}
              page.
            </p>
          ) : (
            <TableScroll label="Plan versions">
              <table data-testid="dashboard-versions">
                <caption className="visually-hidden">
                  Each plan version and its cumulative deficit at the end of the last year it covers
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Plan version</th>
                    <th scope="col">Status</th>
                    <th scope="col" className={table.number}>
                      Cumulative deficit after DfE contributions
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((version) => {
                    const last = version.years.at(-1);
                    return (
                      <tr key={version.id}>
                        <th scope="row">
                          <VersionLink name={version.name} />
                        </th>
                        <td>
                          <StatusBadge status={version.status} />
                        </td>
                        <td className={table.number}>
                          {last
                            ? `${formatPounds(last.cumulativeDeficitAfterDfe)} at 31 March ${Number(last.year.slice(0, 4)) + 1}`
                            : '—'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </QueryState>
    </Card>
  );
}
