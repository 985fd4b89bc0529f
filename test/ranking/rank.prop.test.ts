// Properties of rank, percentRank and cumeDist, and agreement with the naive oracle (counting
// definitions of SQL RANK / DENSE_RANK / ROW_NUMBER / PERCENT_RANK / CUME_DIST and pandas rank).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cumeDist, percentRank, rank, RANK_METHODS } from "../../src/index.js";
import type { MissingPolicy, RankMethod, RankOrder } from "../../src/index.js";
import { oracleCumeDist, oraclePercentRank, oracleRanks, type Value } from "./oracle.js";

const RUNS = { numRuns: 300 };

/** Values with many ties (small integers), some missing values, infinities and -0. */
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -4, max: 4 }) },
  { weight: 3, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<Value>(null, undefined, Number.NaN, Infinity, -Infinity, -0, 0.1 + 0.2, 0.3) },
);
const values = fc.array(value, { maxLength: 40 });
const method = fc.constantFrom<RankMethod>(...RANK_METHODS);
const order = fc.constantFrom<RankOrder>("ascending", "descending");
const missing = fc.constantFrom<MissingPolicy>("last", "first", "unranked");

const isMissing = (v: Value): boolean => v === null || v === undefined || Number.isNaN(v);
const sameValue = (a: Value, b: Value): boolean => (isMissing(a) && isMissing(b)) || (!isMissing(a) && !isMissing(b) && a === b);

describe("rank properties", () => {
  it("agrees with the counting definitions (SQL / pandas) for every method, order and missing policy", () => {
    fc.assert(
      fc.property(values, method, order, missing, (v, m, o, mi) => {
        expect(rank(v, { method: m, order: o, missing: mi })).toEqual(oracleRanks(v, o, mi, m));
      }),
      RUNS,
    );
  });

  it("percentRank and cumeDist agree with PERCENT_RANK and CUME_DIST", () => {
    fc.assert(
      fc.property(values, order, missing, (v, o, mi) => {
        expect(percentRank(v, { order: o, missing: mi })).toEqual(oraclePercentRank(v, o, mi));
        expect(cumeDist(v, { order: o, missing: mi })).toEqual(oracleCumeDist(v, o, mi));
      }),
      RUNS,
    );
  });

  it("ranks are within 1..n (n = ranked items); null only for missing values with 'unranked'", () => {
    fc.assert(
      fc.property(values, method, order, missing, (v, m, o, mi) => {
        const r = rank(v, { method: m, order: o, missing: mi });
        const n = mi === "unranked" ? v.filter((x) => !isMissing(x)).length : v.length;
        expect(r).toHaveLength(v.length);
        r.forEach((x, i) => {
          if (x === null) expect(mi === "unranked" && isMissing(v[i])).toBe(true);
          else {
            expect(x).toBeGreaterThanOrEqual(1);
            expect(x).toBeLessThanOrEqual(n);
          }
        });
      }),
      RUNS,
    );
  });

  it("equal values get equal ranks, except ordinal, which gives 1..n once each", () => {
    fc.assert(
      fc.property(values, method, order, missing, (v, m, o, mi) => {
        const r = rank(v, { method: m, order: o, missing: mi });
        if (m === "ordinal") {
          const present = r.filter((x): x is number => x !== null).sort((a, b) => a - b);
          expect(present).toEqual(present.map((_, i) => i + 1));
          return;
        }
        for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) if (sameValue(v[i], v[j])) expect(r[i]).toBe(r[j]);
      }),
      RUNS,
    );
  });

  it("better values get better ranks (strictly, for competition)", () => {
    fc.assert(
      fc.property(values, order, (v, o) => {
        const r = rank(v, { order: o, missing: "unranked" });
        for (let i = 0; i < v.length; i++) {
          for (let j = 0; j < v.length; j++) {
            if (isMissing(v[i]) || isMissing(v[j])) continue;
            const better = o === "ascending" ? v[i]! < v[j]! : v[i]! > v[j]!;
            if (better) expect(r[i]!).toBeLessThan(r[j]!);
          }
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the input order, except ordinal (which follows it among ties)", () => {
    fc.assert(
      fc.property(
        values.chain((v) => fc.tuple(fc.constant(v), fc.shuffledSubarray(v.map((_, i) => i), { minLength: v.length, maxLength: v.length }))),
        method,
        order,
        missing,
        ([v, perm], m, o, mi) => {
          const shuffled = perm.map((i) => v[i]);
          const r = rank(v, { method: m, order: o, missing: mi });
          const rs = rank(shuffled, { method: m, order: o, missing: mi });
          if (m !== "ordinal") {
            perm.forEach((i, k) => expect(rs[k]).toBe(r[i]));
            return;
          }
          // ordinal: among tied values, earlier in the input means a smaller rank
          for (let a = 0; a < shuffled.length; a++) {
            for (let b = a + 1; b < shuffled.length; b++) {
              if (sameValue(shuffled[a], shuffled[b]) && rs[a] !== null) expect(rs[a]!).toBeLessThan(rs[b]!);
            }
          }
          // and it is the same multiset of ranks
          expect([...rs].sort()).toEqual([...r].sort());
        },
      ),
      RUNS,
    );
  });

  it("adding a worse item changes no better item's competition rank", () => {
    fc.assert(
      fc.property(values, value, order, missing, (v, extra, o, mi) => {
        const before = rank(v, { order: o, missing: mi });
        const after = rank([...v, extra], { order: o, missing: mi });
        for (let i = 0; i < v.length; i++) {
          // v[i] is strictly better than the new item (missing values per the policy)
          const a = v[i];
          let better: boolean;
          if (isMissing(a)) better = mi === "first" && !isMissing(extra);
          else if (isMissing(extra)) better = mi !== "first";
          else better = o === "ascending" ? a! < extra! : a! > extra!;
          if (better) expect(after[i]).toBe(before[i]);
        }
      }),
      RUNS,
    );
  });

  it("fractional ranks of the ranked items add up to n(n+1)/2", () => {
    fc.assert(
      fc.property(values, order, missing, (v, o, mi) => {
        const r = rank(v, { method: "fractional", order: o, missing: mi }).filter((x): x is number => x !== null);
        expect(r.reduce((s, x) => s + x, 0)).toBeCloseTo((r.length * (r.length + 1)) / 2, 9);
      }),
      RUNS,
    );
  });

  it("never modifies its input", () => {
    fc.assert(
      fc.property(values, method, order, missing, (v, m, o, mi) => {
        const frozen = Object.freeze([...v]);
        rank(frozen, { method: m, order: o, missing: mi });
        percentRank(frozen, { order: o, missing: mi });
        cumeDist(frozen, { order: o, missing: mi });
        expect(frozen).toEqual(v);
      }),
      { numRuns: 50 },
    );
  });
});
