// A RAG status as a coloured badge that also shows its letter, with the colour's name for screen readers;
// and the label form with the word beside it (colour is never the only sign), or "Not rated".
import type { Rag } from '../../core/finance/rag';
import styles from './RagBadge.module.css';
import { cx } from './cx.ts';

const ragNames = { G: 'Green', A: 'Amber', R: 'Red' } as const;
const ragTone = { G: styles.green, A: styles.amber, R: styles.red } as const;

/** "Green", "Amber" or "Red" for the letter. */
export function ragName(rag: Rag): string {
  return ragNames[rag];
}

export function RagBadge({ rag }: { rag: Rag }) {
  return (
    <span className={cx(styles.rag, ragTone[rag])} title={ragName(rag)} data-rag={rag}>
      <span aria-hidden="true">{rag}</span>
      <span className="visually-hidden">{ragName(rag)}</span>
    </span>
  );
}

/** The badge with its word beside it; `showWord={false}` keeps the word for screen readers only. */
export function RagLabel({ rag, showWord = true }: { rag: Rag | null; showWord?: boolean }) {
  if (rag === null) {
    return (
      <span className={styles.label}>
        <span className={cx(styles.rag, styles.none)} aria-hidden="true">
          –
        </span>
        <span className={showWord ? undefined : 'visually-hidden'}>Not rated</span>
      </span>
    );
  }
  return (
    <span className={styles.label}>
      <RagBadge rag={rag} />
      {showWord && <span aria-hidden="true">{ragName(rag)}</span>}
    </span>
  );
}
