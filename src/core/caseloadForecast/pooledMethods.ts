import type { PanelArrays } from './panelArrays';
import {
  describeRegression,
  pooledRegression,
  regressionSettingsGrid,
  type RegressionSettings,
} from './pooledRegression';
import { describeShrink, shrinkSettingsGrid, shrinkToEngland, type ShrinkSettings } from './shrinkToEngland';
import { describeStockFlow, stockFlow, stockFlowSettingsGrid, type StockFlowSettings } from './stockFlow';

// The three parts of the ensemble as one list the back-test walks: each has a grid of settings, a
// forecast of every council for one origin and horizon under one setting, and a way to write a setting.

/** One part of the ensemble: a pooled method with the settings the back-test chooses between. */
export interface PooledComponent {
  id: string;
  label: string;
  settings: number;
  describe(setting: number): string;
  forecast(arrays: PanelArrays, origin: number, h: number, setting: number): Float64Array;
}

function component<S>(
  id: string,
  label: string,
  grid: readonly S[],
  forecast: (arrays: PanelArrays, origin: number, h: number, s: S) => Float64Array,
  describe: (s: S) => string,
): PooledComponent {
  const get = (i: number) => {
    const s = grid[i];
    if (s === undefined) throw new RangeError(`${id} has no setting ${String(i)}`);
    return s;
  };
  return {
    id,
    label,
    settings: grid.length,
    describe: (i) => describe(get(i)),
    forecast: (arrays, origin, h, i) => forecast(arrays, origin, h, get(i)),
  };
}

/** The ensemble's parts, in the order the scorecard lists them. */
export const pooledComponents: readonly PooledComponent[] = [
  component<ShrinkSettings>(
    'shrinkToEngland',
    "Shrink to England: England's growth plus a share of the council's difference",
    shrinkSettingsGrid,
    shrinkToEngland,
    describeShrink,
  ),
  component<RegressionSettings>(
    'pooledRegression',
    'Pooled regression on every council and earlier origin',
    regressionSettingsGrid,
    pooledRegression,
    describeRegression,
  ),
  component<StockFlowSettings>(
    'stockFlow',
    'Stock-flow: plans ending, and new plans from requests',
    stockFlowSettingsGrid,
    stockFlow,
    describeStockFlow,
  ),
];

/** The ensemble's id: the geometric mean of the three parts. */
export const ENSEMBLE = 'ensemble';
/** How the ensemble is named to people. */
export const ENSEMBLE_LABEL =
  'Ensemble: geometric mean of shrink to England, pooled regression and stock-flow';
