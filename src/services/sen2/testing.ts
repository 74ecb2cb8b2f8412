// Test helpers only (not imported by production code): the hand-worked return read, pseudonymised with
// a fixed key and joined up, as the core tests take it.
import { readBladeExport } from '../../io/sen2/readBlade';
import {
  twelveChildrenDraft,
  twelveChildrenLookup,
  twelveChildrenRegisterUrns,
} from '../../io/sen2/testing/twelveChildren';
import { writeBladeExport, type BladeDraft } from '../../io/sen2/writeBlade';
import { pseudonymiseExport } from './pseudonymise';
import { indexReturn, type ReturnIndex } from '../../core/sen2/returnIndex';
import type { SettingLookups } from '../../core/sen2/settingResolution';

/** The key the tests pseudonymise with. */
export const testKey = Buffer.alloc(32, 7);

/** A draft read through the real reader and pseudonymised; throws on a reading problem. */
export function indexDraft(draft: BladeDraft): ReturnIndex {
  const read = readBladeExport(writeBladeExport(draft, '2025-01-20'));
  if (!read.data || read.findings.length > 0)
    throw new Error(`the draft does not read: ${JSON.stringify(read.findings)}`);
  return indexReturn(pseudonymiseExport(testKey, read.data));
}

/** The hand-worked return, joined up. */
export function twelveChildren(): ReturnIndex {
  return indexDraft(twelveChildrenDraft());
}

/** The hand-worked return's register and lookup. */
export const twelveChildrenLookups: SettingLookups = {
  register: twelveChildrenRegisterUrns,
  lookup: twelveChildrenLookup,
};

/** The pseudonymous id of the person on a line of the person file. */
export function idOfLine(index: ReturnIndex, line: number): string {
  const person = index.personByRow.get(line);
  if (!person) throw new Error(`no person on line ${String(line)}`);
  return person.personId;
}

/** The tables holding a return's records and findings (each row keyed by its return). */
export const sen2RecordTables = [
  'sen2_people',
  'sen2_requests',
  'sen2_assessments',
  'sen2_named_plans',
  'sen2_plan_details',
  'sen2_active_plans',
  'sen2_placements',
  'sen2_needs',
  'sen2_findings',
] as const;
