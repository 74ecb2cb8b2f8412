import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../core/sen2/finding';
import { bladeFilesFromZip } from './bladeSource';
import { readBladeExport } from './readBlade';
import { twelveChildrenDraft } from './testing/twelveChildren';
import { writeBladeExport, type BladeDraft } from './writeBlade';

const files = (draft: BladeDraft = twelveChildrenDraft()) => writeBladeExport(draft, '2025-01-20');

describe('reading a Blade export', () => {
  it('reads the nine files of the hand-worked return and links every record to its parent line', () => {
    const read = readBladeExport(files());
    expect(read.findings).toEqual([]);
    const data = read.data!;
    expect(data.header).toEqual({ collectionYear: 2025, referenceDate: '2025-01-16', la: '314' });
    expect(
      [
        data.people,
        data.requests,
        data.assessments,
        data.namedPlans,
        data.planDetails,
        data.activePlans,
        data.placements,
        data.needs,
      ].map((m) => m.length),
    ).toEqual([13, 15, 12, 12, 4, 11, 13, 12]);
    // Line 2 of person is P01; its request R01 is line 2 of requests; P03's second request is line 5.
    expect(data.people[0]).toEqual({
      row: 2,
      upn: 'A100000000001',
      uln: null,
      surname: 'Madeup',
      forename: 'ChildP01',
      birthDate: '2015-03-10',
      sex: 'M',
      ethnicity: 'WBRI',
    });
    expect(data.requests.find((r) => r.row === 5)).toMatchObject({
      personRow: 4,
      receivedDate: '2023-03-01',
    });
    expect(data.placements.find((p) => p.row === 8)).toMatchObject({
      urn: '100001',
      senUnit: true,
      entryDate: '2024-06-10',
      leavingDate: null,
    });
    expect(data.namedPlans.find((p) => p.ceaseReason === 2)).toMatchObject({ ceaseDate: '2024-07-19' });
    expect(data.assessments.find((a) => a.row === 8)).toMatchObject({ outcome: 'Y', week20Exception: true });
  });

  it('never reads postcodes (the column is there, the value is not kept anywhere)', () => {
    const text = JSON.stringify(readBladeExport(files()).data);
    expect(text).not.toContain('ZZ99');
  });

  it('lists every unreadable value with module, line, column and value, and goes on reading the rest', () => {
    const draft = twelveChildrenDraft();
    draft.people[0]!.birthDate = '2015-13-45';
    draft.requests[0]!.outcome = 'Q';
    draft.namedPlans[4]!.ceaseReason = 12;
    draft.placements[0]!.senSetting = 'HOME';
    draft.needs[0]!.rank = 'first';
    const read = readBladeExport(files(draft));
    expect(read.findings.map(describeFinding)).toEqual([
      "1 person, line 2, column personbirthdate ('2015-13-45'): is not a date (COLLECT writes 2022-Sep-28 00:00:00)",
      "2 requests, line 2, column requestoutcome ('Q'): is not a request outcome code (A, N, W, H)",
      "4a named plan, line 6, column ceasereason ('12'): is not a cease reason (1, 2, 3, 4, 5, 6, 7, 8, 9)",
      "5b placement detail, line 2, column sensetting ('HOME'): is not an SEN setting code (OLA, OPA, EHE, EYP, OTH, NEET, NIEC, NIEO)",
      "5c SEN need, line 2, column sentyperank ('first'): is not a whole number of 1 or more",
    ]);
    expect(read.findings.every((f) => f.severity === 'error' && f.kind === 'unreadable-value')).toBe(true);
    // The children of a left-out record are left out too, without being called orphans.
    expect(read.data!.people).toHaveLength(12);
    expect(read.data!.requests.some((r) => r.personRow === 2)).toBe(false);
  });

  it('reports a missing file, a missing column, duplicate ids and orphan records', () => {
    const draft = twelveChildrenDraft();
    draft.placements[1]!.id = 'PL01';
    draft.needs[2]!.activePlanId = 'AP99';
    const written = files(draft);
    const names = [...written.keys()];
    written.delete(names.find((n) => n.endsWith('_plandetail.csv'))!);
    const assessments = names.find((n) => n.endsWith('_assessment.csv'))!;
    written.set(assessments, written.get(assessments)!.replace('assessmentoutcome,', 'outcome,'));
    const read = readBladeExport(written);
    expect(read.findings.map((f) => [f.kind, f.module, f.row, f.column, f.value])).toEqual([
      ['missing-column', 'assessment', 1, 'assessmentoutcome', null],
      ['missing-file', 'plandetail', 0, null, null],
      ['duplicate-id', 'placementdetail', 3, 'placementdetailtableid', 'PL01'],
      ['orphan-record', 'senneed', 4, 'activeplanstableid', 'AP99'],
    ]);
    expect(describeFinding(read.findings[1]!)).toBe(
      '4b plan detail: there is no plandetail file (Blade-Export_DD-MM-YYYY_plandetail.csv): a Blade export has nine files',
    );
  });

  it('needs exactly one header row', () => {
    const written = files();
    const header = [...written.keys()].find((n) => n.endsWith('_sen2.csv'))!;
    const text = written.get(header)!;
    written.set(header, text + text.split('\r\n')[1]!.replace(/^1,/, '2,') + '\r\n');
    const read = readBladeExport(written);
    expect(read.data).toBeNull();
    expect(read.findings.map((f) => f.kind)).toEqual(['bad-header']);
  });

  it('reads the files from a zip of the export folder, and refuses a zip that inflates too far', () => {
    const entries = Object.fromEntries([...files()].map(([name, text]) => [`export/${name}`, strToU8(text)]));
    const unzipped = bladeFilesFromZip(zipSync(entries));
    expect(unzipped.ok && readBladeExport(unzipped.files).findings).toEqual([]);
    const bomb = zipSync({ 'x_sen2.csv': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const refused = bladeFilesFromZip(bomb);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(
      /^The zip is refused: x_sen2\.csv would inflate \d+ times its size/,
    );
    expect(bladeFilesFromZip(strToU8('not a zip'))).toMatchObject({ ok: false });
  });
});
