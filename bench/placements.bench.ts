// Placement register: import 20,000 synthetic placements from CSV and from XLSX (read, validate every row,
// store in one transaction) and summarise them, on the embedded database. The rows are made up here from
// a fixed seed (src/testing/syntheticRegister.ts): no real child data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createCouncil } from '../src/services/councils';
import { importPlacements } from '../src/services/placements/imports';
import { placementSummary } from '../src/services/placements/summary';
import { openRuntime } from '../src/services/runtime';
import {
  syntheticRegisterCsv,
  syntheticRegisterHeader,
  syntheticRegisterRows,
} from '../src/testing/syntheticRegister';

const ROWS = 20_000;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export async function placementsBench(print: (line: string) => void): Promise<void> {
  const rows = syntheticRegisterRows(ROWS);
  const header = syntheticRegisterHeader;
  const csv = syntheticRegisterCsv(ROWS);
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
