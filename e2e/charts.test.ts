// The charts in the browser, with the browser's own fonts, on a phone (390px) and a laptop (1280px): each
// is drawn to the width it is given (no chart wider than its place), no two tick labels of an axis overlap
// as Chromium lays them out, and the legend stays inside the chart. Screenshots are kept for a reviewer in
// /tmp/hn-charts-<page>-<width>.png (the page) and ...-first.png (its first chart).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';

interface ChartProblems {
  chart: string;
  wider: boolean;
  overlaps: string[];
  legendOutside: string[];
}

/** What is wrong with each chart of the page, measured in the browser (empty lists when nothing is). */
async function chartProblems(page: Page): Promise<ChartProblems[]> {
  return page.locator('svg.hn-chart').evaluateAll((charts) =>
    charts.map((svg) => {
      const box = svg.getBoundingClientRect();
      const holder = svg.parentElement?.getBoundingClientRect();
      const overlaps: string[] = [];
      for (const axis of svg.querySelectorAll('g[aria-label$="-axis tick label"]')) {
        // Turned labels have diagonal boxes that overlap while the text does not: only flat ones are compared.
        const labels = [...axis.querySelectorAll('text')]
          .filter((t) => !(t.getAttribute('transform') ?? '').includes('rotate'))
          .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        labels.forEach((a, i) => {
          for (const b of labels.slice(i + 1)) {
            const apart =
              a.box.right <= b.box.left + 0.5 ||
              b.box.right <= a.box.left + 0.5 ||
              a.box.bottom <= b.box.top + 0.5 ||
              b.box.bottom <= a.box.top + 0.5;
            if (!apart) overlaps.push(`${a.text} / ${b.text}`);
          }
        });
      }
      const legendOutside = [...svg.querySelectorAll('.hn-chart-legend text')]
        .filter((t) => t.getBoundingClientRect().right > box.right + 0.5)
        .map((t) => t.textContent ?? '');
      return {
        chart: svg.getAttribute('aria-label') ?? '',
        wider: holder !== undefined && box.width > holder.width + 0.5,
        overlaps,
        legendOutside,
      };
    }),
  );
}

const pages = [
  {
    name: 'return',
    hash: '/#/314/safety-valve/returns/2021-22-Q1',
    heading: 'Q1 2021-22 Safety Valve return',
  },
  { name: 'kpis', hash: '/#/314/kpis', heading: 'KPIs' },
  { name: 'placements', hash: '/#/314/placements', heading: 'Placements' },
];

describe('charts in the browser', () => {
  const stack = useStack();

  it.each([390, 1280])('fit a %ipx screen with no overlapping tick labels', async (width) => {
    const page = await stack().newPage();
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, demoUsers.viewer);
    for (const { name, hash, heading } of pages) {
      await page.goto(hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('svg.hn-chart').first().waitFor();
      // A chart is drawn again once its width is known: let the redraws settle.
      await page.waitForTimeout(300);
      const problems = await chartProblems(page);
      expect(problems.length, `charts on the ${name} page`).toBeGreaterThan(0);
      for (const p of problems)
        expect(p, `${name}: ${p.chart}`).toEqual({ ...p, wider: false, overlaps: [], legendOutside: [] });
      await page.screenshot({ path: `/tmp/hn-charts-${name}-${width}.png`, fullPage: true });
      await page
        .locator('svg.hn-chart')
        .first()
        .screenshot({ path: `/tmp/hn-charts-${name}-${width}-first.png` });
    }
  });
});
