// One tile of the dashboard: a titled region with its figures and, at its foot, the link to its page.
import { useId, type ReactNode } from 'react';
import { cx } from '../ui/cx.ts';
import styles from './dashboard.module.css';

export function Tile({
  title,
  link,
  wide,
  testId,
  children,
}: {
  title: string;
  /** The link to the page the tile summarises. */
  link: ReactNode;
  /** Across the whole row (the deficit chart). */
  wide?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={cx(styles.tile, wide && styles.wide)} aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className={styles.tileTitle}>
        {title}
      </h2>
      <div className={styles.tileBody}>{children}</div>
      <p className={styles.tileLink}>{link}</p>
    </section>
  );
}

/** What a tile says when nothing is loaded for it: what to do, in plain words. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className={styles.empty}>{children}</p>;
}
