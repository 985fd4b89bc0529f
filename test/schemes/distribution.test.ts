import { describe, expect, it } from "vitest";
import {
  FOUR_GRADE_GOOD,
  HD_27_2014,
  isGrassrootsError,
  parseDataset,
  QD_124_2023,
  QD_366_2025,
  ratingDistribution,
  shareAtOrAbove,
  type DatasetInput,
  type Scheme,
} from "../../src/index.js";
import { namNhunRatings } from "./nam-nhun-ratings.fixture.js";

function code(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : e;
  }
  return undefined;
}
const pct = (x: number | null): string => (x === null ? "null" : (x * 100).toFixed(1));

const MASS = ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"] as const;

describe("the Nậm Nhùn report, from rating records", () => {
  const ds = parseDataset(namNhunRatings());
  const d = ratingDistribution(ds, {
    subjectKind: "organization",
    scheme: FOUR_GRADE_GOOD,
    from: 2013,
    to: 2022,
    organizationKinds: MASS,
    unitKinds: ["commune"],
    average: "period-mean",
  });

  it("Front and mass organizations at commune level, on average per year: 38.9% tốt, 43% khá, 16.4% trung bình", () => {
    // The mean of the ten yearly shares, from the fixture's yearly counts (tốt, khá, trung bình, yếu / total).
    const good = (10 / 36 + 11 / 40 + 14 / 44 + 16 / 48 + 19 / 50 + 21 / 52 + 21 / 54 + 26 / 55 + 28 / 55 + 29 / 55) / 10;
    const fair = (16 / 36 + 19 / 40 + 20 / 44 + 22 / 48 + 22 / 50 + 22 / 52 + 23 / 54 + 23 / 55 + 21 / 55 + 21 / 55) / 10;
    const average = (9 / 36 + 9 / 40 + 9 / 44 + 9 / 48 + 9 / 50 + 8 / 52 + 8 / 54 + 6 / 55 + 5 / 55 + 5 / 55) / 10;
    const weak = (1 / 36 + 1 / 40 + 1 / 44 + 1 / 48 + 0 / 50 + 1 / 52 + 2 / 54 + 0 / 55 + 1 / 55 + 0 / 55) / 10;
    expect(d.levels.map((l) => l.level)).toEqual(["good", "fair", "average", "weak"]);
    expect(d.levels[0]!.periodMean).toBeCloseTo(good, 12);
    expect(d.levels[1]!.periodMean).toBeCloseTo(fair, 12);
    expect(d.levels[2]!.periodMean).toBeCloseTo(average, 12);
    expect(d.levels[3]!.periodMean).toBeCloseTo(weak, 12);
    expect(d.levels.map((l) => pct(l.share))).toEqual(["38.9", "43.0", "16.4", "1.7"]);
  });

  it("the pooled share is a different number: 195 / 489 = 39.9% tốt", () => {
    // Totals over the ten years: tốt 195, khá 209, trung bình 77, yếu 8, of 489 ratings.
    expect(d.rated).toBe(489);
    expect(d.levels.map((l) => l.pooled)).toEqual([
      { numerator: 195, denominator: 489, ratio: 195 / 489 },
      { numerator: 209, denominator: 489, ratio: 209 / 489 },
      { numerator: 77, denominator: 489, ratio: 77 / 489 },
      { numerator: 8, denominator: 489, ratio: 8 / 489 },
    ]);
    expect(d.levels.map((l) => pct(l.pooled.ratio))).toEqual(["39.9", "42.7", "15.7", "1.6"]);
    const pooled = ratingDistribution(ds, { subjectKind: "organization", scheme: FOUR_GRADE_GOOD, from: 2013, to: 2022, organizationKinds: MASS, unitKinds: ["commune"] });
    expect(pooled.levels.map((l) => l.share)).toEqual(pooled.levels.map((l) => l.pooled.ratio));
  });

  it("per year: counts, shares and the ids behind them; nobody left unrated", () => {
    expect(d.periods.map((p) => p.period)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022"]);
    expect(d.periods.map((p) => p.rated)).toEqual([36, 40, 44, 48, 50, 52, 54, 55, 55, 55]);
    expect(d.periods[0]!.levels.map((l) => l.count)).toEqual([10, 16, 9, 1]);
    expect(d.periods[0]!.levels[0]!.share).toEqual({ numerator: 10, denominator: 36, ratio: 10 / 36 });
    expect(d.periods[0]!.levels[3]!.ids).toEqual(["nd-c03"]); // the 36th body in fixture order
    expect(d.periods.map((p) => p.unrated.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const l of d.levels) expect(l.ids.length).toBe(l.count);
    expect(d.levels[0]!.ids.slice(0, 3)).toEqual(["mt-c01", "mt-c02", "mt-c03"]);
  });

  it("100% of commune governments were rated khá, tốt trở lên", () => {
    const g = ratingDistribution(ds, { subjectKind: "organization", scheme: "four-grade-good", from: 2013, to: 2022, organizationKinds: ["people-committee"] });
    const s = shareAtOrAbove(g, "fair");
    expect([s.numerator, s.denominator, s.ratio, s.periodMean]).toEqual([110, 110, 1, 1]);
    expect(shareAtOrAbove(g, "good").ratio).toBeLessThan(1);
  });

  it("without the commune filter, the district Front committee counts too", () => {
    const all = ratingDistribution(ds, { subjectKind: "organization", scheme: FOUR_GRADE_GOOD, period: 2013, organizationKinds: MASS });
    expect(all.levels.map((l) => l.count)).toEqual([10, 16, 9, 2]);
    expect(all.levels[3]!.ids).toEqual(["nd-c03", "mt-h"]);
  });

  it("groups by organization kind", () => {
    const g = ratingDistribution(ds, { subjectKind: "organization", scheme: FOUR_GRADE_GOOD, period: 2013, organizationKinds: MASS, unitKinds: ["commune"], groupBy: "organization-kind" });
    // 2013: 36 bodies in fixture order: 11 Front committees, 11 youth unions, 11 women's unions, 3 farmers' unions.
    expect(g.groups!.map((x) => [x.key, x.distribution.rated])).toEqual([
      ["fatherland-front", 11],
      ["youth-union", 11],
      ["women-union", 11],
      ["farmers-union", 3],
    ]);
    expect(g.groups![0]!.distribution.levels.map((l) => l.count)).toEqual([10, 1, 0, 0]);
    expect(g.groups!.reduce((a, x) => a + x.distribution.rated, 0)).toBe(g.rated);
  });
});

/** Members of two cells, rated under QĐ 124 for 2024. */
function members(): DatasetInput {
  return {
    organizations: [
      { id: "db", name: "Đảng bộ xã A", kind: "party-committee", level: "grassroots" },
      { id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", level: "branch", parentId: "db" },
      { id: "cb2", name: "Chi bộ bản 2", kind: "party-cell", level: "branch", parentId: "db" },
      { id: "cb9", name: "Chi bộ xã B", kind: "party-cell", level: "grassroots" },
    ],
    people: ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"].map((id) => ({ id, name: `Đảng viên ${id}` })),
    memberships: [
      { personId: "p1", organizationId: "cb1", startDate: "2010-05-01", officialDate: "2011-05-01" },
      { personId: "p2", organizationId: "cb1", startDate: "2015", officialDate: "2016" },
      { personId: "p3", organizationId: "cb2", startDate: "2018-01-01", officialDate: "2019-01-01" },
      // Admitted on 2024-07-01: less than 6 months before 2024-12-31, not due (QĐ 124).
      { personId: "p4", organizationId: "cb2", startDate: "2024-07-01" },
      // Admitted on 2024-06-30: exactly 6 months, due, and not rated.
      { personId: "p5", organizationId: "cb2", startDate: "2024-06-30" },
      // Left in November, rated anyway.
      { personId: "p6", organizationId: "cb1", startDate: "2012", officialDate: "2013", endDate: "2024-11-15", endReason: "transferred" },
      { personId: "p7", organizationId: "cb9", startDate: "2012", officialDate: "2013" },
      // Transferred in the year: counts in the cell of 31 December.
      { personId: "p8", organizationId: "cb9", startDate: "2012", officialDate: "2013", endDate: "2024-05-31", endReason: "transferred" },
      { personId: "p8", organizationId: "cb1", startDate: "2024-06-01", startReason: "transferred" },
    ],
    ratings: [
      { subjectId: "p1", scheme: "qd-124-2023", period: 2024, level: "excellent" },
      { subjectId: "p2", scheme: "qd-124-2023", period: 2024, level: "good" },
      { subjectId: "p3", scheme: "qd-124-2023", period: "2024", level: "completed" },
      { subjectId: "p6", scheme: "qd-124-2023", period: 2024, level: "good" },
      { subjectId: "p7", scheme: "qd-124-2023", period: 2024, level: "good" },
      { subjectId: "p8", scheme: "qd-124-2023", period: 2024, level: "good" },
      { subjectId: "p1", scheme: "qd-124-2023", period: 2023, level: "good" },
      { subjectId: "db", scheme: "qd-124-2023", period: 2024, level: "good" },
    ],
  };
}

describe("members", () => {
  const ds = parseDataset(members());
  it("counts every rating of the period, and the members due but not rated apart from those not due", () => {
    const d = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024 });
    expect(d.levels.map((l) => [l.level, l.count, l.ids])).toEqual([
      ["excellent", 1, ["p1"]],
      ["good", 4, ["p2", "p6", "p7", "p8"]],
      ["completed", 1, ["p3"]],
      ["not-completed", 0, []],
    ]);
    expect(d.rated).toBe(6);
    expect(d.unrated).toEqual({ count: 1, ids: ["p5"] });
    expect(d.notDue).toEqual({ count: 1, ids: ["p4"] });
    expect(shareAtOrAbove(d, "good")).toEqual({ numerator: 5, denominator: 6, ratio: 5 / 6, periodMean: 5 / 6, ids: ["p1", "p2", "p6", "p7", "p8"] });
  });
  it("within an organization: members of its cells on the period's last day", () => {
    const d = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, within: "db" });
    // p6 left in November and p7 is elsewhere; p8 moved into cb1 in June.
    expect(d.levels.map((l) => l.ids)).toEqual([["p1"], ["p2", "p8"], ["p3"], []]);
    expect(d.unrated.ids).toEqual(["p5"]);
    const g = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, within: "db", groupBy: "parent" });
    expect(g.groups!.map((x) => [x.key, x.distribution.rated, x.distribution.unrated.ids, x.distribution.notDue.ids])).toEqual([
      ["cb1", 3, [], []],
      ["cb2", 1, ["p5"], ["p4"]],
    ]);
  });
  it("groups members by party organization; one who left before the period's end is in the group without one", () => {
    const g = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, groupBy: "parent" });
    expect(g.groups!.map((x) => [x.key, x.distribution.levels.map((l) => l.ids)])).toEqual([
      ["cb1", [["p1"], ["p2", "p8"], [], []]],
      ["cb2", [[], [], ["p3"], []]],
      ["", [[], ["p6"], [], []]],
      ["cb9", [[], ["p7"], [], []]],
    ]);
    expect(g.groups!.reduce((a, x) => a + x.distribution.rated, 0)).toBe(g.rated);
    const k = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, groupBy: "organization-kind" });
    expect(k.groups!.map((x) => [x.key, x.distribution.rated])).toEqual([
      ["party-cell", 5],
      ["", 1],
    ]);
  });
  it("filters members by the kind or level of their organization", () => {
    const d = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, organizationLevels: ["grassroots"] });
    expect(d.levels.map((l) => l.ids)).toEqual([[], ["p7"], [], []]);
  });
  it("several periods: pooled and period-mean", () => {
    const d = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, from: 2023, to: 2024, unrated: false });
    expect(d.periods.map((p) => [p.period, p.rated])).toEqual([
      ["2023", 1],
      ["2024", 6],
    ]);
    // good: 1/1 in 2023, 4/6 in 2024; pooled 5/7.
    expect(d.levels[1]!.pooled).toEqual({ numerator: 5, denominator: 7, ratio: 5 / 7 });
    expect(d.levels[1]!.periodMean).toBeCloseTo((1 + 4 / 6) / 2, 15);
    expect(d.levels[1]!.ids).toEqual(["p1", "p2", "p6", "p7", "p8"]);
    expect(d.unrated).toEqual({ count: 0, ids: [] });
  });
  it("ids: false keeps the figures and drops the level ids", () => {
    const d = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, ids: false });
    expect(d.levels.map((l) => [l.count, l.ids])).toEqual([
      [1, []],
      [4, []],
      [1, []],
      [0, []],
    ]);
    expect([d.unrated.ids, d.notDue.ids]).toEqual([["p5"], ["p4"]]);
  });
  it("finds the scheme when the ratings use one", () => {
    expect(ratingDistribution(ds, { subjectKind: "person", period: 2024 }).scheme).toBe("qd-124-2023");
  });
});

describe("schemes, scores and periods", () => {
  const ds = parseDataset({
    organizations: [
      { id: "a", name: "Đảng bộ A", kind: "party-committee" },
      { id: "b", name: "Đảng bộ B", kind: "party-committee" },
      { id: "c", name: "Đảng bộ C", kind: "party-committee", foundingDate: "2025-09-01" },
    ],
    ratings: [
      { subjectId: "a", scheme: "hd-27-2014", period: 2016, level: "clean-strong-exemplary" },
      { subjectId: "b", scheme: "hd-27-2014", period: 2016, score: 91 },
      { subjectId: "a", scheme: "qd-132-2018", period: 2019, level: "good" },
      { subjectId: "b", scheme: "qd-132-2018", period: 2019, level: "excellent" },
      { subjectId: "a", scheme: "qd-366-2025", period: "2026-Q1", score: 89.99 },
      { subjectId: "b", scheme: "qd-366-2025", period: "2026-Q1", score: 90 },
      { subjectId: "a", scheme: "qd-366-2025", period: 2025, score: 49.99 },
      { subjectId: "b", scheme: "four-grade-good", period: 2019, score: 70 },
    ],
  });
  it("a refinement counts on its own, and with its level in shareAtOrAbove", () => {
    const d = ratingDistribution(ds, { subjectKind: "organization", scheme: HD_27_2014, period: 2016 });
    expect(d.levels.map((l) => l.count)).toEqual([1, 1, 0, 0, 0]);
    expect(shareAtOrAbove(d, "clean-strong").numerator).toBe(2);
    expect(shareAtOrAbove(d, "clean-strong-exemplary").numerator).toBe(1);
  });
  it("score-only ratings count at their band; under a scheme without bands they are unclassified", () => {
    const q = ratingDistribution(ds, { subjectKind: "organization", scheme: QD_366_2025, period: "2026-Q1" });
    expect(q.periods.map((p) => p.period)).toEqual(["2026-Q1"]);
    expect(q.levels.map((l) => l.ids)).toEqual([["b"], ["a"], [], []]);
    // Organization c was founded in September 2025: in force on 2026-03-31 and not rated.
    expect(q.unrated.ids).toEqual(["c"]);
    const f = ratingDistribution(ds, { subjectKind: "organization", scheme: FOUR_GRADE_GOOD, period: 2019 });
    expect([f.rated, f.unclassified]).toEqual([0, { count: 1, ids: ["b"] }]);
    expect(f.levels[0]!.share).toBeNull();
  });
  it("a year does not select quarters, and the other way round", () => {
    const y = ratingDistribution(ds, { subjectKind: "organization", scheme: QD_366_2025, period: 2025 });
    expect(y.levels.map((l) => l.count)).toEqual([0, 0, 0, 1]);
    const r = ratingDistribution(ds, { subjectKind: "organization", scheme: QD_366_2025, from: 2025, to: 2026 });
    expect(r.periods.map((p) => p.period)).toEqual(["2025", "2026-Q1"]);
  });
  it("ratings under several schemes: an error unless counted by tier", () => {
    expect(code(() => ratingDistribution(ds, { subjectKind: "organization", from: 2016, to: 2019 }))).toBe("invalid-argument");
    const t = ratingDistribution(ds, { subjectKind: "organization", from: 2016, to: 2019, byTier: true, scheme: ["hd-27-2014", "qd-132-2018"] });
    expect(t.levels.map((l) => [l.level, l.count])).toEqual([
      ["tier-1", 3],
      ["tier-2", 1],
      ["tier-3", 0],
      ["tier-4", 0],
    ]);
    expect(t.levels[0]!.label.vi).toBe("Trong sạch, vững mạnh / Hoàn thành xuất sắc nhiệm vụ");
    expect([t.scheme, t.schemes]).toEqual([null, ["hd-27-2014", "qd-132-2018"]]);
    expect(shareAtOrAbove(t, "tier-2").ratio).toBe(1);
    expect(code(() => ratingDistribution(ds, { subjectKind: "organization", scheme: ["hd-27-2014", "qd-132-2018"] }))).toBe("invalid-argument");
  });
  it("an empty selection", () => {
    const d = ratingDistribution(ds, { subjectKind: "organization", scheme: QD_124_2023, period: 2024 });
    expect([d.rated, d.levels[0]!.pooled, d.levels[0]!.periodMean, d.unrated.count]).toEqual([0, { numerator: 0, denominator: 0, ratio: null }, null, 2]);
    expect(shareAtOrAbove(d, "good")).toEqual({ numerator: 0, denominator: 0, ratio: null, periodMean: null, ids: [] });
  });
});

describe("misuse", () => {
  const ds = parseDataset(members());
  it("throws invalid-argument for bad options", () => {
    const bad: unknown[] = [
      { subjectKind: "people" },
      { subjectKind: "person", period: "2024-Q5" },
      { subjectKind: "person", period: 2024, from: 2023 },
      { subjectKind: "person", from: 2025, to: 2024 },
      { subjectKind: "person", average: "mean" },
      { subjectKind: "person", groupBy: "unit" },
      { subjectKind: "person", organizationKinds: ["cell"] },
      { subjectKind: "person", within: "nope" },
      { subjectKind: "person", perod: 2024 },
    ];
    for (const o of bad) expect(code(() => ratingDistribution(ds, o as never)), JSON.stringify(o)).toBe("invalid-argument");
    expect(code(() => ratingDistribution(ds, { subjectKind: "person", scheme: "nope" }))).toBe("unknown-scheme");
    expect(code(() => shareAtOrAbove(ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023 }), "weak" as "good"))).toBe("unknown-level");
  });
  it("throws unknown-level when a rating's level is not in the scheme given", () => {
    const mine: Scheme = { ...FOUR_GRADE_GOOD, id: "qd-124-2023" };
    expect(code(() => ratingDistribution(ds, { subjectKind: "person", scheme: mine, period: 2024 }))).toBe("unknown-level");
  });
});
