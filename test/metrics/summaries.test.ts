// The internal summaries that buildReport reads instead of the public metrics (counts without the
// lists it does not show, party statuses computed once per date): each must give exactly the
// figures of the public function it summarises, on generated datasets, on Nậm Nhùn and on the
// report's small district, on dates before, inside and after the reforms.
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../../src/model/asOf.js";
import { datasetIndex } from "../../src/model/compile.js";
import type { Dataset } from "../../src/model/schemas.js";
import { statusOnDay } from "../../src/model/status.js";
import { SCALE_IDS } from "../../src/model/codes.js";
import { admissions, admissionTally } from "../../src/metrics/admissions.js";
import { fillPartyStatuses } from "../../src/metrics/coverage-shared.js";
import { coverageGroupCounts, coverageSummary, unitCoverage } from "../../src/metrics/coverage.js";
import { educationProfile, educationShare, scaleBuckets } from "../../src/metrics/education.js";
import { fillPopulationMask, populationRows, populationTest, resolvePopulation, type Population } from "../../src/metrics/population.js";
import { standardization, standardizationSummary } from "../../src/metrics/standardization.js";
import { partyStrength, partyStrengthCounts } from "../../src/metrics/strength.js";
import { COMMUNE_UNIT_KINDS } from "../../src/scales/standards.js";
import { generateDataset } from "../../src/testing/generate.js";
import { namNhun } from "../../src/testing/nam-nhun.js";
import { parseDataset } from "../../src/model/parse.js";
import { smallDistrict } from "../report/fixture.js";

const DATASETS: readonly [string, Dataset][] = [
  ["generated commune, seed 1", parseDataset(generateDataset({ scale: "commune", seed: 1, asOf: "2025-06-30" }))],
  ["generated commune, seed 7", parseDataset(generateDataset({ scale: "commune", seed: 7, asOf: "2024-12-31" }))],
  ["Nậm Nhùn", namNhun],
  ["small district", smallDistrict()],
];
const DATES = ["2013-06-30", "2020-01-01", "2023-06-30", "2025-06-30", "2025-08-01"] as const;
const POPULATIONS: readonly Population[] = ["cadres", "party-members", { kind: "cadres", unitPosts: true }];

describe.each(DATASETS)("report summaries agree with the metrics: %s", (_, ds) => {
  const ix = datasetIndex(ds);

  it.each(DATES)("fillPartyStatuses is statusOnDay for everyone on %s", (date) => {
    const day = toDayNumber(date);
    const status = fillPartyStatuses(ix, day, new Uint8Array(ix.people.count).fill(9));
    for (let p = 0; p < ix.people.count; p++) expect(status[p]).toBe(statusOnDay(ix, p, day));
  });

  it.each(DATES)("partyStrengthCounts counts what partyStrength lists on %s", (date) => {
    const day = toDayNumber(date);
    const s = partyStrength(ds, date);
    expect(partyStrengthCounts(ix, day, fillPartyStatuses(ix, day, new Uint8Array(ix.people.count)))).toEqual({
      grassroots: s.grassroots.count,
      grassrootsCommittees: s.grassroots.committees.count,
      grassrootsCells: s.grassroots.cells.count,
      subordinateCells: s.subordinateCells.count,
      subordinateCommittees: s.subordinateCommittees.count,
      partyGroups: s.partyGroups.count,
      members: s.members.count,
      officialMembers: s.members.official.count,
      probationaryMembers: s.members.probationary.count,
      cellsBelowMinimum: s.checks.cellsBelowMinimum.ids,
    });
  });

  it.each(DATES)("coverageSummary has unitCoverage's tables, and its figures per commune, on %s", (date) => {
    const day = toDayNumber(date);
    const options = { asOf: date, groupBy: COMMUNE_UNIT_KINDS };
    const full = unitCoverage(ds, options);
    const summary = coverageSummary(ds, options, fillPartyStatuses(ix, day, new Uint8Array(ix.people.count)));
    const { groups, ...tables } = summary;
    const { groups: fullGroups, ...fullTables } = full;
    expect(JSON.stringify(tables)).toBe(JSON.stringify(fullTables));
    expect(groups).toEqual(
      fullGroups.map((g) => ({
        groupId: g.groupId,
        units: g.units.count,
        withCell: { numerator: g.withCell.numerator, denominator: g.withCell.denominator, ratio: g.withCell.ratio },
        withoutCell: g.withoutCell,
        withMember: { numerator: g.withMember.numerator, denominator: g.withMember.denominator, ratio: g.withMember.ratio },
      })),
    );
  });

  it.each(DATES)("coverageGroupCounts gives unitCoverage's groups as counts, for every grouping, on %s", (date) => {
    const day = toDayNumber(date);
    const groupings = [COMMUNE_UNIT_KINDS, "parent", "district", { [ix.units.ids[0] ?? "none"]: "first" }] as const;
    let seen = 0;
    for (const groupBy of groupings) {
      const options = { asOf: date, groupBy };
      const expected = unitCoverage(ds, options).groups.map((g) => ({
        groupId: g.groupId,
        units: g.units.ids.length,
        withCell: { numerator: g.withCell.ids.length, denominator: g.units.ids.length, ratio: g.units.ids.length === 0 ? null : g.withCell.ids.length / g.units.ids.length },
        withMember: { numerator: g.withMember.ids.length, denominator: g.units.ids.length, ratio: g.units.ids.length === 0 ? null : g.withMember.ids.length / g.units.ids.length },
      }));
      expect(coverageGroupCounts(ds, options)).toEqual(expected);
      expect(coverageGroupCounts(ds, options, fillPartyStatuses(ix, day, new Uint8Array(ix.people.count)))).toEqual(expected);
      seen += expected.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it.each(DATES)("scaleBuckets and educationShare give educationProfile's counts and lists on %s", (date) => {
    const day = toDayNumber(date);
    for (const population of POPULATIONS) {
      const mask = new Uint8Array(ix.people.count);
      fillPopulationMask(populationTest(ix, resolvePopulation(population, "test"), day, "test"), mask);
      const buckets = scaleBuckets(ix, day, populationRows(mask));
      expect(buckets.map((b) => b.scale)).toEqual([...SCALE_IDS]);
      for (const b of buckets) {
        const p = educationProfile(ds, { scale: b.scale, asOf: date, population });
        expect(b.rows.length).toBe(p.population.count);
        expect(b.counts[0]).toBe(p.noRecord.count);
        expect(b.codes.map((code, k) => ({ code, count: b.counts[k + 1] }))).toEqual(p.levels.map((l) => ({ code: l.code, count: l.count })));
        for (const code of b.codes) {
          expect(educationShare(ix, b, "below", code)).toEqual(p.below[code]);
          expect(educationShare(ix, b, "atLeast", code)).toEqual(p.atLeast[code]);
        }
        expect(educationShare(ix, b, "below", "no-such-level")).toBeUndefined();
      }
    }
  });

  it.each(DATES)("standardizationSummary has standardization's figures on %s", (date) => {
    for (const population of POPULATIONS) {
      for (const groupBy of ["commune", "organization", undefined] as const) {
        const s = standardization(ds, { asOf: date, population, groupBy });
        const ratio = (r: { numerator: number; denominator: number; ratio: number | null }) => ({ numerator: r.numerator, denominator: r.denominator, ratio: r.ratio });
        expect(standardizationSummary(ds, { asOf: date, population, groupBy })).toEqual({
          population: s.population.count,
          judged: s.judged.count,
          noStandard: s.noStandard.count,
          below: s.below.ids,
          meets: s.meets.count,
          above: s.above.count,
          meetsOrAbove: ratio(s.meetsOrAbove),
          groups: (s.groups ?? []).map((g) => ({ id: g.id, meetsOrAbove: ratio(g.meetsOrAbove) })),
        });
      }
    }
  });

  it.each([
    ["2013-07-01", "2023-06-30"],
    ["2024-07-01", "2025-06-30"],
    ["2025-06-30", "2025-06-30"],
  ])("admissionTally counts admissions' events from %s to %s, by year and by quarter", (from, to) => {
    for (const by of ["year", "quarter"] as const) {
      const a = admissions(ds, { from, to, by });
      const numbers = (f: typeof a) => ({
        admitted: f.admitted.count,
        readmitted: f.readmitted.count,
        recognized: f.recognized.count,
        transferredIn: f.transferredIn.count,
        transferredOut: f.transferredOut.count,
        departed: f.departed.count,
        net: f.net,
      });
      const t = admissionTally(ds, { from, to, by });
      expect(t.from).toBe(a.from);
      expect(t.to).toBe(a.to);
      expect(t.total).toEqual(numbers(a));
      expect(t.departedByReason).toEqual(Object.fromEntries(Object.entries(a.departed.byReason).map(([k, v]) => [k, v.count])));
      expect(t.periods).toEqual(a.periods.map((p) => ({ period: p.period, from: p.from, to: p.to, ...numbers(p as unknown as typeof a) })));
    }
  });
});
