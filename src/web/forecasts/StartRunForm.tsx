// Starts a forecast run on stored inputs: the run is a background job, so the form returns at once.
import { useId, useRef, useState, type FormEvent } from 'react';
import { messageOf } from '../ui/format.ts';
import { startRun, type ForecastRun, type InputSet } from './forecastsApi.ts';

interface Props {
  code: string;
  inputSets: InputSet[];
  runs: ForecastRun[];
  onStarted: (run: ForecastRun) => void;
}

export function StartRunForm({ code, inputSets, runs, onStarted }: Props) {
  const id = useId();
  const [inputSetId, setInputSetId] = useState(String(inputSets[0]?.id ?? ''));
  const [name, setName] = useState('');
  const [simulations, setSimulations] = useState('1000');
  const [seed, setSeed] = useState('0');
  const [mode, setMode] = useState<'default' | 'witan'>('default');
  const [rateDraws, setRateDraws] = useState('');
  const [baseline, setBaseline] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scenarioRef = useRef<HTMLInputElement>(null);
  const completed = runs.filter((r) => r.status === 'completed');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const file = scenarioRef.current?.files?.[0];
      let scenario: Record<string, unknown> | undefined;
      if (file) {
        try {
          scenario = JSON.parse(await file.text()) as Record<string, unknown>;
        } catch {
          throw new Error(`${file.name} is not a JSON scenario file (docs/formats/scenario.md).`);
        }
      }
      const { run } = await startRun(code, {
        ...(scenario && { scenario }),
        inputSetId: Number(inputSetId),
        ...(name.trim() !== '' && { name: name.trim() }),
        mode,
        simulations: Number(simulations),
        seed: Number(seed),
        ...(rateDraws !== '' && { options: { rateDraws } }),
        ...(baseline !== '' && { baselineRun: Number(baseline) }),
      });
      onStarted(run);
      setName('');
      if (scenarioRef.current) scenarioRef.current.value = '';
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  if (inputSets.length === 0) return null;
  return (
    <section className="card card-wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Start a forecast run</h2>
      {error !== null && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="forecast-start-form">
        <div className="field">
          <label htmlFor={`${id}-inputs`}>Inputs</label>
          <select id={`${id}-inputs`} value={inputSetId} onChange={(e) => setInputSetId(e.target.value)}>
            {inputSets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name (optional)</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-simulations`}>Simulations</label>
          <input
            id={`${id}-simulations`}
            inputMode="numeric"
            value={simulations}
            onChange={(e) => setSimulations(e.target.value)}
            aria-describedby={`${id}-simulations-hint`}
          />
          <p className="hint" id={`${id}-simulations-hint`}>
            1,000 gives stable medians and intervals; up to 20,000.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-seed`}>Seed</label>
          <input
            id={`${id}-seed`}
            inputMode="numeric"
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            aria-describedby={`${id}-seed-hint`}
          />
          <p className="hint" id={`${id}-seed-hint`}>
            The same seed and inputs give the same results.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-mode`}>Model</label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(e) => setMode(e.target.value as 'default' | 'witan')}
          >
            <option value="default">highneeds (witan.send with its flaws fixed)</option>
            <option value="witan">witan.send exactly</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rates`}>Rate uncertainty</label>
          <select id={`${id}-rates`} value={rateDraws} onChange={(e) => setRateDraws(e.target.value)}>
            <option value="">As the model has it</option>
            <option value="per-cohort-year">Drawn for every cohort and year</option>
            <option value="per-simulation">Drawn once per simulation (wider intervals)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-scenario`}>Scenario (optional)</label>
          <input
            id={`${id}-scenario`}
            type="file"
            accept=".json,application/json"
            ref={scenarioRef}
            aria-describedby={`${id}-scenario-hint`}
          />
          <p className="hint" id={`${id}-scenario-hint`}>
            A scenario file: changed rates, a new school, capped places. Choose its baseline run below to
            compare them.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-baseline`}>Compare with (baseline run)</label>
          <select id={`${id}-baseline`} value={baseline} onChange={(e) => setBaseline(e.target.value)}>
            <option value="">No baseline</option>
            {completed.map((run) => (
              <option key={run.number} value={run.number}>
                {`${run.number}. ${run.name}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Starting…' : 'Start the run'}
        </button>
      </form>
    </section>
  );
}
