// buildReport over the small district of fixture.ts. Every expected number is worked out by hand
// from the records (the reasoning is in the comments), not by calling the metrics.
import { describe, expect, it } from "vitest";
import { buildReport, isGrassrootsError, parseDataset, type Report } from "../../src/index.js";
import { smallDistrict, smallDistrictInput } from "./fixture.js";

const ds = smallDistrict();
const report = buildReport(ds, { asOf: "2023-06-30", compareTo: "2013-06-30" });

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("buildReport: header", () => {
  it("names the report, its dates and its title (the district: the one top administrative unit)", () => {
    expect(report.kind).toBe("grassroots-report");
    expect(report.version).toBe(1);
    expect(report.asOf).toBe("2023-06-30");
    expect(report.compareTo).toBe("2013-06-30");
    expect(report.title).toBe("Huyện Thử");
    expect(buildReport(ds, { asOf: "2023-06-30", title: "Đảng bộ huyện" }).title).toBe("Đảng bộ huyện");
  });

  it("is plain data: JSON round-trips to an equal value", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("uses dataset.asOf by default, and refuses a missing date or a compareTo not before asOf", () => {
    const withDate = parseDataset({ ...smallDistrictInput(), asOf: "2023-06-30" });
    expect(buildReport(withDate).asOf).toBe("2023-06-30");
    for (const [f, message] of [
      [() => buildReport(ds), /asOf/],
      [() => buildReport(ds, { asOf: "2023-06-30", compareTo: "2023-06-30" }), /before/],
      [() => buildReport(ds, { asOf: "2013-06-30", compareTo: "2023-06-30" }), /before/],
      [() => buildReport(ds, { asOf: "2023-06-30", unitKinds: ["hamlet" as never] }), /unitKinds/],
    ] as const) {
      const e = thrown(f);
      expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
      expect((e as Error).message).toMatch(message);
    }
    expect(isGrassrootsError(thrown(() => buildReport(ds, { asOf: "30/06/2023" })))).toBe(true);
  });

  it("does not modify the dataset", () => {
    const before = JSON.stringify(ds);
    buildReport(ds, { asOf: "2023-06-30", compareTo: "2013-06-30" });
    expect(JSON.stringify(ds)).toBe(before);
  });
});

describe("buildReport: party strength", () => {
  it("counts organizations and members on both dates with the change", () => {
    const s = report.strength;
    // dbx1 and dbx2 are grassroots committees on both dates.
    expect(s.grassroots).toEqual({ asOf: 2, compareTo: 2, change: 0 });
    // 2013: cb1, cbs1; 2023: also cb2 (2018) and cb34 (2016).
    expect(s.subordinateCells).toEqual({ asOf: 4, compareTo: 2, change: 2 });
    // 2013: p1 p2 p3 p4 p7 p10, all official. 2023: p1 p2 p3 p4 p5 p6 p7 official, p8 probationary (p10 died in 2020).
    expect(s.members).toEqual({ asOf: 8, compareTo: 6, change: 2 });
    expect(s.officialMembers).toEqual({ asOf: 7, compareTo: 6, change: 1 });
    expect(s.probationaryMembers).toEqual({ asOf: 1, compareTo: 0, change: 1 });
    // Official members per cell, 2023: cb1 3, cb2 2 (p4, p5), cb34 1 (p6), cbs1 1 (p7; p8 is probationary).
    expect(s.cellsBelowMinimum).toEqual({ asOf: 3, compareTo: 1, change: 2, ids: ["cb2", "cb34", "cbs1"], compareToIds: ["cbs1"] });
  });
});

describe("buildReport: coverage", () => {
  const villages = report.coverage.byKind.find((k) => k.kind === "village")!;
  const schools = report.coverage.byKind.find((k) => k.kind === "school")!;

  it("lists the kinds with units, in the order of the unit kinds", () => {
    expect(report.coverage.byKind.map((k) => k.kind)).toEqual(["village", "school"]);
    expect(report.coverage.total.units).toEqual({ asOf: 5, compareTo: 5, change: 0 });
  });

  it("gives villages without a cell with their ids on both dates", () => {
    // 2013: only b1 has a cell (cb2 from 2018, cb34 from 2016). 2023: b1, b2 own, b3 b4 joint.
    expect(villages.withoutCell).toEqual({
      asOf: { numerator: 0, denominator: 4, ratio: 0 },
      compareTo: { numerator: 3, denominator: 4, ratio: 0.75 },
      change: -0.75,
      ids: [],
      compareToIds: ["b2", "b3", "b4"],
    });
    expect(villages.jointCell.ids).toEqual(["b3", "b4"]);
    expect(villages.withCell.asOf).toEqual({ numerator: 4, denominator: 4, ratio: 1 });
    expect(villages.ownCell.compareTo).toEqual({ numerator: 1, denominator: 4, ratio: 0.25 });
  });

  it("gives the units without enough official members and without members", () => {
    // Official members living there, 2023: b1 3, b2 2, b3 1, b4 0; s1 1 (p8 probationary).
    expect(villages.notEnoughOfficialMembers.ids).toEqual(["b2", "b3", "b4"]);
    expect(villages.enoughOfficialMembers.asOf).toEqual({ numerator: 1, denominator: 4, ratio: 0.25 });
    expect(schools.notEnoughOfficialMembers.ids).toEqual(["s1"]);
    // 2013: b3 has nobody yet (p6 admitted 2016); 2023: b4 has nobody (p10 died, p9 is not a member).
    expect(villages.withoutMember.compareToIds).toEqual(["b3"]);
    expect(villages.withoutMember.ids).toEqual(["b4"]);
  });

  it("gives every commune in force, with names", () => {
    expect(report.coverage.communes.map((c) => [c.id, c.name])).toEqual([
      ["x1", "Xã Nậm Hàng"],
      ["x2", "Xã Mường Mô"],
    ]);
    const [x1, x2] = report.coverage.communes;
    expect(x1!.withCell.compareTo).toEqual({ numerator: 2, denominator: 3, ratio: 2 / 3 });
    expect(x2!.withCell.compareTo).toEqual({ numerator: 0, denominator: 2, ratio: 0 });
    expect(x2!.withoutCell.compareToIds).toEqual(["b3", "b4"]);
    expect(x2!.withMember.asOf).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 });
  });
});

describe("buildReport: roles", () => {
  it("gives village heads who are party members", () => {
    // 2013 heads: p1 (member), p9 (not). 2023: also p5 (admitted 2019) and p6.
    expect(report.roles.villageHeadsPartyMembers).toEqual({
      asOf: { numerator: 3, denominator: 4, ratio: 0.75 },
      compareTo: { numerator: 1, denominator: 2, ratio: 0.5 },
      change: 0.25,
      ids: ["p1", "p5", "p6"],
      compareToIds: ["p1"],
    });
  });
  it("gives cell secretaries who head a village their cell covers", () => {
    // 2023: p1 (cb1, b1), p5 (cb2, b2), p6 (cb34, b3) yes; p7 (school cell) no. 2013: p1 yes, p7 no.
    const r = report.roles.cellSecretariesVillageHeads;
    expect([r.asOf.numerator, r.asOf.denominator, r.compareTo?.numerator, r.compareTo?.denominator]).toEqual([3, 4, 1, 2]);
    expect(r.ids).toEqual(["p1", "p5", "p6"]);
  });
});

describe("buildReport: admissions", () => {
  it("counts over (compareTo, asOf] per calendar year", () => {
    const a = report.admissions;
    expect([a.from, a.to]).toEqual(["2013-07-01", "2023-06-30"]);
    // p6 2016, p5 2019, p8 2022; p4's move from cb1 to cb2 is internal; p10 died in 2020.
    expect([a.admitted, a.recognized, a.transferredIn, a.transferredOut, a.departed, a.net]).toEqual([3, 2, 0, 0, 1, 2]);
    expect(a.departedByReason.died).toBe(1);
    expect(a.years.map((y) => y.year)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(a.years.find((y) => y.year === "2020")).toMatchObject({ admitted: 0, recognized: 1, departed: 1, net: -1, from: "2020-01-01", to: "2020-12-31" });
    expect(a.years[0]).toMatchObject({ from: "2013-07-01", to: "2013-12-31" });
  });

  it("without compareTo, counts the 12 months ending on asOf", () => {
    const a = buildReport(ds, { asOf: "2023-06-30" }).admissions;
    expect([a.from, a.to, a.admitted]).toEqual(["2022-07-01", "2023-06-30", 1]); // p8, 2022-09-01
  });
});

describe("buildReport: training", () => {
  const t = report.training;
  it("counts the cadres: posts in organizations of the political system", () => {
    // 2013: p1, p7 (secretaries), p11, p12 (chairs). 2023: also p5, p6. Village heads hold no organization post.
    expect(t.cadres).toEqual({ asOf: 6, compareTo: 4, change: 2 });
  });
  it("gives the headline counts over the cadres with a record, with ids", () => {
    // General education: p12 "4/12" below primary; p1 "9/12" lower secondary; p7, p11 upper secondary.
    expect(t.belowPrimary.asOf).toEqual({ numerator: 1, denominator: 4, ratio: 0.25 });
    expect(t.belowPrimary.ids).toEqual(["p12"]);
    expect(t.belowUpperSecondary.ids).toEqual(["p1", "p12"]);
    expect(t.belowUpperSecondary.compareToIds).toEqual(["p1", "p12"]);
    // Professional: p7 bachelor, p11 intermediate then master (2020), p12 none.
    expect(t.withoutProfessional.asOf).toEqual({ numerator: 1, denominator: 3, ratio: 1 / 3 });
    expect(t.masterOrAbove).toMatchObject({ ids: ["p11"], compareToIds: [], change: 1 / 3 });
    // Political theory in 2013: p1 elementary, p12 none (p11's cao cấp is dated 2021).
    expect(t.withoutPoliticalTheory.compareTo).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 });
    expect(t.advancedPoliticalTheory.asOf).toEqual({ numerator: 1, denominator: 3, ratio: 1 / 3 });
  });
  it("gives each scale's levels, lowest first, and those with no record", () => {
    expect(t.scales.map((s) => s.scale)).toEqual(["general-education", "professional", "political-theory", "state-management"]);
    const pt = t.scales[2]!;
    expect(pt.levels.map((l) => [l.code, l.count.compareTo, l.count.asOf])).toEqual([
      ["none", 1, 1],
      ["elementary", 1, 1],
      ["intermediate", 0, 0],
      ["advanced", 0, 1],
    ]);
    // 2013: p7, p11 have no record; 2023: p5, p6, p7.
    expect(pt.noRecord).toEqual({ asOf: 3, compareTo: 2, change: 1 });
  });
  it("judges the chairs against the standard in force (QĐ 04/2004 until 31 July 2023)", () => {
    const s = t.standardization;
    expect(s.standardSets).toEqual({ asOf: ["qd-04-2004"], compareTo: ["qd-04-2004"] });
    // QĐ 04 for a commune committee chair: upper secondary and intermediate political theory.
    // 2013: p11 has no political theory yet, p12 is below primary: both below. 2023: p11 above.
    expect(s.judged).toEqual({ asOf: 2, compareTo: 2, change: 0 });
    expect(s.below).toEqual({ asOf: 1, compareTo: 2, change: -1, ids: ["p12"], compareToIds: ["p11", "p12"] });
    expect(s.meetsOrAbove.asOf).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 });
    expect(s.noStandard).toEqual({ asOf: 4, compareTo: 2, change: 2 });
    expect(buildReport(ds, { asOf: "2024-06-30" }).training.standardization.standardSets.asOf).toEqual(["nd-33-2023"]);
    expect(buildReport(ds, { asOf: "2025-07-01" }).training.standardization.standardSets.asOf).toEqual(["nd-33-2023", "two-tier-2025"]);
  });
});

describe("buildReport: ratings", () => {
  const r = report.ratings;
  it("covers the years whose rating falls in the period: 2013–2022", () => {
    expect([r.fromYear, r.toYear]).toEqual([2013, 2022]);
    expect(r.distributions.map((d) => d.category)).toEqual(["commune-government", "front-and-mass", "fatherland-front", "youth-union"]);
  });
  it("gives the commune governments per year, pooled and as the mean of yearly shares", () => {
    const d = r.distributions[0]!;
    expect([d.scheme, d.byTier, d.rated]).toEqual(["four-grade-good", false, 6]);
    // 2013: good, fair; 2014: good, good; 2022: good, weak (2012 and 2023 are outside).
    expect(d.years).toEqual([
      { period: "2013", rated: 2, counts: [1, 1, 0, 0], unrated: 0 },
      { period: "2014", rated: 2, counts: [2, 0, 0, 0], unrated: 0 },
      { period: "2022", rated: 2, counts: [1, 0, 0, 1], unrated: 0 },
    ]);
    const good = d.levels[0]!;
    expect(good.level).toBe("good");
    expect(good.pooled).toEqual({ numerator: 4, denominator: 6, ratio: 4 / 6 });
    expect(good.periodMean).toBeCloseTo((1 / 2 + 1 + 1 / 2) / 3, 12);
    const fair = d.levels[1]!;
    expect(fair.atOrAbove.numerator).toBe(5);
    expect(fair.atOrAbove.periodMean).toBeCloseTo((1 + 1 + 1 / 2) / 3, 12);
  });
  it("gives the Front and mass organizations together", () => {
    const d = r.distributions[1]!;
    expect(d.organizationKinds).toEqual(["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"]);
    // 2013: mt1 good, dt1 average; 2014: mt1 fair (dt1 not rated).
    expect(d.levels.map((l) => l.count)).toEqual([1, 1, 1, 0]);
    expect(d.levels[0]!.periodMean).toBeCloseTo(1 / 4, 12);
    expect(d.levels[1]!.periodMean).toBeCloseTo(1 / 2, 12);
    expect(d.years[1]).toEqual({ period: "2014", rated: 1, counts: [0, 1, 0, 0], unrated: 1 });
  });
  it("without compareTo, covers the last full year", () => {
    const s = buildReport(ds, { asOf: "2023-06-30" }).ratings;
    expect([s.fromYear, s.toYear]).toEqual([2022, 2022]);
    expect(s.distributions[0]!.levels.map((l) => l.count)).toEqual([1, 0, 0, 1]);
  });
});

describe("buildReport: league table and data quality", () => {
  it("ranks the communes on the default metrics, with the rank on compareTo", () => {
    const l = report.league;
    expect(l.groupBy).toEqual(["commune", "ward", "special-zone"]);
    expect(l.metrics.map((m) => [m.id, m.weight])).toEqual([
      ["cell-coverage", 1 / 3],
      ["member-coverage", 1 / 3],
      ["standardization", 1 / 3],
    ]);
    // x1 is at least as good as x2 on every metric on both dates, and better on some.
    expect(l.rows.map((r) => [r.id, r.rank, r.previousRank, r.rankChange])).toEqual([
      ["x1", 1, 1, 0],
      ["x2", 2, 2, 0],
    ]);
    expect(l.rows[1]!.values["member-coverage"]).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(l.rows[1]!.values["standardization"]).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });

  it("takes other league metrics, weighted equally", () => {
    const l = buildReport(ds, { asOf: "2023-06-30", leagueMetrics: ["member-coverage"] }).league;
    expect(l.metrics.map((m) => m.id)).toEqual(["member-coverage"]);
    expect(l.rows.map((r) => r.id)).toEqual(["x1", "x2"]);
  });

  it("counts the findings by code and keeps the first ones", () => {
    const q = report.dataQuality;
    expect(q.checked).toBe(true);
    expect(q.total).toBe(3);
    expect(q.byCode["cell-below-minimum"]).toBe(3);
    expect(q.byCode["overlapping-party-memberships"]).toBe(0);
    expect(q.first.map((f) => f.records[0]?.id)).toEqual(["cb2", "cb34", "cbs1"]);
    const skipped: Report = buildReport(ds, { asOf: "2023-06-30", dataQuality: false });
    expect([skipped.dataQuality.checked, skipped.dataQuality.total]).toEqual([false, 0]);
  });
});

describe("buildReport without compareTo", () => {
  it("leaves the compareTo side and the change null", () => {
    const r = buildReport(ds, { asOf: "2023-06-30" });
    expect(r.compareTo).toBeNull();
    expect(r.strength.members).toEqual({ asOf: 8, compareTo: null, change: null });
    expect(r.coverage.byKind[0]!.withoutCell.compareToIds).toBeNull();
    expect(r.league.rows.every((row) => row.previousRank === null)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
