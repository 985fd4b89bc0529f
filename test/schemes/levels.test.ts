import { describe, expect, it } from "vitest";
import {
  bestLevelFromChildren,
  compareByTier,
  compareRated,
  compareSchemeLevels,
  findLevel,
  FOUR_GRADE_GOOD,
  FOUR_GRADE_STRONG,
  HD_20_2008,
  HD_20_2008_MEMBER,
  HD_27_2014,
  isGrassrootsError,
  levelForScore,
  levelLabel,
  mapLevelByTier,
  ND_335_2025,
  QD_124_2023,
  QD_132_2018,
  QD_366_2025,
  rated,
  schemeLevel,
  type RatedLevel,
} from "../../src/index.js";

function code(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : e;
  }
  return undefined;
}

describe("levelForScore", () => {
  it("uses the bands alone, lower end included", () => {
    expect([0, 49.99, 50, 69.99, 70, 89.99, 90, 100].map((s) => levelForScore(QD_366_2025, s))).toEqual([
      "not-completed",
      "not-completed",
      "completed",
      "completed",
      "good",
      "good",
      "excellent",
      "excellent",
    ]);
    expect([49.99, 50, 89.99, 90].map((s) => levelForScore(HD_27_2014, s))).toEqual(["weak", "completed", "good", "clean-strong"]);
    expect(levelForScore("nd-335-2025", 70)).toBe("good");
  });
  it("throws for a scheme without a scale, or a score off it", () => {
    expect(code(() => levelForScore(QD_124_2023, 90))).toBe("invalid-argument");
    expect(code(() => levelForScore(QD_366_2025, 101))).toBe("invalid-argument");
    expect(code(() => levelForScore(QD_366_2025, -1))).toBe("invalid-argument");
  });
});

describe("order within a scheme", () => {
  it("compares by position, a refinement above the level it refines", () => {
    expect(compareSchemeLevels(QD_366_2025, "excellent", "not-completed")).toBeGreaterThan(0);
    expect(compareSchemeLevels(QD_366_2025, "good", "good")).toBe(0);
    expect(compareSchemeLevels(HD_27_2014, "clean-strong-exemplary", "clean-strong")).toBeGreaterThan(0);
    expect(compareSchemeLevels(FOUR_GRADE_GOOD, "weak", "average")).toBeLessThan(0);
    expect(code(() => compareSchemeLevels(QD_366_2025, "excellent", "clean-strong" as "good"))).toBe("unknown-level");
  });
  it("rated levels carry their scheme; comparing two schemes needs compareByTier", () => {
    expect(rated(QD_366_2025, "good")).toEqual({ scheme: "qd-366-2025", level: "good", tier: 2, rank: 1 });
    expect(compareRated(rated(QD_124_2023, "completed"), rated(QD_124_2023, "good"))).toBe(-1);
    const a: RatedLevel = rated(HD_20_2008, "clean-strong");
    const b: RatedLevel = rated(QD_366_2025, "excellent");
    expect(code(() => compareRated(a, b))).toBe("invalid-argument");
    expect(compareByTier(a, b)).toBe(0);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe("across schemes, by tier (2013 labels against 2025 ones)", () => {
  it("maps HD 20 organization labels to QĐ 366 and back", () => {
    // Tier by tier, from DOMAIN.md's label lists.
    expect(HD_20_2008.levels.map((l) => mapLevelByTier(HD_20_2008, l.code, QD_366_2025))).toEqual(["excellent", "excellent", "good", "completed", "not-completed"]);
    expect(QD_366_2025.levels.map((l) => mapLevelByTier(QD_366_2025, l.code, HD_20_2008))).toEqual(["clean-strong", "good", "completed", "weak"]);
    expect(HD_20_2008_MEMBER.levels.map((l) => mapLevelByTier(HD_20_2008_MEMBER, l.code, QD_124_2023))).toEqual(["excellent", "good", "completed", "not-completed"]);
    expect(FOUR_GRADE_STRONG.levels.map((l) => mapLevelByTier(FOUR_GRADE_STRONG, l.code, FOUR_GRADE_GOOD))).toEqual(["good", "fair", "average", "weak"]);
  });
  it("compares 2013's TSVM with 2025's HTXSNV as equal tiers, and a lower tier as worse", () => {
    expect(compareByTier(rated(HD_20_2008, "clean-strong"), rated(QD_366_2025, "excellent"))).toBe(0);
    expect(compareByTier(rated(HD_20_2008, "completed"), rated(QD_366_2025, "good"))).toBe(-1);
    expect(compareByTier(rated(FOUR_GRADE_GOOD, "good"), rated(ND_335_2025, "good"))).toBe(1);
  });
  it("throws when the target has no level of that tier", () => {
    const three = { ...FOUR_GRADE_GOOD, id: "three", levels: FOUR_GRADE_GOOD.levels.slice(0, 3) };
    expect(code(() => mapLevelByTier(FOUR_GRADE_GOOD, "weak", three))).toBe("unknown-level");
  });
});

describe("labels and text", () => {
  it("gives labels in both languages", () => {
    expect(levelLabel(QD_132_2018, "not-completed")).toBe("Không hoàn thành nhiệm vụ");
    expect(levelLabel(QD_132_2018, "not-completed", "en")).toBe("Tasks not completed");
    expect(levelLabel(QD_132_2018, "good", { code: "en" })).toBe("Tasks completed well");
    expect(schemeLevel(HD_27_2014, "clean-strong-exemplary").refines).toBe("clean-strong");
    expect(code(() => schemeLevel(QD_366_2025, "weak" as "good"))).toBe("unknown-level");
  });
  it("finds a level from user text, ignoring case, diacritics and punctuation", () => {
    expect(findLevel(QD_366_2025, "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ")).toBe("excellent");
    expect(findLevel(QD_366_2025, "hoan thanh nhiem vu")).toBe("completed");
    expect(findLevel(QD_366_2025, "KHTNV")).toBe("not-completed");
    expect(findLevel(QD_366_2025, "htt")).toBe("good");
    expect(findLevel(QD_366_2025, "Tasks completed well")).toBe("good");
    expect(findLevel(HD_27_2014, "Trong sạch, vững mạnh tiêu biểu")).toBe("clean-strong-exemplary");
    expect(findLevel(HD_27_2014, "yếu kém")).toBe("weak");
    expect(findLevel(HD_20_2008_MEMBER, "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ")).toBe("violated");
    expect(findLevel(FOUR_GRADE_GOOD, "TB")).toBe("average");
    expect(findLevel(FOUR_GRADE_GOOD, "   ")).toBeUndefined();
    expect(code(() => findLevel(FOUR_GRADE_GOOD, 3 as unknown as string))).toBe("invalid-argument");
  });
});

describe("bestLevelFromChildren (rules between levels of the tree)", () => {
  const cell = { organizationKind: "party-cell" } as const;
  const committee = { organizationKind: "party-committee" } as const;
  it("HD 21: 100% at HTNV or better and at least 80% at HTT or better, for cells and committees", () => {
    // (children) → best, by hand.
    const cases: [Record<string, number>, string][] = [
      [{ good: 8, completed: 2 }, "excellent"], // 10/10, 8/10 = 80%
      [{ good: 4, completed: 1 }, "excellent"], // 5/5, 4/5 = 80%
      [{ good: 7, completed: 2 }, "good"], // 7/9 = 77.8%
      [{ excellent: 9, "not-completed": 1 }, "good"], // 9/10 HT or better
      [{ excellent: 1 }, "excellent"],
      [{ completed: 1 }, "good"],
    ];
    for (const [children, best] of cases) {
      expect(bestLevelFromChildren(QD_132_2018, { ...cell, children }).best, JSON.stringify(children)).toBe(best);
      expect(bestLevelFromChildren(QD_132_2018, { ...committee, children }).best, JSON.stringify(children)).toBe(best);
    }
    const r = bestLevelFromChildren(QD_132_2018, { ...cell, children: { excellent: 9, "not-completed": 1 } }, { locale: "en" });
    expect([r.forced, r.summary]).toEqual([
      false,
      "Share of members rated “Tasks completed” or better is 9/10 (90%), below the 100% required for “Tasks completed excellently” → “Tasks completed well”",
    ]);
  });
  it("HD 27: more than 1/3 of subordinate organizations, or more than 1/2 of members → Yếu kém", () => {
    const cases: [typeof cell | typeof committee, Record<string, number>, string, boolean][] = [
      [committee, { "clean-strong": 2, weak: 1 }, "clean-strong", false], // exactly 1/3
      [committee, { "clean-strong": 4, good: 2, weak: 3 }, "clean-strong", false], // 3/9 = 1/3
      [committee, { "clean-strong": 5, weak: 3 }, "weak", true], // 3/8 > 1/3
      [committee, { "clean-strong-exemplary": 1, weak: 1 }, "weak", true], // 1/2
      [cell, { excellent: 1, violated: 1 }, "clean-strong", false], // exactly 1/2
      [cell, { good: 3, violated: 3 }, "clean-strong", false],
      [cell, { good: 3, violated: 4 }, "weak", true], // 4/7
    ];
    for (const [kind, children, best, forced] of cases) {
      const r = bestLevelFromChildren(HD_27_2014, { ...kind, children });
      expect([r.best, r.forced], JSON.stringify(children)).toEqual([best, forced]);
    }
    expect(bestLevelFromChildren(HD_27_2014, { ...cell, children: ["good", "violated", "violated"] }).summary).toBe(
      "Tỷ lệ đảng viên xếp loại “Vi phạm tư cách hoặc không hoàn thành nhiệm vụ” là 2/3 (66,67%), trên 50%: xếp loại “Yếu kém” → “Yếu kém”",
    );
  });
  it("a scheme or kind without such rules gives the top level; unknown codes throw", () => {
    expect(bestLevelFromChildren(QD_124_2023, { ...cell, children: { "not-completed": 5 } }).best).toBe("excellent");
    expect(bestLevelFromChildren(QD_132_2018, { organizationKind: "youth-union", children: { "not-completed": 5 } }).best).toBe("excellent");
    expect(code(() => bestLevelFromChildren(QD_132_2018, { ...cell, children: { violated: 1 } }))).toBe("unknown-level");
    expect(code(() => bestLevelFromChildren(QD_132_2018, { ...cell, children: { good: -1 } }))).toBe("invalid-argument");
    expect(code(() => bestLevelFromChildren(QD_132_2018, { ...cell, children: { good: 1.5 } }))).toBe("invalid-argument");
  });
});
