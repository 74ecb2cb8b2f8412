// Writes the demo's two synthetic placement registers (docs/formats/placements.md, "The demo registers"):
//   npx tsx tools/demo-placements/generate.ts
// The rows come from buildKingstonRegisters(demoSeed); the test beside it checks the committed files are
// exactly what this writes, and that they reproduce seed 003.
import fs from 'node:fs';
import path from 'node:path';
import { buildKingstonRegisters, registerCsv } from './kingstonRegisters';

const folder = path.resolve(import.meta.dirname, '..', '..', 'demo', 'kingston');
const { previous, current } = buildKingstonRegisters();
for (const [name, placements] of [
  ['placements-2021-03-31.csv', previous],
  ['placements-2021-05-31.csv', current],
] as const) {
  fs.writeFileSync(path.join(folder, name), registerCsv(placements));
  console.log(`wrote ${path.join(folder, name)}: ${String(placements.length)} synthetic placements`);
}
