// The reform plan front page (`#/314/reform-plan`): the council's local SEND reform plans and, for the
// roles that may, a form to start one from stored forecast inputs.
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { financialYearOfCensus } from '../forecasts/forecastLabels.ts';
import { inputSetsQuery } from '../forecasts/queries.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { plansQuery, useCreatePlan } from './queries.ts';

export function ReformPlansPage() {
  const council = useCouncil();
  const plans = useQuery(plansQuery(council.code));
  const canEdit = council.can('forecasts.run');
  return (
    <>
      <h1>Reform plan</h1>
      <p className={text.lead}>
        The local SEND reform plan built from the forecast: each mitigation’s effect on EHCPs, placements and
        cost, the bridge from unmitigated cost to the deficit, and what-ifs on top of the plan.
      </p>
      {!canEdit && (
        <ReadOnly reading="the reform plans" changing="changing one needs the finance or SEND service role" />
      )}
      <QueryState
        query={plans}
        loading="Loading the reform plans…"
        failed="The reform plans could not be loaded"
      >
        {(list) =>
          list.length === 0 ? (
            <Notice tone="inset">{`There is no reform plan yet.${canEdit ? ' Start one below.' : ''}`}</Notice>
          ) : (
            <TableScroll label="Reform plans">
              <table data-testid="reform-plans">
                <caption className="visually-hidden">Reform plans</caption>
                <thead>
                  <tr>
                    <th scope="col">Plan</th>
                    <th scope="col">Plan period</th>
                    <th scope="col">Forecast inputs</th>
                    <th scope="col" className={table.number}>
                      Simulations
                    </th>
                    <th scope="col">Plan version</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((plan) => (
                    <tr key={plan.id}>
                      <th scope="row">
                        <Link
                          to="/$council/reform-plan/$plan"
                          params={{ council: council.code, plan: String(plan.id) }}
                        >
                          {plan.name}
                        </Link>
                      </th>
                      <td>{`${plan.period.from} to ${plan.period.until}`}</td>
                      <td>{plan.inputSet.name}</td>
                      <td className={table.number}>{formatCount(plan.simulations)}</td>
                      <td>{plan.planVersion ?? 'None chosen'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </QueryState>
      {canEdit && <NewPlanForm />}
    </>
  );
}

const fields = ['name', 'inputSetId', 'periodFrom', 'periodUntil', 'planVersion', 'simulations'];

/** A whole number typed in the box, or a FieldError at the field. */
function wholeNumber(typed: string): number {
  const plain = typed.trim().replace(/,/g, '');
  if (!/^\d+$/.test(plain))
    throw new FieldError(
      'simulations',
      'Enter the number of simulations as a whole number, for example 200.',
    );
  return Number(plain);
}

function NewPlanForm() {
  const { code } = useCouncil();
  const navigate = useNavigate();
  const inputs = useQuery(inputSetsQuery(code));
  const versions = useQuery(versionsQuery(code));
  const create = useCreatePlan(code);
  const [name, setName] = useState('');
  const [inputSetId, setInputSetId] = useState('');
  const [version, setVersion] = useState('');
  const [simulations, setSimulations] = useState('200');
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodUntil, setPeriodUntil] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const sets = inputs.data ?? [];
  const chosenSet = sets.find((s) => String(s.id) === inputSetId) ?? sets[0];
  const years = (chosenSet?.summary.projectionYears ?? []).map(financialYearOfCensus);
  if (inputs.isSuccess && sets.length === 0)
    return (
      <Notice tone="inset">
        A plan starts from forecast inputs: upload them on the Forecasts page first.
      </Notice>
    );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      const plan = await create.mutateAsync({
        name,
        inputSetId: chosenSet?.id ?? 0,
        periodFrom: periodFrom || (years[0] ?? ''),
        periodUntil: periodUntil || (years.at(-1) ?? ''),
        planVersion: version === '' ? null : version,
        simulations: wholeNumber(simulations),
      });
      await navigate({
        to: '/$council/reform-plan/$plan',
        params: { council: code, plan: String(plan.id) },
        state: { notice: `“${plan.name}” is started: add its mitigations.` },
      });
    } catch (failure) {
      setErrors(fieldErrorOf(failure, fields));
    }
  }

  const yearOptions = years.map((y) => [y, y] as const);
  return (
    <Card title="Start a reform plan" wide>
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Name"
          value={name}
          maxLength={120}
          error={errors.fields?.name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label="Forecast inputs"
          value={chosenSet ? String(chosenSet.id) : ''}
          error={errors.fields?.inputSetId}
          onChange={(e) => setInputSetId(e.target.value)}
          options={sets.map((s) => [String(s.id), s.name] as const)}
        />
        <FieldRow>
          <SelectField
            label="First year"
            value={periodFrom || (years[0] ?? '')}
            error={errors.fields?.periodFrom}
            onChange={(e) => setPeriodFrom(e.target.value)}
            options={yearOptions}
          />
          <SelectField
            label="Last year"
            value={periodUntil || (years.at(-1) ?? '')}
            error={errors.fields?.periodUntil}
            onChange={(e) => setPeriodUntil(e.target.value)}
            options={yearOptions}
          />
        </FieldRow>
        <TextField
          label="Simulations"
          hint="Each forecast of the plan runs this many; 200 reads well, 1,000 is steadier."
          inputMode="numeric"
          value={simulations}
          error={errors.fields?.simulations}
          onChange={(e) => setSimulations(e.target.value)}
        />
        <SelectField
          label="Plan version for funding and the push"
          hint="The bridge takes each year’s funding from it; pushing writes the plan’s lines into it (a draft)."
          value={version}
          error={errors.fields?.planVersion}
          onChange={(e) => setVersion(e.target.value)}
          options={[['', 'None yet'], ...(versions.data ?? []).map((v) => [v.name, v.name] as const)]}
        />
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Starting…' : 'Start the plan'}
        </Button>
      </form>
    </Card>
  );
}
