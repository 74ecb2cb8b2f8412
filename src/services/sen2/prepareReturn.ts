import { censusRecords, summariseCensus, type CensusSummary } from '../../core/sen2/census';
import { finding, type Sen2Finding } from '../../core/sen2/finding';
import { qualityChecks, sortFindings, type UnresolvedUrn } from '../../core/sen2/qualityChecks';
import { indexReturn, type ReturnIndex } from '../../core/sen2/returnIndex';
import type { Sen2Return } from '../../core/sen2/sen2Return';
import { knownPeople } from '../../db/sen2Repository';
import { readBladeExport } from '../../io/sen2/readBlade';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import type { Actor } from '../permissions';
import { councilKey } from './councilKey';
import { pseudonymiseExport } from './pseudonymise';
import { settingLookupsFor } from './settingLookups';

// A return read, pseudonymised and checked, ready to be previewed or stored: every finding (errors and
// warnings), its counts, and its census on the reference date. Nothing is stored here except the
// council's key on its first use.

/** What a return holds, for previews, the stored return and the audit: counts only. */
export interface ReturnCounts {
  people: number;
  requests: number;
  assessments: number;
  namedPlans: number;
  planDetails: number;
  activePlans: number;
  placements: number;
  needs: number;
  /** Children with a plan open on the reference date. */
  ehcps: number;
  errors: number;
  warnings: number;
}

/** A checked return. `ret` and `index` are null when the files could not be read into one. */
export interface PreparedReturn {
  ret: Sen2Return | null;
  index: ReturnIndex | null;
  findings: Sen2Finding[];
  errors: Sen2Finding[];
  warnings: Sen2Finding[];
  unresolved: UnresolvedUrn[];
  counts: ReturnCounts | null;
  census: CensusSummary | null;
}

function headerFindings(ret: Sen2Return, council: Council): Sen2Finding[] {
  const found: Sen2Finding[] = [];
  const { la, collectionYear, referenceDate } = ret.header;
  if (la !== council.code)
    found.push(
      finding(
        'bad-header',
        { module: 'header', row: 2, column: 'lea', value: la },
        `this return is for LA ${la}, not ${council.name} (${council.code})`,
      ),
    );
  if (referenceDate.slice(0, 4) !== String(collectionYear))
    found.push(
      finding(
        'bad-header',
        { module: 'header', row: 2, column: 'referencedate', value: referenceDate },
        `the reference date is not in the return's year ${String(collectionYear)}`,
      ),
    );
  return found;
}

/** Reads, pseudonymises and checks a Blade export for a council (inside the caller's transaction). */
export async function prepareReturn(
  ctx: ServiceContext,
  actor: Actor,
  council: Council,
  files: ReadonlyMap<string, string>,
): Promise<PreparedReturn> {
  const read = readBladeExport(files);
  const empty = { ret: null, index: null, unresolved: [], counts: null, census: null };
  if (!read.data) {
    const findings = sortFindings(read.findings);
    return { ...empty, findings, errors: findings.filter((f) => f.severity === 'error'), warnings: [] };
  }
  const key = await councilKey(ctx.db, actor, council.id);
  const ret = pseudonymiseExport(key, read.data);
  const index = indexReturn(ret);
  const lookups = await settingLookupsFor(ctx.db, council.id);
  const known = await knownPeople(ctx.db, council.id, ret.header.collectionYear);
  const checked = qualityChecks(index, lookups, known);
  const findings = sortFindings([...headerFindings(ret, council), ...read.findings, ...checked.findings]);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const census = summariseCensus(
    ret.header.referenceDate,
    censusRecords(index, ret.header.referenceDate, lookups),
  );
  return {
    ret,
    index,
    findings,
    errors,
    warnings,
    unresolved: checked.unresolved,
    census,
    counts: {
      people: ret.people.length,
      requests: ret.requests.length,
      assessments: ret.assessments.length,
      namedPlans: ret.namedPlans.length,
      planDetails: ret.planDetails.length,
      activePlans: ret.activePlans.length,
      placements: ret.placements.length,
      needs: ret.needs.length,
      ehcps: census.total,
      errors: errors.length,
      warnings: warnings.length,
    },
  };
}
