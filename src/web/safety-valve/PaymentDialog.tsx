// Records one DfE instalment of the agreement: planned, received and withheld amounts (pounds), dates and
// a note; or adds a new instalment to a year. The server's refusal (a year outside the agreement, a
// negative amount) stays in the dialog.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { readTypedValue, valueForInput } from '../kpis/kpiFormat.ts';
import { recordPayment, type AgreementPayment, type PaymentChange } from './safetyValveApi.ts';

interface Props {
  code: string;
  /** The instalment to change, or null to add one. */
  payment: AgreementPayment | null;
  years: string[];
  onClose: () => void;
  onSaved: () => Promise<void>;
}

const amountFields = [
  { key: 'planned', label: 'Planned (in pounds)' },
  { key: 'received', label: 'Received (in pounds)' },
  { key: 'withheld', label: 'Withheld (in pounds)' },
] as const;

export function PaymentDialog({ code, payment, years, onClose, onSaved }: Props) {
  const id = useId();
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
      throw new Error('Instalment: give the instalment a name, e.g. "Q1 payment".');
    const change: PaymentChange = {
      kind: payment?.kind ?? 'payment',
      dueDate: dueDate || null,
      receivedDate: receivedDate || null,
      note: note.trim() || null,
    };
    for (const { key, label } of amountFields) {
      const typed = readTypedValue(amounts[key]);
      if (!typed.ok) throw new Error(`${label.replace(' (in pounds)', '')}: ${typed.message}`);
      change[key] = typed.value;
    }
    await recordPayment(code, year, instalment.trim(), change);
    await onSaved();
  }

  return (
    <Dialog
      title={payment ? `DfE payment: ${payment.year}, ${payment.instalment}` : 'Add a DfE instalment'}
      confirmLabel="Save payment"
      onConfirm={save}
      onClose={onClose}
    >
      {!payment && (
        <>
          <div className="field">
            <label htmlFor={`${id}-year`}>Financial year</label>
            <select id={`${id}-year`} value={year} onChange={(event) => setYear(event.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-instalment`}>Instalment</label>
            <input
              id={`${id}-instalment`}
              type="text"
              autoComplete="off"
              value={instalment}
              onChange={(event) => setInstalment(event.target.value)}
            />
          </div>
        </>
      )}
      {amountFields.map(({ key, label }) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amounts[key]}
            onChange={(event) => setAmounts({ ...amounts, [key]: event.target.value })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-due`}>Due date</label>
        <input
          id={`${id}-due`}
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-received-date`}>Received on</label>
        <input
          id={`${id}-received-date`}
          type="date"
          value={receivedDate}
          onChange={(event) => setReceivedDate(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
    </Dialog>
  );
}
