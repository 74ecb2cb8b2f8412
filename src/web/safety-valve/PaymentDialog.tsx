// Records one DfE instalment of the agreement: planned, received and withheld amounts (pounds), dates and
// a note; or adds a new instalment to a year. The server's refusal (a year outside the agreement, a
// negative amount) is shown at the field it is about.
import { useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { readTypedValue, valueForInput } from '../kpis/kpiFormat.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/Field.tsx';
import { FieldError } from '../ui/fieldErrors.ts';
import { useRecordPayment, type AgreementPayment } from './queries.ts';

interface Props {
  /** The instalment to change, or null to add one. */
  payment: AgreementPayment | null;
  years: string[];
  onClose: () => void;
  onSaved: () => void;
}

const amountFields = [
  { key: 'planned', label: 'Planned' },
  { key: 'received', label: 'Received' },
  { key: 'withheld', label: 'Withheld' },
] as const;

const fields = ['year', 'instalment', 'planned', 'received', 'withheld', 'dueDate', 'receivedDate', 'note'];

export function PaymentDialog({ payment, years, onClose, onSaved }: Props) {
  const { code } = useCouncil();
  const record = useRecordPayment(code);
  const [year, setYear] = useState(payment?.year ?? years[0] ?? '');
  const [instalment, setInstalment] = useState(payment?.instalment ?? '');
  const [amounts, setAmounts] = useState({
    planned: valueForInput('money', payment?.planned ?? null),
    received: valueForInput('money', payment?.received ?? null),
    withheld: valueForInput('money', payment?.withheld ?? null),
  });
  const [dueDate, setDueDate] = useState(payment?.dueDate ?? '');
  const [receivedDate, setReceivedDate] = useState(payment?.receivedDate ?? '');
  const [note, setNote] = useState(payment?.note ?? '');

  async function save() {
    if (instalment.trim() === '')
      throw new FieldError('instalment', 'Give the instalment a name, for example “Q1 payment”.');
    const money: Partial<Record<(typeof amountFields)[number]['key'], number | null>> = {};
    for (const { key } of amountFields) {
      const typed = readTypedValue(amounts[key]);
      if (!typed.ok) throw new FieldError(key, typed.message);
      money[key] = typed.value;
    }
    await record.mutateAsync({
      year,
      instalment: instalment.trim(),
      change: {
        kind: payment?.kind ?? 'payment',
        ...money,
        dueDate: dueDate || null,
        receivedDate: receivedDate || null,
        note: note.trim() || null,
      },
    });
    onSaved();
  }

  return (
    <Dialog
      title={payment ? `DfE payment: ${payment.year}, ${payment.instalment}` : 'Add a DfE instalment'}
      confirmLabel="Save payment"
      fields={fields}
      onConfirm={save}
      onClose={onClose}
    >
      {(errors) => (
        <>
          {!payment && (
            <>
              <SelectField
                label="Financial year"
                value={year}
                error={errors.fields?.year}
                onChange={(event) => setYear(event.target.value)}
                options={years.map((y) => [y, y] as const)}
              />
              <TextField
                label="Instalment"
                value={instalment}
                error={errors.fields?.instalment}
                onChange={(event) => setInstalment(event.target.value)}
              />
            </>
          )}
          {amountFields.map(({ key, label }) => (
            <TextField
              key={key}
              label={`${label} (in pounds)`}
              inputMode="decimal"
              value={amounts[key]}
              error={errors.fields?.[key]}
              onChange={(event) => setAmounts({ ...amounts, [key]: event.target.value })}
            />
          ))}
          <TextField
            label="Due date"
            type="date"
            value={dueDate}
            error={errors.fields?.dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
          <TextField
            label="Received on"
            type="date"
            value={receivedDate}
            error={errors.fields?.receivedDate}
            onChange={(event) => setReceivedDate(event.target.value)}
          />
          <TextAreaField
            label="Note"
            value={note}
            error={errors.fields?.note}
            onChange={(event) => setNote(event.target.value)}
          />
        </>
      )}
    </Dialog>
  );
}
