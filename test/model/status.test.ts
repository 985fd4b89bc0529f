import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset, partyStatus } from "../../src/index.js";

const ds = parseDataset({
  organizations: [
    { id: "cb1", name: "Chi bộ 1", kind: "party-cell" },
    { id: "cb2", name: "Chi bộ 2", kind: "party-cell" },
    { id: "dt", name: "Đoàn xã", kind: "youth-union" },
  ],
  people: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
    { id: "c", name: "C" },
  ],
  memberships: [
    // a: admitted, official, transferred: stays official in the new cell.
    { personId: "a", organizationId: "cb1", startDate: "2010-03-01", officialDate: "2011-03-01", endDate: "2015-06-30", endReason: "transferred" },
    { personId: "a", organizationId: "cb2", startDate: "2015-06-30", startReason: "transferred" },
    // b: expelled, then re-admitted: probationary again until the new official date.
    { personId: "b", organizationId: "cb1", startDate: "2000", officialDate: "2001", endDate: "2010-12-31", endReason: "expelled" },
    { personId: "b", organizationId: "cb1", startDate: "2018-01-01", startReason: "readmitted", officialDate: "2019-01-01" },
    // c: only in the youth union.
    { personId: "c", organizationId: "dt", startDate: "2005" },
  ],
});

describe("partyStatus", () => {
  it("follows admission, official recognition and transfer", () => {
    expect(partyStatus(ds, "a", "2010-02-28")).toBeUndefined();
    expect(partyStatus(ds, "a", "2010-03-01")).toBe("probationary");
    expect(partyStatus(ds, "a", "2011-03-01")).toBe("official");
    expect(partyStatus(ds, "a", "2015-06-30")).toBe("official");
    expect(partyStatus(ds, "a", "2024-01-01")).toBe("official");
  });
  it("restarts probation on re-admission and is nothing in the gap", () => {
    expect(partyStatus(ds, "b", "2005-01-01")).toBe("official");
    expect(partyStatus(ds, "b", "2012-01-01")).toBeUndefined();
    expect(partyStatus(ds, "b", "2018-06-01")).toBe("probationary");
    expect(partyStatus(ds, "b", "2019-01-01")).toBe("official");
  });
  it("ignores memberships in organizations that are not party organizations", () => {
    expect(partyStatus(ds, "c", "2020-01-01")).toBeUndefined();
  });
  it("throws invalid-argument for an unknown person", () => {
    expect(() => partyStatus(ds, "zz", "2020-01-01")).toThrowError(/No person/);
    try {
      partyStatus(ds, "zz", "2020-01-01");
    } catch (e) {
      expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    }
  });
  it("throws invalid-argument, not a TypeError, for an id that is no string (a JavaScript caller)", () => {
    expect(() => partyStatus(ds, undefined as unknown as string, "2020-01-01")).toThrowError(/No person with id undefined/);
    expect(() => partyStatus(ds, 7 as unknown as string, "2020-01-01")).toThrowError(/No person with id 7/);
  });
});

describe("partyStatus: transferred in from outside the data", () => {
  it("counts an official date earlier than the transfer", () => {
    const d = parseDataset({
      organizations: [{ id: "cb", name: "Chi bộ", kind: "party-cell" }],
      people: [{ id: "t", name: "T" }],
      memberships: [{ personId: "t", organizationId: "cb", startDate: "2020-03-01", startReason: "transferred", officialDate: "2012-05-19" }],
    });
    expect(partyStatus(d, "t", "2020-03-01")).toBe("official");
    expect(partyStatus(d, "t", "2020-02-29")).toBeUndefined();
  });
});
