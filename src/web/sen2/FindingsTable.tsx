// Every finding of a return in one table: the module in the DfE's words, the record's line in its Blade
// file, the child's pseudonymous id (never a name), the column, the value and what is wrong.
import { moduleLabels } from '../../core/sen2/sen2Return';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { Sen2Finding } from './queries.ts';
import styles from './sen2.module.css';

export function FindingsTable({
  findings,
  caption,
  testId,
}: {
  findings: readonly Sen2Finding[];
  caption: string;
  testId: string;
}) {
  return (
    <TableScroll label={caption}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col" className={table.number}>
              Line
            </th>
            <th scope="col">Child (pseudonymous id)</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            <tr key={i}>
              <td className={table.nowrap}>{moduleLabels[f.module]}</td>
              <td className={table.number}>{f.row === 0 ? 'whole file' : f.row}</td>
              <td className={styles.personId}>{f.personId ?? ''}</td>
              <td>{f.column ?? ''}</td>
              <td className={table.nowrap}>{f.value ?? ''}</td>
              <td className={styles.problem}>{f.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
