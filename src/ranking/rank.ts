/**
 * Ranks of a list of numbers, with the tie methods of SQL and pandas, and the SQL distribution
 * functions `PERCENT_RANK` and `CUME_DIST`.
 *
 * Decided once for every function of this module:
 *
 * - **Order** is required: rank 1 goes to the smallest value (`ascending`, as SQL's and pandas'
 *   default) or to the largest (`descending`, as in a league table where more is better). There
 *   is no default because both are common and a silent one is how rankings go wrong.
 * - **Ties** are exact: two values are tied when they are equal as numbers (`-0` equals `0`).
 *   No rounding is applied; round the values first if you want `0.8333` and `0.8334` to tie.
 *   Equal fractions computed by one division each (`2 / 3` and `4 / 6`) are equal numbers.
 * - **Missing values** are `null`, `undefined` and `NaN` (and holes of sparse arrays); the
 *   `missing` option places them (see {@link MissingPolicy}; default `last`). `Infinity` and
 *   `-Infinity` are values, not missing.
 * - **Empty input** gives an empty array. Any other element (a string, a bigint) throws a
 *   `GrassrootsError` with code `invalid-argument`, as do unknown options.
 * - The input is never modified; the result is a new array, index `i` answering `values[i]`.
 * @module
 */
import {
  checkArray,
  checkMethod,
  checkMissing,
  fail,
  readNumber,
  type MissingPolicy,
  type RankMethod,
  type RankOrder,
} from "./_core.js";

export { RANK_METHODS } from "./_core.js";
export type { Better, MissingPolicy, RankMethod, RankOrder } from "./_core.js";

/** Options of {@link rank}. */
export interface RankOptions {
  /** Required: which end gets rank 1. */
  readonly order: RankOrder;
  /** How ties are ranked; default `competition` (SQL `RANK`). */
  readonly method?: RankMethod | undefined;
  /** Where `null`, `undefined` and `NaN` go; default `last`. */
  readonly missing?: MissingPolicy | undefined;
}

/** Options of {@link percentRank} and {@link cumeDist}: the order and the missing-value policy. */
export interface DistributionOptions {
  /** Required: which end comes first (gets 0 from `percentRank`). */
  readonly order: RankOrder;
  /** Where `null`, `undefined` and `NaN` go; default `last`. */
  readonly missing?: MissingPolicy | undefined;
}

/** A value that can be ranked: a number, or missing. */
export type RankValue = number | null | undefined;

interface Ranked {
  readonly ranks: (number | null)[];
  /** How many items are ranked (all, unless missing is `unranked`). */
  readonly count: number;
}

function lowerBound(s: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(s: Float64Array, from: number, n: number, x: number): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkOrder(fn: string, options: unknown): RankOrder {
  if (typeof options !== "object" || options === null) fail(fn, `options { order } are required`);
  const order = (options as { order?: unknown }).order;
  if (order !== "ascending" && order !== "descending") {
    fail(fn, `order must be "ascending" or "descending"; got ${JSON.stringify(order)}`);
  }
  return order;
}

/**
 * The ranking itself: sort a copy of the present values once (a numeric sort, no callback), then
 * find each value's group of ties by binary search. Ordinal ranks hand out the positions of a
 * group in input order.
 */
function rankCore(fn: string, values: readonly RankValue[], order: RankOrder, method: RankMethod, missing: MissingPolicy): Ranked {
  checkArray(fn, "values", values);
  const n = values.length;
  const v = new Float64Array(n);
  const isMissing = new Uint8Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const x = readNumber(fn, values[i], "values", i);
    if (x !== x) isMissing[i] = 1;
    else v[p++] = x;
  }
  const m = n - p;
  const sorted = v.subarray(0, p).sort();
  // dense[k]: 1-based number of the group of ties that sorted position k belongs to.
  const dense = method === "dense" ? new Int32Array(p) : undefined;
  let groups = 0;
  if (dense) {
    for (let k = 0; k < p; k++) {
      if (k === 0 || sorted[k] !== sorted[k - 1]) groups++;
      dense[k] = groups;
    }
  }
  const used = method === "ordinal" ? new Int32Array(p) : undefined;
  const first = missing === "first";
  const offset = first ? m : 0;
  const denseOffset = first && m > 0 ? 1 : 0;
  const desc = order === "descending";
  const out = new Array<number | null>(n);
  let missingSeen = 0;
  for (let i = 0; i < n; i++) {
    if (isMissing[i] === 1) {
      if (missing === "unranked") {
        out[i] = null;
        continue;
      }
      const base = first ? 0 : p; // positions base .. base + m - 1
      switch (method) {
        case "competition":
          out[i] = base + 1;
          break;
        case "modified-competition":
          out[i] = base + m;
          break;
        case "dense":
          out[i] = first ? 1 : groups + 1;
          break;
        case "ordinal":
          out[i] = base + ++missingSeen;
          break;
        case "fractional":
          out[i] = base + (1 + m) / 2;
          break;
      }
      continue;
    }
    const x = values[i] as number;
    const lb = lowerBound(sorted, p, x);
    const needUpper = desc || method === "modified-competition" || method === "fractional";
    const ub = needUpper ? upperBound(sorted, lb, p, x) : lb;
    // 0-based positions of the group: lo .. hi - 1.
    const lo = desc ? p - ub : lb;
    const hi = desc ? p - lb : ub;
    switch (method) {
      case "competition":
        out[i] = offset + lo + 1;
        break;
      case "modified-competition":
        out[i] = offset + hi;
        break;
      case "dense":
        out[i] = denseOffset + (desc ? groups - dense![lb]! + 1 : dense![lb]!);
        break;
      case "ordinal":
        out[i] = offset + lo + used![lb]!++ + 1;
        break;
      case "fractional":
        out[i] = offset + (lo + 1 + hi) / 2;
        break;
    }
  }
  return { ranks: out, count: missing === "unranked" ? p : n };
}

/**
 * Ranks of numbers, with a tie method, an order and a place for missing values. Rank 1 is the
 * first place; see {@link RankMethod} for the tie methods and the module notes for the rules on
 * ties, missing values and empty input.
 *
 * With `missing: "last"` or `"first"` every item gets a rank from 1 to `values.length`; missing
 * values form one group of ties (ranked by the method, in input order for `ordinal`). With
 * `missing: "unranked"` they get `null` and the ranks run from 1 to the number of present values.
 *
 * @param values numbers to rank; `null`, `undefined` and `NaN` are missing.
 * @param options `order` (required), `method` (default `competition`), `missing` (default `last`).
 * @returns the rank of each value, at the same index.
 * @throws GrassrootsError `invalid-argument` when `values` is not an array of numbers and missing
 * values, or an option is unknown.
 *
 * @example
 * ```ts
 * rank([10, 20, 20, 30], { order: "ascending" });                         //=> [1, 2, 2, 4]
 * rank([10, 20, 20, 30], { order: "ascending", method: "modified-competition" }); //=> [1, 3, 3, 4]
 * rank([10, 20, 20, 30], { order: "ascending", method: "dense" });        //=> [1, 2, 2, 3]
 * rank([10, 20, 20, 30], { order: "ascending", method: "ordinal" });      //=> [1, 2, 3, 4]
 * rank([10, 20, 20, 30], { order: "ascending", method: "fractional" });   //=> [1, 2.5, 2.5, 4]
 * ```
 *
 * @example
 * ```ts
 * // Coverage of four communes, best first; one did not report.
 * rank([0.9, null, 1, 0.9], { order: "descending" });                       //=> [2, 4, 1, 2]
 * rank([0.9, null, 1, 0.9], { order: "descending", missing: "first" });     //=> [3, 1, 2, 3]
 * rank([0.9, null, 1, 0.9], { order: "descending", missing: "unranked" });  //=> [2, null, 1, 2]
 * rank([], { order: "descending" });                                        //=> []
 * ```
 */
export function rank(values: readonly RankValue[], options: RankOptions & { readonly missing: "unranked" }): (number | null)[];
export function rank(values: readonly RankValue[], options: RankOptions & { readonly missing?: "last" | "first" | undefined }): number[];
export function rank(values: readonly RankValue[], options: RankOptions): (number | null)[];
export function rank(values: readonly RankValue[], options: RankOptions): (number | null)[] {
  const order = checkOrder("rank", options);
  return rankCore("rank", values, order, checkMethod("rank", options.method), checkMissing("rank", options.missing)).ranks;
}

/**
 * SQL `PERCENT_RANK()`: `(rank - 1) / (n - 1)` with the `competition` rank, so the first place
 * gets 0 and the last distinct value gets 1; a single ranked item gets 0. `n` counts the ranked
 * items: every item with `missing: "last"` or `"first"`, the present values with `"unranked"`
 * (missing values then get `null`). This is SQL's formula, not pandas' `pct=True` (which divides
 * the rank by n).
 *
 * @param values numbers; `null`, `undefined` and `NaN` are missing.
 * @param options `order` (required) and `missing` (default `last`).
 * @returns a number from 0 to 1 (or `null`) at each index.
 * @throws GrassrootsError `invalid-argument` as {@link rank}.
 *
 * @example
 * ```ts
 * percentRank([10, 20, 20, 30], { order: "ascending" }); //=> [0, 1 / 3, 1 / 3, 1]
 * percentRank([7], { order: "ascending" });              //=> [0]
 * percentRank([1, null], { order: "descending", missing: "unranked" }); //=> [0, null]
 * ```
 */
export function percentRank(values: readonly RankValue[], options: DistributionOptions): (number | null)[] {
  const order = checkOrder("percentRank", options);
  const { ranks, count } = rankCore("percentRank", values, order, "competition", checkMissing("percentRank", options.missing));
  return ranks.map((r) => (r === null ? null : count <= 1 ? 0 : (r - 1) / (count - 1)));
}

/**
 * SQL `CUME_DIST()`: the share of ranked items that come before the item or are tied with it,
 * `(modified-competition rank) / n`; pandas `rank(method="max", pct=True)`. `n` counts the ranked
 * items as in {@link percentRank}. The last place always gets 1.
 *
 * @param values numbers; `null`, `undefined` and `NaN` are missing.
 * @param options `order` (required) and `missing` (default `last`).
 * @returns a number in (0, 1] (or `null`) at each index.
 * @throws GrassrootsError `invalid-argument` as {@link rank}.
 *
 * @example
 * ```ts
 * cumeDist([10, 20, 20, 30], { order: "ascending" });  //=> [0.25, 0.75, 0.75, 1]
 * cumeDist([10, 20, 20, 30], { order: "descending" }); //=> [1, 0.75, 0.75, 0.25]
 * cumeDist([null, 5], { order: "ascending" });         //=> [1, 0.5]
 * ```
 */
export function cumeDist(values: readonly RankValue[], options: DistributionOptions): (number | null)[] {
  const order = checkOrder("cumeDist", options);
  const { ranks, count } = rankCore("cumeDist", values, order, "modified-competition", checkMissing("cumeDist", options.missing));
  return ranks.map((r) => (r === null ? null : r / count));
}
