import { describe, expect, it } from 'vitest';
import { addMonths, cadenceText, nextMeeting } from './cycle';
import { isOverdue, overdueItems, trackerSummary } from './items';

describe('the meeting cycle', () => {
  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2021-05-19', 2)).toBe('2021-07-19');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2021-11-10', -6)).toBe('2021-05-10');
  });

  it('writes the cadence in words', () => {
    expect([1, 2, 3, 6, 12, null].map(cadenceText)).toEqual([
      'monthly',
      'every 2 months',
      'quarterly',
      'every 6 months',
      'annually',
      'as needed',
    ]);
  });

  const board = { id: 1, cadenceMonths: 2 };
  it('takes the next planned meeting on or after today', () => {
    const meetings = [
      { id: 10, bodyId: 1, meetsOn: '2021-05-19', status: 'held' as const },
      { id: 11, bodyId: 1, meetsOn: '2021-07-21', status: 'planned' as const },
    ];
    expect(nextMeeting(board, meetings, '2021-06-18')).toEqual({
      bodyId: 1,
      meetsOn: '2021-07-21',
      basis: 'planned',
      meetingId: 11,
    });
  });

  it('without a planned one, counts the cadence on from the last meeting held (the partnership board every two months)', () => {
    const meetings = [
      { id: 10, bodyId: 1, meetsOn: '2021-03-17', status: 'held' as const },
      { id: 12, bodyId: 1, meetsOn: '2021-07-01', status: 'cancelled' as const },
    ];
    expect(nextMeeting(board, meetings, '2021-06-18')?.meetsOn).toBe('2021-07-17');
    expect(nextMeeting({ id: 1, cadenceMonths: null }, meetings, '2021-06-18')).toBeNull();
    expect(nextMeeting(board, [], '2021-06-18')).toBeNull();
  });
});

describe('the tracker', () => {
  const items = [
    { status: 'open' as const, dueOn: '2021-06-30' },
    { status: 'inProgress' as const, dueOn: '2021-05-31' },
    { status: 'open' as const, dueOn: '2021-06-18' },
    { status: 'done' as const, dueOn: '2021-04-30' },
    { status: 'open' as const, dueOn: null },
  ];

  it('counts an outstanding entry past its due date as overdue; due today, done or undated is not', () => {
    expect(items.map((i) => isOverdue(i, '2021-06-18'))).toEqual([false, true, false, false, false]);
    expect(overdueItems(items, '2021-07-01').map((i) => i.dueOn)).toEqual([
      '2021-05-31',
      '2021-06-18',
      '2021-06-30',
    ]);
  });

  it('summarises the statuses', () => {
    expect(trackerSummary(items, '2021-06-18')).toEqual({
      open: 3,
      inProgress: 1,
      done: 1,
      closed: 0,
      overdue: 1,
    });
  });
});
