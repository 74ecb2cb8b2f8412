// The council's plan versions: one block of rows per version, one row per year of it.
import { formatDateTime, formatPounds } from '../ui/format.ts';
import { versionFileUrl, type VersionSummary } from './modelApi.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { VersionActions } from './VersionActions.tsx';

interface Props {
  code: string;
  versions: VersionSummary[];
  canEdit: boolean;
  versionHref: (name: string) => string;
  onChanged: (change: { message: string; copiedTo?: string; deleted?: boolean }) => void;
}

export function VersionsTable({ code, versions, canEdit, versionHref, onChanged }: Props) {
  return (
    <div className="table-scroll">
      <table className="versions-table">
        <caption className="visually-hidden">
          Plan versions with the in-year DSG deficit and the cumulative deficit after DfE contributions for
          each year
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Last updated</th>
            <th scope="col">Year</th>
            <th scope="col" className="number">
              In-year DSG deficit
            </th>
            <th scope="col" className="number">
              Cumulative deficit after DfE contributions
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        {versions.map((version) => {
          const years = version.years.length > 0 ? version.years : [null];
          const span = years.length;
          return (
            <tbody key={version.id}>
              {years.map((year, index) => (
                <tr key={year?.year ?? 'none'}>
                  {index === 0 && (
                    <>
                      <th scope="rowgroup" rowSpan={span} className="version-name">
                        <a href={versionHref(version.name)}>{version.name}</a>
                      </th>
                      <td rowSpan={span}>
                        <StatusBadge status={version.status} />
                      </td>
                      <td rowSpan={span} className="nowrap">
                        <time dateTime={version.updatedAt}>{formatDateTime(version.updatedAt)}</time>
                      </td>
                    </>
                  )}
                  <th scope="row" className="year">
                    {year?.year ?? '—'}
                  </th>
                  <td className="number">{formatPounds(year?.inYearDsgDeficit)}</td>
                  <td className="number">{formatPounds(year?.cumulativeDeficitAfterDfe)}</td>
                  {index === 0 && (
                    <td rowSpan={span}>
                      <div className="actions">
                        <a
                          className="button button-small button-secondary"
                          href={versionFileUrl(code, version.name)}
                          download
                          aria-label={`Download ${version.name} as JSON`}
                        >
                          Download JSON
                        </a>
                        {canEdit && <VersionActions code={code} version={version} onChanged={onChanged} />}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
