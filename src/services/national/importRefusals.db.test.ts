import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../io/dfe/testdata/syntheticFiles';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { importNationalFile, NationalFileError } from './importNationalData';
import { listNationalReleases } from './nationalReleases';

// Issue 16: bad figures and broken CSVs are refused with the file, row, column and value named, and
// nothing of the file is stored (the release list stays as it was).

const cli: Actor = { kind: 'system', label: 'command line (tester)' };
let t: TestContext;
beforeAll(async () => {
  t = await openTestContext();
});
afterAll(async () => t.database.close());

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (s: string) => new TextEncoder().encode(s);

async function refusal(name: string, bytes: Uint8Array): Promise<NationalFileError> {
  try {
    await importNationalFile(t.ctx, cli, { name, bytes });
  } catch (error) {
    if (error instanceof NationalFileError) return error;
    throw error;
  }
  throw new Error(`${name} was imported`);
}

async function stored() {
  const values = await t.ctx.db
    .selectFrom('national_values')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { releases: (await listNationalReleases(t.ctx, cli)).length, values: Number(values.n) };
}

describe('the national importer refuses figures no release publishes', () => {
  // Kingston's January 2025 caseload (232, line 5 of the synthetic caseload.csv) replaced by each value.
  const caseload = text(fixtureBytes('ehcp2025', 'caseload.csv'));
  const kingston2025 = (value: string) =>
    encode(
      caseload.replace(
        'Kingston upon Thames,All EHC plans,All EHC plans,232,',
        `Kingston upon Thames,All EHC plans,All EHC plans,${value},`,
      ),
    );

  it.each([
    ['-5', 'must be 0 or more'],
    ['2.5', 'must be a whole number'],
    ['1e308', 'must be 10,000,000 or less'],
  ])('an EHCP count of %s', async (value, problem) => {
    const before = await stored();
    const error = await refusal('caseload.csv', kingston2025(value));
    expect(error.message).toBe(
      `caseload.csv was not imported: caseload.csv row 5, column \`ehcplans\`: '${String(Number(value))}': is not a count the DfE publishes: it ${problem}`,
    );
    expect(await stored()).toEqual(before);
  });

  it('imports the same file with a real count (the refusals above were the values, not the file)', async () => {
    const outcome = await importNationalFile(t.ctx, cli, {
      name: 'caseload.csv',
      bytes: kingston2025('232'),
    });
    expect(outcome.status).toBe('imported');
  });
});

describe('the national importer reads or refuses a neighbours CSV plainly', () => {
  const neighbours = text(fixtureBytes('neighbours-synthetic.csv')).replace(/^\uFEFF/, '');

  it('names the file, line and problem of a file cut in half inside a quoted name', async () => {
    const cut = neighbours.slice(0, neighbours.indexOf('"Kingston Upon Hull') + 10);
    const before = await stored();
    const error = await refusal('statistical-neighbours.csv', encode(cut));
    expect(error.message).toBe(
      'statistical-neighbours.csv was not imported: statistical-neighbours.csv row 4: has a quote (") that is never closed: the file may be cut short, or a cell holds an odd number of quotes',
    );
    expect(await stored()).toEqual(before);
  });

  it('names a name cut short at a line end', async () => {
    const cut = neighbours.slice(0, neighbours.indexOf('Bath and North') + 8);
    const error = await refusal('statistical-neighbours.csv', encode(cut));
    expect(error.message).toMatch(
      /^statistical-neighbours\.csv was not imported: statistical-neighbours\.csv row 2, column `Bristol, City of`: 'Bath and': is not a known LA name/,
    );
  });

  it('reads a file Excel saved as UTF-16 with a byte-order mark, and refuses one without', async () => {
    const utf16 = (withMark: boolean) => {
      const body = Buffer.from(neighbours, 'utf16le');
      return new Uint8Array(withMark ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
    };
    const error = await refusal('neighbours-utf16.csv', utf16(false));
    expect(error.message).toBe(
      'neighbours-utf16.csv was not imported: neighbours-utf16.csv: is UTF-16 text without a byte-order mark, which cannot be read reliably: save it from Excel as "CSV UTF-8 (Comma delimited)"',
    );
    const outcome = await importNationalFile(t.ctx, cli, {
      name: 'neighbours-utf16.csv',
      bytes: utf16(true),
    });
    expect(outcome).toMatchObject({ status: 'imported', publication: 'statistical-neighbours' });
  });

  it('refuses a NUL inside a CSV cell, naming its line and column', async () => {
    const error = await refusal(
      'statistical-neighbours.csv',
      encode(neighbours.replace('Bromley,Bromley', 'Bromley,Brom\u0000ley')),
    );
    expect(error.message).toBe(
      'statistical-neighbours.csv was not imported: statistical-neighbours.csv row 4, column `Sutton`: holds a NUL (U+0000) at character 5, which is not allowed: remove it',
    );
  });
});
