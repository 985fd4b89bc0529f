// checkDataset skips validateRatings when a screen over the index's columns clears every rating
// (src/rules/check.ts, ratingsAllFit). Oracle: validateRatings itself. For one-rating datasets
// covering every built-in scheme, both subject kinds, years around the schemes' spans, every
// level and scores around the scales' bounds, checkDataset's rating findings must be exactly
// those of validateRatings — whether the screen clears the rating or not.
import { describe, expect, it } from "vitest";
import { checkDataset, safeParseDataset } from "../../src/index.js";
import { BUILT_IN_SCHEMES, validateRatings, type Scheme } from "../../src/schemes/index.js";

describe("checkDataset's rating findings equal validateRatings'", () => {
  it("for single ratings of every scheme, kind, year, level and score", () => {
    let datasets = 0;
    let withIssues = 0;
    for (const s of BUILT_IN_SCHEMES as readonly Scheme[]) {
      const y = s.assessmentYears;
      const years = [y.from - 1, y.from, y.to ?? y.from + 3, (y.to ?? y.from + 3) + 1];
      const scores: (number | undefined)[] = [undefined, 0, 49, 50, 69, 70, 85, 89, 90, 95, 100, 101, -1];
      if (s.score !== undefined) scores.push(s.score.min, s.score.max, s.score.max + 0.5, s.score.min - 0.5);
      for (const kind of ["person", "organization"] as const) {
        for (const year of years) {
          for (const level of [undefined, ...s.levels.map((l) => l.code)]) {
            for (const score of scores) {
              if (level === undefined && score === undefined) continue;
              const rating: Record<string, unknown> = { subjectId: kind === "person" ? "p1" : "cb", scheme: s.id, period: year };
              if (level !== undefined) rating["level"] = level;
              if (score !== undefined) rating["score"] = score;
              const r = safeParseDataset({
                asOf: "2030-01-01",
                people: [{ id: "p1", name: "Lò Văn A" }],
                organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" }],
                ratings: [rating],
              });
              if (!r.success) continue;
              datasets++;
              const expected = validateRatings(r.data, { locale: "en" }).map((i) => `${i.path}: ${i.message}`);
              if (expected.length > 0) withIssues++;
              const got = checkDataset(r.data, { locale: "en" })
                .filter((f) => f.code === "rating-inconsistent")
                .map((f) => f.message);
              expect(got).toEqual(expected);
            }
          }
        }
      }
    }
    // Both paths were taken many times.
    expect(datasets).toBeGreaterThan(500);
    expect(withIssues).toBeGreaterThan(100);
    expect(datasets - withIssues).toBeGreaterThan(100);
  });
});
