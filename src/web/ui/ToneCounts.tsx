import { cx } from './cx.ts';
import styles from './ToneCounts.module.css';

/** One count: its figure, its words, and the colour of its rule (none: the plain border). */
export interface ToneCount {
  count: number;
  words: string;
  tone?: 'green' | 'amber' | 'red';
}

/** Counts by RAG or assurance, as the KPI dashboard and the return show them. */
export function ToneCounts({ counts, testId }: { counts: ToneCount[]; testId?: string }) {
  return (
    <ul className={styles.counts} data-testid={testId}>
      {counts.map((c) => (
        <li key={c.words} className={cx(styles.count, c.tone && styles[c.tone])}>
          <strong>{c.count}</strong> {c.words}
        </li>
      ))}
    </ul>
  );
}
