// The benchmarking page through the browser, on the project's synthetic DfE release (src/io/dfe/testdata:
// January 2021 and 2022, a few councils; not real figures) imported before the server starts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { release2022Zip } from '../src/io/dfe/testdata/syntheticFiles.ts';
import { demoUsers, repoRoot, signIn, useStack } from './harness.ts';

const files = mkdtempSync(join(tmpdir(), 'hn-e2e-national-'));
writeFileSync(join(files, 'release-2022.zip'), release2022Zip());

describe('benchmarking page', () => {
  const stack = useStack({
    prepare: (cli) => {
      cli(['national', 'import', join(files, 'release-2022.zip')]);
      cli(['national', 'import', join(repoRoot, 'src/io/dfe/testdata/neighbours-synthetic.csv')]);
    },
  });
  afterAll(() => rmSync(files, { recursive: true, force: true }));

  it('shows Kingston highlighted among its neighbours, its standing, where the figures come from, and the accuracy review', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.getByRole('link', { name: 'Benchmarking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benchmarking' }).waitFor();
    const bars = page.getByTestId('ranked-bars');
    await bars.waitFor();
    // The council's own bar and bold label (src/charts' rankedBarsChart).
    expect(await bars.locator('g.ranked-own rect').count()).toBe(1);
    expect(await bars.locator('g.ranked-own-label').textContent()).toContain('Kingston upon Thames');
    expect(await bars.locator('svg').getAttribute('aria-label')).toContain(
      'Kingston upon Thames against its statistical neighbours',
    );
    expect(await page.getByTestId('standing').textContent()).toMatch(/Rank\d+ of \d+ councils/);
    expect(await page.getByTestId('national-source').textContent()).toContain('release-2022.zip');

    await page.getByLabel('Compare with').selectOption('all');
    await page.getByRole('img', { name: /against every council/ }).waitFor();

    // The demo's 2019 recovery plan forecast 1,331 plans for January 2021; the synthetic census has 100.
    const accuracy = page.getByTestId('accuracy-table');
    await accuracy.waitFor();
    expect(await accuracy.textContent()).toContain('Deficit recovery plan, June 2019');
    expect(await accuracy.textContent()).toContain('1,331');
    await page.screenshot({ path: '/tmp/highneeds-benchmarking.png', fullPage: true });
  });

  it('downloads the benchmark table as CSV and as Excel', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/benchmarking');
    await page.getByTestId('ranked-bars').waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('benchmark 314 2022.csv');
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(text).toContain('Measure,Period,Unit,Kingston upon Thames,Statistical neighbours');
    expect(text).toContain('EHCPs (January census),January 2022,count,121,');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('benchmark 314 2022.xlsx');
    expect(
      readFileSync((await xlsx.path()) ?? '')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});
