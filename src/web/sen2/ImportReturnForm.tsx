// Imports a SEN2 return in two steps: choose COLLECT's Blade export (the nine CSV files, or a zip of them)
// and check it (the server reads every record and keeps nothing: every error is listed with module, line
// and pseudonymous id, and a return with errors is refused whole); then confirm, and it is stored with its
// warnings as its data-quality report, audited with counts only.
import { useId, useRef, useState, type FormEvent } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount } from '../../core/money';
import { namesInWords } from '../../core/sen2/namesInWords';
import { ApiError } from '../app/api.ts';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { CheckboxField, TextField } from '../ui/Field.tsx';
import { Facts } from '../ui/Facts.tsx';
import { detectFileKind } from '../ui/fileKind.ts';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { PersonalDataNotice } from './PersonalDataNotice.tsx';
import {
  previewReturn,
  refusedFindings,
  useImportReturn,
  type Sen2Finding,
  type Sen2Imported,
  type Sen2Preview,
  type WithCounts,
} from './queries.ts';
import styles from './sen2.module.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; message: string; findings: Sen2Finding[]; problems: readonly string[] }
  | { kind: 'preview'; preview: Sen2Preview };
type Replaces = WithCounts<NonNullable<Sen2Preview['replaces']>>;

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Why the chosen files cannot be a Blade export, in words, or null when they may be. */
async function wrongFiles(files: readonly File[]): Promise<string | null> {
  for (const file of files) {
    const kind = await detectFileKind(file);
    const allowed = files.length === 1 ? ['csv', 'zip'] : ['csv'];
    if (!allowed.includes(kind))
      return `“${file.name}” is not a CSV file${files.length === 1 ? ' or a zip' : ''}: the SEN2 import takes the nine Blade CSV files COLLECT exports, or one zip of them.`;
  }
  return null;
}

export function ImportReturnForm({ onImported }: { onImported: (imported: Sen2Imported) => void }) {
  const { code } = useCouncil();
  const importReturn = useImportReturn(code);
  const [files, setFiles] = useState<File[]>([]);
  const [replace, setReplace] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<{ field?: 'files'; message: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const busy = checking || importReturn.isPending;
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());
  const named = files.length === 1 ? `“${files[0]?.name ?? ''}”` : `The ${formatCount(files.length)} files`;

  function refuse(error: unknown) {
    if (error instanceof ApiError && error.problems.length > 0) {
      const findings = refusedFindings(error);
      const count = findings.length || error.problems.length;
      setStep({
        kind: 'refused',
        message: `${named} ${files.length === 1 ? 'has' : 'have'} ${plural(count, 'error')}. Nothing was imported: correct the return in your case system, export it again and check it again.`,
        findings,
        problems: error.problems,
      });
    } else setFailure({ message: messageOf(error) });
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (files.length === 0)
      return setFailure({
        field: 'files',
        message: 'Choose the Blade CSV files of the return, or a zip of them.',
      });
    const wrong = await wrongFiles(files);
    if (wrong !== null) return setFailure({ field: 'files', message: wrong });
    setChecking(true);
    try {
      const preview = await previewReturn(code, files);
      setReplace(false);
      setStep({ kind: 'preview', preview });
    } catch (error) {
      refuse(error);
    } finally {
      setChecking(false);
      focusResult();
    }
  }

  async function confirm() {
    if (step.kind !== 'preview' || busy) return;
    setFailure(null);
    try {
      const imported = await importReturn.mutateAsync({ files, replace });
      setStep({ kind: 'choose' });
      setFiles([]);
      onImported(imported);
    } catch (error) {
      refuse(error);
      focusResult();
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a SEN2 return</h2>
      <p>
        Choose the nine <code>Blade-Export_…csv</code> files your case system exports for the DfE&apos;s
        COLLECT, or one zip of them. The return is checked first; nothing is kept until you confirm.
      </p>
      <PersonalDataNotice />
      <form onSubmit={(event) => void check(event)} noValidate>
        <TextField
          label="Blade export (CSV files or a zip)"
          type="file"
          multiple
          accept=".csv,.zip,text/csv,application/zip"
          error={failure?.field === 'files' ? failure.message : null}
          onChange={(event) => {
            setFiles([...(event.target.files ?? [])]);
            setStep({ kind: 'choose' });
          }}
        />
        <Button type="submit" disabled={busy}>
          {checking ? 'Checking…' : 'Check the return'}
        </Button>
      </form>
      <div ref={resultRef} tabIndex={-1} className={styles.result}>
        {failure && failure.field === undefined && <FormError>{failure.message}</FormError>}
        {step.kind === 'refused' && (
          <div role="alert" data-testid="sen2-refused">
            <FormError problems={step.findings.length === 0 ? step.problems : undefined}>
              {step.message}
            </FormError>
            {step.findings.length > 0 && (
              <FindingsTable
                findings={step.findings}
                caption="Every error in the return"
                testId="sen2-errors"
              />
            )}
          </div>
        )}
        {step.kind === 'preview' && (
          <PreviewPanel
            preview={step.preview}
            replace={replace}
            onReplace={setReplace}
            busy={busy}
            onConfirm={() => void confirm()}
          />
        )}
      </div>
    </section>
  );
}

interface PreviewProps {
  preview: Sen2Preview;
  replace: boolean;
  onReplace: (value: boolean) => void;
  busy: boolean;
  onConfirm: () => void;
}

function PreviewPanel({ preview: p, replace, onReplace, busy, onConfirm }: PreviewProps) {
  const c = p.counts;
  const replaces = p.replaces as Replaces | null;
  return (
    <div data-testid="sen2-preview">
      <p role="status">
        The return can be imported: the {p.collectionYear} return (reference date {dateLabel(p.referenceDate)}
        ), {plural(c?.people ?? 0, 'child', 'children and young people')}, {plural(c?.ehcps ?? 0, 'EHCP')}{' '}
        open on the reference date, and {plural(p.warnings.length, 'warning')}.
      </p>
      {c && (
        <Facts
          layout="small"
          items={[
            ['Requests', formatCount(c.requests)],
            ['Assessments', formatCount(c.assessments)],
            ['Plans', formatCount(c.namedPlans)],
            ['Placements', formatCount(c.placements)],
            ['Needs', formatCount(c.needs)],
          ]}
        />
      )}
      {p.unresolvedUrns.length > 0 && (
        <p>
          {plural(p.unresolvedUrns.length, 'URN or UKPRN', 'URNs or UKPRNs')} have no known setting type (
          {p.unresolvedUrns.map((u) => u.key).join(', ')}); add them to the URN lookup after importing.
        </p>
      )}
      {p.warnings.length > 0 && (
        <FindingsTable
          findings={p.warnings}
          caption="Warnings: imported, and kept as the return's data-quality report"
          testId="sen2-warnings"
        />
      )}
      {replaces && (
        <CheckboxField
          label={`Replace the ${String(replaces.collectionYear)} return already held (${plural(replaces.counts.people, 'child', 'children')}, imported ${dateLabel(replaces.createdAt.slice(0, 10))})`}
          checked={replace}
          onChange={(event) => onReplace(event.target.checked)}
        />
      )}
      {replaces && replaces.forecastInputs.length > 0 && (
        <p>
          The forecast inputs {namesInWords(replaces.forecastInputs)} were made from the return held. They
          keep its figures, and then count as made from this one.
        </p>
      )}
      <Button disabled={busy || (p.replaces !== null && !replace)} onClick={onConfirm}>
        Import the {p.collectionYear} return
      </Button>
    </div>
  );
}
