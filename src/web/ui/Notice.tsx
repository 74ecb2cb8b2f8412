// A note on the page: information (notice), an empty or unavailable state (inset), something that limits
// what can be done (strong: a frozen version, a locked return, a read-only page), or made-up data (synthetic).
import type { ReactNode } from 'react';
import { cx } from './cx.ts';
import styles from './Notice.module.css';

export type NoticeTone = 'notice' | 'inset' | 'strong' | 'synthetic';

export function Notice({
  children,
  tone = 'notice',
  role,
}: {
  children: ReactNode;
  tone?: NoticeTone;
  role?: 'note' | 'status';
}) {
  return (
    <div
      className={cx(styles.notice, tone !== 'notice' && styles[tone])}
      role={role}
      data-testid={`notice-${tone}`}
    >
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}
