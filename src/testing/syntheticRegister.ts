// A made-up placement register of any size, the same for a seed every time: for benchmarks and crash
// tests that need a big register. No real child: ids, dates, providers and costs are drawn from the seed.
import { settingTypes } from '../core/placements';
import { registerColumns } from '../io/placements/columns';

/** A tiny seeded generator (32-bit LCG): repeatable rows, not good randomness. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

/** The register's required columns, in order: the header of syntheticRegisterRows. */
export const syntheticRegisterHeader = registerColumns.filter((c) => c.required).map((c) => c.name);

/** `count` synthetic placements as text cells in the order of syntheticRegisterHeader. */
export function syntheticRegisterRows(count: number, seed = 20_000): string[][] {
  const next = lcg(seed);
  const needs = ['ASD', 'SEMH', 'SLCN', 'MLD', 'SLD', 'PMLD', 'SPLD', 'HI', 'VI', 'PD', 'MSI', 'OTH'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const setting = settingTypes[next(settingTypes.length)]!;
    const born = `${String(2000 + next(16))}-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    const start = `${String(Math.min(2020, Math.max(2016, Number(born.slice(0, 4)) + 5) + next(4)))}-09-01`;
    const ended = next(10) === 0 ? '2021-04-30' : '';
    return [
      `BENCH-${String(i).padStart(6, '0')}`,
      born,
      needs[next(needs.length)]!,
      setting.code,
      `Synthetic provider ${String(next(300))}`,
      String(900_000 + next(99_999)),
      next(2) ? 'yes' : 'no',
      start,
      ended,
      setting.category === 'mainstream' ? '0' : '10000',
      String(2_000 + next(40_000)),
      next(5) === 0 ? String(next(5_000)) : '0',
      next(4) ? 'academic' : 'financial',
      next(8) === 0 ? '1500' : '0',
      '0',
      '0',
    ];
  });
}

/** `count` synthetic placements as a register CSV file (UTF-8 bytes). */
export function syntheticRegisterCsv(count: number, seed?: number): Uint8Array {
  const rows = [syntheticRegisterHeader, ...syntheticRegisterRows(count, seed)];
  return new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));
}
