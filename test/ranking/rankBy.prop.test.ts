// Properties of rankBy, checked against a naive lexicographic oracle that counts, per item, the
// items strictly before it (competition rank) straight from the definition.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankBy, RANK_METHODS } from "../../src/index.js";
import type { Better, MissingPolicy, RankMethod } from "../../src/index.js";
import { oracleRanks } from "./oracle.js";

type Row = readonly (number | null)[];
const cell = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.constant(null) });
const table = fc.integer({ min: 0, max: 3 }).chain((k) =>
  fc.tuple(fc.array(fc.array(cell, { minLength: k, maxLength: k }), { maxLength: 25 }), fc.array(fc.constantFrom<Better>("higher", "lower"), { minLength: k, maxLength: k })),
);
const missing = fc.constantFrom<MissingPolicy>("last", "first", "unranked");
const method = fc.constantFrom<RankMethod>(...RANK_METHODS);

const criteriaOf = (better: readonly Better[]): { key: string; better: Better; value: (r: Row) => number | null }[] =>
  better.map((b, c) => ({ key: `c${c}`, better: b, value: (r: Row) => r[c]! }));

/** -1 when a comes strictly before b, 1 after, 0 equal on every criterion. */
function lexCompare(a: Row, b: Row, better: readonly Better[], mi: MissingPolicy): number {
  for (let c = 0; c < better.length; c++) {
    const x = a[c]!;
    const y = b[c]!;
    if (x === null && y === null) continue;
    if (x === null) return mi === "first" ? -1 : 1;
    if (y === null) return mi === "first" ? 1 : -1;
    if (x === y) continue;
    return (better[c] === "higher") === x > y ? -1 : 1;
  }
  return 0;
}

describe("rankBy properties", () => {
  it("competition ranks = 1 + the number of items strictly before (lexicographic)", () => {
    fc.assert(
      fc.property(table, missing, ([rows, better], mi) => {
        const out = rankBy(rows, criteriaOf(better), { missing: mi });
        const ranked = rows.map((r, i) => ({ r, i })).filter(({ r }) => mi !== "unranked" || r.every((x) => x !== null));
        for (const row of out) {
          if (row.rank === null) {
            expect(rows[row.index]!.some((x) => x === null) && mi === "unranked").toBe(true);
            continue;
          }
          const before = ranked.filter(({ r }) => lexCompare(r, rows[row.index]!, better, mi) < 0).length;
          expect(row.rank).toBe(1 + before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("stays exact with many criteria of many distinct values (the key is re-numbered)", () => {
    // 6 criteria: the key is re-numbered before packing; 8: also between criteria.
    const wide = fc.constantFrom(6, 8).chain((k) =>
      fc.tuple(
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constant(null)), { minLength: k, maxLength: k }), { minLength: 150, maxLength: 200 }),
        fc.array(fc.constantFrom<Better>("higher", "lower"), { minLength: k, maxLength: k }),
      ),
    );
    fc.assert(
      fc.property(wide, missing, ([rows, better], mi) => {
        const out = rankBy(rows, criteriaOf(better), { missing: mi });
        const ranked = rows.filter((r) => mi !== "unranked" || r.every((x) => x !== null));
        for (const row of out) {
          if (row.rank === null) continue;
          expect(row.rank).toBe(1 + ranked.filter((r) => lexCompare(r, rows[row.index]!, better, mi) < 0).length);
        }
      }),
      { numRuns: 20 },
    );
  });

  it("with one criterion it agrees with the SQL / pandas oracle for every method", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 25 }), fc.constantFrom<Better>("higher", "lower"), missing, method, (v, b, mi, m) => {
        const out = rankBy(v, [{ key: "v", better: b, value: (x) => x }], { missing: mi, method: m });
        const expected = oracleRanks(v, b === "higher" ? "descending" : "ascending", mi, m);
        for (const row of out) expect(row.rank).toBe(expected[row.index]);
      }),
      { numRuns: 300 },
    );
  });

  it("rows come best first; ties in input order; unranked last in input order", () => {
    fc.assert(
      fc.property(table, missing, method, ([rows, better], mi, m) => {
        const out = rankBy(rows, criteriaOf(better), { missing: mi, method: m });
        expect(out.map((r) => r.index).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
        for (let k = 1; k < out.length; k++) {
          const a = out[k - 1]!;
          const b = out[k]!;
          if (a.rank === null) expect(b.rank).toBe(null);
          if (a.rank !== null && b.rank !== null) expect(a.rank).toBeLessThanOrEqual(b.rank);
          if (a.rank === null || (b.rank !== null && lexCompare(rows[a.index]!, rows[b.index]!, better, mi) === 0)) expect(a.index).toBeLessThan(b.index);
          const c = b.rank === null ? null : lexCompare(rows[a.index]!, rows[b.index]!, better, mi);
          if (c === 0) expect(b.decidedBy).toBe(m === "ordinal" ? "input-order" : null);
          if (c !== null && c < 0) expect(b.decidedBy).toMatch(/^c\d$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the input order (except ordinal)", () => {
    fc.assert(
      fc.property(
        table.chain(([rows, better]) =>
          fc.tuple(fc.constant(rows), fc.constant(better), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })),
        ),
        missing,
        fc.constantFrom<RankMethod>("competition", "modified-competition", "dense", "fractional"),
        ([rows, better, perm], mi, m) => {
          const a = rankBy(rows, criteriaOf(better), { missing: mi, method: m });
          const b = rankBy(
            perm.map((i) => rows[i]!),
            criteriaOf(better),
            { missing: mi, method: m },
          );
          const rankA = new Map(a.map((r) => [r.index, r.rank]));
          for (const r of b) expect(r.rank).toBe(rankA.get(perm[r.index]!));
        },
      ),
      { numRuns: 200 },
    );
  });
});
