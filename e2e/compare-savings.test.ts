// Comparing plan versions (variance, RAG, the DfE monitoring table, the deficit chart) and the Savings
// module, through the browser. Screenshots go to /tmp for a person to look at.
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';
import { cellIn, openVersion, ragColumn } from './modelPage.ts';

const agreement = 'Safety Valve agreement, March 2021';
const mayForecast = 'Latest forecast, May 2021';
const transformationPlan = 'SEND Transformation Plan 2019/20 to 2021/22';

describe('compare versions and savings', () => {
  const stack = useStack();

  it('compares the agreement with the May forecast: the seed 003 monitoring table and its RAG column', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/financial-model');
    await page
      .getByRole('navigation', { name: 'Financial model' })
      .getByRole('link', { name: 'Compare versions' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Compare versions' }).waitFor();
    await page.getByLabel('Agreed profile', { exact: true }).selectOption(agreement);
    await page.getByLabel('Forecast', { exact: true }).selectOption(mayForecast);
    const monitoring = page.locator('table.monitoring-table');
    await monitoring.waitFor();

    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2021-22');
    expect(await page.locator('.tolerance').textContent()).toContain(
      'Amber when an adverse variance exceeds £50,000; red above £1,000,000.',
    );
    // Seed 003, "Kingston financial model monitoring", RAG column top to bottom.
    expect((await ragColumn(monitoring)).join(',')).toBe('G,G,G,G,G,G,G,A,A,A,G,G,A,G,G,G,G');
    expect(await (await cellIn(monitoring, 'Total budget', 'Variance £m')).textContent()).toBe('0.201');
    expect(
      await (
        await cellIn(monitoring, 'Net DSG deficit - cumulative after max safety valve', `${agreement} £m`)
      ).textContent(),
    ).toBe('11.607');
    expect(
      await (
        await cellIn(monitoring, 'Net DSG deficit - cumulative after max safety valve', `${mayForecast} £m`)
      ).textContent(),
    ).toBe('10.886');
    expect(await monitoring.locator('tr.total').count()).toBe(7); // the rows the seed prints in bold
    // The letter is there for people who cannot tell the colours apart; the colour's name for screen readers.
    expect(await monitoring.locator('.rag-A .visually-hidden').first().textContent()).toBe('Amber');

    const lines = page.locator('table.compare-table');
    const post16 = lines
      .locator('tr')
      .filter({ has: page.getByRole('rowheader', { name: 'Development of post 16 offer' }) });
    expect(await post16.locator('td').allTextContents()).toEqual([
      '-£120,000',
      '-£46,071',
      '£73,929',
      'Adverse',
      'AAmber',
    ]);

    const chart = page.locator('figure.chart svg');
    const label = await chart.getAttribute('aria-label');
    expect(label).toBe(
      `Cumulative DSG deficit after DfE contributions by year: agreed profile (${agreement}) against forecast (${mayForecast})`,
    );
    expect(await chart.locator('title').textContent()).toBe(label);
    expect(await chart.locator('desc').textContent()).toContain('£11.6m at the end of 2021-22');
    // One line per version (src/charts draws each as a Plot line mark), the second dashed.
    const versionLines = chart.locator('g[aria-label="line"]');
    expect(await versionLines.count()).toBe(2);
    expect(await versionLines.nth(1).getAttribute('stroke-dasharray')).not.toBeNull();
    expect(await chart.locator('g[aria-label="y-axis label"]').textContent()).toBe('Cumulative deficit (£m)');

    await page.screenshot({ path: '/tmp/hn-compare.png', fullPage: true });
    // The address keeps the choice, so a reload (or a shared link) shows the same comparison.
    expect(decodeURIComponent(page.url().replace(/\+/g, ' '))).toContain(
      `from=${agreement}&to=${mayForecast}`,
    );
  });

  it('offers only the years both versions cover', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    const query = new URLSearchParams({ from: 'Deficit recovery plan, June 2019', to: transformationPlan });
    await page.goto(`/#/314/financial-model/compare?${query.toString()}`);
    const year = page.getByLabel('Year', { exact: true });
    await year.waitFor();
    expect(await year.locator('option').allTextContents()).toEqual([
      '2018-19',
      '2019-20',
      '2020-21',
      '2021-22',
    ]);
    // The figures change under the Year box without taking it away from the keyboard.
    await year.focus();
    await year.selectOption('2021-22');
    await page.locator('table.compare-table caption').filter({ hasText: '2021-22, pounds' }).waitFor();
    expect(await year.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.locator('figure.chart').screenshot({ path: '/tmp/hn-chart-recovery-plan.png' });
  });

  it('shows the Transformation Plan savings by workstream and its financial summary (seed 001)', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Savings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Savings' }).waitFor();
    expect(await page.getByLabel('Plan version').inputValue()).toBe(transformationPlan);

    const summary = page.getByRole('region', { name: 'Financial summary' }).locator('table');
    await summary.waitFor();
    expect(await (await cellIn(summary, 'Cumulative DSG deficit', '2021-22')).textContent()).toBe(
      '£19,206,170',
    );
    expect(await (await cellIn(summary, 'Cumulative DSG deficit', '2018-19')).textContent()).toBe(
      '£12,944,390',
    );
    expect(await (await cellIn(summary, 'Total financial savings identified', '2021-22')).textContent()).toBe(
      '£13,808,300',
    );
    expect(
      await (await cellIn(summary, 'In-year position for the DSG high needs block', '2021-22')).textContent(),
    ).toBe('-£227,300');

    const workstreams = page.getByRole('region', { name: 'Savings by workstream' });
    expect(await workstreams.locator('h3').allTextContents()).toEqual([
      'Workstream 1: Strategy and governance',
      'Workstream 2: Commercial thinking',
      'Workstream 3: Local provision',
      'Workstream 4: Early intervention and transition',
      'Workstream 5: Assessment and planning',
    ]);
    const local = page.getByRole('region', { name: 'Workstream 3: Local provision' }).locator('table');
    expect(await (await cellIn(local, 'Total', '2021-22')).textContent()).toBe('£1,551,800');
    // General Fund travel savings: listed apart, outside the DSG totals.
    const memo = page.getByRole('region', { name: 'Memorandum workstreams' });
    expect(await memo.locator('h3').textContent()).toContain('Home to school travel');
    expect(await (await cellIn(memo.locator('table'), 'Total', '2019-20')).textContent()).toBe('£315,000');

    await page.screenshot({ path: '/tmp/hn-savings.png', fullPage: true });

    await page.getByLabel('Plan version').selectOption(mayForecast);
    await page.getByRole('region', { name: 'Workstream 1: Local Provision' }).waitFor();
    const may = page.getByRole('region', { name: 'Financial summary' }).locator('table');
    expect(await (await cellIn(may, 'Total financial savings identified', '2021-22')).textContent()).toBe(
      '£527,426',
    );
  });

  it('lays the model grid out for a screenshot, with an edit in progress', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openVersion(page, mayForecast);
    await page.screenshot({ path: '/tmp/hn-model-grid.png', fullPage: true });
    await page.getByRole('button', { name: /^Edit Increased special school places, 2021-22/ }).click();
    const input = page.getByLabel('Increased special school places, 2021-22, amount in pounds');
    await input.fill('forty thousand');
    await input.press('Enter');
    await page.locator('.cell-error').waitFor();
    await page.locator('.grid-section').screenshot({ path: '/tmp/hn-model-grid-error.png' });
    await openVersion(page, 'Deficit recovery plan, June 2019');
    await page.screenshot({ path: '/tmp/hn-model-grid-recovery-plan.png', fullPage: true });
  });

  it("lists the seeds' inconsistencies for a viewer and offers the DfE recovery plan workbook", async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/financial-model');
    await page
      .getByRole('navigation', { name: 'Financial model' })
      .getByRole('link', { name: 'Reconciliation checks' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reconciliation checks' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('10 checks fail');
    // Seed 000 question 2 prints 451 words; seed 003's 2021-22 cumulative target is £28,607,000.
    expect(text).toContain('the template shows 451 words but the answer has 450');
    expect(text).toContain(
      'cumulative deficit £28,607,000 is not that balance plus its in-year deficit £3,482,000',
    );

    await openVersion(page, 'Deficit recovery plan, June 2019');
    const link = page.getByRole('link', { name: 'DfE recovery plan (Excel)' });
    const href = await link.getAttribute('href');
    const res = await page.request.get(new URL(href!, page.url()).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('spreadsheetml');
  });
});
