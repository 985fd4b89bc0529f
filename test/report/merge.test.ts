import { describe, expect, it } from "vitest";
import { isGrassrootsError } from "../../src/_lib/errors.js";
import { parseDataset } from "../../src/model/parse.js";
import { buildReport } from "../../src/report/build.js";
import { mergeReports } from "../../src/report/merge.js";
import type { Report, ReportOptions } from "../../src/report/types.js";
import { collectionSizes, concatDatasets, generatedShards } from "../node/_shards.js";

function singleAndMerged(parts: ReturnType<typeof generatedShards>, options: ReportOptions): { single: Report; merged: Report } {
  const single = buildReport(parseDataset(concatDatasets(parts)), options);
  const merged = mergeReports(
    parts.map((p) => buildReport(parseDataset(p), options)),
    { collectionSizes: parts.map(collectionSizes) },
  );
  return { single, merged };
}

describe("mergeReports over generated shards", () => {
  it("three province shards: the merged report equals the report of the concatenated dataset", { timeout: 300_000 }, () => {
    const parts = generatedShards(3, "province");
    const options = { asOf: "2025-06-30", compareTo: "2015-06-30" };
    const { single, merged } = singleAndMerged(parts, options);
    // Sanity: the figures are not trivial, and come from all three shards.
    expect(single.strength.members.asOf).toBeGreaterThan(200_000);
    expect(single.league.rows.length).toBeGreaterThan(300);
    expect(single.dataQuality.total).toBeGreaterThan(20);
    expect(new Set(merged.dataQuality.first.map((f) => f.records[0]!.id!.split(":")[0])).size).toBeGreaterThan(1);
    expect(merged).toEqual(single);
    // The merged report is plain JSON, as buildReport's.
    expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
  });

  it("three commune shards, without compareTo: equal with no normalisation at all", { timeout: 120_000 }, () => {
    const parts = generatedShards(3, "commune");
    const { single, merged } = singleAndMerged(parts, { asOf: "2024-06-30" });
    expect(merged).toEqual(single);
  });

  it("commune shards with compareTo, several dates", { timeout: 120_000 }, () => {
    const parts = generatedShards(4, "commune");
    for (const [asOf, compareTo] of [["2025-06-30", "2020-12-31"], ["2023-06-30", "2013-06-30"]] as const) {
      const { single, merged } = singleAndMerged(parts, { asOf, compareTo });
      expect(merged).toEqual(single);
    }
  });

  it("one report merges to itself", () => {
    const [p] = generatedShards(1, "commune");
    const r = buildReport(parseDataset(p!), { asOf: "2024-06-30" });
    expect(mergeReports([r])).toEqual(r);
  });
});

describe("mergeReports by hand", () => {
  const shard = (p: string, cells: number): ReturnType<typeof parseDataset> =>
    parseDataset({
      units: [
        { id: `${p}x`, name: `Xã ${p}`, kind: "commune" },
        { id: `${p}b1`, name: "Bản Một", kind: "village", parentId: `${p}x` },
        { id: `${p}b2`, name: "Bản Hai", kind: "village", parentId: `${p}x` },
        { id: `${p}s`, name: "Trường Một", kind: "school", parentId: `${p}x` },
      ].slice(0, p === "a" ? 4 : 3),
      organizations: [
        { id: `${p}cb1`, name: "Chi bộ bản Một", kind: "party-cell", coversUnitIds: [`${p}b1`] },
        ...(cells > 1 ? [{ id: `${p}cb2`, name: "Chi bộ bản Hai", kind: "party-cell" as const, coversUnitIds: [`${p}b2`] }] : []),
      ],
    });

  it("adds counts, recomputes ratios, joins ids, fills a unit kind a shard lacks", () => {
    const options = { asOf: "2024-06-30", leagueMetrics: ["cell-coverage", "member-coverage"] };
    const a = buildReport(shard("a", 2), options);
    const b = buildReport(shard("b", 1), options);
    const m = mergeReports([a, b]);
    // Villages: a has 2 with a cell, b 1 of 2 → 3/4; schools: only a has one, without a cell.
    expect(m.coverage.byKind.map((r) => [r.kind, r.units.asOf, r.withCell.asOf])).toEqual([
      ["village", 4, { numerator: 3, denominator: 4, ratio: 0.75 }],
      ["school", 1, { numerator: 0, denominator: 1, ratio: 0 }],
    ]);
    expect(m.coverage.total.withoutCell.ids).toEqual(["as", "bb2"]);
    expect(m.coverage.total.units).toEqual({ asOf: 5, compareTo: null, change: null });
    expect(m.coverage.communes.map((c) => c.id)).toEqual(["ax", "bx"]);
    // League by cell coverage (2 of a's 3 units vs 1 of b's 2: min-max 1 and 0) and member
    // coverage (0/3 vs 0/2, tied: 0.5 each), weighted equally.
    expect(m.league.rows.map((r) => [r.id, r.rank])).toEqual([["ax", 1], ["bx", 2]]);
    expect(m.title).toBe("");
    expect(m.league.rows.map((r) => r.score)).toEqual([0.5 * 1 + 0.5 * 0.5, 0.5 * 0 + 0.5 * 0.5]);
    expect(mergeReports([a, b], { title: "Hai xã" }).title).toBe("Hai xã");
  });

  it("rating shares: pooled from summed counts, yearly means from summed yearly counts", () => {
    const ds = (p: string, levels: readonly string[][]) =>
      parseDataset({
        units: [{ id: `${p}x`, name: "Xã", kind: "commune" }],
        organizations: [
          { id: `${p}ub`, name: "UBND xã", kind: "people-committee", unitId: `${p}x` },
          { id: `${p}mt`, name: "MTTQ xã", kind: "fatherland-front", unitId: `${p}x` },
          { id: `${p}dtn`, name: "Đoàn xã", kind: "youth-union", unitId: `${p}x` },
        ],
        ratings: levels.flatMap((ls, y) =>
          ls.map((level, k) => ({ subjectId: `${p}${["mt", "dtn"][k]}`, scheme: "four-grade-good", period: 2020 + y, level })),
        ),
      });
    // Shard a: 2020 good, good; 2021 good, fair. Shard b: 2020 fair; 2021 average, average.
    const a = buildReport(ds("a", [["good", "good"], ["good", "fair"]]), { asOf: "2022-06-30", compareTo: "2019-12-31" });
    const b = buildReport(ds("b", [["fair"], ["average", "average"]]), { asOf: "2022-06-30", compareTo: "2019-12-31" });
    const m = mergeReports([a, b]);
    const front = m.ratings.distributions.find((d) => d.category === "front-and-mass")!;
    const good = front.levels.find((l) => l.level === "good")!;
    // 2020: 2 good of 3; 2021: 1 good of 4. Pooled 3/7; mean of the yearly shares (2/3 + 1/4) / 2.
    expect(good.pooled).toEqual({ numerator: 3, denominator: 7, ratio: 3 / 7 });
    expect(good.periodMean).toBe((2 / 3 + 1 / 4) / 2);
    const fair = front.levels.find((l) => l.level === "fair")!;
    expect(fair.atOrAbove.periodMean).toBe((3 / 3 + 2 / 4) / 2);
    expect(front.years.map((y) => [y.period, y.rated])).toEqual([["2020", 3], ["2021", 4]]);
  });

  it("refuses reports of different dates or options", () => {
    const ds = shard("a", 1);
    const r = buildReport(ds, { asOf: "2024-06-30" });
    const attempts: (() => unknown)[] = [
      () => mergeReports([r, buildReport(ds, { asOf: "2024-06-29" })]),
      () => mergeReports([r, buildReport(ds, { asOf: "2024-06-30", compareTo: "2020-06-30" })]),
      () => mergeReports([r, buildReport(ds, { asOf: "2024-06-30", unitKinds: ["village"] })]),
      () => mergeReports([r, buildReport(ds, { asOf: "2024-06-30", leagueMetrics: ["cell-coverage"] })]),
      () => mergeReports([r, buildReport(ds, { asOf: "2024-06-30", dataQuality: false })]),
      () => mergeReports([]),
      () => mergeReports([r, { ...r, version: 2 } as unknown as Report]),
      () => mergeReports([r, r], { collectionSizes: [{}] }),
    ];
    for (const f of attempts) {
      let error: unknown;
      try {
        f();
      } catch (e) {
        error = e;
      }
      expect(isGrassrootsError(error) && error.code).toBe("invalid-argument");
    }
  });

  it("data-quality findings: code by code across shards, indices shifted by the shards before", () => {
    // Each shard: a cell with fewer than 3 official members (one finding), at organizations[1].
    const ds = (p: string) =>
      parseDataset({
        units: [{ id: `${p}x`, name: "Xã", kind: "commune" }],
        organizations: [
          { id: `${p}d`, name: "Đảng bộ xã", kind: "party-committee", level: "grassroots", unitId: `${p}x` },
          { id: `${p}c`, name: "Chi bộ", kind: "party-cell", level: "branch", parentId: `${p}d` },
        ],
      });
    const a = buildReport(ds("a"), { asOf: "2024-06-30" });
    const b = buildReport(ds("b"), { asOf: "2024-06-30" });
    expect(a.dataQuality.first.map((f) => f.records[0]!.index)).toEqual([1]);
    const m = mergeReports([a, b], { collectionSizes: [{ organizations: 2, units: 1 }, { organizations: 2, units: 1 }] });
    expect(m.dataQuality.first.map((f) => [f.code, f.records[0]!.id, f.records[0]!.index])).toEqual([
      ["cell-below-minimum", "ac", 1],
      ["cell-below-minimum", "bc", 3],
    ]);
    expect(m.dataQuality.byCode["cell-below-minimum"]).toBe(2);
    // Reports carry their dataset's sizes, so no option is needed; the merged one carries the sum.
    const c = mergeReports([a, b]);
    expect(c.dataQuality.first.map((f) => f.records[0]!.index)).toEqual([1, 3]);
    expect(c.dataQuality.collectionSizes).toEqual({ organizations: 4, units: 2, people: 0, memberships: 0, posts: 0, qualifications: 0, ratings: 0 });
  });

  it("ranks on compareTo from the league rows on that date that the reports carry", () => {
    const base = buildReport(shard("a", 2), { asOf: "2024-06-30", compareTo: "2020-06-30", leagueMetrics: ["cell-coverage"] });
    const other = buildReport(shard("b", 1), { asOf: "2024-06-30", compareTo: "2020-06-30", leagueMetrics: ["cell-coverage"] });
    const rows = (id: string, value: number) => [{ id, values: { "cell-coverage": { value, numerator: value, denominator: 1 } } }];
    const withRows = (r: Report, id: string, value: number): Report => ({ ...r, league: { ...r.league, compareToRows: rows(id, value) } as Report["league"] });
    // On compareTo, b was ahead (1 vs 0); on asOf a is (2/3 vs 1/2): a moved up one place.
    const m = mergeReports([withRows(base, "ax", 0), withRows(other, "bx", 1)]);
    expect(m.league.rows.map((r) => [r.id, r.rank, r.previousRank, r.rankChange])).toEqual([
      ["ax", 1, 2, 1],
      ["bx", 2, 1, -1],
    ]);
  });
});
