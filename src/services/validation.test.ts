import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from './errors';
import { labelled } from './fieldLabels';
import { amountInPounds, count, emailAddress, ehcpCount, population, text } from './fields';
import { parseInput } from './validation';

function refusal(schema: z.ZodType, input: unknown): ValidationError {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseInput: the council’s words, the field named', () => {
  const run = z
    .object({
      simulations: count('simulations', { min: 1, max: 20_000 }).default(1000),
      seed: labelled(z.number().int().min(0), 'the seed').default(0),
      mode: z.enum(['default', 'witan']).default('default'),
    })
    .strict();

  it('says what to enter instead of zod’s "Too big"', () => {
    const error = refusal(run, { simulations: 30_000 });
    expect(error.message).toBe('Enter at most 20,000 simulations.');
    expect(error.field).toBe('simulations');
    expect(refusal(run, { simulations: 2.5 }).message).toBe('Enter a whole number of simulations.');
    expect(refusal(run, { simulations: 0 }).message).toBe('Enter 1 or more simulations.');
    expect(refusal(run, { seed: -1 }).message).toBe('The seed must be 0 or more.');
    expect(refusal(run, { seed: '7' }).message).toBe("The seed must be a number, not '7'.");
  });

  it('names an amount by its year when it is missing', () => {
    const amounts = z.object({ amounts: z.record(z.string(), labelled(z.number(), 'the amount')) });
    const error = refusal(amounts, { amounts: { '2022-23': null } });
    expect(error.message).toBe('Enter the amount for 2022-23.');
    expect(error.field).toBe('amounts.2022-23');
    const unlabelled = z.object({ amounts: z.record(z.string(), z.number()) });
    expect(refusal(unlabelled, { amounts: { '2022-23': null } }).message).toBe(
      'Enter the amounts for 2022-23.',
    );
  });

  it('lists choices, unknown fields, and every problem', () => {
    expect(refusal(run, { mode: 'fast' }).message).toBe(
      "The mode must be one of default or witan, not 'fast'.",
    );
    expect(refusal(run, { speed: 1 }).message).toBe(
      "'speed' is not a field that highneeds knows: remove it.",
    );
    const error = refusal(run, { simulations: 0, seed: -1 });
    expect(error.problems).toEqual(['Enter 1 or more simulations.', 'The seed must be 0 or more.']);
  });

  it('names fields inside lists by item', () => {
    const agreement = z.object({ conditions: z.array(z.object({ title: text('the title') })) });
    const error = refusal(agreement, { conditions: [{ title: 'ok' }, { title: '' }] });
    expect(error.message).toBe('Enter the title.');
    expect(error.field).toBe('conditions.1.title');
    const plain = z.object({ conditions: z.array(z.object({ title: z.string() })) });
    expect(refusal(plain, { conditions: [{ title: 'ok' }, {}] }).message).toBe(
      'Enter the title in item 2 of the conditions.',
    );
  });

  it('keeps a schema’s own words, with the field in front of a fragment', () => {
    const schema = z.object({ email: z.string().email('must be an email address') });
    expect(refusal(schema, { email: 'x' }).message).toBe('The email must be an email address.');
  });
});

describe('control characters are refused in every field, named', () => {
  const version = z.object({
    name: text('the version name'),
    description: text('the description', { multiline: true, required: false, max: 5000 }),
  });

  it('refuses NUL in a labelled text field', () => {
    const error = refusal(version, { name: 'Draft\u0000', description: '' });
    expect(error.message).toBe(
      'The version name holds a NUL (U+0000) at character 6, which is not allowed: remove it.',
    );
    expect(error.field).toBe('name');
  });

  it('refuses NUL even in a field whose schema forgot (z.unknown, records, keys)', () => {
    const loose = z.object({ options: z.record(z.string(), z.unknown()) });
    expect(refusal(loose, { options: { scenario: { label: 'a\u0000' } } }).message).toBe(
      'The label holds a NUL (U+0000) at character 2, which is not allowed: remove it.',
    );
    expect(refusal(loose, { options: { 'bad\u0000key': 1 } }).field).toBe('options.bad\u0000key');
  });

  it('lets a narrative have line breaks but not a name', () => {
    expect(parseInput(version, { name: 'Draft', description: 'one\ntwo\tthree' }).description).toBe(
      'one\ntwo\tthree',
    );
    expect(refusal(version, { name: 'Dr\naft', description: '' }).message).toBe(
      'The version name holds a line break (U+000A) at character 3, which is not allowed: remove it.',
    );
  });
});

describe('shared number fields keep to sane bounds', () => {
  it('refuses EHCP counts of -5, 2.5 and 1e308, and populations of 1e308', () => {
    const schema = z.object({ ehcps: ehcpCount(), population: population() });
    expect(refusal(schema, { ehcps: -5, population: 1 }).message).toBe(
      'The number of EHCPs must be 0 or more.',
    );
    expect(refusal(schema, { ehcps: 2.5, population: 1 }).message).toBe(
      'The number of EHCPs must be a whole number.',
    );
    expect(refusal(schema, { ehcps: 1e308, population: 1 }).message).toBe(
      'The number of EHCPs must be 10,000,000 or less.',
    );
    expect(refusal(schema, { ehcps: 1, population: 1e308 }).message).toBe(
      'The population must be 100,000,000 or less.',
    );
  });

  it('takes pounds as pence within ten billion', () => {
    const schema = z.object({ total: amountInPounds('the total funding') });
    expect(parseInput(schema, { total: 1234.56 }).total).toBe(123_456);
    expect(refusal(schema, { total: 1e308 }).message).toBe(
      'The total funding must be 10,000,000,000 or less.',
    );
    expect(refusal(schema, { total: 1.001 }).message).toBe(
      'The total funding must have at most 2 decimal places.',
    );
  });

  it('reads an email address in lower case and refuses one that is not', () => {
    const schema = z.object({ email: emailAddress() });
    expect(parseInput(schema, { email: ' Finance@Kingston.Example ' }).email).toBe(
      'finance@kingston.example',
    );
    expect(refusal(schema, { email: 'finance' }).message).toBe(
      'Enter the email address in the form name@council.gov.uk.',
    );
    expect(refusal(schema, { email: 'fin\u0000ance@x.example' }).message).toMatch(
      /^The email address holds a NUL/,
    );
  });
});
