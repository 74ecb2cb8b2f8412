// Checks one page as a person sees it: settled, no sideways page scroll, no serious accessibility
// problem (axe-core), and a screenshot kept for review in test-artifacts/screens/ (git-ignored).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './harness.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const screensDir = join(repoRoot, 'test-artifacts', 'screens');

/** One accessibility problem axe found, in short. */
export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Waits until the page has its heading and nothing says it is loading. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[role="status"]')].some((s) => /^Loading|…$/.test(s.textContent ?? '')),
    undefined,
    { timeout: 20_000 },
  );
}

/** Whether the page scrolls sideways: its content is wider than the window. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** The serious and critical problems axe-core finds on the page as it stands. */
export async function seriousAxeProblems(page: Page): Promise<AxeProblem[]> {
  // Evaluated, not added as a <script>: the app's Content-Security-Policy (script-src 'self') rightly
  // refuses inline scripts, and the browser tests keep that policy on.
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(`${readFileSync(axePath, 'utf8')}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as Array<{
      id: string;
      impact: string;
      help: string;
      nodes: Array<{ target: string[] }>;
    }>;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Saves a full-page screenshot as test-artifacts/screens/NAME.png. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: join(screensDir, `${name}.png`), fullPage: true });
}
