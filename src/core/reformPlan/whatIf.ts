import type { ForecastOptions } from '../forecast/forecastOptions';
import type { ScenarioChange } from '../forecast/scenario';
import { nextFinancialYear } from '../periods';
import type { Mitigation } from './mitigation';

// What-ifs a council is asked for after submission, each one change on top of the mitigated plan. The
// forecast has no separate stage for requests and their conversion to plans: new EHCPs are its joiners,
// so more requests (at the same conversion) and a higher conversion both scale the joiner rate.

/** One what-if. */
export type WhatIf =
  /** Requests for assessment up (or down) by `percent`, from the first projected year. */
  | { kind: 'requests'; percent: number }
  /** The conversion of requests to plans up (or down) by `percent` (of the joiners it gives). */
  | { kind: 'conversion'; percent: number }
  /** The mitigation's expansion (its caps, redirects and placements moved) a year late. */
  | { kind: 'expansionLate'; mitigation: string }
  /** Placement costs rising by `percent` a year from the seed year. */
  | { kind: 'costInflation'; percent: number };

/** What the plan runs with once the what-if is applied. */
export interface WhatIfPlan {
  options: ForecastOptions;
  mitigations: Mitigation[];
}

/** Applies one what-if to a plan's options and mitigations; refuses what cannot apply, saying why. */
export function applyWhatIf(
  options: ForecastOptions,
  mitigations: readonly Mitigation[],
  whatIf: WhatIf,
): WhatIfPlan {
  if (whatIf.kind === 'costInflation')
    return { options: { ...options, costInflation: whatIf.percent / 100 }, mitigations: [...mitigations] };
  if (whatIf.kind === 'expansionLate') {
    const target = mitigations.find((m) => m.id === whatIf.mitigation);
    if (!target) throw new RangeError(`the plan has no mitigation '${whatIf.mitigation}'`);
    if (!target.changes?.length)
      throw new RangeError(`'${target.name}' is money-only: it has no expansion to delay`);
    return {
      options,
      mitigations: mitigations.map((m) =>
        m === target ? { ...m, startYear: nextFinancialYear(m.startYear) } : m,
      ),
    };
  }
  if (!(whatIf.percent > -100)) throw new RangeError(`${whatIf.percent}% would leave no ${whatIf.kind}`);
  const change: ScenarioChange = {
    type: 'multiply-joiners',
    factor: 1 + whatIf.percent / 100,
    note: `what-if: ${whatIf.kind} ${whatIf.percent > 0 ? '+' : ''}${whatIf.percent}%`,
  };
  const changes = [...(options.scenario?.changes ?? []), change];
  return {
    options: { ...options, scenario: { name: options.scenario?.name ?? 'what-if', changes } },
    mitigations: [...mitigations],
  };
}
