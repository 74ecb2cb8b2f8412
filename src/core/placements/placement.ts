import type { Pence } from '../money';
import type { IsoDate } from '../periods';

/** Whether a placement's annual rates are set per academic year (September) or per financial year (April). */
export type CostBasis = 'academic' | 'financial';

/**
 * The partners who contribute to placements, in the order Kingston reports them (seed 003, condition 3.5).
 * `health` is children's health (the CCG's children's commissioning, continuing care); `adultHealth` is
 * adults' health (adult continuing healthcare, typically for young people of 18 and over). The register
 * says which health body pays in its own column: age is a poor proxy around transitions.
 */
export const partners = ['socialCare', 'adultSocialCare', 'health', 'adultHealth'] as const;
export type Partner = (typeof partners)[number];

/** How the council's reports name each partner (seed 003's words). */
export const partnerLabels: Record<Partner, string> = {
  socialCare: "Children's social care",
  adultSocialCare: 'Adult social care',
  health: "Children's health",
  adultHealth: 'Adults health',
};

/** No contributions from any partner. */
export const noContributions: Readonly<Record<Partner, number>> = {
  socialCare: 0,
  adultSocialCare: 0,
  health: 0,
  adultHealth: 0,
};

/** The cost elements of a placement, each an annual rate. */
export const costElements = ['placeFunding', 'topUp', 'otherCost'] as const;
export type CostElement = (typeof costElements)[number];

/**
 * One placement of a child or young person with an EHCP, as the register holds it. `childId` is a
 * pseudonymised id, never a name. Amounts are annual rates in pence on `costBasis`; contributions from
 * partners are annual too, on the same basis, and reduce the High Needs cost.
 */
export interface Placement {
  readonly childId: string;
  readonly dateOfBirth: IsoDate | null;
  /** National Curriculum Year in the academic year of the register's as-at date (R = 0, N2 = -1, N1 = -2). */
  readonly ncy: number | null;
  readonly primaryNeed: string;
  readonly settingType: string;
  readonly provider: string;
  readonly urn: string | null;
  readonly inBorough: boolean;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly costBasis: CostBasis;
  readonly placeFunding: Pence;
  readonly topUp: Pence;
  readonly otherCost: Pence;
  readonly contributions: Readonly<Record<Partner, Pence>>;
  /** The council's own category given in the file; null means: derive it from the council's map. */
  readonly councilCategory: string | null;
}

/** The annual gross cost of a placement: place funding + top-up + other. */
export function annualCost(p: Placement): Pence {
  return p.placeFunding + p.topUp + p.otherCost;
}

/** The annual contributions from all partners. */
export function annualContributions(p: Placement): Pence {
  return partners.reduce((sum, partner) => sum + p.contributions[partner], 0);
}

/**
 * What identifies a placement across files and snapshots: the child, the provider (URN/UKPRN, or name
 * when there is none) and the start date. A child may hold two placements at once (dual registration),
 * but not two at one provider starting the same day.
 */
export function placementKey(p: Pick<Placement, 'childId' | 'urn' | 'provider' | 'startDate'>): string {
  return [p.childId.toUpperCase(), p.urn ?? p.provider.trim().toLowerCase(), p.startDate].join('|');
}

/** Whether a placement is open on a date (started on or before it, not ended before it). */
export function isActiveOn(p: Pick<Placement, 'startDate' | 'endDate'>, date: IsoDate): boolean {
  return p.startDate <= date && (p.endDate === null || p.endDate >= date);
}
