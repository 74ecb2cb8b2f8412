// The Financial model module through the browser: versions, the grid, inline edits, import, freeze, delete.
// Figures are Kingston's demo versions (seeds 003/004: "Safety Valve agreement, March 2021" and the
// "Latest forecast, May 2021" projection).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';
import { cellIn, openVersion, waitForText } from './modelPage.ts';

const agreement = 'Safety Valve agreement, March 2021';
const mayForecast = 'Latest forecast, May 2021';
const kingstonVersions = [
  'Deficit recovery plan, June 2019',
  'SEND Transformation Plan 2019/20 to 2021/22',
  agreement,
  mayForecast,
];

describe('financial model', () => {
  const stack = useStack();

  it('lists the four Kingston versions with their status and deficits', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Financial model' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Financial model' }).waitFor();
    const table = page.locator('[data-testid="versions-table"]');
    await table.waitFor();

    const names = await table.locator('th[scope="rowgroup"]').allTextContents();
    expect(names).toEqual(kingstonVersions);
    const may = table.locator('tbody').filter({ hasText: mayForecast });
    expect(await may.locator('[data-testid="badge"]').textContent()).toBe('Draft');
    const agreed = table.locator('tbody').filter({ hasText: agreement });
    expect(await agreed.locator('[data-testid="badge"]').textContent()).toBe('Frozen');
    // Seed 003: in-year DSG deficit £3,485,000 and cumulative after Safety Valve £10,886,000 (May projection).
    expect(await may.locator('td').filter({ hasText: /^-?£/ }).allTextContents()).toEqual([
      '£3,485,000',
      '£10,886,000',
    ]);
    // Frozen versions can be copied but not frozen again or deleted.
    expect(await agreed.getByRole('button', { name: `Copy ${agreement}` }).count()).toBe(1);
    expect(await agreed.getByRole('button', { name: /^(Freeze|Delete) / }).count()).toBe(0);
    expect(await may.getByRole('button', { name: `Delete ${mayForecast}` }).count()).toBe(1);
  });

  it('shows the May forecast’s derived figures for 2021-22 (seed 003)', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openVersion(page, mayForecast);
    const grid = page.locator('[data-testid="model-grid"]');

    expect(await (await cellIn(grid, 'In-year DSG deficit', '2021-22')).textContent()).toBe('£3,485,000');
    expect(
      await (await cellIn(grid, 'Cumulative deficit after DfE contributions', '2021-22')).textContent(),
    ).toBe('£10,886,000');
    expect(await (await cellIn(grid, 'Variance in other DSG blocks', '2021-22')).textContent()).toBe(
      '-£435,465',
    );
    expect(await (await cellIn(grid, 'Funding gap (% of HNB allocation)', '2021-22')).textContent()).toBe(
      '-22.33%',
    );
    // Groups in the spreadsheet's order.
    expect(await grid.locator('th[scope="colgroup"]').allTextContents()).toEqual([
      'High Needs Block allocation',
      'Block transfers into High Needs',
      'Expenditure before savings',
      'Savings (reduce spend)',
      'Other DSG blocks (overspend +, underspend −)',
      'General Fund contributions',
      'DfE contributions (Safety Valve, write-offs)',
      'Derived figures (worked out from the lines above)',
    ]);
    expect(await page.getByRole('heading', { name: 'Reconciliation checks' }).count()).toBe(1);
  });

  it('shows a frozen version read only, with its failing reconciliation check', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openVersion(page, agreement);
    await page.getByText('Frozen: copy it to change it.').waitFor();
    const grid = page.locator('[data-testid="model-grid"]');
    expect(await grid.locator('button, input').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Add a line' }).count()).toBe(0);
    // The agreement starts from £25,125,000 but the 2020-21 outturn was £24,401,000 (seed 003).
    const check = page.locator('[data-testid="check"]');
    expect(await check.count()).toBe(1);
    const text = await check.textContent();
    expect(text).toContain('£25,125,000');
    expect(text).toContain('£24,401,000');
    expect(text).toContain('£724,000');
  });

  it('copies the frozen agreement and edits a saving in the copy; the derived rows follow', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/financial-model');
    const copyName = `Agreement without post 16 savings ${Date.now()}`;
    await page.getByRole('button', { name: `Copy ${agreement}` }).click();
    const dialog = page.getByRole('dialog', { name: `Copy “${agreement}”` });
    await dialog.getByLabel('Name of the new version').fill(copyName);
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: copyName }).waitFor();
    await page.getByText(`Copied “${agreement}” to the draft “${copyName}”.`).waitFor();
    const grid = page.locator('[data-testid="model-grid"]');
    const inYear = await cellIn(grid, 'In-year DSG deficit', '2021-22');
    expect(await inYear.textContent()).toBe('£3,482,000');

    await page.getByRole('button', { name: 'Edit Development of post 16 offer, 2021-22: £120,000' }).click();
    const input = page.getByLabel('Development of post 16 offer, 2021-22, amount in pounds');
    expect(await input.inputValue()).toBe('120,000');
    await input.fill('0');
    await input.press('Enter');

    // £3,482,000 + the £120,000 saving no longer made.
    await waitForText(inYear, '£3,602,000');
    expect(await (await cellIn(grid, 'Development of post 16 offer', '2021-22')).textContent()).toBe('£0');
    expect(await (await cellIn(grid, 'Savings', '2021-22')).textContent()).toBe('£1,141,000');
    // The focus is back on the cell that was edited, ready for the next.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Edit Development of post 16 offer, 2021-22: £0',
    );

    await page.reload();
    await waitForText(
      await cellIn(page.locator('[data-testid="model-grid"]'), 'In-year DSG deficit', '2021-22'),
      '£3,602,000',
    );
  });

  it('edits from the keyboard, shows the server’s error by the cell, and cancels with Escape', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openVersion(page, mayForecast);

    const post16 = page.getByRole('button', { name: /^Edit Development of post 16 offer, 2021-22/ });
    await post16.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Edit Improved commissioning practice including annual reviews, 2021-22/,
    );
    // One tab stop for the whole grid: the cell last moved to.
    expect(await page.locator('[data-testid="amount-cell"][tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('F2');
    const input = page.getByLabel(
      'Improved commissioning practice including annual reviews, 2021-22, amount in pounds',
    );
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.fill('12,5OO');
    await input.press('Enter');
    const error = page.locator('[data-testid="cell-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain("'12,5OO' is not an amount in pounds");
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));

    await input.press('Escape');
    expect(await page.locator('[data-testid="cell-error"]').count()).toBe(0);
    const cell = await cellIn(
      page.locator('[data-testid="model-grid"]'),
      'Improved commissioning practice including annual reviews',
      '2021-22',
    );
    expect(await cell.textContent()).toBe('£107,071');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Edit Improved commissioning practice including annual reviews, 2021-22/,
    );
  });

  it('refuses a cell edit made from a stale read, says who changed it, and shows the figure now', async () => {
    const line = 'Development of post 16 offer';
    const edit = async (page: Page, amount: string) => {
      await page.getByRole('button', { name: new RegExp(`^Edit ${line}, 2021-22`) }).click();
      const input = page.getByLabel(`${line}, 2021-22, amount in pounds`);
      await input.fill(amount);
      await input.press('Enter');
      return input;
    };
    const shown = async (page: Page) => cellIn(page.locator('[data-testid="model-grid"]'), line, '2021-22');
    const finance = await stack().newPage();
    await signIn(finance, demoUsers.finance);
    await openVersion(finance, mayForecast);
    const admin = await stack().newPage();
    await signIn(admin, demoUsers.admin);
    await openVersion(admin, mayForecast);

    // The administrator changes the cell after the finance officer's page read it.
    await edit(admin, '£46,911');
    await waitForText(await shown(admin), '£46,911');
    const input = await edit(finance, '£46,800');
    const error = finance.locator('[data-testid="cell-error"]');
    await error.waitFor();
    const refusal = (await error.textContent()) ?? '';
    expect(refusal).toMatch(/was changed by admin@kingston\.example.* after you read it/);
    expect(refusal).toContain('Nothing was saved');
    // The grid has loaded the version again: Escape shows the figure the administrator saved.
    await input.press('Escape');
    await waitForText(await shown(finance), '£46,911');
    // Made again from the fresh read, the change is saved.
    await edit(finance, '£46,800');
    await waitForText(await shown(finance), '£46,800');
    // Put the seed's figure back: the tests below read the May forecast's totals.
    await edit(finance, '£46,071');
    await waitForText(await shown(finance), '£46,071');
  });

  it('adds and removes a line on a draft', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openVersion(page, mayForecast);

    await page.getByLabel('Kind').selectOption('pressure');
    await page.getByLabel('Label').fill('Tribunal placements');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByText('Added the line “Tribunal placements”.', { exact: false }).waitFor();
    const grid = page.locator('[data-testid="model-grid"]');
    expect(await grid.locator('th[scope="colgroup"]').allTextContents()).toContain('Pressures');
    expect(await (await cellIn(grid, 'Tribunal placements', '2021-22')).textContent()).toBe('—');

    await page.getByRole('button', { name: 'Edit Tribunal placements, 2021-22' }).click();
    await page.getByLabel('Tribunal placements, 2021-22, amount in pounds').fill('£10,000');
    await page.keyboard.press('Enter');
    await waitForText(await cellIn(grid, 'In-year DSG deficit', '2021-22'), '£3,495,000');

    await page.getByRole('button', { name: 'Remove line Tribunal placements' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove line' }).click();
    await page.getByText('Removed the line “Tribunal placements”.').waitFor();
    expect(await grid.getByRole('rowheader', { name: 'Tribunal placements' }).count()).toBe(0);
    await waitForText(await cellIn(grid, 'In-year DSG deficit', '2021-22'), '£3,485,000');
  });

  it('imports a plan file, freezes it after a confirm step, and refuses a bad file listing every problem', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/financial-model');
    await page.locator('[data-testid="versions-table"]').waitFor();

    // Download a version as JSON, as a user would, then import it under a new name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Download JSON of ${mayForecast}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${mayForecast}.json`);
    const response = await page.request.get(
      `/api/councils/314/model/versions/${encodeURIComponent(mayForecast)}?format=json-file`,
    );
    const plan = (await response.json()) as Record<string, unknown>;
    const importedName = `Imported forecast ${Date.now()}`;
    const file = (body: unknown) => ({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(body)),
    });

    await page.getByLabel('File', { exact: true }).setInputFiles(file({ ...plan, version: importedName }));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(`Imported “${importedName}”.`).waitFor();
    const row = page.locator('[data-testid="versions-table"] tbody').filter({ hasText: importedName });
    await row.waitFor();
    expect(await row.locator('[data-testid="badge"]').textContent()).toBe('Draft');

    await row.getByRole('button', { name: `Freeze ${importedName}` }).click();
    const freeze = page.getByRole('dialog', { name: `Freeze “${importedName}”?` });
    expect(await freeze.textContent()).toContain('freezing cannot be undone');
    // Starts on Cancel: Enter does not freeze by accident.
    expect(
      await freeze.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await freeze.getByRole('button', { name: 'Freeze this version' }).click();
    await page.getByText(`“${importedName}” is now frozen.`).waitFor();
    await waitForText(row.locator('[data-testid="badge"]'), 'Frozen');
    expect(await row.getByRole('button', { name: `Delete ${importedName}` }).count()).toBe(0);

    const before = await page.locator('[data-testid="versions-table"] th[scope="rowgroup"]').count();
    const bad = {
      ...plan,
      version: `Bad ${Date.now()}`,
      years: ['2021-22', '2020-21'],
      lines: [{ kind: 'grant', label: 'x', amounts: { '2021-22': '12,5OO' } }],
    };
    await page.getByLabel('File', { exact: true }).setInputFiles(file(bad));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.locator('[data-testid="form-error"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Nothing was saved.');
    const problems = await summary.locator('li').allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.some((p) => p.startsWith('years[1]'))).toBe(true);
    expect(problems.some((p) => p.startsWith('lines[0].kind'))).toBe(true);
    expect(problems.some((p) => p.startsWith('lines[0].amounts.2021-22'))).toBe(true);
    expect(await page.locator('[data-testid="versions-table"] th[scope="rowgroup"]').count()).toBe(before);

    // The DfE 2019 recovery plan workbook, as downloaded, imports back under its own name once replaced:
    // here the frozen original refuses, which shows the workbook was read and the version matched.
    const workbook = await page.request.get(
      `/api/councils/314/model/versions/${encodeURIComponent('Deficit recovery plan, June 2019')}/recovery-plan?format=xlsx`,
    );
    await page.getByLabel('DfE 2019 deficit recovery plan (.xlsx)').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'drp.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.body()),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await waitForText(
      page.locator('[data-testid="form-error"] > p').first(),
      '“drp.xlsx” was not imported: "Deficit recovery plan, June 2019" is frozen and cannot be edited. Copy it to a new version to make changes.',
    );

    // A workbook chosen as a plan version (JSON) file is named for what it is, before anything is sent.
    await page.getByLabel('Plan version (.json)').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'drp.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.body()),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await waitForText(
      page.locator('[data-testid="form-error"] > p').first(),
      '“drp.xlsx” is an Excel workbook; a plan version file is JSON: for a workbook choose “Model grid workbook” or “DfE 2019 deficit recovery plan”. Nothing was sent.',
    );
  });

  it('deletes a draft after a confirm step', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/financial-model');
    const name = `Scratch copy ${Date.now()}`;
    await page.getByRole('button', { name: `Copy ${mayForecast}` }).click();
    await page.getByLabel('Name of the new version').fill(name);
    await page.getByRole('dialog').getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await dialog.getByRole('button', { name: 'Delete this draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Financial model' }).waitFor();
    await page.getByText(`Deleted the draft “${name}”.`).waitFor();
    await page.locator('[data-testid="versions-table"]').waitFor();
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);
  });

  it('opens a version with a slash in its name and keeps its memorandum lines apart (seed 001)', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    const plan = 'SEND Transformation Plan 2019/20 to 2021/22';
    await openVersion(page, plan);
    expect(page.url()).toContain('/version/SEND%20Transformation%20Plan%202019%2F20%20to%202021%2F22');
    const grid = page.locator('[data-testid="model-grid"]');
    const memo = grid.locator('[data-testid="memo-lines"]');
    expect(await memo.locator('tr:has(th[scope="colgroup"])').textContent()).toContain('outside the totals');
    expect(await memo.locator('tr[data-memo="true"]').count()).toBe(4);
    // The travel savings (£315,000 in 2019-20) are not in the DSG savings total.
    expect(await (await cellIn(grid, 'Savings', '2019-20')).textContent()).toBe('£4,856,720');
    expect(
      await (await cellIn(grid, 'Cumulative deficit after DfE contributions', '2021-22')).textContent(),
    ).toBe('£19,206,170');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: plan }).waitFor();
  });

  it('gives the viewer no edit controls', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/financial-model');
    await page.locator('[data-testid="versions-table"]').waitFor();
    const main = page.getByRole('main');
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await main.locator('input').count()).toBe(0);
    const versions = await main.locator('th[scope="rowgroup"]').count();
    expect(versions).toBeGreaterThanOrEqual(kingstonVersions.length);
    expect(await main.getByRole('link', { name: /^Download JSON of .*$/ }).count()).toBe(versions);

    await page.getByRole('link', { name: mayForecast, exact: true }).click();
    await page.locator('[data-testid="model-grid"]').waitFor();
    expect(await main.locator('button, input, select, textarea').count()).toBe(0);
    expect(
      await (
        await cellIn(page.locator('[data-testid="model-grid"]'), 'In-year DSG deficit', '2021-22')
      ).textContent(),
    ).toBe('£3,485,000');
  });
});
