// What each role may see and change, through the browser.
import { request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';

describe('roles', () => {
  const stack = useStack();

  it('gives the viewer no edit control and no audit trail', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.getByRole('heading', { level: 2, name: 'Council details' }).waitFor();

    expect(await page.getByRole('button', { name: 'Edit council details' }).count()).toBe(0);
    const main = page.getByRole('main');
    expect(await main.locator('button, input, select, textarea, [contenteditable="true"]').count()).toBe(0);
    expect(
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Audit' }).count(),
    ).toBe(0);
    expect(await page.getByRole('banner').textContent()).toContain('Viewer');
    // One council only: no switcher.
    expect(await page.getByLabel('Council', { exact: true }).count()).toBe(0);
  });

  it('lets the finance user change the S151 officer, and the change survives a reload', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    const newName = `Alex Treasurer ${Date.now()}`;

    await page.getByRole('button', { name: 'Edit council details' }).click();
    const field = page.getByLabel('S151 officer');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill(newName);
    await page.getByRole('button', { name: 'Save' }).click();

    const card = page.getByRole('region', { name: 'Council details' });
    await card.getByText(newName).waitFor();
    await page.getByText('Council details saved.').waitFor();

    await page.reload();
    await page.getByRole('region', { name: 'Council details' }).getByText(newName).waitFor();
  });

  it('shows the server’s validation error next to the field it is about', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.getByRole('button', { name: 'Edit council details' }).click();
    await page.getByLabel('S151 officer').fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Save' }).click();

    const field = page.getByLabel('S151 officer');
    await page.getByRole('region', { name: 'Council details' }).getByRole('alert').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await field.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/200 characters/);

    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('region', { name: 'Council details' }).textContent()).not.toContain(
      'x'.repeat(201),
    );
  });

  it('tells the finance user that only administrators see the audit trail', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    expect(
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Audit' }).count(),
    ).toBe(0);
    await page.goto('/#/314/audit');
    await page.getByText('Only council administrators can view the audit trail.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('shows the admin a council edit in the audit trail', async () => {
    const newName = `Jo Director ${Date.now()}`;
    const api = await request.newContext({ baseURL: stack().url });
    try {
      const session = await api.post('/api/session', { data: demoUsers.finance });
      expect(session.status()).toBe(200);
      const patch = await api.patch('/api/councils/314', { data: { directorOfChildrensServices: newName } });
      expect(patch.status()).toBe(200);
    } finally {
      await api.dispose();
    }

    const page = await stack().newPage();
    await signIn(page, demoUsers.admin);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();

    const row = page.getByRole('row').filter({ hasText: newName });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(demoUsers.finance.email);
    expect(text).toContain("Director of Children's Services");
  });

  it('pages the admin back through older audit entries', async () => {
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.finance })).status()).toBe(200);
      // More than one page (50) of edits, numbered so each page's range is known.
      for (let n = 1; n <= 55; n += 1) {
        const patch = await api.patch('/api/councils/314', { data: { s151Officer: `Paging Officer ${n}` } });
        expect(patch.status()).toBe(200);
      }
    } finally {
      await api.dispose();
    }

    const page = await stack().newPage();
    await signIn(page, demoUsers.admin);
    await page.goto('/#/314/audit');
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    expect(await rows.first().textContent()).toContain('Paging Officer 55');

    await page.getByRole('button', { name: 'Older' }).click();
    await page.getByRole('button', { name: 'Newer' }).waitFor();
    // Keyboard focus lands on the new page rather than being lost with the old buttons.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /^Showing entries 51 to \d+\.$/,
    );
    expect(await rows.first().textContent()).toContain('Paging Officer 5');
    expect(await rows.first().textContent()).not.toContain('Paging Officer 55');

    await page.getByRole('button', { name: 'Newer' }).click();
    await page.getByRole('button', { name: 'Older' }).waitFor();
    expect(await rows.first().textContent()).toContain('Paging Officer 55');
  });
});
