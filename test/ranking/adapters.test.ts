// The library's metric adapters: a league table of communes computed from a dataset's records,
// every figure counted by hand from the records below.
import { describe, expect, it } from "vitest";
import { isGrassrootsError, leagueTable, METRIC_ADAPTERS, parseDataset, ratingShareMetric, trainingLevelMetric } from "../../src/index.js";
import type { MetricAdapter } from "../../src/index.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : `not a GrassrootsError: ${String(e)}`;
  }
  return undefined;
}

// Two communes. x1: villages b1 (own cell cb1), b2 + b3 (joint cell cb23, founded 2021).
// x2: villages b4 (own cell cb4), b5 (no cell).
// Members: p1 (b1, cb1), p2 (b2, cb23 from 2021), p3 (b4, cb4), p4 (b4, admitted to cb4 on 2024-03-01).
// Cadres: c1 chairs UBND x1 (master, advanced political theory: above the standard);
//         c2 chairs UBND x2 (elementary political theory only: below).
// Ratings of members for 2024 under QĐ 124: p1 good, p2 excellent, p3 completed.
const DS = parseDataset({
  units: [
    { id: "x1", name: "Xã Nậm Hàng", kind: "commune" },
    { id: "x2", name: "Xã Mường Mô", kind: "commune" },
    { id: "b1", name: "Bản Nậm Nhùn", kind: "village", parentId: "x1" },
    { id: "b2", name: "Bản Nậm Manh", kind: "village", parentId: "x1" },
    { id: "b3", name: "Bản Huổi Lếch", kind: "village", parentId: "x1" },
    { id: "b4", name: "Bản Mường Mô", kind: "village", parentId: "x2" },
    { id: "b5", name: "Bản Nậm Cày", kind: "village", parentId: "x2" },
  ],
  organizations: [
    { id: "db1", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x1" },
    { id: "db2", name: "Đảng bộ xã Mường Mô", kind: "party-committee", level: "grassroots", unitId: "x2" },
    { id: "cb1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch", parentId: "db1", coversUnitIds: ["b1"] },
    { id: "cb23", name: "Chi bộ bản Nậm Manh - Huổi Lếch", kind: "party-cell", level: "branch", parentId: "db1", coversUnitIds: ["b2", "b3"], foundingDate: "2021" },
    { id: "cb4", name: "Chi bộ bản Mường Mô", kind: "party-cell", level: "branch", parentId: "db2", coversUnitIds: ["b4"] },
    { id: "ubnd1", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x1" },
    { id: "ubnd2", name: "Ủy ban nhân dân xã Mường Mô", kind: "people-committee", unitId: "x2" },
  ],
  people: [
    { id: "p1", name: "Lò Văn Một", unitId: "b1" },
    { id: "p2", name: "Lò Thị Hai", unitId: "b2" },
    { id: "p3", name: "Tao Văn Ba", unitId: "b4" },
    { id: "p4", name: "Tao Thị Bốn", unitId: "b4" },
    { id: "c1", name: "Lò Văn Chủ", unitId: "x1" },
    { id: "c2", name: "Tao Văn Tịch", unitId: "x2" },
  ],
  memberships: [
    { personId: "p1", organizationId: "cb1", startDate: "2000-05-19", officialDate: "2001-05-19" },
    { personId: "p2", organizationId: "cb23", startDate: "2021-02-03", officialDate: "2022-02-03" },
    { personId: "p3", organizationId: "cb4", startDate: "2015-09-02", officialDate: "2016-09-02" },
    { personId: "p4", organizationId: "cb4", startDate: "2024-03-01" },
  ],
  posts: [
    { personId: "c1", role: "chair", organizationId: "ubnd1", startDate: "2016" },
    { personId: "c2", role: "chair", organizationId: "ubnd2", startDate: "2016" },
  ],
  qualifications: [
    { personId: "c1", scale: "general-education", level: "12/12" },
    { personId: "c1", scale: "professional", level: "master" },
    { personId: "c1", scale: "political-theory", level: "advanced" },
    { personId: "c2", scale: "political-theory", level: "elementary" },
  ],
  ratings: [
    { subjectId: "p1", scheme: "qd-124-2023", period: 2024, level: "good" },
    { subjectId: "p2", scheme: "qd-124-2023", period: 2024, level: "excellent" },
    { subjectId: "p3", scheme: "qd-124-2023", period: 2024, level: "completed" },
  ],
});

const POLITICAL = trainingLevelMetric({ scale: "political-theory", atLeast: "intermediate" });
const GOOD = ratingShareMetric({ subjectKind: "person", scheme: "qd-124-2023", atOrAbove: "good" });

const cells = (t: ReturnType<typeof leagueTable>, metric: string): [string, number | null, number | null, number | null][] =>
  t.rows.map((r) => [r.id, r.metrics[metric]!.numerator, r.metrics[metric]!.denominator, r.metrics[metric]!.value]);

describe("METRIC_ADAPTERS", () => {
  it("are frozen, labelled in both languages, higher-is-better ratios", () => {
    expect(Object.keys(METRIC_ADAPTERS)).toEqual(["cell-coverage", "member-coverage", "standardization", "admission-rate"]);
    for (const [id, a] of Object.entries(METRIC_ADAPTERS)) {
      expect(a.id).toBe(id);
      expect(Object.isFrozen(a)).toBe(true);
      expect(a.label.vi.normalize("NFC")).toBe(a.label.vi);
      expect(a.label.vi.length > 0 && a.label.en.length > 0).toBe(true);
      expect(a.better).toBe("higher");
    }
  });

  it("cell-coverage: units with a cell, own or joint", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: ["cell-coverage"], weights: { "cell-coverage": 1 } });
    expect(cells(t, "cell-coverage")).toEqual([
      ["x1", 3, 3, 1],
      ["x2", 1, 2, 0.5],
    ]);
  });

  it("member-coverage: units where a party member lives or works", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: ["member-coverage"], weights: { "member-coverage": 1 } });
    expect(cells(t, "member-coverage")).toEqual([
      ["x1", 2, 3, 2 / 3],
      ["x2", 1, 2, 0.5],
    ]);
  });

  it("standardization: cadres meeting or above their standard", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: ["standardization"], weights: { standardization: 1 } });
    expect(cells(t, "standardization")).toEqual([
      ["x1", 1, 1, 1],
      ["x2", 0, 1, 0],
    ]);
  });

  it("admission-rate: admissions in the 12 months to the date per member on the date", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: ["admission-rate"], weights: { "admission-rate": 1 } });
    expect(cells(t, "admission-rate")).toEqual([
      ["x2", 1, 2, 0.5],
      ["x1", 0, 2, 0],
    ]);
    // 12 months to 2025-02-28 start on 2024-02-29: p4 still counts; to 2025-03-01, no longer.
    const feb = leagueTable(DS, { asOf: "2025-02-28", groupBy: "commune", metrics: ["admission-rate"], weights: { "admission-rate": 1 } });
    expect(feb.rows.find((r) => r.id === "x2")!.metrics["admission-rate"]!.numerator).toBe(1);
    const mar = leagueTable(DS, { asOf: "2025-03-01", groupBy: "commune", metrics: ["admission-rate"], weights: { "admission-rate": 1 } });
    expect(mar.rows.find((r) => r.id === "x2")!.metrics["admission-rate"]!.numerator).toBe(0);
  });
});

describe("adapter factories", () => {
  it("trainingLevelMetric: share at a level or above, per commune-level unit", () => {
    expect(POLITICAL.id).toBe("political-theory-at-least-intermediate");
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: [POLITICAL], weights: { [POLITICAL.id]: 1 } });
    expect(cells(t, POLITICAL.id)).toEqual([
      ["x1", 1, 1, 1],
      ["x2", 0, 1, 0],
    ]);
    // an equivalent code counts as its main level
    expect(trainingLevelMetric({ scale: "political-theory", atLeast: "bachelor-politics" }).id).toBe("political-theory-at-least-advanced");
    expect(trainingLevelMetric({ scale: "professional", atLeast: "bachelor", id: "degree" }).id).toBe("degree");
  });

  it("ratingShareMetric: ratings at a level or better, members in the group of their party organization", () => {
    expect(GOOD.id).toBe("qd-124-2023-good-or-better");
    const t = leagueTable(DS, { asOf: "2024-12-31", groupBy: "commune", metrics: [GOOD], weights: { [GOOD.id]: 1 } });
    expect(cells(t, GOOD.id)).toEqual([
      ["x1", 2, 2, 1],
      ["x2", 0, 1, 0],
    ]);
    // On 2024-06-30 the default period is 2023: no ratings, so every commune is missing.
    const mid = leagueTable(DS, { asOf: "2024-06-30", groupBy: "commune", metrics: [GOOD], weights: { [GOOD.id]: 1 } });
    expect(mid.rows.map((r) => [r.id, r.rank])).toEqual([
      ["x1", null],
      ["x2", null],
    ]);
    const fixed = ratingShareMetric({ subjectKind: "person", scheme: "qd-124-2023", atOrAbove: "excellent", period: 2024 });
    const t2 = leagueTable(DS, { asOf: "2024-06-30", groupBy: "commune", metrics: [fixed], weights: { [fixed.id]: 1 } });
    expect(cells(t2, fixed.id)).toEqual([
      ["x1", 1, 2, 0.5],
      ["x2", 0, 1, 0],
    ]);
  });

  it("reject unknown scales, levels and schemes", () => {
    expect(code(() => trainingLevelMetric({ scale: "political-theory", atLeast: "phd" }))).toBe("unknown-level");
    expect(code(() => trainingLevelMetric({ scale: "cooking" as never, atLeast: "x" }))).toBe("unknown-scale");
    expect(code(() => ratingShareMetric({ subjectKind: "person", scheme: "qd-124-2023", atOrAbove: "great" }))).toBe("unknown-level");
    expect(code(() => ratingShareMetric({ subjectKind: "person", scheme: "qd-999", atOrAbove: "good" }))).toBe("unknown-scheme");
    expect(code(() => ratingShareMetric({ subjectKind: "unit" as never, scheme: "qd-124-2023", atOrAbove: "good" }))).toBe("invalid-argument");
    expect(code(() => trainingLevelMetric(null as never))).toBe("invalid-argument");
  });

  it("a metric that groups by commune-level units only refuses other groupings", () => {
    const district = parseDataset({ units: [{ id: "d", name: "Huyện Nậm Nhùn", kind: "district" }] });
    for (const m of ["standardization", POLITICAL] as (string | MetricAdapter)[]) {
      const id = typeof m === "string" ? m : m.id;
      expect(code(() => leagueTable(district, { asOf: "2024-12-31", groupBy: "district", metrics: [m], weights: { [id]: 1 } }))).toBe("invalid-argument");
    }
    expect(leagueTable(district, { asOf: "2024-12-31", groupBy: "district", metrics: ["cell-coverage"], weights: { "cell-coverage": 1 } }).rows).toHaveLength(1);
  });
});

describe("a league table of communes from the records", () => {
  it("weighs six metrics (one with weight 0, shown only)", () => {
    const t = leagueTable(DS, {
      asOf: "2024-12-31",
      groupBy: "commune",
      metrics: ["cell-coverage", "member-coverage", "standardization", "admission-rate", POLITICAL, GOOD],
      weights: { "cell-coverage": 2, "member-coverage": 1, standardization: 1, "admission-rate": 0, [POLITICAL.id]: 1, [GOOD.id]: 1 },
      normalize: "none",
    });
    // shares 2/6, 1/6, 1/6, 0, 1/6, 1/6 of the ratios counted above
    const x1 = (2 / 6) * 1 + (1 / 6) * (2 / 3) + (1 / 6) * 1 + 0 + (1 / 6) * 1 + (1 / 6) * 1;
    const x2 = (2 / 6) * 0.5 + (1 / 6) * 0.5 + 0 + 0 + 0 + 0;
    expect(t.rows.map((r) => [r.id, r.name, r.rank])).toEqual([
      ["x1", "Xã Nậm Hàng", 1],
      ["x2", "Xã Mường Mô", 2],
    ]);
    expect(t.rows[0]!.score).toBeCloseTo(x1, 12);
    expect(t.rows[1]!.score).toBeCloseTo(x2, 12);
    expect(t.rows[1]!.metrics["admission-rate"]).toEqual({ value: 0.5, numerator: 1, denominator: 2, normalized: 0.5, weight: 0, contribution: 0 });
    expect(t.metrics.map((m) => [m.id, m.share])).toEqual([
      ["cell-coverage", 2 / 6],
      ["member-coverage", 1 / 6],
      ["standardization", 1 / 6],
      ["admission-rate", 0],
      [POLITICAL.id, 1 / 6],
      [GOOD.id, 1 / 6],
    ]);
  });

  it("with the change of rank since 2019, when x1's joint cell did not exist yet", () => {
    const t = leagueTable(DS, { asOf: "2024-12-31", compareTo: "2019-12-31", groupBy: "commune", metrics: ["cell-coverage"], weights: { "cell-coverage": 1 } });
    // 2019: x1 1/3, x2 1/2 → x2 first; 2024: x1 3/3, x2 1/2 → x1 first
    expect(t.rows.map((r) => [r.id, r.rank, r.previousRank, r.rankChange])).toEqual([
      ["x1", 1, 2, 1],
      ["x2", 2, 1, -1],
    ]);
  });
});
