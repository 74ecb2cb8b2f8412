// The "Council details" card: named officers, editable in place by those allowed to.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, updateCouncil, type Council, type CouncilDetailsChange } from '../app/api.ts';
import { messageOf } from '../ui/format.ts';

interface Props {
  council: Council;
  canEdit: boolean;
  onSaved: (council: Council) => void;
}

type FieldName = keyof CouncilDetailsChange;

const fields: { name: FieldName; label: string }[] = [
  { name: 's151Officer', label: 'S151 officer' },
  { name: 'directorOfChildrensServices', label: "Director of Children's Services" },
];

export function CouncilDetailsCard({ council, canEdit, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<FieldName, string>>({
    s151Officer: '',
    directorOfChildrensServices: '',
  });
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const inputRefs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  const id = useId();
  const headingId = `${id}-heading`;

  function startEditing() {
    setValues({
      s151Officer: council.s151Officer ?? '',
      directorOfChildrensServices: council.directorOfChildrensServices ?? '',
    });
    setError(null);
    setSavedNotice(false);
    setEditing(true);
    // The form renders on the next frame; put the cursor in its first field.
    requestAnimationFrame(() => inputRefs.current.s151Officer?.focus());
  }

  function stopEditing() {
    setEditing(false);
    requestAnimationFrame(() => editButtonRef.current?.focus());
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const change: CouncilDetailsChange = {};
    for (const { name } of fields) {
      const value = values[name].trim();
      if (value !== (council[name] ?? '')) change[name] = value;
    }
    if (Object.keys(change).length === 0) {
      stopEditing();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const updated = await updateCouncil(council.code, change);
      onSaved(updated);
      setSavedNotice(true);
      stopEditing();
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : undefined;
      setError({ message: messageOf(caught), field });
      const known = fields.find((f) => f.name === field);
      if (known) inputRefs.current[known.name]?.focus();
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (name: FieldName) => (error?.field === name ? fieldMessage(name, error.message) : null);
  const generalError = error && !fields.some((f) => f.name === error.field) ? error.message : null;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Council details</h2>
      {editing ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          {generalError && (
            <p className="error-summary" role="alert">
              {generalError}
            </p>
          )}
          {fields.map(({ name, label }) => {
            const message = fieldError(name);
            const inputId = `${id}-${name}`;
            return (
              <div key={name} className={message ? 'field field-error' : 'field'}>
                <label htmlFor={inputId}>{label}</label>
                {message && (
                  <p className="error-message" id={`${inputId}-error`} role="alert">
                    {message}
                  </p>
                )}
                <input
                  ref={(element) => {
                    inputRefs.current[name] = element;
                  }}
                  id={inputId}
                  name={name}
                  type="text"
                  autoComplete="off"
                  value={values[name]}
                  onChange={(event) => setValues({ ...values, [name]: event.target.value })}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${inputId}-error` : undefined}
                />
              </div>
            );
          })}
          <div className="button-group">
            <button type="submit" className="button" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="button button-secondary" onClick={stopEditing} disabled={saving}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="details">
            {fields.map(({ name, label }) => (
              <div key={name}>
                <dt>{label}</dt>
                <dd>{council[name] ?? <span className="muted">Not recorded</span>}</dd>
              </div>
            ))}
          </dl>
          {savedNotice && (
            <p className="success" role="status">
              Council details saved.
            </p>
          )}
          {canEdit && (
            <button
              ref={editButtonRef}
              type="button"
              className="button button-secondary"
              onClick={startEditing}
            >
              Edit council details
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The server names the field by its API name ("s151Officer: must be ..."); say it as the label does. */
function fieldMessage(name: FieldName, message: string): string {
  const label = fields.find((f) => f.name === name)?.label ?? name;
  return message.startsWith(`${name}: `) ? `${label} ${message.slice(name.length + 2)}` : message;
}
