// The KPI dashboard in the browser: Kingston's May 2021 KPIs from the Q1 2021-22 Safety Valve return
// (seed 003, KPI table), the category filter, the table view, and recording a value by role.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoUsers, signIn, useStack } from './harness.ts';

const tile = (page: Page, ref: string) =>
  page.getByRole('article').filter({ hasText: new RegExp(`^KPI ${ref}\\b`) });

describe('KPI dashboard', () => {
  const stack = useStack();

  it('shows KPI 1 at 1,447 against 1,447, green, and KPI 2 at 1.26%, amber (seed 003, KPI table)', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'KPIs' }).click();
    await page.getByRole('heading', { level: 1, name: 'KPIs' }).waitFor();
    await page.getByRole('heading', { name: 'All categories: 39 KPIs' }).waitFor();

    const one = tile(page, '1');
    const oneText = (await one.textContent()) ?? '';
    expect(oneText).toContain('Actual EHCPs');
    expect(oneText).toMatch(/May 20211,447Target for May 20211,447/);
    expect(oneText).toContain('Green');
    const two = (await tile(page, '2').textContent()) ?? '';
    expect(two).toMatch(/May 20211\.26%Target for May 20211\.17%/);
    expect(two).toContain('Amber');
    // Seed 003's RAG column: 26 G, 12 A, KPI 36 not rated.
    expect(await page.locator('.kpi-counts').textContent()).toBe('26 green12 amber0 red1 not rated');
    // The trend is named, and says its points in words.
    expect(await one.getByRole('img').getAttribute('aria-label')).toBe('Trend of KPI 1, Actual EHCPs');
    expect(await one.getByRole('img').locator('desc').textContent()).toBe(
      'baseline 31 March 2021: 1,429; May 2021: 1,447 against a target of 1,447.',
    );
    // A computed KPI says how.
    await tile(page, '2').getByText('How this is worked out').click();
    expect(await tile(page, '2').locator('.kpi-how').textContent()).toMatch(/computed: .*KPI 1/);
  });

  it('filters the tiles by category and shows the table', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/kpis');
    await page.getByRole('heading', { name: 'All categories: 39 KPIs' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(39);

    await page.getByLabel('Category').selectOption('Financial Control');
    await page.getByRole('heading', { name: 'Financial Control: 14 KPIs' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(14);
    expect(await tile(page, '1').count()).toBe(0);
    expect(await tile(page, '14').textContent()).toContain('£27,886,000');
    expect(page.url()).toContain('category=Financial+Control');

    await page.getByRole('link', { name: 'Table' }).click();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Cumulative DSG Surplus/Deficit - before safety valve funding' });
    expect((await row.textContent()) ?? '').toContain('£28,607,000£27,886,000');
    expect(await page.locator('tbody tr').count()).toBe(14);
  });

  it('gives the viewer no edit control', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/kpis?view=table');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /Record|Edit comment/ }).count()).toBe(0);
    await page.goto('/#/314/kpis');
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('button', { name: /Record|Edit comment/ }).count()).toBe(0);
  });

  it('lets finance record a value and comment, re-rated at once; a bad figure is refused', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/kpis?category=Value%20for%20Money');
    await tile(page, '23').waitFor();
    await tile(page, '23')
      .getByRole('button', { name: 'Record value for KPI 23: Average cost - all HNB 2 - 18' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Value for May 2021 (in pounds)').fill('12,5OO');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').getByText("'12,5OO' is not a number").waitFor();

    await dialog.getByLabel('Value for May 2021 (in pounds)').fill('£835');
    await dialog.getByLabel('Comment').fill('New academic year fees agreed');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('KPI 23 saved for May 2021.').waitFor();
    const text = (await tile(page, '23').textContent()) ?? '';
    expect(text).toContain('£835');
    expect(text).toContain('New academic year fees agreed');
    expect(text).toContain('Green'); // under the £841 target (seed 003, KPI 23; KPI 25 is now computed from the placement register)
  });

  it('lets finance start June 2021 and record KPI 1; its target is pro rata (1,429 + 108 × 3/12 = 1,456) and the trend grows', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/kpis?category=Demand%20Management');
    await tile(page, '1').waitFor();
    await page.getByRole('button', { name: 'Start a new period' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Period', { exact: true }).fill('2021-06');
    await dialog.getByLabel(/Figures as at/).fill('2021-06-30');
    await dialog.getByRole('button', { name: 'Start the period' }).click();
    await page.getByText('June 2021 started: record its values below.').waitFor();
    await expect.poll(() => page.getByLabel('Period', { exact: true }).inputValue()).toBe('2021-06');

    await tile(page, '1')
      .getByRole('button', { name: /^Record value/ })
      .click();
    await page.getByRole('dialog').getByLabel('Value for June 2021 (a number)').fill('1470');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByText('KPI 1 saved for June 2021.').waitFor();
    const one = tile(page, '1');
    expect(await one.textContent()).toMatch(/June 20211,470Target for June 20211,456/);
    expect(await one.getByRole('img').locator('desc').textContent()).toBe(
      'baseline 31 March 2021: 1,429; May 2021: 1,447 against a target of 1,447; June 2021: 1,470 against a target of 1,456.',
    );
    // May is still there to pick.
    await page.getByLabel('Period', { exact: true }).selectOption('2021-05');
    await page.waitForURL(/period=2021-05/);
    await tile(page, '1').getByText('Target for May 2021').waitFor();
  });
});
