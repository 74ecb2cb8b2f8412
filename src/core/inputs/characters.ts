// Characters nobody types into a form or a spreadsheet on purpose. PostgreSQL refuses NUL outright (a 500
// if it reaches the database); the other control characters are stored but break CSV files, logs and
// printed returns, and lone surrogate halves are broken text. One rule for every text field and file.

/** A character a text must not hold, where it is, and its name in plain words. */
export interface ControlCharacter {
  /** 0-based index in the string. */
  index: number;
  codePoint: number;
  /** e.g. "NUL (U+0000)". */
  name: string;
}

const names: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'bell',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line break',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
};

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "NUL (U+0000)", "control character (U+001F)", "broken character (U+D800)". */
export function characterName(codePoint: number): string {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `broken character (${hex(codePoint)})`;
  return `${names[codePoint] ?? 'control character'} (${hex(codePoint)})`;
}

// Finding control characters is this rule's whole purpose, so its patterns name them.
/* eslint-disable no-control-regex */
// C0 controls but tab, line feed and carriage return; DEL; C1 controls; lone surrogate halves.
const anywhere =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// The same, and tab and line breaks too: a name or an email is one line.
const oneLine =
  /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */

/**
 * The first character the text must not hold, or undefined. Narratives may have tabs and line breaks
 * (`multiline`); names, emails and codes may not.
 */
export function findControlCharacter(
  text: string,
  options: { multiline?: boolean } = {},
): ControlCharacter | undefined {
  const match = (options.multiline ? anywhere : oneLine).exec(text);
  if (!match) return undefined;
  const codePoint = match[0].charCodeAt(0);
  return { index: match.index, codePoint, name: characterName(codePoint) };
}

/** "holds a NUL (U+0000) at character 5: remove it" (a fragment: the caller names the field first). */
export function controlCharacterProblem(found: ControlCharacter): string {
  return `holds a ${found.name} at character ${String(found.index + 1)}, which is not allowed: remove it`;
}

/** Where in a JSON-like value a control character is: the path of keys and indices, and the character. */
export interface ControlCharacterAt {
  path: (string | number)[];
  found: ControlCharacter;
}

const MAX_DEPTH = 64;

/**
 * The first string (or object key) in a parsed JSON value that holds a control character. Strings may
 * have tabs and line breaks (narratives do); keys may not. Every reader of JSON input runs this first,
 * so no field can be forgotten.
 */
export function findControlCharacterInValue(
  value: unknown,
  path: (string | number)[] = [],
): ControlCharacterAt | undefined {
  if (typeof value === 'string') {
    const found = findControlCharacter(value, { multiline: true });
    return found ? { path, found } : undefined;
  }
  if (path.length > MAX_DEPTH || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findControlCharacterInValue(value[i], [...path, i]);
      if (hit) return hit;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    const inKey = findControlCharacter(key);
    if (inKey) return { path: [...path, key], found: inKey };
    const hit = findControlCharacterInValue(inner, [...path, key]);
    if (hit) return hit;
  }
  return undefined;
}

/** A path as the file readers write it: "lines[0].amounts.2021-22". */
export function jsonPathText(path: readonly (string | number)[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${String(key)}]` : i === 0 ? key : `.${key}`))
    .join('');
}
