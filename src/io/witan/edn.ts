// A small reader for EDN (Clojure's data notation), enough for witan.send's config.edn: maps, vectors,
// lists, sets, strings, keywords, numbers, nil, booleans, symbols, comments, #_ discards and tagged
// values such as `#ref [:file-inputs :population]`.

/** An EDN value as plain data: maps keyed by keyword name (':file-inputs' becomes 'file-inputs'). */
export type EdnValue =
  | null
  | boolean
  | number
  | string
  | EdnKeyword
  | EdnSymbol
  | EdnTagged
  | EdnValue[]
  | { [key: string]: EdnValue };

/** A keyword value (`:foo`), kept apart from strings. */
export interface EdnKeyword {
  readonly keyword: string;
}
/** A bare symbol (`foo`). */
export interface EdnSymbol {
  readonly symbol: string;
}
/** A tagged value (`#ref [...]`). */
export interface EdnTagged {
  readonly tag: string;
  readonly value: EdnValue;
}

/** Thrown with the line the EDN text stops making sense at. */
export class EdnError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const DELIMITERS = new Set(['{', '}', '[', ']', '(', ')', '"', ';']);

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  line(): number {
    return this.text.slice(0, this.at).split('\n').length;
  }

  private skipSpace(): void {
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === ';') while (this.at < this.text.length && this.text[this.at] !== '\n') this.at += 1;
      else if (/[\s,]/.test(c)) this.at += 1;
      else return;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.at >= this.text.length;
  }

  private token(): string {
    const from = this.at;
    while (
      this.at < this.text.length &&
      !/[\s,]/.test(this.text[this.at] as string) &&
      !DELIMITERS.has(this.text[this.at] as string)
    )
      this.at += 1;
    return this.text.slice(from, this.at);
  }

  private sequence(close: string): EdnValue[] {
    const items: EdnValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.at >= this.text.length) throw new EdnError(this.line(), `expected '${close}' before the end`);
      if (this.text[this.at] === close) {
        this.at += 1;
        return items;
      }
      const item = this.value();
      if (item !== DISCARDED) items.push(item);
    }
  }

  private string(): string {
    let result = '';
    this.at += 1;
    while (this.at < this.text.length && this.text[this.at] !== '"') {
      const c = this.text[this.at] as string;
      if (c === '\\') {
        const escaped = this.text[this.at + 1] ?? '';
        result += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[escaped] ?? escaped;
        this.at += 2;
      } else {
        result += c;
        this.at += 1;
      }
    }
    if (this.at >= this.text.length) throw new EdnError(this.line(), 'a string is not closed');
    this.at += 1;
    return result;
  }

  value(): EdnValue | typeof DISCARDED {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === undefined) throw new EdnError(this.line(), 'expected a value before the end');
    if (c === '"') return this.string();
    if (c === '[' || c === '(') {
      this.at += 1;
      return this.sequence(c === '[' ? ']' : ')');
    }
    if (c === '{') {
      this.at += 1;
      const line = this.line();
      const items = this.sequence('}');
      if (items.length % 2 !== 0) throw new EdnError(line, 'a map has a key without a value');
      const map: Record<string, EdnValue> = {};
      for (let i = 0; i < items.length; i += 2) map[keyName(items[i] as EdnValue)] = items[i + 1] as EdnValue;
      return map;
    }
    if (c === '#') {
      this.at += 1;
      const next = this.text[this.at];
      if (next === '{') {
        this.at += 1;
        return this.sequence('}');
      }
      if (next === '_') {
        this.at += 1;
        this.value();
        return DISCARDED;
      }
      const tag = this.token();
      return { tag, value: this.required() };
    }
    if (c === ')' || c === ']' || c === '}') throw new EdnError(this.line(), `unexpected '${c}'`);
    const token = this.token();
    if (token.startsWith(':')) return { keyword: token.slice(1) };
    if (token === 'nil') return null;
    if (token === 'true' || token === 'false') return token === 'true';
    if (/^[-+]?\d/.test(token)) {
      const number = Number(token.replace(/[NM]$/, ''));
      if (Number.isNaN(number)) throw new EdnError(this.line(), `'${token}' is not a number`);
      return number;
    }
    return { symbol: token };
  }

  required(): EdnValue {
    const value = this.value();
    return value === DISCARDED ? this.required() : value;
  }
}

const DISCARDED = Symbol('discarded');

function keyName(key: EdnValue): string {
  if (key !== null && typeof key === 'object' && !Array.isArray(key)) {
    const named = key as { keyword?: unknown; symbol?: unknown };
    if (typeof named.keyword === 'string') return named.keyword;
    if (typeof named.symbol === 'string') return named.symbol;
  }
  return typeof key === 'string' ? key : JSON.stringify(key);
}

/** Parses one EDN value (a whole config.edn). */
export function parseEdn(text: string): EdnValue {
  const reader = new Reader(text);
  const value = reader.required();
  if (!reader.atEnd()) throw new EdnError(reader.line(), 'more than one value at the top level');
  return value;
}
