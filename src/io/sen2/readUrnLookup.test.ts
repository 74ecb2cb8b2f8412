import { describe, expect, it } from 'vitest';
import { twelveChildrenLookupCsv } from './testing/twelveChildren';
import { readUrnLookup, writeUrnLookup } from './readUrnLookup';

describe('the URN lookup file', () => {
  it('reads URNs and UKPRNs with their setting types, and writes them back the same', () => {
    const read = readUrnLookup(twelveChildrenLookupCsv);
    expect(read).toEqual({
      ok: true,
      data: [
        {
          key: '100003',
          keyKind: 'urn',
          settingType: 'special_academy_free',
          name: 'Made-up Special Academy',
        },
        {
          key: '10000004',
          keyKind: 'ukprn',
          settingType: 'general_fe_tertiary_colleges',
          name: 'Made-up College',
        },
        {
          key: '100005',
          keyKind: 'urn',
          settingType: 'special_independent',
          name: 'Made-up Independent Special School',
        },
      ],
    });
    expect(read.ok && readUrnLookup(writeUrnLookup(read.data))).toEqual(read);
  });

  it('takes a setting type by its label too', () => {
    const read = readUrnLookup('urn,setting_type\n123456,Independent special school\n');
    expect(read.ok && read.data[0]!.settingType).toBe('special_independent');
  });

  it('lists every problem with its row and column', () => {
    const read = readUrnLookup(
      [
        'urn,ukprn,setting_type,name',
        '12345,,special_independent,',
        ',,special_independent,',
        '123456,,castle,',
        '123456,,special_independent,',
      ].join('\n'),
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'urn', value: '12345', message: 'is not a URN (6 digits)' },
        { row: 3, column: 'urn', value: '', message: 'give a URN or a UKPRN' },
        {
          row: 4,
          column: 'setting_type',
          value: 'castle',
          message:
            'is not a setting type: use a code or label of docs/formats/placements.md (e.g. special_academy_free)',
        },
      ],
    });
  });

  it('refuses the same URN twice', () => {
    const read = readUrnLookup('urn,setting_type\n123456,neet\n123456,neet\n');
    expect(read).toEqual({
      ok: false,
      errors: [{ row: 3, column: 'urn', value: '123456', message: 'is also on row 2' }],
    });
  });
});
