// The SEN2 return pages through the browser, on the demo council (its synthetic returns for January 2019
// to 2025 are loaded with the demo) and the project's hand-worked 12-child return
// (src/io/sen2/testing/twelveChildren.ts: nine warnings, no errors), written as COLLECT's Blade files.
import { request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { twelveChildrenDraft } from '../src/io/sen2/testing/twelveChildren.ts';
import { writeBladeExport, type BladeDraft } from '../src/io/sen2/writeBlade.ts';
import { demoUsers, signIn, useStack } from './harness.ts';
import { keepScreenshot, scrollsSideways, seriousAxeProblems, settled } from './pageCheck.ts';

const bladeFiles = (draft: BladeDraft) =>
  [...writeBladeExport(draft, '2025-01-20')].map(([name, text]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  }));

describe('SEN2 return', () => {
  // The demo's synthetic returns too: the import replaces one of them.
  const stack = useStack({ sen2Demo: true });

  /** The returns held, as the API lists them (year and EHCPs on its reference date). */
  async function returnsHeld(): Promise<Array<[number, number]>> {
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.finance })).status()).toBe(200);
      const body = (await (await api.get('/api/councils/314/sen2/returns')).json()) as {
        returns: Array<{ collectionYear: number; counts: { ehcps: number } }>;
      };
      return body.returns.map((r) => [r.collectionYear, r.counts.ehcps]);
    } finally {
      await api.dispose();
    }
  }

  it('refuses a return with errors in plain words, listing each with module, line and child, and keeps nothing', async () => {
    const before = await returnsHeld();
    expect(before.at(-1)).toEqual([2025, 1958]); // the synthetic return's January 2025 total (Kingston's published 1,958)
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/sen2?tab=import');
    await page.getByTestId('personal-data').waitFor();
    expect(await page.getByTestId('personal-data').textContent()).toContain(
      'Names, postcodes, UPNs and ULNs are never stored',
    );
    const bad = twelveChildrenDraft();
    bad.needs[0]!.rank = 1;
    bad.needs[1]!.rank = 1;
    bad.placements[3]!.leavingDate = '2020-01-01';
    await page.getByLabel('Blade export (CSV files or a zip)').setInputFiles(bladeFiles(bad));
    await page.getByRole('button', { name: 'Check the return' }).click();
    const refused = page.getByTestId('sen2-refused');
    await refused.waitFor();
    expect(await refused.getByRole('alert').first().textContent()).toContain(
      'The 9 files have 2 errors. Nothing was imported',
    );
    const rows = await page.getByTestId('sen2-errors').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^5b placement detail5[0-9a-f]{8,}/);
    expect(rows[1]).toMatch(/^5c SEN need3[0-9a-f]{8,}/);
    // Even a forced import refuses it whole.
    expect(await page.getByRole('button', { name: /^Import the/ }).count()).toBe(0);
    expect(await returnsHeld()).toEqual(before);
    await keepScreenshot(page, 'sen2-refused');
  });

  it('lets a finance user import a return after its preview, then shows its data-quality report', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.getByRole('link', { name: 'SEN2 return' }).click();
    await page.getByRole('heading', { level: 1, name: 'SEN2 return' }).waitFor();
    await page.getByRole('tab', { name: 'Import' }).click();
    await page
      .getByLabel('Blade export (CSV files or a zip)')
      .setInputFiles(bladeFiles(twelveChildrenDraft()));
    await page.getByRole('button', { name: 'Check the return' }).click();
    const preview = page.getByTestId('sen2-preview');
    await preview.waitFor();
    // The hand-worked return: 13 person records (one child twice, under two ids), 9 plans open on 16 January
    // 2025; its warnings here include the URNs the demo's register and lookup do not know.
    const status = (await preview.getByRole('status').textContent()) ?? '';
    const said =
      /^The return can be imported: the 2025 return \(reference date 16 January 2025\), 13 children and young people, 9 EHCPs open on the reference date, and (\d+) warnings\.$/.exec(
        status,
      );
    expect(said, status).not.toBeNull();
    const warningCount = Number(said?.[1]);
    expect(warningCount).toBeGreaterThanOrEqual(9);
    const warnings = page.getByTestId('sen2-warnings').locator('tbody tr');
    expect(await warnings.count()).toBe(warningCount);
    // The preview at phone width: its tables scroll inside themselves, never the page.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scrollsSideways(page)).toBe(false);
    await keepScreenshot(page, 'sen2-preview-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    // The demo holds a 2025 return: replacing it must be asked for. Its forecast inputs stay, and say so.
    await preview
      .getByText(
        'The forecast inputs “Synthetic SEN2 returns, January 2019 to January 2025 (demo)” were made from the return held.',
        { exact: false },
      )
      .waitFor();
    const importButton = page.getByRole('button', { name: 'Import the 2025 return' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByLabel(/^Replace the 2025 return already held/).check();
    await importButton.click();
    await page.getByText(/^Imported the 2025 return: 13 children, 9 EHCPs/).waitFor();
    const report = page.getByTestId('sen2-quality-report');
    await report.waitFor();
    expect(await report.locator('p').first().textContent()).toContain(
      `The 2025 return (reference date 16 January 2025): ${String(warningCount)} warnings.`,
    );
    expect(await page.getByTestId('sen2-quality-findings').locator('tbody tr').count()).toBe(warningCount);
    expect((await returnsHeld()).at(-1)).toEqual([2025, 9]);
    await settled(page);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await keepScreenshot(page, 'sen2-quality');
  });

  it('shows a viewer the returns, census and funnel, and no import control or child-level report', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/sen2?tab=import');
    await page.getByTestId('sen2-returns').waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(['Returns held', 'Census', 'Funnel', 'URN lookup']);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await page.getByText(/importing a return needs the SEND, finance or administrator role/).waitFor();
    await page.getByRole('tab', { name: 'Census' }).click();
    await page.getByTestId('sen2-census-figures').waitFor();
    await page.getByTestId('sen2-reconciliation').waitFor();
    await settled(page);
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scrollsSideways(page)).toBe(false);
    await keepScreenshot(page, 'sen2-census-390');
  });
});
