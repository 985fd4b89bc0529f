/**
 * Lexicographic ranking of items on several criteria: the first criterion decides, the next one
 * breaks its ties, and so on, then an optional tie-break function.
 * @module
 */
import {
  assignRanks,
  checkArray,
  checkBetter,
  checkKeys,
  checkMethod,
  checkMissing,
  fail,
  readNumber,
  type Better,
  type MissingPolicy,
  type RankMethod,
} from "./_core.js";

/** The property names of `T` whose values are numbers (possibly missing). */
export type NumericKey<T> = { [K in keyof T]-?: T[K] extends number | null | undefined ? K : never }[keyof T] & string;

/**
 * A criterion read from a numeric property of the item: `{ key: "coverage", better: "higher" }`.
 * The key is checked at compile time against the item type.
 */
export interface KeyCriterion<T> {
  /** The numeric property to read; also the criterion's name in the results. */
  readonly key: NumericKey<T>;
  /** Whether higher or lower values are better. */
  readonly better: Better;
  readonly value?: undefined;
}

/**
 * A criterion computed from the item: `{ key: "share", better: "higher", value: (c) => c.a / c.b }`.
 */
export interface ValueCriterion<T> {
  /** The criterion's name in the results. */
  readonly key: string;
  /** Whether higher or lower values are better. */
  readonly better: Better;
  /** The value of the item on this criterion; `null`, `undefined` or `NaN` when missing. */
  readonly value: (item: T) => number | null | undefined;
}

/** A ranking criterion: a numeric property of the item or a function of it, and its direction. */
export type Criterion<T> = KeyCriterion<T> | ValueCriterion<T>;

/** Options of {@link rankBy}. */
export interface RankByOptions<T> {
  /** How items tied on every criterion (and the tie-break) are ranked; default `competition`. */
  readonly method?: RankMethod | undefined;
  /**
   * Missing values of a criterion: `last` (default; after every present value of that criterion,
   * whatever its direction), `first`, or `unranked` (an item missing any criterion value gets
   * rank `null` and is listed after the ranked items).
   */
  readonly missing?: MissingPolicy | undefined;
  /**
   * The explicit final tie-break, applied when all criteria are equal: a comparator returning a
   * negative number when `a` should be ranked before `b`, positive when after, 0 when they stay
   * tied. Without it, items equal on every criterion share a rank (per `method`).
   */
  readonly tieBreak?: ((a: T, b: T) => number) | undefined;
}

/** One row of a {@link rankBy} result. */
export interface RankedRow<T> {
  /** The item, as given (not copied). */
  readonly item: T;
  /** Its position in the input. */
  readonly index: number;
  /** Its rank (1 = first place), or `null` when unranked because of a missing value. */
  readonly rank: number | null;
  /** Its value on each criterion, by key; `null` when missing (`NaN` included). */
  readonly values: Readonly<Record<string, number | null>>;
  /**
   * What separates it from the row just above: the key of the first criterion on which they
   * differ, `"tie-break"` when only the tie-break function did, `"input-order"` when only the
   * input order did (`ordinal` ties), and `null` for the first row, a row tied with the one above,
   * and unranked rows.
   */
  readonly decidedBy: string | null;
}

/** Keys that {@link RankedRow.decidedBy} reserves. */
const RESERVED = ["tie-break", "input-order"];

/** @internal the criterion values of every item, read once. */
export interface CriterionColumns {
  readonly keys: readonly string[];
  readonly better: readonly Better[];
  /** values[c][i]: NaN when missing. */
  readonly values: readonly Float64Array[];
}

/** @internal reads and checks criteria and their values (shared with compositeScore). */
export function readCriteria<T>(fn: string, items: readonly T[], criteria: readonly Criterion<T>[], reserved: readonly string[]): CriterionColumns {
  checkArray(fn, "items", items);
  checkArray(fn, "criteria", criteria);
  for (const c of criteria) {
    if (typeof c !== "object" || c === null) fail(fn, "every criterion must be an object { key, better }");
  }
  checkKeys(
    fn,
    criteria.map((c) => c.key),
    reserved,
  );
  const n = items.length;
  const keys = criteria.map((c) => c.key);
  const better = criteria.map((c) => checkBetter(fn, c.key, c.better));
  const values = criteria.map((c) => {
    const col = new Float64Array(n);
    const key: string = c.key;
    const label = `criterion ${JSON.stringify(key)} of items`;
    const read: unknown = c.value;
    if (read !== undefined && typeof read !== "function") fail(fn, `criterion ${JSON.stringify(key)}: value must be a function`);
    for (let i = 0; i < n; i++) {
      const item = items[i];
      let v: unknown;
      if (typeof read === "function") v = (read as (item: T) => unknown)(item as T);
      else if (typeof item === "object" && item !== null) v = (item as Record<string, unknown>)[key];
      else fail(fn, `items[${i}] is not an object; give criterion ${JSON.stringify(key)} a value function`);
      col[i] = readNumber(fn, v, label, i);
    }
    return col;
  });
  return { keys, better, values };
}

/**
 * Ranks items on several criteria in turn (lexicographic order): the first criterion decides;
 * among items equal on it the second decides, and so on; among items equal on every criterion the
 * `tieBreak` function decides if given; items still equal are tied and ranked by `method`.
 *
 * Decided once:
 * - **Ties** are exact equality of the numbers (see {@link rank}); `ordinal` ranks remaining ties
 *   in input order.
 * - **Missing values** (`null`, `undefined`, `NaN`) follow `missing`: by default a missing value
 *   comes after every present value of its criterion, and two missing values are equal.
 * - **Result order**: best first; tied rows in input order; unranked rows last, in input order.
 * - **Empty input** gives `[]`; no criteria make every item tied (unless `tieBreak` separates them).
 * - The items are not copied or modified. Criterion keys must be unique and may not be
 *   `"tie-break"` or `"input-order"` (they name the explanations).
 *
 * @param items the things to rank (communes, organizations ...).
 * @param criteria in order of precedence, each with its direction.
 * @param options `method` (default `competition`), `missing` (default `last`), `tieBreak`.
 * @returns one row per item, best first, with its rank, its values and what decided its place.
 * @throws GrassrootsError `invalid-argument` for a malformed criterion, a duplicate key, a value
 * that is not a number, or an unknown option.
 *
 * @example
 * ```ts
 * const communes = [
 *   { id: "A", coverage: 1, good: 0.5 },
 *   { id: "B", coverage: 0.9, good: 0.8 },
 *   { id: "C", coverage: 1, good: 0.7 },
 * ];
 * const rows = rankBy(communes, [
 *   { key: "coverage", better: "higher" },
 *   { key: "good", better: "higher" },
 * ]);
 * rows.map((r) => [r.item.id, r.rank, r.decidedBy]);
 * //=> [["C", 1, null], ["A", 2, "good"], ["B", 3, "coverage"]]
 * ```
 *
 * @example
 * ```ts
 * // A tie on both criteria, broken by name; a missing value goes last.
 * const rows = rankBy(
 *   [{ name: "Mường Mô", a: 2, b: 1 }, { name: "Hua Bum", a: 2, b: 1 }, { name: "Pú Đao", a: null, b: 9 }],
 *   [{ key: "a", better: "higher" }, { key: "b", better: "lower" }],
 *   { tieBreak: (x, y) => x.name.localeCompare(y.name, "vi") },
 * );
 * rows.map((r) => `${r.rank}. ${r.item.name} (${r.decidedBy})`);
 * //=> ["1. Hua Bum (null)", "2. Mường Mô (tie-break)", "3. Pú Đao (a)"]
 * rows[2].values; //=> { a: null, b: 9 }
 * ```
 */
export function rankBy<T>(items: readonly T[], criteria: readonly Criterion<T>[], options: RankByOptions<T> = {}): RankedRow<T>[] {
  const fn = "rankBy";
  if (typeof options !== "object" || options === null) fail(fn, "options must be an object");
  const method = checkMethod(fn, options.method);
  const missing = checkMissing(fn, options.missing);
  const tieBreak = options.tieBreak;
  if (tieBreak !== undefined && typeof tieBreak !== "function") fail(fn, "tieBreak must be a function (a, b) => number");
  const { keys, better, values } = readCriteria(fn, items, criteria, RESERVED);
  const n = items.length;
  const nc = keys.length;

  // Each criterion as dense ranks (1 = best, missing values first or last), then all of them
  // folded into one lexicographic key: no comparator callback unless there is a tie-break.
  const levels = values.map((col, c) => denseLevels(col, better[c] === "higher", missing === "first"));
  // Every key stays an integer below 2^52, exact in a double: when the next step could exceed
  // that, the key is first re-numbered densely (1 .. number of distinct keys).
  let key: Float64Array = new Float64Array(n);
  let range = 1; // key values are integers in 0 .. range - 1
  const renumber = (): void => {
    const dense = denseLevels(key, false, false);
    key = dense.level;
    range = dense.count + 1;
  };
  for (let c = 0; c < nc; c++) {
    const { level, count } = levels[c]!;
    if (range * (count + 2) > 2 ** 52) renumber();
    for (let i = 0; i < n; i++) key[i] = key[i]! * (count + 2) + level[i]!;
    range *= count + 2;
  }
  if (range * (n + 1) > 2 ** 52) renumber();

  // The ranked items in key order, input order within a key: key × (n + 1) + index, one sort.
  const ranked: number[] = [];
  const unranked: number[] = [];
  for (let i = 0; i < n; i++) {
    let anyMissing = false;
    for (let c = 0; c < nc; c++) if (Number.isNaN(values[c]![i])) anyMissing = true;
    if (anyMissing && missing === "unranked") unranked.push(i);
    else ranked.push(i);
  }
  const count = ranked.length;
  const packed = new Float64Array(count);
  for (let k = 0; k < count; k++) packed[k] = key[ranked[k]!]! * (n + 1) + ranked[k]!;
  packed.sort();
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = packed[k]! % (n + 1);

  const breakTie = (a: number, b: number): number => {
    const r = tieBreak!(items[a] as T, items[b] as T);
    if (typeof r !== "number" || Number.isNaN(r)) fail(fn, "tieBreak must return a number");
    return r;
  };
  if (tieBreak !== undefined) {
    for (let k = 0; k < count; ) {
      let end = k + 1;
      while (end < count && key[order[end]!] === key[order[k]!]) end++;
      if (end - k > 1) order.subarray(k, end).sort((a, b) => breakTie(a, b) || a - b);
      k = end;
    }
  }

  const same = new Uint8Array(count);
  const decided: (string | null)[] = new Array<string | null>(count).fill(null);
  for (let k = 1; k < count; k++) {
    const a = order[k - 1]!;
    const b = order[k]!;
    let c = 0;
    while (c < nc && levels[c]!.level[a] === levels[c]!.level[b]) c++;
    if (c < nc) decided[k] = keys[c]!;
    else if (tieBreak !== undefined && breakTie(a, b) !== 0) decided[k] = "tie-break";
    else {
      same[k] = 1;
      if (method === "ordinal") decided[k] = "input-order";
    }
  }
  const ranks = new Array<number | null>(n).fill(null);
  assignRanks(order, same, count, method, 0, 0, ranks);

  const out: RankedRow<T>[] = new Array<RankedRow<T>>(n);
  for (let k = 0; k < count; k++) out[k] = makeRow(items, order[k]!, ranks, keys, values, decided[k]!);
  for (let k = 0; k < unranked.length; k++) out[count + k] = makeRow(items, unranked[k]!, ranks, keys, values, null);
  return out;
}

function makeRow<T>(
  items: readonly T[],
  i: number,
  ranks: readonly (number | null)[],
  keys: readonly string[],
  values: readonly Float64Array[],
  decidedBy: string | null,
): RankedRow<T> {
  const own: Record<string, number | null> = {};
  for (let c = 0; c < keys.length; c++) {
    const v = values[c]![i]!;
    own[keys[c]!] = v === v ? v : null;
  }
  return { item: items[i] as T, index: i, rank: ranks[i] ?? null, values: own, decidedBy };
}

/**
 * Dense levels of a column: equal values (and all missing values) share a level; level 1 is the
 * best (the highest value when `higher`, else the lowest); missing values (NaN) get 0 when
 * `missingFirst`, else the level after the last. `count` is the number of distinct present values.
 */
function denseLevels(col: Float64Array, higher: boolean, missingFirst: boolean): { level: Float64Array; count: number } {
  const n = col.length;
  const present = new Float64Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const v = col[i]!;
    if (v === v) present[p++] = v;
  }
  const distinct = present.subarray(0, p).sort();
  let d = 0;
  for (let k = 0; k < distinct.length; k++) if (d === 0 || distinct[k] !== distinct[d - 1]) distinct[d++] = distinct[k]!;
  const level = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = col[i]!;
    if (v !== v) {
      level[i] = missingFirst ? 0 : d + 1;
      continue;
    }
    let lo = 0;
    let hi = d;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    level[i] = higher ? d - lo : lo + 1;
  }
  return { level, count: d };
}
