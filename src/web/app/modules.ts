// The modules in the navigation, in the order a finance officer works through them.
import type { Action } from '../../services/permissions';

export type ModuleSlug =
  | 'dashboard'
  | 'financial-model'
  | 'savings'
  | 'kpis'
  | 'safety-valve'
  | 'placements'
  | 'sen2'
  | 'forecasts'
  | 'reform-plan'
  | 'benchmarking'
  | 'reports'
  | 'governance'
  | 'admin'
  | 'audit';

export interface ModuleInfo {
  slug: ModuleSlug;
  title: string;
  /** What the module will do, for the page shown until it is built. */
  purpose: string;
  built: boolean;
  /** Shown in the navigation only to those who may do this in the council. */
  requires?: Action;
}

export const modules: readonly ModuleInfo[] = [
  {
    slug: 'dashboard',
    title: 'Dashboard',
    purpose: 'See the council and its High Needs Block position at a glance.',
    built: true,
  },
  {
    slug: 'financial-model',
    title: 'Financial model',
    purpose:
      'Hold the DSG High Needs financial model: budget, forecast spend, block transfers, and the in-year and cumulative balance for each year, with plan versions you can compare.',
    built: true,
  },
  {
    slug: 'savings',
    title: 'Savings',
    purpose:
      'Track savings and mitigation lines by workstream and year against their targets, and record what has been delivered.',
    built: true,
  },
  {
    slug: 'kpis',
    title: 'KPIs',
    purpose:
      'Record each KPI with its baseline, target and actual, and see it rated red, amber or green against the agreed tolerance.',
    built: true,
  },
  {
    slug: 'safety-valve',
    title: 'Safety Valve',
    purpose:
      'Prepare the quarterly Safety Valve monitoring return to the DfE: agreement conditions with assurance levels, KPIs, and the financial model against the projection.',
    built: true,
  },
  {
    slug: 'placements',
    title: 'Placements',
    purpose:
      'Hold EHCP numbers and placements by age, primary need and setting, with the cost of each type of placement.',
    built: true,
  },
  {
    slug: 'sen2',
    title: 'SEN2 return',
    purpose:
      'Import the SEN2 person-level return and see the census on any date, the funnel from request to plan, a data-quality report and inputs for the forecast.',
    built: true,
  },
  {
    slug: 'forecasts',
    title: 'Forecasts',
    purpose:
      'Forecast EHCP numbers and High Needs spend for the years ahead from your own placement data, with the range of likely outcomes.',
    built: true,
  },
  {
    slug: 'reform-plan',
    title: 'Reform plan',
    purpose:
      'Build the local SEND reform plan from the forecast: each mitigation’s effect on EHCPs, placements and cost, the bridge to the deficit, and what-ifs.',
    built: true,
  },
  {
    slug: 'benchmarking',
    title: 'Benchmarking',
    purpose:
      'Compare EHCP growth, EHCPs per head of population, age profile and top-up spend with your statistical neighbours, your region and England.',
    built: true,
  },
  {
    slug: 'reports',
    title: 'Reports',
    purpose:
      'Write committee, Schools Forum and partnership board papers from the figures held here, and export them as PDF and Word.',
    built: true,
  },
  {
    slug: 'governance',
    title: 'Governance',
    purpose:
      'Keep the meeting cycle, and track decisions, actions, recommendations, progress and issues with their owners and due dates.',
    built: true,
  },
  {
    slug: 'admin',
    title: 'People and roles',
    purpose: 'Give people a role in the council, change or take it away, and reset a password.',
    built: true,
    requires: 'users.manage',
  },
  {
    slug: 'audit',
    title: 'Audit',
    purpose: 'See who changed what, and when.',
    built: true,
    requires: 'audit.read',
  },
];

/** The module with this slug, if there is one. */
export function moduleBySlug(slug: string): ModuleInfo | undefined {
  return modules.find((m) => m.slug === slug);
}
