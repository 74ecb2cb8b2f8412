// Starts a forecast run on stored inputs: the run is a background job, so the form returns at once. The
// server's refusal of a field ("Enter at most 20,000 simulations") is shown at that field.
import { useRef, useState, type FormEvent } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { detectFileKind, wrongKindMessage } from '../ui/fileKind.ts';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { useStartRun, type ForecastRun, type InputSet } from './queries.ts';

interface Props {
  inputSets: InputSet[];
  runs: ForecastRun[];
  onStarted: (run: ForecastRun) => void;
}

const fields = ['inputSetId', 'name', 'simulations', 'seed', 'mode', 'options', 'scenario', 'baselineRun'];

/** A whole number typed in a box, or a FieldError naming the field. */
function wholeNumber(field: string, typed: string, what: string): number {
  const plain = typed.trim().replace(/,/g, '');
  if (!/^\d+$/.test(plain))
    throw new FieldError(field, `Enter the ${what} as a whole number, for example 1000.`);
  return Number(plain);
}

export function StartRunForm({ inputSets, runs, onStarted }: Props) {
  const { code } = useCouncil();
  const start = useStartRun(code);
  const [inputSetId, setInputSetId] = useState(String(inputSets[0]?.id ?? ''));
  const [name, setName] = useState('');
  const [simulations, setSimulations] = useState('1000');
  const [seed, setSeed] = useState('0');
  const [mode, setMode] = useState<'default' | 'witan'>('default');
  const [rateDraws, setRateDraws] = useState<'' | 'per-cohort-year' | 'per-simulation'>('');
  const [baseline, setBaseline] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const scenarioRef = useRef<HTMLInputElement>(null);
  const completed = runs.filter((r) => r.status === 'completed');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      const file = scenarioRef.current?.files?.[0];
      let scenario: Record<string, unknown> | undefined;
      if (file) {
        const wrong = wrongKindMessage(
          file.name,
          await detectFileKind(file),
          ['json'],
          'a scenario is a JSON file',
        );
        if (wrong !== null) throw new FieldError('scenario', wrong);
        try {
          scenario = JSON.parse(await file.text()) as Record<string, unknown>;
        } catch {
          throw new FieldError(
            'scenario',
            `“${file.name}” is not a complete JSON file: it cannot be read as a scenario.`,
          );
        }
      }
      const { run } = await start.mutateAsync({
        ...(scenario && { scenario }),
        inputSetId: Number(inputSetId),
        ...(name.trim() !== '' && { name: name.trim() }),
        mode,
        simulations: wholeNumber('simulations', simulations, 'number of simulations'),
        seed: wholeNumber('seed', seed, 'seed'),
        ...(rateDraws !== '' && { options: { rateDraws } }),
        ...(baseline !== '' && { baselineRun: Number(baseline) }),
      });
      onStarted(run);
      setName('');
      if (scenarioRef.current) scenarioRef.current.value = '';
    } catch (failure) {
      setErrors(fieldErrorOf(failure, fields));
    }
  }

  if (inputSets.length === 0) return null;
  return (
    <Card title="Start a forecast run" wide>
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          label="Inputs"
          value={inputSetId}
          error={errors.fields?.inputSetId}
          onChange={(e) => setInputSetId(e.target.value)}
          options={inputSets.map((set) => [String(set.id), set.name] as const)}
        />
        <TextField
          label="Name (optional)"
          value={name}
          maxLength={200}
          error={errors.fields?.name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label="Simulations"
          hint="1,000 gives stable medians and intervals; up to 20,000."
          inputMode="numeric"
          value={simulations}
          error={errors.fields?.simulations}
          onChange={(e) => setSimulations(e.target.value)}
        />
        <TextField
          label="Seed"
          hint="The same seed and inputs give the same results."
          inputMode="numeric"
          value={seed}
          error={errors.fields?.seed}
          onChange={(e) => setSeed(e.target.value)}
        />
        <SelectField
          label="Model"
          hint="The recommended model is witan.send with its known errors corrected; choose witan.send as published to compare with it."
          value={mode}
          error={errors.fields?.mode}
          onChange={(e) => setMode(e.target.value as 'default' | 'witan')}
          options={[
            ['default', 'Recommended'],
            ['witan', 'witan.send, as published'],
          ]}
        />
        <SelectField
          label="Rate uncertainty"
          value={rateDraws}
          error={errors.fields?.options}
          onChange={(e) => setRateDraws(e.target.value as typeof rateDraws)}
          options={[
            ['', 'As the model has it'],
            ['per-cohort-year', 'Drawn for every cohort and year'],
            ['per-simulation', 'Drawn once per simulation (wider intervals)'],
          ]}
        />
        <TextField
          label="Scenario (optional)"
          hint="A scenario file: changed rates, a new school, capped places. Choose its baseline run below to compare them."
          type="file"
          accept=".json,application/json"
          inputRef={scenarioRef}
          error={errors.fields?.scenario}
        />
        <SelectField
          label="Compare with (baseline run)"
          value={baseline}
          error={errors.fields?.baselineRun}
          onChange={(e) => setBaseline(e.target.value)}
          options={[
            ['', 'No baseline'],
            ...completed.map((run) => [String(run.number), `${run.number}. ${run.name}`] as const),
          ]}
        />
        <Button type="submit" disabled={start.isPending}>
          {start.isPending ? 'Starting…' : 'Start the run'}
        </Button>
      </form>
    </Card>
  );
}
