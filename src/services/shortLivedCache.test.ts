import { describe, expect, it } from 'vitest';
import { ShortLivedCache } from './shortLivedCache';

describe('ShortLivedCache', () => {
  const database = {};
  let now = 0;
  let loads = 0;
  const load = (value: string) => () => {
    loads += 1;
    return Promise.resolve(value);
  };

  it('shares one lookup between requests in flight and for two seconds, then asks again', async () => {
    const cache = new ShortLivedCache<string>(() => now);
    now = 0;
    loads = 0;
    const [a, b] = await Promise.all([
      cache.get(database, 'k', load('one')),
      cache.get(database, 'k', load('two')),
    ]);
    expect([a, b, loads]).toEqual(['one', 'one', 1]);
    now = 1_999;
    expect(await cache.get(database, 'k', load('three'))).toBe('one');
    now = 2_000;
    expect(await cache.get(database, 'k', load('four'))).toBe('four');
    expect(loads).toBe(2);
  });

  it('forgets everything when told of a change, and keeps each database apart', async () => {
    const cache = new ShortLivedCache<string>(() => now);
    now = 0;
    await cache.get(database, 'k', load('before'));
    expect(await cache.get({}, 'k', load('other database'))).toBe('other database');
    cache.clear();
    expect(await cache.get(database, 'k', load('after'))).toBe('after');
  });

  it('does not keep a failed lookup', async () => {
    const cache = new ShortLivedCache<string>(() => now);
    now = 0;
    await expect(cache.get(database, 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get(database, 'k', load('back'))).toBe('back');
  });
});
