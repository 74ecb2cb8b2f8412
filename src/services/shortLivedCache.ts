// A cache of database lookups that every request repeats (who the session belongs to, the councils),
// kept for two seconds and shared by requests in flight at the same time: under 200 concurrent requests
// one lookup serves them all instead of each waiting its turn at the database. A write in this process
// that changes what is cached clears it at once; another process (several servers on one PostgreSQL)
// sees the change within the two seconds (docs/security.md, "Speed").

const TTL_MS = 2_000;

interface Entry<V> {
  at: number;
  generation: number;
  value: Promise<V>;
}

/** Lookups by key, per database (each test's database has its own), fresh for TTL_MS. */
export class ShortLivedCache<V> {
  private readonly byDatabase = new WeakMap<object, Map<string, Entry<V>>>();
  private generation = 0;

  /** `clock` in milliseconds; tests pass their own. */
  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** The cached value, or `load`'s (shared with any lookup of the same key already in flight). */
  get(database: object, key: string, load: () => Promise<V>): Promise<V> {
    let entries = this.byDatabase.get(database);
    if (!entries) this.byDatabase.set(database, (entries = new Map<string, Entry<V>>()));
    const now = this.clock();
    const hit = entries.get(key);
    if (hit && hit.generation === this.generation && now - hit.at < TTL_MS) return hit.value;
    const value = load();
    const entry = { at: now, generation: this.generation, value };
    entries.set(key, entry);
    // A failed lookup is not kept: the next request asks again.
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    if (entries.size > 10_000) for (const [k, e] of entries) if (now - e.at >= TTL_MS) entries.delete(k);
    return value;
  }

  /** Forgets everything: call after a write that changes what is cached. */
  clear(): void {
    this.generation += 1;
  }
}
