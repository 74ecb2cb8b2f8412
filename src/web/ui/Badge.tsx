// A short status in words with a border (Draft, Frozen, Locked, synthetic): never colour alone.
import type { ReactNode } from 'react';
import styles from './Badge.module.css';
import { cx } from './cx.ts';

export function Badge({
  children,
  tone = 'plain',
}: {
  children: ReactNode;
  tone?: 'plain' | 'strong' | 'warning' | 'synthetic';
}) {
  return (
    <span className={cx(styles.badge, tone !== 'plain' && styles[tone])} data-testid="badge">
      {children}
    </span>
  );
}
