// Starts the quarterly return for a quarter: a draft with an entry per condition of the agreement.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api.ts';
import { messageOf } from '../ui/format.ts';
import { hashFor } from '../app/route.ts';
import { createReturn, type Agreement } from './safetyValveApi.ts';

export function StartReturnForm({ code, agreement }: { code: string; agreement: Agreement }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState('');
  const [dataDate, setDataDate] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const view = await createReturn(code, { period: period.trim(), dataDate });
      window.location.hash = `${hashFor(code, 'safety-valve')}/returns/${encodeURIComponent(view.return.period)}`;
    } catch (caught) {
      setError({ message: messageOf(caught), field: caught instanceof ApiError ? caught.field : undefined });
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Start a quarterly return
      </button>
    );
  }
  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>Start a quarterly return</h3>
      {error && (
        <p className="error-summary" role="alert">
          {error.message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-period`}>Quarter</label>
        <p className="hint" id={`${id}-period-hint`}>
          A quarter of a financial year from {agreement.startYear} to {agreement.endYear}, written like
          2021-22-Q1 (Q1 is April to June).
        </p>
        <input
          id={`${id}-period`}
          type="text"
          autoComplete="off"
          value={period}
          aria-describedby={`${id}-period-hint`}
          aria-invalid={error?.field === 'period' ? true : undefined}
          onChange={(event) => setPeriod(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Figures as at</label>
        <input
          id={`${id}-date`}
          type="date"
          value={dataDate}
          onChange={(event) => setDataDate(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Starting…' : 'Start the return'}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setOpen(false)}
          disabled={busy}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
