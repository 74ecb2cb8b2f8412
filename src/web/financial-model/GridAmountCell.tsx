// One amount in the model grid. Read only, it is plain text; editable, it is a button (click, Enter or F2
// to edit) that turns into a text box: Enter saves what was typed, Escape cancels. The server's error
// shows under the box, which stays open until the amount is fixed or the edit cancelled.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { cx } from '../ui/cx.ts';
import { messageOf } from '../ui/fieldErrors.ts';
import { formatPounds, poundsForInput } from '../ui/format.ts';
import table from '../ui/table.module.css';
import styles from './financialModel.module.css';

interface Props {
  lineLabel: string;
  year: string;
  amount: number | undefined;
  /** Whether this cell is the grid's one tab stop (roving tabindex). */
  tabbable: boolean;
  editing: boolean;
  buttonRef: (element: HTMLButtonElement | null) => void;
  /** Arrow keys, Home and End on the cell button: the grid moves the focus. */
  onNavigate: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
  onStartEdit: () => void;
  onCancel: () => void;
  /** Saves the text as typed; rejects with the server's error. */
  onSave: (text: string) => Promise<void>;
}

export function GridAmountCell(props: Props) {
  const { lineLabel, year, amount, tabbable, editing } = props;
  const shown = formatPounds(amount);
  if (editing) return <EditingCell {...props} />;
  return (
    <td className={cx(table.number, styles.editable)}>
      <button
        ref={props.buttonRef}
        type="button"
        className={styles.cellButton}
        data-testid="amount-cell"
        tabIndex={tabbable ? 0 : -1}
        aria-label={`Edit ${lineLabel}, ${year}: ${shown}`}
        onFocus={props.onFocus}
        onClick={props.onStartEdit}
        onKeyDown={(event) => {
          if (event.key === 'F2' || event.key === 'Enter') {
            event.preventDefault();
            props.onStartEdit();
          } else {
            props.onNavigate(event);
          }
        }}
      >
        {shown}
      </button>
    </td>
  );
}

function EditingCell({ lineLabel, year, amount, onCancel, onSave }: Props) {
  const initial = poundsForInput(amount);
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function save() {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(text);
    } catch (caught) {
      // "amount: 'abc' is not …": the box already says which amount.
      setError(messageOf(caught).replace(/^amount: /, ''));
      setSaving(false);
      inputRef.current?.focus();
    }
  }

  return (
    <td className={cx(table.number, styles.editing, error !== null && styles.invalid)}>
      <input
        ref={inputRef}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={styles.cellInput}
        aria-label={`${lineLabel}, ${year}, amount in pounds`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-help`}
        value={text}
        readOnly={saving}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        onBlur={() => {
          // Leaving an untouched box is a cancel; a changed one stays open so nothing typed is lost.
          if (!saving && text === initial && error === null) onCancel();
        }}
      />
      <span id={`${id}-help`} className="visually-hidden">
        Enter to save, Escape to cancel.
      </span>
      {saving && (
        <span className={styles.cellSaving} role="status">
          Saving…
        </span>
      )}
      {error && (
        <span className={styles.cellError} id={`${id}-error`} role="alert" data-testid="cell-error">
          {error}
        </span>
      )}
    </td>
  );
}
