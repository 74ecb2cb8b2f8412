import { describe, expect, it } from 'vitest';
import { readScenario } from './readScenario';

describe('readScenario', () => {
  it('reads a scenario file', () => {
    const text = JSON.stringify({
      name: 'Fewer leavers',
      changes: [{ type: 'multiply-rate', transition: 'leavers', factor: 0.8 }],
    });
    expect(readScenario(text)).toEqual({ ok: true, data: JSON.parse(text) as unknown });
  });
  it('says when the file is not JSON, and where a change is wrong', () => {
    const notJson = readScenario('{"name": "x",');
    expect(notJson.ok || notJson.errors[0]!.message).toMatch(/^not readable as JSON: /);
    const wrong = readScenario(
      JSON.stringify({
        name: 'x',
        changes: [{ type: 'redirect', what: 'pupils', from: 'A', to: 'B', share: 0.5, fromYear: 2020 }],
      }),
    );
    expect(wrong).toEqual({
      ok: false,
      errors: [
        {
          row: 0,
          column: 'changes[0].what',
          value: '',
          message: 'must be "joiners" or "movers" or "placements", not "pupils"',
        },
      ],
    });
  });
});
