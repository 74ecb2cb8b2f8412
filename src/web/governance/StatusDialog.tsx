// Moves a tracker entry on: in progress, done, closed or open again, with a note of progress.
import { useState } from 'react';
import { itemStatuses, statusNames, type ItemStatus } from '../../core/governance';
import { useCouncil } from '../app/council.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { SelectField, TextAreaField } from '../ui/Field.tsx';
import { useSetItemStatus, type TrackerItem } from './queries.ts';

export function StatusDialog({ item, onClose }: { item: TrackerItem; onClose: () => void }) {
  const { code } = useCouncil();
  const change = useSetItemStatus(code);
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [progress, setProgress] = useState(item.progress ?? '');
  return (
    <Dialog
      title={`Update: ${item.reference ?? item.title}`}
      confirmLabel="Save the update"
      fields={['status', 'progress']}
      onClose={onClose}
      onConfirm={async () => {
        await change.mutateAsync({
          id: item.id,
          change: { status, progress: progress.trim() === '' ? null : progress, revision: item.revision },
        });
        onClose();
      }}
    >
      {(errors) => (
        <>
          <SelectField
            label="Status"
            value={status}
            error={errors.fields?.status}
            onChange={(event) => setStatus(event.target.value as ItemStatus)}
            options={itemStatuses.map((s) => [s, statusNames[s]] as const)}
          />
          <TextAreaField
            label="Progress"
            hint="What has been done, and what is left."
            value={progress}
            error={errors.fields?.progress}
            onChange={(event) => setProgress(event.target.value)}
          />
        </>
      )}
    </Dialog>
  );
}
