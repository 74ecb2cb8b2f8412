import { describe, expect, it } from 'vitest';
import { actionLabel, changedFields, entityLabel, fieldLabel, recordLabel } from './auditChanges.ts';

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
      { field: 'Role', before: null, after: 'Council administrator' },
    ]);
    expect(changedFields({ role: 'admin' }, null)).toEqual([
      { field: 'Role', before: 'Council administrator', after: null },
    ]);
  });

  it('compares values that are not records as a whole', () => {
    expect(changedFields(3, 4)).toEqual([{ field: '', before: '3', after: '4' }]);
    expect(changedFields([1], [1])).toEqual([]);
  });
});

describe('audit entries in words', () => {
  it('writes amounts as money, in the unit each record keeps them in', () => {
    expect(changedFields({ amount: 268968.81 }, { amount: 270000 }, 'plan-line-amount')).toEqual([
      { field: 'Amount', before: '£268,968.81', after: '£270,000' },
    ]);
    expect(changedFields({ received: null }, { received: 26_896_881 }, 'safety-valve-payment')).toEqual([
      { field: 'Received', before: '—', after: '£268,968.81' },
    ]);
  });

  it('writes dates as dates and lists as counts, never as code', () => {
    expect(
      changedFields(null, { dataDate: '2021-05-31', risks: [{ risk: 'x' }, { risk: 'y' }] }, 'x'),
    ).toEqual([
      { field: 'Data date', before: null, after: '31 May 2021' },
      { field: 'Risks', before: null, after: '2 entries' },
    ]);
    expect(changedFields(null, { amber: { absolute: 5_000_000 } }, 'variance-tolerance')).toEqual([
      { field: 'Amber', before: null, after: 'Absolute: £50,000' },
    ]);
  });

  it('writes years as years, periods as officers write them, and roles by name', () => {
    expect(
      changedFields(null, { seedYear: 2021, period: '2021-22-Q1', kpiPeriod: '2021-05', role: 'dcs' }, 'x'),
    ).toEqual([
      { field: 'Seed year', before: null, after: '2021' },
      { field: 'Period', before: null, after: 'Q1 2021-22' },
      { field: 'KPI period', before: null, after: 'May 2021' },
      { field: 'Role', before: null, after: 'Director of Children’s Services (signs returns)' },
    ]);
    expect(changedFields(null, { ehcpKpis: ['1', '3'] }, 'x')[0]?.field).toBe('EHCP KPIs');
    expect(changedFields(null, { byCategory: { post16: 24, hospitalAp: 6 } }, 'x')[0]?.after).toBe(
      'Post 16: 24; Hospital schools or alternative provision: 6',
    );
  });

  it('names actions and records', () => {
    expect(`${actionLabel('update')} ${entityLabel('plan-line-amount')}`).toBe('Changed a plan amount');
    expect(actionLabel('sign-off')).toBe('Signed off');
    expect(entityLabel('something-new')).toBe('something new');
  });
});

describe('recordLabel', () => {
  it('names the record in words, and leaves out the council code of records kept once per council', () => {
    expect(recordLabel('placement-snapshot', '2021-05-31')).toBe('as at 31 May 2021');
    expect(recordLabel('safety-valve-return', '2021-22-Q1')).toBe('Q1 2021-22');
    expect(recordLabel('forecast-run', '3')).toBe('number 3');
    expect(recordLabel('plan-version', 'Latest forecast, May 2021')).toBe('Latest forecast, May 2021');
    expect(recordLabel('council', '314')).toBeNull();
    expect(recordLabel('variance-tolerance', '314')).toBeNull();
  });
});

describe('fieldLabel', () => {
  it('splits unknown names into words', () => {
    expect(fieldLabel('topUpRate')).toBe('Top up rate');
    expect(fieldLabel('entity_id')).toBe('Entity id');
  });
});
