// compositeScore: hand-computed normalisations, weights, missing-value policies, ties, misuse.
import { describe, expect, it } from "vitest";
import { compositeScore, isGrassrootsError } from "../../src/index.js";
import type { CompositeCriterion } from "../../src/index.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : `not a GrassrootsError: ${String(e)}`;
  }
  return undefined;
}

const ITEMS = Object.freeze([
  Object.freeze({ id: "A", coverage: 100, late: 4 }),
  Object.freeze({ id: "B", coverage: 50, late: 0 }),
  Object.freeze({ id: "C", coverage: 75, late: 2 }),
]);
type Item = (typeof ITEMS)[number];
const CRITERIA: readonly CompositeCriterion<Item>[] = [
  { key: "coverage", better: "higher", weight: 3 },
  { key: "late", better: "lower", weight: 1 },
];

describe("compositeScore: normalisations", () => {
  it("min-max (default): 0 worst, 1 best, flipped when lower is better; weights 3:1 → ¾, ¼", () => {
    const r = compositeScore(ITEMS, CRITERIA);
    // coverage: A 1, B 0, C 0.5; late (lower better): A 0, B 1, C 0.5
    expect(r.rows.map((x) => [x.item.id, x.rank, x.score])).toEqual([
      ["A", 1, 0.75],
      ["C", 2, 0.5],
      ["B", 3, 0.25],
    ]);
    expect(r.rows[2]!.parts).toEqual({
      coverage: { value: 50, normalized: 0, weight: 0.75, contribution: 0 },
      late: { value: 0, normalized: 1, weight: 0.25, contribution: 0.25 },
    });
    expect(r.criteria).toEqual([
      { key: "coverage", better: "higher", normalize: "min-max", weight: 3, share: 0.75, count: 3, min: 50, max: 100, mean: 75, sd: Math.sqrt(1250 / 3) },
      { key: "late", better: "lower", normalize: "min-max", weight: 1, share: 0.25, count: 3, min: 0, max: 4, mean: 2, sd: Math.sqrt(8 / 3) },
    ]);
  });

  it("z-score with the population standard deviation", () => {
    const r = compositeScore(ITEMS, CRITERIA, { normalize: "z-score" });
    const sdCov = Math.sqrt((25 * 25 + 25 * 25 + 0) / 3);
    const sdLate = Math.sqrt((4 + 4 + 0) / 3);
    const byId = Object.fromEntries(r.rows.map((x) => [x.item.id, x]));
    expect(byId.A!.parts.coverage!.normalized).toBe(25 / sdCov);
    expect(byId.A!.parts.late!.normalized).toBe((2 - 4) / sdLate);
    expect(byId.B!.parts.coverage!.normalized).toBe(-25 / sdCov);
    expect(byId.B!.parts.late!.normalized).toBe((2 - 0) / sdLate);
    expect(byId.C!.parts.coverage!.normalized).toBe(0);
    expect(byId.C!.parts.late!.normalized).toBe(0);
    expect(byId.A!.score).toBe(0.75 * (25 / sdCov) + 0.25 * (-2 / sdLate));
  });

  it("none: the value itself, negated when lower is better", () => {
    const r = compositeScore(ITEMS, CRITERIA, { normalize: "none" });
    const byId = Object.fromEntries(r.rows.map((x) => [x.item.id, x.score]));
    expect(byId).toEqual({ A: 0.75 * 100 - 0.25 * 4, B: 0.75 * 50 - 0, C: 0.75 * 75 - 0.25 * 2 });
  });

  it("rank: fractional rank from worst to best, (r - 1) / (n - 1), ties averaged", () => {
    const items = [{ v: 10 }, { v: 20 }, { v: 20 }, { v: 30 }];
    const up = compositeScore(items, [{ key: "v", better: "higher", weight: 1, normalize: "rank" }]);
    expect(up.rows.map((x) => [x.index, x.parts.v!.normalized, x.rank])).toEqual([
      [3, 1, 1],
      [1, 0.5, 2],
      [2, 0.5, 2],
      [0, 0, 4],
    ]);
    const down = compositeScore(items, [{ key: "v", better: "lower", weight: 1, normalize: "rank" }]);
    expect(down.rows.map((x) => [x.index, x.parts.v!.normalized])).toEqual([
      [0, 1],
      [1, 0.5],
      [2, 0.5],
      [3, 0],
    ]);
  });

  it("per-criterion normalisation overrides the option", () => {
    const r = compositeScore(ITEMS, [
      { key: "coverage", better: "higher", weight: 1, normalize: "none" },
      { key: "late", better: "lower", weight: 1 },
    ]);
    expect(r.criteria.map((c) => c.normalize)).toEqual(["none", "min-max"]);
    expect(r.rows.find((x) => x.item.id === "C")!.score).toBe(0.5 * 75 + 0.5 * 0.5);
  });

  it("a constant criterion puts every item in the middle: 0.5 (min-max, rank), 0 (z-score)", () => {
    const items = [{ a: 7, b: 1 }, { a: 7, b: 3 }, { a: 7, b: 2 }];
    for (const [normalize, middle] of [["min-max", 0.5], ["rank", 0.5], ["z-score", 0]] as const) {
      const r = compositeScore(items, [
        { key: "a", better: "higher", weight: 1, normalize },
        { key: "b", better: "higher", weight: 1, normalize: "min-max" },
      ]);
      expect(r.rows.map((x) => x.parts.a!.normalized)).toEqual([middle, middle, middle]);
      expect(r.rows.map((x) => x.index)).toEqual([1, 2, 0]);
    }
  });

  it("a single item is in the middle too", () => {
    for (const [normalize, middle] of [["min-max", 0.5], ["rank", 0.5], ["z-score", 0], ["none", 3]] as const) {
      const r = compositeScore([{ a: 3 }], [{ key: "a", better: "higher", weight: 2, normalize }]);
      expect(r.rows).toEqual([{ item: { a: 3 }, index: 0, rank: 1, score: middle, parts: { a: { value: 3, normalized: middle, weight: 1, contribution: middle } } }]);
    }
  });

  it("no items: no rows, and summaries with count 0", () => {
    const r = compositeScore([] as { a: number }[], [{ key: "a", better: "higher", weight: 1 }]);
    expect(r).toEqual({
      rows: [],
      criteria: [{ key: "a", better: "higher", normalize: "min-max", weight: 1, share: 1, count: 0, min: null, max: null, mean: null, sd: null }],
    });
  });
});

describe("compositeScore: weights", () => {
  it("are divided by their sum: 2:1, 4:2 and ⅔:⅓ give the same shares", () => {
    const scores = (w1: number, w2: number): (number | null)[] =>
      compositeScore(ITEMS, [
        { key: "coverage", better: "higher", weight: w1 },
        { key: "late", better: "lower", weight: w2 },
      ]).rows.map((x) => x.score);
    expect(scores(2, 1)).toEqual([2 / 3, 0.5, 1 / 3]);
    expect(scores(4, 2)).toEqual(scores(2, 1));
  });

  it("a weight of 0 shows the criterion, contributes nothing, and its missing values do not unrank", () => {
    const r = compositeScore(
      [{ a: 1, b: null }, { a: 2, b: 5 }],
      [
        { key: "a", better: "higher", weight: 1 },
        { key: "b", better: "higher", weight: 0 },
      ],
    );
    expect(r.rows.map((x) => [x.index, x.rank, x.score])).toEqual([
      [1, 1, 1],
      [0, 2, 0],
    ]);
    expect(r.rows[0]!.parts.b).toEqual({ value: 5, normalized: 0.5, weight: 0, contribution: 0 });
    expect(r.rows[1]!.parts.b).toEqual({ value: null, normalized: null, weight: 0, contribution: 0 });
  });

  it("negative, non-finite or all-zero weights are rejected", () => {
    const one = (weight: number): unknown => compositeScore(ITEMS, [{ key: "coverage", better: "higher", weight }]);
    expect(code(() => one(-1))).toBe("invalid-argument");
    expect(code(() => one(Number.NaN))).toBe("invalid-argument");
    expect(code(() => one(Infinity))).toBe("invalid-argument");
    expect(code(() => one(0))).toBe("invalid-argument");
    expect(code(() => one("1" as never))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, [{ key: "coverage", better: "higher" } as never]))).toBe("invalid-argument");
    expect(() => one(0)).toThrow(/weights are all 0/);
  });
});

describe("compositeScore: missing values", () => {
  // Q has no b. Hand-computed below for each policy.
  const items = Object.freeze([
    { id: "P", a: 0, b: 10 },
    { id: "Q", a: 10, b: null },
    { id: "R", a: 5, b: 20 },
  ]);
  const criteria = [
    { key: "a", better: "higher", weight: 1 },
    { key: "b", better: "higher", weight: 1 },
  ] as const;

  it("unranked (default): Q is listed last without score; its values stay out of the statistics", () => {
    const r = compositeScore(items, criteria);
    // a over P, R: min 0, max 5 → P 0, R 1; b: P 0, R 1
    expect(r.rows.map((x) => [x.item.id, x.rank, x.score])).toEqual([
      ["R", 1, 1],
      ["P", 2, 0],
      ["Q", null, null],
    ]);
    expect(r.criteria[0]).toMatchObject({ count: 2, min: 0, max: 5 });
    expect(r.rows[2]!.parts).toEqual({
      a: { value: 10, normalized: null, weight: 0.5, contribution: null },
      b: { value: null, normalized: null, weight: 0.5, contribution: null },
    });
  });

  it("reweight: Q is scored on a alone", () => {
    const r = compositeScore(items, criteria, { missing: "reweight" });
    // a over all: P 0, Q 1, R 0.5; b over P, R: P 0, R 1
    expect(r.rows.map((x) => [x.item.id, x.rank, x.score])).toEqual([
      ["Q", 1, 1],
      ["R", 2, 0.75],
      ["P", 3, 0],
    ]);
    expect(r.rows[0]!.parts).toEqual({
      a: { value: 10, normalized: 1, weight: 1, contribution: 1 },
      b: { value: null, normalized: null, weight: 0, contribution: 0 },
    });
  });

  it("reweight: an item with no present weighted criterion is unranked", () => {
    const r = compositeScore([{ a: null }, { a: 1 }], [{ key: "a", better: "higher", weight: 1 }], { missing: "reweight" });
    expect(r.rows.map((x) => [x.index, x.rank])).toEqual([
      [1, 1],
      [0, null],
    ]);
  });

  it("zero: the missing value contributes 0", () => {
    const r = compositeScore(items, criteria, { missing: "zero" });
    expect(r.rows.map((x) => [x.item.id, x.rank, x.score])).toEqual([
      ["R", 1, 0.75],
      ["Q", 2, 0.5],
      ["P", 3, 0],
    ]);
    expect(r.rows[1]!.parts.b).toEqual({ value: null, normalized: null, weight: 0.5, contribution: 0 });
  });

  it("NaN and undefined are missing too; infinite values are rejected", () => {
    const r = compositeScore([{ a: Number.NaN }, { a: undefined }, { a: 1 }], [{ key: "a", better: "higher", weight: 1 }]);
    expect(r.rows.map((x) => x.rank)).toEqual([1, null, null]);
    expect(code(() => compositeScore([{ a: Infinity }], [{ key: "a", better: "higher", weight: 1 }]))).toBe("invalid-argument");
  });

  it("does not modify frozen items", () => {
    compositeScore(items, criteria, { missing: "zero", normalize: "rank" });
    expect(items).toEqual([
      { id: "P", a: 0, b: 10 },
      { id: "Q", a: 10, b: null },
      { id: "R", a: 5, b: 20 },
    ]);
  });
});

describe("compositeScore: ties", () => {
  // With shares ⅓: 0.1·⅓ + 0.2·⅓ = 0.1 but 0.3·⅓ = 0.09999999999999999.
  const items = [
    { a: 0.1, b: 0.2, c: 0 },
    { a: 0.3, b: 0, c: 0 },
    { a: 0, b: 0, c: 0 },
  ];
  const criteria = (["a", "b", "c"] as const).map((key) => ({ key, better: "higher" as const, weight: 1 }));

  it("scores equal on paper tie (default tolerance 1e-9) though they differ in the last bit", () => {
    const r = compositeScore(items, criteria, { normalize: "none" });
    expect(r.rows[0]!.score).not.toBe(r.rows[1]!.score);
    expect(r.rows.map((x) => x.rank)).toEqual([1, 1, 3]);
  });

  it("tolerance 0 compares exactly", () => {
    const r = compositeScore(items, criteria, { normalize: "none", tolerance: 0 });
    expect(r.rows.map((x) => [x.index, x.rank])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it("ties at the top, middle and bottom with each method", () => {
    const v = [9, 7, 9, 4, 7, 1, 1].map((a) => ({ a }));
    const c = [{ key: "a", better: "higher", weight: 1 }] as const;
    const ranks = (method: "competition" | "dense" | "ordinal" | "fractional" | "modified-competition"): (number | null)[] => {
      const rows = compositeScore(v, c, { method }).rows;
      return v.map((_, i) => rows.find((r) => r.index === i)!.rank);
    };
    expect(ranks("competition")).toEqual([1, 3, 1, 5, 3, 6, 6]);
    expect(ranks("modified-competition")).toEqual([2, 4, 2, 5, 4, 7, 7]);
    expect(ranks("dense")).toEqual([1, 2, 1, 3, 2, 4, 4]);
    expect(ranks("ordinal")).toEqual([1, 3, 2, 5, 4, 6, 7]);
    expect(ranks("fractional")).toEqual([1.5, 3.5, 1.5, 5, 3.5, 6.5, 6.5]);
  });
});

describe("compositeScore: misuse", () => {
  it("throws invalid-argument", () => {
    const c = [{ key: "coverage", better: "higher", weight: 1 }] as const;
    expect(code(() => compositeScore(ITEMS, []))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, c, { normalize: "minmax" as never }))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, [{ ...c[0], normalize: "rank-based" as never }]))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, c, { missing: "last" as never }))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, c, { tolerance: -1 }))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, c, { tolerance: Number.NaN }))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, c, { method: "min" as never }))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, c, null as never))).toBe("invalid-argument");
    expect(code(() => compositeScore(ITEMS, [c[0], c[0]]))).toBe("invalid-argument");
  });
});
