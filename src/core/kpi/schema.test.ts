import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFigures } from './definition';

type Schema = {
  $defs: {
    kpi: { properties: { unit: { enum: string[] }; direction: { enum: string[] } } };
    source: { properties: { figure: { enum: string[] } } };
  };
};
const schema = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/formats/kpis.schema.json'), 'utf8'),
) as Schema;

describe('docs/formats/kpis.schema.json', () => {
  it('lists exactly the units, directions and model figures the reader accepts', () => {
    expect(schema.$defs.kpi.properties.unit.enum).toEqual(['count', 'percent', 'money']);
    expect(schema.$defs.kpi.properties.direction.enum).toEqual(['lower', 'higher', 'closeToTarget']);
    expect(schema.$defs.source.properties.figure.enum).toEqual([...modelFigures]);
  });
});
