import { parseScenario, type Scenario } from '../../core/forecast/scenario';
import type { ReadResult } from './csvTable';

// A scenario file is JSON (docs/formats/scenario.md). Problems are reported with their JSON path in the
// `column` field, so they print like a CSV error: "scenario.json, column `changes[1].share`: ...".

/** Reads a scenario's JSON text; every problem of shape is reported (names are checked against the model later). */
export function readScenario(text: string): ReadResult<Scenario> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        { row: 0, column: '', value: '', message: `not readable as JSON: ${(error as Error).message}` },
      ],
    };
  }
  const parsed = parseScenario(value);
  if (parsed.ok) return { ok: true, data: parsed.scenario };
  return {
    ok: false,
    errors: parsed.problems.map((problem) => ({
      row: 0,
      column: problem.path,
      value: '',
      message: problem.message,
    })),
  };
}
