// The placement register module through the browser: import (valid and invalid files), the registers
// held, the synthetic label on the demo register, and what a viewer may see.
import { request, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, signIn, useStack } from './harness.ts';

const header =
  'child_id,date_of_birth,primary_need,setting_type,provider,urn,in_borough,start_date,end_date,place_funding,top_up,other_cost,cost_basis,health_contribution,social_care_contribution,adult_social_care_contribution';
const valid = [
  header,
  'SYN-E1,2010-01-15,ASD,special_independent,Synthetic Independent School,910001,no,2019-09-01,,0,40000,0,financial,2000,5000,0',
  'SYN-E2,2012-05-01,SLCN,mainstream_academy,Synthetic Primary Academy,920001,yes,2019-09-01,,6000,4000,0,financial,0,0,0',
  'SYN-E3,2003-02-01,MLD,general_fe_tertiary_colleges,Synthetic FE College,19990001,yes,2019-09-01,,0,3000,0,academic,0,0,1000',
].join('\n');
// Two bad rows: an amount that is not one (row 2), and an unknown need with a bad yes/no (row 4).
const invalid = [
  header,
  'SYN-E1,2010-01-15,ASD,special_independent,Synthetic Independent School,910001,no,2019-09-01,,0,"12,5OO",0,financial,0,0,0',
  'SYN-E2,2012-05-01,SLCN,mainstream_academy,Synthetic Primary Academy,920001,yes,2019-09-01,,6000,4000,0,financial,0,0,0',
  'SYN-E3,2003-02-01,XYZ,general_fe_tertiary_colleges,Synthetic FE College,19990001,maybe,2019-09-01,,0,3000,0,academic,0,0,0',
].join('\n');

async function openPlacements(page: Page) {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Placements' }).click();
  await page.getByRole('heading', { level: 1, name: 'Placements' }).waitFor();
}

async function chooseFile(page: Page, name: string, text: string, asAt: string) {
  await page.getByRole('tab', { name: 'Import' }).click();
  await page
    .getByLabel('Register file (CSV or Excel)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByLabel('As at').fill(asAt);
  await page.getByRole('button', { name: 'Check the file' }).click();
}

describe('placements', () => {
  const stack = useStack();

  async function snapshotDates(): Promise<string[]> {
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.finance })).status()).toBe(200);
      const body = (await (await api.get('/api/councils/314/placements/snapshots')).json()) as {
        snapshots: Array<{ asAt: string }>;
      };
      return body.snapshots.map((s) => s.asAt);
    } finally {
      await api.dispose();
    }
  }

  it('shows the demo register labelled synthetic, with seed 003 partner contributions', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openPlacements(page);
    await page.getByRole('heading', { name: 'Cost analysis, 2021-22' }).waitFor();
    await page.getByText('Synthetic data.').first().waitFor();
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    const partners = page.getByRole('table').filter({ hasText: 'Contributions from health and social care' });
    const rowText = async (name: string) =>
      (await partners
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .textContent()) ?? '';
    expect(await rowText("Children's social care")).toContain('-£111,000');
    expect(await rowText('Adults health')).toContain('+£69,000');
    expect(await rowText('Total')).toContain('-£160,000');
  });

  it('lets a finance user import a small valid file and see it in the registers held', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openPlacements(page);
    await chooseFile(page, 'june.csv', valid, '2021-06-30');
    await page.getByText('The file is valid: 3 placements of 3 children, as at 30 June 2021.').waitFor();
    expect(await page.getByRole('rowheader', { name: 'SYN-E2' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Import as the register as at 30 June 2021' }).click();
    await page.getByText('Imported 3 placements as the register as at 30 June 2021.').waitFor();
    const row = page
      .getByRole('table')
      .filter({ hasText: 'Placements' })
      .getByRole('row')
      .filter({ hasText: '30 June 2021' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('june.csv');
    expect(await snapshotDates()).toEqual(['2021-03-31', '2021-05-31', '2021-06-30']);
  });

  it('lists every problem of a bad file with row, column and value, and imports nothing', async () => {
    const before = await snapshotDates();
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openPlacements(page);
    await chooseFile(page, 'bad.csv', invalid, '2021-07-31');
    await page
      .getByText('“bad.csv” has 3 problems. Nothing was imported: correct the file and check it again.')
      .waitFor();
    const problems = page.locator('[data-testid="problems-table"] tbody tr');
    expect(await problems.count()).toBe(3);
    const cells = async (i: number) => (await problems.nth(i).locator('td').allTextContents()).slice(0, 3);
    expect(await cells(0)).toEqual(['2', 'top_up', '12,5OO']);
    expect(await cells(1)).toEqual(['4', 'primary_need', 'XYZ']);
    expect(await cells(2)).toEqual(['4', 'in_borough', 'maybe']);
    expect(await page.getByRole('button', { name: /^Import as the register/ }).count()).toBe(0);
    expect(await snapshotDates()).toEqual(before);
  });

  it('shows a viewer the aggregates but no register rows (the API refuses them too)', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await openPlacements(page);
    await page.getByRole('heading', { name: /^Cost analysis/ }).waitFor();
    expect(await page.getByRole('tab', { name: 'Import' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Register', exact: true }).click();
    await page
      .getByText('Placement records are shown only to the SEND service, finance and council administrators.')
      .waitFor();
    expect(
      await page
        .getByRole('main')
        .getByText(/SYN-\d{4}/)
        .count(),
    ).toBe(0);
    expect(await page.locator('[data-testid="register-table"]').count()).toBe(0);
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.viewer })).status()).toBe(200);
      expect((await api.get('/api/councils/314/placements/records')).status()).toBe(403);
    } finally {
      await api.dispose();
    }
  });

  it('filters and pages the register for the SEND service', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.send);
    await openPlacements(page);
    await page.getByRole('tab', { name: 'Register', exact: true }).click();
    await page.getByRole('combobox', { name: 'Register as at' }).selectOption('2021-05-31');
    await page.getByText('Showing placements 1 to 50 of 120.').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Showing placements 51 to 100 of 120.').waitFor();
    await page.getByLabel('DfE category').selectOption({ label: 'non-maintained or independent special' });
    await page.getByLabel('Age').selectOption({ label: 'Under 16' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Showing placements 1 to 6 of 6.').waitFor();
    expect(await page.locator('[data-testid="register-table"] tbody tr').count()).toBe(6);
  });
});
