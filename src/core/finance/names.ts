// The one rule for the names people give plan versions and their lines, used by the line API, the plan
// file reader (JSON and the grid workbook), copies, the recovery plan import and every field that names a
// version (agreement, KPI targets and values, returns, forecast pushes).

/** The longest version name: long enough for "Latest forecast, May 2021 (after the Q1 review)" and more. */
export const maxVersionNameLength = 200;

/** The longest line id. */
export const maxLineIdLength = 50;

/** What a line id may be made of (it appears in URLs, files and formulas). */
export const lineIdPattern = /^[A-Za-z0-9._-]+$/;

/** Why a version name cannot be used, or null when it can (the name as given, before trimming). */
export function versionNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'is required';
  if (trimmed.length > maxVersionNameLength)
    return `is ${trimmed.length} characters long: a version name may be at most ${maxVersionNameLength}`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    return 'contains a control character (a tab, line break or NUL): use plain text';
  return null;
}

/** Why a line id cannot be used, or null when it can. */
export function lineIdProblem(id: string): string | null {
  if (id === '') return 'is required';
  if (id.length > maxLineIdLength)
    return `is ${id.length} characters long: a line id may be at most ${maxLineIdLength}`;
  if (!lineIdPattern.test(id))
    return `'${id.length > 60 ? `${id.slice(0, 60)}…` : id}' may use only letters, digits, dot, dash and underscore`;
  if (/^\.+$/.test(id)) return `'${id}' is not a line id: use letters or digits too`;
  return null;
}
