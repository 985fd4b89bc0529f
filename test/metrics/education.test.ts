import { describe, expect, it } from "vitest";
import { educationProfile, isGrassrootsError, parseDataset, POLITICAL_THEORY, type GrassrootsError } from "../../src/index.js";

function thrown(f: () => unknown): GrassrootsError {
  try {
    f();
  } catch (e) {
    if (isGrassrootsError(e)) return e;
    throw e;
  }
  throw new Error("did not throw");
}

// Two communes of a district. Cadres on 2013-06-30 (all posts in force then):
//   a  secretary of du1 and chair of ubnd1 (commune x1)   12/12 (undated)          → upper secondary
//   b  civil servant of ubnd1 (x1)                         9/12 (1990)              → lower secondary
//   c  secretary of du2 (x2)                               3/10 (undated)           → below primary
//   d  secretary of cb2, a cell covering village b2 of x2  no record                → no record
//   e  member of the district committee (no commune)       THCS 2000, THPT 2014-01-01 → lower secondary in 2013
// f is a party member of cb2 and holds no post (primary school).
const ds = parseDataset({
  asOf: "2013-06-30",
  units: [
    { id: "d", name: "Huyện Nậm Nhùn", kind: "district" },
    { id: "x1", name: "Xã Nậm Hàng", kind: "commune", parentId: "d" },
    { id: "x2", name: "Xã Mường Mô", kind: "commune", parentId: "d" },
    { id: "b2", name: "Bản Mường Mô", kind: "village", parentId: "x2" },
  ],
  organizations: [
    { id: "dh", name: "Đảng bộ huyện Nậm Nhùn", kind: "party-committee", level: "district", unitId: "d" },
    { id: "du1", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", parentId: "dh", unitId: "x1" },
    { id: "ubnd1", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x1" },
    { id: "du2", name: "Đảng bộ xã Mường Mô", kind: "party-committee", level: "grassroots", parentId: "dh", unitId: "x2" },
    { id: "cb2", name: "Chi bộ bản Mường Mô", kind: "party-cell", level: "branch", parentId: "du2", coversUnitIds: ["b2"] },
  ],
  people: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, name: `Lò Văn ${id.toUpperCase()}` })),
  posts: [
    { personId: "a", role: "secretary", organizationId: "du1", startDate: "2010" },
    { personId: "a", role: "chair", organizationId: "ubnd1", startDate: "2011" },
    { personId: "b", role: "civil-servant", organizationId: "ubnd1", startDate: "2012-01-01" },
    { personId: "c", role: "secretary", organizationId: "du2", startDate: "2012-11-02" },
    { personId: "d", role: "secretary", organizationId: "cb2", startDate: "2012" },
    { personId: "e", role: "committee-member", organizationId: "dh", startDate: "2012-11-02" },
  ],
  memberships: [
    { personId: "d", organizationId: "cb2", startDate: "2000-01-01", officialDate: "2001-01-01" },
    { personId: "f", organizationId: "cb2", startDate: "2005-01-01", officialDate: "2006-01-01" },
  ],
  qualifications: [
    { personId: "a", scale: "general-education", level: "12/12" },
    { personId: "b", scale: "general-education", level: "9/12", date: "1990" },
    { personId: "c", scale: "general-education", level: "3/10" },
    { personId: "e", scale: "general-education", level: "lower-secondary", date: "2000" },
    { personId: "e", scale: "general-education", level: "upper-secondary", date: "2014-01-01" },
    { personId: "f", scale: "general-education", level: "primary" },
    { personId: "a", scale: "political-theory", level: "bachelor-politics", date: "2005" },
    { personId: "b", scale: "political-theory", level: "advanced", date: "2012" },
    { personId: "c", scale: "political-theory", level: "intermediate-administration" },
  ],
});

describe("educationProfile", () => {
  it("counts the cadres at each level, with the ids behind every count", () => {
    const p = educationProfile(ds, { scale: "general-education", asOf: "2013-06-30" });
    expect(p.scale).toBe("general-education");
    expect(p.asOf).toBe("2013-06-30");
    expect(p.population).toEqual({ count: 5, ids: ["a", "b", "c", "d", "e"] });
    expect(p.noRecord).toEqual({ count: 1, ids: ["d"] });
    expect(p.levels).toEqual([
      { code: "below-primary", count: 1, ids: ["c"] },
      { code: "primary", count: 0, ids: [] },
      { code: "lower-secondary", count: 2, ids: ["b", "e"] },
      { code: "upper-secondary", count: 1, ids: ["a"] },
    ]);
  });

  it("gives at-least and below ratios over those with a record", () => {
    const p = educationProfile(ds, { scale: "general-education", asOf: "2013-06-30" });
    expect(p.below["primary"]).toEqual({ numerator: 1, denominator: 4, ratio: 0.25, ids: ["c"] });
    expect(p.atLeast["primary"]).toEqual({ numerator: 3, denominator: 4, ratio: 0.75, ids: ["a", "b", "e"] });
    expect(p.atLeast["below-primary"]).toEqual({ numerator: 4, denominator: 4, ratio: 1, ids: ["a", "b", "c", "e"] });
    expect(p.below["below-primary"]).toEqual({ numerator: 0, denominator: 4, ratio: 0, ids: [] });
    expect(p.atLeast["upper-secondary"]?.ids).toEqual(["a"]);
    expect(p.below["upper-secondary"]?.ids).toEqual(["b", "c", "e"]);
    expect(Object.keys(p.atLeast)).toEqual(["below-primary", "primary", "lower-secondary", "upper-secondary"]);
  });

  it("counts a qualification from its date: THPT gained in 2014 is not there in 2013", () => {
    const later = educationProfile(ds, { scale: "general-education", asOf: "2014-01-01" });
    expect(later.levels.map((l) => l.ids)).toEqual([["c"], [], ["b"], ["a", "e"]]);
    const before = educationProfile(ds, { scale: "general-education", asOf: "2013-12-31" });
    expect(before.levels[3]?.ids).toEqual(["a"]);
  });

  it("folds equivalent levels into their main level (cử nhân and cao cấp; TC LLCT-HC and trung cấp)", () => {
    const p = educationProfile(ds, { scale: POLITICAL_THEORY, asOf: "2013-06-30" });
    expect(p.levels.map((l) => [l.code, l.ids])).toEqual([
      ["none", []],
      ["elementary", []],
      ["intermediate", ["c"]],
      ["advanced", ["a", "b"]],
    ]);
    expect(p.noRecord.ids).toEqual(["d", "e"]);
  });

  it("takes the dataset's asOf by default", () => {
    expect(educationProfile(ds, { scale: "general-education" })).toEqual(educationProfile(ds, { scale: "general-education", asOf: "2013-06-30" }));
  });

  it("counts other populations", () => {
    const members = educationProfile(ds, { scale: "general-education", population: "party-members" });
    expect(members.population.ids).toEqual(["d", "f"]);
    expect(members.levels[1]?.ids).toEqual(["f"]);
    const everyone = educationProfile(ds, { scale: "general-education", population: "everyone" });
    expect(everyone.population.count).toBe(6);
    expect(everyone.noRecord.ids).toEqual(["d"]);
  });

  it("gives null ratios when nobody has a record", () => {
    const p = educationProfile(ds, { scale: "general-education", population: { kind: "people", ids: ["d"] } });
    expect(p.atLeast["primary"]).toEqual({ numerator: 0, denominator: 0, ratio: null, ids: [] });
    expect(p.levels.every((l) => l.count === 0)).toBe(true);
  });

  it("counts per commune: a person once per commune, a cell by the commune of the village it covers", () => {
    const p = educationProfile(ds, { scale: "general-education", groupBy: "commune" });
    expect(p.groups?.map((g) => [g.id, g.population.ids, g.noRecord.ids])).toEqual([
      ["x1", ["a", "b"], []],
      ["x2", ["c", "d"], ["d"]],
    ]);
    expect(p.groups?.[1]?.below["primary"]).toEqual({ numerator: 1, denominator: 1, ratio: 1, ids: ["c"] });
    expect(p.ungrouped).toEqual({ count: 1, ids: ["e"] });
  });

  it("counts per organization: a person in each organization they hold a post in", () => {
    const p = educationProfile(ds, { scale: "general-education", groupBy: "organization" });
    expect(p.groups?.map((g) => [g.id, g.population.ids])).toEqual([
      ["dh", ["e"]],
      ["du1", ["a"]],
      ["ubnd1", ["a", "b"]],
      ["du2", ["c"]],
      ["cb2", ["d"]],
    ]);
    expect(p.ungrouped?.count).toBe(0);
    const members = educationProfile(ds, { scale: "general-education", population: "party-members", groupBy: "organization" });
    expect(members.groups?.map((g) => [g.id, g.population.ids])).toEqual([["cb2", ["d", "f"]]]);
    const everyone = educationProfile(ds, { scale: "general-education", population: "everyone", groupBy: "commune" });
    expect(everyone.groups?.map((g) => [g.id, g.population.ids])).toEqual([
      ["x1", ["a", "b"]],
      ["x2", ["c", "d", "f"]],
    ]);
  });

  it("does not change the dataset", () => {
    const before = JSON.stringify(ds);
    educationProfile(ds, { scale: "general-education", groupBy: "commune" });
    expect(JSON.stringify(ds)).toBe(before);
  });

  it("rejects bad options", () => {
    expect(thrown(() => educationProfile(ds, undefined as never)).code).toBe("invalid-argument");
    expect(thrown(() => educationProfile(ds, {} as never)).code).toBe("invalid-argument");
    expect(thrown(() => educationProfile(ds, { scale: "education" as never })).code).toBe("unknown-scale");
    expect(thrown(() => educationProfile(ds, { scale: "professional", asOf: "2013-6-30" })).code).toBe("invalid-date");
    expect(thrown(() => educationProfile(ds, { scale: "professional", groupBy: "district" as never })).code).toBe("invalid-argument");
    expect(thrown(() => educationProfile(ds, { scale: "professional", population: "voters" as never })).code).toBe("invalid-argument");
    expect(thrown(() => educationProfile(parseDataset({}), { scale: "professional" })).code).toBe("invalid-argument");
  });
});
