// Pushes the plan's latest run into its draft plan version (finance rights), with the one push the
// forecast uses: pick the spending lines the unmitigated demand stands for, preview, confirm. Pushing
// again rewrites the same lines (the demand and one saving per mitigation, linked to its workstream).
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isStaleWrite } from '../app/api.ts';
import { useCouncil } from '../app/council.tsx';
import { versionQuery } from '../financial-model/queries.ts';
import { PushPreviewTable } from '../forecasts/PushToPlanForm.tsx';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { CheckboxGroup } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { usePush, usePushPreview, type Plan, type PushPreview } from './queries.ts';

export function PlanPushForm({ plan }: { plan: Plan }) {
  const { code } = useCouncil();
  const versionName = plan.planVersion ?? '';
  const version = useQuery({ ...versionQuery(code, versionName), enabled: versionName !== '' });
  const [replace, setReplace] = useState<string[]>([]);
  const [preview, setPreview] = useState<PushPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const previewing = usePushPreview(code, plan.id);
  const push = usePush(code, plan.id);
  const pushedBefore = (version.data?.plan.lines ?? []).some((l) => l.id === 'reform-unmitigated-demand');
  const spendLines = (version.data?.plan.lines ?? []).filter(
    (l) =>
      (l.kind === 'expenditure' || l.kind === 'pressure') && !l.memo && l.id !== 'reform-unmitigated-demand',
  );
  const busy = previewing.isPending || push.isPending;

  async function showPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setDone(null);
    try {
      setPreview(await previewing.mutateAsync({ replace }));
    } catch (error) {
      setPreview(null);
      setErrors(fieldErrorOf(error, ['replace', 'planVersion']));
    }
  }

  async function confirm(shown: PushPreview) {
    setErrors({});
    try {
      const pushed = await push.mutateAsync({ replace, token: shown.token });
      setPreview(null);
      setReplace([]);
      setDone(`The plan’s ${pushed.lines.length} lines are in “${pushed.version}”.`);
    } catch (error) {
      if (isStaleWrite(error)) setPreview(error.conflict.current as PushPreview);
      setErrors(fieldErrorOf(error, ['replace', 'planVersion']));
    }
  }

  return (
    <Card title={`Push the plan into “${versionName}”`} wide>
      <p className={text.hint}>
        The unmitigated demand goes in as a pressure line in place of the spending lines it stands for, and
        each mitigation as a saving line in its workstream, so the version’s spend after savings is the plan’s
        mitigated cost. Pushing again updates the same lines.
        {pushedBefore ? ' The plan has been pushed into this version before: its lines are updated.' : ''}
      </p>
      {done !== null && <StatusMessage>{done}</StatusMessage>}
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void showPreview(event)}>
        <CheckboxGroup
          legend="Lines the unmitigated demand stands for"
          error={errors.fields?.replace}
          values={replace}
          choices={spendLines.map((l) => [l.id, l.label] as const)}
          onChange={(ticked) => {
            setReplace(ticked);
            setPreview(null);
          }}
        />
        <Button type="submit" disabled={busy}>
          {previewing.isPending ? 'Working it out…' : 'Preview the push'}
        </Button>
      </form>
      {preview && <PushPreviewTable preview={preview} />}
      {preview && (
        <Button disabled={busy} onClick={() => void confirm(preview)}>
          {push.isPending ? 'Saving…' : 'Confirm: push the plan'}
        </Button>
      )}
    </Card>
  );
}
