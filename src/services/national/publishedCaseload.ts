import { laByCode } from '../../core/benchmark/laLookup';
import type { LocalAuthority } from '../../core/benchmark/localAuthorities';
import { NotFoundError } from '../errors';

// Every council's published caseload is loaded with its flows as the published panel
// (publishedPanel.ts); this file resolves the council a request names.

/** The LA for a code, or a NotFoundError saying what codes look like. */
export function requireLa(code: string): LocalAuthority {
  const la = laByCode(code);
  if (!la)
    throw new NotFoundError(
      `No local authority with code ${code} in the DfE's data: use the three-digit LA number (314) or the ONS code (E09000021).`,
    );
  return la;
}
