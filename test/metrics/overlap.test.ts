import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset, roleOverlap } from "../../src/index.js";

// Villages b1..b4 (b3 and b4 share a joint cell); a school.
const ds = parseDataset({
  units: [
    { id: "b1", name: "Bản 1", kind: "village" },
    { id: "b2", name: "Bản 2", kind: "village" },
    { id: "b3", name: "Bản 3", kind: "village" },
    { id: "b4", name: "Bản 4", kind: "village" },
    { id: "th", name: "Trường", kind: "school" },
  ],
  organizations: [
    { id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", coversUnitIds: ["b1"] },
    { id: "cb2", name: "Chi bộ bản 2", kind: "party-cell", coversUnitIds: ["b2"] },
    { id: "cb34", name: "Chi bộ bản 3-4", kind: "party-cell", coversUnitIds: ["b3", "b4"] },
    { id: "cbth", name: "Chi bộ trường", kind: "party-cell", coversUnitIds: ["th"] },
    { id: "dt", name: "Đoàn xã", kind: "youth-union" },
  ],
  people: ["h1", "h2", "h3", "h4", "s2", "sth", "y"].map((id) => ({ id, name: id })),
  memberships: [
    { personId: "h1", organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01" },
    { personId: "h2", organizationId: "cb2", startDate: "2024-01-01" }, // probationary
    { personId: "h3", organizationId: "cb34", startDate: "2010-01-01", officialDate: "2011-01-01" },
    { personId: "s2", organizationId: "cb2", startDate: "2010-01-01", officialDate: "2011-01-01" },
    { personId: "sth", organizationId: "cbth", startDate: "2010-01-01", officialDate: "2011-01-01" },
    { personId: "h4", organizationId: "dt", startDate: "2010-01-01" },
  ],
  posts: [
    // Village heads: h1..h4; h1 is also secretary of b1's cell; h3 secretary of the joint cell and head of b4.
    { personId: "h1", role: "village-head", unitId: "b1", startDate: "2019" },
    { personId: "h2", role: "village-head", unitId: "b2", startDate: "2019" },
    { personId: "h3", role: "village-head", unitId: "b4", startDate: "2019" },
    { personId: "h4", role: "village-head", unitId: "b3", startDate: "2019" },
    { personId: "h1", role: "secretary", organizationId: "cb1", startDate: "2020" },
    { personId: "s2", role: "secretary", organizationId: "cb2", startDate: "2020" },
    { personId: "h3", role: "secretary", organizationId: "cb34", startDate: "2020" },
    { personId: "sth", role: "secretary", organizationId: "cbth", startDate: "2020" },
    // The Youth Union secretary heads nothing; a past head of b2.
    { personId: "y", role: "secretary", organizationId: "dt", startDate: "2020" },
    { personId: "s2", role: "village-head", unitId: "b2", startDate: "2014", endDate: "2018-12-31" },
    // h2 is also secretary of b1's cell? No: deputy secretary, another role.
    { personId: "h2", role: "deputy-secretary", organizationId: "cb1", startDate: "2020" },
  ],
});
const ASOF = "2024-06-30";

describe("roleOverlap", () => {
  it("gives the share of village heads who are party members", () => {
    const r = roleOverlap(ds, { asOf: ASOF, holders: "village-head", also: "party-member" });
    expect(r.holders.ids).toEqual(["h1", "h2", "h3", "h4"]);
    // h4 is only in the Youth Union.
    expect(r.ids).toEqual(["h1", "h2", "h3"]);
    expect([r.numerator, r.denominator, r.ratio]).toEqual([3, 4, 0.75]);
    // Official members only: h2 is probationary.
    expect(roleOverlap(ds, { asOf: ASOF, holders: "village-head", also: "official-member" }).ids).toEqual(["h1", "h3"]);
  });
  it("gives the share of cell secretaries who are also the head of their village", () => {
    const holders = { role: "secretary", organizationKinds: ["party-cell"] } as const;
    const r = roleOverlap(ds, { asOf: ASOF, holders, also: "village-head", sameUnit: true });
    expect(r.holders.ids).toEqual(["h1", "h3", "s2", "sth"]); // dataset order of people
    // h3 heads b4, which the joint cell covers; s2 headed b2 only until 2018.
    expect(r.ids).toEqual(["h1", "h3"]);
    expect(r.ratio).toBe(0.5);
    // Not requiring the same unit changes nothing here; the secretary of the Youth Union is not a cell secretary.
    expect(roleOverlap(ds, { asOf: ASOF, holders, also: "village-head" }).ids).toEqual(["h1", "h3"]);
    expect(roleOverlap(ds, { asOf: "2016-06-30", holders: "village-head", also: "secretary" }).holders.ids).toEqual(["s2"]);
  });
  it("requires the same unit when asked", () => {
    // h2 is deputy secretary of cb1 but head of b2: another unit.
    expect(roleOverlap(ds, { asOf: ASOF, holders: "deputy-secretary", also: "village-head" }).ids).toEqual(["h2"]);
    expect(roleOverlap(ds, { asOf: ASOF, holders: "deputy-secretary", also: "village-head", sameUnit: true }).ids).toEqual([]);
  });
  it("filters holders by unit kind", () => {
    const r = roleOverlap(ds, { asOf: ASOF, holders: { role: "secretary", unitKinds: ["school"] }, also: "party-member" });
    expect(r.holders.ids).toEqual(["sth"]);
    expect(r.ratio).toBe(1);
  });
  it("gives a null ratio without holders", () => {
    expect(roleOverlap(ds, { asOf: "2000-01-01", holders: "village-head", also: "party-member" })).toEqual({
      asOf: "2000-01-01",
      numerator: 0,
      denominator: 0,
      ratio: null,
      ids: [],
      holders: { count: 0, ids: [] },
    });
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
    expect(codeOf(() => roleOverlap(ds, { holders: "village-head", also: "party-member" }))).toBe("invalid-argument");
    expect(codeOf(() => roleOverlap(ds, { asOf: ASOF, holders: "pope" as never, also: "party-member" }))).toBe("invalid-argument");
    expect(codeOf(() => roleOverlap(ds, { asOf: ASOF, holders: "village-head", also: "party-member", sameUnit: true }))).toBe("invalid-argument");
    expect(codeOf(() => roleOverlap(ds, { asOf: ASOF, holders: { role: "secretary", organizationKinds: ["club" as never] }, also: "party-member" }))).toBe(
      "invalid-argument",
    );
    expect(codeOf(() => roleOverlap(ds, { asOf: ASOF } as never))).toBe("invalid-argument");
  });
});
