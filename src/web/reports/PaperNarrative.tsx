// A paper's narrative as a reader without the right to change it sees it: each section's text, in order.
import { paperTemplates } from '../../core/papers';
import type { Paper } from './queries.ts';
import styles from './reports.module.css';

export function PaperNarrative({ paper }: { paper: Paper }) {
  const template = paperTemplates[paper.template];
  const written = template.sections.filter((s) => s.narrative && (paper.narrative[s.key] ?? '') !== '');
  if (written.length === 0) return <p>Nothing has been written in this paper yet.</p>;
  return (
    <div className={styles.narrative}>
      {written.map((s) => (
        <section key={s.key} aria-label={s.heading}>
          <h2>{s.heading}</h2>
          {(paper.narrative[s.key] ?? '').split(/\n{2,}/u).map((para, index) => (
            <p key={index}>{para}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
