import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { listForecastInputs } from './inputSets';
import { listForecastRuns, startForecastRun } from './runs';

// Issue 16: a run with options or a scenario the engine refuses is refused when it is submitted (400,
// the option named), never queued to fail later; nothing is stored.

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let inputSetId = 0;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  inputSetId = (await listForecastInputs(t.ctx, cli, '314'))[0]!.id;
});
afterAll(async () => t.database.close());

async function refusal(input: Record<string, unknown>): Promise<ValidationError> {
  try {
    await startForecastRun(t.ctx, cli, '314', { inputSetId, simulations: 10, ...input });
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('the run was accepted');
}

describe('forecast run options are checked at submission', () => {
  it('refuses an ageing-out mode the engine does not have, naming the option', async () => {
    const error = await refusal({ options: { ageingOut: 'no-such-mode' } });
    expect(error.message).toBe(
      "The ageing-out option must be one of silent-drop or explicit, not 'no-such-mode'.",
    );
    expect(error.field).toBe('options.ageingOut');
  });

  it('refuses options the engine does not know and values out of range', async () => {
    expect((await refusal({ options: { ageingOUT: 'explicit' } })).message).toBe(
      "'ageingOUT' is not a field of the options that highneeds knows: remove it.",
    );
    expect((await refusal({ options: { costInflation: 1e308 } })).message).toBe(
      'The yearly cost inflation (a fraction, 0.03 is 3%) must be 1 or less.',
    );
  });

  it('refuses a scenario that is not one, listing its problems', async () => {
    const error = await refusal({ scenario: { name: 'Growth', changes: [{ type: 'grow' }] } });
    expect(error.field).toBe('scenario');
    expect(error.message).toBe(
      'The scenario\'s changes[0].type must be "multiply-rate", "multiply-joiners", "redirect" or "cap", not "grow".',
    );
  });

  it('stored no run for any refusal', async () => {
    expect(await listForecastRuns(t.ctx, cli, '314')).toEqual([]);
  });
});
