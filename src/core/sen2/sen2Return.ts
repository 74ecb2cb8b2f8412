import type { IsoDate } from '../periods';

// One council's SEN2 person-level return as the core sees it: no names, postcodes, UPNs or ULNs. Each
// record is known by its line in its Blade file (`row`, the header is line 1) and points to its parent's
// line; COLLECT's own table ids and the case system's NativeId are dropped once the modules are linked.
// The services compute `personId` and `matchHash` with the council's key before the core sees a person.

/** How the pseudonymous id was made: the UPN, else the ULN, else name and birth date, else the record's line. */
export type IdBasis = 'upn' | 'uln' | 'name-and-birth-date' | 'line';

/** Module 0: what the return is. */
export interface Sen2Header {
  /** The return's year (2025 for the January 2025 return). */
  readonly collectionYear: number;
  /** The census date the return describes (third Thursday of January). */
  readonly referenceDate: IsoDate;
  /** The DfE's three-digit LA number the return is for. */
  readonly la: string;
}

/** Module 1: a child or young person, pseudonymised. */
export interface Sen2Person {
  readonly row: number;
  /** Keyed hash (HMAC-SHA256, the council's key) of the UPN, ULN or name and birth date. */
  readonly personId: string;
  readonly idBasis: IdBasis;
  /** Keyed hash of the normalised name and birth date, to find one child under two ids; null without both. */
  readonly matchHash: string | null;
  readonly birthDate: IsoDate | null;
  /** M, F, or null when not known. */
  readonly sex: 'M' | 'F' | null;
  readonly ethnicity: string | null;
}

/** Module 2: a request for an EHC needs assessment. */
export interface Sen2Request {
  readonly row: number;
  readonly personRow: number;
  readonly receivedDate: IsoDate | null;
  readonly source: string | null;
  readonly inYouthAccommodation: boolean | null;
  readonly outcome: string | null;
  readonly outcomeDate: IsoDate | null;
  readonly mediation: boolean | null;
  readonly tribunal: boolean | null;
  /** Moved out of the LA before the assessment was completed. */
  readonly exported: boolean | null;
}

/** Module 3: an EHC needs assessment. */
export interface Sen2Assessment {
  readonly row: number;
  readonly requestRow: number;
  readonly outcome: string | null;
  readonly outcomeDate: IsoDate | null;
  readonly mediation: boolean | null;
  readonly tribunal: boolean | null;
  /** A 20-week time-limit exception applies. */
  readonly week20Exception: boolean | null;
}

/** Module 4a: a named EHC plan. */
export interface Sen2NamedPlan {
  readonly row: number;
  readonly assessmentRow: number;
  readonly startDate: IsoDate | null;
  readonly ceaseDate: IsoDate | null;
  /** 1-9 (codes.ts ceaseReasons), or null. */
  readonly ceaseReason: number | null;
  readonly residential: string | null;
  readonly workBased: string | null;
  readonly personalBudget: boolean | null;
}

/** Where a plan names (4b) or a child attends (5b): a URN/UKPRN, or an SEN setting code. */
export interface Sen2Establishment {
  readonly urn: string | null;
  readonly ukprn: string | null;
  readonly senSetting: string | null;
  readonly rank: number | null;
  readonly senUnit: boolean | null;
  readonly resourcedProvision: boolean | null;
}

/** Module 4b: the setting named in a plan. */
export interface Sen2PlanDetail extends Sen2Establishment {
  readonly row: number;
  readonly planRow: number;
}

/** Module 5a: an active plan (one per request at most). */
export interface Sen2ActivePlan {
  readonly row: number;
  readonly requestRow: number;
  /** The LA the plan transferred in from during the year, or null. */
  readonly transferLa: string | null;
  readonly lastReview: IsoDate | null;
}

/** Module 5b: a placement the child attends. */
export interface Sen2Placement extends Sen2Establishment {
  readonly row: number;
  readonly activePlanRow: number;
  readonly entryDate: IsoDate | null;
  readonly leavingDate: IsoDate | null;
}

/** Module 5c: a need, rank 1 the primary need. */
export interface Sen2Need {
  readonly row: number;
  readonly activePlanRow: number;
  readonly need: string;
  readonly rank: number;
}

/** The whole return, linked and pseudonymised. */
export interface Sen2Return {
  readonly header: Sen2Header;
  readonly people: readonly Sen2Person[];
  readonly requests: readonly Sen2Request[];
  readonly assessments: readonly Sen2Assessment[];
  readonly namedPlans: readonly Sen2NamedPlan[];
  readonly planDetails: readonly Sen2PlanDetail[];
  readonly activePlans: readonly Sen2ActivePlan[];
  readonly placements: readonly Sen2Placement[];
  readonly needs: readonly Sen2Need[];
}

/** The nine modules, in the return's order, as findings and messages name them. */
export const sen2Modules = [
  'header',
  'person',
  'requests',
  'assessment',
  'namedplan',
  'plandetail',
  'activeplans',
  'placementdetail',
  'senneed',
] as const;
/** One of the nine modules (its Blade file suffix). */
export type Sen2Module = (typeof sen2Modules)[number];

/** How people read a module's name: "5b placement detail". */
export const moduleLabels: Record<Sen2Module, string> = {
  header: '0 SEN2 header',
  person: '1 person',
  requests: '2 requests',
  assessment: '3 assessment',
  namedplan: '4a named plan',
  plandetail: '4b plan detail',
  activeplans: '5a active plans',
  placementdetail: '5b placement detail',
  senneed: '5c SEN need',
};
