import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, manyFiles, lyingBomb, overlappingBomb, zerosBomb } from './testing/bombs';
import { checkZipLimits, unzipWithLimits, zipNames } from './unzip';
import { ZipLimitError, ZipReadError } from './zipLimits';

const text = new TextEncoder();

function thrown(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('unzipWithLimits', () => {
  it('reads the wanted files of an ordinary zip and never inflates the rest', () => {
    const zip = zipSync({
      'inputs/costs.csv': text.encode('need,setting,cost\nASD,MSS,12000\n'),
      'inputs/notes.txt': text.encode('not wanted'),
    });
    expect(zipNames(zip, { file: 'inputs.zip' })).toEqual(['inputs/costs.csv', 'inputs/notes.txt']);
    const files = unzipWithLimits(zip, { file: 'inputs.zip', wanted: (n) => n.endsWith('.csv') });
    expect([...files.keys()]).toEqual(['inputs/costs.csv']);
    expect(new TextDecoder().decode(files.get('inputs/costs.csv'))).toBe(
      'need,setting,cost\nASD,MSS,12000\n',
    );
  });

  it('refuses a 400 MB bomb that declares its size, before inflating anything', () => {
    const bomb = zerosBomb(400);
    expect(bomb.length).toBeLessThan(1_000_000);
    const error = thrown(() => unzipWithLimits(bomb, { file: 'inputs.zip' }));
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as ZipLimitError).limit).toBe('size');
    expect(error.message).toBe(
      'inputs.zip says it unpacks to 400 MB; highneeds unpacks at most 256 MB from one file.',
    );
  });

  it('stops a bomb that stays under the size limit once it inflates 100 times its size', () => {
    const bomb = zerosBomb(200);
    const error = thrown(() => checkZipLimits(bomb, { file: 'register.xlsx' }));
    expect((error as ZipLimitError).limit).toBe('ratio');
    // Stopped a few MB past the 16 MB the ratio check waits for, not after 200 MB.
    expect(error.message).toMatch(/^register\.xlsx unpacks to more than 100 times its own size/);
    const inflated = Number(/\(\d+ kB to over ([\d.]+) MB\)/.exec(error.message)?.[1]);
    expect(inflated).toBeGreaterThan(16);
    expect(inflated).toBeLessThan(40);
  });

  it('stops a 1 GB bomb whose directory lies about its size at its first megabyte', () => {
    const error = thrown(() => unzipWithLimits(lyingBomb(1024), { file: 'release.zip' }));
    expect(error).toBeInstanceOf(ZipReadError);
    expect(error.message).toBe(
      'release.zip is not a zip file that can be read (transitions.csv is larger than its directory says).',
    );
  });

  it('refuses a few kB of overlapping entries that would unpack to 400 MB', () => {
    const bomb = overlappingBomb(400);
    expect(bomb.length).toBeLessThan(40_000);
    const error = thrown(() => checkZipLimits(bomb, { file: 'model.xlsx' }));
    expect((error as ZipLimitError).limit).toBe('size');
  });

  it('refuses more than 1,000 files before reading any', () => {
    const error = thrown(() => zipNames(manyFiles(1_001), { file: 'inputs.zip' }));
    expect((error as ZipLimitError).limit).toBe('entries');
    expect(error.message).toBe('inputs.zip holds 1001 files; highneeds opens zips of at most 1000 files.');
    expect(zipNames(manyFiles(1_000), { file: 'inputs.zip' })).toHaveLength(1_000);
  });

  it('reads sizes and offsets from a zip64 extra field', () => {
    const csv = text.encode('a,b\n1,2\n');
    const zip = buildZip(
      [
        { name: 'a.txt', data: text.encode('x'), method: 0, size: 1 },
        { name: 'b.csv', data: csv, method: 0, size: csv.length },
      ],
      { zip64: true },
    );
    const files = unzipWithLimits(zip, { file: 'z64.zip' });
    expect(new TextDecoder().decode(files.get('b.csv'))).toBe('a,b\n1,2\n');
  });

  it('says a file that is not a zip, or is cut short, cannot be read', () => {
    expect(thrown(() => zipNames(text.encode('name,cost\n'), { file: 'x.zip' })).message).toBe(
      'x.zip is not a zip file that can be read (no zip directory at its end).',
    );
    const zip = zipSync({ 'a.csv': text.encode('a,b\n'.repeat(1000)) });
    const cut = zip.slice(0, 40);
    expect(thrown(() => unzipWithLimits(cut, { file: 'x.zip' }))).toBeInstanceOf(ZipReadError);
  });
});
