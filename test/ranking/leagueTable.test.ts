// leagueTable over user-defined metric adapters: groups on a date, attribution of records to
// groups, weights, missing values, change of rank between two dates, and misuse.
import { describe, expect, it } from "vitest";
import { isGrassrootsError, isInForce, leagueTable, METRIC_ADAPTERS, parseDataset } from "../../src/index.js";
import type { MetricAdapter, MetricContext, MetricValue } from "../../src/index.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : `not a GrassrootsError: ${String(e)}`;
  }
  return undefined;
}

const DS = parseDataset({
  units: [
    { id: "d1", name: "Huyện Nậm Nhùn", kind: "district" },
    { id: "x1", name: "Xã Nậm Hàng", kind: "commune", parentId: "d1" },
    { id: "x2", name: "Xã Mường Mô", kind: "commune", parentId: "d1" },
    { id: "x3", name: "Xã Hua Bum", kind: "commune", parentId: "d1" },
    { id: "x4", name: "Xã Pú Đao", kind: "commune", parentId: "d1", foundingDate: "2020" },
    { id: "x5", name: "Xã Nậm Ban", kind: "commune", parentId: "d1", dissolutionDate: "2019" },
    { id: "w1", name: "Phường Lê Lợi", kind: "ward", parentId: "d1" },
    { id: "b1", name: "Bản Nậm Nhùn", kind: "village", parentId: "x1" },
    { id: "b2", name: "Bản Nậm Manh", kind: "village", parentId: "x1" },
    { id: "b3", name: "Bản Mường Mô", kind: "village", parentId: "x2" },
    { id: "b4", name: "Bản Nậm Cày", kind: "village", parentId: "x2" },
    { id: "b5", name: "Bản Huổi Lếch", kind: "village", parentId: "x2", foundingDate: "2021-03" },
    { id: "b6", name: "Bản Hua Bum", kind: "village", parentId: "x3" },
    { id: "b7", name: "Bản Pú Đao", kind: "village", parentId: "x4" },
    { id: "r1", name: "Tổ dân phố số 1", kind: "residential-group", parentId: "w1" },
    { id: "s1", name: "Trường PTDTBT THCS Mường Mô", kind: "school", parentId: "b3" },
  ],
  organizations: [
    { id: "db2", name: "Đảng bộ xã Mường Mô", kind: "party-committee", level: "grassroots", unitId: "x2" },
    { id: "cb1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch", coversUnitIds: ["b1"] },
    { id: "cb2", name: "Chi bộ bản Mường Mô", kind: "party-cell", level: "branch", unitId: "b3" },
    { id: "cb3", name: "Chi bộ trường THCS Mường Mô", kind: "party-cell", level: "branch", parentId: "db2" },
    { id: "cb4", name: "Chi bộ không rõ", kind: "party-cell" },
  ],
});

/** The number of villages of each group in force on the date (0 for a group without any). */
const VILLAGES: MetricAdapter = {
  id: "villages",
  label: { vi: "Số bản", en: "Villages" },
  better: "higher",
  compute: (dataset, { asOf, groups, groupOf }) => {
    const count: Record<string, number> = Object.fromEntries(groups.map((g) => [g.id, 0]));
    for (const u of dataset.units) {
      const g = u.kind === "village" && isInForce(u, asOf) ? groupOf(u.id) : undefined;
      if (g !== undefined) count[g]! += 1;
    }
    return count;
  },
};

/** An adapter returning fixed values, whatever the date. */
const fixed = (id: string, better: "higher" | "lower", values: Record<string, MetricValue>): MetricAdapter => ({
  id,
  label: { vi: id, en: id },
  better,
  compute: () => values,
});
const LATE = fixed("late", "lower", { x1: 0, x2: 4, x3: 2, x4: null });

describe("leagueTable", () => {
  it("ranks the communes in force on the date by a weighted mix (hand-computed)", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: [VILLAGES, LATE], weights: { villages: 1, late: 1 } });
    // x4 has no "late": unranked. Over x1, x2, x3: villages 2, 3, 1 → 0.5, 1, 0; late 0, 4, 2 → 1, 0, 0.5
    expect(t.rows.map((r) => [r.id, r.name, r.rank, r.score])).toEqual([
      ["x1", "Xã Nậm Hàng", 1, 0.75],
      ["x2", "Xã Mường Mô", 2, 0.5],
      ["x3", "Xã Hua Bum", 3, 0.25],
      ["x4", "Xã Pú Đao", null, null],
    ]);
    expect(t.rows[0]!.metrics).toEqual({
      villages: { value: 2, numerator: null, denominator: null, normalized: 0.5, weight: 0.5, contribution: 0.25 },
      late: { value: 0, numerator: null, denominator: null, normalized: 1, weight: 0.5, contribution: 0.5 },
    });
    expect(t.asOf).toBe("2024-12-31");
    expect(t.compareTo).toBe(null);
    expect(t.groupBy).toEqual(["commune"]);
    expect(t.metrics).toEqual([
      { id: "villages", label: { vi: "Số bản", en: "Villages" }, better: "higher", normalize: "min-max", weight: 1, share: 0.5, count: 3, min: 1, max: 3, mean: 2, sd: Math.sqrt(2 / 3) },
      { id: "late", label: { vi: "late", en: "late" }, better: "lower", normalize: "min-max", weight: 1, share: 0.5, count: 3, min: 0, max: 4, mean: 2, sd: Math.sqrt(8 / 3) },
    ]);
    expect(t.rows.every((r) => r.kind === "commune" && r.previousRank === null && r.rankChange === null)).toBe(true);
  });

  it("passes missing, normalize, method and tolerance to compositeScore", () => {
    const t = leagueTable(DS, {
      asOf: "2024-12-31",
      groupBy: "commune",
      metrics: [VILLAGES, LATE],
      weights: { villages: 1, late: 1 },
      missing: "reweight",
    });
    // villages over all four: 2, 3, 1, 1 → 0.5, 1, 0, 0; x4 is scored on villages alone: 0
    expect(t.rows.map((r) => [r.id, r.rank, r.score])).toEqual([
      ["x1", 1, 0.75],
      ["x2", 2, 0.5],
      ["x3", 3, 0.25],
      ["x4", 4, 0],
    ]);
    const none = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: [VILLAGES], weights: { villages: 2 }, normalize: "none", method: "dense" });
    expect(none.rows.map((r) => [r.id, r.rank, r.score])).toEqual([
      ["x2", 1, 3],
      ["x1", 2, 2],
      ["x3", 3, 1],
      ["x4", 3, 1],
    ]);
  });

  it("takes ratios, ranks them by their ratio and keeps numerator and denominator; a null ratio is missing", () => {
    const share = fixed("share", "higher", {
      x1: { numerator: 1, denominator: 2, ratio: 0.5 },
      x2: { numerator: 3, denominator: 3, ratio: 1 },
      x3: { numerator: 0, denominator: 0, ratio: null },
      x4: Number.NaN,
      elsewhere: 7,
    });
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: [share], weights: { share: 1 }, normalize: "none" });
    expect(t.rows.map((r) => [r.id, r.rank, r.metrics.share!.value, r.metrics.share!.numerator, r.metrics.share!.denominator])).toEqual([
      ["x2", 1, 1, 3, 3],
      ["x1", 2, 0.5, 1, 2],
      ["x3", null, null, 0, 0],
      ["x4", null, null, null, null],
    ]);
  });

  it("compares with another date: previous rank and change; new groups have none; dissolved ones are not listed", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", compareTo: "2019-12-31", groupBy: "commune", metrics: [VILLAGES], weights: { villages: 1 } });
    // 2019: x1 2, x2 2, x3 1, x5 0 → 1, 1, 3, 4.  2024: x2 3, x1 2, x3 1, x4 1 → 1, 2, 3, 3.
    expect(t.rows.map((r) => [r.id, r.rank, r.previousRank, r.rankChange])).toEqual([
      ["x2", 1, 1, 0],
      ["x1", 2, 1, -1],
      ["x3", 3, 3, 0],
      ["x4", 3, null, null],
    ]);
    expect(t.compareTo).toBe("2019-12-31");
    const back = leagueTable(DS, { asOf: "2019-12-31", compareTo: "2024-12-31", groupBy: "commune", metrics: [VILLAGES], weights: { villages: 1 } });
    expect(back.rows.map((r) => [r.id, r.rank, r.previousRank, r.rankChange])).toEqual([
      ["x1", 1, 2, 1],
      ["x2", 1, 1, 0],
      ["x3", 3, 3, 0],
      ["x5", 4, null, null],
    ]);
  });

  it("groups by several kinds; asOf defaults to dataset.asOf", () => {
    const ds = { ...DS, asOf: "2024-12-31" };
    const t = leagueTable(ds, { groupBy: ["commune", "ward"], metrics: [VILLAGES], weights: { villages: 1 } });
    expect(t.asOf).toBe("2024-12-31");
    expect(t.rows.map((r) => [r.id, r.kind, r.rank])).toEqual([
      ["x2", "commune", 1],
      ["x1", "commune", 2],
      ["x3", "commune", 3],
      ["x4", "commune", 3],
      ["w1", "ward", 5],
    ]);
  });

  it("gives adapters the groups and the lookups of records to groups", () => {
    let seen: MetricContext | undefined;
    const spy: MetricAdapter = {
      id: "spy",
      label: { vi: "x", en: "x" },
      better: "higher",
      compute: (_, context) => {
        seen = context;
        return {};
      },
    };
    leagueTable(DS, { asOf: "2018-06-30", groupBy: "commune", metrics: [spy], weights: { spy: 1 } });
    expect(seen!.asOf).toBe("2018-06-30");
    expect(seen!.groupBy).toEqual(["commune"]);
    expect(seen!.groups).toEqual([
      { id: "x1", name: "Xã Nậm Hàng", kind: "commune" },
      { id: "x2", name: "Xã Mường Mô", kind: "commune" },
      { id: "x3", name: "Xã Hua Bum", kind: "commune" },
      { id: "x5", name: "Xã Nậm Ban", kind: "commune" },
    ]);
    expect(seen!.groupOf("s1")).toBe("x2"); // school → village → commune
    expect(seen!.groupOf("x3")).toBe("x3");
    expect(seen!.groupOf("b7")).toBe(undefined); // its commune x4 does not exist yet
    expect(seen!.groupOf("d1")).toBe(undefined);
    expect(seen!.groupOf("nope")).toBe(undefined);
    expect(seen!.groupOf(undefined)).toBe(undefined);
    expect(seen!.groupOfOrganization("cb1")).toBe("x1"); // covered unit
    expect(seen!.groupOfOrganization("cb2")).toBe("x2"); // its unit
    expect(seen!.groupOfOrganization("cb3")).toBe("x2"); // its parent committee's unit
    expect(seen!.groupOfOrganization("cb4")).toBe(undefined);
    expect(seen!.groupOfOrganization("nope")).toBe(undefined);
    expect(seen!.groupOfOrganization(undefined)).toBe(undefined);
  });

  it("no groups on the date: an empty table", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "province", metrics: [VILLAGES], weights: { villages: 1 } });
    expect(t.rows).toEqual([]);
    expect(t.metrics[0]!.count).toBe(0);
  });

  it("looks metric ids up in a registry (METRIC_ADAPTERS by default, or `adapters`)", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: ["villages", LATE], weights: { villages: 3, late: 1 }, adapters: { villages: VILLAGES } });
    expect(t.metrics.map((m) => [m.id, m.share])).toEqual([
      ["villages", 0.75],
      ["late", 0.25],
    ]);
    expect(Object.isFrozen(METRIC_ADAPTERS)).toBe(true);
  });

  it("does not modify the dataset", () => {
    const before = JSON.stringify(DS);
    leagueTable(DS, { asOf: "2024-12-31", compareTo: "2015-01-01", groupBy: ["commune", "ward"], metrics: [VILLAGES, LATE], weights: { villages: 1, late: 2 } });
    expect(JSON.stringify(DS)).toBe(before);
    expect(Object.isFrozen(DS.units)).toBe(true);
  });

  it("misuse", () => {
    const ok = { asOf: "2024-12-31", groupBy: "commune", metrics: [VILLAGES], weights: { villages: 1 } } as const;
    expect(code(() => leagueTable(DS, { ...ok, metrics: ["no-such-metric"], weights: { "no-such-metric": 1 } }))).toBe("invalid-argument");
    expect(() => leagueTable(DS, { ...ok, metrics: ["no-such-metric"], weights: { "no-such-metric": 1 } })).toThrow(/unknown metric "no-such-metric"/);
    expect(code(() => leagueTable(DS, { ...ok, metrics: [] }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, weights: {} }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, weights: { villages: 1, vilages: 1 } }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, weights: { villages: -1 } }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, weights: null as never }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, metrics: [VILLAGES, VILLAGES] }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, groupBy: "xã" as never }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, groupBy: [] }))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, asOf: "2024-13-01" }))).toBe("invalid-date");
    expect(code(() => leagueTable(DS, { ...ok, compareTo: "2024" }))).toBe("invalid-date");
    expect(code(() => leagueTable(DS, { ...ok, asOf: undefined }))).toBe("invalid-argument");
    expect(code(() => leagueTable({} as never, ok))).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, null as never))).toBe("invalid-argument");
    const bad = (a: Partial<MetricAdapter>): string | undefined =>
      code(() => leagueTable(DS, { ...ok, metrics: [{ ...VILLAGES, ...a } as MetricAdapter] }));
    expect(bad({ compute: undefined as never })).toBe("invalid-argument");
    expect(bad({ better: "more" as never })).toBe("invalid-argument");
    expect(bad({ label: { vi: "x" } as never })).toBe("invalid-argument");
    expect(bad({ id: "" })).toBe("invalid-argument");
    expect(bad({ compute: () => null as never })).toBe("invalid-argument");
    expect(bad({ compute: () => ({ x1: "2" }) as never })).toBe("invalid-argument");
    expect(bad({ compute: () => ({ x1: { ratio: 1 } }) as never })).toBe("invalid-argument");
    expect(code(() => leagueTable(DS, { ...ok, metrics: [42 as never] }))).toBe("invalid-argument");
  });
});
