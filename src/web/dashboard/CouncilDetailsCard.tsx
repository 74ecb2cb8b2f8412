// The "Council details" card: named officers, editable in place by those allowed to.
import { useRef, useState, type FormEvent } from 'react';
import type { CouncilDetailsInput } from '../../services/councils';
import type { Council } from '../app/api.ts';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Facts } from '../ui/Facts.tsx';
import { TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { useUpdateCouncil } from './queries.ts';

type FieldName = keyof CouncilDetailsInput;

const fields: { name: FieldName; label: string }[] = [
  { name: 's151Officer', label: 'S151 officer' },
  { name: 'directorOfChildrensServices', label: "Director of Children's Services" },
];

export function CouncilDetailsCard({ council, canEdit }: { council: Council; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<FieldName, string>>({
    s151Officer: '',
    directorOfChildrensServices: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [savedNotice, setSavedNotice] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const firstInputRef = useRef<HTMLInputElement>(null);
  const update = useUpdateCouncil(council.code);

  function startEditing() {
    setValues({
      s151Officer: council.s151Officer ?? '',
      directorOfChildrensServices: council.directorOfChildrensServices ?? '',
    });
    setErrors({});
    setSavedNotice(false);
    setEditing(true);
    // The form renders on the next frame; put the cursor in its first field.
    requestAnimationFrame(() => firstInputRef.current?.focus());
  }

  function stopEditing() {
    setEditing(false);
    requestAnimationFrame(() => editButtonRef.current?.focus());
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const change: CouncilDetailsInput = {};
    for (const { name } of fields) {
      const value = values[name].trim();
      if (value !== (council[name] ?? '')) change[name] = value;
    }
    if (Object.keys(change).length === 0) {
      stopEditing();
      return;
    }
    setErrors({});
    try {
      await update.mutateAsync(change);
      setSavedNotice(true);
      stopEditing();
    } catch (caught) {
      setErrors(
        fieldErrorOf(
          caught,
          fields.map((f) => f.name),
        ),
      );
    }
  }

  return (
    <Card title="Council details">
      {editing ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          {errors.form && <FormError>{errors.form}</FormError>}
          {fields.map(({ name, label }, index) => (
            <TextField
              key={name}
              label={label}
              name={name}
              inputRef={index === 0 ? firstInputRef : undefined}
              value={values[name]}
              error={errors.fields?.[name]}
              onChange={(event) => setValues({ ...values, [name]: event.target.value })}
            />
          ))}
          <ButtonGroup>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save'}
            </Button>
            <Button variant="secondary" onClick={stopEditing} disabled={update.isPending}>
              Cancel
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <>
          <Facts
            layout="details"
            items={fields.map(({ name, label }) => [
              label,
              council[name] ?? <span className={text.muted}>Not recorded</span>,
            ])}
          />
          {savedNotice && <StatusMessage>Council details saved.</StatusMessage>}
          {canEdit && (
            <Button ref={editButtonRef} variant="secondary" onClick={startEditing}>
              Edit council details
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
