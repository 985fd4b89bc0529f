import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { educationProfile, parseDataset, type EducationCounts, type ScaleId } from "../../src/index.js";
import { communeDatasetArb, dayArb, naiveCadres, naiveRank, RANKS } from "./population.fixtures.js";

const scaleArb = fc.constantFrom(...(Object.keys(RANKS) as ScaleId[]));
const populationArb = fc.constantFrom("cadres" as const, "party-members" as const, "everyone" as const);

function sums(c: EducationCounts): void {
  // Counts per level and "no record" add up to the population, and partition it.
  const levelIds = c.levels.flatMap((l) => l.ids);
  expect(c.levels.reduce((n, l) => n + l.count, 0) + c.noRecord.count).toBe(c.population.count);
  expect(new Set([...levelIds, ...c.noRecord.ids]).size).toBe(c.population.count);
  for (const id of [...levelIds, ...c.noRecord.ids]) expect(c.population.ids).toContain(id);
  const recorded = c.population.count - c.noRecord.count;
  for (const l of c.levels) {
    expect(l.count).toBe(l.ids.length);
    const atLeast = c.atLeast[l.code]!;
    const below = c.below[l.code]!;
    expect(atLeast.numerator + below.numerator).toBe(recorded);
    expect(atLeast.denominator).toBe(recorded);
    expect(atLeast.ratio).toBe(recorded === 0 ? null : atLeast.numerator / recorded);
  }
}

describe("educationProfile, properties", () => {
  it("counts per level sum to the population, overall and in every group", () => {
    fc.assert(
      fc.property(communeDatasetArb, scaleArb, dayArb, populationArb, fc.constantFrom("commune" as const, "organization" as const), (input, scale, asOf, population, groupBy) => {
        const p = educationProfile(parseDataset(input), { scale, asOf, population, groupBy });
        sums(p);
        for (const g of p.groups ?? []) {
          sums(g);
          for (const id of g.population.ids) expect(p.population.ids).toContain(id);
        }
        for (const id of p.ungrouped?.ids ?? []) expect(p.population.ids).toContain(id);
      }),
      { numRuns: 200 },
    );
  });

  it("puts each cadre at the highest level dated on or before the date, as a naive reading does", () => {
    fc.assert(
      fc.property(communeDatasetArb, scaleArb, dayArb, (input, scale, asOf) => {
        const p = educationProfile(parseDataset(input), { scale, asOf });
        const cadres = naiveCadres(input, asOf);
        expect(p.population.ids).toEqual(cadres);
        const main = Object.entries(RANKS[scale]).filter(([, r], i, all) => all.findIndex(([, r2]) => r2 === r) === i);
        expect(p.levels.map((l) => l.code)).toEqual(main.map(([code]) => code));
        for (const [code, rank] of main) {
          expect(p.levels.find((l) => l.code === code)?.ids, code).toEqual(cadres.filter((id) => naiveRank(input, id, scale, asOf) === rank));
        }
        expect(p.noRecord.ids).toEqual(cadres.filter((id) => naiveRank(input, id, scale, asOf) < 0));
      }),
      { numRuns: 200 },
    );
  });

  it("never lowers a person's level at a later date", () => {
    fc.assert(
      fc.property(communeDatasetArb, scaleArb, dayArb, dayArb, (input, scale, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const ds = parseDataset(input);
        const rankOf = (asOf: string): Map<string, number> => {
          const p = educationProfile(ds, { scale, asOf, population: "everyone" });
          return new Map(p.levels.flatMap((l, r) => l.ids.map((id) => [id, r] as const)));
        };
        const before = rankOf(early);
        const after = rankOf(late);
        for (const [id, r] of before) expect(after.get(id)).toBeGreaterThanOrEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
