// From the SEN2 returns to a forecast through the browser, on the demo council's synthetic returns
// (January 2019 to 2025, loaded with the demo): forecast inputs made on the SEN2 page with a population
// file, a forecast run started from them on the Forecasts page, finished and showing its results; and
// removing a return: refused, naming the inputs, for a return inputs were made from; done, after a dialog
// saying what goes, for one they were not; the funnel's chart.
import { request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { twelveChildrenDraft } from '../src/io/sen2/testing/twelveChildren.ts';
import { writeBladeExport, type BladeDraft } from '../src/io/sen2/writeBlade.ts';
import { demoUsers, signIn, useStack } from './harness.ts';
import { keepScreenshot, scrollsSideways, seriousAxeProblems, settled } from './pageCheck.ts';
import { internalNotes, pageText } from './rolePages.ts';

const demoInputs = 'Synthetic SEN2 returns, January 2019 to January 2025 (demo)';
const ours = 'From our SEN2 returns';

/** A made-up ONS-style population: every age 1 to 25, 2,000 a year, from January `first` to 2030. */
function populationCsv(first: number): string {
  const rows = ['calendar_year,age,population'];
  for (let year = first; year <= 2030; year++)
    for (let age = 1; age <= 25; age++) rows.push(`${year},${age},2000`);
  return `${rows.join('\n')}\n`;
}

/** The hand-worked return moved a year on: the 2026 return, which no forecast inputs were made from. */
function returnOf2026(): BladeDraft {
  const shift = (value: unknown): unknown => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return `${String(Number(value.slice(0, 4)) + 1)}${value.slice(4)}`;
    if (Array.isArray(value)) return value.map(shift);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v)]));
    return value;
  };
  const draft = shift(twelveChildrenDraft()) as BladeDraft;
  draft.header.year = 2026;
  return draft;
}

describe('SEN2 return to forecast', () => {
  const stack = useStack({ sen2Demo: true });

  it('makes forecast inputs from the returns with a population file, starts a run from them and shows its results', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/sen2?tab=inputs');
    await page.getByRole('heading', { level: 2, name: 'Forecast inputs from the returns' }).waitFor();
    await page.getByLabel('Name of the inputs').fill(ours);
    // A file of the wrong kind is named at its field before anything is sent.
    await page.getByLabel('Population file (optional)').setInputFiles({
      name: 'population.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    });
    await page.getByRole('button', { name: 'Make forecast inputs' }).click();
    await page.getByText(/^“population\.xlsx” is .*; the population file is a CSV file/).waitFor();
    const population = (first: number) => ({
      name: 'population.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(populationCsv(first)),
    });
    // The history's first pair of Januaries is 2018-2019: a file from 2019 on is refused, saying so.
    await page.getByLabel('Population file (optional)').setInputFiles(population(2019));
    await page.getByRole('button', { name: 'Make forecast inputs' }).click();
    await page.getByText(/calendar year 2018 has no population for NCY -3/).waitFor({ timeout: 60_000 });
    await page.getByLabel('Population file (optional)').setInputFiles(population(2018));
    await page.getByRole('button', { name: 'Make forecast inputs' }).click();
    const made = page.getByTestId('sen2-inputs-made');
    await made.waitFor({ timeout: 60_000 });
    expect(await made.getByRole('status').textContent()).toContain(`Made “${ours}”.`);
    // Seven returns: the pairs of Januaries 2018-2019 to 2024-2025, each from its later return.
    expect(await made.locator('tbody th').allTextContents()).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    const assumed = (await made.locator('li').allTextContents()).join('\n');
    expect(assumed).not.toContain('no population file');
    await settled(page);
    expect(await seriousAxeProblems(page)).toEqual([]);

    await made.getByRole('link', { name: 'Start a forecast run from it' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forecasts' }).waitFor();
    await page.getByRole('combobox', { name: 'Inputs', exact: true }).selectOption({ label: ours });
    await page.getByLabel('Name (optional)').fill('From SEN2');
    await page.getByLabel('Simulations').fill('100');
    await page.getByLabel('Seed').fill('7');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Started forecast run \d+/ })
      .waitFor();
    const row = page.locator('[data-testid="forecast-runs"] tbody tr').filter({ hasText: 'From SEN2' });
    await row.getByText('Completed').waitFor({ timeout: 120_000 });
    await row.getByRole('link', { name: /\. From SEN2$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Forecast run \d+: From SEN2$/ }).waitFor();
    // Known to January 2025 (the latest return), then the population file's years projected.
    await page.getByRole('img', { name: /^EHCPs by January census: known to 2025/ }).waitFor();
    const years = await page.locator('[data-testid="forecast-years"] tbody th').allTextContents();
    expect(years[0]).toBe('January 2025 (known)');
    expect(years.length).toBeGreaterThan(1);
    expect(internalNotes(await pageText(page))).toEqual([]);
    await settled(page);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await keepScreenshot(page, 'sen2-forecast-run');
  }, 300_000);

  it('refuses to remove a return inputs were made from, naming them; removes another after saying what goes', async () => {
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.finance })).status()).toBe(200);
      const files = Object.fromEntries(writeBladeExport(returnOf2026(), '2026-01-20'));
      expect((await api.post('/api/councils/314/sen2/returns', { data: { files } })).status()).toBe(201);
    } finally {
      await api.dispose();
    }
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/sen2');
    const table = page.getByTestId('sen2-returns');
    await table.waitFor();

    await table.getByRole('button', { name: 'Remove the 2019 return' }).click();
    const held = page.getByRole('dialog', { name: 'The 2019 return cannot be removed' });
    await held.waitFor();
    expect(await held.textContent()).toContain(
      `The forecast inputs “${demoInputs}” and “${ours}” were made from it and keep its figures`,
    );
    await settled(page);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await held.getByRole('button', { name: 'Cancel' }).click();
    await held.waitFor({ state: 'detached' });

    await table.getByRole('button', { name: 'Remove the 2026 return' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the 2026 return?' });
    await dialog.waitFor();
    const says = (await dialog.textContent()) ?? '';
    expect(says).toContain('its records of 13 children and young people');
    expect(says).toContain('its data-quality report');
    // At phone width the dialog fits, and the page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scrollsSideways(page)).toBe(false);
    await keepScreenshot(page, 'sen2-remove-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await dialog.getByRole('button', { name: 'Remove the 2026 return' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Removed the 2026 return \(13 children, \d+ warnings\)\.$/ })
      .waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      '2025 (synthetic)',
      '2024 (synthetic)',
      '2023 (synthetic)',
      '2022 (synthetic)',
      '2021 (synthetic)',
      '2020 (synthetic)',
      '2019 (synthetic)',
    ]);

    const viewer = await stack().newPage();
    await signIn(viewer, demoUsers.viewer);
    await viewer.goto('/#/314/sen2');
    await viewer.getByTestId('sen2-returns').waitFor();
    expect(await viewer.getByRole('button', { name: /^Remove/ }).count()).toBe(0);

    // The funnel: its chart (grouped bars by year) above the table, for every role.
    await viewer.getByRole('tab', { name: 'Funnel' }).click();
    const chart = viewer.getByRole('img', {
      name: /^From request to plan by calendar year \(synthetic returns\)/,
    });
    await chart.waitFor();
    await viewer.getByTestId('sen2-funnel').waitFor();
    const years = await viewer.getByTestId('sen2-funnel').locator('tbody th').count();
    // One bar per stage (requests, agreed to assess, plans issued) in each year the table lists.
    expect(await chart.locator('[aria-label="bar"] rect').count()).toBe(3 * years);
    expect(internalNotes(await pageText(viewer))).toEqual([]);
    await settled(viewer);
    expect(await seriousAxeProblems(viewer)).toEqual([]);
    await viewer.setViewportSize({ width: 390, height: 844 });
    expect(await scrollsSideways(viewer)).toBe(false);
    await keepScreenshot(viewer, 'sen2-funnel-390');
  }, 120_000);
});
