import {
  controlCharacterProblem,
  findControlCharacterInValue,
  jsonPathText,
  numberProblem,
  numberRules,
} from '../../core/inputs';
import { parseMoney, pounds, type Pence } from '../../core/money';
import { readLineRule } from './readLineRule';
import {
  compareFinancialYears,
  nextFinancialYear,
  parseFinancialYear,
  parseIsoDate,
  type FinancialYear,
} from '../../core/periods';
import {
  isLineKind,
  lineIdProblem,
  isRuleKind,
  lineKinds,
  versionNameProblem,
  type DerivedFigure,
  type LineLinks,
  type PlanLine,
  type PlanVersion,
} from '../../core/finance';

/** One problem in a plan file: where it is and what is wrong, in words a finance officer can act on. */
export interface PlanFileError {
  /** JSON path such as `lines[3].amounts.2021-22`. */
  path: string;
  value?: unknown;
  message: string;
}

export type ReadResult<T> = { ok: true; data: T } | { ok: false; errors: PlanFileError[] };

const derivedFigures: readonly DerivedFigure[] = [
  'totalBudget',
  'spendBeforeSavings',
  'totalSavings',
  'spendAfterSavings',
  'netHighNeedsDeficit',
  'inYearDsgDeficit',
  'cumulativeDeficitBeforeDfe',
  'dfeContributionsToDate',
  'cumulativeDeficitAfterDfe',
];
const linkKeys: ReadonlyArray<keyof LineLinks> = [
  'workstream',
  'drpRef',
  'block',
  'provisionType',
  'actionCategory',
  's251Line',
  'placementCategory',
  'drpRow',
  'phase',
];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a plan version in the documented JSON format (docs/formats/financial-model.md): amounts in pounds
 * (numbers or strings such as "£1,234" or "(1,246,610)"; pence allowed). Returns every problem found,
 * never a half-read plan.
 */
export function readPlanJson(input: unknown): ReadResult<PlanVersion> {
  const errors: PlanFileError[] = [];
  const fail = (path: string, message: string, value?: unknown) =>
    errors.push({ path, message, ...(value !== undefined ? { value } : {}) });
  if (!isObject(input))
    return {
      ok: false,
      errors: [{ path: '', message: 'The file must hold one JSON object (a plan version).' }],
    };
  const control = findControlCharacterInValue(input);
  if (control)
    return {
      ok: false,
      errors: [{ path: jsonPathText(control.path), message: controlCharacterProblem(control.found) }],
    };

  const text = (path: string, value: unknown, required: boolean): string | undefined => {
    if (value === undefined || value === null || value === '') {
      if (required) fail(path, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      fail(path, 'must be text', value);
      return undefined;
    }
    return String(value).trim();
  };
  const amount = (path: string, value: unknown): Pence | undefined => {
    if (value === null || value === undefined || value === '') {
      fail(path, 'is blank: enter 0 if the amount is nil', value);
      return undefined;
    }
    let pence: Pence;
    try {
      if (typeof value === 'number') pence = pounds(value);
      else if (typeof value === 'string') pence = parseMoney(value);
      else throw new Error('not an amount');
    } catch {
      fail(
        path,
        `'${typeof value === 'object' ? JSON.stringify(value) : String(value as string | number)}' is not an amount in pounds (at most 2 decimal places)`,
        value,
      );
      return undefined;
    }
    // Within £10 billion either way (core/inputs): a council's line is never more.
    const problem = numberProblem(pence / 100, numberRules.councilPounds);
    if (problem === undefined) return pence;
    fail(path, `'${String(value)}' ${problem}`, value);
    return undefined;
  };

  const council = text('council', input.council, true);
  const version = text('version', input.version, true);
  const versionProblem = version === undefined ? null : versionNameProblem(version);
  if (versionProblem) fail('version', versionProblem, input.version);
  const description = text('description', input.description, false);

  const years: FinancialYear[] = [];
  if (!Array.isArray(input.years) || input.years.length === 0) {
    fail('years', 'must list the financial years, e.g. ["2021-22", "2022-23"]', input.years);
  } else {
    input.years.forEach((raw, i) => {
      try {
        const year = parseFinancialYear(String(raw));
        const previous = years.at(-1);
        if (previous && compareFinancialYears(year, previous) <= 0)
          fail(`years[${i}]`, `${year} is out of order or repeated: years must run in order`, raw);
        else if (previous && year !== nextFinancialYear(previous))
          fail(`years[${i}]`, `${year} does not follow ${previous}: a year is missing`, raw);
        years.push(year);
      } catch (error) {
        fail(`years[${i}]`, (error as Error).message, raw);
      }
    });
  }
  const yearSet = new Set(years);
  const yearKey = (path: string, raw: string): FinancialYear | undefined => {
    try {
      const year = parseFinancialYear(raw);
      if (!yearSet.has(year)) {
        fail(path, `${year} is not one of the plan's years (${years.join(', ')})`, raw);
        return undefined;
      }
      return year;
    } catch (error) {
      fail(path, (error as Error).message, raw);
      return undefined;
    }
  };

  let opening: PlanVersion['opening'] = { cumulativeDeficit: 0, dfeContributionsToDate: 0 };
  if (!isObject(input.opening))
    fail('opening', 'is required: {"cumulativeDeficit": ..., "dfeContributionsToDate": ...}', input.opening);
  else {
    const basis = text('opening.basis', input.opening.basis, false);
    opening = {
      cumulativeDeficit: amount('opening.cumulativeDeficit', input.opening.cumulativeDeficit) ?? 0,
      dfeContributionsToDate:
        amount('opening.dfeContributionsToDate', input.opening.dfeContributionsToDate ?? 0) ?? 0,
      ...(basis ? { basis } : {}),
    };
  }

  const lines: PlanLine[] = [];
  const ids = new Map<string, number>();
  if (!Array.isArray(input.lines)) fail('lines', 'must be a list of lines', input.lines);
  else {
    input.lines.forEach((raw, i) => {
      const at = `lines[${i}]`;
      if (!isObject(raw)) return fail(at, 'must be an object with kind, label and amounts', raw);
      const kind = text(`${at}.kind`, raw.kind, true);
      if (kind !== undefined && !isLineKind(kind))
        fail(`${at}.kind`, `'${kind}' is not a line kind; use one of ${lineKinds.join(', ')}`, raw.kind);
      const label = text(`${at}.label`, raw.label, true) ?? '';
      const id = text(`${at}.id`, raw.id, false) ?? `L${i + 1}`;
      // The same rule as the line API: ids appear in URLs, files and KPI formulas.
      const idProblem = lineIdProblem(id);
      if (idProblem) fail(`${at}.id`, idProblem, raw.id);
      const seen = ids.get(id);
      if (seen !== undefined) fail(`${at}.id`, `duplicate line id '${id}' (also lines[${seen}])`, raw.id);
      ids.set(id, i);
      const links: LineLinks = {};
      if (raw.links !== undefined) {
        if (!isObject(raw.links)) fail(`${at}.links`, 'must be an object', raw.links);
        else
          for (const [key, value] of Object.entries(raw.links)) {
            if (!(linkKeys as readonly string[]).includes(key))
              fail(`${at}.links.${key}`, `is not a known link; use ${linkKeys.join(', ')}`);
            else {
              const linkText = text(`${at}.links.${key}`, value, false);
              if (linkText !== undefined) (links as Record<string, string>)[key] = linkText;
            }
          }
      }
      const amounts: PlanLine['amounts'] = {};
      if (!isObject(raw.amounts))
        fail(`${at}.amounts`, 'must map years to amounts, e.g. {"2021-22": 25897000}', raw.amounts);
      else
        for (const [rawYear, value] of Object.entries(raw.amounts)) {
          const year = yearKey(`${at}.amounts.${rawYear}`, rawYear);
          const pence = amount(`${at}.amounts.${rawYear}`, value);
          if (year && pence !== undefined) amounts[year] = pence;
        }
      let rule: PlanLine['rule'];
      if (kind && isLineKind(kind) && isRuleKind(kind)) rule = readLineRule(at, kind, raw.rule, years, fail);
      else if (raw.rule !== undefined)
        fail(`${at}.rule`, 'only stabilityGrant and hnbGrowth lines have a rule', raw.rule);
      if (kind && isLineKind(kind))
        lines.push({
          id,
          kind,
          label,
          links,
          amounts,
          ...(raw.memo === true ? { memo: true } : {}),
          ...(rule ? { rule } : {}),
        });
    });
  }

  const published: NonNullable<PlanVersion['published']> = {};
  if (input.published !== undefined) {
    if (!isObject(input.published)) fail('published', 'must map years to figures', input.published);
    else
      for (const [rawYear, figures] of Object.entries(input.published)) {
        const year = yearKey(`published.${rawYear}`, rawYear);
        if (!isObject(figures)) {
          fail(`published.${rawYear}`, 'must map figure names to amounts', figures);
          continue;
        }
        const row: Partial<Record<DerivedFigure, Pence>> = {};
        for (const [name, value] of Object.entries(figures)) {
          if (!(derivedFigures as readonly string[]).includes(name))
            fail(`published.${rawYear}.${name}`, `is not a derived figure; use ${derivedFigures.join(', ')}`);
          else {
            const pence = amount(`published.${rawYear}.${name}`, value);
            if (pence !== undefined) row[name as DerivedFigure] = pence;
          }
        }
        if (year) published[year] = row;
      }
  }

  let publishedRoundedTo: Pence | undefined;
  if (input.publishedRoundedTo !== undefined) {
    publishedRoundedTo = amount('publishedRoundedTo', input.publishedRoundedTo);
    if (publishedRoundedTo !== undefined && publishedRoundedTo <= 0)
      fail('publishedRoundedTo', 'must be a positive amount such as 1000', input.publishedRoundedTo);
  }

  const outturn: NonNullable<PlanVersion['outturn']> = {};
  if (input.outturn !== undefined) {
    if (!isObject(input.outturn))
      fail('outturn', 'must map years to actual closing cumulative deficits', input.outturn);
    else
      for (const [rawYear, value] of Object.entries(input.outturn)) {
        try {
          const year = parseFinancialYear(rawYear);
          const pence = amount(`outturn.${rawYear}`, value);
          if (pence !== undefined) outturn[year] = pence;
        } catch (error) {
          fail(`outturn.${rawYear}`, (error as Error).message, rawYear);
        }
      }
  }

  const usableReserves: NonNullable<PlanVersion['usableReserves']> = {};
  if (input.usableReserves !== undefined) {
    if (!isObject(input.usableReserves))
      fail(
        'usableReserves',
        "must map years to the council's usable reserves at the year end",
        input.usableReserves,
      );
    else
      for (const [rawYear, value] of Object.entries(input.usableReserves)) {
        const year = yearKey(`usableReserves.${rawYear}`, rawYear);
        const pence = amount(`usableReserves.${rawYear}`, value);
        if (year && pence !== undefined) usableReserves[year] = pence;
      }
  }
  let overrideEndsAfter: string | undefined;
  if (input.overrideEndsAfter !== undefined)
    try {
      overrideEndsAfter = parseIsoDate(String(input.overrideEndsAfter as string));
    } catch (error) {
      fail('overrideEndsAfter', (error as Error).message, input.overrideEndsAfter);
    }

  for (const key of Object.keys(input)) {
    if (
      ![
        'council',
        'version',
        'description',
        'years',
        'opening',
        'lines',
        'published',
        'publishedRoundedTo',
        'outturn',
        'usableReserves',
        'overrideEndsAfter',
        '$schema',
      ].includes(key)
    ) {
      fail(key, 'is not part of the plan format (see docs/formats/financial-model.md)');
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      council: council!,
      version: version!,
      ...(description ? { description } : {}),
      years,
      opening,
      lines,
      ...(Object.keys(published).length > 0 ? { published } : {}),
      ...(publishedRoundedTo !== undefined ? { publishedRoundedTo } : {}),
      ...(Object.keys(outturn).length > 0 ? { outturn } : {}),
      ...(Object.keys(usableReserves).length > 0 ? { usableReserves } : {}),
      ...(overrideEndsAfter ? { overrideEndsAfter } : {}),
    },
  };
}
