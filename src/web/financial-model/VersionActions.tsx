// Copy, Freeze and Delete for one plan version, each behind its own dialog. Only for users who can edit.
import { useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { TextField } from '../ui/Field.tsx';
import { FieldError } from '../ui/fieldErrors.ts';
import { useCopyVersion, useDeleteVersion, useFreezeVersion, type VersionInfo } from './queries.ts';
import type { VersionChange } from './VersionsTable.tsx';

type Open = 'copy' | 'freeze' | 'delete' | null;

interface Props {
  version: Pick<VersionInfo, 'name' | 'status'>;
  /** After a change: what happened, in words, and the new version's name after a copy. */
  onChanged: (change: VersionChange) => void;
}

export function VersionActions({ version, onChanged }: Props) {
  const { code } = useCouncil();
  const [open, setOpen] = useState<Open>(null);
  const [newName, setNewName] = useState('');
  const copy = useCopyVersion(code);
  const freeze = useFreezeVersion(code);
  const remove = useDeleteVersion(code);
  const { name } = version;
  const draft = version.status === 'draft';
  const close = () => setOpen(null);

  return (
    <>
      <Button
        variant="secondary"
        small
        aria-label={`Copy ${name}`}
        onClick={() => {
          setNewName('');
          setOpen('copy');
        }}
      >
        Copy
      </Button>
      {draft && (
        <>
          <Button variant="secondary" small aria-label={`Freeze ${name}`} onClick={() => setOpen('freeze')}>
            Freeze
          </Button>
          <Button variant="warning" small aria-label={`Delete ${name}`} onClick={() => setOpen('delete')}>
            Delete
          </Button>
        </>
      )}
      {open === 'copy' && (
        <Dialog
          title={`Copy “${name}”`}
          confirmLabel="Copy"
          fields={['name']}
          onClose={close}
          onConfirm={async () => {
            if (newName.trim() === '') throw new FieldError('name', 'Give the new version a name.');
            const copied = await copy.mutateAsync({ name, copy: { name: newName.trim() } });
            close();
            onChanged({ message: `Copied “${name}” to the draft “${copied.name}”.`, copiedTo: copied.name });
          }}
        >
          {(errors) => (
            <>
              <p>The copy is a draft with the same lines and amounts, which you can change.</p>
              <TextField
                label="Name of the new version"
                hint="For example “Latest forecast, June 2021”. Names are unique within the council."
                value={newName}
                error={errors.fields?.name}
                onChange={(event) => setNewName(event.target.value)}
              />
            </>
          )}
        </Dialog>
      )}
      {open === 'freeze' && (
        <Dialog
          title={`Freeze “${name}”?`}
          confirmLabel="Freeze this version"
          warning
          onClose={close}
          onConfirm={async () => {
            await freeze.mutateAsync(name);
            close();
            onChanged({ message: `“${name}” is now frozen.` });
          }}
        >
          <p>
            A frozen version is a fixed record, such as the profile agreed with the DfE. Nobody can change or
            delete it afterwards, and <strong>freezing cannot be undone</strong>. To change its figures later,
            copy it to a new draft.
          </p>
        </Dialog>
      )}
      {open === 'delete' && (
        <Dialog
          title={`Delete “${name}”?`}
          confirmLabel="Delete this draft"
          warning
          onClose={close}
          onConfirm={async () => {
            await remove.mutateAsync(name);
            close();
            onChanged({ message: `Deleted the draft “${name}”.`, deleted: true });
          }}
        >
          <p>
            The draft and all its lines and amounts are removed. This cannot be undone. Download it as JSON
            first if you may want it back.
          </p>
        </Dialog>
      )}
    </>
  );
}
