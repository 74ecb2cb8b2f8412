import { describe, expect, it } from 'vitest';
import { atField, FieldError, fieldErrorOf, messageOf } from './fieldErrors.ts';

class ServerRefusal extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

describe('fieldErrorOf', () => {
  it('puts an error naming a field the form shows next to that field, in plain words', () => {
    expect(
      fieldErrorOf(new ServerRefusal('simulations: enter at most 20,000', 'simulations'), ['simulations']),
    ).toEqual({ fields: { simulations: 'Enter at most 20,000' } });
    expect(fieldErrorOf(new FieldError('label', 'Give the line a label.'), ['label'])).toEqual({
      fields: { label: 'Give the line a label.' },
    });
  });

  it('shows an error about a nested field at the field that holds it', () => {
    expect(
      fieldErrorOf(new ServerRefusal('links.workstream: too long', 'links.workstream'), ['links']),
    ).toEqual({ fields: { links: 'Too long' } });
  });

  it('keeps an error about a field the form does not show, or none, for the whole form', () => {
    expect(fieldErrorOf(new ServerRefusal('The return is locked.', 'status'), ['summary'])).toEqual({
      form: 'The return is locked.',
    });
    expect(fieldErrorOf(new ServerRefusal('3 problems', undefined, ['a', 'b', 'c']), [])).toEqual({
      form: '3 problems',
      problems: ['a', 'b', 'c'],
    });
    expect(fieldErrorOf('odd', [])).toEqual({ form: 'Something went wrong. Try again.' });
  });

  it('says anything thrown in words', () => {
    expect(messageOf(new Error('No council'))).toBe('No council');
    expect(atField('year', 'year: 2030-31 is not a year of the plan')).toBe(
      '2030-31 is not a year of the plan',
    );
  });
});
