// "Frozen" or "Draft": a version's status as a badge with words, not colour alone.
import type { VersionStatus } from './modelApi.ts';

export function StatusBadge({ status }: { status: VersionStatus }) {
  return status === 'frozen' ? (
    <span className="badge badge-frozen">Frozen</span>
  ) : (
    <span className="badge badge-draft">Draft</span>
  );
}
