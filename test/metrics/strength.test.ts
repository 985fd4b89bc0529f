import { describe, expect, it } from "vitest";
import { CHARTER_2011, isGrassrootsError, parseDataset, partyStrength, type DatasetInput } from "../../src/index.js";

type M = NonNullable<DatasetInput["memberships"]>[number];
/** `n` members of `org`, official from 2011 (or probationary from 2024 when `probationary`). */
function members(org: string, n: number, prefix: string, probationary = false): { people: { id: string; name: string }[]; memberships: M[] } {
  const people = Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}` }));
  const memberships = people.map((p) =>
    probationary ? { personId: p.id, organizationId: org, startDate: "2024-03-01" } : { personId: p.id, organizationId: org, startDate: "2010-01-01", officialDate: "2011-01-01" },
  );
  return { people, memberships };
}

// A district (level district) with:
// - a commune committee dbx (grassroots) with cells: c2 (2 official + 1 probationary: below 3),
//   c10 (10 official: elects a chi ủy), cg (2 official + a party group of 1 official: 3 in all);
// - an agency cell cbco (grassroots, 31 members: should be a committee);
// - an agency committee dbco (grassroots) with one sub-committee dbp (branch) and its cell, 12 members;
// - a dissolved cell, a cell without level.
const parts = [
  members("c2", 2, "c2o"),
  members("c2", 1, "c2p", true),
  members("c10", 10, "c10o"),
  members("cg", 2, "cgo"),
  members("tg", 1, "tgo"),
  members("cbco", 25, "coo"),
  members("cbco", 6, "cop", true),
  members("cbp", 12, "cbpo"),
  members("gone", 5, "gone"),
  members("nolevel", 4, "nl"),
];
const ds = parseDataset({
  units: [
    { id: "h", name: "Huyện", kind: "district" },
    { id: "x", name: "Xã", kind: "commune", parentId: "h" },
  ],
  organizations: [
    { id: "dbh", name: "Đảng bộ huyện", kind: "party-committee", level: "district" },
    { id: "dbx", name: "Đảng bộ xã", kind: "party-committee", level: "grassroots", parentId: "dbh", unitId: "x" },
    { id: "c2", name: "Chi bộ 2", kind: "party-cell", level: "branch", parentId: "dbx" },
    { id: "c10", name: "Chi bộ 10", kind: "party-cell", level: "branch", parentId: "dbx" },
    { id: "cg", name: "Chi bộ có tổ đảng", kind: "party-cell", level: "branch", parentId: "dbx" },
    { id: "tg", name: "Tổ đảng", kind: "party-group", parentId: "cg" },
    { id: "cbco", name: "Chi bộ cơ quan", kind: "party-cell", level: "grassroots", parentId: "dbh" },
    { id: "dbco", name: "Đảng bộ cơ quan", kind: "party-committee", level: "grassroots", parentId: "dbh" },
    { id: "dbp", name: "Đảng bộ bộ phận", kind: "party-committee", level: "branch", parentId: "dbco" },
    { id: "cbp", name: "Chi bộ phòng", kind: "party-cell", level: "branch", parentId: "dbp" },
    { id: "gone", name: "Chi bộ đã giải thể", kind: "party-cell", level: "branch", parentId: "dbx", dissolutionDate: "2020-12-31" },
    { id: "nolevel", name: "Chi bộ không ghi cấp", kind: "party-cell", parentId: "dbx" },
    { id: "doan", name: "Đoàn xã", kind: "youth-union" },
  ],
  people: parts.flatMap((p) => p.people),
  memberships: parts.flatMap((p) => p.memberships.map((m) => (m.organizationId === "gone" ? { ...m, endDate: "2020-12-31", endReason: "other" as const } : m))),
});
const ASOF = "2024-06-30";

describe("partyStrength", () => {
  const s = partyStrength(ds, ASOF);
  it("counts organizations by level and kind", () => {
    expect(s.grassroots.ids).toEqual(["dbx", "cbco", "dbco"]);
    expect(s.grassroots.committees.ids).toEqual(["dbx", "dbco"]);
    expect(s.grassroots.cells.ids).toEqual(["cbco"]);
    expect(s.subordinateCells.ids).toEqual(["c2", "c10", "cg", "cbp"]);
    expect(s.subordinateCommittees.ids).toEqual(["dbp"]);
    expect(s.partyGroups.ids).toEqual(["tg"]);
    expect(s.upperCommittees.ids).toEqual(["dbh"]);
    expect(s.unclassified.ids).toEqual(["nolevel"]);
  });
  it("counts members once each, official and probationary", () => {
    expect(s.members.count).toBe(2 + 1 + 10 + 2 + 1 + 31 + 12 + 4);
    expect(s.members.probationary.count).toBe(7);
    expect(s.members.official.count).toBe(56);
    expect(s.members.ids).toContain("tgo0");
    expect(s.members.ids).not.toContain("gone0");
  });
  it("runs the charter checks, counting party groups and sub-organizations with their parents", () => {
    // c2 has 2 official (a probationary member does not count); cg 2 + 1 in its party group = 3.
    expect(s.checks.cellsBelowMinimum.ids).toEqual(["c2"]);
    expect(s.checks.cellsToElectCommittee.ids).toEqual(["c10", "cbco", "cbp"]);
    // 31 members (25 official + 6 probationary) in a grassroots cell: should be a committee.
    expect(s.checks.cellsToBecomeCommittees.ids).toEqual(["cbco"]);
    // dbx: 2+1+10+2+1+4 = 20 < 30; dbco: 12 < 30.
    expect(s.checks.committeesBelowThreshold.ids).toEqual(["dbx", "dbco"]);
  });
  it("uses other thresholds", () => {
    const t = partyStrength(ds, ASOF, { rules: { ...CHARTER_2011, minOfficialMembersPerCell: 4, committeeMemberThreshold: 15 } });
    expect(t.checks.cellsBelowMinimum.ids).toEqual(["c2", "cg"]); // "nolevel" has 4
    expect(t.checks.committeesBelowThreshold.ids).toEqual(["dbco"]);
  });
  it("counts the dissolved cell before its dissolution", () => {
    const before = partyStrength(ds, "2020-12-31");
    expect(before.subordinateCells.ids).toContain("gone");
    expect(before.members.ids).toContain("gone0");
  });
  it("uses dataset.asOf, and checks its arguments", () => {
    expect(partyStrength(parseDataset({ ...ds, asOf: ASOF })).members.count).toBe(63);
    const codeOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return isGrassrootsError(e) ? e.code : e;
      }
      return undefined;
    };
    expect(codeOf(() => partyStrength(ds))).toBe("invalid-argument");
    expect(codeOf(() => partyStrength(ds, "2024-13-01"))).toBe("invalid-date");
    expect(codeOf(() => partyStrength(ds, ASOF, { counting: "other" as never }))).toBe("invalid-argument");
    expect(codeOf(() => partyStrength(ds, ASOF, { rules: { ...CHARTER_2011, committeeMemberThreshold: 0 } }))).toBe("invalid-argument");
  });
});

describe("partyStrength after the 2025 reform", () => {
  // After 1 July 2025: no district; the commune committee dbx2 is directly under the province.
  const reform = parseDataset({
    units: [
      { id: "t", name: "Tỉnh", kind: "province" },
      { id: "x2", name: "Xã mới", kind: "commune", parentId: "t", foundingDate: "2025-07-01" },
    ],
    organizations: [
      { id: "dbt", name: "Đảng bộ tỉnh", kind: "party-committee", level: "province" },
      { id: "dbx2", name: "Đảng bộ xã mới", kind: "party-committee", level: "grassroots", parentId: "dbt", unitId: "x2", foundingDate: "2025-07-01" },
      { id: "cbb", name: "Chi bộ bản", kind: "party-cell", level: "branch", parentId: "dbx2", foundingDate: "2025-07-01" },
      { id: "dbbp", name: "Đảng bộ bộ phận", kind: "party-committee", level: "branch", parentId: "dbx2", foundingDate: "2025-07-01" },
      { id: "cbs", name: "Chi bộ dưới bộ phận", kind: "party-cell", level: "branch", parentId: "dbbp", foundingDate: "2025-07-01" },
    ],
  });
  it("counts by the recorded levels by default", () => {
    const s = partyStrength(reform, "2025-08-01");
    expect(s.grassroots.ids).toEqual(["dbx2"]);
    expect(s.subordinateCells.ids).toEqual(["cbb", "cbs"]);
    expect(s.subordinateCommittees.ids).toEqual(["dbbp"]);
    expect(s.upperCommittees.ids).toEqual(["dbt"]);
  });
  it("can count the commune committee as the upper level of grassroots organizations", () => {
    const s = partyStrength(reform, "2025-08-01", { counting: "commune-as-upper-level" });
    expect(s.counting).toBe("commune-as-upper-level");
    expect(s.upperCommittees.ids).toEqual(["dbt", "dbx2"]);
    expect(s.grassroots.committees.ids).toEqual(["dbbp"]);
    expect(s.grassroots.cells.ids).toEqual(["cbb"]);
    expect(s.subordinateCells.ids).toEqual(["cbs"]);
    // Before the reform date, the reading changes nothing.
    const early = parseDataset({ ...reform, organizations: reform.organizations.map(({ foundingDate: _, ...o }) => o), units: reform.units.map(({ foundingDate: _, ...u }) => u) });
    expect(partyStrength(early, "2025-06-30", { counting: "commune-as-upper-level" }).grassroots.ids).toEqual(["dbx2"]);
  });
});
