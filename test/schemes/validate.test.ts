import { describe, expect, it } from "vitest";
import { defineScheme, FOUR_GRADE_GOOD, parseDataset, validateRatings } from "../../src/index.js";

const base = {
  organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" as const, level: "grassroots" as const }],
  people: [{ id: "p1", name: "Lò Văn A" }],
};

describe("validateRatings", () => {
  it("accepts consistent ratings", () => {
    const ds = parseDataset({
      ...base,
      ratings: [
        { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: 95, level: "good" },
        { subjectId: "p1", scheme: "qd-366-2025", period: "2026-Q1", score: 90, level: "excellent" },
        { subjectId: "p1", scheme: "qd-366-2025", period: 2026, score: 49.99 },
        { subjectId: "cb", scheme: "hd-27-2014", period: 2015, score: 92, level: "clean-strong-exemplary" },
        { subjectId: "cb", scheme: "four-grade-good", period: 2016, level: "fair" },
        { subjectId: "p1", scheme: "my-own-scheme", period: 1999, level: "anything" },
      ],
    });
    expect(validateRatings(ds)).toEqual([]);
  });

  it("reports scores off the scale, levels better than the score, wrong subjects and years", () => {
    const ds = parseDataset({
      ...base,
      ratings: [
        { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: 100.5 },
        { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: -1 },
        { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: 89.99, level: "excellent" },
        { subjectId: "p1", scheme: "qd-124-2023", period: 2024, score: 80, level: "good" },
        { subjectId: "p1", scheme: "hd-27-2014", period: 2015, level: "weak" },
        { subjectId: "cb", scheme: "qd-124-2023", period: 2020, level: "good" },
        { subjectId: "cb", scheme: "hd-27-2014", period: 2016, score: 85, level: "clean-strong-exemplary" },
      ],
    });
    expect(validateRatings(ds, { locale: "en" }).map((i) => [i.path, i.code, i.message])).toEqual([
      ["ratings[0].score", "too-large", "Score 100.5 is above the maximum 100 of qd-366-2025"],
      ["ratings[1].score", "too-small", "Score -1 is below the minimum 0 of qd-366-2025"],
      ["ratings[2].level", "invalid-value", "Level “Tasks completed excellently” is better than a score of 89.99 allows under qd-366-2025 (at best “Tasks completed well”)"],
      ["ratings[3].score", "invalid-value", "qd-124-2023 does not score; leave out score"],
      ["ratings[4].subjectId", "invalid-value", "hd-27-2014 does not rate people (only organizations)"],
      ["ratings[5].period", "invalid-value", "qd-124-2023 governs the assessment years 2023–2024, not 2020"],
      ["ratings[6].level", "invalid-value", "Level “Clean and strong, exemplary” is better than a score of 85 allows under hd-27-2014 (at best “Tasks completed well”)"],
    ]);
    expect(validateRatings(ds)[2]!.message).toBe("Mức “Hoàn thành xuất sắc nhiệm vụ” cao hơn mức mà 89,99 điểm cho phép theo qd-366-2025 (tối đa “Hoàn thành tốt nhiệm vụ”)");
  });

  it("checks levels against a scheme of your own", () => {
    const mine = defineScheme({ ...FOUR_GRADE_GOOD, id: "my-scale" });
    const ds = parseDataset({ ...base, ratings: [{ subjectId: "cb", scheme: "my-scale", period: 2020, level: "excellent" }] });
    expect(validateRatings(ds)).toEqual([]);
    expect(validateRatings(ds, { schemes: [mine] }).map((i) => [i.path, i.code])).toEqual([["ratings[0].level", "unknown-level"]]);
  });
});
