/**
 * @internal Shared by the ranking functions: option checks and the assignment of ranks to groups
 * of tied items. Not exported from the package.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";

/** The tie methods, in the order of DESIGN.md. */
export const RANK_METHODS = ["competition", "modified-competition", "dense", "ordinal", "fractional"] as const;
/**
 * How tied items are ranked (for the values 10, 20, 20, 30 in ascending order):
 *
 * | method | ranks | SQL | pandas `rank(method=)` |
 * |---|---|---|---|
 * | `competition` | 1 2 2 4 | `RANK()` | `min` |
 * | `modified-competition` | 1 3 3 4 | — | `max` |
 * | `dense` | 1 2 2 3 | `DENSE_RANK()` | `dense` |
 * | `ordinal` | 1 2 3 4, ties in input order | `ROW_NUMBER()` ordered by value then input position | `first` |
 * | `fractional` | 1 2.5 2.5 4 | — | `average` |
 */
export type RankMethod = (typeof RANK_METHODS)[number];

/** Which end gets rank 1: `ascending` gives it to the smallest value, `descending` to the largest. */
export type RankOrder = "ascending" | "descending";

/**
 * Where missing values (`null`, `undefined`, `NaN`) go: `last` (after every present value,
 * whatever the order; SQL `NULLS LAST`, pandas `na_option="bottom"`), `first` (`NULLS FIRST`,
 * `"top"`), or `unranked` (rank `null`, and not counted among the ranked items; pandas `"keep"`).
 * Missing values are equal to each other, so with `last` and `first` they form one group of ties.
 */
export type MissingPolicy = "last" | "first" | "unranked";

/** Which way a criterion is better: `higher` values or `lower` values. */
export type Better = "higher" | "lower";

const MISSING_POLICIES: readonly MissingPolicy[] = ["last", "first", "unranked"];

export function fail(fn: string, message: string): never {
  throw new GrassrootsError("invalid-argument", `${fn}: ${message}`);
}

export function checkMethod(fn: string, method: unknown): RankMethod {
  if (method === undefined) return "competition";
  if (!(RANK_METHODS as readonly unknown[]).includes(method)) {
    fail(fn, `method must be one of ${RANK_METHODS.join(", ")}; got ${JSON.stringify(method)}`);
  }
  return method as RankMethod;
}

export function checkMissing(fn: string, missing: unknown): MissingPolicy {
  if (missing === undefined) return "last";
  if (!(MISSING_POLICIES as readonly unknown[]).includes(missing)) {
    fail(fn, `missing must be one of ${MISSING_POLICIES.join(", ")}; got ${JSON.stringify(missing)}`);
  }
  return missing as MissingPolicy;
}

export function checkBetter(fn: string, key: string, better: unknown): Better {
  if (better !== "higher" && better !== "lower") {
    fail(fn, `criterion ${JSON.stringify(key)}: better must be "higher" or "lower"; got ${JSON.stringify(better)}`);
  }
  return better;
}

export function checkArray(fn: string, name: string, value: unknown): void {
  if (!Array.isArray(value)) fail(fn, `${name} must be an array`);
}

/**
 * Reads a value as a number or missing. Returns NaN for missing (null, undefined, NaN) and throws
 * for anything that is not a number, naming it `${what}[${index}]` (built only then: this runs
 * once per value).
 */
export function readNumber(fn: string, v: unknown, what: string, index: number): number {
  if (typeof v === "number") return v;
  if (v === null || v === undefined) return Number.NaN;
  return fail(fn, `${what}[${index}] must be a number, null or undefined; got ${typeof v}`);
}

/** Checks that a key can be an own property of a plain result object. */
export function plainKey(fn: string, key: string): void {
  if (key === "__proto__") fail(fn, `the key "__proto__" cannot be used`);
}

/**
 * Writes ranks into `out` for a list of `count` items already sorted best first
 * (`order[0..count-1]` are item indices), where `same[k]` is 1 when the item at sorted position
 * `k` is tied with the one at `k - 1`. Ranks start after `offset` positions and `denseOffset`
 * dense groups. Returns the number of dense groups written.
 */
export function assignRanks(
  order: ArrayLike<number>,
  same: Uint8Array,
  count: number,
  method: RankMethod,
  offset: number,
  denseOffset: number,
  out: (number | null)[],
): number {
  let dense = denseOffset;
  let k = 0;
  while (k < count) {
    let end = k + 1;
    while (end < count && same[end] === 1) end++;
    dense++;
    for (let j = k; j < end; j++) {
      const item = order[j]!;
      switch (method) {
        case "competition":
          out[item] = offset + k + 1;
          break;
        case "modified-competition":
          out[item] = offset + end;
          break;
        case "dense":
          out[item] = dense;
          break;
        case "ordinal":
          out[item] = offset + j + 1;
          break;
        case "fractional":
          out[item] = offset + (k + 1 + end) / 2;
          break;
      }
    }
    k = end;
  }
  return dense - denseOffset;
}

/** Unique, non-empty criterion keys; some names are reserved for the explanations. */
export function checkKeys(fn: string, keys: readonly unknown[], reserved: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (typeof key !== "string" || key === "") fail(fn, `every criterion needs a non-empty string key`);
    if (reserved.includes(key)) fail(fn, `the criterion key ${JSON.stringify(key)} is reserved`);
    plainKey(fn, key);
    if (seen.has(key)) fail(fn, `duplicate criterion key ${JSON.stringify(key)}`);
    seen.add(key);
  }
}
