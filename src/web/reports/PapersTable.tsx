// The council's papers, newest first: each opens to be written or previewed, and downloads as PDF or Word.
import { Link } from '@tanstack/react-router';
import { dateLabel } from '../../core/kpi/periodChoices';
import { paperTemplates } from '../../core/papers';
import { useCouncil } from '../app/council.tsx';
import { Badge } from '../ui/Badge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { paperFileUrl, type Paper } from './queries.ts';
import styles from './reports.module.css';

export function PapersTable({ papers }: { papers: Paper[] }) {
  const { code } = useCouncil();
  if (papers.length === 0) return <p>No paper has been written yet.</p>;
  return (
    <TableScroll label="Papers">
      <table data-testid="papers">
        <caption>The council’s papers, newest first.</caption>
        <thead>
          <tr>
            <th scope="col">Paper</th>
            <th scope="col">Kind</th>
            <th scope="col">Figures as at</th>
            <th scope="col">Plan version</th>
            <th scope="col">Status</th>
            <th scope="col">Download</th>
          </tr>
        </thead>
        <tbody>
          {[...papers].reverse().map((p) => {
            const choice = { template: p.template, paperId: p.id };
            const over = p.words.filter((w) => w.over).length;
            return (
              <tr key={p.id}>
                <th scope="row">
                  <Link to="/$council/reports/paper/$paper" params={{ council: code, paper: String(p.id) }}>
                    {p.title}
                  </Link>
                  {over > 0 && (
                    <span className={table.secondary}>
                      {over === 1 ? '1 field is' : `${over} fields are`} over the word limit
                    </span>
                  )}
                </th>
                <td>{paperTemplates[p.template].name}</td>
                <td className={table.nowrap}>{dateLabel(p.asAt)}</td>
                <td>{p.planVersion ?? 'The Safety Valve agreement’s'}</td>
                <td>
                  <Badge tone={p.status === 'final' ? 'strong' : 'plain'}>
                    {p.status === 'final' ? 'Final' : 'Draft'}
                  </Badge>
                </td>
                <td className={styles.downloads}>
                  {p.undrawn.length > 0 ? (
                    'Not yet: some of its tables are not drawn yet'
                  ) : (
                    <>
                      <a href={paperFileUrl(code, choice, 'pdf')} download>
                        PDF<span className="visually-hidden"> of {p.title}</span>
                      </a>
                      <a href={paperFileUrl(code, choice, 'docx')} download>
                        Word<span className="visually-hidden"> of {p.title}</span>
                      </a>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
