// Expected levels are worked out by hand from the rules of DOMAIN.md §1 (R1–R17), never by
// calling the code under test.
import { describe, expect, it } from "vitest";
import {
  classify,
  FOUR_GRADE_GOOD,
  HD_20_2008,
  HD_27_2014,
  HD_27_2014_MEMBER,
  isGrassrootsError,
  ND_335_2025,
  QD_124_2023,
  QD_132_2018,
  QD_366_2025,
  type ClassifyInput,
  type Scheme,
} from "../../src/index.js";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}
function code(f: () => unknown): unknown {
  const e = thrown(f);
  return isGrassrootsError(e) ? e.code : e;
}

/** Every QĐ 366 condition met comfortably. */
const MET_366 = { tasksOnTime: 1, tasksExceeded: 0.5, shortcomingsFixed: 1, tasksCompleted: 1, tasksBehindSchedule: 0 } as const;
const level = (s: Scheme, input: ClassifyInput): string | null => classify(s, input).level;

describe("score bands (R1, R17, R14): the lower end is included", () => {
  // score → level, by hand from "HTXS ≥ 90; HTT 70 to < 90; HT 50 to < 70; KHT < 50".
  const table: [number, string][] = [
    [0, "not-completed"],
    [49.99, "not-completed"],
    [50, "completed"],
    [69.99, "completed"],
    [70, "good"],
    [89.99, "good"],
    [90, "excellent"],
    [100, "excellent"],
  ];
  it.each(table)("QĐ 366, every condition met: %d points → %s", (score, expected) => {
    expect(level(QD_366_2025, { score, ...MET_366 })).toBe(expected);
    expect(level(QD_366_2025, { score, ...MET_366, subject: "collective" })).toBe(expected);
    expect(level(QD_366_2025, { score, ...MET_366, subject: "leader", ledUnitTasksOnTime: 1, ledUnitTasksExceeded: 0.3 })).toBe(expected);
  });
  it.each(table)("ND 335: %d points → %s", (score, expected) => {
    expect(level(ND_335_2025, { score })).toBe(expected);
  });
  it.each([
    [0, "weak"],
    [49.99, "weak"],
    [50, "completed"],
    [69.99, "completed"],
    [70, "good"],
    [89.99, "good"],
    [90, "clean-strong"],
    [100, "clean-strong"],
  ] as const)("HD 27: %d points → %s", (score, expected) => {
    expect(level(HD_27_2014, { score })).toBe(expected);
  });
  it("HD 27: tiêu biểu only when selected, and only within the TSVM band", () => {
    expect(level(HD_27_2014, { score: 90, selectedExemplary: true })).toBe("clean-strong-exemplary");
    expect(level(HD_27_2014, { score: 89.99, selectedExemplary: true })).toBe("good");
    expect(level(HD_27_2014, { score: 95, selectedExemplary: false })).toBe("clean-strong");
  });
  it("scoreLevel is the band alone", () => {
    const c = classify(QD_366_2025, { score: 95, tasksOnTime: 0.5, tasksCompleted: 1, tasksBehindSchedule: 0 });
    expect([c.level, c.scoreLevel, c.tier]).toEqual(["completed", "excellent", 3]);
  });
  it("rejects a score off the scale or missing, and a score where there is no scale", () => {
    for (const score of [-0.01, 100.01, Number.NaN, Number.POSITIVE_INFINITY]) expect(code(() => classify(QD_366_2025, { score }))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, {}))).toBe("invalid-argument");
    expect(code(() => classify(QD_124_2023, { score: 80 }))).toBe("invalid-argument");
  });
});

describe("QĐ 366 extra conditions (R2–R4): each one forces a lower level", () => {
  it("HTXS: 100% of tasks on time", () => {
    // Not on time also fails HTT's condition; HTNV's are met → completed.
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksOnTime: 0.99 })).toBe("completed");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksOnTime: { numerator: 99, denominator: 100 } })).toBe("completed");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksOnTime: { numerator: 7, denominator: 7 } })).toBe("excellent");
  });
  it("HTXS: at least 30% exceeded, exactly 30% included", () => {
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksExceeded: 0.3 })).toBe("excellent");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksExceeded: 0.2999 })).toBe("good");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksExceeded: { numerator: 3, denominator: 10 } })).toBe("excellent");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksExceeded: { numerator: 9, denominator: 30 } })).toBe("excellent");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksExceeded: { numerator: 29, denominator: 100 } })).toBe("good");
    expect(level(QD_366_2025, { ...MET_366, score: 95, tasksExceeded: { numerator: 8, denominator: 27 } })).toBe("good");
  });
  it("HTXS: 100% of shortcomings fixed", () => {
    expect(level(QD_366_2025, { ...MET_366, score: 90, shortcomingsFixed: 0.99 })).toBe("good");
    expect(level(QD_366_2025, { ...MET_366, score: 90, shortcomingsFixed: { numerator: 4, denominator: 4 } })).toBe("excellent");
  });
  it("HTXS, collective: no subordinate unit and no leadership member disciplined", () => {
    expect(level(QD_366_2025, { ...MET_366, score: 95, subject: "collective", subordinateDisciplined: true })).toBe("good");
    expect(level(QD_366_2025, { ...MET_366, score: 95, subject: "collective", leadershipMemberDisciplined: true })).toBe("good");
    // Not a rule for individuals.
    expect(level(QD_366_2025, { ...MET_366, score: 95, subject: "individual", subordinateDisciplined: true })).toBe("excellent");
  });
  it("HTXS and HTT, leader: the units led", () => {
    const leader = { ...MET_366, subject: "leader", ledUnitTasksOnTime: 1, ledUnitTasksExceeded: 0.3 } as const;
    expect(level(QD_366_2025, { ...leader, score: 95 })).toBe("excellent");
    expect(level(QD_366_2025, { ...leader, score: 95, ledUnitTasksExceeded: 0.29 })).toBe("good");
    expect(level(QD_366_2025, { ...leader, score: 95, ledUnitTasksOnTime: 0.9 })).toBe("completed");
    expect(level(QD_366_2025, { ...leader, score: 80, ledUnitTasksOnTime: 0.9 })).toBe("completed");
  });
  it("HTT: 100% of tasks on time", () => {
    expect(level(QD_366_2025, { ...MET_366, score: 75 })).toBe("good");
    expect(level(QD_366_2025, { ...MET_366, score: 75, tasksOnTime: 0.95 })).toBe("completed");
  });
  it("HTNV: 100% of tasks done, at most 20% behind schedule (exactly 20% allowed)", () => {
    expect(level(QD_366_2025, { ...MET_366, score: 60 })).toBe("completed");
    expect(level(QD_366_2025, { ...MET_366, score: 60, tasksCompleted: 0.99 })).toBe("not-completed");
    expect(level(QD_366_2025, { ...MET_366, score: 60, tasksBehindSchedule: 0.2 })).toBe("completed");
    expect(level(QD_366_2025, { ...MET_366, score: 60, tasksBehindSchedule: { numerator: 1, denominator: 5 } })).toBe("completed");
    expect(level(QD_366_2025, { ...MET_366, score: 60, tasksBehindSchedule: 0.2001 })).toBe("not-completed");
    expect(level(QD_366_2025, { ...MET_366, score: 60, tasksBehindSchedule: { numerator: 21, denominator: 100 } })).toBe("not-completed");
    // A higher score does not dodge HTNV's conditions when HTT's fail too.
    expect(level(QD_366_2025, { ...MET_366, score: 85, tasksOnTime: 0.9, tasksBehindSchedule: 0.25 })).toBe("not-completed");
  });
  it("forcing cases (unconfirmed defaults) override the score", () => {
    for (const f of ["disciplined", "degradation", "prohibitedConduct"] as const) {
      const c = classify(QD_366_2025, { ...MET_366, score: 100, [f]: true });
      expect(c.level, f).toBe("not-completed");
      expect(c.reasons.find((r) => r.code === "forced")?.confirmed, f).toBe(false);
    }
    expect(level(QD_366_2025, { ...MET_366, score: 100, subject: "leader", ledUnitTasksOnTime: 1, ledUnitTasksExceeded: 1, corruptionInManagedUnit: true })).toBe("not-completed");
    expect(level(QD_366_2025, { ...MET_366, score: 100, subject: "individual", corruptionInManagedUnit: true })).toBe("excellent");
    expect(level(QD_366_2025, { ...MET_366, score: 100, disciplined: false })).toBe("excellent");
  });
  it("not rated (unconfirmed defaults, as QĐ 124)", () => {
    expect(level(QD_366_2025, { ...MET_366, score: 100, suspended: true })).toBeNull();
    expect(level(QD_366_2025, { ...MET_366, score: 100, monthsSinceAdmission: 5 })).toBeNull();
    expect(level(QD_366_2025, { ...MET_366, score: 100, monthsSinceAdmission: 6 })).toBe("excellent");
  });
});

describe("QĐ 124 (R6–R10)", () => {
  const TOP = { criteriaLowest: "good", taskCriteriaLowest: "excellent" } as const;
  it("collective levels from the per-criterion levels", () => {
    const c = { subject: "collective" } as const;
    expect(level(QD_124_2023, { ...c, ...TOP })).toBe("excellent");
    expect(level(QD_124_2023, { ...c, criteriaLowest: "excellent", taskCriteriaLowest: "excellent" })).toBe("excellent");
    expect(level(QD_124_2023, { ...c, criteriaLowest: "good", taskCriteriaLowest: "good" })).toBe("good");
    expect(level(QD_124_2023, { ...c, criteriaLowest: "average", taskCriteriaLowest: "excellent" })).toBe("good");
    expect(level(QD_124_2023, { ...c, criteriaLowest: "average", taskCriteriaLowest: "good" })).toBe("good");
    expect(level(QD_124_2023, { ...c, criteriaLowest: "average", taskCriteriaLowest: "average" })).toBe("completed");
    expect(level(QD_124_2023, { ...c, criteriaLowest: "poor", taskCriteriaLowest: "excellent" })).toBe("not-completed");
  });
  it("collective HTXS: no subordinate organization or leadership member disciplined", () => {
    expect(level(QD_124_2023, { subject: "collective", ...TOP, subordinateDisciplined: true })).toBe("good");
    expect(level(QD_124_2023, { subject: "collective", ...TOP, leadershipMemberDisciplined: true })).toBe("good");
  });
  it("collective KHTNV: < 50% of targets AND key targets missed", () => {
    const c = { subject: "collective", ...TOP } as const;
    expect(level(QD_124_2023, { ...c, targetsMet: 0.49, keyTargetsMissed: true })).toBe("not-completed");
    expect(level(QD_124_2023, { ...c, targetsMet: { numerator: 49, denominator: 100 }, keyTargetsMissed: true })).toBe("not-completed");
    expect(level(QD_124_2023, { ...c, targetsMet: 0.5, keyTargetsMissed: true })).toBe("excellent");
    expect(level(QD_124_2023, { ...c, targetsMet: 0.49 })).toBe("excellent");
    expect(level(QD_124_2023, { ...c, keyTargetsMissed: true })).toBe("excellent");
  });
  it("collective KHTNV: more than 20% of subordinate units disciplined (exactly 20% is not)", () => {
    const c = { subject: "collective", ...TOP } as const;
    expect(level(QD_124_2023, { ...c, subordinatesDisciplined: 0.2 })).toBe("excellent");
    expect(level(QD_124_2023, { ...c, subordinatesDisciplined: { numerator: 1, denominator: 5 } })).toBe("excellent");
    expect(level(QD_124_2023, { ...c, subordinatesDisciplined: { numerator: 2, denominator: 9 } })).toBe("not-completed");
    expect(level(QD_124_2023, { ...c, subordinatesDisciplined: 0.2001 })).toBe("not-completed");
  });
  it.each(["leadershipDisciplined", "disunity", "memberDegraded", "corruptionInSubordinate"] as const)("collective KHTNV: %s", (f) => {
    expect(level(QD_124_2023, { subject: "collective", ...TOP, [f]: true })).toBe("not-completed");
    // Collective rules do not apply to individuals.
    expect(level(QD_124_2023, { subject: "individual", ...TOP, tasksOnTime: 1, tasksExceeded: 1, [f]: true })).toBe("excellent");
  });
  it("individual HTXS: 100% of targets on schedule with at least 50% exceeded", () => {
    const i = { subject: "individual", ...TOP, tasksOnTime: 1 } as const;
    expect(level(QD_124_2023, { ...i, tasksExceeded: 0.5 })).toBe("excellent");
    expect(level(QD_124_2023, { ...i, tasksExceeded: { numerator: 1, denominator: 2 } })).toBe("excellent");
    expect(level(QD_124_2023, { ...i, tasksExceeded: 0.49 })).toBe("good");
    expect(level(QD_124_2023, { ...i, tasksExceeded: { numerator: 4, denominator: 9 } })).toBe("good");
    expect(level(QD_124_2023, { ...i, tasksOnTime: 0.9, tasksExceeded: 0.9 })).toBe("good");
    // The collective's threshold (none on exceeded) is not the individual's.
    expect(level(QD_124_2023, { subject: "collective", ...TOP, tasksExceeded: 0.1 })).toBe("excellent");
  });
  it.each(["disciplined", "degradation", "prohibitedConduct", "exampleDutyBreach"] as const)("individual KHTNV: %s", (f) => {
    expect(level(QD_124_2023, { subject: "individual", ...TOP, tasksOnTime: 1, tasksExceeded: 1, [f]: true })).toBe("not-completed");
  });
  it("leader KHTNV: the unit led met less than 50% of targets", () => {
    const l = { subject: "leader", ...TOP, tasksOnTime: 1, tasksExceeded: 1 } as const;
    expect(level(QD_124_2023, { ...l, ledUnitTargetsMet: 0.49 })).toBe("not-completed");
    expect(level(QD_124_2023, { ...l, ledUnitTargetsMet: 0.5 })).toBe("excellent");
    expect(level(QD_124_2023, { ...l, subject: "individual", ledUnitTargetsMet: 0.1 })).toBe("excellent");
  });
  it("not rated: suspended, or admitted less than 6 months before (R10)", () => {
    expect(level(QD_124_2023, { suspended: true, ...TOP })).toBeNull();
    expect(level(QD_124_2023, { monthsSinceAdmission: 0, ...TOP })).toBeNull();
    expect(level(QD_124_2023, { monthsSinceAdmission: 5.9, ...TOP })).toBeNull();
    expect(level(QD_124_2023, { monthsSinceAdmission: 6, ...TOP, tasksOnTime: 1, tasksExceeded: 0.5 })).toBe("excellent");
    // The exclusions concern members, not collectives.
    expect(level(QD_124_2023, { subject: "collective", suspended: true, ...TOP })).toBe("excellent");
    const c = classify(QD_124_2023, { suspended: true }, { locale: "en" });
    expect([c.tier, c.label, c.reasons.map((r) => r.code)]).toEqual([null, null, ["excluded"]]);
    expect(c.summary).toBe("Suspended from party activity: not rated");
  });
});

describe("QĐ 132 / HD 21 (R11–R13)", () => {
  const TOP = { criteriaLowest: "good", taskCriteriaLowest: "excellent" } as const;
  it("member HTXS needs the civil-service rating HTXS when there is one", () => {
    expect(level(QD_132_2018, TOP)).toBe("excellent");
    expect(level(QD_132_2018, { ...TOP, civilServiceLevel: "excellent" })).toBe("excellent");
    expect(level(QD_132_2018, { ...TOP, civilServiceLevel: "good" })).toBe("good");
    expect(classify(QD_132_2018, TOP).assumed).toEqual([]);
  });
  it("member KHTNV: < 50% of targets, disciplined, degraded, KHTNV as a civil servant", () => {
    expect(level(QD_132_2018, { ...TOP, targetsMet: { numerator: 49, denominator: 100 } })).toBe("not-completed");
    expect(level(QD_132_2018, { ...TOP, targetsMet: { numerator: 1, denominator: 2 } })).toBe("excellent");
    expect(level(QD_132_2018, { ...TOP, disciplined: true })).toBe("not-completed");
    expect(level(QD_132_2018, { ...TOP, degradation: true })).toBe("not-completed");
    expect(level(QD_132_2018, { ...TOP, civilServiceLevel: "not-completed" })).toBe("not-completed");
    expect(level(QD_132_2018, { ...TOP, civilServiceLevel: "completed" })).toBe("good");
  });
  it("collective: a leadership member disciplined at cảnh cáo or above forces KHTNV", () => {
    expect(level(QD_132_2018, { subject: "collective", ...TOP, leadershipMemberDisciplinedWarning: true })).toBe("not-completed");
  });
  it("collective HTXS: the same-level government, Front and mass organizations at HTT or better", () => {
    expect(level(QD_132_2018, { subject: "collective", ...TOP, sameLevelBodyBelowGood: true })).toBe("good");
  });
  it("cell HTXS: 100% of members HTNV or better and at least 80% HTT or better", () => {
    const cell = { subject: "collective", organizationKind: "party-cell", ...TOP } as const;
    expect(level(QD_132_2018, { ...cell, children: { excellent: 2, good: 6, completed: 2 } })).toBe("excellent"); // 8/10 = 80%
    expect(level(QD_132_2018, { ...cell, children: ["good", "good", "good", "good", "completed"] })).toBe("excellent"); // 4/5
    expect(level(QD_132_2018, { ...cell, children: { excellent: 1, good: 6, completed: 3 } })).toBe("good"); // 7/10
    expect(level(QD_132_2018, { ...cell, children: { good: 7, completed: 2 } })).toBe("good"); // 7/9 = 77.8%
    expect(level(QD_132_2018, { ...cell, children: { good: 9, "not-completed": 1 } })).toBe("good"); // 9/10 HT or better
    // A committee: the same rules over its subordinate organizations.
    const committee = { ...cell, organizationKind: "party-committee" } as const;
    expect(level(QD_132_2018, { ...committee, children: { excellent: 1, good: 3, completed: 1 } })).toBe("excellent");
    expect(level(QD_132_2018, { ...committee, children: { good: 3, completed: 2 } })).toBe("good");
    // Kinds the rules do not name are not affected.
    expect(level(QD_132_2018, { ...cell, organizationKind: "fatherland-front", children: { completed: 5 } })).toBe("excellent");
  });
  it("a cell with no rated member: the rules are not applied, and the reasons say so", () => {
    const c = classify(QD_132_2018, { subject: "collective", organizationKind: "party-cell", ...TOP, children: [] }, { locale: "en" });
    expect(c.level).toBe("excellent");
    expect(c.reasons[0]!.message).toBe("No rated members: the rule on their share is not applied");
  });
  it("suspended members are not rated (HD 21)", () => {
    expect(level(QD_132_2018, { ...TOP, suspended: true })).toBeNull();
    expect(level(QD_132_2018, { ...TOP, monthsSinceAdmission: 2 })).toBe("excellent");
  });
});

describe("HD 27 Yếu kém (R14)", () => {
  it.each(["disunity", "corruptionDisciplined", "governmentLowest"] as const)("50 points or more with %s → Yếu kém", (f) => {
    expect(level(HD_27_2014, { score: 95, [f]: true })).toBe("weak");
    expect(level(HD_27_2014, { score: 50, [f]: true })).toBe("weak");
  });
  it("two or more same-level mass organizations at the lowest level", () => {
    expect(level(HD_27_2014, { score: 95, massOrganizationsLowest: 1 })).toBe("clean-strong");
    expect(level(HD_27_2014, { score: 95, massOrganizationsLowest: 2 })).toBe("weak");
    expect(level(HD_27_2014, { score: 95, massOrganizationsLowest: 5 })).toBe("weak");
  });
  it("a committee with more than 1/3 of its organizations Yếu kém (exactly 1/3 is not)", () => {
    const c = { score: 95, organizationKind: "party-committee" } as const;
    expect(level(HD_27_2014, { ...c, children: { "clean-strong": 6, weak: 3 } })).toBe("clean-strong");
    expect(level(HD_27_2014, { ...c, children: { "clean-strong": 5, weak: 4 } })).toBe("weak");
    expect(level(HD_27_2014, { ...c, children: { good: 2, weak: 1 } })).toBe("clean-strong");
    expect(level(HD_27_2014, { ...c, children: { good: 1, completed: 1, weak: 2 } })).toBe("weak");
  });
  it("a cell with more than 1/2 of its members not completing (exactly 1/2 is not), counted under the member scheme", () => {
    const c = { score: 95, organizationKind: "party-cell" } as const;
    expect(level(HD_27_2014, { ...c, children: { good: 2, violated: 2 } })).toBe("clean-strong");
    expect(level(HD_27_2014, { ...c, children: { good: 2, violated: 3 } })).toBe("weak");
    expect(code(() => classify(HD_27_2014, { ...c, children: { weak: 3 } }))).toBe("unknown-level");
  });
});

describe("reasons, in words a secretary would accept", () => {
  it("say why a score in the top band gets a lower level (vi and en)", () => {
    const input = { score: 92, tasksOnTime: 1, tasksExceeded: 0.25, shortcomingsFixed: 1 } as const;
    const vi = classify(QD_366_2025, input);
    expect(vi.reasons.map((r) => [r.code, r.message])).toEqual([
      ["score-band", "92 điểm, thuộc khung “Hoàn thành xuất sắc nhiệm vụ” (từ 90 điểm)"],
      ["requirement-not-met", "Tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu là 25%, dưới mức 30% cần có để được “Hoàn thành xuất sắc nhiệm vụ”"],
      ["result", "Kết quả: “Hoàn thành tốt nhiệm vụ”"],
    ]);
    expect(vi.label).toBe("Hoàn thành tốt nhiệm vụ");
    const en = classify(QD_366_2025, input, { locale: "en" });
    expect(en.summary).toBe(
      "92 points, in the band of “Tasks completed excellently” (90 points or more); share of tasks exceeding requirements is 25%, below the 30% required for “Tasks completed excellently” → “Tasks completed well”",
    );
  });
  it("give counts with their percentage, and say when a forcing case overrides the score", () => {
    const c = classify(QD_124_2023, { subject: "collective", criteriaLowest: "good", taskCriteriaLowest: "excellent", subordinatesDisciplined: { numerator: 3, denominator: 8 } });
    expect(c.summary).toBe("Tỷ lệ tổ chức trực thuộc bị kỷ luật trong năm là 3/8 (37,5%), trên 20%: xếp loại “Không hoàn thành nhiệm vụ” → “Không hoàn thành nhiệm vụ”");
    const d = classify(HD_27_2014, { score: 95, disunity: true }, { locale: "en" });
    expect(d.summary).toBe("95 points, in the band of “Clean and strong” (90 points or more; band unconfirmed); internal disunity: rated “Weak” whatever the score (95 points) → “Weak”");
  });
  it("list every trigger when several force a level", () => {
    const c = classify(QD_124_2023, { disciplined: true, degradation: true });
    expect(c.reasons.filter((r) => r.code === "forced").map((r) => r.fact)).toEqual(["disciplined", "degradation"]);
    expect(c.level).toBe("not-completed");
  });
  it("name per-criterion levels in words", () => {
    const c = classify(QD_124_2023, { subject: "collective", criteriaLowest: "good", taskCriteriaLowest: "good" }, { locale: "en" });
    expect(c.reasons[0]!.message).toBe("Lowest level among the task-result criteria is “Good”, below the “Excellent” required for “Tasks completed excellently”");
  });
  it("list the facts assumed when they are missing, or refuse the level with missing: not-met", () => {
    const a = classify(QD_366_2025, { score: 75 });
    expect(a.level).toBe("good");
    expect(a.assumed).toEqual(["tasksOnTime"]);
    expect(a.reasons.map((r) => r.code)).toEqual(["score-band", "assumed", "result"]);
    const b = classify(QD_366_2025, { score: 75 }, { missing: "not-met", locale: "en" });
    expect(b.level).toBe("not-completed");
    expect(b.reasons[1]!.message).toBe("No figure for the share of tasks completed on time and with quality (100% is required), so not shown to qualify for “Tasks completed well”");
  });
  it("are NFC Vietnamese", () => {
    const c = classify(HD_27_2014, { score: 40, organizationKind: "party-cell", children: { good: 1, violated: 4 } });
    for (const r of c.reasons) expect(r.message.normalize("NFC")).toBe(r.message);
    expect(c.summary).toContain("Yếu kém");
  });
});

describe("misuse", () => {
  it("throws invalid-argument for unknown inputs, wrong types and roles", () => {
    expect(code(() => classify(QD_366_2025, { score: 90, taskExceeded: 0.3 } as unknown as ClassifyInput))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, { score: 90, tasksExceeded: 1.2 }))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, { score: 90, tasksExceeded: { numerator: 5, denominator: 3 } }))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, { score: 90, disciplined: "yes" as unknown as boolean }))).toBe("invalid-argument");
    expect(code(() => classify(QD_124_2023, { criteriaLowest: "great" as "good" }))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, { score: 90, subject: "team" as "leader" }))).toBe("invalid-argument");
    expect(code(() => classify(HD_27_2014, { score: 90, subject: "individual" }))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, null as unknown as ClassifyInput))).toBe("invalid-argument");
    expect(code(() => classify(QD_366_2025, { score: 90 }, { locale: "fr" as "en" }))).toBe("invalid-argument");
    expect(code(() => classify("qd-999", {}))).toBe("unknown-scheme");
  });
  it("refuses schemes whose sources give labels only", () => {
    for (const s of [HD_20_2008, HD_27_2014_MEMBER, FOUR_GRADE_GOOD]) expect(code(() => classify(s as Scheme, {})), s.id).toBe("invalid-argument");
  });
  it("does not change its input", () => {
    const input = Object.freeze({ score: 91, ...MET_366, children: Object.freeze({ good: 1 }) });
    expect(classify(QD_366_2025, input).level).toBe("excellent");
  });
  it("accepts scheme ids and facts of a scheme of your own", () => {
    expect(classify("qd-366-2025", { score: 70, ...MET_366 }).level).toBe("good");
    const mine: Scheme = {
      ...ND_335_2025,
      id: "late-rule",
      forcing: [{ level: "not-completed", when: [{ fact: "lateReports", op: ">", value: 3, label: { vi: "số báo cáo chậm", en: "number of late reports" } }] }],
    };
    expect(classify(mine, { score: 95, facts: { lateReports: 4 } }).level).toBe("not-completed");
    expect(classify(mine, { score: 95, facts: { lateReports: 3 } }).level).toBe("excellent");
    expect(classify(mine, { score: 95, facts: { lateReports: 4 } }, { locale: "en" }).reasons[1]!.message).toBe("Number of late reports is 4, above 3: rated “Tasks not completed” whatever the score (95 points)");
  });
});
