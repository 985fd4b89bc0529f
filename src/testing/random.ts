/**
 * A small seeded pseudo-random number generator for tests and synthetic data: the same seed
 * gives the same sequence on every platform, with no `Math.random`, no clock and no global state.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";

/**
 * A seeded source of pseudo-random numbers (sfc32, 128-bit state). Each value returned by
 * {@link createRandom} has its own state; calling its methods advances only that state.
 *
 * @example
 * ```ts
 * const r: Random = createRandom(2024);
 * const x = r.next();
 * x >= 0 && x < 1; //=> true
 * ```
 */
export interface Random {
  /**
   * The next number in `[0, 1)`, with 32 bits of randomness.
   *
   * @example
   * ```ts
   * createRandom(1).next() === createRandom(1).next(); //=> true
   * ```
   */
  next(): number;
  /**
   * An integer in `[min, max]` (both inclusive). `min` and `max` must be integers with
   * `min <= max` and `max - min < 2 ** 32`.
   *
   * @example
   * ```ts
   * const r = createRandom(7);
   * const n = r.int(1, 6);
   * n >= 1 && n <= 6; //=> true
   * ```
   */
  int(min: number, max: number): number;
  /**
   * `true` with probability `p` (`p <= 0` never, `p >= 1` always).
   *
   * @example
   * ```ts
   * createRandom(3).chance(1); //=> true
   * ```
   */
  chance(p: number): boolean;
  /**
   * One element of a non-empty array, uniformly.
   *
   * @throws {GrassrootsError} `invalid-argument` when `items` is empty.
   * @example
   * ```ts
   * createRandom(5).pick(["Thái", "Mông", "Dao"]) !== undefined; //=> true
   * ```
   */
  pick<T>(items: readonly T[]): T;
  /**
   * A new, independent generator seeded from this one (advances this one by four draws).
   *
   * @example
   * ```ts
   * createRandom(9).fork().next() === createRandom(9).fork().next(); //=> true
   * ```
   */
  fork(): Random;
}

/** splitmix32: spreads a 32-bit seed over the sfc32 state words. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [s, z >>> 0];
}

function fromState(a0: number, b0: number, c0: number, d0: number): Random {
  let a = a0 | 0;
  let b = b0 | 0;
  let c = c0 | 0;
  let d = d0 | 0;
  function nextUint32(): number {
    // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator).
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  function next(): number {
    return nextUint32() / 4294967296;
  }
  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p: number): boolean {
      return next() < p;
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new GrassrootsError("invalid-argument", "pick: the array is empty");
      return items[Math.floor(next() * items.length)] as T;
    },
    fork(): Random {
      return fromState(nextUint32(), nextUint32(), nextUint32(), nextUint32());
    },
  };
}

/**
 * Creates a seeded generator. The same `seed` always gives the same sequence, independent of
 * the platform, the clock and the time zone. Any safe integer is a valid seed (negative ones
 * too); both 32-bit halves of it are used.
 *
 * @param seed - A safe integer.
 * @returns A fresh {@link Random}.
 * @throws {GrassrootsError} `invalid-argument` when `seed` is not a safe integer.
 * @example
 * ```ts
 * const a = createRandom(42);
 * const b = createRandom(42);
 * a.int(1, 100) === b.int(1, 100); //=> true
 * createRandom(42).next() === createRandom(43).next(); //=> false
 * ```
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new GrassrootsError("invalid-argument", `createRandom: the seed must be a safe integer, got ${String(seed)}`);
  }
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  let [s, a] = splitmix32(low ^ 0x5bd1e995);
  let b: number;
  let c: number;
  let d: number;
  [s, b] = splitmix32(s ^ high);
  [s, c] = splitmix32(s);
  [, d] = splitmix32(s);
  const r = fromState(a, b, c, d);
  // Discard the first outputs: sfc32 needs a few rounds to mix a fresh state.
  for (let i = 0; i < 12; i++) r.next();
  return r;
}
