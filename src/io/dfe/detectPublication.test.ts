import { describe, expect, it } from 'vitest';
import { readNationalFile } from './detectPublication';
import {
  allocationsOds,
  cumulativeBalanceXlsx,
  dsgByYearXlsx,
  fixtureBytes,
  hnBenchmarkingXlsx,
  release2022Zip,
  release2025Zip,
} from './testdata/syntheticFiles';

describe('readNationalFile', () => {
  it('recognises each publication from its content, whatever the file is called', async () => {
    const files: [Uint8Array, string, string][] = [
      [release2022Zip(), 'ehcp-statistics', '2022'],
      [release2025Zip(), 'ehcp-statistics', '2025'],
      [fixtureBytes('ehcp2025', 'caseload.csv'), 'ehcp-statistics', '2025'],
      [fixtureBytes('ehcp2025', 'tribunal.csv'), 'ehcp-statistics', '2021'],
      [await hnBenchmarkingXlsx(), 'hn-benchmarking', '2021-22'],
      [allocationsOds(), 'dsg-allocations', '2023-24'],
      [await dsgByYearXlsx(), 'dsg-by-year', '2020-21'],
      [await cumulativeBalanceXlsx(), 'dsg-cumulative-balance', '2020-21'],
      [fixtureBytes('neighbours-synthetic.csv'), 'statistical-neighbours', 'current'],
    ];
    for (const [bytes, publication, edition] of files) {
      const result = await readNationalFile('/tmp/renamed.bin', bytes);
      expect(result.ok ? [result.data.publication, result.data.edition] : result.errors).toEqual([
        publication,
        edition,
      ]);
    }
  });

  it('says what it expected of a file it does not know', async () => {
    const result = await readNationalFile(
      '/home/me/notes.csv',
      new TextEncoder().encode('name,amount\nfoo,1\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(
      /^This file is not a DfE file this product reads\. Expected one of: an EHCP statistics release zip/,
    );
    expect(result.errors[0]?.file).toBe('notes.csv');
  });
});
