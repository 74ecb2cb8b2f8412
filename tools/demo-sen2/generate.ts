// Writes the demo's SYNTHETIC SEN2 returns as COLLECT Blade CSV files, one folder per year, and the URN
// lookup their made-up schools need, so they can be imported by hand:
//   npx tsx tools/demo-sen2/generate.ts --out /tmp/kingston-sen2
//   npx highneeds sen2 urns import /tmp/kingston-sen2/urn-lookup.csv --council 314
//   npx highneeds sen2 import /tmp/kingston-sen2/2025 --council 314
// The demo itself makes the same files at demo load (src/services/sen2/demo.ts) from the same seeded
// generator (src/io/sen2/synthetic), with the demo placement register's schools. Here, without a
// database, every school is a made-up one in the lookup. No real child is in these files.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { kingstonSyntheticReturns, syntheticLookupCsv } from '../../src/io/sen2/synthetic/kingston';
import { writeBladeExport } from '../../src/io/sen2/writeBlade';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Give --out DIR: the folder to write the synthetic returns into.');
  process.exit(2);
}
const out = path.resolve(values.out);
const synthetic = kingstonSyntheticReturns(new Map());
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'urn-lookup.csv'), syntheticLookupCsv(synthetic.lookup));
for (const [year, draft] of synthetic.returns) {
  const folder = path.join(out, String(year));
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, text] of writeBladeExport(draft, `${String(year)}-01-31`))
    fs.writeFileSync(path.join(folder, name), text);
  console.log(
    `wrote ${folder}: the synthetic ${String(year)} return, ${String(draft.people.length)} made-up people`,
  );
}
console.log(
  `wrote ${path.join(out, 'urn-lookup.csv')}: ${String(synthetic.lookup.length)} made-up establishments`,
);
