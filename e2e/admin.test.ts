// An administrator's work through the browser: people and roles (add, change, reset a password, take a
// role away) and removing a wrongly imported placement register; and the person whose password was reset.
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';

describe('administration', () => {
  const stack = useStack();

  it('adds a person, changes their role, resets their password; they must choose their own; then takes the role away', async () => {
    const admin = await stack().newPage();
    await signIn(admin, demoUsers.admin);
    await admin
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'People and roles' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'People and roles' }).waitFor();

    const form = admin.getByRole('region', { name: 'Add a person' });
    await form.getByLabel('Email').fill('new.officer@kingston.example');
    await form.getByLabel('First password').fill('short');
    await form.getByRole('button', { name: 'Add the person' }).click();
    // The refusal is at the field, in plain words.
    await form.getByLabel('First password').and(admin.locator('[aria-invalid="true"]')).waitFor();
    await form.getByLabel('Name (optional)').fill('New Officer');
    await form.getByLabel('Role').selectOption('finance');
    await form.getByLabel('First password').fill('first-password-1');
    await form.getByRole('button', { name: 'Add the person' }).click();
    await admin.getByText('new.officer@kingston.example now has the role Finance.').waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'new.officer@kingston.example' });

    await row.getByRole('button', { name: /^Change role/ }).click();
    await admin.getByRole('dialog').getByLabel('Role').selectOption('send');
    await admin.getByRole('dialog').getByRole('button', { name: 'Change the role' }).click();
    await admin.getByText('new.officer@kingston.example now has the role SEND service.').waitFor();
    expect(await row.textContent()).toContain('SEND service');

    await row.getByRole('button', { name: /^Reset password/ }).click();
    await admin.getByRole('dialog').getByLabel('One-time password').fill('one-time-pass-9');
    await admin.getByRole('dialog').getByRole('button', { name: 'Set the one-time password' }).click();
    await admin.getByText(/must choose a new password when they next sign in/).waitFor();

    // The person signs in with the one-time password and must choose their own before anything else.
    const person = await stack().newPage();
    await person.goto('/');
    await person.getByLabel('Email').fill('new.officer@kingston.example');
    await person.getByLabel('Password').fill('one-time-pass-9');
    await person.getByRole('button', { name: 'Sign in' }).click();
    await person.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await person.getByLabel('One-time password').fill('one-time-pass-9');
    await person.getByLabel('New password', { exact: true }).fill('my-own-password-9');
    await person.getByLabel('New password again').fill('my-own-password-8');
    await person.getByRole('button', { name: 'Save the new password' }).click();
    await person.getByText('The two new passwords are not the same.').waitFor();
    await person.getByLabel('New password again').fill('my-own-password-9');
    await person.getByRole('button', { name: 'Save the new password' }).click();
    await person.getByRole('heading', { level: 1, name: 'Kingston upon Thames' }).waitFor();
    expect(await person.getByRole('banner').textContent()).toContain('SEND service');

    await row.getByRole('button', { name: /^Remove/ }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Remove the role' }).click();
    await admin
      .getByText('new.officer@kingston.example no longer has a role in Kingston upon Thames.')
      .waitFor();
    expect(await admin.getByRole('row').filter({ hasText: 'new.officer@kingston.example' }).count()).toBe(0);
    // Their own row offers nothing to change: an administrator cannot lock themselves out.
    const own = admin.getByRole('row').filter({ hasText: 'admin@kingston.example' });
    expect(await own.getByRole('button').count()).toBe(0);
  });

  it('removes a wrongly imported placement register after a confirm step', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.admin);
    await page.goto('/#/314/placements?tab=registers');
    const registers = page.getByTestId('snapshots-table');
    await registers.waitFor();
    expect(await registers.getByRole('row').count()).toBe(3);
    await registers.getByRole('button', { name: 'Remove the register as at 31 March 2021' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the register as at 31 March 2021?' });
    await dialog.getByRole('button', { name: 'Remove this register' }).click();
    await page.getByText(/^Removed the register as at 31 March 2021/).waitFor();
    await expect.poll(() => registers.getByRole('row').count()).toBe(2);

    // The audit trail says it in words.
    await page.goto('/#/314/audit');
    await page.getByTestId('audit-table').getByText('Removed a placement register').first().waitFor();
  });

  it('shows a finance user no people page and no register removal', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    expect(await page.getByRole('link', { name: 'People and roles' }).count()).toBe(0);
    await page.goto('/#/314/placements?tab=registers');
    await page.getByTestId('snapshots-table').waitFor();
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
  });
});
