import type { ColumnType, Generated } from 'kysely';

/** The SEN2 return's tables (migration 013). People are keyed hashes; dates are ISO text. */
export interface Sen2Database {
  sen2_keys: Sen2KeysTable;
  sen2_returns: Sen2ReturnsTable;
  sen2_people: Sen2PeopleTable;
  sen2_requests: Sen2RequestsTable;
  sen2_assessments: Sen2AssessmentsTable;
  sen2_named_plans: Sen2NamedPlansTable;
  sen2_plan_details: Sen2PlanDetailsTable;
  sen2_active_plans: Sen2ActivePlansTable;
  sen2_placements: Sen2PlacementsTable;
  sen2_needs: Sen2NeedsTable;
  sen2_findings: Sen2FindingsTable;
  sen2_urn_lookup: Sen2UrnLookupTable;
  sen2_input_set_returns: Sen2InputSetReturnsTable;
}

type Json = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A council's secret key for the keyed hashes (base64); created on the first import, never shown. */
export interface Sen2KeysTable {
  council_id: number;
  secret: string;
  created_at: Timestamp;
}

/** One imported return: what it is, counts, and the URNs it could not resolve. */
export interface Sen2ReturnsTable {
  id: Generated<number>;
  council_id: number;
  collection_year: number;
  reference_date: string;
  source: string | null;
  /** Made up (the demo's): labelled synthetic wherever it shows. */
  synthetic: ColumnType<boolean, boolean | undefined, boolean>;
  counts: Json;
  unresolved: Json;
  created_by: string;
  created_at: Timestamp;
}

interface RecordColumns {
  return_id: number;
  line: number;
}

interface EstablishmentColumns {
  urn: string | null;
  ukprn: string | null;
  sen_setting: string | null;
  placement_rank: number | null;
  sen_unit: boolean | null;
  resourced_provision: boolean | null;
}

export interface Sen2PeopleTable extends RecordColumns {
  person_id: string;
  id_basis: string;
  match_hash: string | null;
  birth_date: string | null;
  sex: string | null;
  ethnicity: string | null;
}

export interface Sen2RequestsTable extends RecordColumns {
  person_line: number;
  received_date: string | null;
  source: string | null;
  in_youth_accommodation: boolean | null;
  outcome: string | null;
  outcome_date: string | null;
  mediation: boolean | null;
  tribunal: boolean | null;
  exported: boolean | null;
}

export interface Sen2AssessmentsTable extends RecordColumns {
  request_line: number;
  outcome: string | null;
  outcome_date: string | null;
  mediation: boolean | null;
  tribunal: boolean | null;
  week20_exception: boolean | null;
}

export interface Sen2NamedPlansTable extends RecordColumns {
  assessment_line: number;
  start_date: string | null;
  cease_date: string | null;
  cease_reason: number | null;
  residential: string | null;
  work_based: string | null;
  personal_budget: boolean | null;
}

export interface Sen2PlanDetailsTable extends RecordColumns, EstablishmentColumns {
  plan_line: number;
}

export interface Sen2ActivePlansTable extends RecordColumns {
  request_line: number;
  transfer_la: string | null;
  last_review: string | null;
}

export interface Sen2PlacementsTable extends RecordColumns, EstablishmentColumns {
  active_plan_line: number;
  entry_date: string | null;
  leaving_date: string | null;
}

export interface Sen2NeedsTable extends RecordColumns {
  active_plan_line: number;
  need: string;
  need_rank: number;
}

/** A warning found in a return (errors refuse the import and are never stored). */
export interface Sen2FindingsTable {
  return_id: number;
  seq: number;
  kind: string;
  severity: string;
  module: string;
  line: number;
  column_name: string | null;
  value: string | null;
  person_id: string | null;
  message: string;
}

/** One row of the council's URN lookup: a URN or UKPRN and its setting type. */
export interface Sen2UrnLookupTable {
  council_id: number;
  key: string;
  key_kind: 'urn' | 'ukprn';
  setting_type: string;
  name: string | null;
  updated_at: Timestamp;
}

/** A set of forecast inputs and one return it was made from (migration 020): the return cannot go first. */
export interface Sen2InputSetReturnsTable {
  input_set_id: number;
  return_id: number;
}
