// Hand-computed tables for rank, percentRank and cumeDist: ties at the top, middle and bottom,
// all-equal and single-element inputs, missing values, and misuse.
import { describe, expect, it } from "vitest";
import { cumeDist, isGrassrootsError, percentRank, rank, RANK_METHODS } from "../../src/index.js";
import type { RankMethod } from "../../src/index.js";
import { oracleRanks } from "./oracle.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : `not a GrassrootsError: ${String(e)}`;
  }
  return undefined;
}

// Ties at the top (9, 9), in the middle (7, 7) and at the bottom (1, 1).
const VALUES = Object.freeze([9, 7, 9, 4, 7, 1, 1]);

describe("rank: ties at the top, middle and bottom", () => {
  const descending: Record<RankMethod, number[]> = {
    competition: [1, 3, 1, 5, 3, 6, 6],
    "modified-competition": [2, 4, 2, 5, 4, 7, 7],
    dense: [1, 2, 1, 3, 2, 4, 4],
    ordinal: [1, 3, 2, 5, 4, 6, 7],
    fractional: [1.5, 3.5, 1.5, 5, 3.5, 6.5, 6.5],
  };
  const ascending: Record<RankMethod, number[]> = {
    competition: [6, 4, 6, 3, 4, 1, 1],
    "modified-competition": [7, 5, 7, 3, 5, 2, 2],
    dense: [4, 3, 4, 2, 3, 1, 1],
    ordinal: [6, 4, 7, 3, 5, 1, 2],
    fractional: [6.5, 4.5, 6.5, 3, 4.5, 1.5, 1.5],
  };
  for (const method of RANK_METHODS) {
    it(`${method}, descending`, () => {
      expect(rank(VALUES, { order: "descending", method })).toEqual(descending[method]);
    });
    it(`${method}, ascending`, () => {
      expect(rank(VALUES, { order: "ascending", method })).toEqual(ascending[method]);
    });
  }
  it("the naive oracle of the property tests agrees with these hand tables", () => {
    for (const method of RANK_METHODS) {
      expect(oracleRanks(VALUES, "descending", "last", method)).toEqual(descending[method]);
      expect(oracleRanks(VALUES, "ascending", "last", method)).toEqual(ascending[method]);
    }
  });
  it("defaults to competition", () => {
    expect(rank(VALUES, { order: "descending" })).toEqual(descending.competition);
  });
  it("percentRank and cumeDist", () => {
    expect(percentRank(VALUES, { order: "descending" })).toEqual([0, 2 / 6, 0, 4 / 6, 2 / 6, 5 / 6, 5 / 6]);
    expect(cumeDist(VALUES, { order: "descending" })).toEqual([2 / 7, 4 / 7, 2 / 7, 5 / 7, 4 / 7, 1, 1]);
    expect(percentRank(VALUES, { order: "ascending" })).toEqual([5 / 6, 3 / 6, 5 / 6, 2 / 6, 3 / 6, 0, 0]);
    expect(cumeDist(VALUES, { order: "ascending" })).toEqual([1, 5 / 7, 1, 3 / 7, 5 / 7, 2 / 7, 2 / 7]);
  });
  it("does not modify the (frozen) input", () => {
    expect(VALUES).toEqual([9, 7, 9, 4, 7, 1, 1]);
    const ranks = rank(VALUES, { order: "ascending" });
    expect(Object.isFrozen(ranks)).toBe(false);
    expect(ranks).not.toBe(VALUES);
  });
});

describe("rank: missing values", () => {
  // present: 5 (i2), 3 (i0, i4); missing: i1 null, i3 NaN, i5 undefined
  const values = Object.freeze([3, null, 5, Number.NaN, 3, undefined]);
  const table: Record<"last" | "first" | "unranked", Record<RankMethod, (number | null)[]>> = {
    last: {
      competition: [2, 4, 1, 4, 2, 4],
      "modified-competition": [3, 6, 1, 6, 3, 6],
      dense: [2, 3, 1, 3, 2, 3],
      ordinal: [2, 4, 1, 5, 3, 6],
      fractional: [2.5, 5, 1, 5, 2.5, 5],
    },
    first: {
      competition: [5, 1, 4, 1, 5, 1],
      "modified-competition": [6, 3, 4, 3, 6, 3],
      dense: [3, 1, 2, 1, 3, 1],
      ordinal: [5, 1, 4, 2, 6, 3],
      fractional: [5.5, 2, 4, 2, 5.5, 2],
    },
    unranked: {
      competition: [2, null, 1, null, 2, null],
      "modified-competition": [3, null, 1, null, 3, null],
      dense: [2, null, 1, null, 2, null],
      ordinal: [2, null, 1, null, 3, null],
      fractional: [2.5, null, 1, null, 2.5, null],
    },
  };
  for (const missing of ["last", "first", "unranked"] as const) {
    for (const method of RANK_METHODS) {
      it(`${missing}, ${method}`, () => {
        expect(rank(values, { order: "descending", method, missing })).toEqual(table[missing][method]);
      });
    }
  }
  it("missing values go last whatever the order", () => {
    expect(rank(values, { order: "ascending" })).toEqual([1, 4, 3, 4, 1, 4]);
  });
  it("defaults to last", () => {
    expect(rank(values, { order: "descending" })).toEqual(table.last.competition);
  });
  it("percentRank and cumeDist count the ranked items only", () => {
    expect(percentRank(values, { order: "descending" })).toEqual([1 / 5, 3 / 5, 0, 3 / 5, 1 / 5, 3 / 5]);
    expect(percentRank(values, { order: "descending", missing: "unranked" })).toEqual([1 / 2, null, 0, null, 1 / 2, null]);
    expect(percentRank(values, { order: "descending", missing: "first" })).toEqual([4 / 5, 0, 3 / 5, 0, 4 / 5, 0]);
    expect(cumeDist(values, { order: "descending" })).toEqual([3 / 6, 1, 1 / 6, 1, 3 / 6, 1]);
    expect(cumeDist(values, { order: "descending", missing: "unranked" })).toEqual([1, null, 1 / 3, null, 1, null]);
    expect(cumeDist(values, { order: "descending", missing: "first" })).toEqual([1, 3 / 6, 4 / 6, 3 / 6, 1, 3 / 6]);
  });
  it("holes of a sparse array are missing", () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 2] as (number | undefined)[];
    expect(rank(sparse, { order: "ascending" })).toEqual([1, 3, 2]);
  });
  it("all missing", () => {
    expect(rank([null, Number.NaN], { order: "ascending" })).toEqual([1, 1]);
    expect(rank([null, Number.NaN], { order: "ascending", method: "modified-competition" })).toEqual([2, 2]);
    expect(rank([null, Number.NaN], { order: "ascending", method: "ordinal" })).toEqual([1, 2]);
    expect(rank([null, Number.NaN], { order: "ascending", method: "fractional" })).toEqual([1.5, 1.5]);
    expect(rank([null, Number.NaN], { order: "ascending", method: "dense", missing: "first" })).toEqual([1, 1]);
    expect(rank([null, Number.NaN], { order: "ascending", missing: "unranked" })).toEqual([null, null]);
    expect(percentRank([null, undefined], { order: "ascending", missing: "unranked" })).toEqual([null, null]);
    expect(cumeDist([null, undefined], { order: "ascending", missing: "unranked" })).toEqual([null, null]);
    expect(percentRank([null, undefined], { order: "ascending" })).toEqual([0, 0]);
    expect(cumeDist([null, undefined], { order: "ascending" })).toEqual([1, 1]);
  });
});

describe("rank: degenerate inputs", () => {
  it("all equal", () => {
    const v = [2, 2, 2];
    expect(rank(v, { order: "ascending" })).toEqual([1, 1, 1]);
    expect(rank(v, { order: "descending", method: "modified-competition" })).toEqual([3, 3, 3]);
    expect(rank(v, { order: "descending", method: "dense" })).toEqual([1, 1, 1]);
    expect(rank(v, { order: "descending", method: "ordinal" })).toEqual([1, 2, 3]);
    expect(rank(v, { order: "ascending", method: "fractional" })).toEqual([2, 2, 2]);
    expect(percentRank(v, { order: "ascending" })).toEqual([0, 0, 0]);
    expect(cumeDist(v, { order: "ascending" })).toEqual([1, 1, 1]);
  });
  it("a single element", () => {
    for (const method of RANK_METHODS) expect(rank([42], { order: "descending", method })).toEqual([1]);
    expect(percentRank([42], { order: "descending" })).toEqual([0]);
    expect(cumeDist([42], { order: "descending" })).toEqual([1]);
  });
  it("empty input", () => {
    for (const method of RANK_METHODS) expect(rank([], { order: "descending", method })).toEqual([]);
    expect(percentRank([], { order: "ascending" })).toEqual([]);
    expect(cumeDist([], { order: "ascending" })).toEqual([]);
  });
  it("infinities are values; -0 equals 0", () => {
    expect(rank([Infinity, -Infinity, 0], { order: "ascending" })).toEqual([3, 1, 2]);
    expect(rank([Infinity, Infinity, 1], { order: "descending", method: "dense" })).toEqual([1, 1, 2]);
    expect(rank([-0, 0, 1], { order: "ascending", method: "dense" })).toEqual([1, 1, 2]);
    expect(rank([0, -0], { order: "ascending", method: "ordinal" })).toEqual([1, 2]);
  });
  it("equal fractions are ties (one correctly rounded division each)", () => {
    expect(rank([2 / 3, 4 / 6, 20 / 30], { order: "descending" })).toEqual([1, 1, 1]);
  });
  it("a tie within 1 ulp is not a tie (values are compared exactly)", () => {
    expect(rank([0.1 + 0.2, 0.3], { order: "descending" })).toEqual([1, 2]);
  });
});

describe("rank: misuse", () => {
  it("throws invalid-argument", () => {
    expect(code(() => rank(["1"] as never, { order: "ascending" }))).toBe("invalid-argument");
    expect(code(() => rank([1n] as never, { order: "ascending" }))).toBe("invalid-argument");
    expect(code(() => rank("123" as never, { order: "ascending" }))).toBe("invalid-argument");
    expect(code(() => (rank as unknown as (v: number[]) => unknown)([1]))).toBe("invalid-argument");
    expect(code(() => rank([1], { order: "up" as never }))).toBe("invalid-argument");
    expect(code(() => rank([1], { order: "ascending", method: "min" as never }))).toBe("invalid-argument");
    expect(code(() => rank([1], { order: "ascending", missing: "bottom" as never }))).toBe("invalid-argument");
    expect(code(() => percentRank([1], {} as never))).toBe("invalid-argument");
    expect(code(() => cumeDist([{}] as never, { order: "ascending" }))).toBe("invalid-argument");
  });
  it("says what is wrong", () => {
    expect(() => rank([1], { order: "ascending", method: "min" as never })).toThrow(/\[grassroots\] rank: method must be one of/);
  });
});
