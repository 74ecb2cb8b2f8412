import { z } from 'zod';
import type { ForecastOptions } from '../../core/forecast/forecastOptions';
import { parseScenario, type Scenario } from '../../core/forecast/scenario';
import { ValidationError } from '../errors';
import { labelled } from '../fieldLabels';
import { boundedNumber } from '../fields';

// The switches a stored forecast run may set over its mode (docs/forecast.md), checked when the run is
// submitted: an option the engine does not have, or a value it refuses ("ageingOut": "no-such-mode"), is a
// 400 naming the option, never a queued run that fails later.

const choice = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  labelled(z.enum(values), label);

/** Every engine switch, each optional (the mode's preset fills the rest). */
export const forecastOptionsInput = z
  .object({
    ageingOut: choice('the ageing-out option', ['silent-drop', 'explicit']),
    joinerPopulationYear: choice('the joiner population year', ['transition-start', 'census']),
    joinerFallback: choice('the joiner fallback', ['none', 'pooled']),
    rateDraws: choice('the rate draws option', ['per-cohort-year', 'per-simulation']),
    joinerWeighting: choice('the joiner weighting', ['equal', 'recency']),
    joinerHalfLife: boundedNumber('the joiner half-life (years)', { min: 0.1, max: 100 }),
    joinerTrend: choice('the joiner trend', ['none', 'log-linear']),
    costInflation: boundedNumber('the yearly cost inflation (a fraction, 0.03 is 3%)', { min: -0.5, max: 1 }),
  } satisfies Record<Exclude<keyof ForecastOptions, 'scenario'>, z.ZodType>)
  .partial()
  .strict();

/** A scenario as the engine takes it, or a 400 listing every problem with its path. */
export function scenarioInput(value: unknown): Scenario {
  const parsed = parseScenario(value);
  if (parsed.ok) return parsed.scenario;
  const problems = parsed.problems.map((p) => `The scenario's ${p.path} ${p.message}.`);
  throw new ValidationError(
    problems[0] ?? 'The scenario is not valid.',
    'scenario',
    problems.length > 1 ? problems : undefined,
  );
}
