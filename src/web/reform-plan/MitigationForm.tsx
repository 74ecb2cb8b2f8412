// Adds a mitigation to the plan, or changes one: its workstream, owner, start year and phase-in, and what
// it does, as one of the forecast's scenario change kinds or as money per year. A mitigation with several
// changes (the demo's) keeps the others as they are while its first is edited here.
import { useState, type FormEvent } from 'react';
import type { ScenarioChange } from '../../core/forecast/scenario';
import {
  financialYearRange,
  nextFinancialYear,
  previousFinancialYear,
  startYearOf,
} from '../../core/periods/financialYear';
import { useCouncil } from '../app/council.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { poundsForInput } from '../ui/format.ts';
import { changeKinds, kindOf, type ChangeKind } from './mitigationWords.ts';
import { useSaveMitigation, type Mitigation, type Plan } from './queries.ts';

interface Props {
  plan: Plan;
  settings: readonly string[];
  /** The mitigation to change; none adds one. */
  editing?: Mitigation;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

const fields = ['name', 'workstream', 'owner', 'startYear', 'phaseIn', 'changes', 'amounts', 'id'];

/** A number typed as people type it ("−15", "1,200"), or a FieldError naming the field. */
function typedNumber(field: string, typed: string, what: string): number {
  const plain = typed.trim().replace(/,/g, '').replace('−', '-').replace(/%$/, '');
  if (plain === '' || !Number.isFinite(Number(plain)))
    throw new FieldError(field, `Enter ${what} as a number, for example 15.`);
  return Number(plain);
}

export function MitigationForm({ plan, settings, editing, onDone, onCancel }: Props) {
  const { code } = useCouncil();
  const save = useSaveMitigation(code, plan.id);
  const first = editing?.changes?.[0] as ScenarioChange | undefined;
  const years = financialYearRange(previousFinancialYear(plan.period.from), plan.period.until);
  const [name, setName] = useState(editing?.name ?? '');
  const [workstream, setWorkstream] = useState(editing?.workstream ?? '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [startYear, setStartYear] = useState(editing?.startYear ?? plan.period.from);
  const [phaseIn, setPhaseIn] = useState(
    editing ? editing.phaseIn.map((s) => String(Math.round(s * 100))).join(', ') : '25, 60, 100',
  );
  const [kind, setKind] = useState<ChangeKind>(editing ? kindOf(editing) : 'joiners');
  const factorOf = (c?: ScenarioChange) =>
    c && 'factor' in c ? String(Math.round((c.factor - 1) * 1000) / 10) : '-10';
  const [percent, setPercent] = useState(factorOf(first));
  const [from, setFrom] = useState(first?.type === 'redirect' ? first.from : (settings[0] ?? ''));
  const [to, setTo] = useState(first?.type === 'redirect' ? first.to : (settings[1] ?? settings[0] ?? ''));
  const [what, setWhat] = useState<'joiners' | 'movers' | 'placements'>(
    first?.type === 'redirect' ? first.what : 'joiners',
  );
  const [share, setShare] = useState(
    first?.type === 'redirect' ? String(Math.round(first.share * 100)) : '10',
  );
  const [capSetting, setCapSetting] = useState(first?.type === 'cap' ? first.setting : (settings[0] ?? ''));
  const [places, setPlaces] = useState(first?.type === 'cap' ? String(first.places) : '100');
  const [amounts, setAmounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      financialYearRange(plan.period.from, plan.period.until).map((y) => [
        y,
        editing?.amounts?.[y] !== undefined ? poundsForInput(editing.amounts[y]) : '',
      ]),
    ),
  );
  const [errors, setErrors] = useState<FieldErrors>({});

  function change(): ScenarioChange {
    if (kind === 'joiners')
      return {
        type: 'multiply-joiners',
        factor: 1 + typedNumber('changes', percent, 'the change in per cent') / 100,
      };
    if (kind === 'leavers')
      return {
        type: 'multiply-rate',
        transition: 'leavers',
        factor: 1 + typedNumber('changes', percent, 'the change in per cent') / 100,
      };
    if (kind === 'redirect')
      return {
        type: 'redirect',
        what,
        from,
        to,
        share: typedNumber('changes', share, 'the share in per cent') / 100,
        fromYear: startYearOf(startYear) + 1, // the phase-in sets the years when the plan runs
      };
    return {
      type: 'cap',
      setting: capSetting,
      places: typedNumber('changes', places, 'the places'),
      excess: 'report',
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      const phases = phaseIn
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((p) => typedNumber('phaseIn', p, 'each phase') / 100);
      const what =
        kind === 'money'
          ? {
              amounts: Object.fromEntries(
                Object.entries(amounts)
                  .filter(([, typed]) => typed.trim() !== '')
                  .map(([year, typed]) => [year, typedNumber('amounts', typed, `the saving in ${year}`)]),
              ),
            }
          : { changes: [change(), ...(editing?.changes?.slice(1) ?? [])] };
      const saved = { name, workstream, owner, startYear, phaseIn: phases, ...what };
      await save.mutateAsync({
        ...(editing ? { key: editing.id } : {}),
        mitigation: { ...saved, ...(editing?.illustrative ? { illustrative: true } : {}) },
      });
      onDone(editing ? `“${name}” is changed.` : `“${name}” is added at the end of the plan.`);
    } catch (failure) {
      setErrors(fieldErrorOf(failure, fields));
    }
  }

  const settingOptions = settings.map((s) => [s, s] as const);
  return (
    <Card title={editing ? `Change “${editing.name}”` : 'Add a mitigation'} wide>
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Name"
          value={name}
          maxLength={120}
          error={errors.fields?.name ?? errors.fields?.id}
          onChange={(e) => setName(e.target.value)}
        />
        <FieldRow>
          <TextField
            label="Workstream"
            value={workstream}
            maxLength={120}
            error={errors.fields?.workstream}
            onChange={(e) => setWorkstream(e.target.value)}
          />
          <TextField
            label="Owner"
            value={owner}
            maxLength={120}
            error={errors.fields?.owner}
            onChange={(e) => setOwner(e.target.value)}
          />
        </FieldRow>
        <FieldRow>
          <SelectField
            label="Start year"
            value={startYear}
            error={errors.fields?.startYear}
            onChange={(e) => setStartYear(e.target.value)}
            options={[...years, nextFinancialYear(plan.period.until)].map((y) => [y, y] as const)}
          />
          <TextField
            label="Phase-in (% of the full effect each year)"
            hint="For example 25, 60, 100: later years keep the last."
            value={phaseIn}
            error={errors.fields?.phaseIn}
            onChange={(e) => setPhaseIn(e.target.value)}
          />
        </FieldRow>
        <SelectField
          label="What it does"
          value={kind}
          onChange={(e) => setKind(e.target.value as ChangeKind)}
          options={changeKinds}
        />
        {(kind === 'joiners' || kind === 'leavers') && (
          <TextField
            label="Change at full effect (%)"
            hint="Negative for fewer, e.g. −15."
            value={percent}
            error={errors.fields?.changes}
            onChange={(e) => setPercent(e.target.value)}
          />
        )}
        {kind === 'redirect' && (
          <>
            <SelectField
              label="Who moves"
              value={what}
              onChange={(e) => setWhat(e.target.value as typeof what)}
              options={[
                ['joiners', 'New EHCPs (joiners)'],
                ['movers', 'Movers'],
                ['placements', 'Placements already made'],
              ]}
            />
            <FieldRow>
              <SelectField
                label="From setting"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                options={settingOptions}
              />
              <SelectField
                label="To setting"
                value={to}
                onChange={(e) => setTo(e.target.value)}
                options={settingOptions}
              />
            </FieldRow>
            <TextField
              label="Share moved at full effect (%)"
              value={share}
              error={errors.fields?.changes}
              onChange={(e) => setShare(e.target.value)}
            />
          </>
        )}
        {kind === 'cap' && (
          <FieldRow>
            <SelectField
              label="Setting"
              value={capSetting}
              onChange={(e) => setCapSetting(e.target.value)}
              options={settingOptions}
            />
            <TextField
              label="Places"
              inputMode="numeric"
              value={places}
              error={errors.fields?.changes}
              onChange={(e) => setPlaces(e.target.value)}
            />
          </FieldRow>
        )}
        {kind === 'money' && (
          <FieldRow>
            {Object.entries(amounts).map(([year, typed]) => (
              <TextField
                key={year}
                label={`Saving in ${year} (£)`}
                inputMode="decimal"
                value={typed}
                error={errors.fields?.amounts}
                onChange={(e) => setAmounts({ ...amounts, [year]: e.target.value })}
              />
            ))}
          </FieldRow>
        )}
        <ButtonGroup>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : editing ? 'Save the mitigation' : 'Add the mitigation'}
          </Button>
          {onCancel && (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </ButtonGroup>
      </form>
    </Card>
  );
}
