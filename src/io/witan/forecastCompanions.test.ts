// The example scenario and setting->category mapping shipped in demo/forecast-companions are read
// against the witan.send demo (../shared) exactly as `forecast run --scenario --categories` reads them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { defaultOptions } from '../../core/forecast/forecastOptions';
import { readWitanFolder } from './readWitanFolder';

const DEMO = ['fixtures', 'witan-send-demo'];
const companions = path.resolve(import.meta.dirname, '..', '..', '..', 'demo', 'forecast-companions');

describe.skipIf(!sharedAvailable(...DEMO))(`demo/forecast-companions${needsShared(...DEMO)}`, () => {
  it('map every demo setting to a DfE placement category and give a scenario that names only demo settings', () => {
    const read = readWitanFolder(sharedPath(...DEMO), {
      joinerPopulationYear: defaultOptions.joinerPopulationYear,
      categories: path.join(companions, 'setting-categories.csv'),
      scenario: path.join(companions, 'new-special-school.json'),
    });
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    const settings = new Set(read.data.inputs.validSettings.map((s) => s.setting));
    expect(Object.keys(read.data.inputs.settingCategories ?? {}).sort()).toEqual([...settings].sort());
    expect(read.data.scenario?.changes.length).toBeGreaterThan(0);
  });
});
