// Imports a placement register in three steps: choose the file (CSV or XLSX) and its date; check it (the
// server reads every row and saves nothing: every problem is listed with its row, column and value, the
// same list the command line prints); then confirm, and it is saved as the dated snapshot, audited.
// A file of the wrong kind (a PDF, a Word document) is named as such before anything is sent.
import { useId, useRef, useState, type FormEvent } from 'react';
import { formatCount } from '../../core/money';
import { dateLabel } from '../../core/kpi/periodChoices';
import { categoryNames } from '../../core/placements/categoryNames';
import { ApiError, type RowProblem } from '../app/api.ts';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { CheckboxField, TextField } from '../ui/Field.tsx';
import { detectFileKind, wrongKindMessage } from '../ui/fileKind.ts';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import styles from './placements.module.css';
import {
  previewRegister,
  templateUrl,
  useImportRegister,
  type Preview,
  type SnapshotInfo,
} from './queries.ts';

type Step =
  | { kind: 'choose' }
  | { kind: 'problems'; message: string; errors: readonly RowProblem[]; problems: readonly string[] }
  | { kind: 'preview'; preview: Preview };

export function ImportRegisterWizard({ onImported }: { onImported: (snapshot: SnapshotInfo) => void }) {
  const { code } = useCouncil();
  const importRegister = useImportRegister(code);
  const [file, setFile] = useState<File | null>(null);
  const [asAt, setAsAt] = useState('');
  const [replace, setReplace] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<{ field?: 'file' | 'asAt'; message: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const busy = checking || importRegister.isPending;
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!file) return setFailure({ field: 'file', message: 'Choose the register file.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt))
      return setFailure({ field: 'asAt', message: 'Enter the date the register is as at.' });
    const wrong = wrongKindMessage(
      file.name,
      await detectFileKind(file),
      ['csv', 'excel'],
      'the register import takes a CSV file or an Excel workbook (.xlsx) in the template’s columns',
    );
    if (wrong !== null) return setFailure({ field: 'file', message: wrong });
    setChecking(true);
    try {
      const preview = await previewRegister(code, file, asAt);
      setReplace(false);
      setStep({ kind: 'preview', preview });
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0)
        setStep({
          kind: 'problems',
          message: `“${file.name}” has ${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'}. Nothing was imported: correct the file and check it again.`,
          errors: error.rowErrors,
          problems: error.problems,
        });
      else setFailure({ message: messageOf(error) });
    } finally {
      setChecking(false);
      focusResult();
    }
  }

  async function confirm() {
    if (!file || step.kind !== 'preview' || busy) return;
    setFailure(null);
    try {
      const snapshot = await importRegister.mutateAsync({ file, asAt: step.preview.asAt, replace });
      setStep({ kind: 'choose' });
      setFile(null);
      onImported(snapshot);
    } catch (error) {
      setFailure({ message: messageOf(error) });
      focusResult();
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a register</h2>
      <p>
        One row per placement, in the template&apos;s columns (
        <a href={templateUrl(code)}>download the template</a>
        ). The file is checked first; nothing is saved until you confirm.
      </p>
      <form onSubmit={(event) => void check(event)} noValidate>
        <TextField
          label="Register file (CSV or Excel)"
          type="file"
          accept=".csv,.xlsx,text/csv"
          error={failure?.field === 'file' ? failure.message : null}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setStep({ kind: 'choose' });
          }}
        />
        <TextField
          label="As at"
          type="date"
          value={asAt}
          error={failure?.field === 'asAt' ? failure.message : null}
          onChange={(event) => setAsAt(event.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {checking ? 'Checking…' : 'Check the file'}
        </Button>
      </form>
      <div ref={resultRef} tabIndex={-1} className={styles.result}>
        {failure && failure.field === undefined && <FormError>{failure.message}</FormError>}
        {step.kind === 'problems' && <Problems step={step} />}
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

function Problems({ step }: { step: Extract<Step, { kind: 'problems' }> }) {
  if (step.errors.length === 0) return <FormError problems={step.problems}>{step.message}</FormError>;
  return (
    <div role="alert">
      <FormError>{step.message}</FormError>
      <TableScroll label="Every problem in the file">
        <table data-testid="problems-table">
          <caption className="visually-hidden">Every problem in the file</caption>
          <thead>
            <tr>
              <th scope="col" className={table.number}>
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {step.errors.map((e, i) => (
              <tr key={i}>
                <td className={table.number}>{e.row}</td>
                <td>{e.column}</td>
                <td>{e.value}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** A DfE placement category in words ("Resourced provision or SEN unit"), never its code. */
function categoryName(id: string): string {
  const name = (categoryNames as Record<string, string>)[id] ?? id;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

interface PreviewProps {
  preview: Preview;
  replace: boolean;
  onReplace: (value: boolean) => void;
  busy: boolean;
  onConfirm: () => void;
}

function PreviewPanel({ preview: p, replace, onReplace, busy, onConfirm }: PreviewProps) {
  return (
    <div>
      <p role="status">
        The file is valid: {formatCount(p.placements)} placements of {formatCount(p.children)} children, as at{' '}
        {dateLabel(p.asAt)}.
      </p>
      <ul className={styles.counts}>
        {Object.entries(p.byCategory)
          .filter(([, count]) => count > 0)
          .map(([category, count]) => (
            <li key={category}>
              {category.charAt(0).toUpperCase() + category.slice(1)}: {formatCount(count)}
            </li>
          ))}
      </ul>
      {p.changes && (
        <p>
          Against the register as at {dateLabel(p.changes.from)}: {p.changes.added} new, {p.changes.ceased}{' '}
          ceased, {p.changes.costChanges} with a cost change; net full-year effect{' '}
          {formatPounds(p.changes.fullYearEffect.net)}.
        </p>
      )}
      <TableScroll label="The first rows of the file">
        <table data-testid="preview-table">
          <caption>
            The first {p.rows.length} of {formatCount(p.placements)} rows
          </caption>
          <thead>
            <tr>
              <th scope="col">Child id</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Primary need</th>
              <th scope="col">Provider</th>
              <th scope="col">Category</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col" className={table.number}>
                Annual cost
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={`${r.childId}|${r.provider}|${r.startDate}`}>
                <th scope="row">{r.childId}</th>
                <td>{r.dateOfBirth ? dateLabel(r.dateOfBirth) : ''}</td>
                <td>{r.primaryNeed}</td>
                <td>{r.provider}</td>
                <td>{categoryName(r.category)}</td>
                <td className={table.nowrap}>{dateLabel(r.startDate)}</td>
                <td className={table.nowrap}>{r.endDate ? dateLabel(r.endDate) : ''}</td>
                <td className={table.number}>{formatPounds(r.annualCost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {p.replaces && (
        <CheckboxField
          label={`Replace the register already imported as at ${dateLabel(p.replaces.asAt)} (${formatCount(p.replaces.placements)} placements)`}
          checked={replace}
          onChange={(event) => onReplace(event.target.checked)}
        />
      )}
      <Button disabled={busy || (p.replaces !== null && !replace)} onClick={onConfirm}>
        Import as the register as at {dateLabel(p.asAt)}
      </Button>
    </div>
  );
}
