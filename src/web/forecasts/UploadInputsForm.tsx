// Uploads a witan.send input folder: its four CSV files, or the folder as a zip. All or nothing: every
// problem is listed with its file, row and column. Files of another kind are named before anything is sent.
import { Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { TextField } from '../ui/Field.tsx';
import { detectFileKind, wrongKindMessage } from '../ui/fileKind.ts';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import text from '../ui/text.module.css';
import { useUploadInputs, type InputSet } from './queries.ts';

export function UploadInputsForm({ onUploaded }: { onUploaded: (set: InputSet) => void }) {
  const { code } = useCouncil();
  const upload = useUploadInputs(code);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const filesRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      const chosen = [...(filesRef.current?.files ?? [])];
      if (name.trim() === '') throw new FieldError('name', 'Give the inputs a name.');
      if (chosen.length === 0)
        throw new FieldError('files', 'Choose the four CSV files, or one zip of the folder.');
      for (const file of chosen) {
        const wrong = wrongKindMessage(
          file.name,
          await detectFileKind(file),
          ['csv', 'zip'],
          'the forecast inputs are CSV files, or one zip of the folder',
        );
        if (wrong !== null) throw new FieldError('files', wrong);
      }
      const zip = chosen.find((f) => f.name.toLowerCase().endsWith('.zip'));
      const set = await upload.mutateAsync(
        zip
          ? { name: name.trim(), zip }
          : {
              name: name.trim(),
              files: Object.fromEntries(
                await Promise.all(chosen.map(async (f) => [f.name, await f.text()] as const)),
              ),
            },
      );
      onUploaded(set);
      setName('');
      if (filesRef.current) filesRef.current.value = '';
    } catch (error) {
      setErrors(fieldErrorOf(error, ['name', 'files']));
    }
  }

  return (
    <Card title="Upload forecast inputs" wide>
      <p className={text.hint}>
        A witan.send input folder: transitions.csv, population.csv, costs.csv and valid-states.csv, or the
        folder as a zip. The transitions are records about children: they stay with this council and are only
        read by forecast runs. Or{' '}
        <Link to="/$council/sen2" params={{ council: code }} search={{ tab: 'inputs' }}>
          make forecast inputs from your SEN2 returns
        </Link>
        , with your population and cost files.
      </p>
      {errors.form !== undefined && <FormError problems={errors.problems}>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Name"
          value={name}
          maxLength={200}
          error={errors.fields?.name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label="Files"
          type="file"
          multiple
          accept=".csv,.zip,text/csv,application/zip"
          inputRef={filesRef}
          error={errors.fields?.files}
        />
        <Button type="submit" disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload'}
        </Button>
      </form>
    </Card>
  );
}
