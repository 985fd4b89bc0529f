// Properties of compositeScore, and agreement with a naive re-computation from the formulas.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compositeScore } from "../../src/index.js";
import type { Better, CompositeMissing, Normalization } from "../../src/index.js";

type Row = readonly (number | null)[];
const K = 3;
const value = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -20, max: 20 }) }, { weight: 1, arbitrary: fc.constant(null) });
const rows = fc.array(fc.array(value, { minLength: K, maxLength: K }), { maxLength: 25 });
const complete = fc.array(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: K, maxLength: K }), { minLength: 1, maxLength: 25 });
const betters = fc.array(fc.constantFrom<Better>("higher", "lower"), { minLength: K, maxLength: K });
const weights = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: K, maxLength: K }).filter((w) => w.some((x) => x > 0));
const normalization = fc.constantFrom<Normalization>("none", "min-max", "z-score", "rank");
const missing = fc.constantFrom<CompositeMissing>("unranked", "reweight", "zero");

const criteria = (better: readonly Better[], w: readonly number[], normalize?: Normalization) =>
  better.map((b, c) => ({ key: `c${c}`, better: b, weight: w[c]!, normalize, value: (r: Row) => r[c]! }));

/** Strictly increasing maps, exact on small integers. */
const transforms: ((x: number) => number)[] = [(x) => 3 * x + 1, (x) => x * x * x, (x) => Math.exp(x / 4), (x) => -1 / (x + 100)];

describe("compositeScore properties", () => {
  it("a strictly increasing transform of a criterion does not change rank-normalisation results", () => {
    fc.assert(
      fc.property(rows, betters, weights, missing, fc.integer({ min: 0, max: K - 1 }), fc.constantFrom(...transforms), (data, b, w, mi, c, f) => {
        const transformed = data.map((r) => r.map((x, j) => (j === c && x !== null ? f(x) : x)));
        const a = compositeScore(data, criteria(b, w, "rank"), { missing: mi });
        const t = compositeScore(transformed, criteria(b, w, "rank"), { missing: mi });
        expect(t.rows.map((r) => [r.index, r.rank, r.score])).toEqual(a.rows.map((r) => [r.index, r.rank, r.score]));
        expect(t.rows.map((r) => Object.values(r.parts).map((p) => p.normalized))).toEqual(a.rows.map((r) => Object.values(r.parts).map((p) => p.normalized)));
      }),
      { numRuns: 300 },
    );
  });

  it("contributions add up to the score; normalised values stay in [0, 1] for min-max and rank", () => {
    fc.assert(
      fc.property(rows, betters, weights, normalization, missing, (data, b, w, norm, mi) => {
        const r = compositeScore(data, criteria(b, w, norm), { missing: mi });
        for (const row of r.rows) {
          const parts = Object.values(row.parts);
          if (row.score === null) {
            expect(row.rank).toBe(null);
            continue;
          }
          expect(parts.reduce((s, p) => s + p.contribution!, 0)).toBeCloseTo(row.score, 9);
          expect(parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
          if (norm === "min-max" || norm === "rank") {
            for (const p of parts) if (p.normalized !== null) expect(p.normalized >= 0 && p.normalized <= 1).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("scaling every weight by the same factor changes nothing", () => {
    fc.assert(
      fc.property(rows, betters, weights, normalization, missing, fc.integer({ min: 2, max: 9 }), (data, b, w, norm, mi, k) => {
        const a = compositeScore(data, criteria(b, w, norm), { missing: mi });
        const s = compositeScore(data, criteria(b, w.map((x) => x * k), norm), { missing: mi });
        expect(s.rows.map((r) => [r.index, r.rank, r.score])).toEqual(a.rows.map((r) => [r.index, r.rank, r.score]));
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the input order", () => {
    fc.assert(
      fc.property(
        rows.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d.map((_, i) => i), { minLength: d.length, maxLength: d.length }))),
        betters,
        weights,
        normalization,
        missing,
        ([data, perm], b, w, norm, mi) => {
          const a = compositeScore(data, criteria(b, w, norm), { missing: mi });
          const s = compositeScore(
            perm.map((i) => data[i]!),
            criteria(b, w, norm),
            { missing: mi },
          );
          const byIndex = new Map(a.rows.map((r) => [r.index, r]));
          for (const r of s.rows) {
            const o = byIndex.get(perm[r.index]!)!;
            expect(r.rank).toBe(o.rank);
            if (r.score === null) expect(o.score).toBe(null);
            else expect(r.score).toBeCloseTo(o.score!, 9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("agrees with a naive min-max composite and counted competition ranks (complete data)", () => {
    fc.assert(
      fc.property(complete, betters, weights, (data, b, w) => {
        const total = w.reduce((s, x) => s + x, 0);
        const naive = data.map((r) =>
          r.reduce((s, x, c) => {
            const col = data.map((q) => q[c]!);
            const min = Math.min(...col);
            const max = Math.max(...col);
            const norm = max === min ? 0.5 : b[c] === "higher" ? (x! - min) / (max - min) : (max - x!) / (max - min);
            return s + (w[c]! / total) * norm;
          }, 0),
        );
        const r = compositeScore(data, criteria(b, w), { tolerance: 1e-9 });
        for (const row of r.rows) {
          expect(row.score).toBeCloseTo(naive[row.index]!, 12);
          // competition rank: 1 + items with a score higher by more than the tolerance
          const s = naive[row.index]!;
          expect(row.rank).toBe(1 + naive.filter((x) => x - s > 1e-9 * Math.max(1, Math.abs(x))).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never modifies its input", () => {
    fc.assert(
      fc.property(rows, betters, weights, normalization, missing, (data, b, w, norm, mi) => {
        const frozen = Object.freeze(data.map((r) => Object.freeze([...r])));
        compositeScore(frozen, criteria(b, w, norm), { missing: mi });
        expect(frozen).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });
});
