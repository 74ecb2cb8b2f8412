import { xoroshiro128plus } from 'pure-rand';
import { rngFromGenerator } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import type { WitanInputs } from '../../core/forecast/witanInputs';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { storeInputSet } from './inputSets';

/** The demo's forecast inputs: made up, never Kingston's children (there is no public census of them). */
export const demoInputSetName = 'Synthetic census, January 2016 to January 2021 (demo)';

/** The synthetic council at 0.7 of its size (about Kingston's 1,400 EHCPs), a year later: its last census is January 2021, as for Kingston's May 2021 forecast. */
export function demoForecastInputs(): WitanInputs {
  const inputs = syntheticCouncil(rngFromGenerator(xoroshiro128plus(314)), 0.7);
  return {
    ...inputs,
    transitions: inputs.transitions.map((t) => ({ ...t, calendarYear: t.calendarYear + 1 })),
    population: inputs.population.map((p) => ({ ...p, calendarYear: p.calendarYear + 1 })),
  };
}

/** Stores the demo council's synthetic forecast inputs (inside the demo loader's transaction). */
export async function loadDemoForecastInputs(ctx: ServiceContext, actor: Actor, code: string): Promise<void> {
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  await storeInputSet(ctx, actor, council, demoInputSetName, 'synthetic (demo)', demoForecastInputs(), []);
}
