// rankBy: hand-computed lexicographic tables, tie-breaks, missing values, explanations, misuse.
import { describe, expect, it } from "vitest";
import { isGrassrootsError, rankBy } from "../../src/index.js";
import type { Criterion } from "../../src/index.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : `not a GrassrootsError: ${String(e)}`;
  }
  return undefined;
}

interface Commune {
  readonly id: string;
  readonly coverage: number | null;
  readonly good: number | null;
}

const COMMUNES: readonly Commune[] = Object.freeze(
  [
    { id: "A", coverage: 1, good: 0.5 },
    { id: "B", coverage: 0.9, good: 0.8 },
    { id: "C", coverage: 1, good: 0.7 },
    { id: "D", coverage: 0.9, good: 0.8 },
    { id: "E", coverage: null, good: 0.9 },
    { id: "F", coverage: 0.8, good: Number.NaN },
  ].map((c) => Object.freeze(c)),
);
const CRITERIA: readonly Criterion<Commune>[] = [
  { key: "coverage", better: "higher" },
  { key: "good", better: "higher" },
];

const table = (rows: ReturnType<typeof rankBy<Commune>>): [string, number | null, string | null][] =>
  rows.map((r) => [r.item.id, r.rank, r.decidedBy]);

describe("rankBy", () => {
  it("ranks on the first criterion, then the next for ties (competition, missing last)", () => {
    expect(table(rankBy(COMMUNES, CRITERIA))).toEqual([
      ["C", 1, null],
      ["A", 2, "good"],
      ["B", 3, "coverage"],
      ["D", 3, null],
      ["F", 5, "coverage"],
      ["E", 6, "coverage"],
    ]);
  });

  it("lists the values that decided each place, missing as null, and the index and item as given", () => {
    const rows = rankBy(COMMUNES, CRITERIA);
    expect(rows.map((r) => r.values)).toEqual([
      { coverage: 1, good: 0.7 },
      { coverage: 1, good: 0.5 },
      { coverage: 0.9, good: 0.8 },
      { coverage: 0.9, good: 0.8 },
      { coverage: 0.8, good: null },
      { coverage: null, good: 0.9 },
    ]);
    expect(rows.map((r) => r.index)).toEqual([2, 0, 1, 3, 5, 4]);
    expect(rows[0]!.item).toBe(COMMUNES[2]);
  });

  it("the tie methods apply to items equal on every criterion", () => {
    const ranks = (method: "dense" | "ordinal" | "fractional" | "modified-competition"): [string, number | null, string | null][] =>
      table(rankBy(COMMUNES, CRITERIA, { method }));
    expect(ranks("dense").map((r) => r[1])).toEqual([1, 2, 3, 3, 4, 5]);
    expect(ranks("modified-competition").map((r) => r[1])).toEqual([1, 2, 4, 4, 5, 6]);
    expect(ranks("fractional").map((r) => r[1])).toEqual([1, 2, 3.5, 3.5, 5, 6]);
    expect(ranks("ordinal")).toEqual([
      ["C", 1, null],
      ["A", 2, "good"],
      ["B", 3, "coverage"],
      ["D", 4, "input-order"],
      ["F", 5, "coverage"],
      ["E", 6, "coverage"],
    ]);
  });

  it("an explicit tie-break decides among items equal on every criterion", () => {
    const rows = rankBy(COMMUNES, CRITERIA, { tieBreak: (a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) });
    expect(table(rows).slice(2, 4)).toEqual([
      ["D", 3, "coverage"],
      ["B", 4, "tie-break"],
    ]);
  });

  it("a tie-break returning 0 leaves the tie", () => {
    expect(table(rankBy(COMMUNES, CRITERIA, { tieBreak: () => 0 })).slice(2, 4)).toEqual([
      ["B", 3, "coverage"],
      ["D", 3, null],
    ]);
  });

  it("missing values first", () => {
    expect(table(rankBy(COMMUNES, CRITERIA, { missing: "first" }))).toEqual([
      ["E", 1, null],
      ["C", 2, "coverage"],
      ["A", 3, "good"],
      ["B", 4, "coverage"],
      ["D", 4, null],
      ["F", 6, "coverage"],
    ]);
  });

  it("missing values unranked: listed last, in input order, without rank", () => {
    expect(table(rankBy(COMMUNES, CRITERIA, { missing: "unranked" }))).toEqual([
      ["C", 1, null],
      ["A", 2, "good"],
      ["B", 3, "coverage"],
      ["D", 3, null],
      ["E", null, null],
      ["F", null, null],
    ]);
  });

  it("a lower-is-better criterion, and value functions", () => {
    const items = [
      { id: "x", late: 3, members: 40 },
      { id: "y", late: 1, members: 10 },
      { id: "z", late: 1, members: 20 },
    ];
    const rows = rankBy(items, [
      { key: "late", better: "lower" },
      { key: "perHundred", better: "higher", value: (i) => (i.late / i.members) * 100 },
    ]);
    // late: y, z tied at 1 → perHundred: y 10, z 5 → y first
    expect(rows.map((r) => [r.item.id, r.rank, r.decidedBy])).toEqual([
      ["y", 1, null],
      ["z", 2, "perHundred"],
      ["x", 3, "late"],
    ]);
    expect(rows[1]!.values).toEqual({ late: 1, perHundred: 5 });
  });

  it("ties at the top, middle and bottom on two criteria", () => {
    const items = [
      { a: 2, b: 2 },
      { a: 2, b: 2 },
      { a: 1, b: 5 },
      { a: 1, b: 5 },
      { a: 1, b: 4 },
      { a: 0, b: 0 },
      { a: 0, b: 0 },
    ];
    const rows = rankBy(items, [
      { key: "a", better: "higher" },
      { key: "b", better: "higher" },
    ]);
    expect(rows.map((r) => [r.index, r.rank])).toEqual([
      [0, 1],
      [1, 1],
      [2, 3],
      [3, 3],
      [4, 5],
      [5, 6],
      [6, 6],
    ]);
  });

  it("all equal, a single item, no items, no criteria", () => {
    expect(rankBy([{ a: 1 }, { a: 1 }, { a: 1 }], [{ key: "a", better: "higher" }]).map((r) => r.rank)).toEqual([1, 1, 1]);
    expect(rankBy([{ a: 1 }], [{ key: "a", better: "lower" }])).toEqual([{ item: { a: 1 }, index: 0, rank: 1, values: { a: 1 }, decidedBy: null }]);
    expect(rankBy([] as { a: number }[], [{ key: "a", better: "lower" }])).toEqual([]);
    expect(rankBy([{ a: 1 }, { a: 2 }], []).map((r) => r.rank)).toEqual([1, 1]);
    expect(
      rankBy([{ n: "b" }, { n: "a" }], [], { tieBreak: (x, y) => x.n.localeCompare(y.n) }).map((r) => [r.item.n, r.rank, r.decidedBy]),
    ).toEqual([
      ["a", 1, null],
      ["b", 2, "tie-break"],
    ]);
  });

  it("misuse throws invalid-argument", () => {
    const items = [{ a: 1 }];
    expect(code(() => rankBy(items, [{ key: "a", better: "higher" }, { key: "a", better: "lower" }]))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [{ key: "tie-break", better: "higher", value: () => 1 }]))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [{ key: "input-order", better: "higher", value: () => 1 }]))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [{ key: "", better: "higher", value: () => 1 }]))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [{ key: "a", better: "more" as never }]))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [{ key: "a", better: "higher", value: 3 as never }]))).toBe("invalid-argument");
    expect(code(() => rankBy([{ a: "1" }] as never, [{ key: "a", better: "higher" }]))).toBe("invalid-argument");
    expect(code(() => rankBy([1, 2] as never, [{ key: "a", better: "higher" }]))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [null as never]))).toBe("invalid-argument");
    expect(code(() => rankBy("ab" as never, []))).toBe("invalid-argument");
    expect(code(() => rankBy(items, {} as never))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [], { method: "first" as never }))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [], { missing: "keep" as never }))).toBe("invalid-argument");
    expect(code(() => rankBy([{ a: 1 }, { a: 1 }], [], { tieBreak: () => Number.NaN }))).toBe("invalid-argument");
    expect(code(() => rankBy(items, [], { tieBreak: "name" as never }))).toBe("invalid-argument");
  });

  it("does not modify frozen items", () => {
    const before = JSON.stringify(COMMUNES);
    rankBy(COMMUNES, CRITERIA, { missing: "first", method: "fractional" });
    expect(JSON.stringify(COMMUNES)).toBe(before);
  });
});
