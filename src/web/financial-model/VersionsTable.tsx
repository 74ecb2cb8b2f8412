// The council's plan versions: one block of rows per version, one row per year of it.
import { useCouncil } from '../app/council.tsx';
import { ButtonGroup, ButtonLink } from '../ui/Button.tsx';
import { formatDateTime, formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './financialModel.module.css';
import { versionFileUrl, type VersionSummary } from './queries.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { VersionActions } from './VersionActions.tsx';
import { VersionLink } from './VersionLink.tsx';

/** What happened to a version, in words, and the new version's name after a copy. */
export interface VersionChange {
  message: string;
  copiedTo?: string;
  deleted?: boolean;
}

interface Props {
  versions: VersionSummary[];
  canEdit: boolean;
  onChanged: (change: VersionChange) => void;
}

export function VersionsTable({ versions, canEdit, onChanged }: Props) {
  const { code } = useCouncil();
  return (
    <TableScroll label="Plan versions">
      <table className={styles.versionsTable} data-testid="versions-table">
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
            <th scope="col" className={table.number}>
              In-year DSG deficit
            </th>
            <th scope="col" className={table.number}>
              Cumulative deficit after DfE contributions
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        {versions.map((version) => {
          const years = version.years.length > 0 ? version.years : [null];
          const span = years.length;
          return (
            <tbody key={version.id} data-version={version.name}>
              {years.map((year, index) => (
                <tr key={year?.year ?? 'none'}>
                  {index === 0 && (
                    <>
                      <th scope="rowgroup" rowSpan={span} className={styles.versionName}>
                        <VersionLink name={version.name} />
                      </th>
                      <td rowSpan={span}>
                        <StatusBadge status={version.status} />
                      </td>
                      <td rowSpan={span} className={table.nowrap}>
                        <time dateTime={version.updatedAt}>{formatDateTime(version.updatedAt)}</time>
                      </td>
                    </>
                  )}
                  <th scope="row" className={styles.yearCell}>
                    {year?.year ?? '—'}
                  </th>
                  <td className={table.number}>{formatPounds(year?.inYearDsgDeficit)}</td>
                  <td className={table.number}>{formatPounds(year?.cumulativeDeficitAfterDfe)}</td>
                  {index === 0 && (
                    <td rowSpan={span}>
                      <ButtonGroup tight>
                        <ButtonLink
                          variant="secondary"
                          small
                          href={versionFileUrl(code, version.name)}
                          download
                        >
                          Download JSON<span className="visually-hidden"> of {version.name}</span>
                        </ButtonLink>
                        {canEdit && <VersionActions version={version} onChanged={onChanged} />}
                      </ButtonGroup>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </TableScroll>
  );
}
