// Signing in and out through the browser, against a real server with the demo council.
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';

describe('sign-in', () => {
  const stack = useStack();

  it('signs the finance user in to the Kingston dashboard and out again', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);

    await page.getByRole('heading', { level: 1, name: 'Kingston upon Thames' }).waitFor();
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('finance@kingston.example');
    expect(await header.textContent()).toContain('Finance');
    expect(page.url()).toMatch(/#\/314\/dashboard$/);
    // The front page gives each plan version's cumulative deficit where it ends (KPI 15, May 2021).
    const versions = page.getByTestId('dashboard-versions');
    expect(await versions.getByRole('row', { name: /Latest forecast, May 2021/ }).textContent()).toContain(
      '£10,886,000 at 31 March 2022',
    );

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Modules' }).count()).toBe(0);

    // The session is gone on the server too, not just hidden.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('shows the server’s error and no dashboard for a wrong password, submitting with Enter', async () => {
    const page = await stack().newPage();
    await page.goto('/');
    await page.getByLabel('Email').fill(demoUsers.finance.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByLabel('Password').press('Enter');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Email or password is incorrect.');
    expect(await page.getByRole('navigation', { name: 'Modules' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Kingston upon Thames' }).count()).toBe(0);
  });

  it('returns to the sign-in page when the session ends', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.getByRole('heading', { level: 1, name: 'Kingston upon Thames' }).waitFor();

    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Edit council details' }).click();
    await page.getByLabel('S151 officer').fill('Someone Else');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Your session has ended');
  });

  it('returns to the sign-in page when a module finds the session gone while loading', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.getByRole('heading', { level: 1, name: 'Kingston upon Thames' }).waitFor();

    await page.context().clearCookies();
    await page.getByRole('link', { name: 'Savings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Your session has ended');
  });

  it('says on the Reports page where each other document is produced', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.send);
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('open a return on the Safety Valve page');
    expect(page.url()).toMatch(/#\/314\/reports$/);
  });
});
