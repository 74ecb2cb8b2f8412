// The dashboard in the browser, as finance, a viewer and the S151 officer see Kingston's demo: the deficit
// against the agreed profile and the Safety Valve maximum (seed 003: £28,607,000, projected £27,886,000),
// savings delivered (£292,000 by 31 May 2021), KPIs off track (12 amber), conditions by assurance (7 good,
// 2 medium), the meetings, and each tile's link to its page; the page checks at 1280 and 390 px.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoUsers, signIn, useStack } from './harness.ts';
import { keepScreenshot, scrollsSideways, seriousAxeProblems, settled } from './pageCheck.ts';
import { forbiddenControls, internalNotes, pageText } from './rolePages.ts';

const tile = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const textOf = async (page: Page, name: string) => (await tile(page, name).innerText()).replace(/\s+/g, ' ');

async function openDashboard(page: Page) {
  await page.goto('/#/314/dashboard');
  await tile(page, 'DSG deficit against the agreed profile').waitFor();
  await settled(page);
}

/** Axe, internal words and sideways scroll at laptop and phone width (screenshots kept for review). */
async function expectPageChecksPass(page: Page, role: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    await keepScreenshot(page, `dashboard-${role}-${width}`);
    expect(await seriousAxeProblems(page)).toEqual([]);
    expect(internalNotes(await pageText(page))).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('dashboard', () => {
  const stack = useStack();

  it('shows finance every tile with the demo’s figures, each linked to its page', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await openDashboard(page);

    const deficit = await textOf(page, 'DSG deficit against the agreed profile');
    expect(deficit).toContain(
      '“Latest forecast, May 2021” (the projection in the latest Safety Valve return)',
    );
    expect(deficit).toMatch(/In-year deficit 2021-22 £3,485,000 agreed £3,482,000, variance \+£3,000/);
    expect(deficit).toMatch(
      /Cumulative deficit at 31 March 2022 £10,886,000 agreed £11,607,000, variance -£721,000/,
    );
    expect(await page.getByTestId('deficit-profile').innerText()).toBe(
      'The Safety Valve agreement allows at most £28,607,000 of cumulative deficit at 31 March 2022 (before Safety Valve funding). The forecast gives £27,886,000: £721,000 within it.',
    );
    expect(await tile(page, 'DSG deficit against the agreed profile').getByRole('img').count()).toBe(1);

    expect(await textOf(page, 'Caseload forecast')).toContain(
      'No forecast has been run yet. Start one on the Forecasts page from the inputs held.',
    );
    const savings = await textOf(page, 'Savings delivered against plan');
    expect(savings).toContain('2021-22, as at 31 May 2021, from “Safety Valve agreement, March 2021”.');
    expect(savings).toMatch(/Delivered to date £292,000 of £1,261,000/);
    expect(savings).toMatch(/Lines reported 5 of 6/);

    expect(await page.getByTestId('dashboard-kpi-counts').innerText()).toMatch(
      /0\s*red\s*12\s*amber\s*26\s*green\s*1\s*not rated/,
    );
    const kpis = await textOf(page, 'KPIs off track');
    expect(kpis).toContain('KPI 2, % increase in EHCPs: 1.26% against 1.17%');
    expect(kpis).toContain('and 7 more on the KPIs page.');

    expect(await page.getByTestId('dashboard-assurance').innerText()).toMatch(
      /0\s*low\s*2\s*medium\s*7\s*good\s*0\s*not assessed/,
    );
    const conditions = await textOf(page, 'Safety Valve conditions by assurance');
    expect(conditions).toContain('The Q1 2021-22 return (figures as at 31 May 2021): draft.');
    expect(conditions).toContain(
      'Condition 3.4, Improve efficiency of commissioning services to drive down cost: Medium',
    );

    // Built from the loaded meeting cycle as at today: the People Committee every six months.
    expect(await page.getByTestId('next-meetings').innerText()).toMatch(
      /People Committee: \d{1,2} \w+ 20\d\d\s*expected from its usual cadence/,
    );
    expect(await page.getByTestId('overdue').innerText()).toBe(
      'Nothing is overdue (6 outstanding without a passed due date).',
    );
    // Finance does not sign returns: no such tile.
    expect(await tile(page, 'What needs signing').count()).toBe(0);
    // The cards that were the whole page are still here, below the tiles.
    await page.getByRole('region', { name: 'Council details' }).waitFor();
    expect(await page.getByTestId('dashboard-versions').locator('tbody tr').count()).toBe(4);

    await expectPageChecksPass(page, 'finance');

    const follow = async (tileName: string, link: string, heading: string | RegExp) => {
      await openDashboard(page);
      await tile(page, tileName).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };
    await follow(
      'DSG deficit against the agreed profile',
      'Compare the forecast with the agreed profile',
      'Compare versions',
    );
    expect(decodeURIComponent(page.url().replace(/\+/g, ' '))).toContain(
      'from=Safety Valve agreement, March 2021&to=Latest forecast, May 2021',
    );
    await follow('Caseload forecast', 'Forecasts', 'Forecasts');
    await follow('Savings delivered against plan', 'Savings', 'Savings');
    expect(await page.getByLabel('Plan version').inputValue()).toBe('Safety Valve agreement, March 2021');
    await follow('KPIs off track', 'KPIs', 'KPIs');
    expect(page.url()).toContain('period=2021-05');
    await follow(
      'Safety Valve conditions by assurance',
      'Open the Q1 2021-22 return',
      'Q1 2021-22 Safety Valve return',
    );
    await follow('Meetings and overdue actions', 'Governance', 'Governance');
  });

  it('shows a viewer the same figures read only: no prompt to start anything, nothing to sign, no control', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.viewer);
    await openDashboard(page);
    expect(await textOf(page, 'Caseload forecast')).toContain('No forecast has been run yet.');
    expect(await textOf(page, 'Caseload forecast')).not.toContain('Start one');
    expect(await page.getByTestId('deficit-profile').innerText()).toContain(
      '£27,886,000: £721,000 within it',
    );
    expect(await textOf(page, 'Savings delivered against plan')).toMatch(/£292,000 of £1,261,000/);
    expect(await tile(page, 'What needs signing').count()).toBe(0);
    const main = page.getByRole('main');
    expect(await main.locator('button, input, select, textarea').count()).toBe(0);
    expect(await main.getByRole('button', { name: forbiddenControls.viewer! }).count()).toBe(0);
    await expectPageChecksPass(page, 'viewer');
  });

  it('shows the S151 officer the draft return to sign, linked to it', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.s151);
    await openDashboard(page);
    expect(await textOf(page, 'What needs signing')).toContain(
      'The Q1 2021-22 return Figures as at 31 May 2021; to sign as S151 officer',
    );
    await expectPageChecksPass(page, 's151');
    await tile(page, 'What needs signing').getByRole('link', { name: 'The Q1 2021-22 return' }).click();
    await page.getByRole('heading', { level: 1, name: 'Q1 2021-22 Safety Valve return' }).waitFor();
  });
});

describe('dashboard of a council with nothing loaded', () => {
  const empty = { code: '999', newCode: 'E06999999', name: 'Example Borough', region: 'South East' };
  const stack = useStack({
    prepare(cli) {
      cli(['demo', 'load', '--without-sen2']);
      cli([
        'council',
        'add',
        '--code',
        empty.code,
        '--new-code',
        empty.newCode,
        '--name',
        empty.name,
        '--region',
        empty.region,
      ]);
      cli(
        [
          'user',
          'add',
          '--council',
          empty.code,
          '--role',
          'finance',
          '--email',
          demoUsers.finance.email,
          '--password-stdin',
        ],
        demoUsers.finance.password,
      );
    },
  });

  it('says in plain words what to do in each tile, and passes the page checks', async () => {
    const page = await stack().newPage();
    await signIn(page, demoUsers.finance);
    await page.goto(`/#/${empty.code}/dashboard`);
    await tile(page, 'DSG deficit against the agreed profile').waitFor();
    await settled(page);
    expect(await textOf(page, 'DSG deficit against the agreed profile')).toContain(
      'No plan version is loaded yet. Import one on the Financial model page to see the deficit here.',
    );
    expect(await textOf(page, 'Caseload forecast')).toContain(
      'No forecast has been run yet, and no census inputs are held. Upload inputs on the Forecasts page, then start a run.',
    );
    expect(await textOf(page, 'Savings delivered against plan')).toContain(
      'No savings delivery has been recorded yet.',
    );
    expect(await textOf(page, 'KPIs off track')).toContain(
      'No KPI values are recorded yet. Import the KPI set and record their values on the KPIs page.',
    );
    expect(await textOf(page, 'Safety Valve conditions by assurance')).toContain(
      'No Safety Valve agreement is recorded for this council.',
    );
    expect(await textOf(page, 'Meetings and overdue actions')).toContain('No meeting cycle is recorded yet.');
    expect(await page.getByTestId('overdue').innerText()).toBe('Nothing is overdue.');
    await expectPageChecksPass(page, 'empty');
    await tile(page, 'DSG deficit against the agreed profile')
      .getByRole('link', { name: 'Financial model' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Financial model' }).waitFor();
  });
});
