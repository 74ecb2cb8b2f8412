import { z } from 'zod';
import type { PlacementCost } from '../../core/forecast/witanInputs';
import { averageCostByCategory, averageOf, annualCost, isActiveOn } from '../../core/placements';
import { sen2ForecastInputs } from '../../core/sen2/forecastInputs';
import { censusHistory } from '../../core/sen2/history';
import { transitionHistory, type ForecastSetting } from '../../core/sen2/transitions';
import { readPopulationFile } from '../../io/sen2/readPopulationFile';
import { crossCheck, type FileRowError } from '../../io/witan/crossCheck';
import { readCosts } from '../../io/witan/readCosts';
import { addInputLinks } from '../../db/sen2InputLinksRepository';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import { ForecastInputsInvalidError, storeInputSet } from '../forecasts/inputSets';
import type { Actor } from '../permissions';
import { latestSnapshot, loadPlacements } from '../placements/repository';
import { parseInput } from '../validation';
import { loadCouncilReturns } from './storedReturns';

// Forecast inputs made from the council's SEN2 returns and stored like an uploaded witan.send folder, so
// forecast runs, back-tests and the start form use them as they are. Costs come from the placement
// register in force (average annual cost by setting) unless the council gives a witan.send costs.csv;
// the population from the council's file, or a stated flat assumption (core/sen2/forecastInputs).

const fromSen2Input = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    /** Forecast settings: the seven DfE placement categories (default) or the setting types. */
    setting: z.enum(['category', 'settingType']).default('category'),
    /** Also use transitions rebuilt from a later return (default: only with a single return). */
    rebuild: z.boolean().optional(),
    /** A population file's text (docs/formats/sen2-population.md). */
    population: z.string().max(5_000_000).optional(),
    /** A witan.send costs.csv's text (need, setting, cost in pounds). */
    costs: z.string().max(5_000_000).optional(),
  })
  .strict();

/** What the web and the API send to make forecast inputs from the returns. */
export type Sen2ForecastInputsRequest = z.input<typeof fromSen2Input>;

const invalid = (file: string, errors: ReadonlyArray<Omit<FileRowError, 'file'>>) =>
  new ForecastInputsInvalidError(errors.map((e) => ({ file, ...e })));

/** Average annual cost (pence) of the register's open placements by forecast setting. */
async function registerCosts(ctx: ServiceContext, councilId: number, setting: ForecastSetting) {
  const snapshot = await latestSnapshot(ctx.db, councilId);
  if (!snapshot) return { costs: {}, from: null };
  const placements = await loadPlacements(ctx.db, snapshot.id);
  const costs: Record<string, number> = {};
  if (setting === 'category') {
    for (const [category, a] of Object.entries(averageCostByCategory(placements, snapshot.asAt)))
      if (a.average !== null) costs[category] = a.average;
  } else {
    const sums = new Map<string, { total: number; count: number }>();
    for (const p of placements.filter((p) => isActiveOn(p, snapshot.asAt))) {
      const sum = sums.get(p.settingType) ?? { total: 0, count: 0 };
      sums.set(p.settingType, { total: sum.total + annualCost(p), count: sum.count + 1 });
    }
    for (const [type, { total, count }] of sums) costs[type] = averageOf(total, count)!;
  }
  return { costs, from: snapshot };
}

/**
 * Builds forecast inputs from the council's returns and stores them as an input set (forecast staff):
 * transitions between consecutive Januaries matched by pseudonymous id, rebuilt earlier years when asked
 * (or when there is only one return), costs and population as above. Every assumption is kept with the
 * set as a warning, so a run from it shows them.
 */
export async function addForecastInputsFromSen2(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
) {
  const data = parseInput(fromSen2Input, input);
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  const returns = await loadCouncilReturns(ctx.db, council);
  const rebuild = data.rebuild ?? returns.byYear.size < 2;
  const history = censusHistory(returns.byYear, returns.lookups);
  const years = transitionHistory(returns.byYear, returns.lookups, {
    setting: data.setting,
    rebuild,
    earliestYear: history.januaries[0]?.year,
  });
  if (years.length === 0)
    throw new ValidationError('The returns give no pair of Januaries to forecast from.');
  let population = null;
  if (data.population !== undefined) {
    const read = readPopulationFile(data.population);
    if (!read.ok) throw invalid('population', read.errors);
    population = read.data;
  }
  let costBySetting: Record<string, number> = {};
  let explicitCosts: PlacementCost[] | null = null;
  const notes: string[] = [];
  if (data.costs !== undefined) {
    const read = readCosts(data.costs);
    if (!read.ok) throw invalid('costs.csv', read.errors);
    explicitCosts = read.data.map(({ row: _row, ...c }) => c);
  } else {
    const fromRegister = await registerCosts(ctx, council.id, data.setting);
    costBySetting = fromRegister.costs;
    notes.push(
      fromRegister.from
        ? `costs: average annual cost by ${data.setting === 'category' ? 'DfE placement category' : 'setting type'} of the placement register as at ${fromRegister.from.asAt}${fromRegister.from.synthetic ? ' (synthetic)' : ''}`
        : 'costs: the council has no placement register and gave no cost file',
    );
  }
  const built = sen2ForecastInputs(years, { setting: data.setting, costBySetting, population });
  const inputs = explicitCosts ? { ...built.inputs, costs: explicitCosts } : built.inputs;
  const assumptions = explicitCosts
    ? built.assumptions.filter((a) => !a.startsWith('no cost for'))
    : built.assumptions;
  const row = <T extends object>(items: readonly T[]) => items.map((item) => ({ ...item, row: 0 }));
  const checked = crossCheck(
    {
      transitions: row(inputs.transitions),
      population: row(inputs.population),
      costs: row(inputs.costs),
      validSettings: row(inputs.validSettings),
    },
    { transitions: 'transitions', population: 'population', costs: 'costs.csv', validStates: 'valid states' },
    'transition-start',
  );
  if (checked.errors.length > 0) throw new ForecastInputsInvalidError(checked.errors);
  const label = `SEN2 returns ${[...returns.byYear.keys()].join(', ')}${returns.synthetic ? ' (synthetic)' : ''}`;
  // The set remembers the returns it was made from, so none of them is deleted from under it.
  const stored = await inTransaction(ctx, async (trx) => {
    const set = await storeInputSet({ ...ctx, db: trx }, actor, council, data.name, label, inputs, [
      ...notes,
      ...assumptions,
      ...checked.warnings,
    ]);
    await addInputLinks(
      trx,
      returns.stored.map((r) => ({ inputSetId: set.id, returnId: r.id })),
    );
    return set;
  });
  return {
    inputSet: stored,
    rebuilt: rebuild,
    transitionYears: years.map(({ transitions: _t, ...summary }) => summary),
    notRebuilt: history.notRebuilt,
  };
}
