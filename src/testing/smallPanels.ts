import type { CaseloadYear } from '../core/caseloadForecast/caseloadHistory';
import type { FlowYear, PanelMember, PublishedPanel } from '../core/caseloadForecast/publishedPanel';

// Small hand-made panels for the pooled methods' unit tests: plans by January, flows by calendar year.

const noAges: CaseloadYear['ages'] = {
  under5: null,
  '5to10': null,
  '11to15': null,
  '16to19': null,
  '20to25': null,
};

/** A panel member from plans by year (from `from`) and flows by year. */
export function member(
  council: string,
  plans: readonly (number | null)[],
  flows: Record<number, Partial<Omit<FlowYear, 'year'>>> = {},
  from = 2010,
  region?: string,
): PanelMember {
  return {
    council,
    name: `Council ${council}`,
    years: plans.map((total, i) => ({ year: from + i, total, ages: noAges })),
    flows: Object.entries(flows).map(([year, f]) => ({
      year: Number(year),
      requests: f.requests ?? null,
      newPlans: f.newPlans ?? null,
    })),
    ...(region ? { region } : {}),
  };
}

/** A panel of the given councils and England, no regions unless given. */
export function panelOf(
  england: PanelMember,
  councils: PanelMember[],
  regions: PanelMember[] = [],
): PublishedPanel {
  return { england, councils, regions };
}
