// At most this share of the slots is used: with linear probing, adding a new id then looks at
// ~8.5 slots on average (136 bytes, two or three cache lines), and 6 M people take 2^23 slots,
// 2^24 array elements: 128 MiB in Node's builds (no pointer compression), against ~224 MiB for
// a Map of that size (computed from V8's OrderedHashMap layout, not measured).
const MAX_LOAD = 0.75;

/**
 * @internal The rows of a collection by id: a hash table with open addressing (linear probing)
 * over one array of small integers, each slot holding the row + 1 and the id's 30-bit hash,
 * next to the ids in row order.
 *
 * Why not a `Map<string, number>`: at national scale (6 M people) building one took 5.5-6 s on
 * the 2-core machine (a Map grows by rehashing into ever larger tables, and each entry is
 * reached through pointers), and this table ~1.7 s; a lookup in dataset order 1.9-2.1 s against
 * 1.3-1.5 s for 6 M ids. With the hash kept in the slot, a probe compares strings only when the
 * hashes are equal. parseDataset on the national dataset (22 M records), interleaved runs, CPU:
 * its reference checks 17.7-19.0 s with Maps → 10.3-13.6 s, the whole validation 34.0-37.0 s →
 * 25.7-32.6 s (median ~26 s).
 */
export class IdTable {
  /** The id of each row added (`undefined` for a row never added). */
  readonly ids: (string | undefined)[];
  private slots: number[];
  private mask: number;
  private count = 0;

  /** `expected`: about how many ids will be added (the table grows when it is exceeded). */
  constructor(expected: number) {
    this.ids = new Array<string | undefined>(Math.max(0, expected));
    let cap = 16;
    while (cap * MAX_LOAD < expected) cap *= 2;
    this.slots = newSlots(cap);
    this.mask = cap - 1;
  }

  /** How many ids the table holds. */
  get size(): number {
    return this.count;
  }

  /** The row of `id`, or -1 (also for anything but a string, which a caller from JavaScript may pass). */
  get(id: string): number {
    if (typeof id !== "string") return -1;
    const h = hashId(id);
    const s = this.slots;
    const m = this.mask;
    for (let k = h & m; ; k = (k + 1) & m) {
      const r = s[2 * k]!;
      if (r === 0) return -1;
      if (s[2 * k + 1] === h && this.ids[r - 1] === id) return r - 1;
    }
  }

  /** Whether the table holds `id`. */
  has(id: string): boolean {
    return this.get(id) !== -1;
  }

  /**
   * Adds `id` at `row` (each row at most once); when the id is there already, leaves it and
   * returns the row it has (the first one wins), else returns -1.
   */
  add(id: string, row: number): number {
    if (this.count + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    const h = hashId(id);
    const s = this.slots;
    const m = this.mask;
    for (let k = h & m; ; k = (k + 1) & m) {
      const r = s[2 * k]!;
      if (r === 0) {
        s[2 * k] = row + 1;
        s[2 * k + 1] = h;
        this.ids[row] = id;
        this.count++;
        return -1;
      }
      if (s[2 * k + 1] === h && this.ids[r - 1] === id) return r - 1;
    }
  }

  /** The ids the table holds, in row order. */
  *keys(): IterableIterator<string> {
    const ids = this.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id !== undefined) yield id;
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const s = newSlots(cap);
    const m = cap - 1;
    for (let j = 0; j < old.length; j += 2) {
      const r = old[j]!;
      if (r === 0) continue;
      const h = old[j + 1]!;
      let k = h & m;
      while (s[2 * k] !== 0) k = (k + 1) & m;
      s[2 * k] = r;
      s[2 * k + 1] = h;
    }
    this.slots = s;
    this.mask = m;
  }
}

/**
 * Two small integers per slot in an ordinary array rather than an Int32Array: V8 answers each
 * ~64 MiB of new typed-array memory with a full collection of the heap, which nationally (the
 * records of the dataset live) costs more than the table saves; an array of small integers is
 * as fast to read and grows the heap like any other object.
 */
function newSlots(cap: number): number[] {
  return new Array<number>(cap * 2).fill(0);
}

/** @internal FNV-1a over the UTF-16 code units, then a finalizing mix, kept to 30 bits (a small integer). */
export function hashId(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}
