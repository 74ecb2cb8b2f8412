import type { Rng } from '../../../core/forecast/rng';
import { senSettingTypes } from '../../../core/sen2/settingResolution';
import { pickWeighted } from './draw';

// Where the synthetic children are placed: a setting type drawn for their phase (weights loosely after
// Kingston's January 2025 caseload by establishment, DfE "Education, health and care plans" 2025,
// caseload.csv), then an establishment of that type. Establishments are those of the demo placement
// register where it has the type (so the register resolves them), made-up URNs in a URN lookup where it
// does not, and the SEN setting code for children placed without a URN.

/** The phase of an NCY, which decides where a child may be placed. */
export type Phase = 'early' | 'primary' | 'secondary' | 'post16' | 'adult';

/** The phase of an NCY. */
export function phaseOfNcy(ncy: number): Phase {
  if (ncy <= 0) return 'early';
  if (ncy <= 6) return 'primary';
  if (ncy <= 11) return 'secondary';
  if (ncy <= 14) return 'post16';
  return 'adult';
}

/** Setting type weights by phase (per thousand children of the phase). */
export const settingWeights: Record<Phase, ReadonlyArray<readonly [string, number]>> = {
  early: [
    ['mainstream_la_maintained', 380],
    ['mainstream_academy', 200],
    ['nm_early_years', 220],
    ['special_academy_free', 150],
    ['mainstream_la_maintained_senunit', 50],
  ],
  primary: [
    ['mainstream_la_maintained', 300],
    ['mainstream_academy', 230],
    ['mainstream_free_school', 25],
    ['mainstream_la_maintained_senunit', 40],
    ['mainstream_academy_senunit', 45],
    ['mainstream_academy_resourced_provision', 20],
    ['mainstream_la_maintained_resourced_provision', 15],
    ['special_academy_free', 230],
    ['special_la_maintained', 10],
    ['special_independent', 35],
    ['special_non_maintained', 8],
    ['mainstream_independent', 10],
    ['ap_pru_la_maintained', 8],
    ['elective_home_education', 8],
    ['other_arrangements_la', 16],
  ],
  secondary: [
    ['mainstream_la_maintained', 90],
    ['mainstream_academy', 250],
    ['mainstream_free_school', 30],
    ['mainstream_la_maintained_senunit', 30],
    ['mainstream_academy_senunit', 45],
    ['mainstream_academy_resourced_provision', 25],
    ['special_academy_free', 280],
    ['special_independent', 90],
    ['special_non_maintained', 15],
    ['mainstream_independent', 25],
    ['ap_pru_la_maintained', 60],
    ['ap_pru_academy', 5],
    ['elective_home_education', 15],
    ['other_arrangements_la', 30],
    ['neet_other', 10],
  ],
  post16: [
    ['general_fe_tertiary_colleges', 380],
    ['sixth_form_college', 40],
    ['specialist_post_16_institutions', 110],
    ['special_academy_free', 240],
    ['mainstream_academy', 70],
    ['special_independent', 50],
    ['ukrlp_provider', 20],
    ['neet', 50],
    ['other_arrangements_la', 30],
    ['other_arrangements_parents', 10],
  ],
  adult: [
    ['general_fe_tertiary_colleges', 450],
    ['specialist_post_16_institutions', 250],
    ['ukrlp_provider', 40],
    ['neet', 150],
    ['other_arrangements_la', 90],
    ['neet_ntci', 20],
  ],
};

/** Whether a setting type takes children of a phase. */
export function takesPhase(settingType: string, phase: Phase): boolean {
  return settingWeights[phase].some(([type]) => type === settingType);
}

/** Where a placement is, as the return records it. */
export interface SyntheticEstablishment {
  readonly settingType: string;
  readonly urn: string | null;
  readonly ukprn: string | null;
  readonly senSetting: string | null;
  readonly senUnit: boolean;
  readonly resourcedProvision: boolean;
}

const postSixteen = new Set([
  'general_fe_tertiary_colleges',
  'sixth_form_college',
  'specialist_post_16_institutions',
  'ukrlp_provider',
]);
const codeOfType = new Map(Object.entries(senSettingTypes).map(([code, type]) => [type, code]));

/** The establishments of each setting type, and the URN lookup rows for those the register lacks. */
export interface EstablishmentCatalogue {
  readonly byType: ReadonlyMap<string, readonly string[]>;
  readonly lookup: ReadonlyArray<{ key: string; settingType: string }>;
}

/**
 * The catalogue: `register` gives URNs (or UKPRNs) by setting type; every other type with a URN gets
 * three made-up ones (92xxxx, or 1998xxxx for providers) for the lookup.
 */
export function establishmentCatalogue(
  register: ReadonlyMap<string, readonly string[]>,
): EstablishmentCatalogue {
  const byType = new Map<string, readonly string[]>();
  const lookup: Array<{ key: string; settingType: string }> = [];
  const types = [...new Set(Object.values(settingWeights).flatMap((w) => w.map(([type]) => type)))].sort();
  types.forEach((type, i) => {
    if (codeOfType.has(type)) return;
    const known = register.get(type);
    if (known && known.length > 0) {
      byType.set(type, known);
      return;
    }
    const made = [1, 2, 3].map((k) =>
      postSixteen.has(type)
        ? `1998${String(i * 10 + k).padStart(4, '0')}`
        : `92${String(i * 10 + k).padStart(4, '0')}`,
    );
    byType.set(type, made);
    for (const key of made) lookup.push({ key, settingType: type });
  });
  return { byType, lookup };
}

/** A placement's establishment for a setting type. */
export function establishmentFor(
  rng: Rng,
  catalogue: EstablishmentCatalogue,
  settingType: string,
): SyntheticEstablishment {
  const code = codeOfType.get(settingType);
  const base = {
    settingType,
    urn: null,
    ukprn: null,
    senSetting: null,
    senUnit: false,
    resourcedProvision: false,
  };
  if (code) return { ...base, senSetting: code };
  const keys = catalogue.byType.get(settingType) ?? [];
  const key = keys[Math.floor(rng.uniform() * keys.length)] ?? null;
  return {
    ...base,
    ...(key !== null && key.length === 8 ? { ukprn: key } : { urn: key }),
    senUnit: settingType.endsWith('_senunit'),
    resourcedProvision: settingType.endsWith('_resourced_provision'),
  };
}

/** A setting type for a child entering a phase. */
export const settingForPhase = (rng: Rng, phase: Phase): string => pickWeighted(rng, settingWeights[phase]);
