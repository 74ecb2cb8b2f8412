// A short "done" message after a change, announced politely. With `takeFocus` it also takes the keyboard
// focus, for when the control that was used has gone (a deleted row, say).
import { useEffect, useRef, type ReactNode } from 'react';
import styles from './StatusMessage.module.css';

/** A polite "done" message; `takeFocus` moves the keyboard focus to it. */
export function StatusMessage({ children, takeFocus }: { children: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, children]);
  return (
    <p ref={ref} className={styles.status} role="status" tabIndex={-1}>
      {children}
    </p>
  );
}
