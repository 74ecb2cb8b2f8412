// A short "done" message after a change, announced politely. With `takeFocus` it also takes the keyboard
// focus, for when the control that was used has gone (a deleted row, say).
import { useEffect, useRef, type ReactNode } from 'react';

export function StatusMessage({ children, takeFocus }: { children: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, children]);
  return (
    <p ref={ref} className="success status-message" role="status" tabIndex={-1}>
      {children}
    </p>
  );
}
