// The Safety Valve pages in the browser: Kingston's agreement (seeds 003/004) and the Q1 2021-22 return's
// workflow: S151 then DCS sign-off, the lock and the refusal of an edit, the admin's reopen with a reason,
// and the PDF report download.
import { request, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack, type DemoUser } from './harness.ts';
import { openVersion } from './modelPage.ts';

const { s151, dcs } = demoUsers;
const returnHash = '/#/314/safety-valve/returns/2021-22-Q1';
const status = (page: Page) => page.getByRole('region', { name: /^Status:/ });

async function openReturn(page: Page, user: DemoUser) {
  await signIn(page, user);
  await page.goto(returnHash);
  await page.getByRole('heading', { level: 1, name: 'Q1 2021-22 Safety Valve return' }).waitFor();
  await status(page).waitFor();
}

async function signAs(page: Page, button: string) {
  await status(page).getByRole('button', { name: button }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign off' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('Safety Valve', () => {
  const stack = useStack();

  it('shows the agreement: conditions, DfE payments and the maximum deficit profile (seed 003, condition 2)', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Safety Valve' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Safety Valve' }).waitFor();
    const conditions = page.getByRole('region', { name: 'Conditions of the agreement' });
    await conditions.waitFor();
    expect(await conditions.getByRole('listitem').count()).toBe(9);
    expect(await conditions.textContent()).toContain(
      'Condition 3.4: Improve efficiency of commissioning services to drive down cost.',
    );
    const payments = page.getByRole('region', { name: 'DfE payments' });
    expect(await payments.getByRole('row', { name: /^All years/ }).textContent()).toContain('£9,000,000');
    const profile = page.getByRole('region', { name: 'Maximum deficit profile' });
    expect(await profile.getByRole('row', { name: /^2021-22/ }).textContent()).toBe(
      '2021-22£28,607,000£28,607,000£27,886,000',
    );
    expect(await profile.getByRole('img').getAttribute('aria-label')).toContain(
      'Cumulative DSG deficit before Safety Valve funding by year',
    );
    // The return is listed; a viewer cannot start one.
    await page.getByRole('link', { name: 'Q1 2021-22 return' }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
  });

  it('lets finance record a DfE payment, refusing a negative amount; the totals follow', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/safety-valve');
    const payments = page.getByRole('region', { name: 'DfE payments' });
    await payments.getByRole('button', { name: 'Record 2021-22, 2021-22 payments' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Received (in pounds)').fill('-1');
    await dialog.getByRole('button', { name: 'Save payment' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain('cannot be negative');
    await dialog.getByLabel('Received (in pounds)').fill('£5,000,000');
    await dialog.getByLabel('Received on').fill('2021-09-30');
    await dialog.getByRole('button', { name: 'Save payment' }).click();
    await page.getByText('The payment is recorded.').waitFor();
    expect(await payments.getByRole('row', { name: /^Total for 2021-22/ }).textContent()).toBe(
      'Total for 2021-22£5,000,000£5,000,000£0',
    );
    expect(await payments.getByRole('row', { name: /^All years/ }).textContent()).toContain(
      '£14,000,000£14,000,000',
    );
  });

  it('shows the return to a viewer with its tables and no control but the downloads', async () => {
    const page = await stack().newPage();
    await openReturn(page, demoUsers.viewer);
    expect(await status(page).textContent()).toContain('Draft');
    const condition = page.getByRole('article', { name: /^Condition 3\.4:/ });
    expect(await condition.textContent()).toContain('Medium');
    const kpis = page.getByRole('region', { name: 'Key performance indicators' });
    expect(await kpis.getByRole('row', { name: /Actual EHCPs/ }).textContent()).toContain(
      '1,4291,5371,4471,447',
    );
    const monitoring = page.getByRole('region', { name: 'Financial model monitoring' });
    expect(
      await monitoring.getByRole('row', { name: /cumulative before safety valve/ }).textContent(),
    ).toContain('28.60727.886-0.721');
    const ehcps = page.getByRole('region', { name: 'EHCPs against target' });
    const ehcpChart = ehcps.getByRole('img', { name: 'EHCPs against target' });
    expect(await ehcpChart.locator('desc').textContent()).toContain(
      'KPI 1: Actual EHCPs, Green: Baseline 1,429, Target for the period 1,447, Actual or projected 1,447.',
    );
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
  });

  it('lets the SEND service record progress on a condition but not change the return’s details', async () => {
    const page = await stack().newPage();
    await openReturn(page, demoUsers.send);
    await page.getByRole('button', { name: 'Edit progress on condition 3.3' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit summary' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit the risk register' }).count()).toBe(0);
    expect(await status(page).getByRole('button').count()).toBe(0);
  });

  it('lets finance edit a draft: a condition’s assurance and narrative, and the risk register', async () => {
    const page = await stack().newPage();
    await openReturn(page, demoUsers.finance);
    await page.getByRole('button', { name: 'Edit progress on condition 3.6' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Assurance level').selectOption('Medium');
    await dialog
      .getByLabel('Progress update')
      .fill('The full peer review report is late.\n\nFindings will be considered in July.');
    await dialog.getByRole('button', { name: 'Save progress' }).click();
    await dialog.waitFor({ state: 'detached' });
    const condition = page.getByRole('article', { name: /^Condition 3\.6:/ });
    expect(await condition.textContent()).toContain('Findings will be considered in July.');
    expect(await condition.getByTestId('assurance').textContent()).toBe('Assurance level: Medium');
    expect(await page.getByRole('region', { name: 'Assurance at a glance' }).textContent()).toContain(
      '6 good3 medium',
    );

    await page.getByRole('button', { name: 'Edit the risk register' }).click();
    const risks = page.getByRole('dialog');
    await risks.getByRole('button', { name: 'Add a risk' }).click();
    const added = risks.getByRole('group', { name: 'Risk 3' });
    await added.getByLabel('Risk', { exact: true }).fill('Tribunal decisions raise independent placements');
    await added.getByLabel('Likelihood').selectOption('3');
    await added.getByLabel('Impact').selectOption('4');
    await added.getByLabel('Trend').selectOption('increasing');
    await risks.getByRole('button', { name: 'Save risks' }).click();
    await risks.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /^Tribunal decisions/ });
    expect(await row.textContent()).toBe('Tribunal decisions raise independent placements3412—Increasing');

    // Put condition 3.6 back as the return had it, so the sign-off below signs the seed's assurance.
    await page.getByRole('button', { name: 'Edit progress on condition 3.6' }).click();
    await page.getByRole('dialog').getByLabel('Assurance level').selectOption('Good');
    await page.getByRole('dialog').getByRole('button', { name: 'Save progress' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('is signed by the S151 officer, then the DCS, and locks; an edit is refused, the PDF downloads, an admin reopens', async () => {
    const finance = await stack().newPage();
    await openReturn(finance, demoUsers.finance);
    expect(await status(finance).getByRole('button').count()).toBe(0); // finance does not sign

    const officer = await stack().newPage();
    await openReturn(officer, s151);
    expect(
      await status(officer)
        .getByRole('button', { name: 'Sign off as Director of Children’s Services' })
        .count(),
    ).toBe(0);
    await signAs(officer, 'Sign off as S151 officer');
    await status(officer).getByText('You signed the Q1 2021-22 return as S151 officer.').waitFor();
    expect(await status(officer).getByRole('heading').textContent()).toBe(
      'Status: Signed by the S151 officer',
    );
    expect(await status(officer).getByRole('button', { name: 'Sign off as S151 officer' }).count()).toBe(0);

    const director = await stack().newPage();
    await openReturn(director, dcs);
    expect(await status(director).textContent()).toContain('Signed by Demo S151 officer');
    await signAs(director, 'Sign off as Director of Children’s Services');
    await status(director)
      .getByText('You signed the Q1 2021-22 return as Director of Children’s Services.')
      .waitFor();
    expect(await status(director).getByRole('heading').textContent()).toBe('Status: Locked');
    expect(await status(director).getByTestId('notice-strong').textContent()).toMatch(/locked/);
    expect(await director.getByRole('main').getByRole('button', { name: /Edit/ }).count()).toBe(0);

    // The finance page was opened while the return was a draft: its edit is refused with the reason.
    await finance.getByRole('button', { name: 'Edit progress on condition 3.4' }).click();
    const dialog = finance.getByRole('dialog');
    await dialog.getByLabel('Assurance level').selectOption('Good');
    await dialog.getByRole('button', { name: 'Save progress' }).click();
    const refusal = (await dialog.getByRole('alert').textContent()) ?? '';
    expect(refusal).toContain('locked');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await status(finance).getByRole('heading').textContent()).toBe('Status: Locked');
    expect(await finance.getByRole('article', { name: /^Condition 3\.4:/ }).textContent()).toContain(
      'Medium',
    );
    expect(await finance.getByRole('main').getByRole('button', { name: /Edit/ }).count()).toBe(0);

    // The API refuses it as well.
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.finance })).status()).toBe(200);
      const patch = await api.patch('/api/councils/314/safety-valve/returns/2021-22-Q1', {
        data: { summary: 'changed' },
      });
      expect(patch.status()).toBe(409);
    } finally {
      await api.dispose();
    }

    // The plan version the locked return reads is read only now, and says which return holds it.
    await openVersion(finance, 'Latest forecast, May 2021');
    await finance.getByText('It is used by the signed Safety Valve return Q1 2021-22.').waitFor();
    expect(await finance.locator('[data-testid="amount-cell"]').count()).toBe(0);
    expect(await finance.getByRole('button', { name: /^Remove line / }).count()).toBe(0);
    await finance.goto(returnHash);
    await status(finance).waitFor();

    // The download button returns the PDF report.
    const link = finance.getByRole('link', { name: 'Download the report (PDF)' });
    const href = (await link.getAttribute('href')) ?? '';
    const response = await finance.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [download] = await Promise.all([finance.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Kingston upon Thames Safety Valve return 2021-22-Q1.pdf');

    // An administrator reopens it, giving a reason.
    const admin = await stack().newPage();
    await openReturn(admin, demoUsers.admin);
    await status(admin).getByRole('button', { name: 'Reopen the return' }).click();
    const reopen = admin.getByRole('dialog');
    await reopen.getByRole('button', { name: 'Reopen' }).click();
    await reopen.getByRole('alert').waitFor();
    // The refusal is shown at the reason's box, in plain words.
    expect(await reopen.getByRole('alert').textContent()).toMatch(/reason for reopening the return/i);
    expect(await reopen.getByLabel('Reason for reopening').getAttribute('aria-invalid')).toBe('true');
    await reopen
      .getByLabel('Reason for reopening')
      .fill('Condition 3.4 savings figures corrected after the June fees review');
    await reopen.getByRole('button', { name: 'Reopen' }).click();
    await status(admin).getByText('is open for changes again').waitFor();
    expect(await status(admin).getByRole('heading').textContent()).toBe('Status: Draft');
  }, 120_000);

  it('lets finance start the next quarter’s return, offering only the agreement’s quarters without one', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/safety-valve');
    await page.getByRole('button', { name: 'Start a quarterly return' }).click();
    const form = page.getByRole('region', { name: 'Start a quarterly return' });
    const quarter = form.getByLabel('Quarter');
    // A picker, not free text: Q1 has its return already, and nothing outside the agreement is offered.
    const offered = await quarter.locator('option').allTextContents();
    expect(offered).toContain('Q2 2021-22');
    expect(offered).not.toContain('Q1 2021-22');
    expect(offered.at(-1)).toBe('Q4 2025-26');
    expect(offered.some((q) => q.includes('2026-27'))).toBe(false);
    await form.getByRole('button', { name: 'Start the return' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Enter the date the figures are as at.');
    await quarter.selectOption('2021-22-Q2');
    await form.getByLabel('Figures as at').fill('2021-08-31');
    await form.getByRole('button', { name: 'Start the return' }).click();
    await page.getByRole('heading', { level: 1, name: 'Q2 2021-22 Safety Valve return' }).waitFor();
    expect(await status(page).getByRole('heading').textContent()).toBe('Status: Draft');
    await page.getByRole('link', { name: 'Safety Valve', exact: true }).first().click();
    await page.getByRole('link', { name: 'Q2 2021-22 return' }).waitFor();
  });
});
