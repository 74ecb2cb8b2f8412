// The Reports page in the browser: finance writes a committee paper (word counts live against the limits),
// previews its tables with the date and plan version they are drawn from, and downloads it as PDF and Word,
// whose text is read back (pdftotext, the DOCX's XML) with the seed's figures (seed 003's monitoring
// table, which seed 004 annexes). A date left out is refused at its field with nothing saved; a viewer reads
// and downloads but cannot write.
import { request, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText, documentToolsNote, missingDocumentTools, pdfText } from '../src/testing/documents.ts';
import { demoUsers, signIn, useStack } from './harness.ts';
import { expectNoProblems, walkPages } from './rolePages.ts';

const flat = (s: string) => s.replace(/\s+/gu, ' ');

describe('Reports', () => {
  const stack = useStack();

  /** The papers the council holds, as the API lists them. */
  async function paperTitles(): Promise<string[]> {
    const api = await request.newContext({ baseURL: stack().url });
    try {
      expect((await api.post('/api/session', { data: demoUsers.viewer })).status()).toBe(200);
      return ((await (await api.get('/api/councils/314/papers')).json()) as Array<{ title: string }>).map(
        (p) => p.title,
      );
    } finally {
      await api.dispose();
    }
  }

  async function download(page: Page, name: RegExp): Promise<Buffer> {
    const href = (await page.getByRole('link', { name }).getAttribute('href')) ?? '';
    const response = await page.request.get(href, { timeout: 120_000 });
    expect(response.status()).toBe(200);
    return response.body();
  }

  it('refuses a paper without its date at the field, saving nothing', async () => {
    const before = await paperTitles();
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto('/#/314/reports');
    await page.getByRole('link', { name: 'Write a committee report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a committee report' }).waitFor();
    await page.getByLabel('Title').fill('Committee paper without a date');
    await page.getByRole('button', { name: 'Save the paper' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Enter the date the paper’s figures are as at.');
    expect(await page.getByLabel('Figures as at').getAttribute('aria-invalid')).toBe('true');
    // The server's refusal of an empty title is shown at the title, in words.
    await page.getByLabel('Figures as at').fill('2021-06-18');
    await page.getByLabel('Title').fill('   ');
    await page.getByRole('button', { name: 'Save the paper' }).click();
    const refusal = (await page.getByRole('alert').textContent()) ?? '';
    expect(refusal).toBe('Enter the title.');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await paperTitles()).toEqual(before);
  });

  it.skipIf(missingDocumentTools.length > 0)(
    `lets finance write a committee paper with live word counts, preview its tables and export it as PDF and Word${documentToolsNote}`,
    async () => {
      const page = await stack().newPage();
      await signIn(page, demoUsers.finance);
      await page.goto('/#/314/reports/paper/new?template=committee');
      await page.getByRole('heading', { level: 1, name: 'Write a committee report' }).waitFor();
      await page.getByLabel('Title').fill('SEND Futures update, July 2021');
      await page.getByLabel('Figures as at').fill('2021-06-18');
      await page.getByLabel('Report by').fill('Director of Finance');
      const purpose = page.getByLabel('Purpose of Report');
      await purpose.fill('To update the People Committee on the SEND Futures plan.');
      expect(await page.getByTestId('words-purpose').textContent()).toBe('10 words of 100');
      await purpose.fill(Array.from({ length: 103 }, () => 'word').join(' '));
      expect(await page.getByTestId('words-purpose').textContent()).toBe('103 words of 100 3 over the limit');
      await purpose.fill('To update the People Committee on the SEND Futures plan and the High Needs Block.');
      await page.getByRole('button', { name: 'Save the paper' }).click();
      await page.getByRole('heading', { level: 1, name: 'SEND Futures update, July 2021' }).waitFor();
      await page.getByText('is saved. Preview its tables and download it below.').waitFor();

      // The preview says what its figures are drawn from, and shows the agreed model (seed 003, £m).
      const drawnFrom = page.getByTestId('drawn-from');
      await drawnFrom.waitFor({ timeout: 60_000 });
      expect(await drawnFrom.textContent()).toBe(
        'The tables are drawn from the figures held on 18 June 2021, plan version “Safety Valve agreement, March 2021”.',
      );
      const preview = page.getByTestId('paper-preview');
      expect(flat((await preview.textContent()) ?? '')).toContain('HNB allocation25.897');

      const pdf = flat(pdfText(await download(page, /^Download the paper \(PDF\)/)));
      expect(pdf).toContain('SEND Futures update, July 2021');
      expect(pdf).toContain(
        'To update the People Committee on the SEND Futures plan and the High Needs Block.',
      );
      expect(pdf).toMatch(/HNB allocation 25\.897/u);
      expect(pdf).toMatch(/Total budget 26\.359/u);
      expect(pdf).toMatch(/Net HNB deficit 5\.432/u);
      const docx = flat(docxText(await download(page, /^Download the paper \(Word\)/)));
      expect(docx).toContain('SEND Futures update, July 2021');
      expect(docx).toContain('Director of Finance');
      expect(docx).toMatch(/HNB allocation 25\.897/u);
      expect(docx).toMatch(/Net HNB deficit 5\.432/u);

      // The list shows it, with its own downloads.
      await page.getByRole('link', { name: 'All papers' }).click();
      const row = page.getByTestId('papers').getByRole('row', { name: /SEND Futures update, July 2021/ });
      expect(await row.textContent()).toContain('18 June 2021');
    },
    240_000,
  );

  it('lets a viewer read a paper and download it, with no control to write one', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await page.goto('/#/314/reports');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByTestId('papers').waitFor();
    expect(await page.getByRole('link', { name: /^Write a/ }).count()).toBe(0);
    await page
      .getByText('You can read the papers and download them; writing them needs the finance or SEND role.')
      .waitFor();
    await page.getByTestId('papers').getByRole('link', { name: 'SEND Futures update' }).first().click();
    await page.getByTestId('drawn-from').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
    await page.getByRole('region', { name: 'Purpose of Report' }).waitFor();
  });

  it('passes the page checks for finance, the SEND service and a viewer, wide and at 390 px', async () => {
    const pages = [
      ['reports', 'reports'],
      ['paper', 'reports/paper/1'],
      ['paper-new', 'reports/paper/new?template=forum'],
    ] as const;
    for (const width of [1280, 390])
      for (const role of ['finance', 'send', 'viewer'] as const)
        expectNoProblems(await walkPages(() => stack().newPage(), role, width, pages));
  }, 240_000);
});
