// A return's data-quality report: the warnings stored with it, counted by kind and listed one by one with
// module, line and pseudonymous id, and the URNs whose setting type is not known (sen2.readRecords).
import { useQuery } from '@tanstack/react-query';
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { SelectField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { FindingsTable } from './FindingsTable.tsx';
import { qualityQuery, type Sen2ReturnInfo } from './queries.ts';
import styles from './sen2.module.css';

export function QualityReport({
  returns,
  year,
  onYear,
}: {
  returns: readonly Sen2ReturnInfo[];
  year: number | undefined;
  onYear: (year: number) => void;
}) {
  const { code } = useCouncil();
  const report = useQuery(qualityQuery(code, year));
  return (
    <section aria-labelledby="sen2-quality">
      <h2 id="sen2-quality">Data-quality report</h2>
      <div className={styles.narrow}>
        <SelectField
          label="Return"
          value={String(year ?? returns.at(-1)?.collectionYear ?? '')}
          onChange={(event) => onYear(Number(event.target.value))}
          options={[...returns]
            .reverse()
            .map((r) => [String(r.collectionYear), String(r.collectionYear)] as const)}
        />
      </div>
      <QueryState query={report} loading="Loading the report…" failed="The report could not be loaded">
        {(q) => {
          const kinds = q.byKind.filter((k) => k.count > 0);
          return (
            <div data-testid="sen2-quality-report">
              <p>
                The {q.collectionYear} return (reference date {dateLabel(q.referenceDate)}):{' '}
                {q.findings.length === 0
                  ? 'no warnings.'
                  : `${formatCount(q.findings.length)} ${q.findings.length === 1 ? 'warning' : 'warnings'}. They did not stop the import; correct them in the case system before the next return.`}
              </p>
              {kinds.length > 0 && (
                <TableScroll label="Warnings by kind">
                  <table data-testid="sen2-quality-kinds">
                    <caption>Warnings by kind</caption>
                    <thead>
                      <tr>
                        <th scope="col">Kind</th>
                        <th scope="col" className={table.number}>
                          Records
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {kinds.map((k) => (
                        <tr key={k.kind}>
                          <th scope="row">{k.title}</th>
                          <td className={table.number}>{formatCount(k.count)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              )}
              {q.unresolvedUrns.length > 0 && (
                <Notice tone="inset">
                  {`URNs and UKPRNs with no known setting type (add them to the URN lookup): ${q.unresolvedUrns
                    .map(
                      (u) => `${u.key} (${formatCount(u.records)} ${u.records === 1 ? 'record' : 'records'})`,
                    )
                    .join(', ')}.`}
                </Notice>
              )}
              {q.findings.length > 0 && (
                <FindingsTable findings={q.findings} caption="Every warning" testId="sen2-quality-findings" />
              )}
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
