// Imports a plan version from a JSON file (docs/formats/financial-model.md), a model grid workbook, or a
// DfE 2019 recovery plan workbook. The file's kind is checked before sending; the server then checks it
// all or nothing: when it refuses the file it lists every problem, and nothing was saved.
import { useRef, useState, type FormEvent } from 'react';
import { useCouncil } from '../app/council.tsx';
import { ApiError } from '../app/api.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { CheckboxField, RadioGroup, TextField } from '../ui/Field.tsx';
import { detectFileKind, wrongKindMessage } from '../ui/fileKind.ts';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import text from '../ui/text.module.css';
import { useImportVersion, type PlanFileKind } from './queries.ts';

interface Failure {
  message: string;
  problems: readonly string[];
}

const kinds = [
  ['json', 'Plan version (.json)'],
  ['grid', 'Model grid workbook (.xlsx)'],
  ['recoveryPlan', 'DfE 2019 deficit recovery plan (.xlsx)'],
] as const;

export function ImportPlanForm({ onImported }: { onImported: (name: string) => void }) {
  const { code } = useCouncil();
  const importVersion = useImportVersion(code);
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [kind, setKind] = useState<PlanFileKind>('json');
  const [failure, setFailure] = useState<Failure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const busy = importVersion.isPending;

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
    setFailure(null);
    const wrong =
      kind === 'json'
        ? wrongKindMessage(
            file.name,
            await detectFileKind(file),
            ['json'],
            'a plan version file is JSON: for a workbook choose “Model grid workbook” or “DfE 2019 deficit recovery plan”',
          )
        : wrongKindMessage(
            file.name,
            await detectFileKind(file),
            ['excel'],
            'this import takes an Excel workbook (.xlsx): for a JSON file choose “Plan version (.json)”',
          );
    if (wrong !== null) {
      fail({ message: wrong, problems: [] });
      return;
    }
    let content: unknown = null;
    if (kind === 'json') {
      try {
        content = JSON.parse(await file.text());
      } catch {
        fail({
          message: `“${file.name}” is not a complete JSON file: it cannot be read as a plan version (see docs/formats/financial-model.md). Nothing was saved.`,
          problems: [],
        });
        return;
      }
    }
    try {
      const imported = await importVersion.mutateAsync({ kind, content, file, replace });
      setFile(null);
      setReplace(false);
      if (fileRef.current) fileRef.current.value = '';
      onImported(imported.name);
    } catch (error) {
      const problems = error instanceof ApiError ? error.problems : [];
      fail({
        message:
          problems.length > 0
            ? `“${file.name}” was not imported: it has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}. Nothing was saved.`
            : `“${file.name}” was not imported: ${messageOf(error)}`,
        problems,
      });
    }
  }

  return (
    <Card title="Import a plan version" wide>
      <p className={text.hint}>
        A plan version as JSON (the highneeds format, amounts in pounds), a model grid workbook downloaded
        with “Download Excel” and edited, or a DfE 2019 deficit recovery plan workbook.
      </p>
      {failure && (
        <FormError summaryRef={summaryRef} problems={failure.problems}>
          {failure.message}
        </FormError>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <RadioGroup legend="What is the file?" value={kind} choices={kinds} onChange={setKind} />
        <TextField
          label="File"
          inputRef={fileRef}
          type="file"
          accept={kind === 'json' ? '.json,application/json' : '.xlsx'}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <CheckboxField
          label="Replace a draft that has the same name (frozen versions are never replaced)"
          checked={replace}
          onChange={(event) => setReplace(event.target.checked)}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </form>
    </Card>
  );
}
