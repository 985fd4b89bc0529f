import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset } from "../../src/index.js";
import { badgesDue, PARTY_BADGES_HD_01_2021 } from "../../src/rules/index.js";

const ds = parseDataset({
  organizations: [
    { id: "cb1", name: "Chi bộ 1", kind: "party-cell" },
    { id: "cb2", name: "Chi bộ 2", kind: "party-cell" },
  ],
  people: [
    { id: "p30", name: "A" },
    { id: "p40", name: "B" },
    { id: "gap", name: "C" },
    { id: "p70", name: "D" },
    { id: "dead", name: "E" },
    { id: "leap", name: "F" },
    { id: "young", name: "G" },
  ],
  memberships: [
    // 30 years on 2025-01-01, the first day of the window.
    { personId: "p30", organizationId: "cb1", startDate: "1995-01-01", officialDate: "1996-01-01" },
    // 40 years on 2025-12-31, the last day.
    { personId: "p40", organizationId: "cb1", startDate: "1985-12-31", officialDate: "1986-12-31" },
    // 30 years on 2024-06-01 without the gap; a 61-day transfer gap moves it to 2024-08-01.
    { personId: "gap", organizationId: "cb1", startDate: "1994-06-01", officialDate: "1995-06-01", endDate: "2000-04-30", endReason: "transferred" },
    { personId: "gap", organizationId: "cb2", startDate: "2000-07-01", startReason: "transferred" },
    // 70 years on 2026-09-02: 24 months early allowed for 70 and more.
    { personId: "p70", organizationId: "cb1", startDate: "1956-09-02", officialDate: "1957-09-02" },
    // Would reach 50 years in 2025, but died in 2024.
    { personId: "dead", organizationId: "cb1", startDate: "1975-03-26", officialDate: "1976-03-26", endDate: "2024-11-30", endReason: "died" },
    // Admitted on 29 February: 30 years on 28 February 2026.
    { personId: "leap", organizationId: "cb2", startDate: "1996-02-29", officialDate: "1997-02-28" },
    { personId: "young", organizationId: "cb2", startDate: "2020-01-01", officialDate: "2021-01-01" },
  ],
});

const rows = (list: ReturnType<typeof badgesDue>): [string, number, string, boolean][] => list.map((b) => [b.personId, b.years, b.dueDate, b.early]);

describe("badgesDue", () => {
  it("lists the milestones whose due date falls in the window, both ends included", () => {
    expect(rows(badgesDue(ds, { from: "2025-01-01", to: "2025-12-31" }))).toEqual([
      ["p30", 30, "2025-01-01", false],
      ["p40", 40, "2025-12-31", false],
    ]);
    expect(badgesDue(ds, { from: "2025-01-02", to: "2025-12-30" })).toEqual([]);
  });
  it("moves the due date by the days without membership", () => {
    expect(rows(badgesDue(ds, { from: "2024-01-01", to: "2024-12-31" }))).toEqual([["gap", 30, "2024-08-01", false]]);
    expect(badgesDue(ds, { from: "2024-06-01", to: "2024-07-31" })).toEqual([]);
  });
  it("does not list a member who left before the due date", () => {
    expect(badgesDue(ds, { from: "2025-01-01", to: "2025-12-31" }).some((b) => b.personId === "dead")).toBe(false);
    expect(rows(badgesDue(ds, { from: "2020-01-01", to: "2020-12-31" }))).toEqual([["dead", 45, "2020-03-26", false]]);
  });
  it("uses 28 February for an admission on 29 February", () => {
    expect(rows(badgesDue(ds, { from: "2026-02-01", to: "2026-02-28" }))).toEqual([["leap", 30, "2026-02-28", false]]);
  });
  it("lists early awards only for the members named, within 12 or 24 months", () => {
    const window = { from: "2025-01-01", to: "2025-12-31" } as const;
    expect(badgesDue(ds, { ...window, earlyAwardFor: ["p70"] }).map((b) => [b.personId, b.years, b.dueDate, b.earliestDate, b.early])).toEqual([
      ["p30", 30, "2025-01-01", "2025-01-01", false],
      ["p40", 40, "2025-12-31", "2025-12-31", false],
      ["p70", 70, "2026-09-02", "2024-09-02", true],
    ]);
    // "all": the 30-year badge of "leap" (2026-02-28) is within 12 months of the window's end.
    expect(rows(badgesDue(ds, { ...window, earlyAwardFor: "all" })).map((r) => r[0])).toEqual(["p30", "p40", "leap", "p70"]);
    // 12 months early at most for 30–65 years: not for a due date 14 months after the window.
    expect(badgesDue(ds, { from: "2024-01-01", to: "2024-12-31", earlyAwardFor: ["leap"] }).some((b) => b.personId === "leap")).toBe(false);
    expect(badgesDue(ds, { from: "2025-01-01", to: "2025-02-28", earlyAwardFor: ["leap"] }).map((b) => [b.personId, b.earliestDate])).toEqual([
      ["p30", "2025-01-01"],
      ["leap", "2025-02-28"],
    ]);
  });
  it("counts from the first party membership, not from an earlier membership of another organization", () => {
    // Youth union from 1960 (65 years by 2025 if it counted), admitted to the party on
    // 1995-06-01: the 30-year badge on 2025-06-01. The 29-year-old party member "late" next to
    // him first joined the youth union in 1990: not due before 2026-06-01.
    const mixed = parseDataset({
      organizations: [
        { id: "cb", name: "Chi bộ", kind: "party-cell" },
        { id: "dtn", name: "Chi đoàn", kind: "youth-union" },
      ],
      people: [
        { id: "old", name: "A" },
        { id: "late", name: "B" },
      ],
      memberships: [
        { personId: "old", organizationId: "dtn", startDate: "1960-03-26", endDate: "1970-03-26" },
        { personId: "old", organizationId: "cb", startDate: "1995-06-01", officialDate: "1996-06-01" },
        { personId: "late", organizationId: "dtn", startDate: "1990-03-26", endDate: "1996-06-01" },
        { personId: "late", organizationId: "cb", startDate: "1996-06-01", officialDate: "1997-06-01" },
      ],
    });
    expect(rows(badgesDue(mixed, { from: "2025-01-01", to: "2025-12-31" }))).toEqual([["old", 30, "2025-06-01", false]]);
    expect(rows(badgesDue(mixed, { from: "2026-01-01", to: "2026-12-31" }))).toEqual([["late", 30, "2026-06-01", false]]);
    // Early (12 months for 30 years): "late" is within reach of a 2025 window only with it.
    expect(rows(badgesDue(mixed, { from: "2025-01-01", to: "2025-12-31", earlyAwardFor: ["late"] }))).toEqual([
      ["old", 30, "2025-06-01", false],
      ["late", 30, "2026-06-01", true],
    ]);
  });
  it("takes other milestones", () => {
    const rules = { ...PARTY_BADGES_HD_01_2021, milestones: [5], earlyAward: [] };
    expect(rows(badgesDue(ds, { from: "2025-01-01", to: "2025-12-31", rules }))).toEqual([["young", 5, "2025-01-01", false]]);
  });
  it("checks its arguments", () => {
    const codeOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return isGrassrootsError(e) ? e.code : e;
      }
      return undefined;
    };
    expect(codeOf(() => badgesDue(ds, { from: "2025-12-31", to: "2025-01-01" }))).toBe("invalid-argument");
    expect(codeOf(() => badgesDue(ds, { from: "2025-01-01" } as never))).toBe("invalid-argument");
    expect(codeOf(() => badgesDue(ds, { from: "2025-13-01", to: "2025-12-31" }))).toBe("invalid-date");
    expect(codeOf(() => badgesDue(ds, { from: "2025-01-01", to: "2025-12-31", earlyAwardFor: ["nobody"] }))).toBe("invalid-argument");
    expect(codeOf(() => badgesDue(ds, { from: "2025-01-01", to: "2025-12-31", rules: { ...PARTY_BADGES_HD_01_2021, milestones: [40, 30] } }))).toBe("invalid-argument");
  });
});
