// Copy, Freeze and Delete for one plan version, each behind its own dialog. Only for users who can edit.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { copyVersion, deleteVersion, freezeVersion, type VersionInfo } from './modelApi.ts';

type Open = 'copy' | 'freeze' | 'delete' | null;

interface Props {
  code: string;
  version: Pick<VersionInfo, 'name' | 'status'>;
  /** After a change: what happened, in words, and the new version's name after a copy. */
  onChanged: (change: { message: string; copiedTo?: string; deleted?: boolean }) => void;
}

export function VersionActions({ code, version, onChanged }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [newName, setNewName] = useState('');
  const id = useId();
  const { name } = version;
  const draft = version.status === 'draft';
  const close = () => setOpen(null);

  return (
    <>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={`Copy ${name}`}
        onClick={() => {
          setNewName('');
          setOpen('copy');
        }}
      >
        Copy
      </button>
      {draft && (
        <>
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={`Freeze ${name}`}
            onClick={() => setOpen('freeze')}
          >
            Freeze
          </button>
          <button
            type="button"
            className="button button-small button-warning"
            aria-label={`Delete ${name}`}
            onClick={() => setOpen('delete')}
          >
            Delete
          </button>
        </>
      )}
      {open === 'copy' && (
        <Dialog
          title={`Copy “${name}”`}
          confirmLabel="Copy"
          onClose={close}
          onConfirm={async () => {
            const copy = await copyVersion(code, name, newName.trim());
            close();
            onChanged({ message: `Copied “${name}” to the draft “${copy.name}”.`, copiedTo: copy.name });
          }}
        >
          <p>The copy is a draft with the same lines and amounts, which you can change.</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>Name of the new version</label>
            <p className="hint" id={`${id}-hint`}>
              For example “Latest forecast, June 2021”. Names are unique within the council.
            </p>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="off"
              value={newName}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setNewName(event.target.value)}
            />
          </div>
        </Dialog>
      )}
      {open === 'freeze' && (
        <Dialog
          title={`Freeze “${name}”?`}
          confirmLabel="Freeze this version"
          warning
          onClose={close}
          onConfirm={async () => {
            await freezeVersion(code, name);
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
            await deleteVersion(code, name);
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
