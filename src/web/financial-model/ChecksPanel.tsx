// The reconciliation checks that fail: each identity, its two sides and the difference. Published figures
// are never "fixed" to make a check pass; the panel says where they disagree.
import { useId } from 'react';
import { formatCheckValue } from '../ui/format.ts';
import styles from './financialModel.module.css';
import type { CheckFailure } from './queries.ts';

interface Props {
  checks: CheckFailure[];
  /** What was checked, e.g. "this version" or "the council's plans". */
  scope?: string;
  /** The page's own heading (the checks page) or a section's. */
  headingLevel?: 1 | 2;
}

export function ChecksPanel({ checks, scope = 'this version', headingLevel = 2 }: Props) {
  const id = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={styles.checks} aria-labelledby={id}>
      <Heading id={id}>Reconciliation checks</Heading>
      {checks.length === 0 ? (
        <p>Every reconciliation check passes on {scope}.</p>
      ) : (
        <>
          <p>
            {checks.length === 1 ? 'One check fails' : `${checks.length} checks fail`} on {scope}. The figures
            are kept as published; these are the places where they do not agree.
          </p>
          <ul className={styles.checkList}>
            {checks.map((check, index) => (
              <li key={index} className={styles.check} data-testid="check">
                <p className={styles.checkMessage}>{check.message}</p>
                <dl className={styles.checkSides}>
                  <div>
                    <dt>{capitalise(check.left.label)}</dt>
                    <dd>{formatCheckValue(check.left.value, check.unit)}</dd>
                  </div>
                  <div>
                    <dt>{capitalise(check.right.label)}</dt>
                    <dd>{formatCheckValue(check.right.value, check.unit)}</dd>
                  </div>
                  <div>
                    <dt>Difference</dt>
                    <dd>{formatCheckValue(check.difference, check.unit)}</dd>
                  </div>
                </dl>
                <p className={styles.checkWhere}>{check.where}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
