import { optionalString, requireOption, UsageError, type ParsedArgs } from '../command';

// How the national forecast commands write numbers and read their common options.

/** A number of plans with thousands separators ('' for none). */
export const plans = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : n.toLocaleString('en-GB');

/** A percentage to `places` decimals ('' for none). */
export const pct = (n: number | null | undefined, places = 1) =>
  n === null || n === undefined ? '' : `${n.toFixed(places)}%`;

/** A share (0-1) as a whole percentage ('' for none). */
export const share = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : `${String(Math.round(n * 100))}%`;

/** `--format table|json` (default table). */
export function formatOf(args: ParsedArgs): 'table' | 'json' {
  const format = optionalString(args, 'format') ?? 'table';
  if (format !== 'table' && format !== 'json')
    throw new UsageError(`--format must be table or json, not '${format}'.`);
  return format;
}

/** A four-digit year option. */
export function yearOption(args: ParsedArgs, name: string, required: boolean): number | undefined {
  const text = required ? requireOption(args, name) : optionalString(args, name);
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--${name} must be a year such as 2022, not '${text}'.`);
  return Number(text);
}

/** `--horizon 1..5`. */
export function horizonOption(args: ParsedArgs): number | undefined {
  const text = optionalString(args, 'horizon');
  if (text === undefined) return undefined;
  if (!/^[1-5]$/.test(text)) throw new UsageError(`--horizon must be 1 to 5 (years), not '${text}'.`);
  return Number(text);
}
