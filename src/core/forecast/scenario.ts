import { controlCharacterProblem, findControlCharacterInValue, jsonPathText } from '../inputs';
// Scenarios: named changes to the baseline model (docs/formats/scenario.md). A scenario is plain JSON,
// so it can be stored, sent to a worker thread and compared with the baseline. This file holds its
// shape and the check of that shape; scenarioPlan.ts checks names against a model and applies it.

/** One name or a list of names (any of them matches). */
export type NameFilter = string | readonly string[];

/** One NCY, a list, or an inclusive range (either end may be left open). */
export type NcyFilter = number | readonly number[] | { readonly min?: number; readonly max?: number };

/** Projected January census years, inclusive; an open end runs to the first or last projected year. */
export interface YearRange {
  readonly from?: number;
  readonly until?: number;
}

/** Which cells a change applies to; an absent field matches everything. */
export interface CellFilter {
  readonly setting?: NameFilter;
  readonly need?: NameFilter;
  readonly ncy?: NcyFilter;
}

/** Multiply leaver or mover rates of the matching start cells (movers optionally only to some settings). */
export interface MultiplyRate {
  readonly type: 'multiply-rate';
  readonly transition: 'leavers' | 'movers';
  readonly factor: number;
  readonly from?: CellFilter;
  /** Movers only: just the moves into these settings are multiplied. */
  readonly to?: { readonly setting?: NameFilter };
  readonly years?: YearRange;
  /** Free text for people; ignored by the model. */
  readonly note?: string;
}

/** Multiply the joiner rate itself (witan.send cannot), optionally only joiners into some needs or settings. */
export interface MultiplyJoiners extends CellFilter {
  readonly type: 'multiply-joiners';
  readonly factor: number;
  readonly years?: YearRange;
  /** Free text for people; ignored by the model. */
  readonly note?: string;
}

/**
 * Send a share of joiners or movers bound for one setting to another from a year on, or move a share
 * of the pupils placed in a setting to another once, at the start of `fromYear` (e.g. a new school).
 */
export interface Redirect {
  readonly type: 'redirect';
  readonly what: 'joiners' | 'movers' | 'placements';
  readonly from: string;
  readonly to: string;
  readonly share: number;
  readonly fromYear: number;
  /** Joiners and movers only: the last year redirected (default: every later year). */
  readonly untilYear?: number;
  readonly need?: NameFilter;
  readonly ncy?: NcyFilter;
  /** Free text for people; ignored by the model. */
  readonly note?: string;
}

/**
 * At most `places` pupils in a setting. Pupils already there stay; joiners and movers arriving beyond the
 * cap go to `to` (`excess: 'redirect'`) or stay and are reported as over the cap (`excess: 'report'`).
 */
export interface Cap {
  readonly type: 'cap';
  readonly setting: string;
  readonly places: number;
  readonly excess: 'redirect' | 'report';
  readonly to?: string;
  readonly years?: YearRange;
  /** Free text for people; ignored by the model. */
  readonly note?: string;
}

/** One change of a scenario. */
export type ScenarioChange = MultiplyRate | MultiplyJoiners | Redirect | Cap;

/** A named scenario: changes applied in order over the baseline. */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly changes: readonly ScenarioChange[];
}

/** A problem with a scenario, at a JSON path such as `changes[2].from.setting`. */
export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class ShapeChecker {
  readonly problems: ScenarioProblem[] = [];
  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  known(object: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(object))
      if (!allowed.includes(key))
        this.fail(`${path}.${key}`, `is not a field here (expected ${allowed.join(', ')})`);
  }
  number(
    object: Json,
    key: string,
    path: string,
    check: (n: number) => string | undefined,
    optional = false,
  ): void {
    const value = object[key];
    if (value === undefined) {
      if (!optional) this.fail(`${path}.${key}`, 'is missing');
      return;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${path}.${key}`, `${JSON.stringify(value)} is not a number`);
      return;
    }
    const problem = check(value);
    if (problem) this.fail(`${path}.${key}`, `${value} ${problem}`);
  }
  choice(object: Json, key: string, path: string, allowed: readonly string[], optional = false): void {
    const value = object[key];
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || !allowed.includes(value))
      this.fail(
        `${path}.${key}`,
        `must be ${allowed.map((a) => `"${a}"`).join(' or ')}, not ${JSON.stringify(value)}`,
      );
  }
  name(object: Json, key: string, path: string, optional = false): void {
    const value = object[key];
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '')
      this.fail(
        `${path}.${key}`,
        `must be a setting or need code in double quotes, not ${JSON.stringify(value)}`,
      );
  }
  names(object: Json, key: string, path: string): void {
    const value = object[key];
    if (value === undefined) return;
    const list = Array.isArray(value) ? (value as unknown[]) : [value];
    if (list.length === 0 || list.some((v) => typeof v !== 'string' || v.trim() === ''))
      this.fail(
        `${path}.${key}`,
        `must be a code or a non-empty list of codes, not ${JSON.stringify(value)}`,
      );
  }
  ncys(object: Json, key: string, path: string): void {
    const value = object[key];
    if (value === undefined) return;
    const whole = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);
    if (whole(value)) return;
    if (Array.isArray(value) && value.length > 0 && value.every(whole)) return;
    if (isObject(value)) {
      this.known(value, `${path}.${key}`, ['min', 'max']);
      const { min, max } = value;
      if ((min === undefined || whole(min)) && (max === undefined || whole(max))) {
        if (typeof min === 'number' && typeof max === 'number' && min > max)
          this.fail(`${path}.${key}`, `min ${min} is above max ${max}`);
        return;
      }
    }
    this.fail(
      `${path}.${key}`,
      `must be an NCY, a list of NCYs or {"min": .., "max": ..}, not ${JSON.stringify(value)}`,
    );
  }
  years(object: Json, key: string, path: string): void {
    const value = object[key];
    if (value === undefined) return;
    if (!isObject(value)) {
      this.fail(`${path}.${key}`, `must be {"from": year, "until": year}, not ${JSON.stringify(value)}`);
      return;
    }
    this.known(value, `${path}.${key}`, ['from', 'until']);
    for (const end of ['from', 'until']) this.number(value, end, `${path}.${key}`, yearProblem, true);
    if (typeof value.from === 'number' && typeof value.until === 'number' && value.from > value.until)
      this.fail(`${path}.${key}`, `from ${value.from} is after until ${value.until}`);
  }
  filter(object: Json, key: string, path: string): void {
    const value = object[key];
    if (value === undefined) return;
    if (!isObject(value)) {
      this.fail(`${path}.${key}`, `must be {"setting", "need", "ncy"}, not ${JSON.stringify(value)}`);
      return;
    }
    this.known(value, `${path}.${key}`, ['setting', 'need', 'ncy']);
    this.names(value, 'setting', `${path}.${key}`);
    this.names(value, 'need', `${path}.${key}`);
    this.ncys(value, 'ncy', `${path}.${key}`);
  }
}

const yearProblem = (n: number) =>
  Number.isSafeInteger(n) && n >= 1900 && n <= 2200 ? undefined : 'is not a calendar year';
const factorProblem = (n: number) => (n >= 0 && n <= 100 ? undefined : 'is not a factor from 0 to 100');
const shareProblem = (n: number) =>
  n >= 0 && n <= 1 ? undefined : 'is not a share: it must be from 0 to 1 (0.25 is a quarter)';
const placesProblem = (n: number) =>
  Number.isSafeInteger(n) && n >= 0 ? undefined : 'is not a whole number of places';

function checkChange(check: ShapeChecker, change: unknown, path: string): void {
  if (!isObject(change)) {
    check.fail(path, `must be an object with a "type", not ${JSON.stringify(change)}`);
    return;
  }
  switch (change.type) {
    case 'multiply-rate':
      check.known(change, path, ['type', 'transition', 'factor', 'from', 'to', 'years', 'note']);
      check.choice(change, 'transition', path, ['leavers', 'movers']);
      check.number(change, 'factor', path, factorProblem);
      check.filter(change, 'from', path);
      if (change.to !== undefined) {
        if (change.transition !== 'movers') check.fail(`${path}.to`, 'applies to movers only');
        else if (!isObject(change.to)) check.fail(`${path}.to`, 'must be {"setting": ...}');
        else {
          check.known(change.to, `${path}.to`, ['setting']);
          check.names(change.to, 'setting', `${path}.to`);
        }
      }
      check.years(change, 'years', path);
      return;
    case 'multiply-joiners':
      check.known(change, path, ['type', 'factor', 'setting', 'need', 'ncy', 'years', 'note']);
      check.number(change, 'factor', path, factorProblem);
      check.names(change, 'setting', path);
      check.names(change, 'need', path);
      check.ncys(change, 'ncy', path);
      check.years(change, 'years', path);
      return;
    case 'redirect':
      check.known(change, path, [
        'type',
        'what',
        'from',
        'to',
        'share',
        'fromYear',
        'untilYear',
        'need',
        'ncy',
        'note',
      ]);
      check.choice(change, 'what', path, ['joiners', 'movers', 'placements']);
      check.name(change, 'from', path);
      check.name(change, 'to', path);
      if (typeof change.from === 'string' && change.from === change.to)
        check.fail(`${path}.to`, `is the same setting as from (${change.from})`);
      check.number(change, 'share', path, shareProblem);
      check.number(change, 'fromYear', path, yearProblem);
      check.number(change, 'untilYear', path, yearProblem, true);
      if (change.untilYear !== undefined && change.what === 'placements')
        check.fail(
          `${path}.untilYear`,
          'placements are moved once, in fromYear: untilYear applies to joiners and movers',
        );
      if (
        typeof change.fromYear === 'number' &&
        typeof change.untilYear === 'number' &&
        change.fromYear > change.untilYear
      )
        check.fail(`${path}.untilYear`, `${change.untilYear} is before fromYear ${change.fromYear}`);
      check.names(change, 'need', path);
      check.ncys(change, 'ncy', path);
      return;
    case 'cap':
      check.known(change, path, ['type', 'setting', 'places', 'excess', 'to', 'years', 'note']);
      check.name(change, 'setting', path);
      check.number(change, 'places', path, placesProblem);
      check.choice(change, 'excess', path, ['redirect', 'report']);
      if (change.excess === 'redirect') check.name(change, 'to', path);
      else if (change.to !== undefined) check.fail(`${path}.to`, 'is only used with "excess": "redirect"');
      if (typeof change.to === 'string' && change.to === change.setting)
        check.fail(`${path}.to`, `is the capped setting itself (${change.to})`);
      check.years(change, 'years', path);
      return;
    default:
      check.fail(
        `${path}.type`,
        `must be "multiply-rate", "multiply-joiners", "redirect" or "cap", not ${JSON.stringify(change.type)}`,
      );
  }
}

/** Checks a parsed JSON value is a scenario; every problem is reported with its path. */
export function parseScenario(
  value: unknown,
): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  const check = new ShapeChecker();
  if (!isObject(value))
    return { ok: false, problems: [{ path: '(top)', message: 'a scenario must be a JSON object' }] };
  const control = findControlCharacterInValue(value);
  if (control)
    return {
      ok: false,
      problems: [{ path: jsonPathText(control.path), message: controlCharacterProblem(control.found) }],
    };
  check.known(value, '(top)', ['name', 'description', 'changes']);
  if (typeof value.name !== 'string' || value.name.trim() === '')
    check.fail('name', 'is missing: a scenario must be named');
  if (value.description !== undefined && typeof value.description !== 'string')
    check.fail('description', 'must be text');
  if (!Array.isArray(value.changes) || value.changes.length === 0)
    check.fail('changes', 'must be a non-empty list of changes');
  else (value.changes as unknown[]).forEach((change, i) => checkChange(check, change, `changes[${i}]`));
  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  return { ok: true, scenario: value as unknown as Scenario };
}

/** A name filter as a list (undefined: everything). */
export function namesOf(filter: NameFilter | undefined): readonly string[] | undefined {
  if (filter === undefined) return undefined;
  return typeof filter === 'string' ? [filter] : filter;
}

/** Whether an NCY passes a filter. */
export function ncyMatches(filter: NcyFilter | undefined, ncy: number): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'number') return filter === ncy;
  if (Array.isArray(filter)) return (filter as readonly number[]).includes(ncy);
  const range = filter as { min?: number; max?: number };
  return (range.min === undefined || ncy >= range.min) && (range.max === undefined || ncy <= range.max);
}

/** Whether a projected year is in a range. */
export function yearInRange(range: YearRange | undefined, year: number): boolean {
  return (
    !range ||
    ((range.from === undefined || year >= range.from) && (range.until === undefined || year <= range.until))
  );
}
