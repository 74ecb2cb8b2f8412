// Named figures: `facts` (large, side by side), `small`, `boxes` (equal boxes) or `details` (one per line).
import type { ReactNode } from 'react';
import styles from './Facts.module.css';
import { cx } from './cx.ts';

export type Fact = readonly [label: ReactNode, value: ReactNode];

export function Facts({
  items,
  layout = 'facts',
  testId,
}: {
  items: ReadonlyArray<Fact | false | null | undefined>;
  layout?: 'facts' | 'small' | 'boxes' | 'details';
  testId?: string;
}) {
  const className =
    layout === 'small' ? cx(styles.facts, styles.small) : layout === 'facts' ? styles.facts : styles[layout];
  return (
    <dl className={className} data-testid={testId}>
      {items
        .filter((item): item is Fact => Boolean(item))
        .map(([label, value], index) => (
          <div key={index}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
