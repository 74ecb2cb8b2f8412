// The dashboard's one request: every tile built for the Kingston demo on the embedded database (plan
// versions, savings delivery, the KPI dashboard's 39 KPIs, the Safety Valve returns, the governance
// tracker), and the KPI dashboard alone, its largest part, to show its share.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dashboardFor } from '../src/services/dashboard/dashboard';
import { loadDemo } from '../src/services/demo';
import { kpiDashboard } from '../src/services/kpi/dashboard';
import { openRuntime } from '../src/services/runtime';

export async function dashboardBench(print: (line: string) => void): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-dashboard-'));
  const runtime = await openRuntime({ dataDir });
  try {
    const actor = { kind: 'system', label: 'bench' } as const;
    await loadDemo(runtime.ctx, actor);
    const runs = 7;
    for (const [what, work] of [
      ['dashboard (every tile)', () => dashboardFor(runtime.ctx, actor, '314')],
      ['KPI dashboard alone (latest period)', () => kpiDashboard(runtime.ctx, actor, '314', {})],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await work();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      print(
        `${what}: median ${times[3]!.toFixed(0)} ms of ${runs} (min ${times[0]!.toFixed(0)}, max ${times[runs - 1]!.toFixed(0)})`,
      );
    }
  } finally {
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
