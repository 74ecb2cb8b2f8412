// A refusal the person must read before going on: the message, and every problem when a file was refused
// whole. It is announced, and can take the focus (after an import, say).
import type { ReactNode, Ref } from 'react';
import styles from './FormError.module.css';

interface Props {
  children: ReactNode;
  /** Every problem found, one per line (an import refused as a whole). */
  problems?: readonly string[];
  /** Given when the summary should take the focus; it is then focusable. */
  summaryRef?: Ref<HTMLDivElement>;
}

export function FormError({ children, problems = [], summaryRef }: Props) {
  return (
    <div
      className={styles.summary}
      role="alert"
      ref={summaryRef}
      tabIndex={summaryRef ? -1 : undefined}
      data-testid="form-error"
    >
      <p>{children}</p>
      {problems.length > 0 && (
        <ul className={styles.problems}>
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
