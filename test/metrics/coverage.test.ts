import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset, unitCoverage } from "../../src/index.js";

// One commune (x1) with villages b1..b6, a school, a health station; a second commune (x2) with b7.
// - b1: own cell cb1, three official members living there.
// - b2, b3, b4: one joint cell cb234 covering three villages; its members all live in b2.
// - b5: no cell, but two probationary members live there (members of cb1): "has a member",
//   not "enough official members".
// - b6: no cell, nobody. The school: own cell, one official member. The station: nothing.
// - b7 (commune x2): its cell was dissolved on 2018-12-31 and re-founded on 2020-03-01.
const ds = parseDataset({
  units: [
    { id: "x1", name: "Xã 1", kind: "commune" },
    { id: "x2", name: "Xã 2", kind: "commune" },
    { id: "b1", name: "Bản 1", kind: "village", parentId: "x1" },
    { id: "b2", name: "Bản 2", kind: "village", parentId: "x1" },
    { id: "b3", name: "Bản 3", kind: "village", parentId: "x1" },
    { id: "b4", name: "Bản 4", kind: "village", parentId: "x1" },
    { id: "b5", name: "Bản 5", kind: "village", parentId: "x1" },
    { id: "b6", name: "Bản 6", kind: "village", parentId: "x1" },
    { id: "th", name: "Trường TH 1", kind: "school", parentId: "x1" },
    { id: "tyt", name: "Trạm y tế 1", kind: "health-station", parentId: "x1" },
    { id: "b7", name: "Bản 7", kind: "village", parentId: "x2" },
  ],
  organizations: [
    { id: "db1", name: "Đảng bộ xã 1", kind: "party-committee", level: "grassroots", unitId: "x1" },
    { id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", level: "branch", parentId: "db1", coversUnitIds: ["b1"] },
    { id: "cb234", name: "Chi bộ bản 2-3-4", kind: "party-cell", level: "branch", parentId: "db1", coversUnitIds: ["b2", "b3", "b4"] },
    { id: "to1", name: "Tổ đảng", kind: "party-group", parentId: "cb1", coversUnitIds: ["b6"] },
    { id: "cbth", name: "Chi bộ trường", kind: "party-cell", level: "branch", parentId: "db1", coversUnitIds: ["th"] },
    { id: "cb7a", name: "Chi bộ bản 7 (cũ)", kind: "party-cell", coversUnitIds: ["b7"], dissolutionDate: "2018-12-31" },
    { id: "cb7b", name: "Chi bộ bản 7", kind: "party-cell", coversUnitIds: ["b7"], foundingDate: "2020-03-01" },
    { id: "doan", name: "Đoàn xã", kind: "youth-union", unitId: "x1" },
  ],
  people: [
    { id: "a1", name: "A1", unitId: "b1" },
    { id: "a2", name: "A2", unitId: "b1" },
    { id: "a3", name: "A3", unitId: "b1" },
    { id: "j1", name: "J1", unitId: "b2" },
    { id: "j2", name: "J2", unitId: "b2" },
    { id: "j3", name: "J3", unitId: "b2" },
    { id: "p1", name: "P1", unitId: "b5" },
    { id: "p2", name: "P2", unitId: "b5" },
    { id: "t1", name: "T1", unitId: "th" },
    { id: "y1", name: "Y1", unitId: "b6" },
    { id: "d1", name: "D1", unitId: "b4" },
  ],
  memberships: [
    ...["a1", "a2", "a3"].map((p) => ({ personId: p, organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01" })),
    ...["j1", "j2", "j3"].map((p) => ({ personId: p, organizationId: "cb234", startDate: "2010-01-01", officialDate: "2011-01-01" })),
    { personId: "p1", organizationId: "cb1", startDate: "2024-01-10" },
    { personId: "p2", organizationId: "cb1", startDate: "2024-02-10" },
    { personId: "t1", organizationId: "cbth", startDate: "2010-01-01", officialDate: "2011-01-01" },
    // Only in the Youth Union: not a party member.
    { personId: "y1", organizationId: "doan", startDate: "2015-01-01" },
    // A member of b4 who died: no longer counts.
    { personId: "d1", organizationId: "cb234", startDate: "1980", officialDate: "1981", endDate: "2022-05-01", endReason: "died" },
  ],
});
const ASOF = "2024-06-30";

describe("unitCoverage", () => {
  const c = unitCoverage(ds, { asOf: ASOF });

  it("tells own cells, joint cells and no cell apart", () => {
    expect(c.units.ids).toEqual(["b1", "b2", "b3", "b4", "b5", "b6", "th", "tyt", "b7"]);
    expect(c.ownCell.ids).toEqual(["b1", "th", "b7"]);
    // A joint cell covering three villages counts for each of them.
    expect(c.jointCell.ids).toEqual(["b2", "b3", "b4"]);
    expect(c.withCell.ids).toEqual(["b1", "b2", "b3", "b4", "th", "b7"]);
    // A party group (tổ đảng) is not a cell; a youth union covers nothing.
    expect(c.withoutCell.ids).toEqual(["b5", "b6", "tyt"]);
    expect(c.withoutCell).toMatchObject({ numerator: 3, denominator: 9, ratio: 3 / 9 });
  });

  it("counts members where they live or work, not where their cell is", () => {
    // The joint cell's members all live in b2: b3 and b4 are "trắng" đảng viên (d1 of b4 died).
    expect(c.withMember.ids).toEqual(["b1", "b2", "b5", "th"]);
    expect(c.withoutMember.ids).toEqual(["b3", "b4", "b6", "tyt", "b7"]);
  });

  it("needs three official members for 'enough members': probationary ones do not count", () => {
    expect(c.enoughOfficialMembers.ids).toEqual(["b1", "b2"]);
    // b5 has two members, both probationary.
    expect(c.withMember.ids).toContain("b5");
    expect(c.enoughOfficialMembers.ids).not.toContain("b5");
    // Even with a minimum of 2, b5's two members do not count while probationary (no official
    // date is on record for them, so they stay probationary).
    expect(unitCoverage(ds, { asOf: "2025-03-01", rules: { minOfficialMembersPerCell: 2 } }).enoughOfficialMembers.ids).toEqual(["b1", "b2"]);
    // Once recognised, they do.
    const recognised = parseDataset({
      ...ds,
      memberships: ds.memberships.map((m) => (m.personId === "p1" || m.personId === "p2" ? { ...m, officialDate: "2025-02-10" } : m)),
    });
    expect(unitCoverage(recognised, { asOf: "2025-03-01", rules: { minOfficialMembersPerCell: 2 } }).enoughOfficialMembers.ids).toEqual(["b1", "b2", "b5"]);
    expect(unitCoverage(recognised, { asOf: "2025-03-01" }).enoughOfficialMembers.ids).toEqual(["b1", "b2"]);
  });

  it("follows a cell dissolved and re-founded", () => {
    expect(unitCoverage(ds, { asOf: "2018-12-31" }).ownCell.ids).toContain("b7");
    expect(unitCoverage(ds, { asOf: "2019-01-01" }).withoutCell.ids).toContain("b7");
    expect(unitCoverage(ds, { asOf: "2020-02-29" }).withoutCell.ids).toContain("b7");
    expect(unitCoverage(ds, { asOf: "2020-03-01" }).ownCell.ids).toContain("b7");
  });

  it("breaks the figures down by unit kind", () => {
    expect(Object.keys(c.byKind)).toEqual(["village", "school", "health-station"]);
    expect(c.byKind.village?.units.count).toBe(7);
    expect(c.byKind.village?.withoutCell.ids).toEqual(["b5", "b6"]);
    expect(c.byKind.school?.ownCell.ratio).toBe(1);
    expect(c.byKind["health-station"]?.withoutCell.ratio).toBe(1);
    expect(c.byKind.agency).toBeUndefined();
  });

  it("groups by commune, by parent, or by a key of your own", () => {
    const g = unitCoverage(ds, { asOf: ASOF, groupBy: "commune" });
    expect(g.groups.map((x) => [x.groupId, x.units.count, x.withoutCell.numerator])).toEqual([
      ["x1", 8, 3],
      ["x2", 1, 0],
    ]);
    expect(g.groups[0]!.byKind.school?.units.ids).toEqual(["th"]);
    expect(unitCoverage(ds, { asOf: ASOF, groupBy: "parent" }).groups.map((x) => x.groupId)).toEqual(["x1", "x2"]);
    // Units with no ancestor of the kind fall in the group null.
    expect(unitCoverage(ds, { asOf: ASOF, groupBy: "province" }).groups.map((x) => [x.groupId, x.units.count])).toEqual([[null, 9]]);
    const own = unitCoverage(ds, { asOf: ASOF, groupBy: { b7: "north", b1: "south", b2: "south" } });
    expect(own.groups.map((x) => [x.groupId, x.units.ids])).toEqual([
      ["south", ["b1", "b2"]],
      ["north", ["b7"]],
      [null, ["b3", "b4", "b5", "b6", "th", "tyt"]],
    ]);
  });

  it("counts only the chosen kinds of unit", () => {
    const v = unitCoverage(ds, { asOf: ASOF, unitKinds: ["school", "health-station"] });
    expect(v.unitKinds).toEqual(["school", "health-station"]);
    expect(v.units.ids).toEqual(["th", "tyt"]);
    const communes = unitCoverage(ds, { asOf: ASOF, unitKinds: ["commune"] });
    expect(communes.withoutCell.ids).toEqual(["x1", "x2"]);
  });

  it("gives null ratios when nothing is counted, and uses dataset.asOf", () => {
    const none = unitCoverage(ds, { asOf: ASOF, unitKinds: ["enterprise"] });
    expect(none.ownCell).toEqual({ numerator: 0, denominator: 0, ratio: null, ids: [] });
    expect(unitCoverage(parseDataset({ ...ds, asOf: ASOF })).ownCell.ids).toEqual(c.ownCell.ids);
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
    expect(codeOf(() => unitCoverage(ds))).toBe("invalid-argument");
    expect(codeOf(() => unitCoverage(ds, { asOf: "2024-02-30" }))).toBe("invalid-date");
    expect(codeOf(() => unitCoverage(ds, { asOf: ASOF, unitKinds: ["hamlet" as never] }))).toBe("invalid-argument");
    expect(codeOf(() => unitCoverage(ds, { asOf: ASOF, groupBy: 42 as never }))).toBe("invalid-argument");
    expect(codeOf(() => unitCoverage(ds, { asOf: ASOF, groupBy: { b1: 1 } as never }))).toBe("invalid-argument");
    expect(codeOf(() => unitCoverage(ds, { asOf: ASOF, rules: { minOfficialMembersPerCell: 0 } }))).toBe("invalid-argument");
  });
});

describe("unitCoverage across the 2025 reform", () => {
  // Villages m1 and m2 merged into m12 on 1 July 2025; their joint cell became m12's own cell.
  // Commune xa was merged into the new commune xn; the village kept its records.
  const reform = parseDataset({
    units: [
      { id: "xa", name: "Xã A (cũ)", kind: "commune", dissolutionDate: "2025-06-30" },
      { id: "xn", name: "Xã mới", kind: "commune", foundingDate: "2025-07-01" },
      { id: "m1", name: "Bản M1", kind: "village", parentId: "xa", dissolutionDate: "2025-06-30" },
      { id: "m2", name: "Bản M2", kind: "village", parentId: "xa", dissolutionDate: "2025-06-30" },
      { id: "m12", name: "Bản M1-2", kind: "village", parentId: "xn", foundingDate: "2025-07-01" },
      { id: "q", name: "Bản Q", kind: "village", parentId: "xn" },
    ],
    organizations: [
      { id: "cbm", name: "Chi bộ bản M1 - M2", kind: "party-cell", coversUnitIds: ["m1", "m2", "m12"] },
      { id: "cbq", name: "Chi bộ bản Q", kind: "party-cell", coversUnitIds: ["q"] },
    ],
  });
  it("counts the units in force on each side of the merger", () => {
    const before = unitCoverage(reform, { asOf: "2025-06-30", groupBy: "commune" });
    expect(before.units.ids).toEqual(["m1", "m2", "q"]);
    expect(before.jointCell.ids).toEqual(["m1", "m2"]);
    expect(before.groups.map((g) => [g.groupId, g.units.ids])).toEqual([
      ["xa", ["m1", "m2"]],
      ["xn", ["q"]],
    ]);
    const after = unitCoverage(reform, { asOf: "2025-07-01", groupBy: "commune" });
    expect(after.units.ids).toEqual(["m12", "q"]);
    // The cell now covers one unit in force: the merged village's own cell.
    expect(after.ownCell.ids).toEqual(["m12", "q"]);
    expect(after.jointCell.ids).toEqual([]);
    expect(after.groups.map((g) => [g.groupId, g.units.ids])).toEqual([["xn", ["m12", "q"]]]);
  });
});

describe("unitCoverage and party committees", () => {
  it("counts a unit covered by a grassroots committee as having its own cell", () => {
    const d = parseDataset({
      units: [{ id: "e", name: "Công ty", kind: "enterprise" }],
      organizations: [{ id: "dbe", name: "Đảng bộ công ty", kind: "party-committee", level: "grassroots", coversUnitIds: ["e"] }],
    });
    expect(unitCoverage(d, { asOf: "2024-01-01" }).ownCell.ids).toEqual(["e"]);
  });
});
