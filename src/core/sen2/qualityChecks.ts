import { codeFindings } from './codeChecks';
import { ageFindings, dateOrderFindings, requestOutcomeFindings } from './dateChecks';
import { finding, type Sen2Finding } from './finding';
import { identityFindings, type KnownPerson } from './identityChecks';
import type { ReturnIndex } from './returnIndex';
import { resolveSetting, type SettingLookups } from './settingResolution';
import type { Sen2Establishment, Sen2Module } from './sen2Return';
import { structureFindings } from './structureChecks';

// The data-quality report of a return: every check, in the return's module order. Errors refuse the
// import; warnings are kept beside the return. docs/sen2.md lists the checks and why each is what it is.

/** A URN or UKPRN no lookup knows, with how many records use it: the list a council fixes. */
export interface UnresolvedUrn {
  readonly key: string;
  readonly records: number;
}

/** Placement and plan-detail records whose URN or UKPRN does not resolve to a setting type. */
export function unresolvedFindings(
  index: ReturnIndex,
  lookups: SettingLookups,
): { findings: Sen2Finding[]; unresolved: UnresolvedUrn[] } {
  const findings: Sen2Finding[] = [];
  const counts = new Map<string, number>();
  const check = (e: Sen2Establishment & { row: number }, module: Sen2Module, personId: string) => {
    const setting = resolveSetting(e, lookups);
    if (setting.unresolved === undefined) return;
    counts.set(setting.unresolved, (counts.get(setting.unresolved) ?? 0) + 1);
    const column = e.urn ? 'urn' : 'ukprn';
    findings.push(
      finding(
        'unresolved-urn',
        { module, row: e.row, column, value: setting.unresolved, personId },
        'is in neither the placement register nor the URN lookup: add it to the lookup with its setting type',
      ),
    );
  };
  for (const { details, person } of index.plans)
    for (const d of details) check(d, 'plandetail', person.personId);
  for (const active of index.activePlans)
    for (const p of active.placements) check(p, 'placementdetail', active.person.personId);
  const unresolved = [...counts]
    .map(([key, records]) => ({ key, records }))
    .sort((a, b) => b.records - a.records || a.key.localeCompare(b.key));
  return { findings, unresolved };
}

const moduleOrder: Record<Sen2Module, number> = {
  header: 0,
  person: 1,
  requests: 2,
  assessment: 3,
  namedplan: 4,
  plandetail: 5,
  activeplans: 6,
  placementdetail: 7,
  senneed: 8,
};

/** Findings in module then line order (the order a person works through the files). */
export function sortFindings(findings: readonly Sen2Finding[]): Sen2Finding[] {
  return [...findings].sort(
    (a, b) => moduleOrder[a.module] - moduleOrder[b.module] || a.row - b.row || a.kind.localeCompare(b.kind),
  );
}

/** Every data-quality finding of a return, and the list of URNs to resolve. */
export function qualityChecks(
  index: ReturnIndex,
  lookups: SettingLookups,
  otherReturns: ReadonlyMap<string, KnownPerson> = new Map(),
): { findings: Sen2Finding[]; unresolved: UnresolvedUrn[] } {
  const referenceDate = index.ret.header.referenceDate;
  const settings = unresolvedFindings(index, lookups);
  return {
    findings: sortFindings([
      ...dateOrderFindings(index),
      ...ageFindings(index, referenceDate),
      ...requestOutcomeFindings(index, referenceDate),
      ...structureFindings(index, referenceDate),
      ...codeFindings(index),
      ...identityFindings(index.ret.people, otherReturns),
      ...settings.findings,
    ]),
    unresolved: settings.unresolved,
  };
}
