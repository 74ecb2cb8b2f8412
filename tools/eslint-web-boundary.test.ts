import { describe, expect, it } from 'vitest';
import { lintAs } from './lintProbe';

const rule = 'web/web-boundary';

describe('the src/web boundary rule', () => {
  // The first lint builds the TypeScript program: slow on a loaded machine.
  it('fails a run-time import from a server-side layer', { timeout: 180_000 }, async () => {
    expect(
      await lintAs(
        'src/web/app/leak.ts',
        "import { listVersions } from '../../services/financialModel/versions';\nexport const x = listVersions;\n",
      ),
    ).toContain(rule);
    expect(
      await lintAs(
        'src/web/financial-model/leak.tsx',
        "import { openDatabase } from '../../db/database';\nexport const x = openDatabase;\n",
      ),
    ).toContain(rule);
    expect(
      await lintAs('src/web/leak.ts', "export const load = () => import('../reports/quarterly/charts');\n"),
    ).toContain(rule);
    expect(await lintAs('src/web/app/leak.ts', "export { createApp } from '../../server/app';\n")).toContain(
      rule,
    );
  });

  it('allows type-only imports from services and run-time imports from core', async () => {
    expect(
      await lintAs(
        'src/web/app/ok.ts',
        [
          "import type { Action } from '../../services/permissions';",
          "import { formatMoney } from '../../core/money';",
          "export type { CouncilRole } from '../../services/permissions';",
          "export const x: Action = 'council.read';",
          'export const y = formatMoney(100);',
          '',
        ].join('\n'),
      ),
    ).not.toContain(rule);
  });

  it('leaves files outside src/web alone', async () => {
    expect(
      await lintAs(
        'src/server/ok.ts',
        "import { listVersions } from '../services/financialModel/versions';\nexport const x = listVersions;\n",
      ),
    ).not.toContain(rule);
  });
});
