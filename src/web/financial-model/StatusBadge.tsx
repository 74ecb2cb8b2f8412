// "Frozen" or "Draft": a version's status as a badge with words, not colour alone.
import { Badge } from '../ui/Badge.tsx';
import type { VersionInfo } from './queries.ts';

export function StatusBadge({ status }: { status: VersionInfo['status'] }) {
  return status === 'frozen' ? <Badge tone="strong">Frozen</Badge> : <Badge>Draft</Badge>;
}
