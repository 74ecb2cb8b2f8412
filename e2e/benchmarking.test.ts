// The benchmarking page through the browser, on the project's synthetic DfE release (src/io/dfe/testdata:
// January 2021 and 2022, a few councils; not real figures) imported before the server starts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hnBenchmarkingXlsx, release2022Zip, release2025Zip } from '../src/io/dfe/testdata/syntheticFiles.ts';
import { needsShared, sharedAvailable, sharedPath } from '../src/testing/shared.ts';
import { demoUsers, repoRoot, signIn, useStack } from './harness.ts';
import { keepScreenshot, scrollsSideways, seriousAxeProblems } from './pageCheck.ts';
import { internalNotes, pageText } from './rolePages.ts';

const files = mkdtempSync(join(tmpdir(), 'hn-e2e-national-'));
writeFileSync(join(files, 'release-2022.zip'), release2022Zip());
writeFileSync(join(files, 'release-2025.zip'), release2025Zip());
writeFileSync(join(files, 'hn-benchmarking.xlsx'), await hnBenchmarkingXlsx());
afterAll(() => rmSync(files, { recursive: true, force: true }));

describe('benchmarking page', () => {
  const stack = useStack({
    prepare: (cli) => {
      cli(['national', 'import', join(files, 'release-2022.zip')]);
      cli(['national', 'import', join(repoRoot, 'src/io/dfe/testdata/neighbours-synthetic.csv')]);
    },
  });

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
    // Cited as a reader would cite it: the publisher, the release and its licence (no file names).
    const source = (await page.getByTestId('national-source').textContent()) ?? '';
    expect(source).toMatch(/^Source: Department for Education, .*\(2022\)/);
    expect(source).toContain('Open Government Licence v3.0');
    expect(source).not.toContain('.zip');

    await page.getByLabel('Compare with').selectOption('all');
    await page.getByRole('img', { name: /against every council/ }).waitFor();

    // The demo's 2019 recovery plan forecast 1,331 plans for January 2021; the synthetic census has 100.
    const accuracy = page.getByTestId('accuracy-table');
    await accuracy.waitFor();
    expect(await accuracy.textContent()).toContain('Deficit recovery plan, June 2019');
    expect(await accuracy.textContent()).toContain('1,331');
    expect(internalNotes(await pageText(page))).toEqual([]);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await keepScreenshot(page, 'viewer-1280-benchmarking-with-data');
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await scrollsSideways(page)).toBe(false);
    await keepScreenshot(page, 'viewer-390-benchmarking-with-data');
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

describe('benchmarking a measure published for one year only', () => {
  // The finance measures come from one year's High Needs benchmarking table (here 2021-22, census 2022),
  // while the EHCP releases reach January 2025.
  const stack = useStack({
    prepare: (cli) => {
      cli(['national', 'import', join(files, 'release-2022.zip')]);
      cli(['national', 'import', join(files, 'release-2025.zip')]);
      cli(['national', 'import', join(files, 'hn-benchmarking.xlsx')]);
      cli(['national', 'import', join(repoRoot, 'src/io/dfe/testdata/neighbours-synthetic.csv')]);
    },
  });

  it('moves to the year the measure has figures for, and every year shown can be chosen again', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/benchmarking');
    await page.getByTestId('standing').waitFor();
    const year = page.getByLabel('Year (January census)');
    expect(await year.inputValue()).toBe('2025');

    await page.getByLabel('Measure').selectOption('hnSpendPerHead.budget.topUpMaintained');
    await expect.poll(() => year.inputValue()).toBe('2022');
    await page.getByRole('heading', { level: 2, name: /2021-22$/ }).waitFor();
    await page.getByTestId('standing').waitFor();
    // The box offers the years the measure has figures for.
    expect(await year.locator('option').allTextContents()).toEqual(['2022']);

    // A year asked for in the address is kept, with the reason there are no figures, and can be left again.
    await page.goto('/#/314/benchmarking?measure=hnSpendPerHead.budget.topUpMaintained&year=2025');
    await page.getByText('The imported data has no figures for 2024-25.').waitFor();
    expect(await year.inputValue()).toBe('2025');
    expect(await year.locator('option').allTextContents()).toEqual(['2025', '2022']);
    await year.selectOption('2022');
    await page.getByTestId('standing').waitFor();
    expect(page.url()).toMatch(/year=2022/);
  });
});

const ehcpReleases = ['data/dfe/ehcp-statistics-2022.zip', 'data/dfe/ehcp-statistics-2025.zip'];

// A forecast needs at least four years of a council's figures: the DfE's own releases (../shared), as
// downloaded; the synthetic release above has two.
describe.skipIf(!ehcpReleases.every((f) => sharedAvailable(f)))(
  `the forecast from published figures${needsShared(ehcpReleases[1] ?? '')}`,
  () => {
    // Importing the two full releases takes minutes on a busy machine.
    const stack = useStack(
      {
        prepare: (cli) => {
          for (const f of ehcpReleases) cli(['national', 'import', sharedPath(f)]);
        },
      },
      600_000,
    );

    it('says which method makes each year, its intervals, its past record in words, and sets the plans beside it', async () => {
      const page = await stack().newPage();
      await signIn(page, demoUsers.viewer);
      await page.goto('/#/314/benchmarking');
      const method = page.getByTestId('forecast-method');
      await method.waitFor({ timeout: 120_000 });
      // The method of each forecast year is named in words, and the table gives it beside the intervals.
      expect(await method.textContent()).toMatch(/January 2026 \(one year ahead\)/);
      const methodLabels = await method.locator('dd').allTextContents();
      expect(methodLabels).toHaveLength(3);
      const table = page.getByTestId('forecast-table');
      expect(await table.locator('thead').textContent()).toContain('80% interval');
      expect(await table.locator('tbody tr').first().locator('td').last().textContent()).toBe(
        methodLabels[0],
      );
      // The back-test's record in plain words, one sentence per year ahead.
      const evidence = page.getByTestId('forecast-evidence');
      expect(await evidence.locator('ul').first().locator('li').count()).toBe(3);
      expect(await evidence.textContent()).toMatch(
        /In past years forecasts made this way were within [\d.]+% two years ahead for half of councils/,
      );
      // The accuracy review: the 2019 plan's 1,251 / 1,331 / 1,411 / 1,491 EHCPs against the census's
      // 1,314 / 1,424 / 1,550 / 1,630 (January 2020-2023, DfE EHCP releases) are off by 4.79, 6.53, 8.97
      // and 8.53%: 7.2% on average.
      const summary = page.getByTestId('accuracy-summary');
      await summary.waitFor({ timeout: 120_000 });
      expect(await summary.textContent()).toMatch(
        /Deficit recovery plan, June 2019: off by 7\.2% on average; our forecast from published figures, made from the same January, was off by [\d.]+%\./,
      );
      expect(await page.getByTestId('accuracy-table').locator('thead').textContent()).toContain(
        'From published figures',
      );
    });
  },
);
