// The check the role and layout tests make on every page's text: internal notes are found, plain words pass.
import { describe, expect, it } from 'vitest';
import { internalNotes } from './rolePages.ts';

describe('internalNotes', () => {
  it('finds seed references, field names, ".0" counts and amounts without £', () => {
    expect(internalNotes('Published (seed 004, key point G).')).toHaveLength(1);
    expect(internalNotes('the model figure resourcedProvision of the plan')).toHaveLength(1);
    expect(internalNotes('1552.0 EHCPs')).toHaveLength(1);
    expect(internalNotes('Change -111,000')).toHaveLength(1);
    expect(internalNotes('KPI 6 (RAG set by the council: ceased plans)')).toHaveLength(1);
  });

  it('passes what a finance officer reads', () => {
    expect(
      internalNotes(
        'Change -£111,000 or −£75,000; 1,552 EHCPs; 26.37%; 21.0%; -72 ceased; witan.send, as published; iPad; 2021-22; £25.9m',
      ),
    ).toEqual([]);
  });
});
