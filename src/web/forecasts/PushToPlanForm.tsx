// Puts a run's projected mean cost per financial year into a draft plan version in place of the spend
// lines it stands for: pick the lines, see the preview (spend, in-year and cumulative deficit before and
// after), confirm. Frozen versions and versions a signed return holds are not offered.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isStaleWrite } from '../app/api.ts';
import { useCouncil } from '../app/council.tsx';
import { versionQuery, versionsQuery } from '../financial-model/queries.ts';
import { isHeld } from '../financial-model/versionHolds.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { CheckboxGroup, SelectField } from '../ui/Field.tsx';
import { formatPounds, formatPoundsChange } from '../ui/format.ts';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { usePushPreview, usePushToPlan, type PushPreview } from './queries.ts';

export function PushToPlanForm({ number }: { number: number }) {
  const { code } = useCouncil();
  const versions = useQuery(versionsQuery(code));
  const [version, setVersion] = useState('');
  const [replace, setReplace] = useState<string[]>([]);
  const [preview, setPreview] = useState<PushPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const previewing = usePushPreview(code, number);
  const push = usePushToPlan(code, number);
  const drafts = (versions.data ?? []).filter((v) => v.status === 'draft' && !isHeld(v));
  const chosen = version !== '' ? version : (drafts[0]?.name ?? '');
  const lines = useQuery({ ...versionQuery(code, chosen), enabled: chosen !== '' });
  const spendLines = (lines.data?.plan.lines ?? []).filter(
    (l) => (l.kind === 'expenditure' || l.kind === 'pressure') && !l.memo,
  );
  const busy = previewing.isPending || push.isPending;

  async function showPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setDone(null);
    try {
      setPreview(await previewing.mutateAsync({ version: chosen, replace }));
    } catch (error) {
      setPreview(null);
      setErrors(fieldErrorOf(error, ['version', 'replace']));
    }
  }

  async function confirm(shown: PushPreview) {
    setErrors({});
    try {
      const pushed = await push.mutateAsync({ version: chosen, replace, token: shown.token });
      setPreview(null);
      setReplace([]);
      const replaced = pushed.replaces.map((r) => `“${r.label}”`).join(', ');
      setDone(
        `“${pushed.lines.map((l) => l.label).join('”, “')}” is in “${pushed.version}”${replaced === '' ? '' : ` in place of ${replaced}`}.`,
      );
    } catch (error) {
      // The version changed since the preview: the refusal carries the fresh one to look at again.
      if (isStaleWrite(error)) setPreview(error.conflict.current as PushPreview);
      setErrors(fieldErrorOf(error, ['version', 'replace']));
    }
  }

  const forget = () => {
    setPreview(null);
    setDone(null);
  };

  return (
    <Card title="Put the cost into a plan version" wide>
      <p className={text.hint}>
        The run’s mean projected cost takes the place of the spend lines it stands for, in the financial years
        it projects (a January census falls in the financial year it ends: January 2023 is 2022-23). Pushing
        again updates the same line. Only draft versions that no signed return uses can change.
      </p>
      {done !== null && <StatusMessage>{done}</StatusMessage>}
      {errors.form !== undefined && <FormError>{errors.form}</FormError>}
      {versions.isSuccess && drafts.length === 0 ? (
        <p>There is no draft plan version that can change: copy one in the Financial model first.</p>
      ) : (
        <form onSubmit={(event) => void showPreview(event)}>
          <SelectField
            label="Draft version"
            value={chosen}
            error={errors.fields?.version}
            onChange={(e) => {
              setVersion(e.target.value);
              setReplace([]);
              forget();
            }}
            options={drafts.map((v) => [v.name, v.name] as const)}
          />
          <CheckboxGroup
            legend="Lines the forecast stands for"
            error={errors.fields?.replace}
            values={replace}
            choices={spendLines.map((l) => [l.id, l.label] as const)}
            onChange={(ticked) => {
              setReplace(ticked);
              forget();
            }}
          />
          <Button type="submit" disabled={busy || chosen === ''}>
            {previewing.isPending ? 'Working it out…' : 'Preview'}
          </Button>
        </form>
      )}
      {preview && <PushPreviewTable preview={preview} />}
      {preview && (
        <Button disabled={busy} onClick={() => void confirm(preview)}>
          {push.isPending ? 'Saving…' : 'Confirm: put the cost into the version'}
        </Button>
      )}
    </Card>
  );
}

/** Per year of the version: spend before savings before and after, and the deficits the push leads to. */
export function PushPreviewTable({ preview }: { preview: PushPreview }) {
  const caption = `“${preview.version}” with ${preview.source.description}: before and after, in pounds`;
  return (
    <TableScroll label={caption}>
      <table data-testid="push-preview">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className={table.number}>
              Spend before
            </th>
            <th scope="col" className={table.number}>
              Spend after
            </th>
            <th scope="col" className={table.number}>
              Difference
            </th>
            <th scope="col" className={table.number}>
              In-year deficit after
            </th>
            <th scope="col" className={table.number}>
              Cumulative deficit before
            </th>
            <th scope="col" className={table.number}>
              Cumulative deficit after
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className={table.number}>{formatPounds(y.spendBeforeSavings.before)}</td>
              <td className={table.number}>{formatPounds(y.spendBeforeSavings.after)}</td>
              <td className={table.number}>{formatPoundsChange(y.spendBeforeSavings.difference)}</td>
              <td className={table.number}>{formatPounds(y.inYearDsgDeficit.after)}</td>
              <td className={table.number}>{formatPounds(y.cumulativeDeficitAfterDfe.before)}</td>
              <td className={table.number}>{formatPounds(y.cumulativeDeficitAfterDfe.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
