// Imports a placement register in three steps: choose the file (CSV or XLSX) and its date; check it (the
// server reads every row and saves nothing: every problem is listed with its row, column and value, the
// same list the command line prints); then confirm, and it is saved as the dated snapshot, audited.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api.ts';
import { formatPounds, messageOf } from '../ui/format.ts';
import {
  importRegister,
  previewRegister,
  templateUrl,
  type Preview,
  type RowError,
  type SnapshotInfo,
} from './placementsApi.ts';

interface Props {
  code: string;
  onImported: (snapshot: SnapshotInfo) => void;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'problems'; message: string; errors: readonly RowError[]; problems: readonly string[] }
  | { kind: 'preview'; preview: Preview };

export function ImportRegisterWizard({ code, onImported }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [asAt, setAsAt] = useState('');
  const [replace, setReplace] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(asAt)) {
      setFailure('Choose the register file and the date it is as at.');
      focusResult();
      return;
    }
    setBusy(true);
    try {
      const preview = await previewRegister(code, file, asAt);
      setReplace(false);
      setStep({ kind: 'preview', preview });
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0)
        setStep({
          kind: 'problems',
          message: `${file.name} has ${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'}. Nothing was imported: correct the file and check it again.`,
          errors: error.rowErrors,
          problems: error.problems,
        });
      else setFailure(messageOf(error));
    } finally {
      setBusy(false);
      focusResult();
    }
  }

  async function confirm() {
    if (!file || step.kind !== 'preview' || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const snapshot = await importRegister(code, file, step.preview.asAt, replace);
      setStep({ kind: 'choose' });
      setFile(null);
      onImported(snapshot);
    } catch (error) {
      setFailure(messageOf(error));
      focusResult();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a register</h2>
      <p>
        One row per placement, in the template&apos;s columns (
        <a href={templateUrl(code)}>download the template</a>). The file is checked first; nothing is saved
        until you confirm.
      </p>
      <form className="stack" onSubmit={(event) => void check(event)}>
        <label>
          Register file (CSV or Excel)
          <input
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setStep({ kind: 'choose' });
            }}
          />
        </label>
        <label>
          As at
          <input type="date" value={asAt} onChange={(event) => setAsAt(event.target.value)} />
        </label>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            Check the file
          </button>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} className="wizard-result">
        {failure && (
          <p className="error-summary" role="alert">
            {failure}
          </p>
        )}
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
  return (
    <div className="error-summary" role="alert">
      <p>{step.message}</p>
      {step.errors.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table problems-table">
            <caption className="visually-hidden">Every problem in the file</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
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
                  <td className="number">{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.value}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul>
          {step.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
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
    <div className="preview">
      <p role="status">
        The file is valid: {p.placements} placements of {p.children} children, as at {p.asAt}.
      </p>
      <ul className="preview-counts">
        {Object.entries(p.byCategory)
          .filter(([, count]) => count > 0)
          .map(([category, count]) => (
            <li key={category}>
              {category}: {count}
            </li>
          ))}
      </ul>
      {p.changes && (
        <p>
          Against the register as at {p.changes.from}: {p.changes.added} new, {p.changes.ceased} ceased,{' '}
          {p.changes.costChanges} with a cost change; net full-year effect{' '}
          {formatPounds(p.changes.fullYearEffect.net)}.
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            The first {p.rows.length} of {p.placements} rows
          </caption>
          <thead>
            <tr>
              <th scope="col">Child id</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Need</th>
              <th scope="col">Provider</th>
              <th scope="col">Category</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col" className="number">
                Annual cost
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={`${r.childId}|${r.provider}|${r.startDate}`}>
                <th scope="row">{r.childId}</th>
                <td>{r.dateOfBirth ?? ''}</td>
                <td>{r.primaryNeed}</td>
                <td>{r.provider}</td>
                <td>{r.category}</td>
                <td>{r.startDate}</td>
                <td>{r.endDate ?? ''}</td>
                <td className="number">{formatPounds(r.annualCost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.replaces && (
        <label className="checkbox">
          <input type="checkbox" checked={replace} onChange={(event) => onReplace(event.target.checked)} />
          Replace the register already imported as at {p.replaces.asAt} ({p.replaces.placements} placements)
        </label>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || (p.replaces !== null && !replace)}
          onClick={onConfirm}
        >
          Import as the register as at {p.asAt}
        </button>
      </div>
    </div>
  );
}
