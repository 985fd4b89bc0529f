/**
 * Weighted composite scores: each criterion normalised, oriented so that higher is better,
 * weighted, summed, and ranked, with every criterion's contribution kept in the result.
 * @module
 */
import { assignRanks, checkMethod, fail, type Better, type RankMethod } from "./_core.js";
import { rank } from "./rank.js";
import { readCriteria, type Criterion } from "./rankBy.js";

/** The normalisations of {@link compositeScore}. */
export const NORMALIZATIONS = ["none", "min-max", "z-score", "rank"] as const;

/**
 * How a criterion's values are put on a common scale before weighting. Every normalised value is
 * oriented so that higher is better (a `lower`-is-better criterion is flipped), and is computed
 * over the present values of the ranked items (the statistics in {@link CompositeCriterionSummary}):
 *
 * - `none`: the value itself, negated when lower is better.
 * - `min-max`: `(v - min) / (max - min)`, or `(max - v) / (max - min)` when lower is better;
 *   from 0 (worst) to 1 (best).
 * - `z-score`: `(v - mean) / sd` (negated when lower is better), with the population standard
 *   deviation (divided by n: the ranked items are the whole population, not a sample).
 * - `rank`: `(r - 1) / (n - 1)` where `r` is the `fractional` rank from the worst (1) to the best
 *   (n); from 0 to 1, ties get the average of their places, and any strictly increasing
 *   transformation of the values gives the same result.
 *
 * A criterion that does not separate the items (all values equal, or a single item) puts every
 * item in the middle of its scale: 0.5 for `min-max` and `rank`, 0 for `z-score`.
 */
export type Normalization = (typeof NORMALIZATIONS)[number];

/**
 * What a missing criterion value (`null`, `undefined`, `NaN`) does:
 *
 * - `unranked` (default): the item gets no score and no rank, and its values are left out of the
 *   normalisation statistics. A missing value on a criterion of weight 0 does not count.
 * - `reweight`: the item is scored on its present criteria, their weights normalised by their own
 *   sum; an item with no present criterion of positive weight is unranked.
 * - `zero`: the missing value contributes 0 (its normalised value counts as 0: the worst for
 *   `min-max` and `rank`, the mean for `z-score`, the value 0 for `none`).
 */
export type CompositeMissing = "unranked" | "reweight" | "zero";

/**
 * A criterion of a composite score: a {@link Criterion} with a weight (finite, not negative) and
 * optionally its own normalisation.
 */
export type CompositeCriterion<T> = Criterion<T> & {
  /** A finite number ≥ 0. Weights are divided by their sum, so `2` and `1` mean ⅔ and ⅓. */
  readonly weight: number;
  /** Overrides `options.normalize` for this criterion. */
  readonly normalize?: Normalization | undefined;
};

/** Options of {@link compositeScore}. */
export interface CompositeOptions {
  /** The normalisation of criteria that do not set their own; default `min-max`. */
  readonly normalize?: Normalization | undefined;
  /** Missing values; default `unranked`. */
  readonly missing?: CompositeMissing | undefined;
  /** How tied scores are ranked; default `competition`. */
  readonly method?: RankMethod | undefined;
  /**
   * Scores closer than `tolerance × max(1, |score|)` to the best score of their group are tied
   * (default `1e-9`), so that `0.1 + 0.2` and `0.3` tie as they do on paper. `0` compares exactly.
   */
  readonly tolerance?: number | undefined;
}

/** One criterion's part in a row's score. */
export interface CompositePart {
  /** The value as given; `null` when missing. */
  readonly value: number | null;
  /** The normalised value (higher is better); `null` when missing or the row is unranked. */
  readonly normalized: number | null;
  /**
   * The criterion's share of the score for this row: its weight divided by the sum of the
   * weights (with `reweight`: of the criteria present in the row; 0 for a missing one).
   */
  readonly weight: number;
  /** `weight × normalized`, 0 for a missing value; `null` when the row is unranked. */
  readonly contribution: number | null;
}

/** One row of a {@link compositeScore} result. */
export interface CompositeRow<T> {
  /** The item, as given. */
  readonly item: T;
  /** Its position in the input. */
  readonly index: number;
  /** Its rank by score (1 = best), `null` when unranked. */
  readonly rank: number | null;
  /** The sum of the contributions, `null` when unranked. */
  readonly score: number | null;
  /** Each criterion's part, by key, in the order of the criteria. */
  readonly parts: Readonly<Record<string, CompositePart>>;
}

/** How one criterion was treated: its weight and the statistics its normalisation used. */
export interface CompositeCriterionSummary {
  readonly key: string;
  readonly better: Better;
  readonly normalize: Normalization;
  /** The weight as given. */
  readonly weight: number;
  /** `weight` divided by the sum of the weights. */
  readonly share: number;
  /** How many present values the statistics are computed over. */
  readonly count: number;
  /** Statistics of those values; `null` when there are none. */
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Population standard deviation. */
  readonly sd: number | null;
}

/** The result of {@link compositeScore}. */
export interface CompositeResult<T> {
  /** One row per item: best first, tied rows in input order, unranked rows last in input order. */
  readonly rows: CompositeRow<T>[];
  /** One summary per criterion, in the order given. */
  readonly criteria: CompositeCriterionSummary[];
}

const MISSING: readonly CompositeMissing[] = ["unranked", "reweight", "zero"];

function checkNormalization(fn: string, what: string, v: unknown, fallback: Normalization): Normalization {
  if (v === undefined) return fallback;
  if (!(NORMALIZATIONS as readonly unknown[]).includes(v)) fail(fn, `${what} must be one of ${NORMALIZATIONS.join(", ")}; got ${JSON.stringify(v)}`);
  return v as Normalization;
}

/**
 * Weighted composite scores with per-criterion normalisation, ranked best first, each row showing
 * every criterion's value, normalised value, weight and contribution, so that a reader can see
 * why a commune is fifth.
 *
 * Decided once:
 * - **Weights** must be finite and ≥ 0, and not all 0; they are divided by their sum, so they
 *   need not add up to 1 (`[2, 1]` is `[⅔, ⅓]`). Anything else throws `invalid-argument`.
 * - **Normalisation** (default `min-max`): see {@link Normalization}. A constant criterion puts
 *   every item in the middle of its scale, so it moves no item.
 * - **Missing values**: see {@link CompositeMissing} (default `unranked`). Infinite values throw.
 * - **Ties**: scores within `tolerance` (default `1e-9`, relative) tie and are ranked by `method`
 *   (default `competition`); the scores themselves are never rounded.
 * - **Empty input** gives no rows (the criteria summaries have `count` 0); at least one criterion
 *   is required. The items are not copied or modified.
 *
 * @param items the things to score.
 * @param criteria each with `key`, `better`, `weight`, and optionally `value` and `normalize`.
 * @param options `normalize`, `missing`, `method`, `tolerance`.
 * @returns the rows (best first) and a summary of each criterion.
 * @throws GrassrootsError `invalid-argument` for bad weights, criteria, values or options.
 *
 * @example
 * ```ts
 * // Coverage (%) weighs three times the number of late reports (fewer is better).
 * const result = compositeScore(
 *   [{ id: "A", coverage: 100, late: 4 }, { id: "B", coverage: 50, late: 0 }, { id: "C", coverage: 75, late: 2 }],
 *   [
 *     { key: "coverage", better: "higher", weight: 3 },
 *     { key: "late", better: "lower", weight: 1 },
 *   ],
 * );
 * result.rows.map((r) => [r.item.id, r.rank, r.score]); //=> [["A", 1, 0.75], ["C", 2, 0.5], ["B", 3, 0.25]]
 * result.rows[1].parts.coverage; //=> { value: 75, normalized: 0.5, weight: 0.75, contribution: 0.375 }
 * result.criteria[1].max;         //=> 4
 * ```
 *
 * @example
 * ```ts
 * // A missing value: left out (default), or the weights of the present criteria rescaled.
 * const items = [{ a: 1, b: 3 }, { a: 0, b: null }, { a: 0.5, b: 1 }];
 * const criteria = [{ key: "a", better: "higher", weight: 1 }, { key: "b", better: "higher", weight: 1 }] as const;
 * compositeScore(items, criteria, { normalize: "none" }).rows.map((r) => r.score);                        //=> [2, 0.75, null]
 * compositeScore(items, criteria, { normalize: "none", missing: "reweight" }).rows.map((r) => r.score);   //=> [2, 0.75, 0]
 * ```
 */
export function compositeScore<T>(items: readonly T[], criteria: readonly CompositeCriterion<T>[], options: CompositeOptions = {}): CompositeResult<T> {
  const fn = "compositeScore";
  if (typeof options !== "object" || options === null) fail(fn, "options must be an object");
  const method = checkMethod(fn, options.method);
  const defaultNorm = checkNormalization(fn, "normalize", options.normalize, "min-max");
  const missing = options.missing ?? "unranked";
  if (!MISSING.includes(missing)) fail(fn, `missing must be one of ${MISSING.join(", ")}; got ${JSON.stringify(missing)}`);
  const tolerance = options.tolerance ?? 1e-9;
  if (typeof tolerance !== "number" || !(tolerance >= 0) || !Number.isFinite(tolerance)) fail(fn, "tolerance must be a finite number ≥ 0");

  const { keys, better, values } = readCriteria(fn, items, criteria, []);
  const nc = keys.length;
  if (nc === 0) fail(fn, "at least one criterion is required");
  const weights = criteria.map((c) => {
    const w: unknown = c.weight;
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) fail(fn, `criterion ${JSON.stringify(c.key)}: weight must be a finite number ≥ 0; got ${String(w)}`);
    return w;
  });
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) fail(fn, "the weights are all 0");
  const shares = weights.map((w) => w / total);
  const norms = criteria.map((c) => checkNormalization(fn, `criterion ${JSON.stringify(c.key)}: normalize`, c.normalize, defaultNorm));

  const n = items.length;
  for (let c = 0; c < nc; c++) {
    const col = values[c]!;
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      if (v === Infinity || v === -Infinity) fail(fn, `criterion ${JSON.stringify(keys[c])} of items[${i}] is not finite`);
    }
  }

  const isRanked = rankedMask(values, weights, missing, n);
  const normalized: Float64Array[] = [];
  const summaries: CompositeCriterionSummary[] = [];
  for (let c = 0; c < nc; c++) {
    const { out, stats } = normalizeColumn(values[c]!, isRanked, better[c]!, norms[c]!);
    normalized.push(out);
    summaries.push({ key: keys[c]!, better: better[c]!, normalize: norms[c]!, weight: weights[c]!, share: shares[c]!, ...stats });
  }
  const { scores, rowShares } = scoreItems(values, normalized, isRanked, weights, shares, missing === "reweight");
  const { order, unranked, ranks } = rankScores(scores, isRanked, tolerance, method);

  // The rows, best first: built in one function so that every part object has the same shape.
  const rows: CompositeRow<T>[] = new Array<CompositeRow<T>>(n);
  for (let k = 0; k < order.length; k++) rows[k] = makeRow(items, order[k]!, true, ranks, scores, keys, values, normalized, rowShares);
  for (let k = 0; k < unranked.length; k++) rows[order.length + k] = makeRow(items, unranked[k]!, false, ranks, scores, keys, values, normalized, rowShares);
  return { rows, criteria: summaries };
}

/** 1 for the items that get a score, per the missing-value policy. */
function rankedMask(values: readonly Float64Array[], weights: readonly number[], missing: CompositeMissing, n: number): Uint8Array {
  const isRanked = new Uint8Array(n);
  const nc = values.length;
  for (let i = 0; i < n; i++) {
    let ok = true;
    let presentWeight = 0;
    for (let c = 0; c < nc; c++) {
      if (weights[c] === 0) continue;
      if (Number.isNaN(values[c]![i])) ok = false;
      else presentWeight += weights[c]!;
    }
    isRanked[i] = missing === "unranked" ? (ok ? 1 : 0) : missing === "reweight" ? (presentWeight > 0 ? 1 : 0) : 1;
  }
  return isRanked;
}

type Stats = Pick<CompositeCriterionSummary, "count" | "min" | "max" | "mean" | "sd">;

/** Statistics and normalised values of one criterion, over the present values of ranked items. */
function normalizeColumn(col: Float64Array, isRanked: Uint8Array, better: Better, norm: Normalization): { out: Float64Array; stats: Stats } {
  const n = col.length;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = col[i]!;
    if (isRanked[i] === 0 || v !== v) continue;
    count++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = count > 0 ? sum / count : 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const v = col[i]!;
    if (isRanked[i] === 1 && v === v) squares += (v - mean) * (v - mean);
  }
  const sd = count > 0 ? Math.sqrt(squares / count) : 0;
  const higher = better === "higher";
  const out = new Float64Array(n).fill(Number.NaN);
  let ranks: (number | null)[] = [];
  if (norm === "rank") {
    const population = Array.from(col, (v, i) => (isRanked[i] === 1 ? v : null));
    ranks = rank(population, { order: higher ? "ascending" : "descending", method: "fractional", missing: "unranked" });
  }
  for (let i = 0; i < n; i++) {
    const v = col[i]!;
    if (isRanked[i] === 0 || v !== v) continue;
    let x: number;
    switch (norm) {
      case "none":
        x = higher ? v : -v;
        break;
      case "min-max":
        x = max === min ? 0.5 : higher ? (v - min) / (max - min) : (max - v) / (max - min);
        break;
      case "z-score":
        x = sd === 0 ? 0 : higher ? (v - mean) / sd : (mean - v) / sd;
        break;
      case "rank":
        x = count === 1 ? 0.5 : (ranks[i]! - 1) / (count - 1);
        break;
    }
    out[i] = x;
  }
  const stats: Stats = count > 0 ? { count, min, max, mean, sd } : { count, min: null, max: null, mean: null, sd: null };
  return { out, stats };
}

/** Each ranked item's score, and each criterion's share of it per item. */
function scoreItems(
  values: readonly Float64Array[],
  normalized: readonly Float64Array[],
  isRanked: Uint8Array,
  weights: readonly number[],
  shares: readonly number[],
  reweight: boolean,
): { scores: Float64Array; rowShares: Float64Array[] } {
  const n = isRanked.length;
  const nc = values.length;
  const scores = new Float64Array(n).fill(Number.NaN);
  const rowShares = values.map(() => new Float64Array(n));
  for (let c = 0; c < nc; c++) rowShares[c]!.fill(shares[c]!);
  for (let i = 0; i < n; i++) {
    if (isRanked[i] === 0) continue;
    if (reweight) {
      let presentWeight = 0;
      for (let c = 0; c < nc; c++) if (!Number.isNaN(values[c]![i])) presentWeight += weights[c]!;
      for (let c = 0; c < nc; c++) rowShares[c]![i] = Number.isNaN(values[c]![i]) ? 0 : weights[c]! / presentWeight;
    }
    let s = 0;
    for (let c = 0; c < nc; c++) {
      const x = normalized[c]![i]!;
      if (x === x) s += rowShares[c]![i]! * x;
    }
    scores[i] = s;
  }
  return { scores, rowShares };
}

/** Ranks by score, best first; scores within the tolerance of their group's best tie. */
function rankScores(scores: Float64Array, isRanked: Uint8Array, tolerance: number, method: RankMethod): { order: Int32Array; unranked: Int32Array; ranks: (number | null)[] } {
  const n = scores.length;
  const all = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (isRanked[i] === 1) all[count++] = i;
  let u = count;
  for (let i = 0; i < n; i++) if (isRanked[i] === 0) all[u++] = i;
  // Best first, input order among equal scores: sort the negated scores (a numeric sort, no
  // callback), then put each item at the next free place of its score.
  const sorted = new Float64Array(count);
  for (let k = 0; k < count; k++) sorted[k] = -scores[all[k]!]!;
  sorted.sort();
  const used = new Int32Array(count);
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const i = all[k]!;
    const x = -scores[i]!;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    order[lo + used[lo]!++] = i;
  }
  const same = new Uint8Array(count);
  let top = 0;
  for (let k = 1; k < count; k++) {
    const best = scores[order[top]!]!;
    if (best - scores[order[k]!]! <= tolerance * Math.max(1, Math.abs(best))) same[k] = 1;
    else top = k;
  }
  const ranks = new Array<number | null>(n).fill(null);
  assignRanks(order, same, count, method, 0, 0, ranks);
  return { order, unranked: all.subarray(count), ranks };
}

function makePart(value: number | null, normalized: number | null, weight: number, contribution: number | null): CompositePart {
  return { value, normalized, weight, contribution };
}

function makeRow<T>(
  items: readonly T[],
  i: number,
  ranked: boolean,
  ranks: readonly (number | null)[],
  scores: Float64Array,
  keys: readonly string[],
  values: readonly Float64Array[],
  normalized: readonly Float64Array[],
  rowShares: readonly Float64Array[],
): CompositeRow<T> {
  const parts: Record<string, CompositePart> = {};
  for (let c = 0; c < keys.length; c++) {
    const v = values[c]![i]!;
    const x = normalized[c]![i]!;
    const weight = rowShares[c]![i]!;
    parts[keys[c]!] = makePart(v === v ? v : null, ranked && x === x ? x : null, weight, ranked ? (x === x ? weight * x : 0) : null);
  }
  return { item: items[i] as T, index: i, rank: ranks[i] ?? null, score: ranked ? scores[i]! : null, parts };
}
