// Every module's pages as each role sees them, and the controls each role must not be shown: the browser
// tests at 1280 and 390 px walk these (e2e/layout-*.test.ts).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { demoUsers, signIn, type DemoUser } from './harness.ts';
import {
  keepScreenshot,
  scrollsSideways,
  seriousAxeProblems,
  settled,
  type AxeProblem,
} from './pageCheck.ts';

/** The pages of every module (paths after #/314/), with a short name for the screenshot. */
export const modulePages: ReadonlyArray<readonly [name: string, path: string]> = [
  ['dashboard', 'dashboard'],
  ['financial-model', 'financial-model'],
  ['version', `financial-model/version/${encodeURIComponent('Latest forecast, May 2021')}`],
  ['compare', 'financial-model/compare'],
  ['checks', 'financial-model/checks'],
  ['savings', 'savings'],
  ['kpis', 'kpis'],
  ['kpi-table', 'kpis?view=table'],
  ['safety-valve', 'safety-valve'],
  ['return', 'safety-valve/returns/2021-22-Q1'],
  ['placements', 'placements'],
  ['register', 'placements?tab=register'],
  ['registers', 'placements?tab=registers'],
  ['sen2', 'sen2'],
  ['sen2-quality', 'sen2?tab=quality'],
  ['sen2-census', 'sen2?tab=census'],
  ['sen2-funnel', 'sen2?tab=funnel'],
  ['forecasts', 'forecasts'],
  ['reform-plans', 'reform-plan'],
  ['reform-plan', 'reform-plan/1'],
  ['benchmarking', 'benchmarking'],
  ['reports', 'reports'],
  ['paper', 'reports/paper/1'],
  ['governance', 'governance'],
];

/** The administrator's own pages. */
export const adminPages: ReadonlyArray<readonly [name: string, path: string]> = [
  ['people', 'admin'],
  ['audit', 'audit'],
];

/** Buttons a role may not use, by their accessible names: none may show on any page. */
export const forbiddenControls: Record<'finance' | 'send' | 'viewer', RegExp | null> = {
  finance: /^(Sign off|Reopen)/,
  // The SEND service keeps placements, forecasts, demand KPIs and condition progress; not the model.
  send: /^(Copy|Freeze|Delete|Import$|Add line|Edit .*, 20\d\d-\d\d:|Remove line|Add a DfE instalment|Record 20\d\d-\d\d|Start a quarterly return|Start a new period|Edit submission details|Edit summary|Edit the risk register|Put the cost|Add the pressure line|Sign off|Reopen)/,
  // A viewer reads: no control that changes anything.
  viewer:
    /^(Copy|Freeze|Delete|Import|Add|Edit|Remove|Record|Start|Check the file|Upload|Save|Sign off|Reopen|Put the cost)/,
};

/**
 * Words that are notes to ourselves, not to a finance officer: seed references, field names in camelCase,
 * counts with a trailing ".0", money with a thousands comma but no £ sign.
 */
export const internalWords: ReadonlyArray<readonly [what: string, pattern: RegExp]> = [
  ['a seed reference', /\bseed \d{3}\b/i],
  ['a note on the engine', /with its flaws fixed/i],
  ['a RAG note', /\(RAG set by/],
  ['a field name', /\b[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b/],
  ['a count with ".0"', /\b\d{2,}\.0\b(?![\d%])/],
  ['an amount without £', /(?:^|[\s(])[-−]\d{1,3}(?:,\d{3})+(?![\d.%])/],
];

/** What one page showed that it should not. */
export interface PageProblem {
  page: string;
  sideways: boolean;
  forbidden: string[];
  axe: AxeProblem[];
  /** Internal words found in the page's text, each with a little of the text around it. */
  notes?: string[];
}

/**
 * The words of the page's main region as a person reads them. Charts are left out: a wrapped chart title's
 * lines run together in innerText ("cost of anEducation"), and their words are checked as SVG elsewhere.
 */
export async function pageText(page: Page): Promise<string> {
  return page.getByRole('main').evaluate((main: HTMLElement): string => {
    const hide = document.createElement('style');
    hide.textContent = 'main svg { display: none !important; }';
    document.head.append(hide);
    try {
      return main.innerText;
    } finally {
      hide.remove();
    }
  });
}

/** The internal words in a page's text, each as "what: …text…". */
export function internalNotes(text: string): string[] {
  return internalWords.flatMap(([what, pattern]) => {
    const found = pattern.exec(text);
    if (!found) return [];
    return [`${what}: …${text.slice(Math.max(0, found.index - 30), found.index + found[0].length + 20)}…`];
  });
}

/** Visits every page as `role` at `width` px: screenshots, sideways scroll, forbidden controls, axe. */
export async function walkPages(
  newPage: () => Promise<Page>,
  role: keyof typeof demoUsers,
  width: number,
  pages: ReadonlyArray<readonly [string, string]>,
): Promise<PageProblem[]> {
  const page = await newPage();
  await page.setViewportSize({ width, height: 900 });
  const user: DemoUser = demoUsers[role];
  await signIn(page, user);
  const forbidden =
    role in forbiddenControls ? forbiddenControls[role as keyof typeof forbiddenControls] : null;
  const problems: PageProblem[] = [];
  for (const [name, path] of pages) {
    await page.goto(`/#/314/${path}`);
    await settled(page);
    await keepScreenshot(page, `${role}-${width}-${name}`);
    const names = await page
      .getByRole('main')
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
      );
    const shown = forbidden ? names.filter((n) => forbidden.test(n)) : [];
    const sideways = await scrollsSideways(page);
    const axe = await seriousAxeProblems(page);
    const notes = internalNotes(await pageText(page));
    if (sideways || shown.length > 0 || axe.length > 0 || notes.length > 0)
      problems.push({ page: name, sideways, forbidden: shown, axe, notes });
  }
  return problems;
}

/** Fails with every problem found, one per line, so a reviewer sees them all at once. */
export function expectNoProblems(problems: PageProblem[]): void {
  expect(
    problems.map(
      (p) =>
        `${p.page}: ${[
          p.sideways ? 'scrolls sideways' : '',
          p.forbidden.length ? `shows ${p.forbidden.join(', ')}` : '',
          ...p.axe.map((a) => `${a.impact} ${a.rule} (${a.help}) at ${a.targets.slice(0, 3).join('; ')}`),
          ...(p.notes ?? []).map((n) => `shows ${n}`),
        ]
          .filter(Boolean)
          .join('; ')}`,
    ),
  ).toEqual([]);
}
