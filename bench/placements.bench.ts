// Placement register: import 20,000 synthetic placements from CSV and from XLSX (read, validate every row,
// store in one transaction) and summarise them, on the embedded database. The rows are made up here from
// a fixed seed: no real child data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { settingTypes } from '../src/core/placements';
import { registerColumns } from '../src/io/placements/columns';
import { createCouncil } from '../src/services/councils';
import { importPlacements } from '../src/services/placements/imports';
import { placementSummary } from '../src/services/placements/summary';
import { openRuntime } from '../src/services/runtime';

const ROWS = 20_000;

/** A tiny seeded generator (32-bit LCG): benchmarks need repeatable rows, not good randomness. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

function syntheticRows(count: number): string[][] {
  const next = lcg(20_000);
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

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export async function placementsBench(print: (line: string) => void): Promise<void> {
  const rows = syntheticRows(ROWS);
  const header = registerColumns.filter((c) => c.required).map((c) => c.name);
  const csv = new TextEncoder().encode([header, ...rows].map((r) => r.join(',')).join('\n'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Placements');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row.map((cell, i) => (i >= 9 && i <= 11 ? Number(cell) : cell)));
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  print(
    `${ROWS.toLocaleString('en-GB')} synthetic placements: CSV ${(csv.length / 2 ** 20).toFixed(1)} MiB, XLSX ${(xlsx.length / 2 ** 20).toFixed(1)} MiB`,
  );

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-placements-'));
  const runtime = await openRuntime({ dataDir });
  try {
    const actor = { kind: 'system', label: 'bench' } as const;
    await createCouncil(runtime.ctx, actor, {
      code: '314',
      newCode: 'E09000021',
      name: 'Kingston upon Thames',
      region: 'Outer London',
    });
    for (const [format, content, asAt] of [
      ['CSV', csv, '2021-05-31'],
      ['XLSX', xlsx, '2021-06-30'],
    ] as const) {
      const [snapshot, ms] = await timed(() =>
        importPlacements(runtime.ctx, actor, '314', content, { asAt }),
      );
      print(
        `import ${format} (read, check every row, store): ${(ms / 1000).toFixed(2)} s, ${(snapshot.placements / (ms / 1000)).toFixed(0)} rows/s`,
      );
    }
    const [summary, summaryMs] = await timed(() =>
      placementSummary(runtime.ctx, actor, '314', { asAt: '2021-05-31' }),
    );
    print(
      `summary (load ${summary.snapshot.placements.toLocaleString('en-GB')} rows, cost, average, commit): ${summaryMs.toFixed(0)} ms, ${(summary.snapshot.placements / (summaryMs / 1000)).toFixed(0)} rows/s`,
    );
    const memory = process.memoryUsage();
    print(
      `memory after: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
