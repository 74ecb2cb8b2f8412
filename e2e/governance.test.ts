// The Governance page in the browser: Kingston's meeting cycle and the LGA peer review's recommendations
// (seed 004, loaded with the demo); the SEND lead records an action whose due date has passed and sees it
// overdue, in words and with a badge, then finance marks it done; a title left out is refused at its field
// with nothing saved; a viewer reads the tracker with no control to change it.
import { request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';
import { expectNoProblems, walkPages } from './rolePages.ts';

describe('Governance', () => {
  const stack = useStack();

  /** The tracker's entries as the API lists them (titles). */
  async function entries(): Promise<string[]> {
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.viewer })).status()).toBe(200);
      const view = (await (await api.get('/api/councils/314/governance')).json()) as {
        items: Array<{ title: string }>;
      };
      return view.items.map((i) => i.title);
    } finally {
      await api.dispose();
    }
  }

  it('shows a viewer the meeting cycle and the peer review recommendations, with no control to change them', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Governance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();
    const cycle = page.getByTestId('cycle');
    expect(await cycle.getByRole('row', { name: /^People Committee/ }).textContent()).toContain(
      'every 6 months',
    );
    const tracker = page.getByTestId('tracker');
    expect(await tracker.getByRole('row', { name: /^LGA 3: Re\. co-production/ }).textContent()).toContain(
      'Open',
    );
    await page
      .getByText(
        'You can read the meeting cycle and the tracker; recording or updating entries needs the finance or SEND role.',
      )
      .waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    // As at the committee paper's date, the People Committee's next meeting is six months after its last.
    await page.getByLabel('As at').fill('2021-06-18');
    await page.waitForURL(/asAt=2021-06-18/);
    const committee = page.getByTestId('cycle').getByRole('row', { name: /^People Committee/ });
    await expect
      .poll(() => committee.textContent())
      .toContain('10 November 2021Expected from how often it meets');
  });

  it('refuses an action without a title at the field, saving nothing', async () => {
    const before = await entries();
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/governance');
    await page.getByRole('button', { name: 'Record an action' }).click();
    const form = page.getByRole('region', { name: 'Record an action' });
    await form.getByLabel('Owner').fill('Head of SEND');
    await form.getByRole('button', { name: 'Save the action' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Enter the title.');
    expect(await form.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await entries()).toEqual(before);
  });

  it('lets the SEND lead record an action with a past due date, shown overdue; finance marks it done', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.send);
    await page.goto('/#/314/governance');
    await page.getByRole('button', { name: 'Record an action' }).click();
    const form = page.getByRole('region', { name: 'Record an action' });
    await form.getByLabel('Title').fill('Agree the co-production charter with the parent carer forum');
    await form.getByLabel('Owner').fill('Head of SEND');
    await form.getByLabel('Due date').fill('2021-07-31');
    await form.getByLabel('Workstream').fill('Co-production');
    await form.getByRole('button', { name: 'Save the action' }).click();
    await page
      .getByText('The action “Agree the co-production charter with the parent carer forum” is recorded.')
      .waitFor();
    const row = page.getByTestId('tracker').getByRole('row', { name: /^Agree the co-production charter/ });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Head of SEND');
    expect(text).toContain('31 July 2021');
    expect(await row.getByTestId('badge').textContent()).toBe('Overdue');
    expect(await page.getByTestId('tracker-summary').textContent()).toContain('1 overdue');

    const finance = await stack().newPage();
    await signIn(finance, demoUsers.finance);
    await finance.goto('/#/314/governance');
    await finance
      .getByTestId('tracker')
      .getByRole('button', { name: 'Update Agree the co-production charter with the parent carer forum' })
      .click();
    const dialog = finance.getByRole('dialog');
    await dialog.getByLabel('Status').selectOption('done');
    await dialog.getByLabel('Progress').fill('Charter signed at the forum.');
    await dialog.getByRole('button', { name: 'Save the update' }).click();
    await dialog.waitFor({ state: 'detached' });
    const done = finance
      .getByTestId('tracker')
      .getByRole('row', { name: /^Agree the co-production charter/ });
    expect(await done.textContent()).toContain('Progress: Charter signed at the forum.');
    expect(await done.textContent()).toContain('Done');
    expect(await done.getByTestId('badge').count()).toBe(0);
    expect(await finance.getByTestId('tracker-summary').textContent()).toContain('OverdueNone');
  });

  it('lets finance put a meeting in the diary with the committee paper attached; it becomes the next meeting', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/governance');
    await page.getByRole('button', { name: 'Add a meeting' }).click();
    const form = page.getByRole('region', { name: 'Add a meeting' });
    await form.getByLabel('Body').selectOption({ label: 'People Committee' });
    await form.getByRole('button', { name: 'Save the meeting' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Enter the date of the meeting.');
    // A date well after today, so the diary's meeting is the next whatever day the test runs.
    await form.getByLabel('Date', { exact: true }).fill('2030-01-15');
    await form.getByLabel('SEND Futures update (18 June 2021)').check();
    await form.getByRole('button', { name: 'Save the meeting' }).click();
    await page.getByText('The People Committee meeting on 15 January 2030 is in the diary.').waitFor();
    const row = page.getByTestId('cycle').getByRole('row', { name: /^People Committee/ });
    expect(await row.textContent()).toContain('15 January 2030In the diaryPapers: SEND Futures update');
  });

  it('passes the page checks for finance, the SEND service and a viewer, wide and at 390 px', async () => {
    const pages = [['governance', 'governance']] as const;
    for (const width of [1280, 390])
      for (const role of ['finance', 'send', 'viewer'] as const)
        expectNoProblems(await walkPages(() => stack().newPage(), role, width, pages));
  }, 240_000);
});
