// SEN2 return: a London borough's return (3,000 children with an open plan) and a large county's (30,000)
// imported (read the nine Blade files, check every cell, pseudonymise, run every data-quality check, store
// in one transaction) and censused on the reference date, on the embedded database, on this one thread
// (PGlite runs in it too). Targets (issue 13): under 5 s and under 30 s. The returns are made up by the
// seeded generator the demo uses: no real child data. Also the CPU time, which a busy machine does not
// inflate the way it inflates wall time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scaledTargets, syntheticLookupCsv, syntheticReturns } from '../src/io/sen2/synthetic/kingston';
import { writeBladeExport } from '../src/io/sen2/writeBlade';
import { createCouncil } from '../src/services/councils';
import { openRuntime } from '../src/services/runtime';
import { sen2Census } from '../src/services/sen2/census';
import { importSen2Return } from '../src/services/sen2/imports';
import { importUrnLookup } from '../src/services/sen2/urnLookup';

const sizes = [
  { label: 'London borough', children: 3_000, target: 5 },
  { label: 'large county', children: 30_000, target: 30 },
] as const;

export async function sen2Bench(print: (line: string) => void): Promise<void> {
  const actor = { kind: 'system', label: 'bench' } as const;
  for (const size of sizes) {
    const targets = scaledTargets(
      new Map([
        [2024, Math.round(size.children * 0.92)],
        [2025, size.children],
      ]),
    );
    const made = syntheticReturns(2025, '314', targets, new Map(), [2025]);
    const files = writeBladeExport(made.returns.get(2025)!, '2025-01-20');
    const bytes = [...files.values()].reduce((sum, text) => sum + text.length, 0);
    const people = made.returns.get(2025)!.people.length;
    print(
      `${size.label}: ${size.children.toLocaleString('en-GB')} children with a plan, ${people.toLocaleString('en-GB')} people in the return, ${(bytes / 2 ** 20).toFixed(1)} MiB of Blade CSV`,
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-bench-sen2-'));
    const runtime = await openRuntime({ dataDir });
    try {
      await createCouncil(runtime.ctx, actor, {
        code: '314',
        newCode: 'E09000021',
        name: 'Bench council',
        region: 'London',
      });
      await importUrnLookup(runtime.ctx, actor, '314', syntheticLookupCsv(made.lookup));
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const stored = await importSen2Return(runtime.ctx, actor, '314', files, { synthetic: true });
      const imported = performance.now();
      const census = await sen2Census(runtime.ctx, actor, '314', { date: stored.referenceDate });
      const done = performance.now();
      const cpu = process.cpuUsage(cpu0);
      const seconds = (done - start) / 1000;
      print(
        `  import (read, check, pseudonymise, store): ${((imported - start) / 1000).toFixed(2)} s; census on ${census.date} (load, count ${census.total.toLocaleString('en-GB')}): ${((done - imported) / 1000).toFixed(2)} s`,
      );
      print(
        `  total ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU: ${seconds < size.target ? 'under' : 'OVER'} the ${String(size.target)} s target; ${(people / seconds).toFixed(0)} people/s`,
      );
    } finally {
      await runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const memory = process.memoryUsage();
  print(
    `memory after: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
}
