import { controlCharacterProblem, findControlCharacterInValue, jsonPathText } from '../inputs';
import { parseFinancialYear, parseIsoDate } from '../periods';
import {
  modelFigures,
  type KpiBand,
  type KpiDefinition,
  type KpiFormula,
  type KpiPeriod,
  type KpiSet,
  type KpiTerm,
  type KpiTolerance,
  type KpiUnit,
  type KpiValueRecord,
  type ModelSource,
  type PlacementSource,
  type Sen2Source,
  type TargetDerivation,
} from './definition';
import { formulaRefs } from './formula';
import { parseKpiPeriod } from './period';
import { kingstonKpiTolerance } from './rag';
import { implausibleFigure, outOfRange } from './validate';

/** One problem in a KPI file: its JSON path and what is wrong. */
export interface KpiFileError {
  path: string;
  message: string;
}

export type KpiReadResult = { ok: true; data: KpiSet } | { ok: false; errors: KpiFileError[] };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const units = ['count', 'percent', 'money'] as const;
const directions = ['lower', 'higher', 'closeToTarget'] as const;
const rags = ['G', 'A', 'R'] as const;

/**
 * Reads a KPI set in the documented JSON format (docs/formats/kpis.md). Money is pounds in the file and
 * pence in the result. Returns every problem found, never a half-read set.
 */
export function readKpiSet(input: unknown): KpiReadResult {
  const errors: KpiFileError[] = [];
  const fail = (path: string, message: string) => void errors.push({ path, message });
  if (!isObject(input))
    return { ok: false, errors: [{ path: '', message: 'The file must hold one JSON object (a KPI set).' }] };
  const control = findControlCharacterInValue(input);
  if (control)
    return {
      ok: false,
      errors: [{ path: jsonPathText(control.path), message: controlCharacterProblem(control.found) }],
    };

  const text = (path: string, v: unknown, required = true): string | undefined => {
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number') return String(v);
    if (v !== undefined || required) fail(path, required ? 'is required (text)' : 'must be text');
    return undefined;
  };
  const oneOf = <T extends string>(path: string, v: unknown, allowed: readonly T[]): T | undefined => {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    fail(path, `must be one of ${allowed.join(', ')}`);
    return undefined;
  };
  // A figure in the KPI's unit: pounds in the file for money (converted to pence), null for n/a.
  const figure = (
    path: string,
    v: unknown,
    unit: KpiUnit | undefined,
    nullable = true,
  ): number | null | undefined => {
    if (v === null && nullable) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      fail(path, nullable ? 'must be a number, or null for n/a' : 'must be a number');
      return undefined;
    }
    const implausible = implausibleFigure(unit ?? 'count', v);
    if (implausible) {
      fail(path, implausible);
      return undefined;
    }
    if (unit === 'money') {
      if (Math.abs(Math.round(v * 100) - v * 100) > 1e-6)
        fail(path, `${v} is not an amount in pounds (at most 2 decimal places)`);
      return Math.round(v * 100);
    }
    return v;
  };
  const date = (path: string, v: unknown) => {
    try {
      return parseIsoDate(String(v));
    } catch {
      fail(path, `'${String(v)}' is not a date (YYYY-MM-DD)`);
      return undefined;
    }
  };

  const council = text('council', input.council);
  let financialYear: string | undefined;
  try {
    financialYear = parseFinancialYear(String(input.financialYear));
  } catch (error) {
    fail('financialYear', (error as Error).message);
  }
  const targetVersion = text('targetVersion', input.targetVersion, false);

  const band = (path: string, v: unknown, unit?: KpiUnit): KpiBand | undefined => {
    if (!isObject(v)) return void fail(path, 'must be an object with absolute and/or percent');
    const b: KpiBand = {};
    if (v.absolute !== undefined)
      b.absolute = figure(`${path}.absolute`, v.absolute, unit, false) ?? undefined;
    if (v.percent !== undefined)
      b.percent = figure(`${path}.percent`, v.percent, 'percent', false) ?? undefined;
    if (b.absolute === undefined && b.percent === undefined)
      fail(path, 'give an absolute difference, a percentage of the target, or both');
    return b;
  };
  const tolerance = (path: string, v: unknown, unit?: KpiUnit): KpiTolerance | undefined => {
    if (!isObject(v)) return void fail(path, 'must be an object with amber (and optionally red) bands');
    const amber = band(`${path}.amber`, v.amber, unit);
    const red = v.red === undefined ? undefined : band(`${path}.red`, v.red, unit);
    return amber ? { amber, ...(red ? { red } : {}) } : undefined;
  };
  const defaultTolerance =
    input.defaultTolerance === undefined
      ? kingstonKpiTolerance
      : tolerance('defaultTolerance', input.defaultTolerance);

  const source = (path: string, v: unknown, unit?: KpiUnit): ModelSource | undefined => {
    if (!isObject(v)) return void fail(path, 'must name a model figure or line');
    const roundTo =
      v.roundTo === undefined ? undefined : (figure(`${path}.roundTo`, v.roundTo, unit, false) ?? undefined);
    const extra = roundTo === undefined ? {} : { roundTo };
    if (v.figure !== undefined) {
      const f = oneOf(`${path}.figure`, v.figure, modelFigures);
      return f ? { figure: f, ...extra } : undefined;
    }
    const line = text(`${path}.line`, v.line);
    return line ? { line, ...extra } : undefined;
  };
  const placementSource = (path: string, v: unknown, unit?: KpiUnit): PlacementSource | undefined => {
    if (!isObject(v))
      return void fail(
        path,
        'must name a placement register figure: {"measure": "averageCost" | "averageCostOfEhcp" | "independentSectorSharePct", ...}',
      );
    const measure = oneOf(`${path}.measure`, v.measure, [
      'averageCost',
      'averageCostOfEhcp',
      'independentSectorSharePct',
    ] as const);
    if (measure === undefined) return undefined;
    const wantUnit = measure === 'independentSectorSharePct' ? 'percent' : 'money';
    if (unit !== undefined && unit !== wantUnit)
      return void fail(
        `${path}.measure`,
        `${measure} is ${wantUnit === 'money' ? 'an amount' : 'a percentage'}: the KPI's unit must be ${wantUnit}`,
      );
    if (measure !== 'averageCost') return { measure };
    if (v.councilCategory !== undefined) {
      const councilCategory = text(`${path}.councilCategory`, v.councilCategory);
      return councilCategory ? { measure, councilCategory } : undefined;
    }
    if (v.phase !== undefined) {
      const phase = oneOf(`${path}.phase`, v.phase, ['under16', 'over16'] as const);
      return phase ? { measure, phase } : undefined;
    }
    const category = oneOf(`${path}.category`, v.category, [
      'mainstream',
      'resourcedProvision',
      'specialMaintained',
      'independent',
      'hospitalAp',
      'post16',
      'other',
    ] as const);
    return category ? { measure, category } : undefined;
  };
  const sen2Source = (path: string, v: unknown, unit?: KpiUnit): Sen2Source | undefined => {
    if (!isObject(v))
      return void fail(
        path,
        'must name a SEN2 figure: {"measure": "requestsPerMonth" | "newPlans" | "ceasedPlans" | "pctWithin20Weeks" | "ehcps"}',
      );
    const measure = oneOf(`${path}.measure`, v.measure, [
      'requestsPerMonth',
      'newPlans',
      'ceasedPlans',
      'pctWithin20Weeks',
      'ehcps',
    ] as const);
    if (measure === undefined) return undefined;
    const wantUnit = measure === 'pctWithin20Weeks' ? 'percent' : 'count';
    if (unit !== undefined && unit !== wantUnit)
      return void fail(
        `${path}.measure`,
        `${measure} is ${wantUnit === 'count' ? 'a count' : 'a percentage'}: the KPI's unit must be ${wantUnit}`,
      );
    if (measure !== 'pctWithin20Weeks') return { measure };
    if (v.exceptions === undefined) return { measure };
    const exceptions = oneOf(`${path}.exceptions`, v.exceptions, ['included', 'excluded'] as const);
    return exceptions ? { measure, exceptions } : undefined;
  };
  const term = (path: string, v: unknown): KpiTerm | undefined => {
    if (!isObject(v)) return void fail(path, 'must be {"ref": "..."} with an optional "field"');
    const ref = text(`${path}.ref`, v.ref);
    const field =
      v.field === undefined
        ? undefined
        : oneOf(`${path}.field`, v.field, ['baseline', 'annualTarget'] as const);
    return ref ? { ref, ...(field ? { field } : {}) } : undefined;
  };
  const terms = (path: string, v: unknown): KpiTerm[] => {
    if (!Array.isArray(v) || v.length === 0) return (fail(path, 'must list at least one KPI'), []);
    return v.map((t, i) => term(`${path}[${i}]`, t)).filter((t): t is KpiTerm => t !== undefined);
  };
  const formula = (path: string, v: unknown, unit?: KpiUnit): KpiFormula | undefined => {
    if (!isObject(v)) return void fail(path, 'must be a formula object');
    const kind = oneOf(`${path}.kind`, v.kind, [
      'sum',
      'ratio',
      'growth',
      'model',
      'placements',
      'sen2',
    ] as const);
    if (kind === 'sum') return { kind, terms: terms(`${path}.terms`, v.terms) };
    if (kind === 'ratio') {
      const over = term(`${path}.over`, v.over);
      const subtract = v.subtract === undefined ? undefined : terms(`${path}.subtract`, v.subtract);
      return over
        ? { kind, add: terms(`${path}.add`, v.add), ...(subtract ? { subtract } : {}), over }
        : undefined;
    }
    if (kind === 'growth') {
      const of = term(`${path}.of`, v.of);
      const over = term(`${path}.over`, v.over);
      return of && over ? { kind, of, over } : undefined;
    }
    if (kind === 'model') {
      const s = source(`${path}.source`, v.source, unit);
      return s ? { kind, source: s } : undefined;
    }
    if (kind === 'placements') {
      const s = placementSource(`${path}.source`, v.source, unit);
      return s ? { kind, source: s } : undefined;
    }
    if (kind === 'sen2') {
      const s = sen2Source(`${path}.source`, v.source, unit);
      return s ? { kind, source: s } : undefined;
    }
    return undefined;
  };
  const target = (path: string, v: unknown, unit?: KpiUnit): TargetDerivation | undefined => {
    if (!isObject(v)) return void fail(path, 'must be {"kind": "annual" | "proRata" | "planLine", ...}');
    const kind = oneOf(`${path}.kind`, v.kind, ['annual', 'proRata', 'planLine'] as const);
    if (kind === 'annual') {
      if (v.inPlan !== undefined && typeof v.inPlan !== 'boolean')
        fail(`${path}.inPlan`, 'must be true or false');
      return v.inPlan === true ? { kind, inPlan: true } : { kind };
    }
    if (kind === 'proRata') {
      const start = v.start === undefined ? undefined : figure(`${path}.start`, v.start, unit, false);
      return { kind, ...(typeof start === 'number' ? { start } : {}) };
    }
    if (kind === 'planLine') {
      const s = source(`${path}.source`, v.source, unit);
      return s ? { kind, source: s } : undefined;
    }
    return undefined;
  };

  const range = (path: string, v: unknown, unit?: KpiUnit): KpiDefinition['range'] => {
    if (!isObject(v)) return void fail(path, 'must be {"min": n, "max": n}');
    const min = v.min === undefined ? undefined : figure(`${path}.min`, v.min, unit, false);
    const max = v.max === undefined ? undefined : figure(`${path}.max`, v.max, unit, false);
    return { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) };
  };

  const kpis: KpiDefinition[] = [];
  if (!Array.isArray(input.kpis) || input.kpis.length === 0) fail('kpis', 'must list the KPIs');
  const rawKpis = Array.isArray(input.kpis) ? (input.kpis as unknown[]) : [];
  rawKpis.forEach((raw, i) => {
    const path = `kpis[${i}]`;
    if (!isObject(raw)) return fail(path, 'must be an object');
    const unit = oneOf(`${path}.unit`, raw.unit, units);
    const kpi = {
      ref: text(`${path}.ref`, raw.ref),
      name: text(`${path}.name`, raw.name),
      category: text(`${path}.category`, raw.category),
      unit,
      ...(raw.decimals !== undefined
        ? {
            decimals:
              Number.isInteger(raw.decimals) && (raw.decimals as number) >= 0 && (raw.decimals as number) <= 4
                ? raw.decimals
                : fail(`${path}.decimals`, 'must be a whole number from 0 to 4'),
          }
        : {}),
      direction: oneOf(`${path}.direction`, raw.direction, directions),
      baseline: figure(`${path}.baseline`, raw.baseline, unit),
      baselineDate: date(`${path}.baselineDate`, raw.baselineDate),
      annualTarget: figure(`${path}.annualTarget`, raw.annualTarget, unit),
      target: target(`${path}.target`, raw.target ?? { kind: 'annual' }, unit),
      ...(raw.computed !== undefined ? { computed: formula(`${path}.computed`, raw.computed, unit) } : {}),
      ...(raw.expected !== undefined ? { expected: formula(`${path}.expected`, raw.expected, unit) } : {}),
      ...(raw.tolerance !== undefined
        ? { tolerance: tolerance(`${path}.tolerance`, raw.tolerance, unit) }
        : {}),
      ...(raw.range !== undefined ? { range: range(`${path}.range`, raw.range, unit) } : {}),
    } as KpiDefinition;
    if (kpis.some((k) => k.ref === kpi.ref)) fail(`${path}.ref`, `KPI ${kpi.ref} is defined twice`);
    for (const field of ['baseline', 'annualTarget'] as const) {
      const problem = outOfRange(kpi, kpi[field]);
      if (problem) fail(`${path}.${field}`, problem);
    }
    kpis.push(kpi);
  });
  const refs = new Set(kpis.map((k) => k.ref));
  kpis.forEach((k, i) => {
    for (const key of ['computed', 'expected'] as const) {
      const f = k[key];
      if (!f) continue;
      for (const ref of formulaRefs(f))
        if (!refs.has(ref)) fail(`kpis[${i}].${key}`, `refers to KPI ${ref}, which the file does not define`);
    }
  });

  const periods: KpiPeriod[] = [];
  const rawPeriods = Array.isArray(input.periods)
    ? (input.periods as unknown[])
    : input.periods === undefined
      ? []
      : (fail('periods', 'must be a list'), []);
  rawPeriods.forEach((raw, p) => {
    const path = `periods[${p}]`;
    if (!isObject(raw)) return fail(path, 'must be an object');
    const period = text(`${path}.period`, raw.period);
    try {
      if (period && financialYear && parseKpiPeriod(period).financialYear !== financialYear)
        fail(`${path}.period`, `${period} is outside the set's financial year ${financialYear}`);
    } catch (error) {
      fail(`${path}.period`, (error as Error).message);
    }
    if (periods.some((x) => x.period === period)) fail(`${path}.period`, `${period} is listed twice`);
    const values: KpiValueRecord[] = [];
    const rawValues = Array.isArray(raw.values)
      ? (raw.values as unknown[])
      : (fail(`${path}.values`, 'must be a list'), []);
    rawValues.forEach((rv, i) => {
      const vpath = `${path}.values[${i}]`;
      if (!isObject(rv)) return fail(vpath, 'must be an object');
      const ref = text(`${vpath}.ref`, rv.ref);
      const kpi = kpis.find((k) => k.ref === ref);
      if (ref && !kpi) return fail(`${vpath}.ref`, `KPI ${ref} is not defined in this file`);
      if (values.some((v) => v.ref === ref)) fail(`${vpath}.ref`, `KPI ${ref} has two values for ${period}`);
      const value = figure(`${vpath}.value`, rv.value ?? null, kpi?.unit);
      const problem = kpi && value !== undefined ? outOfRange(kpi, value) : undefined;
      if (problem) fail(`${vpath}.value`, problem);
      const record: KpiValueRecord = { ref: ref ?? '', value: value ?? null };
      if (rv.comment !== undefined) record.comment = text(`${vpath}.comment`, rv.comment, false);
      if (rv.publishedTarget !== undefined)
        record.publishedTarget = figure(`${vpath}.publishedTarget`, rv.publishedTarget, kpi?.unit) ?? null;
      if (rv.publishedRag !== undefined)
        record.publishedRag =
          rv.publishedRag === null ? null : (oneOf(`${vpath}.publishedRag`, rv.publishedRag, rags) ?? null);
      if (rv.ragOverride !== undefined) {
        const o = rv.ragOverride;
        if (!isObject(o))
          fail(`${vpath}.ragOverride`, 'must be {"rag": "G" | "A" | "R" | null, "reason": "..."}');
        else {
          const reason = text(`${vpath}.ragOverride.reason`, o.reason);
          const rag = o.rag === null ? null : oneOf(`${vpath}.ragOverride.rag`, o.rag, rags);
          if (reason && rag !== undefined) record.ragOverride = { rag, reason };
        }
      }
      values.push(record);
    });
    const dataDate = raw.dataDate === undefined ? undefined : date(`${path}.dataDate`, raw.dataDate);
    const valueVersion = text(`${path}.valueVersion`, raw.valueVersion, false);
    periods.push({
      period: period ?? '',
      ...(dataDate ? { dataDate } : {}),
      ...(valueVersion ? { valueVersion } : {}),
      values,
    });
  });

  if (errors.length > 0 || !council || !financialYear || !defaultTolerance) return { ok: false, errors };
  return {
    ok: true,
    data: {
      council,
      financialYear,
      ...(targetVersion ? { targetVersion } : {}),
      defaultTolerance,
      kpis,
      periods,
    },
  };
}
