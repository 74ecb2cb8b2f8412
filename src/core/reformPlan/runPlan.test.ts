import { xoroshiro128plus } from 'pure-rand';
import { beforeAll, describe, expect, it } from 'vitest';
import { runForecast } from '../forecast/forecast';
import { defaultOptions } from '../forecast/forecastOptions';
import { rngFromGenerator, simulationStreams } from '../forecast/rng';
import { syntheticCouncil } from '../forecast/syntheticCouncil';
import type { WitanInputs } from '../forecast/witanInputs';
import { phasedChanges, type Mitigation } from './mitigation';
import { runReformPlan, type PlanRun } from './runPlan';

// The synthetic council (settings MSS, RP, MSP, ISP, FE; seed year 2020, 2021-2025 projected).
let council: WitanInputs;
let run: PlanRun;
const progress: Array<[number, number]> = [];
const streams = () => simulationStreams(xoroshiro128plus(11));

const fewerJoiners: Mitigation = {
  id: 'early-help',
  name: 'Early help',
  workstream: 'Early intervention',
  owner: 'Head of SEND',
  startYear: '2021-22',
  phaseIn: [0.5, 1],
  changes: [{ type: 'multiply-joiners', factor: 0.7 }],
};
const local: Mitigation = {
  id: 'local-places',
  name: 'Local special places',
  workstream: 'Local provision',
  owner: 'Head of commissioning',
  startYear: '2021-22',
  phaseIn: [1],
  changes: [{ type: 'redirect', what: 'joiners', from: 'ISP', to: 'MSP', share: 0.5, fromYear: 2021 }],
};
const banding: Mitigation = {
  id: 'banding',
  name: 'Top-up banding',
  workstream: 'Funding',
  owner: 'Finance lead',
  startYear: '2021-22',
  phaseIn: [1],
  amounts: { '2021-22': 100_000_00, '2022-23': 150_000_00 },
};

beforeAll(() => {
  council = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)));
  run = runReformPlan({
    inputs: council,
    options: defaultOptions,
    mitigations: [fewerJoiners, local, banding],
    simulations: 40,
    streamOf: streams(),
    onProgress: (done, total) => progress.push([done, total]),
  });
});

describe('running a reform plan on one seed', () => {
  it('runs unmitigated, each forecast mitigation in order, and the second alone (the first alone is its first step)', () => {
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(run.order).toEqual(['early-help', 'local-places', 'banding']);
    expect(run.unmitigated.map((y) => `${y.census} ${y.financialYear}`)).toEqual([
      '2021 2020-21',
      '2022 2021-22',
      '2023 2022-23',
      '2024 2023-24',
      '2025 2024-25',
    ]);
  });

  it('adds the sequential effects up exactly to mitigated minus unmitigated (money-only amounts on top)', () => {
    run.unmitigated.forEach((u, i) => {
      const m = run.mitigated[i]!;
      const savings = run.effects.reduce((s, e) => s + e.sequential[i]!.saving, 0);
      const money = banding.amounts![u.financialYear] ?? 0;
      expect(savings).toBe(u.cost - m.cost + money);
      const ehcps = run.effects.reduce((s, e) => s + e.sequential[i]!.ehcps, 0);
      expect(ehcps).toBeCloseTo(m.ehcps - u.ehcps, 9);
      const isp = run.effects.reduce((s, e) => s + e.sequential[i]!.byPlacementCategory.independent!, 0);
      expect(isp).toBeCloseTo(m.byPlacementCategory.independent! - u.byPlacementCategory.independent!, 9);
    });
  });

  it('reports each effect by placement category, age group and need, in placements moved and pounds', () => {
    const [early, places, money] = run.effects;
    // Before its start (January 2021, 2020-21) nothing changes; fewer joiners means fewer EHCPs after.
    expect(early!.sequential[0]!.ehcps).toBe(0);
    expect(early!.sequential[4]!.ehcps).toBeLessThan(0);
    expect(early!.sequential[4]!.saving).toBeGreaterThan(0);
    expect(Object.keys(early!.sequential[4]!.byAgeGroup).length).toBeGreaterThan(1);
    expect(Object.keys(early!.sequential[4]!.byNeed).sort()).toEqual(['ASD', 'MLD', 'SEMH', 'SLCN']);
    // Redirecting joiners from ISP to MSP moves placements from one to the other.
    expect(places!.sequential[4]!.byPlacementCategory.independent).toBeLessThan(0);
    expect(places!.sequential[4]!.placementsMoved).toBeGreaterThan(0);
    // The money-only mitigation saves its amounts and moves nobody.
    expect(money!.sequential.map((y) => y.saving)).toEqual([0, 100_000_00, 150_000_00, 0, 0]);
    expect(money!.alone).toEqual(money!.sequential);
    expect(money!.sequential.every((y) => y.ehcps === 0 && y.placementsMoved === 0)).toBe(true);
  });

  it('measures each mitigation alone against the unmitigated forecast on the same seed', () => {
    const [early, places] = run.effects;
    expect(early!.alone).toEqual(early!.sequential);
    const projected = run.unmitigated.map((y) => y.census);
    const alone = runForecast(
      council,
      { ...defaultOptions, scenario: { name: 'alone', changes: phasedChanges(local, projected) } },
      40,
      streams(),
    );
    const cost2025 = Math.round(alone.years.at(-1)!.groups.costPence.total!.mean);
    expect(places!.alone[4]!.saving).toBe(run.unmitigated[4]!.cost - cost2025);
  });
});
