// Every module as finance, the SEND service and a viewer (and the administrator's own pages) at 390 px:
// no sideways page scroll, no control the role cannot use, no serious or critical accessibility problem
// (axe-core), and a screenshot of each page in test-artifacts/screens/ for review.
import { describe, it } from 'vitest';
import { useStack } from './harness.ts';
import { adminPages, expectNoProblems, modulePages, walkPages } from './rolePages.ts';

const width = 390;

describe(`every page at ${width} px`, () => {
  const stack = useStack();

  for (const role of ['finance', 'send', 'viewer'] as const) {
    it(`as ${role}`, { timeout: 600_000 }, async () => {
      expectNoProblems(await walkPages(() => stack().newPage(), role, width, modulePages));
    });
  }

  it('as the administrator, their own pages', { timeout: 300_000 }, async () => {
    expectNoProblems(await walkPages(() => stack().newPage(), 'admin', width, adminPages));
  });
});
