import { ForbiddenError } from '../errors';
import type { Actor } from '../permissions';

// National data is shared by every council of the instance: importing it changes what all councils see,
// so only system administrators and the command line may; reading it is open to anyone who works for a
// council here (it is published data, but the instance is for councils' staff).

/** Throws unless the actor may import national data. */
export function requireNationalDataAdmin(actor: Actor): void {
  if (actor.kind === 'system' || actor.user.isSystemAdmin) return;
  throw new ForbiddenError(
    'Only a system administrator or the command line can import national data (it is shared by every council).',
  );
}

/** Throws unless the actor may read national benchmarking data. */
export function requireNationalDataReader(actor: Actor): void {
  if (actor.kind === 'system' || actor.user.isSystemAdmin || actor.user.roles.size > 0) return;
  throw new ForbiddenError('Benchmarking is for people with a role in a council on this instance.');
}
