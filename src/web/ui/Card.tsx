// A titled box around a form or a group of details (Council details, Import a plan version).
import { useId, type ReactNode } from 'react';
import styles from './Card.module.css';
import { cx } from './cx.ts';

export function Card({
  title,
  wide,
  headingLevel = 2,
  children,
}: {
  title: ReactNode;
  wide?: boolean;
  headingLevel?: 2 | 3;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cx(styles.card, wide && styles.wide)} aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
