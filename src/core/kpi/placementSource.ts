import type { KpiDefinition, PlacementSource } from './definition';
import { decimalsOf } from './definition';
import type { ModelLookup } from './modelSource';
import { roundKpi } from './rounding';

/**
 * What a placement register gives the KPIs: its averages (pence) and shares as at its date, costed for one
 * financial year. Plain data, so the KPI core needs nothing of the placement code; the services build it
 * from the register's summary.
 */
export interface PlacementFigures {
  readonly asAt: string;
  readonly financialYear: string;
  /** Made-up rows (the demo register): every figure taken from it says so. */
  readonly synthetic: boolean;
  readonly averageCostByPhase: Readonly<Record<string, number | null>>;
  /** By the DfE's seven categories (ids: mainstream, resourcedProvision, ...). */
  readonly averageCostByCategory: Readonly<Record<string, number | null>>;
  /** By the council's own categories, with their labels. */
  readonly averageCostByCouncilCategory: Readonly<
    Record<string, { readonly label: string; readonly average: number | null }>
  >;
  readonly averageCostOfEhcp: number | null;
  readonly independentSectorSharePct: number | null;
}

const phaseWords: Record<string, string> = { under16: '< 16', over16: '> 16' };

/** The source in words, without a register: e.g. 'average cost of council category "independent-under-16"'. */
export function describePlacementSource(source: PlacementSource, figures?: PlacementFigures): string {
  switch (source.measure) {
    case 'averageCost':
      if ('councilCategory' in source) {
        const label =
          figures?.averageCostByCouncilCategory[source.councilCategory]?.label ?? source.councilCategory;
        return `average cost of "${label}"`;
      }
      if ('phase' in source) return `average placement cost ${phaseWords[source.phase] ?? source.phase}`;
      return `average cost in the DfE category ${source.category}`;
    case 'averageCostOfEhcp':
      return `average cost of an EHCP (gross cost in ${figures?.financialYear ?? 'the year'} / children placed)`;
    case 'independentSectorSharePct':
      return `independent sector share of spend in ${figures?.financialYear ?? 'the year'}`;
  }
}

/** Where the figure comes from, in words: "... from the placement register as at 2021-05-31 (synthetic)". */
export function describePlacementLookup(source: PlacementSource, figures: PlacementFigures): string {
  return `${describePlacementSource(source, figures)} from the placement register as at ${figures.asAt}${figures.synthetic ? ' (synthetic)' : ''}`;
}

/** A register's figure for a KPI, rounded to the KPI's published precision, or why there is none. */
export function lookupPlacements(
  figures: PlacementFigures,
  source: PlacementSource,
  kpi: Pick<KpiDefinition, 'unit' | 'decimals'>,
): ModelLookup {
  const how = describePlacementLookup(source, figures);
  let raw: number | null | undefined;
  let unit: 'money' | 'percent' = 'money';
  switch (source.measure) {
    case 'averageCost':
      raw =
        'councilCategory' in source
          ? figures.averageCostByCouncilCategory[source.councilCategory]?.average
          : 'phase' in source
            ? figures.averageCostByPhase[source.phase]
            : figures.averageCostByCategory[source.category];
      if (raw === undefined) return { ok: false, problem: `${how}: the register has no such category` };
      break;
    case 'averageCostOfEhcp':
      raw = figures.averageCostOfEhcp;
      break;
    case 'independentSectorSharePct':
      raw = figures.independentSectorSharePct;
      unit = 'percent';
      break;
  }
  if (kpi.unit !== unit)
    return {
      ok: false,
      problem: `${how} is ${unit === 'money' ? 'an amount' : 'a percentage'}, but the KPI's unit is ${kpi.unit}`,
    };
  if (raw === null) return { ok: false, problem: `${how}: no placements to average` };
  return { ok: true, value: roundKpi(raw, kpi.unit, decimalsOf(kpi)), how };
}
