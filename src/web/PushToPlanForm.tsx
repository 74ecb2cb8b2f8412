// Puts a run's projected mean cost per financial year into a draft plan version in place of the spend
// lines it stands for: pick the lines, see the preview (spend, in-year and cumulative deficit before and
// after), confirm. Frozen versions and versions a signed return holds are not offered.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from './api.ts';
import { confirmRunPush, previewRunPush, type PushPreview } from './forecastsApi.ts';
import { formatPounds, messageOf } from './format.ts';
import { getVersion, listVersions } from './modelApi.ts';
import { StatusMessage } from './StatusMessage.tsx';
import { useLoaded } from './useLoaded.ts';

export function PushToPlanForm({ code, number }: { code: string; number: number }) {
  const id = useId();
  const { state } = useLoaded(`${code}/versions`, () => listVersions(code));
  const [version, setVersion] = useState('');
  const [replace, setReplace] = useState<string[]>([]);
  const [preview, setPreview] = useState<PushPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const drafts =
    state.status === 'loaded'
      ? state.data.versions.filter((v) => v.status === 'draft' && (v.heldBy ?? []).length === 0)
      : [];
  const chosen = version !== '' ? version : (drafts[0]?.name ?? '');
  const lines = useLoaded(`${code}/versions/${chosen}/lines`, async () =>
    chosen === '' ? [] : (await getVersion(code, chosen)).plan.lines,
  );
  const spendLines =
    lines.state.status === 'loaded'
      ? lines.state.data.filter((l) => (l.kind === 'expenditure' || l.kind === 'pressure') && !l.memo)
      : [];

  async function showPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      setPreview(await previewRunPush(code, number, chosen, replace));
    } catch (error) {
      setPreview(null);
      setResult({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    try {
      const done = await confirmRunPush(code, number, chosen, replace, preview.token);
      setPreview(null);
      setReplace([]);
      await lines.reload();
      setResult({
        ok: true,
        text: `“${done.lines.map((l) => l.label).join('”, “')}” is in “${done.version}” in place of ${done.replaces.map((r) => `“${r.label}”`).join(', ')}.`,
      });
    } catch (error) {
      // The version changed since the preview: the answer carries the fresh one to look at again.
      if (error instanceof ApiError && error.conflict) setPreview(error.conflict.current as PushPreview);
      setResult({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card card-wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Put the cost into a plan version</h2>
      <p className="hint">
        The run’s mean projected cost takes the place of the spend lines it stands for, in the financial years
        it projects (a January census falls in the financial year it ends: January 2023 is 2022-23). Pushing
        again updates the same line. Only draft versions that no signed return uses can change.
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
        <p>There is no draft plan version that can change: copy one in the Financial model first.</p>
      ) : (
        <form onSubmit={(event) => void showPreview(event)}>
          <div className="field">
            <label htmlFor={`${id}-version`}>Draft version</label>
            <select
              id={`${id}-version`}
              value={chosen}
              onChange={(e) => {
                setVersion(e.target.value);
                setReplace([]);
                setPreview(null);
              }}
            >
              {drafts.map((v) => (
                <option key={v.name} value={v.name}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field">
            <legend>Lines the forecast stands for</legend>
            {spendLines.map((l) => (
              <label key={l.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={replace.includes(l.id)}
                  onChange={(e) => {
                    setPreview(null);
                    setReplace(e.target.checked ? [...replace, l.id] : replace.filter((r) => r !== l.id));
                  }}
                />{' '}
                {l.label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={busy || chosen === ''}>
            {busy && !preview ? 'Working it out…' : 'Preview'}
          </button>
        </form>
      )}
      {preview && (
        <>
          <table className="push-preview">
            <caption>
              “{preview.version}” with {preview.source.description}
            </caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Spend before</th>
                <th scope="col">Spend after</th>
                <th scope="col">Difference</th>
                <th scope="col">In-year deficit after</th>
                <th scope="col">Cumulative deficit before</th>
                <th scope="col">Cumulative deficit after</th>
              </tr>
            </thead>
            <tbody>
              {preview.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="number">{formatPounds(y.spendBeforeSavings.before)}</td>
                  <td className="number">{formatPounds(y.spendBeforeSavings.after)}</td>
                  <td className="number">{formatPounds(y.spendBeforeSavings.difference)}</td>
                  <td className="number">{formatPounds(y.inYearDsgDeficit.after)}</td>
                  <td className="number">{formatPounds(y.cumulativeDeficitAfterDfe.before)}</td>
                  <td className="number">{formatPounds(y.cumulativeDeficitAfterDfe.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Saving…' : 'Confirm: put the cost into the version'}
          </button>
        </>
      )}
    </section>
  );
}
