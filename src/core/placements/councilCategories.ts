import { findSettingType } from './settingTypes';
import type { Phase } from './phase';

// A council's own placement categories, as its KPIs name them. A map is a list of rules; the first rule
// a placement matches gives its category (write overlapping rules specific first). A placement that matches no rule has no council category: it still counts in
// the DfE categories and the phase averages. Stored per council; this file holds the default.

/** One rule: the setting types it covers, and optionally only one phase or only in/out of borough. */
export interface CouncilCategoryRule {
  readonly id: string;
  readonly label: string;
  readonly settingTypes: readonly string[];
  readonly phase?: Phase;
  readonly inBorough?: boolean;
  /** Where the category comes from, e.g. "Safety Valve KPI 27". */
  readonly source?: string;
}

/** A council's categories, first match wins. */
export interface CouncilCategoryMap {
  readonly name: string;
  readonly rules: readonly CouncilCategoryRule[];
}

const independent = ['mainstream_independent', 'special_independent', 'special_non_maintained'];
const special = ['special_la_maintained', 'special_academy_free'];

/**
 * Kingston's categories from its Safety Valve KPIs 27-34 (seed 003). KPI 28 is read as < 16 because
 * KPI 33 reports in-borough special school > 16 separately; KPI 29 (out of borough) has no > 16
 * counterpart, so it takes both phases. Both readings are ours: the seed does not define them.
 */
export const kingstonCategoryMap: CouncilCategoryMap = {
  name: 'Kingston upon Thames Safety Valve KPIs 27-34',
  rules: [
    {
      id: 'independent-under-16',
      label: 'Independent < 16',
      settingTypes: independent,
      phase: 'under16',
      source: 'KPI 27',
    },
    {
      id: 'special-in-borough',
      label: 'Maintained/academy special in borough',
      settingTypes: special,
      phase: 'under16',
      inBorough: true,
      source: 'KPI 28',
    },
    {
      id: 'special-out-borough',
      label: 'Maintained/academy special out borough',
      settingTypes: special,
      inBorough: false,
      source: 'KPI 29',
    },
    {
      id: 'independent-over-16',
      label: 'Independent > 16',
      settingTypes: independent,
      phase: 'over16',
      source: 'KPI 30',
    },
    {
      id: 'fe-college-over-16',
      label: 'FE college > 16',
      settingTypes: ['general_fe_tertiary_colleges', 'sixth_form_college'],
      phase: 'over16',
      source: 'KPI 31',
    },
    {
      id: 'isp-over-16',
      label: 'ISP > 16',
      settingTypes: ['specialist_post_16_institutions'],
      phase: 'over16',
      source: 'KPI 32',
    },
    {
      id: 'special-in-borough-over-16',
      label: 'In borough special school > 16',
      settingTypes: special,
      phase: 'over16',
      inBorough: true,
      source: 'KPI 33',
    },
    {
      id: 'alternative-provision',
      label: 'Alternative provision',
      settingTypes: ['ap_pru_la_maintained', 'ap_pru_academy', 'ap_pru_free_school'],
      source: 'KPI 34',
    },
  ],
};

/** The map a council uses until it sets its own. */
export const defaultCategoryMap = kingstonCategoryMap;

/** The category of a placement by the map, or null when no rule matches. */
export function councilCategoryOf(
  p: { settingType: string; inBorough: boolean; councilCategory: string | null },
  phase: Phase,
  map: CouncilCategoryMap,
): string | null {
  if (p.councilCategory !== null) return p.councilCategory;
  const rule = map.rules.find(
    (r) =>
      r.settingTypes.includes(p.settingType) &&
      (r.phase === undefined || r.phase === phase) &&
      (r.inBorough === undefined || r.inBorough === p.inBorough),
  );
  return rule?.id ?? null;
}

/** The category id a file's text names (its id or its label, any case), or undefined. */
export function findCouncilCategory(text: string, map: CouncilCategoryMap): string | undefined {
  const key = text.trim().toLowerCase();
  return map.rules.find((r) => r.id.toLowerCase() === key || r.label.toLowerCase() === key)?.id;
}

/** Every problem with a map (duplicate ids, unknown setting types); empty when it can be used. */
export function councilCategoryMapProblems(map: CouncilCategoryMap): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  map.rules.forEach((rule, i) => {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(rule.id))
      problems.push(`rules[${i}].id: '${rule.id}' must be lower-case letters, digits and dashes`);
    if (seen.has(rule.id)) problems.push(`rules[${i}].id: '${rule.id}' is used twice`);
    seen.add(rule.id);
    if (rule.label.trim() === '') problems.push(`rules[${i}].label: is required`);
    if (rule.settingTypes.length === 0)
      problems.push(`rules[${i}].settingTypes: name at least one setting type`);
    for (const code of rule.settingTypes) {
      if (findSettingType(code)?.code !== code)
        problems.push(`rules[${i}].settingTypes: '${code}' is not a setting type code`);
    }
  });
  return problems;
}
