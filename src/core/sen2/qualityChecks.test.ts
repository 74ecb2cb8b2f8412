import { describe, expect, it } from 'vitest';
import { readBladeExport } from '../../io/sen2/readBlade';
import { twelveChildrenDraft } from '../../io/sen2/testing/twelveChildren';
import { writeBladeExport, type BladeDraft } from '../../io/sen2/writeBlade';
import { indexDraft, twelveChildrenLookups } from '../../services/sen2/testing';
import { findingKinds, type FindingKind, type Sen2Finding } from './finding';
import { qualityChecks } from './qualityChecks';

// Every kind of finding, each made by one change to the hand-worked return (which has no errors).

/** A change to the draft before it is written, or to the written files. */
type Change = { draft?: (d: BladeDraft) => void; files?: (files: Map<string, string>) => void };

const fileEnding = (files: Map<string, string>, suffix: string) =>
  [...files.keys()].find((name) => name.endsWith(`_${suffix}.csv`))!;

const changes: Record<FindingKind, Change> = {
  'missing-file': { files: (files) => void files.delete(fileEnding(files, 'senneed')) },
  'missing-column': {
    files: (files) => {
      const name = fileEnding(files, 'senneed');
      files.set(name, files.get(name)!.replace('sentyperank', 'rank'));
    },
  },
  'unreadable-value': { draft: (d) => void (d.namedPlans[0]!.startDate = 'next week') },
  'bad-header': {
    files: (files) => {
      const name = fileEnding(files, 'sen2');
      files.set(name, files.get(name)!.split('\r\n')[0]! + '\r\n');
    },
  },
  'duplicate-id': { draft: (d) => void (d.needs[1]!.id = d.needs[0]!.id) },
  'orphan-record': { draft: (d) => void (d.placements[0]!.activePlanId = 'AP-missing') },
  'plan-starts-before-birth': { draft: (d) => void (d.namedPlans[0]!.startDate = '2014-01-01') },
  'plan-ceases-before-start': {
    draft: (d) => {
      d.namedPlans[0]!.ceaseDate = '2019-01-01';
      d.namedPlans[0]!.ceaseReason = 9;
    },
  },
  'placement-leaves-before-entry': { draft: (d) => void (d.placements[0]!.leavingDate = '2019-08-01') },
  'bad-urn': { draft: (d) => void (d.placements[0]!.urn = '12345') },
  'bad-ukprn': { draft: (d) => void (d.placements[2]!.ukprn = '1000004') },
  'need-not-in-year': { draft: (d) => void (d.header.year = 2024) },
  'two-primary-needs': { draft: (d) => void (d.needs[1]!.rank = 1) },
  'plan-without-placement': {},
  'plan-without-need': {},
  'overlapping-primary-placements': {},
  'ceased-without-reason': {},
  'age-over-25': {},
  'two-plans-at-once': {},
  'request-without-outcome': {},
  'same-child-two-ids': {},
  'unresolved-urn': {},
};

function findingsAfter(change: Change): Sen2Finding[] {
  const draft = twelveChildrenDraft();
  change.draft?.(draft);
  const files = writeBladeExport(draft, '2025-01-20');
  change.files?.(files);
  const read = readBladeExport(files);
  if (read.findings.length > 0 || !read.data) return read.findings;
  return qualityChecks(indexDraft(draft), twelveChildrenLookups).findings;
}

describe('every kind of finding', () => {
  const kinds = Object.keys(findingKinds) as FindingKind[];

  it.each(kinds)('%s', (kind) => {
    const found = findingsAfter(changes[kind]);
    const ofKind = found.filter((f) => f.kind === kind);
    expect(ofKind.length, JSON.stringify(found.map((f) => f.kind))).toBeGreaterThan(0);
    expect(ofKind[0]!.severity).toBe(findingKinds[kind].severity);
    expect(ofKind[0]!.message.length).toBeGreaterThan(10);
  });

  it('errors are exactly the kinds that refuse an import', () => {
    const errors = kinds.filter((k) => findingKinds[k].severity === 'error');
    expect(errors).toEqual([
      'missing-file',
      'missing-column',
      'unreadable-value',
      'bad-header',
      'duplicate-id',
      'orphan-record',
      'plan-starts-before-birth',
      'plan-ceases-before-start',
      'placement-leaves-before-entry',
      'bad-urn',
      'bad-ukprn',
      'need-not-in-year',
      'two-primary-needs',
    ]);
  });

  it('DS is a need code only from the 2025 return', () => {
    const found = findingsAfter({ draft: (d) => void (d.header.year = 2024) }).filter(
      (f) => f.kind === 'need-not-in-year',
    );
    expect(found.map((f) => [f.module, f.row, f.column, f.value])).toEqual([['senneed', 9, 'sentype', 'DS']]);
    expect(found[0]!.message).toBe(
      'is an SEN2 need code only from the 2025 return; this is the return for 2024',
    );
  });
});
