// A modal dialog (the browser's own <dialog>: focus stays inside, Escape closes it) for a confirm step or
// a short form. It shows the server's error inside itself when the action fails, and stays open.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { messageOf } from './format.ts';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; a thrown error is shown in the dialog. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** A destructive or irreversible action gets a red button. */
  warning?: boolean;
}

export function Dialog({ title, children, confirmLabel, onConfirm, onClose, warning }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The browser focuses the first control; for something that cannot be undone, start on Cancel.
    if (warning) cancelRef.current?.focus();
    return () => dialog?.close();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault(); // close through React so the page knows
        if (!busy) onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {error !== null && (
          <p className="error-summary" role="alert">
            {error}
          </p>
        )}
        {children}
        <div className="button-group">
          <button type="submit" className={warning ? 'button button-warning' : 'button'} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button button-secondary"
            onClick={onClose}
            disabled={busy}
          >
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
