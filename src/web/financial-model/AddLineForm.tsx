// Adds a line to a draft version: its kind (which group it joins), its label and, for savings, the
// workstream it belongs to. Its amounts start blank and are filled in on the grid.
import { useState, type FormEvent } from 'react';
import type { LineKind } from '../../core/finance/lineKinds';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { kindGroups } from './modelLayout.ts';
import { useAddLine } from './queries.ts';

const fields = ['kind', 'label', 'links'];

export function AddLineForm({ versionName }: { versionName: string }) {
  const { code } = useCouncil();
  const addLine = useAddLine(code, versionName);
  const [kind, setKind] = useState<LineKind>('saving');
  const [label, setLabel] = useState('');
  const [workstream, setWorkstream] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (addLine.isPending) return;
    setErrors({});
    setAdded(null);
    try {
      if (label.trim() === '') throw new FieldError('label', 'Give the line a label.');
      const links = workstream.trim() === '' ? {} : { workstream: workstream.trim() };
      const line = await addLine.mutateAsync({ kind, label: label.trim(), links });
      setAdded(`Added the line “${line.label}”. Its amounts are blank until you enter them in the grid.`);
      setLabel('');
      setWorkstream('');
    } catch (caught) {
      setErrors(fieldErrorOf(caught, fields));
    }
  }

  return (
    <Card title="Add a line" wide>
      {errors.form && <FormError>{errors.form}</FormError>}
      {added && <StatusMessage>{added}</StatusMessage>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FieldRow>
          <SelectField
            label="Kind"
            value={kind}
            error={errors.fields?.kind}
            onChange={(event) => setKind(event.target.value as LineKind)}
            options={kindGroups.map((group) => [group.kind, group.singular] as const)}
          />
          <TextField
            label="Label"
            grow
            value={label}
            error={errors.fields?.label}
            onChange={(event) => setLabel(event.target.value)}
          />
          <TextField
            label="Workstream (optional)"
            value={workstream}
            error={errors.fields?.links}
            onChange={(event) => setWorkstream(event.target.value)}
          />
        </FieldRow>
        <Button type="submit" disabled={addLine.isPending}>
          {addLine.isPending ? 'Adding…' : 'Add line'}
        </Button>
      </form>
    </Card>
  );
}
