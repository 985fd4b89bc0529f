// The ratings section reads the Front and mass organizations' distributions by kind from one
// grouped ratingDistribution call when every kind has the schemes of all of them together, and
// calls ratingDistribution per kind otherwise: either way each category must be exactly
// ratingDistribution's for its organization kinds.
import { describe, expect, it } from "vitest";
import { buildReport, parseDataset, ratingDistribution, shareAtOrAbove, type DatasetInput } from "../../src/index.js";
import { COMMUNE_UNIT_KINDS } from "../../src/scales/standards.js";
import { generateDataset } from "../../src/testing/generate.js";
import { smallDistrictInput } from "./fixture.js";

/** The small district, with the youth union also rated under the mass organizations' own scale. */
function mixedSchemes(): DatasetInput {
  const input = smallDistrictInput();
  return {
    ...input,
    ratings: [
      ...(input.ratings ?? []),
      { subjectId: "dt1", scheme: "four-grade-strong", period: 2015, level: "strong" },
      { subjectId: "dt1", scheme: "four-grade-strong", period: 2016, level: "fair" },
    ],
  };
}

const CASES = [
  ["small district, one scheme", parseDataset(smallDistrictInput()), "2023-06-30", "2013-06-30"],
  ["small district, the youth union under two schemes", parseDataset(mixedSchemes()), "2023-06-30", "2013-06-30"],
  ["generated commune", parseDataset(generateDataset({ scale: "commune", seed: 3, asOf: "2025-06-30" })), "2025-06-30", "2019-06-30"],
] as const;

describe.each(CASES)("buildReport ratings: %s", (_, ds, asOf, compareTo) => {
  const r = buildReport(ds, { asOf, compareTo, dataQuality: false }).ratings;

  it("has a distribution for some of the mass organizations' kinds", () => {
    expect(r.distributions.some((d) => d.category === "youth-union" || d.category === "fatherland-front")).toBe(true);
  });

  it("gives each category ratingDistribution's figures for its organization kinds", () => {
    for (const d of r.distributions) {
      const direct = ratingDistribution(ds, {
        subjectKind: "organization",
        from: r.fromYear,
        to: r.toYear,
        organizationKinds: d.organizationKinds,
        ids: false,
        ...(d.category === "party-organizations" ? {} : { unitKinds: COMMUNE_UNIT_KINDS }),
        ...(d.byTier ? { scheme: d.schemes, byTier: true } : { scheme: d.schemes[0]! }),
      });
      expect([d.scheme, d.schemes, d.byTier, d.rated]).toEqual([direct.scheme, direct.schemes, direct.byTier, direct.rated]);
      expect(d.years).toEqual(direct.periods.map((p) => ({ period: p.period, rated: p.rated, counts: p.levels.map((l) => l.count), unrated: p.unrated.count })));
      expect(d.levels.map((l) => [l.level, l.count, l.pooled.ratio, l.periodMean, l.atOrAbove.periodMean])).toEqual(
        direct.levels.map((l) => [l.level, l.count, l.pooled.ratio, l.periodMean, shareAtOrAbove(direct, l.level).periodMean]),
      );
    }
  });
});

it("the two-scheme case does use several schemes for the youth union and one for the Front", () => {
  const r = buildReport(parseDataset(mixedSchemes()), { asOf: "2023-06-30", compareTo: "2013-06-30", dataQuality: false }).ratings;
  const by = new Map(r.distributions.map((d) => [d.category, d]));
  expect(by.get("youth-union")?.schemes).toEqual(["four-grade-good", "four-grade-strong"]);
  expect(by.get("fatherland-front")?.schemes).toEqual(["four-grade-good"]);
  expect(by.get("front-and-mass")?.byTier).toBe(true);
});
