// The Forecasts module through the browser: a finance officer starts a small run on the demo's synthetic
// inputs, watches it finish in the background, and reads the fan chart, the figures and the breakdowns.
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';

describe('forecasts', () => {
  const stack = useStack();

  it('lets a finance officer start a run, see it finish, read the fan chart and results, and push the cost into the draft', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Forecasts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forecasts' }).waitFor();
    await page
      .locator('table.forecast-inputs-table')
      .getByText('Synthetic census, January 2016 to January 2021 (demo)')
      .waitFor();
    expect(await page.getByText('There are no forecast runs yet.').count()).toBe(1);

    await page.getByLabel('Name (optional)').fill('Demo baseline');
    await page.getByLabel('Simulations').fill('200');
    await page.getByLabel('Seed').fill('21');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('status').filter({ hasText: 'Started forecast run 1' }).waitFor();
    const row = page.locator('table.forecast-runs-table tbody tr').filter({ hasText: 'Demo baseline' });
    await row.getByText('Completed').waitFor({ timeout: 60_000 });

    await row.getByRole('link', { name: '1. Demo baseline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forecast run 1: Demo baseline' }).waitFor();
    const chart = page.getByRole('img', { name: /^EHCPs by January census: known to 2021/ });
    await chart.waitFor();
    expect(await chart.locator('g.fan-band').count()).toBe(3);
    expect(await chart.locator('g.fan-median').count()).toBe(1);
    expect(await chart.locator('g.fan-history').count()).toBe(1);
    const years = page.locator('table.forecast-years-table tbody th');
    expect(await years.allTextContents()).toEqual([
      'January 2021 (known)',
      'January 2022',
      'January 2023',
      'January 2024',
      'January 2025',
      'January 2026',
    ]);
    const ageGroups = page.locator('table.forecast-breakdown[data-group="byAgeGroup"] tbody th');
    expect(await ageGroups.allTextContents()).toEqual([
      'Under 5',
      '5 to 10',
      '11 to 15',
      '16 to 19',
      '20 to 25',
    ]);
    expect(await page.locator('table.forecast-breakdown[data-group="bySetting"] tbody tr').count()).toBe(5);
    expect(await page.getByRole('link', { name: 'Download Excel (XLSX)' }).getAttribute('href')).toBe(
      '/api/councils/314/forecasts/runs/1/download?format=xlsx',
    );

    await page.getByLabel('Draft version').selectOption('Latest forecast, May 2021');
    await page.getByRole('button', { name: 'Add the pressure line' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '“New demand (forecast run 1)” is in “Latest forecast, May 2021”: 2021-22 £' })
      .waitFor();

    // A scenario (a JSON file, docs/formats/scenario.md) against run 1 as its baseline.
    await page.getByRole('link', { name: 'All forecast runs' }).click();
    await page.getByLabel('Name (optional)').fill('More joiners');
    await page.getByLabel('Simulations').fill('200');
    await page.getByLabel('Seed').fill('21');
    const scenario = {
      name: 'A third more joiners from 2023',
      changes: [{ type: 'multiply-joiners', factor: 1.33, years: { from: 2023 } }],
    };
    await page.getByLabel('Scenario (optional)').setInputFiles({
      name: 'joiners.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.getByLabel('Compare with (baseline run)').selectOption('1');
    await page.getByRole('button', { name: 'Start the run' }).click();
    const second = page.locator('table.forecast-runs-table tbody tr').filter({ hasText: 'More joiners' });
    await second.getByText('Completed').waitFor({ timeout: 60_000 });
    await second.getByRole('link', { name: '2. More joiners' }).click();
    await page.getByRole('heading', { level: 2, name: 'Against the baseline (run 1)' }).waitFor();
    const comparison = page.locator('table.forecast-comparison tbody tr');
    await comparison.first().waitFor();
    expect(await comparison.count()).toBe(6);
    // Same seed: no difference before the scenario starts; more EHCPs after it.
    expect(await comparison.filter({ hasText: 'January 2022' }).locator('td').nth(2).textContent()).toBe(
      '0.0',
    );
    expect(await comparison.filter({ hasText: 'January 2026' }).locator('td').nth(2).textContent()).toMatch(
      /^\+\d+\.\d$/,
    );
  }, 180_000);

  it('shows a viewer the runs but no form to start one', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/forecasts');
    await page.getByRole('heading', { level: 1, name: 'Forecasts' }).waitFor();
    await page.locator('table.forecast-inputs-table').waitFor();
    expect(await page.getByRole('button', { name: 'Start the run' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Upload forecast inputs' }).count()).toBe(0);
  });
});
