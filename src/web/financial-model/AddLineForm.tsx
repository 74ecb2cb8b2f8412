// Adds a line to a draft version: its kind (which group it joins), its label and, for savings, the
// workstream it belongs to. Its amounts start blank and are filled in on the grid.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api.ts';
import { messageOf } from '../ui/format.ts';
import { addLine, type LineKind } from './modelApi.ts';
import { kindGroups } from './modelLayout.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';

interface Props {
  code: string;
  versionName: string;
  onAdded: () => Promise<void>;
}

export function AddLineForm({ code, versionName, onAdded }: Props) {
  const [kind, setKind] = useState<LineKind>('saving');
  const [label, setLabel] = useState('');
  const [workstream, setWorkstream] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (label.trim() === '') {
      setError({ message: 'Give the line a label.', field: 'label' });
      labelRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const links = workstream.trim() === '' ? {} : { workstream: workstream.trim() };
      const line = await addLine(code, versionName, { kind, label: label.trim(), links });
      await onAdded();
      setAdded(`Added the line “${line.label}”. Its amounts are blank until you enter them in the grid.`);
      setLabel('');
      setWorkstream('');
    } catch (caught) {
      setError({ message: messageOf(caught), field: caught instanceof ApiError ? caught.field : undefined });
    } finally {
      setBusy(false);
    }
  }

  const labelError = error?.field === 'label' ? error.message.replace(/^label: /, 'The label ') : null;
  const otherError = error && !labelError ? error.message : null;

  return (
    <section className="card card-wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a line</h2>
      {otherError && (
        <p className="error-summary" role="alert">
          {otherError}
        </p>
      )}
      {added && <StatusMessage>{added}</StatusMessage>}
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as LineKind)}
          >
            {kindGroups.map((group) => (
              <option key={group.kind} value={group.kind}>
                {group.singular}
              </option>
            ))}
          </select>
        </div>
        <div className={labelError ? 'field field-grow field-error' : 'field field-grow'}>
          <label htmlFor={`${id}-label`}>Label</label>
          {labelError && (
            <p className="error-message" id={`${id}-label-error`} role="alert">
              {labelError}
            </p>
          )}
          <input
            ref={labelRef}
            id={`${id}-label`}
            type="text"
            autoComplete="off"
            value={label}
            aria-invalid={labelError ? true : undefined}
            aria-describedby={labelError ? `${id}-label-error` : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-workstream`}>Workstream (optional)</label>
          <input
            id={`${id}-workstream`}
            type="text"
            autoComplete="off"
            value={workstream}
            onChange={(event) => setWorkstream(event.target.value)}
          />
        </div>
        <div className="field field-button">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Adding…' : 'Add line'}
          </button>
        </div>
      </form>
    </section>
  );
}
