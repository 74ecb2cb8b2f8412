// A person with roles in two councils switches between them; the choice is kept in the address and the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, signIn, startStack, type Stack } from './harness.ts';

const second = { code: '999', newCode: 'E06999999', name: 'Example Borough', region: 'South East' };

describe('council switcher', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      prepare(cli) {
        cli(['demo', 'load', '--without-sen2']);
        cli([
          'council',
          'add',
          '--code',
          second.code,
          '--new-code',
          second.newCode,
          '--name',
          second.name,
          '--region',
          second.region,
        ]);
        cli(
          [
            'user',
            'add',
            '--council',
            second.code,
            '--role',
            'viewer',
            '--email',
            demoUsers.finance.email,
            '--password-stdin',
          ],
          demoUsers.finance.password,
        );
      },
    });
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  it('switches council, shows the role held in each, and remembers the choice', async () => {
    const page = await stack.newPage();
    await signIn(page, demoUsers.finance);
    const switcher = page.getByLabel('Council', { exact: true });
    expect(await switcher.locator('option').allTextContents()).toEqual([second.name, 'Kingston upon Thames']);

    await switcher.selectOption({ label: second.name });
    await page.getByRole('heading', { level: 1, name: second.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Council details' }).waitFor();
    expect(page.url()).toMatch(/#\/999\/dashboard$/);
    expect(await page.getByRole('banner').textContent()).toContain('Viewer');
    expect(await page.getByRole('button', { name: 'Edit council details' }).count()).toBe(0);

    await switcher.selectOption({ label: 'Kingston upon Thames' });
    await page.getByRole('heading', { level: 1, name: 'Kingston upon Thames' }).waitFor();
    await page.getByRole('button', { name: 'Edit council details' }).waitFor();
    expect(page.url()).toMatch(/#\/314\/dashboard$/);

    // Without a council in the address, the browser remembers the last choice.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Kingston upon Thames' }).waitFor();
    expect(page.url()).toMatch(/#\/314\/dashboard$/);

    // The address wins over the remembered choice, and keeps the module.
    await page.goto('/#/999/savings');
    await page.getByRole('heading', { level: 1, name: 'Savings' }).waitFor();
    expect(await switcher.inputValue()).toBe('999');
  });
});
