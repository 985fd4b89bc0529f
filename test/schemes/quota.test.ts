// Limits are written out by hand from "HTXS ≤ 20% of those rated HTT" (R5, R6, R11, R17).
import { describe, expect, it } from "vitest";
import {
  byGrassrootsOrganization,
  checkQuota,
  FOUR_GRADE_GOOD,
  HD_27_2014_MEMBER,
  isGrassrootsError,
  ND_335_2025,
  parseDataset,
  QD_124_2023,
  QD_132_2018,
  QD_366_2025,
  type QuotaEntry,
} from "../../src/index.js";

function code(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return isGrassrootsError(e) ? e.code : e;
  }
  return undefined;
}

/** A group with `good` members rated good and `excellent` rated excellent. */
function group(good: number, excellent: number, name = "g"): QuotaEntry[] {
  const out: QuotaEntry[] = [];
  for (let i = 0; i < excellent; i++) out.push({ subjectId: `${name}-x${i}`, level: "excellent", group: name });
  for (let i = 0; i < good; i++) out.push({ subjectId: `${name}-g${i}`, level: "good", group: name });
  return out;
}

describe("limits for bases of 1 to 20", () => {
  // base:            1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20
  const floor = [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4];
  const round = [0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4];
  const ceil = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4];
  for (let b = 1; b <= 20; b++) {
    it(`base ${b}: floor ${floor[b - 1]}, round ${round[b - 1]}, ceil ${ceil[b - 1]}`, () => {
      const entries = group(b, 0);
      expect(checkQuota(entries, { scheme: QD_124_2023 }).groups[0]!.limit).toBe(floor[b - 1]);
      expect(checkQuota(entries, { scheme: QD_124_2023, rounding: "floor" }).groups[0]!.limit).toBe(floor[b - 1]);
      expect(checkQuota(entries, { scheme: QD_124_2023, rounding: "round" }).groups[0]!.limit).toBe(round[b - 1]);
      expect(checkQuota(entries, { scheme: QD_124_2023, rounding: "ceil" }).groups[0]!.limit).toBe(ceil[b - 1]);
      expect(checkQuota(entries, { scheme: QD_124_2023, minimum: 1 }).groups[0]!.limit).toBe(Math.max(1, floor[b - 1]!));
    });
  }

  it("every split of groups of 1 to 20 members into excellent and good", () => {
    // Oracle written from the rule: excellent ≤ floor(20 × good / 100), in integers.
    for (let n = 1; n <= 20; n++) {
      for (let x = 0; x <= n; x++) {
        const good = n - x;
        const limit = Math.floor((20 * good) / 100);
        const g = checkQuota(group(good, x), { scheme: QD_124_2023 }).groups[0]!;
        expect([g.rated, g.base, g.count, g.limit, g.excess], `${x} of ${n}`).toEqual([n, good, x, limit, Math.max(0, x - limit)]);
        // Base "good or better": excellent ≤ floor(20 × n / 100).
        const h = checkQuota(group(good, x), { scheme: QD_124_2023, base: "at-or-above" }).groups[0]!;
        const limitAll = Math.floor((20 * n) / 100);
        expect([h.base, h.limit, h.excess], `${x} of ${n}, at or above`).toEqual([n, limitAll, Math.max(0, x - limitAll)]);
      }
    }
  });
});

describe("exactly 20% and just above", () => {
  it("1 excellent to 5 good is 20%: within; 2 to 5 is over by 1", () => {
    const a = checkQuota(group(5, 1), { scheme: QD_124_2023 });
    expect([a.withinLimit, a.excess, a.groups[0]!.share]).toEqual([true, 0, { numerator: 1, denominator: 5, ratio: 0.2 }]);
    const b = checkQuota(group(5, 2), { scheme: QD_124_2023 });
    expect([b.withinLimit, b.excess, b.groups[0]!.ids]).toEqual([false, 1, ["g-x0", "g-x1"]]);
  });
  it("2 to 10 is 20%: within; 2 to 9 is 22.2%: over with floor (1.8 → 1), within with round and ceil (→ 2)", () => {
    expect(checkQuota(group(10, 2), { scheme: QD_124_2023 }).withinLimit).toBe(true);
    expect(checkQuota(group(9, 2), { scheme: QD_124_2023 }).excess).toBe(1);
    expect(checkQuota(group(9, 2), { scheme: QD_124_2023, rounding: "round" }).excess).toBe(0);
    expect(checkQuota(group(9, 2), { scheme: QD_124_2023, rounding: "ceil" }).excess).toBe(0);
  });
  it("round is half up: 0.5 → 1 (a share of 1/10 on 5)", () => {
    expect(checkQuota(group(5, 0), { scheme: QD_124_2023, share: [1, 10], rounding: "round" }).groups[0]!.limit).toBe(1);
    expect(checkQuota(group(4, 0), { scheme: QD_124_2023, share: [1, 10], rounding: "round" }).groups[0]!.limit).toBe(0);
    expect(checkQuota(group(15, 0), { scheme: QD_124_2023, share: [1, 10], rounding: "round" }).groups[0]!.limit).toBe(2);
  });
  it("a small cell can never have an excellent member with floor and no minimum", () => {
    expect(checkQuota(group(4, 1), { scheme: QD_132_2018 }).excess).toBe(1);
    expect(checkQuota(group(4, 1), { scheme: QD_132_2018, minimum: 1 }).excess).toBe(0);
  });
});

describe("groups", () => {
  it("counts each group apart, in order of first appearance, with the ids", () => {
    const entries = [...group(10, 3, "cb-1"), ...group(5, 1, "cb-2"), { subjectId: "z", level: "completed", group: "cb-1" }];
    const q = checkQuota(entries, { scheme: QD_132_2018 });
    expect(q.groups.map((g) => [g.group, g.rated, g.base, g.count, g.limit, g.excess])).toEqual([
      ["cb-1", 14, 10, 3, 2, 1],
      ["cb-2", 6, 5, 1, 1, 0],
    ]);
    expect(q.groups[0]!.ids).toEqual(["cb-1-x0", "cb-1-x1", "cb-1-x2"]);
    expect([q.excess, q.withinLimit]).toEqual([1, false]);
  });
  it("groupBy all, or a function; an undefined group is counted apart", () => {
    const entries = [...group(10, 1, "a"), ...group(10, 2, "b")];
    expect(checkQuota(entries, { scheme: QD_124_2023, groupBy: "all" }).groups.map((g) => [g.group, g.count, g.limit])).toEqual([["all", 3, 4]]);
    const q = checkQuota(entries, { scheme: QD_124_2023, groupBy: (e) => (e.subjectId.startsWith("a") ? "A" : undefined) });
    expect(q.groups.map((g) => g.group)).toEqual(["A"]);
    expect(q.ungrouped.count).toBe(12);
  });
  it("groups members by their grassroots party organization (HD 21)", () => {
    const ds = parseDataset({
      organizations: [
        { id: "db-a", name: "Đảng bộ xã A", kind: "party-committee", level: "grassroots" },
        { id: "cb-a1", name: "Chi bộ bản A1", kind: "party-cell", level: "branch", parentId: "db-a" },
        { id: "cb-a2", name: "Chi bộ bản A2", kind: "party-cell", level: "branch", parentId: "db-a" },
        { id: "cb-b", name: "Chi bộ cơ sở trường B", kind: "party-cell", level: "grassroots" },
      ],
      people: ["p1", "p2", "p3", "p4", "p5", "p6", "p7"].map((id) => ({ id, name: `Người ${id}` })),
      memberships: [
        { personId: "p1", organizationId: "cb-a1", startDate: "2010" },
        { personId: "p2", organizationId: "cb-a1", startDate: "2010" },
        { personId: "p3", organizationId: "cb-a2", startDate: "2010" },
        { personId: "p4", organizationId: "cb-a2", startDate: "2010", endDate: "2022-06-30", endReason: "transferred" },
        { personId: "p4", organizationId: "cb-b", startDate: "2022-07-01" },
        { personId: "p5", organizationId: "cb-b", startDate: "2010" },
        { personId: "p6", organizationId: "cb-b", startDate: "2010" },
      ],
      ratings: [
        { subjectId: "p1", scheme: "qd-132-2018", period: 2022, level: "excellent" },
        { subjectId: "p2", scheme: "qd-132-2018", period: 2022, level: "good" },
        { subjectId: "p3", scheme: "qd-132-2018", period: 2022, level: "good" },
        { subjectId: "p4", scheme: "qd-132-2018", period: 2022, level: "excellent" },
        { subjectId: "p5", scheme: "qd-132-2018", period: 2022, level: "good" },
        { subjectId: "p6", scheme: "qd-132-2018", period: 2022, level: "good" },
        { subjectId: "p7", scheme: "qd-132-2018", period: 2022, level: "good" },
      ],
    });
    const q = checkQuota(ds.ratings, { scheme: QD_132_2018, groupBy: byGrassrootsOrganization(ds) });
    // db-a: p1 excellent; p2, p3 good → floor(0.4) = 0, excess 1. cb-b: p4 (transferred in) excellent; p5, p6 good → excess 1.
    expect(q.groups.map((g) => [g.group, g.ids, g.baseIds, g.limit, g.excess])).toEqual([
      ["db-a", ["p1"], ["p2", "p3"], 0, 1],
      ["cb-b", ["p4"], ["p5", "p6"], 0, 1],
    ]);
    expect(q.ungrouped).toEqual({ count: 1, ids: ["p7"] });
    // On a fixed date before the transfer, p4 counts in db-a.
    const before = checkQuota(ds.ratings, { scheme: QD_132_2018, groupBy: byGrassrootsOrganization(ds, { date: "2022-01-01" }) });
    expect(before.groups[0]!.ids).toEqual(["p1", "p4"]);
  });
});

describe("defaults from the scheme, and misuse", () => {
  it("takes level, share and base from the scheme's rule; QĐ 366's is unconfirmed", () => {
    const q = checkQuota(group(5, 1), { scheme: QD_366_2025 });
    expect([q.level, q.baseLevel, q.base, q.share, q.rounding, q.minimum, q.confirmed]).toEqual(["excellent", "good", "level", [20, 100], "floor", 0, false]);
    expect(checkQuota(group(5, 1), { scheme: ND_335_2025 }).confirmed).toBe(true);
    expect(checkQuota(group(5, 1), { scheme: QD_132_2018, subject: "collective" }).confirmed).toBe(false);
  });
  it("derives a level from a score", () => {
    const q = checkQuota(
      [
        { subjectId: "a", score: 95 },
        { subjectId: "b", score: 75 },
        { subjectId: "c", score: 89.99 },
      ],
      { scheme: QD_366_2025 },
    );
    expect([q.groups[0]!.ids, q.groups[0]!.baseIds]).toEqual([["a"], ["b", "c"]]);
  });
  it("filters one period, and refuses several periods or another scheme", () => {
    const entries: QuotaEntry[] = [
      { subjectId: "a", scheme: "qd-124-2023", period: 2023, level: "excellent" },
      { subjectId: "a", scheme: "qd-124-2023", period: "2024", level: "good" },
    ];
    expect(code(() => checkQuota(entries, { scheme: QD_124_2023 }))).toBe("invalid-argument");
    expect(checkQuota(entries, { scheme: QD_124_2023, period: 2024 }).groups[0]!.count).toBe(0);
    expect(code(() => checkQuota([{ subjectId: "a", scheme: "qd-132-2018", level: "good" }], { scheme: QD_124_2023 }))).toBe("invalid-argument");
  });
  it("needs the rule's numbers for a scheme without a quota; rejects bad options and levels", () => {
    expect(code(() => checkQuota(group(3, 1), { scheme: HD_27_2014_MEMBER }))).toBe("invalid-argument");
    expect(checkQuota(group(5, 1), { scheme: HD_27_2014_MEMBER, level: "excellent", baseLevel: "good", share: [20, 100] }).excess).toBe(0);
    expect(code(() => checkQuota(group(3, 1), { scheme: QD_124_2023, rounding: "up" as "ceil" }))).toBe("invalid-argument");
    expect(code(() => checkQuota(group(3, 1), { scheme: QD_124_2023, minimum: -1 }))).toBe("invalid-argument");
    expect(code(() => checkQuota(group(3, 1), { scheme: QD_124_2023, share: [0.2, 1] }))).toBe("invalid-argument");
    expect(code(() => checkQuota([{ subjectId: "a", level: "clean-strong" }], { scheme: QD_124_2023 }))).toBe("unknown-level");
    expect(code(() => checkQuota([{ subjectId: "a" }], { scheme: QD_124_2023 }))).toBe("invalid-argument");
    expect(code(() => checkQuota([{ subjectId: "a", level: "good" }], { scheme: FOUR_GRADE_GOOD }))).toBe("invalid-argument");
  });
  it("no entries: no groups, within the limit", () => {
    expect(checkQuota([], { scheme: QD_124_2023 })).toMatchObject({ groups: [], excess: 0, withinLimit: true, ungrouped: { count: 0, ids: [] } });
  });
  it("does not change its input", () => {
    const entries = Object.freeze(group(5, 2).map((e) => Object.freeze(e)));
    expect(checkQuota(entries, { scheme: QD_124_2023 }).excess).toBe(1);
  });
});
