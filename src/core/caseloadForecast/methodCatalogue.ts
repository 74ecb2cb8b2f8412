import { forecastMethods } from './methods';
import { ENSEMBLE, ENSEMBLE_LABEL, pooledComponents } from './pooledMethods';

// Every method the scorecard can list, in the order it lists them: the four naive baselines, the
// per-council models, the pooled parts, the ensemble, and the method chosen by the back-test.

/** How the scorecard names a method and whether it is a naive baseline. */
export interface MethodDescriptor {
  id: string;
  label: string;
  kind: 'baseline' | 'model';
}

/** The id of the method chosen at each origin by the back-test (methodSelection.ts). */
export const CHOSEN = 'chosen';

/** Every method, baselines first. */
export const methodCatalogue: readonly MethodDescriptor[] = [
  ...forecastMethods.map(({ id, label, kind }) => ({ id, label, kind })),
  ...pooledComponents.map(({ id, label }) => ({ id, label, kind: 'model' as const })),
  { id: ENSEMBLE, label: ENSEMBLE_LABEL, kind: 'model' },
  {
    id: CHOSEN,
    label: 'The method the back-test chose for each horizon, from earlier origins only',
    kind: 'model',
  },
];

/** A method by id. */
export function methodDescriptor(id: string): MethodDescriptor | undefined {
  return methodCatalogue.find((m) => m.id === id);
}

/** The naive baselines' ids. */
export const baselineIds: readonly string[] = methodCatalogue
  .filter((m) => m.kind === 'baseline')
  .map((m) => m.id);
