// Helpers for the financial model browser tests: finding a figure by its row and year, waiting for text.
import type { Locator, Page } from 'playwright-core';

/** Polls until the locator's text is exactly `text` (after trimming); throws with the last text seen. */
export async function waitForText(locator: Locator, text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = (await locator.count()) === 1 ? ((await locator.textContent())?.trim() ?? null) : null;
    if (last === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected "${text}" but the text was ${JSON.stringify(last)}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cell of a table row under the column headed `column`. The row is found by its header's text, which
 * may go on after the label (a grid line's workstream, say) but not run into a longer label.
 */
export async function cellIn(table: Locator, rowHeader: string, column: string): Promise<Locator> {
  await table.locator('thead th').first().waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
  const index = headers.indexOf(column);
  if (index < 1) throw new Error(`no column "${column}" in ${JSON.stringify(headers)}`);
  const name = new RegExp(`^${escapeRegExp(rowHeader)}(,|\\s|$)`);
  const row = table.locator('tr').filter({ has: table.page().getByRole('rowheader', { name }) });
  // The row header is column 0, so data cell n-1 sits under header n.
  return row.locator('td').nth(index - 1);
}

/** Opens a plan version from the Financial model page by its link. */
export async function openVersion(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Modules' })
    .getByRole('link', { name: 'Financial model' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Financial model' }).waitFor();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('[data-testid="model-grid"]').waitFor();
}

/** The RAG letters shown in a table's RAG column, top to bottom. */
export async function ragColumn(table: Locator): Promise<string[]> {
  return table.locator('tbody [data-rag] [aria-hidden="true"]').allTextContents();
}
