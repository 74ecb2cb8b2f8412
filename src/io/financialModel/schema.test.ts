import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineKinds } from '../../core/finance';
import { kingstonDemoDir, kingstonPlanFiles } from './demoFiles';
import { readPlanJson } from './readPlanJson';

const schema = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../../docs/formats/financial-model.schema.json'),
    'utf8',
  ),
) as {
  properties: {
    lines: {
      items: { properties: { kind: { enum: string[] }; links: { properties: Record<string, unknown> } } };
    };
  };
};

describe('docs/formats/financial-model.schema.json', () => {
  it('lists exactly the line kinds the reader accepts', () => {
    expect(schema.properties.lines.items.properties.kind.enum).toEqual([...lineKinds]);
  });
  it('lists exactly the links the reader accepts', () => {
    const links = Object.keys(schema.properties.lines.items.properties.links.properties);
    const line = (key: string) => ({
      council: '1',
      version: 'v',
      years: ['2021-22'],
      opening: { cumulativeDeficit: 0 },
      lines: [{ kind: 'saving', label: 'x', links: { [key]: 'a' }, amounts: {} }],
    });
    for (const key of links) expect(readPlanJson(line(key)).ok, key).toBe(true);
    expect(readPlanJson(line('colour')).ok).toBe(false);
  });
  it('every demo plan file reads without a problem', () => {
    const files = Object.values(kingstonPlanFiles).map((name) => `${name}.json`);
    for (const f of files)
      expect(readPlanJson(JSON.parse(fs.readFileSync(path.join(kingstonDemoDir, f), 'utf8'))).ok, f).toBe(
        true,
      );
  });
});

describe('readPlanJson', () => {
  const base = {
    council: '314',
    version: 'v',
    years: ['2021/22', '2022-2023'],
    opening: { cumulativeDeficit: '£1,000' },
    lines: [] as unknown[],
  };
  it('reads tolerant year and amount forms into standard years and pence', () => {
    const result = readPlanJson({
      ...base,
      lines: [
        { kind: 'blockTransfer', label: 'Out', amounts: { '2021-22': '(1,246,610)', '2022-23': 0.29 } },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        years: ['2021-22', '2022-23'],
        opening: { cumulativeDeficit: 100_000 },
        lines: [{ id: 'L1', amounts: { '2021-22': -124_661_000, '2022-23': 29 } }],
      },
    });
  });
  it('names each bad value with its path', () => {
    const result = readPlanJson({
      ...base,
      extra: 1,
      lines: [{ kind: 'saving', label: 'x', amounts: { '2021-22': 1.234, '2030-31': 1 } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'lines[0].amounts.2021-22',
      'lines[0].amounts.2030-31',
      'extra',
    ]);
    expect(result.errors[0]!.message).toBe("'1.234' is not an amount in pounds (at most 2 decimal places)");
  });
});
