// Uploads a witan.send input folder: its four CSV files, or the folder as a zip. All or nothing: every
// problem is listed with its file, row and column.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api.ts';
import { messageOf } from '../ui/format.ts';
import { uploadInputCsvs, uploadInputZip, type InputSet } from './forecastsApi.ts';

interface Props {
  code: string;
  onUploaded: (set: InputSet) => void;
}

export function UploadInputsForm({ code, onUploaded }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; problems: readonly string[] } | null>(null);
  const filesRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = [...(filesRef.current?.files ?? [])];
    if (name.trim() === '' || chosen.length === 0) {
      setFailure({
        message: 'Give the inputs a name and choose the four CSV files or one zip.',
        problems: [],
      });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const zip = chosen.find((f) => f.name.toLowerCase().endsWith('.zip'));
      const set = zip
        ? await uploadInputZip(code, name.trim(), zip)
        : await uploadInputCsvs(
            code,
            name.trim(),
            Object.fromEntries(await Promise.all(chosen.map(async (f) => [f.name, await f.text()] as const))),
          );
      onUploaded(set);
      setName('');
      if (filesRef.current) filesRef.current.value = '';
    } catch (error) {
      setFailure({ message: messageOf(error), problems: error instanceof ApiError ? error.problems : [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card card-wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Upload forecast inputs</h2>
      <p className="hint">
        A witan.send input folder: transitions.csv, population.csv, costs.csv and valid-states.csv, or the
        folder as a zip. The transitions are records about children: they stay with this council and are only
        read by forecast runs.
      </p>
      {failure !== null && (
        <div className="error-summary" role="alert">
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
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-files`}>Files</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".csv,.zip,text/csv,application/zip"
            ref={filesRef}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload'}
        </button>
      </form>
    </section>
  );
}
