// Puts a run's projected mean cost per financial year into a draft plan version as a "New demand"
// pressure line, so the model shows the position before savings. Frozen versions are not offered.
import { useId, useState, type FormEvent } from 'react';
import { messageOf } from '../ui/format.ts';
import { pushRunToPlan } from './forecastsApi.ts';
import { formatPounds } from '../ui/format.ts';
import { listVersions } from '../financial-model/modelApi.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useLoaded } from '../app/useLoaded.ts';

export function PushToPlanForm({ code, number }: { code: string; number: number }) {
  const id = useId();
  const { state } = useLoaded(`${code}/versions`, () => listVersions(code));
  const [version, setVersion] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const drafts = state.status === 'loaded' ? state.data.versions.filter((v) => v.status === 'draft') : [];
  const chosen = version !== '' ? version : (drafts[0]?.name ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    try {
      const pushed = await pushRunToPlan(code, number, chosen);
      setResult({
        ok: true,
        text: `“${pushed.line.label}” is in “${pushed.version}”: ${pushed.amounts.map((a) => `${a.year} ${formatPounds(a.amount)}`).join(', ')}.`,
      });
    } catch (error) {
      setResult({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card card-wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Put the cost into a plan version</h2>
      <p className="hint">
        Adds a pressure line “New demand (forecast run {number})” with the mean projected cost of each
        financial year the version covers. A January census falls in the financial year it ends: January 2023
        is 2022-23. Only draft versions can change.
      </p>
      {result !== null &&
        (result.ok ? (
          <StatusMessage>{result.text}</StatusMessage>
        ) : (
          <p className="error-summary" role="alert">
            {result.text}
          </p>
        ))}
      {state.status === 'loaded' && drafts.length === 0 ? (
        <p>There is no draft plan version: copy one in the Financial model first.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} className="inline-form">
          <div className="field">
            <label htmlFor={`${id}-version`}>Draft version</label>
            <select id={`${id}-version`} value={chosen} onChange={(e) => setVersion(e.target.value)}>
              {drafts.map((v) => (
                <option key={v.name} value={v.name}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={busy || chosen === ''}>
            {busy ? 'Adding…' : 'Add the pressure line'}
          </button>
        </form>
      )}
    </section>
  );
}
