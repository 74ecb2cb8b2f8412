import { sql, type Kysely, type Selectable } from 'kysely';
import type { Sen2Finding } from '../core/sen2/finding';
import type { IdBasis, Sen2Establishment, Sen2Module, Sen2Return } from '../core/sen2/sen2Return';
import { bulkInsert, type BulkColumnType } from './bulkInsert';
import type { Database } from './schema';

// Stores and loads SEN2 returns. A return's records are written module by module in bulk and read back
// into the core's Sen2Return; the findings stored are the warnings of its data-quality report.

/** A stored return as listed: what it is and its counts, no records. */
export interface StoredReturn {
  id: number;
  collectionYear: number;
  referenceDate: string;
  source: string | null;
  synthetic: boolean;
  counts: Record<string, unknown>;
  unresolved: Array<{ key: string; records: number }>;
  createdBy: string;
  createdAt: Date;
}

const I: BulkColumnType = 'integer';
const T: BulkColumnType = 'text';
const B: BulkColumnType = 'boolean';
const record = { return_id: I, line: I };
const establishmentColumns = {
  urn: T,
  ukprn: T,
  sen_setting: T,
  placement_rank: I,
  sen_unit: B,
  resourced_provision: B,
};
const establishmentRow = (e: Sen2Establishment) => ({
  urn: e.urn,
  ukprn: e.ukprn,
  sen_setting: e.senSetting,
  placement_rank: e.rank,
  sen_unit: e.senUnit,
  resourced_provision: e.resourcedProvision,
});
const establishmentOf = (r: {
  urn: string | null;
  ukprn: string | null;
  sen_setting: string | null;
  placement_rank: number | null;
  sen_unit: boolean | null;
  resourced_provision: boolean | null;
}): Sen2Establishment => ({
  urn: r.urn,
  ukprn: r.ukprn,
  senSetting: r.sen_setting,
  rank: r.placement_rank,
  senUnit: r.sen_unit,
  resourcedProvision: r.resourced_provision,
});

/** Stores a return's records and warnings under a new return row; returns its id. */
export async function insertReturn(
  db: Kysely<Database>,
  councilId: number,
  meta: { source: string | null; synthetic: boolean; createdBy: string; counts: object; unresolved: object },
  ret: Sen2Return,
  warnings: readonly Sen2Finding[],
): Promise<number> {
  const { id } = await db
    .insertInto('sen2_returns')
    .values({
      council_id: councilId,
      collection_year: ret.header.collectionYear,
      reference_date: ret.header.referenceDate,
      source: meta.source,
      synthetic: meta.synthetic,
      counts: JSON.stringify(meta.counts),
      unresolved: JSON.stringify(meta.unresolved),
      created_by: meta.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const base = { return_id: id };
  await bulkInsert(
    db,
    'sen2_people',
    { ...record, person_id: T, id_basis: T, match_hash: T, birth_date: T, sex: T, ethnicity: T },
    ret.people.map((p) => ({
      ...base,
      line: p.row,
      person_id: p.personId,
      id_basis: p.idBasis,
      match_hash: p.matchHash,
      birth_date: p.birthDate,
      sex: p.sex,
      ethnicity: p.ethnicity,
    })),
  );
  await bulkInsert(
    db,
    'sen2_requests',
    {
      ...record,
      person_line: I,
      received_date: T,
      source: T,
      in_youth_accommodation: B,
      outcome: T,
      outcome_date: T,
      mediation: B,
      tribunal: B,
      exported: B,
    },
    ret.requests.map((r) => ({
      ...base,
      line: r.row,
      person_line: r.personRow,
      received_date: r.receivedDate,
      source: r.source,
      in_youth_accommodation: r.inYouthAccommodation,
      outcome: r.outcome,
      outcome_date: r.outcomeDate,
      mediation: r.mediation,
      tribunal: r.tribunal,
      exported: r.exported,
    })),
  );
  await bulkInsert(
    db,
    'sen2_assessments',
    {
      ...record,
      request_line: I,
      outcome: T,
      outcome_date: T,
      mediation: B,
      tribunal: B,
      week20_exception: B,
    },
    ret.assessments.map((a) => ({
      ...base,
      line: a.row,
      request_line: a.requestRow,
      outcome: a.outcome,
      outcome_date: a.outcomeDate,
      mediation: a.mediation,
      tribunal: a.tribunal,
      week20_exception: a.week20Exception,
    })),
  );
  await bulkInsert(
    db,
    'sen2_named_plans',
    {
      ...record,
      assessment_line: I,
      start_date: T,
      cease_date: T,
      cease_reason: I,
      residential: T,
      work_based: T,
      personal_budget: B,
    },
    ret.namedPlans.map((p) => ({
      ...base,
      line: p.row,
      assessment_line: p.assessmentRow,
      start_date: p.startDate,
      cease_date: p.ceaseDate,
      cease_reason: p.ceaseReason,
      residential: p.residential,
      work_based: p.workBased,
      personal_budget: p.personalBudget,
    })),
  );
  await bulkInsert(
    db,
    'sen2_plan_details',
    { ...record, plan_line: I, ...establishmentColumns },
    ret.planDetails.map((d) => ({ ...base, line: d.row, plan_line: d.planRow, ...establishmentRow(d) })),
  );
  await bulkInsert(
    db,
    'sen2_active_plans',
    { ...record, request_line: I, transfer_la: T, last_review: T },
    ret.activePlans.map((a) => ({
      ...base,
      line: a.row,
      request_line: a.requestRow,
      transfer_la: a.transferLa,
      last_review: a.lastReview,
    })),
  );
  await bulkInsert(
    db,
    'sen2_placements',
    { ...record, active_plan_line: I, ...establishmentColumns, entry_date: T, leaving_date: T },
    ret.placements.map((p) => ({
      ...base,
      line: p.row,
      active_plan_line: p.activePlanRow,
      ...establishmentRow(p),
      entry_date: p.entryDate,
      leaving_date: p.leavingDate,
    })),
  );
  await bulkInsert(
    db,
    'sen2_needs',
    { ...record, active_plan_line: I, need: T, need_rank: I },
    ret.needs.map((n) => ({
      ...base,
      line: n.row,
      active_plan_line: n.activePlanRow,
      need: n.need,
      need_rank: n.rank,
    })),
  );
  await bulkInsert(
    db,
    'sen2_findings',
    {
      return_id: I,
      seq: I,
      kind: T,
      severity: T,
      module: T,
      line: I,
      column_name: T,
      value: T,
      person_id: T,
      message: T,
    },
    warnings.map((f, seq) => ({
      ...base,
      seq,
      kind: f.kind,
      severity: f.severity,
      module: f.module,
      line: f.row,
      column_name: f.column,
      value: f.value,
      person_id: f.personId,
      message: f.message,
    })),
  );
  return id;
}

type RecordTable =
  | 'sen2_people'
  | 'sen2_requests'
  | 'sen2_assessments'
  | 'sen2_named_plans'
  | 'sen2_plan_details'
  | 'sen2_active_plans'
  | 'sen2_placements'
  | 'sen2_needs';

/** A return's records, as the core takes them. */
export async function loadReturn(
  db: Kysely<Database>,
  stored: StoredReturn,
  la: string,
): Promise<Sen2Return> {
  // One JSON array per table: PostgreSQL and PGlite build it, JavaScript parses it in one go, which is
  // several times faster than a result row per record for a county's hundreds of thousands of records.
  const rows = async <T extends RecordTable>(table: T) => {
    const {
      rows: [result],
    } = await sql<{ records: string | null }>`
      select json_agg(t order by t.line)::text as records from ${sql.table(table)} t where t.return_id = ${stored.id}`.execute(
      db,
    );
    return JSON.parse(result?.records ?? '[]') as Array<Selectable<Database[T]>>;
  };
  const [people, requests, assessments, plans, details, actives, placements, needs] = await Promise.all([
    rows('sen2_people'),
    rows('sen2_requests'),
    rows('sen2_assessments'),
    rows('sen2_named_plans'),
    rows('sen2_plan_details'),
    rows('sen2_active_plans'),
    rows('sen2_placements'),
    rows('sen2_needs'),
  ]);
  return {
    header: { collectionYear: stored.collectionYear, referenceDate: stored.referenceDate, la },
    people: people.map((p) => ({
      row: p.line,
      personId: p.person_id,
      idBasis: p.id_basis as IdBasis,
      matchHash: p.match_hash,
      birthDate: p.birth_date,
      sex: p.sex as 'M' | 'F' | null,
      ethnicity: p.ethnicity,
    })),
    requests: requests.map((r) => ({
      row: r.line,
      personRow: r.person_line,
      receivedDate: r.received_date,
      source: r.source,
      inYouthAccommodation: r.in_youth_accommodation,
      outcome: r.outcome,
      outcomeDate: r.outcome_date,
      mediation: r.mediation,
      tribunal: r.tribunal,
      exported: r.exported,
    })),
    assessments: assessments.map((a) => ({
      row: a.line,
      requestRow: a.request_line,
      outcome: a.outcome,
      outcomeDate: a.outcome_date,
      mediation: a.mediation,
      tribunal: a.tribunal,
      week20Exception: a.week20_exception,
    })),
    namedPlans: plans.map((p) => ({
      row: p.line,
      assessmentRow: p.assessment_line,
      startDate: p.start_date,
      ceaseDate: p.cease_date,
      ceaseReason: p.cease_reason,
      residential: p.residential,
      workBased: p.work_based,
      personalBudget: p.personal_budget,
    })),
    planDetails: details.map((d) => ({ row: d.line, planRow: d.plan_line, ...establishmentOf(d) })),
    activePlans: actives.map((a) => ({
      row: a.line,
      requestRow: a.request_line,
      transferLa: a.transfer_la,
      lastReview: a.last_review,
    })),
    placements: placements.map((p) => ({
      row: p.line,
      activePlanRow: p.active_plan_line,
      ...establishmentOf(p),
      entryDate: p.entry_date,
      leavingDate: p.leaving_date,
    })),
    needs: needs.map((n) => ({
      row: n.line,
      activePlanRow: n.active_plan_line,
      need: n.need,
      rank: n.need_rank,
    })),
  };
}

function storedReturnOf(row: {
  id: number;
  collection_year: number;
  reference_date: string;
  source: string | null;
  synthetic: boolean;
  counts: unknown;
  unresolved: unknown;
  created_by: string;
  created_at: Date;
}): StoredReturn {
  return {
    id: row.id,
    collectionYear: row.collection_year,
    referenceDate: row.reference_date,
    source: row.source,
    synthetic: row.synthetic,
    counts: row.counts as Record<string, unknown>,
    unresolved: row.unresolved as StoredReturn['unresolved'],
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** The council's returns, oldest first. */
export async function listReturns(db: Kysely<Database>, councilId: number): Promise<StoredReturn[]> {
  const rows = await db
    .selectFrom('sen2_returns')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('collection_year')
    .execute();
  return rows.map(storedReturnOf);
}

/** The council's return of a collection year, if any. */
export async function findReturn(
  db: Kysely<Database>,
  councilId: number,
  year: number,
): Promise<StoredReturn | undefined> {
  const row = await db
    .selectFrom('sen2_returns')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('collection_year', '=', year)
    .executeTakeFirst();
  return row && storedReturnOf(row);
}

/** Deletes a return and (by cascade) its records and findings. */
export async function deleteReturn(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('sen2_returns').where('id', '=', id).execute();
}

/** The warnings stored with a return, in report order. */
export async function loadFindings(db: Kysely<Database>, returnId: number): Promise<Sen2Finding[]> {
  const rows = await db
    .selectFrom('sen2_findings')
    .selectAll()
    .where('return_id', '=', returnId)
    .orderBy('seq')
    .execute();
  return rows.map((f) => ({
    kind: f.kind as Sen2Finding['kind'],
    severity: f.severity as Sen2Finding['severity'],
    module: f.module as Sen2Module,
    row: f.line,
    column: f.column_name,
    value: f.value,
    personId: f.person_id,
    message: f.message,
  }));
}

/** Match hash -> person id and year, of the people in the council's other returns. */
export async function knownPeople(
  db: Kysely<Database>,
  councilId: number,
  exceptYear: number,
): Promise<Map<string, { personId: string; collectionYear: number }>> {
  const rows = await db
    .selectFrom('sen2_people as p')
    .innerJoin('sen2_returns as r', 'r.id', 'p.return_id')
    .select(['p.match_hash', 'p.person_id', 'r.collection_year'])
    .where('r.council_id', '=', councilId)
    .where('r.collection_year', '<>', exceptYear)
    .where('p.match_hash', 'is not', null)
    .orderBy('r.collection_year')
    .execute();
  return new Map(
    rows.map((r) => [r.match_hash!, { personId: r.person_id, collectionYear: r.collection_year }]),
  );
}
