// Randomness is injected: src/core never creates a generator of its own, so a run is reproducible
// from its seed and the engine stays free of package imports (the core boundary rule).

/** A source of uniform random numbers on the open interval (0, 1). */
export interface Rng {
  /** A uniform draw in (0, 1): never exactly 0 or 1, so log(u) and 1/u are always finite. */
  uniform(): number;
}

/**
 * The shape of a jumpable 32-bit generator such as pure-rand's `xoroshiro128plus(seed)`: `unsafeNext`
 * returns 32 random bits as a signed integer, `unsafeJump` advances by 2^64 draws in place.
 */
export interface JumpableGenerator {
  clone(): JumpableGenerator;
  unsafeNext(): number;
  unsafeJump?: () => void;
}

const TWO_POW_26 = 67108864;
const TWO_POW_52 = 4503599627370496;

class GeneratorRng implements Rng {
  constructor(private readonly generator: JumpableGenerator) {}

  uniform(): number {
    // 26 high bits from each of two draws (the low bits of xoroshiro128+ are its weakest); the +0.5
    // centres the value in its 2^-52 bin, which keeps it strictly inside (0, 1) and is exact.
    const high = this.generator.unsafeNext() >>> 6;
    const low = this.generator.unsafeNext() >>> 6;
    return (high * TWO_POW_26 + low + 0.5) / TWO_POW_52;
  }
}

/** Wraps a generator (used as is, not cloned) as an Rng. */
export function rngFromGenerator(generator: JumpableGenerator): Rng {
  return new GeneratorRng(generator);
}

/**
 * One independent stream per simulation: stream i is the base generator jumped i times (2^64 draws
 * apart, so streams never overlap). A simulation's draws depend only on the seed and its index, never on
 * how simulations are split into chunks or threads.
 */
export function simulationStreams(base: JumpableGenerator): (simulation: number) => Rng {
  if (!base.unsafeJump)
    throw new TypeError('simulationStreams needs a jumpable generator (e.g. xoroshiro128plus)');
  // Remember the last stream's start so running simulations in order costs one jump each.
  let cursor = base.clone();
  let cursorIndex = 0;
  return (simulation: number): Rng => {
    if (!Number.isSafeInteger(simulation) || simulation < 0)
      throw new RangeError(`simulation ${String(simulation)} is not an index`);
    if (simulation < cursorIndex) {
      cursor = base.clone();
      cursorIndex = 0;
    }
    while (cursorIndex < simulation) {
      cursor.unsafeJump?.();
      cursorIndex += 1;
    }
    return new GeneratorRng(cursor.clone());
  };
}
