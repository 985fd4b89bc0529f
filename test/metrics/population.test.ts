import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset, POLITICAL_SYSTEM_ORGANIZATION_KINDS, selectPopulation, type GrassrootsError } from "../../src/index.js";

function thrown(f: () => unknown): GrassrootsError {
  try {
    f();
  } catch (e) {
    if (isGrassrootsError(e)) return e;
    throw e;
  }
  throw new Error("did not throw");
}

const ds = parseDataset({
  asOf: "2024-12-31",
  units: [
    { id: "x", name: "Xã Nậm Hàng", kind: "commune" },
    { id: "b1", name: "Bản Nậm Hàng", kind: "village", parentId: "x" },
  ],
  organizations: [
    { id: "du", name: "Đảng ủy xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x" },
    { id: "cb", name: "Chi bộ bản Nậm Hàng", kind: "party-cell", level: "branch", parentId: "du", coversUnitIds: ["b1"] },
    { id: "ubnd", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x" },
    { id: "htx", name: "Hợp tác xã Nậm Hàng", kind: "other", unitId: "x" },
    { id: "old", name: "Hội Nông dân xã cũ", kind: "farmers-union", unitId: "x", dissolutionDate: "2020-06-30" },
  ],
  people: [
    { id: "sec", name: "Lò Văn Bí", birthDate: "1975" },
    { id: "cs", name: "Lò Thị Công" },
    { id: "coop", name: "Tao Văn Hợp" },
    { id: "head", name: "Lò Văn Trưởng" },
    { id: "ended", name: "Lò Văn Hết" },
    { id: "oldorg", name: "Lò Văn Cũ" },
    { id: "member", name: "Lò Thị Viên" },
    { id: "probation", name: "Lò Thị Dự" },
    { id: "unborn", name: "Lò Văn Sinh", birthDate: "2025-03" },
  ],
  posts: [
    { personId: "sec", role: "secretary", organizationId: "du", startDate: "2020-10" },
    { personId: "cs", role: "civil-servant", organizationId: "ubnd" },
    { personId: "coop", role: "head", organizationId: "htx" },
    { personId: "head", role: "village-head", unitId: "b1", startDate: "2022" },
    { personId: "ended", role: "vice-chair", organizationId: "ubnd", endDate: "2024-12-30" },
    { personId: "oldorg", role: "chair", organizationId: "old" },
  ],
  memberships: [
    { personId: "sec", organizationId: "cb", startDate: "2000-01-01", officialDate: "2001-01-01" },
    { personId: "member", organizationId: "cb", startDate: "2010-01-01", officialDate: "2011-01-01" },
    { personId: "probation", organizationId: "cb", startDate: "2024-06-01" },
  ],
});

describe("selectPopulation", () => {
  it("selects cadres: posts in force in organizations of the political system in force", () => {
    expect(selectPopulation(ds, { population: "cadres" })).toEqual(["sec", "cs"]);
    // The end date is the last day held.
    expect(selectPopulation(ds, { population: "cadres", asOf: "2024-12-30" })).toEqual(["sec", "cs", "ended"]);
    // An organization dissolved takes its posts with it.
    expect(selectPopulation(ds, { population: "cadres", asOf: "2020-06-30" })).toEqual(["cs", "ended", "oldorg"]);
    expect(selectPopulation(ds, { population: "cadres", asOf: "2020-07-01" })).toEqual(["cs", "ended"]);
    expect(selectPopulation(ds, {})).toEqual(["sec", "cs"]);
  });

  it("takes the organization kinds, roles and unit posts as options", () => {
    expect(selectPopulation(ds, { population: { kind: "cadres", unitPosts: true } })).toEqual(["sec", "cs", "head"]);
    expect(selectPopulation(ds, { population: { kind: "cadres", organizationKinds: ["other"] } })).toEqual(["coop"]);
    expect(selectPopulation(ds, { population: { kind: "cadres", roles: ["civil-servant", "village-head"], unitPosts: true } })).toEqual(["cs", "head"]);
    expect(POLITICAL_SYSTEM_ORGANIZATION_KINDS).toHaveLength(11);
  });

  it("selects party members, official or probationary", () => {
    expect(selectPopulation(ds, { population: "party-members" })).toEqual(["sec", "member", "probation"]);
    expect(selectPopulation(ds, { population: { kind: "party-members", status: "official" } })).toEqual(["sec", "member"]);
    expect(selectPopulation(ds, { population: { kind: "party-members", status: "probationary" } })).toEqual(["probation"]);
    expect(selectPopulation(ds, { population: "party-members", asOf: "2024-05-31" })).toEqual(["sec", "member"]);
  });

  it("selects everyone born by the date, and given people in dataset order", () => {
    expect(selectPopulation(ds, { population: "everyone" })).toHaveLength(8);
    expect(selectPopulation(ds, { population: "everyone", asOf: "2025-03-01" })).toHaveLength(9);
    expect(selectPopulation(ds, { population: { kind: "people", ids: ["member", "cs"] } })).toEqual(["cs", "member"]);
  });

  it("rejects bad options", () => {
    const bad = (population: unknown): string => thrown(() => selectPopulation(ds, { population: population as never })).code;
    expect(bad("members")).toBe("invalid-argument");
    expect(bad({ kind: "cadres", roles: ["pope"] })).toBe("invalid-argument");
    expect(bad({ kind: "cadres", organizationKinds: "party-cell" })).toBe("invalid-argument");
    expect(bad({ kind: "party-members", status: "active" })).toBe("invalid-argument");
    expect(bad({ kind: "people", ids: ["nobody"] })).toBe("invalid-argument");
    expect(bad({ kind: "people" })).toBe("invalid-argument");
    expect(thrown(() => selectPopulation(ds, null as never)).code).toBe("invalid-argument");
    expect(thrown(() => selectPopulation(ds, { asOf: "31/12/2024" })).code).toBe("invalid-date");
    const noDate = parseDataset({});
    expect(thrown(() => selectPopulation(noDate, {})).code).toBe("invalid-argument");
  });
});
