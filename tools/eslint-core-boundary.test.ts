import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Lints `code` as if it were `file`. Type-aware linting needs the file on disk, so it is written for a
 * moment under a unique name and removed again.
 */
async function lint(file: string, code: string) {
  const real = path.join(
    root,
    file.replace(/\.ts$/, `.lintprobe${process.pid}${Math.floor(performance.now())}.ts`),
  );
  fs.writeFileSync(real, code);
  try {
    const [result] = await new ESLint({ cwd: root }).lintFiles([real]);
    const messages = result?.messages ?? [];
    const fatal = messages.find((m) => m.ruleId === null);
    if (fatal) throw new Error(`ESLint could not lint ${file}: ${fatal.message}`);
    return messages.map((m) => m.ruleId);
  } finally {
    fs.rmSync(real, { force: true });
  }
}

// The first lint starts typescript-eslint's project service, which takes half a minute on a loaded machine.
describe('the src/core boundary rule', { timeout: 120_000 }, () => {
  it('fails a core file that imports a database module, a package or a node: module', async () => {
    expect(
      await lint(
        'src/core/money/leak.ts',
        "import { openDatabase } from '../../db/database';\nexport const x = openDatabase;\n",
      ),
    ).toContain('highneeds/core-boundary');
    expect(await lint('src/core/leak.ts', "import { z } from 'zod';\nexport const x = z;\n")).toContain(
      'highneeds/core-boundary',
    );
    expect(
      await lint('src/core/periods/leak.ts', "import fs from 'node:fs';\nexport const x = fs;\n"),
    ).toContain('highneeds/core-boundary');
  });

  it('fails the clock and Math.random in core', async () => {
    expect(await lint('src/core/leak.ts', 'export const x = Date.now();\n')).toContain(
      'no-restricted-properties',
    );
    expect(await lint('src/core/leak.ts', 'export const x = new Date();\n')).toContain(
      'no-restricted-syntax',
    );
    expect(await lint('src/core/leak.ts', 'export const x = Math.random();\n')).toContain(
      'no-restricted-properties',
    );
  });

  it('allows imports inside core, and any import outside core', async () => {
    expect(
      await lint(
        'src/core/periods/ok.ts',
        "import { pounds } from '../money';\nexport const x = pounds(1);\n",
      ),
    ).not.toContain('highneeds/core-boundary');
    expect(
      await lint(
        'src/services/ok.ts',
        "import { pounds } from '../core/money';\nimport fs from 'node:fs';\nexport const x = [pounds(1), fs];\n",
      ),
    ).toEqual([]);
  });
});

describe('the src/charts boundary rule', () => {
  it('fails a chart file that imports jsdom, React, a node: module, the web or the services', async () => {
    for (const code of [
      "import { JSDOM } from 'jsdom';\nexport const x = JSDOM;\n",
      "import { useState } from 'react';\nexport const x = useState;\n",
      "import fs from 'node:fs';\nexport const x = fs;\n",
      "import { formatPounds } from '../web/format.ts';\nexport const x = formatPounds;\n",
      "import { parseInput } from '../services/input';\nexport const x = parseInput;\n",
    ])
      expect(await lint('src/charts/leak.ts', code)).toContain('highneeds/charts-boundary');
  });

  it('fails randomness in a chart, which would make its SVG differ from one drawing to the next', async () => {
    expect(await lint('src/charts/leak.ts', 'export const id = Math.random();\n')).toContain(
      'no-restricted-properties',
    );
  });

  it('allows src/charts, src/core and Plot with its d3 parts', async () => {
    expect(
      await lint(
        'src/charts/ok.ts',
        [
          "import * as Plot from '@observablehq/plot';",
          "import { ticks } from 'd3-array';",
          "import { formatMoney } from '../core/money';",
          "import { textWidth } from './text';",
          'export const x = [Plot.plot, ticks, formatMoney, textWidth];',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
