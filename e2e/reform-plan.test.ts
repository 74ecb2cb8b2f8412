// The reform plan through the browser: a finance officer starts a plan on the demo's synthetic forecast
// inputs, builds two mitigations (a change to joiner rates and a money-only saving) and puts them in
// order, runs the plan with a small simulation count, reads the bridge and the effects, runs a what-if,
// and pushes the plan into the draft version. A viewer reads the demo's worked plan without controls.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';
import { scrollsSideways, seriousAxeProblems, settled } from './pageCheck.ts';
import { internalNotes, pageText } from './rolePages.ts';

const census = 'Synthetic census, January 2016 to January 2021 (demo)';
const draft = 'Latest forecast, May 2021';

/** The checks every page passes: no serious axe problem, no internal words, no sideways scroll at 390 px. */
async function checkPage(page: Page): Promise<void> {
  await settled(page);
  expect(await seriousAxeProblems(page)).toEqual([]);
  expect(internalNotes(await pageText(page))).toEqual([]);
  await page.setViewportSize({ width: 390, height: 900 });
  expect(await scrollsSideways(page)).toBe(false);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('reform plan', () => {
  const stack = useStack();

  it('lets a finance officer build mitigations, run the plan, read the bridge and push it', async () => {
    const page = await stack().newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, demoUsers.finance);
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Reform plan' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reform plan' }).waitFor();
    await page.getByTestId('reform-plans').getByText('Local SEND reform plan (illustrative)').waitFor();
    await checkPage(page);

    await page.getByLabel('Name', { exact: true }).fill('Test plan');
    await page.getByRole('combobox', { name: 'Forecast inputs' }).selectOption({ label: census });
    await page.getByLabel('First year').selectOption('2021-22');
    await page.getByLabel('Last year').selectOption('2023-24');
    await page.getByLabel('Simulations').fill('30');
    await page.getByLabel('Plan version for funding and the push').selectOption(draft);
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Test plan' }).waitFor();
    await page.getByRole('status').filter({ hasText: '“Test plan” is started' }).waitFor();

    // A mitigation as a forecast change: joiner rates 20% lower at full effect, phased in 50% then 100%.
    await page.getByLabel('Name', { exact: true }).fill('Early help hubs');
    await page.getByLabel('Workstream').fill('Early intervention');
    await page.getByLabel('Owner').fill('Head of SEND');
    await page.getByLabel(/^Phase-in/).fill('50, 100');
    await page.getByLabel('What it does').selectOption('joiners');
    await page.getByLabel('Change at full effect (%)').fill('-20');
    await page.getByRole('button', { name: 'Add the mitigation' }).click();
    await page.getByTestId('mitigations').getByText('Joiner rates −20%').waitFor();

    // A money-only mitigation: £150,000 in 2022-23.
    await page.getByLabel('Name', { exact: true }).fill('Banding review');
    await page.getByLabel('Workstream').fill('Funding');
    await page.getByLabel('Owner').fill('Finance lead');
    await page.getByLabel(/^Phase-in/).fill('100');
    await page.getByLabel('What it does').selectOption('money');
    await page.getByLabel('Saving in 2022-23 (£)').fill('150000');
    await page.getByRole('button', { name: 'Add the mitigation' }).click();
    const rows = page.getByTestId('mitigations').locator('tbody th');
    await page.getByTestId('mitigations').getByText('Banding review').waitFor();
    await page.getByRole('button', { name: 'Move “Banding review” up' }).click();
    await page.getByRole('status').filter({ hasText: '“Banding review” moved up' }).waitFor();
    expect(await rows.allTextContents()).toEqual(['Banding review', 'Early help hubs']);

    await page.getByRole('button', { name: 'Run the plan' }).click();
    const bridge = page.getByTestId('bridge');
    await bridge.waitFor({ timeout: 120_000 });
    expect(await bridge.locator('thead th').allTextContents()).toEqual([
      'Step',
      '2021-22',
      '2022-23',
      '2023-24',
      'Plan period',
    ]);
    const banding = bridge.locator('tbody tr').filter({ hasText: 'Less: Banding review' });
    expect(await banding.locator('td').allTextContents()).toEqual(['£0', '£150,000', '£0', '£150,000']);
    // Joiner rates fall from the plan's first year: early help saves money in every year after it.
    const early = bridge.locator('tbody tr').filter({ hasText: 'Less: Early help hubs' });
    expect(await early.locator('td').last().textContent()).toMatch(/^£[\d,]+$/);
    await page.getByTestId('bridge-chart').locator('svg').waitFor();
    await page.getByTestId('effects').getByText('Early help hubs').waitFor();
    await page.getByText('The order matters.').waitFor();
    await page.getByTestId('breakdown').waitFor();
    await checkPage(page);

    await page.getByRole('button', { name: 'Requests for assessment up 10%' }).click();
    await page.getByTestId('what-if').waitFor({ timeout: 120_000 });

    await page.getByLabel(/HNB expenditure - direct/).check();
    await page.getByRole('button', { name: 'Preview the push' }).click();
    await page.getByTestId('push-preview').waitFor();
    await page.getByRole('button', { name: 'Confirm: push the plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The plan’s 3 lines are in “${draft}”.` })
      .waitFor();
    await page.getByRole('link', { name: `Compare “${draft}” with another version` }).waitFor();
  }, 300_000);

  it('shows a viewer the demo’s worked plan, illustrative, with no control that changes it', async () => {
    const page = await stack().newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/reform-plan/1');
    await page.getByRole('heading', { level: 1, name: 'Local SEND reform plan (illustrative)' }).waitFor();
    await page.getByRole('note').filter({ hasText: 'You can read this reform plan' }).waitFor();
    expect(await page.getByTestId('mitigations').locator('tbody tr').count()).toBe(6);
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await checkPage(page);
  }, 120_000);
});
