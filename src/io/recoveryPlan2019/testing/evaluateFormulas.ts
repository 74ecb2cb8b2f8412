import ExcelJS from 'exceljs';

// A tiny evaluator for the formulas the recovery plan workbook uses (+ - * /, comparisons, SUM, IF,
// LEN, TRIM, SUBSTITUTE, CHAR, same-sheet references and ranges). Tests use it to recompute every
// formula from the input cells and compare with the saved results, without Excel or LibreOffice.

type Value = number | string | boolean | Value[];

const tokenPattern =
  /\s*(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|"(?:[^"]|"")*"|<>|>=|<=|[-+*/(),:<>=])/gy;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  tokenPattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (tokenPattern.lastIndex < formula.length && (match = tokenPattern.exec(formula)))
    tokens.push(match[1]!);
  if (tokenPattern.lastIndex < formula.trimEnd().length)
    throw new Error(`cannot read formula ${formula} at ${String(tokenPattern.lastIndex)}`);
  return tokens;
}

const num = (v: Value): number =>
  typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : v === '' ? 0 : Number.NaN;
const str = (v: Value): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : String(v));
const flat = (v: Value): Value[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const columnLetter = (n: number): string =>
  n <= 0 ? '' : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** Recomputes formula cells of one sheet from its other cells (formulas referring to formulas recurse). */
export class SheetEvaluator {
  private readonly memo = new Map<string, Value>();
  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  /** The value of a cell: its input, or its formula recomputed. */
  cell(address: string): Value {
    const key = address.replace(/\$/gu, '');
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const cell = this.sheet.getCell(key);
    const value = cell.value;
    let result: Value;
    if (cell.type === ExcelJS.ValueType.Formula) result = this.evaluate(String(cell.formula));
    else if (value === null || value === undefined) result = '';
    else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
      result = value;
    else throw new Error(`cell ${key} holds a value this evaluator does not know`);
    this.memo.set(key, result);
    return result;
  }

  /** Evaluates a formula (without its leading '='). */
  evaluate(formula: string): Value {
    const tokens = tokenize(formula);
    let i = 0;
    const peek = () => tokens[i];
    const take = (expected?: string) => {
      const t = tokens[i++];
      if (t === undefined || (expected !== undefined && t !== expected))
        throw new Error(`formula ${formula}: expected ${expected ?? 'more'} at token ${String(i)}`);
      return t;
    };
    const primary = (): Value => {
      const t = take();
      if (t === '(') {
        const v = comparison();
        take(')');
        return v;
      }
      if (t === '-') return -num(primary());
      if (/^\d/u.test(t)) return Number(t);
      if (t.startsWith('"')) return t.slice(1, -1).replace(/""/gu, '"');
      if (/^\$?[A-Z]{1,3}\$?\d+/u.test(t)) return t.includes(':') ? this.range(t) : this.cell(t);
      take('(');
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(comparison());
        if (peek() === ',') take(',');
      }
      take(')');
      return call(t, args);
    };
    const term = (): Value => {
      let v = primary();
      while (peek() === '*' || peek() === '/')
        v = take() === '*' ? num(v) * num(primary()) : num(v) / num(primary());
      return v;
    };
    const additive = (): Value => {
      let v = term();
      while (peek() === '+' || peek() === '-')
        v = take() === '+' ? num(v) + num(term()) : num(v) - num(term());
      return v;
    };
    const comparison = (): Value => {
      const left = additive();
      const op = peek();
      if (op === undefined || !['>', '<', '=', '>=', '<=', '<>'].includes(op)) return left;
      take();
      const a = num(left);
      const b = num(additive());
      return { '>': a > b, '<': a < b, '=': a === b, '>=': a >= b, '<=': a <= b, '<>': a !== b }[op]!;
    };
    const result = comparison();
    if (i !== tokens.length) throw new Error(`formula ${formula}: unread tokens from ${String(i)}`);
    return result;
  }

  private range(text: string): Value[] {
    const [from, to] = text.replace(/\$/gu, '').split(':') as [string, string];
    const [, c1, r1] = /^([A-Z]+)(\d+)$/u.exec(from)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/u.exec(to)!;
    const values: Value[] = [];
    for (let r = Number(r1); r <= Number(r2); r++) {
      for (let c = columnNumber(c1!); c <= columnNumber(c2!); c++)
        values.push(this.cell(`${columnLetter(c)}${String(r)}`));
    }
    return values;
  }
}

function call(name: string, args: Value[]): Value {
  switch (name) {
    case 'SUM':
      return args.flatMap(flat).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    case 'IF':
      return args[0] ? args[1]! : (args[2] ?? false);
    case 'LEN':
      return str(args[0]!).length;
    case 'TRIM':
      return str(args[0]!).replace(/ +/gu, ' ').replace(/^ | $/gu, '');
    case 'SUBSTITUTE':
      return str(args[0]!).split(str(args[1]!)).join(str(args[2]!));
    case 'CHAR':
      return String.fromCharCode(num(args[0]!));
    default:
      throw new Error(`function ${name} is not known to this evaluator`);
  }
}
