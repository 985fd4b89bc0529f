// Type tests: levels of one scheme do not mix with another's without an explicit conversion.
import { describe, expectTypeOf, it } from "vitest";
import {
  classify,
  compareByTier,
  compareRated,
  compareSchemeLevels,
  FOUR_GRADE_GOOD,
  HD_20_2008,
  HD_27_2014,
  levelForScore,
  mapLevelByTier,
  QD_124_2023,
  QD_366_2025,
  rated,
  ratingDistribution,
  shareAtOrAbove,
  type Dataset,
  type LevelOf,
  type RatedLevel,
} from "../../src/index.js";

declare const ds: Dataset;

describe("scheme level types", () => {
  it("LevelOf is the union of a built-in scheme's codes", () => {
    expectTypeOf<LevelOf<typeof QD_366_2025>>().toEqualTypeOf<"excellent" | "good" | "completed" | "not-completed">();
    expectTypeOf<LevelOf<typeof HD_27_2014>>().toEqualTypeOf<"clean-strong-exemplary" | "clean-strong" | "good" | "completed" | "weak">();
    expectTypeOf<LevelOf<typeof FOUR_GRADE_GOOD>>().toEqualTypeOf<"good" | "fair" | "average" | "weak">();
  });

  it("rejects a level of another scheme", () => {
    compareSchemeLevels(QD_366_2025, "excellent", "good");
    // @ts-expect-error "clean-strong" is an HD 27 level, not a QĐ 366 one
    compareSchemeLevels(QD_366_2025, "clean-strong", "good");
    // @ts-expect-error "fair" is not a QĐ 124 level
    rated(QD_124_2023, "fair");
    // @ts-expect-error "excellent" is not an HD 20 organization level
    mapLevelByTier(HD_20_2008, "excellent", QD_366_2025);
  });

  it("compares rated levels of one scheme only; across schemes compareByTier says so", () => {
    compareRated(rated(QD_366_2025, "good"), rated(QD_366_2025, "excellent"));
    // @ts-expect-error levels of QĐ 366 and HD 27 are not comparable as such
    compareRated(rated(QD_366_2025, "good"), rated(HD_27_2014, "clean-strong"));
    expectTypeOf(compareByTier(rated(QD_366_2025, "good"), rated(HD_27_2014, "clean-strong"))).toEqualTypeOf<number>();
    expectTypeOf(rated(HD_27_2014, "weak")).toEqualTypeOf<RatedLevel<"hd-27-2014", "clean-strong-exemplary" | "clean-strong" | "good" | "completed" | "weak">>();
  });

  it("types results by the scheme's levels", () => {
    expectTypeOf(levelForScore(QD_366_2025, 90)).toEqualTypeOf<"excellent" | "good" | "completed" | "not-completed">();
    expectTypeOf(mapLevelByTier(HD_20_2008, "clean-strong", QD_366_2025)).toEqualTypeOf<"excellent" | "good" | "completed" | "not-completed">();
    expectTypeOf(classify(HD_27_2014, { score: 90 }).level).toEqualTypeOf<"clean-strong-exemplary" | "clean-strong" | "good" | "completed" | "weak" | null>();
  });

  it("shareAtOrAbove takes a level of the distribution's scheme", () => {
    const d = ratingDistribution(ds, { subjectKind: "organization", scheme: FOUR_GRADE_GOOD });
    shareAtOrAbove(d, "fair");
    // @ts-expect-error "excellent" is not a level of the four-grade scale
    shareAtOrAbove(d, "excellent");
    const any = ratingDistribution(ds, { subjectKind: "organization", scheme: "four-grade-good" });
    shareAtOrAbove(any, "whatever-the-user-typed");
  });

  it("facts are typed", () => {
    // @ts-expect-error a criterion level is one of four codes
    classify(QD_124_2023, { criteriaLowest: "great" });
    // @ts-expect-error disciplined is a boolean
    classify(QD_124_2023, { disciplined: "yes" });
  });
});
