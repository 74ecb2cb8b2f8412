// Quarterly Safety Valve report: build the return view (KPI evaluation, monitoring table, charts' series)
// and write it as Excel and as PDF (HTML rendered by Debian Chromium, a fresh browser per report), on the
// embedded database with the Kingston demo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDemo } from '../src/services/demo';
import { openRuntime } from '../src/services/runtime';
import { quarterlyReport } from '../src/services/safetyValve/report';
import { returnView } from '../src/services/safetyValve/returnView';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export async function reportBench(print: (line: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-report-'));
  const runtime = await openRuntime({ dataDir });
  try {
    const actor = { kind: 'system', label: 'bench' } as const;
    await loadDemo(runtime.ctx, actor);
    const runs = 3;
    for (const [what, work] of [
      [
        'return view (39 KPIs evaluated, monitoring table, series)',
        () => returnView(runtime.ctx, actor, '314', '2021-22-Q1'),
      ],
      ['Excel report', () => quarterlyReport(runtime.ctx, actor, '314', '2021-22-Q1', 'xlsx')],
      [
        'PDF report (Chromium launch included)',
        () => quarterlyReport(runtime.ctx, actor, '314', '2021-22-Q1', 'pdf'),
      ],
    ] as const) {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < runs; i++) {
        const [result, ms] = await timed<unknown>(work);
        times.push(ms);
        if (result && typeof result === 'object' && 'content' in result)
          size = (result as { content: Buffer }).content.length;
      }
      times.sort((a, b) => a - b);
      print(
        `${what}: median ${times[1]!.toFixed(0)} ms of ${runs} (min ${times[0]!.toFixed(0)}, max ${times[2]!.toFixed(0)})${size ? `, ${(size / 1024).toFixed(0)} KiB` : ''}`,
      );
    }
  } finally {
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
