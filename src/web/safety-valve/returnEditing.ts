// What a person must know before changing a return.
import type { ReturnView } from './queries.ts';

/**
 * The server accepts an edit to a return that one officer has signed and clears that signature (they signed
 * other content): the warning to show before saving, or null when nobody has signed.
 */
export function signaturesClearedWarning(view: Pick<ReturnView, 'status'>): string | null {
  if (view.status === 'signedByS151')
    return 'The S151 officer has signed this return. Saving a change clears that sign-off: they will need to sign again.';
  if (view.status === 'signedByDcs')
    return 'The Director of Children’s Services has signed this return. Saving a change clears that sign-off: they will need to sign again.';
  return null;
}
