// Puts a run's projected mean cost per financial year into a draft plan version as a "New demand"
// pressure line, so the model shows the position before savings. Frozen versions are not offered.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { SelectField } from '../ui/Field.tsx';
import { formatPounds } from '../ui/format.ts';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { usePushToPlan } from './queries.ts';

export function PushToPlanForm({ number }: { number: number }) {
  const { code } = useCouncil();
  const versions = useQuery(versionsQuery(code));
  const push = usePushToPlan(code, number);
  const [version, setVersion] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const drafts = (versions.data ?? []).filter((v) => v.status === 'draft');
  const chosen = version !== '' ? version : (drafts[0]?.name ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setDone(null);
    try {
      const pushed = await push.mutateAsync({ version: chosen });
      setDone(
        `“${pushed.line.label}” is in “${pushed.version}”: ${pushed.amounts.map((a) => `${a.year} ${formatPounds(a.amount)}`).join(', ')}.`,
      );
    } catch (error) {
      setErrors(fieldErrorOf(error, ['version']));
    }
  }

  return (
    <Card title="Put the cost into a plan version" wide>
      <p className={text.hint}>
        Adds a pressure line “New demand (forecast run {number})” with the mean projected cost of each
        financial year the version covers. A January census falls in the financial year it ends: January 2023
        is 2022-23. Only draft versions can change.
      </p>
      {done !== null && <StatusMessage>{done}</StatusMessage>}
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      {versions.isSuccess && drafts.length === 0 ? (
        <p>There is no draft plan version: copy one in the Financial model first.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <SelectField
            label="Draft version"
            value={chosen}
            error={errors.fields?.version}
            onChange={(e) => setVersion(e.target.value)}
            options={drafts.map((v) => [v.name, v.name] as const)}
          />
          <Button type="submit" disabled={push.isPending || chosen === ''}>
            {push.isPending ? 'Adding…' : 'Add the pressure line'}
          </Button>
        </form>
      )}
    </Card>
  );
}
