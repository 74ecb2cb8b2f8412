import type { CouncilBacktest } from './backtestCouncil';
import { CHOSEN, methodCatalogue } from './methodCatalogue';
import type { BacktestScorecard } from './scorecard';
import { selectionOrigins } from './settingSelection';

// Which method the product uses is decided by the back-test, in code, as every setting is: at origin O
// and horizon h, from the last four earlier origins whose outcomes were published by O (o + h <= O).
// Methods were not all available at every origin (the ensemble's parts need earlier origins to choose
// their settings; the age-group model needs ages), so each origin's median APE is taken relative to the
// best naive baseline's there (its skill: below 1 beats every ruler), and a method is ranked by its mean
// skill over the origins it was scored at, if that is at least half of them. The baselines are
// candidates too: when no model beat them, the rule uses a ruler. The scorecard's "chosen" row is this
// choice made afresh at every origin, so its score is what a council following the rule would have got.

/** The method chosen at an origin and horizon, with its record on the earlier origins. */
export interface MethodChoice {
  origin: number;
  h: number;
  method: string;
  /** Mean over `origins` of its median APE divided by the best naive baseline's (below 1: better). */
  skill: number;
  origins: number[];
  /** The horizon the record was read at: h, or a shorter one while no h-year outcome was published. */
  scoredAt: number;
}

const candidates = methodCatalogue.filter((m) => m.id !== CHOSEN).map((m) => m.id);
const baselines = methodCatalogue.filter((m) => m.kind === 'baseline').map((m) => m.id);

/** The median APE of a method at horizon h on a scorecard (NaN when not scored on every council). */
function medianApe(card: BacktestScorecard | undefined, method: string, h: number): number {
  const score = card?.methods.find((m) => m.name === method)?.horizons[h - 1];
  return score && !score.partial && score.n > 0 && score.medianApe !== null ? score.medianApe : NaN;
}

/** A method's skill at an origin: its median APE over the best naive baseline's. */
export function skillAt(card: BacktestScorecard | undefined, method: string, h: number): number {
  const best = Math.min(...baselines.map((b) => medianApe(card, b, h)).filter(Number.isFinite));
  return medianApe(card, method, h) / best;
}

/**
 * The method chosen at `origin` for horizon h from the scorecards of earlier origins (keyed by origin);
 * undefined when no earlier origin's outcome h years on was published by `origin`.
 */
export function chooseMethod(
  cards: ReadonlyMap<number, BacktestScorecard>,
  origin: number,
  h: number,
  earliest: number,
): MethodChoice | undefined {
  // While no earlier origin's outcome h years on was published, the record at the longest shorter
  // horizon stands in, as for the ensemble's settings.
  for (let at = h; at >= 1; at -= 1) {
    const from = selectionOrigins(origin, at, earliest, (o) =>
      Number.isFinite(skillAt(cards.get(o), baselines[0] ?? '', at)),
    );
    if (from.length === 0) continue;
    let best: MethodChoice | undefined;
    for (const method of candidates) {
      const skills = from.map((o) => skillAt(cards.get(o), method, at)).filter(Number.isFinite);
      if (skills.length === 0 || skills.length * 2 < from.length) continue;
      const skill = skills.reduce((a, b) => a + b, 0) / skills.length;
      if (!best || skill < best.skill) best = { origin, h, method, skill, origins: from, scoredAt: at };
    }
    return best;
  }
  return undefined;
}

/** The method chosen at an origin and horizon, if one was. */
export function methodChosenAt(
  choices: readonly MethodChoice[],
  origin: number,
  h: number,
): string | undefined {
  return choices.find((c) => c.origin === origin && c.h === h)?.method;
}

/** Each council's back-test with the chosen method's forecasts added as method `chosen`. */
export function withChosen(
  results: readonly CouncilBacktest[],
  choices: readonly MethodChoice[],
): CouncilBacktest[] {
  const chosen = new Map(choices.map((c) => [`${String(c.origin)}|${String(c.h)}`, c.method]));
  return results.map((r) => ({
    ...r,
    points: [
      ...r.points,
      ...r.points
        .filter((p) => chosen.get(`${String(p.origin)}|${String(p.h)}`) === p.method)
        .map((p) => ({ ...p, method: CHOSEN, chosenFrom: p.method })),
    ],
  }));
}
