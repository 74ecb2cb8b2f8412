import type { StateSpace } from './stateSpace';
import type { TransitionCounts } from './transitionCounts';

// Leaver and mover probabilities (MODEL-NOTES §1.3 a, b): one Beta per cell, the cell's own counts plus
// a prior of total weight 1 centred on the pooled rate of its NCY, so a cell with little data is pulled
// towards its NCY rather than towards 0.5.

/** Beta parameters per cell (or per NCY); NaN where the model has none. */
export interface BetaTable {
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
}

function smoothedBetas(
  space: StateSpace,
  successes: Float64Array,
  failures: Float64Array,
  priorWithoutData: number,
  include: (cell: number) => boolean,
): BetaTable {
  const alpha = new Float64Array(space.cellCount).fill(Number.NaN);
  const beta = new Float64Array(space.cellCount).fill(Number.NaN);
  for (let ncy = 0; ncy < space.ncyCount; ncy += 1) {
    const from = ncy * space.stateCount;
    let ncySuccesses = 0;
    let ncyFailures = 0;
    for (let cell = from; cell < from + space.stateCount; cell += 1) {
      ncySuccesses += successes[cell] as number;
      ncyFailures += failures[cell] as number;
    }
    // Same operations in the same order as witan.send, so the parameters agree to the last bit.
    const priorAlphaWeight = ncySuccesses + 0.5;
    const priorBetaWeight = ncyFailures + 0.5;
    const observed = ncySuccesses + ncyFailures > 0;
    const priorAlpha = observed ? priorAlphaWeight / (priorAlphaWeight + priorBetaWeight) : priorWithoutData;
    const priorBeta = observed ? priorBetaWeight / (priorAlphaWeight + priorBetaWeight) : priorWithoutData;
    for (let cell = from; cell < from + space.stateCount; cell += 1) {
      if (!include(cell)) continue;
      alpha[cell] = (successes[cell] as number) + priorAlpha;
      beta[cell] = (failures[cell] as number) + priorBeta;
    }
  }
  return { alpha, beta };
}

/** Which cells get parameters: witan.send's valid cells only, or every cell (explicit ageing-out needs rates everywhere). */
export type CellScope = 'valid' | 'all';

/** Leaving probability per cell: Beta(L + α₀, R + β₀); an NCY with no data has the prior ½, ½. */
export function leaverBetas(space: StateSpace, counts: TransitionCounts, scope: CellScope): BetaTable {
  const include = scope === 'valid' ? (cell: number) => space.validCell[cell] === 1 : () => true;
  return smoothedBetas(space, counts.leavers, counts.stayers, 0.5, include);
}

/**
 * Moving probability per cell among pupils who stay: Beta(M + α₀, S + β₀), only for settings that list
 * more than one destination; an NCY with no data has the prior 1, 1.
 */
export function moverBetas(space: StateSpace, counts: TransitionCounts, scope: CellScope): BetaTable {
  const settingCount = space.settings.length;
  const canMove = (cell: number) => (space.destinationCount[cell % settingCount] as number) > 1;
  const include =
    scope === 'valid' ? (cell: number) => space.validCell[cell] === 1 && canMove(cell) : canMove;
  return smoothedBetas(space, counts.movers, counts.sameSetting, 1, include);
}
