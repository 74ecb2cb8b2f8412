// Changes a plan's simulations and the plan version its bridge and push use (the roles that may).
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { useUpdatePlan, type Plan } from './queries.ts';

export function PlanSettingsForm({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const { code } = useCouncil();
  const versions = useQuery(versionsQuery(code));
  const update = useUpdatePlan(code, plan.id);
  const [simulations, setSimulations] = useState(String(plan.simulations));
  const [version, setVersion] = useState(plan.planVersion ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      const plain = simulations.trim().replace(/,/g, '');
      if (!/^\d+$/.test(plain))
        throw new FieldError(
          'simulations',
          'Enter the number of simulations as a whole number, for example 200.',
        );
      await update.mutateAsync({ simulations: Number(plain), planVersion: version === '' ? null : version });
      onDone('The plan’s settings are saved: run it again to see their effect.');
    } catch (failure) {
      setErrors(fieldErrorOf(failure, ['simulations', 'planVersion']));
    }
  }

  return (
    <Card title="Plan settings" wide>
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FieldRow>
          <TextField
            label="Simulations per forecast"
            inputMode="numeric"
            value={simulations}
            error={errors.fields?.simulations}
            onChange={(e) => setSimulations(e.target.value)}
          />
          <SelectField
            label="Plan version"
            value={version}
            error={errors.fields?.planVersion}
            onChange={(e) => setVersion(e.target.value)}
            options={[['', 'None'], ...(versions.data ?? []).map((v) => [v.name, v.name] as const)]}
          />
        </FieldRow>
        <Button type="submit" variant="secondary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the settings'}
        </Button>
      </form>
    </Card>
  );
}
