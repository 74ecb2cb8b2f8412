// Imports a plan version from a JSON file (docs/formats/financial-model.md), a model grid workbook, or a
// DfE 2019 recovery plan workbook. All or nothing: when the server refuses the file it lists every
// problem, and nothing was saved.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api.ts';
import { messageOf } from '../ui/format.ts';
import { importRecoveryPlanWorkbook, importVersion, importVersionWorkbook } from './modelApi.ts';

type FileKind = 'json' | 'grid' | 'recoveryPlan';

interface Props {
  code: string;
  onImported: (name: string) => void;
}

interface Failure {
  message: string;
  problems: readonly string[];
}

export function ImportPlanForm({ code, onImported }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [kind, setKind] = useState<FileKind>('json');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();

  function fail(next: Failure) {
    setFailure(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      fail({ message: 'Choose a file to import.', problems: [] });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      let imported;
      if (kind === 'json') {
        let plan: unknown;
        try {
          plan = JSON.parse(await file.text());
        } catch (error) {
          fail({
            message: `${file.name} is not a JSON file: ${messageOf(error)}. Nothing was saved.`,
            problems: [],
          });
          return;
        }
        imported = await importVersion(code, plan, replace);
      } else {
        imported =
          kind === 'grid'
            ? await importVersionWorkbook(code, file, replace)
            : await importRecoveryPlanWorkbook(code, file, replace);
      }
      setFile(null);
      setReplace(false);
      if (fileRef.current) fileRef.current.value = '';
      onImported(imported.name);
    } catch (error) {
      const problems = error instanceof ApiError ? error.problems : [];
      fail({
        message:
          problems.length > 0
            ? `${file.name} was not imported: it has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}. Nothing was saved.`
            : `${file.name} was not imported: ${messageOf(error)}`,
        problems,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card card-wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a plan version</h2>
      <p className="hint">
        A plan version as JSON (the highneeds format, amounts in pounds), a model grid workbook downloaded
        with “Download Excel” and edited, or a DfE 2019 deficit recovery plan workbook.
      </p>
      {failure && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{failure.message}</p>
          {failure.problems.length > 0 && (
            <ul className="problems">
              {failure.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="field">
          <legend>What is the file?</legend>
          {(
            [
              ['json', 'Plan version (.json)'],
              ['grid', 'Model grid workbook (.xlsx)'],
              ['recoveryPlan', 'DfE 2019 deficit recovery plan (.xlsx)'],
            ] as const
          ).map(([value, label]) => (
            <div className="radio" key={value}>
              <input
                id={`${id}-kind-${value}`}
                type="radio"
                name={`${id}-kind`}
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <label htmlFor={`${id}-kind-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-file`}>File</label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept={kind === 'json' ? '.json,application/json' : '.xlsx'}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="checkbox">
          <input
            id={`${id}-replace`}
            type="checkbox"
            checked={replace}
            onChange={(event) => setReplace(event.target.checked)}
          />
          <label htmlFor={`${id}-replace`}>
            Replace a draft that has the same name (frozen versions are never replaced)
          </label>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
    </section>
  );
}
