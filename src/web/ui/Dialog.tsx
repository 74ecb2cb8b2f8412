// A modal dialog (the browser's own <dialog>: focus stays inside, Escape closes it) for a confirm step or
// a short form. A thrown error is shown inside it, next to the field it names when it names one, and the
// dialog stays open.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button, ButtonGroup } from './Button.tsx';
import { cx } from './cx.ts';
import styles from './Dialog.module.css';
import { FormError } from './FormError.tsx';
import { fieldErrorOf, type FieldErrors } from './fieldErrors.ts';

interface Props {
  title: string;
  /** The dialog's fields; given the errors of the last attempt by field, to show next to each. */
  children: ReactNode | ((errors: FieldErrors) => ReactNode);
  confirmLabel: string;
  /** Runs the action; a thrown error is shown in the dialog. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** A destructive or irreversible action gets a red button, and the focus starts on Cancel. */
  warning?: boolean;
  /** The fields the dialog shows: an error naming one of them is shown at it, not at the top. */
  fields?: readonly string[];
  wide?: boolean;
}

export function Dialog({ title, children, confirmLabel, onConfirm, onClose, warning, fields, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (warning) cancelRef.current?.focus();
    return () => dialog?.close();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      await onConfirm();
    } catch (caught) {
      setErrors(fieldErrorOf(caught, fields ?? []));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className={cx(styles.dialog, wide && styles.wide)}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault(); // close through React so the page knows
        if (!busy) onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {errors.form !== undefined && <FormError problems={errors.problems}>{errors.form}</FormError>}
        {typeof children === 'function' ? children(errors) : children}
        <ButtonGroup>
          <Button type="submit" variant={warning ? 'warning' : 'primary'} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
          <Button ref={cancelRef} variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </dialog>
  );
}
