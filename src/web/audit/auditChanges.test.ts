import { describe, expect, it } from 'vitest';
import { changedFields, fieldLabel } from './auditChanges.ts';

describe('changedFields', () => {
  it('lists only the fields that changed, by their labels', () => {
    expect(
      changedFields(
        { s151Officer: 'A. Smith', directorOfChildrensServices: 'B. Jones' },
        { s151Officer: 'C. Brown', directorOfChildrensServices: 'B. Jones' },
      ),
    ).toEqual([{ field: 'S151 officer', before: 'A. Smith', after: 'C. Brown' }]);
  });

  it('shows a cleared value as a dash', () => {
    expect(changedFields({ s151Officer: 'A. Smith' }, { s151Officer: null })).toEqual([
      { field: 'S151 officer', before: 'A. Smith', after: '—' },
    ]);
  });

  it('has no "before" for a created record and no "after" for a removed one', () => {
    expect(changedFields(null, { role: 'admin', note: null })).toEqual([
      { field: 'Role', before: null, after: 'admin' },
    ]);
    expect(changedFields({ role: 'admin' }, null)).toEqual([{ field: 'Role', before: 'admin', after: null }]);
  });

  it('compares values that are not records as a whole', () => {
    expect(changedFields(3, 4)).toEqual([{ field: '', before: '3', after: '4' }]);
    expect(changedFields([1], [1])).toEqual([]);
  });
});

describe('fieldLabel', () => {
  it('splits unknown names into words', () => {
    expect(fieldLabel('topUpRate')).toBe('Top up rate');
    expect(fieldLabel('entity_id')).toBe('Entity id');
  });
});
