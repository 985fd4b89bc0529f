import { describe, expect, it } from "vitest";
import { dateBounds, isGrassrootsError, isInForce, parseDataset, periodEnded, snapshot, toDayNumber } from "../../src/index.js";

describe("isInForce", () => {
  it("holds on both end days and not outside", () => {
    const r = { startDate: "2020-01-15", endDate: "2020-06-30" };
    expect(isInForce(r, "2020-01-14")).toBe(false);
    expect(isInForce(r, "2020-01-15")).toBe(true);
    expect(isInForce(r, "2020-06-30")).toBe(true);
    expect(isInForce(r, "2020-07-01")).toBe(false);
  });
  it("reads reduced precision: start from the first day, end to the last day", () => {
    const r = { startDate: "2015-05", endDate: "2020" };
    expect(isInForce(r, "2015-04-30")).toBe(false);
    expect(isInForce(r, "2015-05-01")).toBe(true);
    expect(isInForce(r, "2020-12-31")).toBe(true);
    expect(isInForce(r, "2021-01-01")).toBe(false);
  });
  it("treats a missing start as always and a missing end as still in force", () => {
    expect(isInForce({}, "1900-01-01")).toBe(true);
    expect(isInForce({ endDate: "2000" }, "1000-01-01")).toBe(true);
    expect(isInForce({ startDate: "2000" }, "9999-12-31")).toBe(true);
  });
  it("uses founding and dissolution dates for organizations and units", () => {
    const o = { foundingDate: "2012-11-02", dissolutionDate: "2025-06-30" };
    expect(isInForce(o, "2012-11-01")).toBe(false);
    expect(isInForce(o, "2025-06-30")).toBe(true);
    expect(isInForce(o, "2025-07-01")).toBe(false);
  });
  it("rejects an asOf that is not a full calendar date", () => {
    for (const bad of ["2020", "2020-02-30", "", "20200101"]) {
      let e: unknown;
      try {
        isInForce({}, bad);
      } catch (x) {
        e = x;
      }
      expect(isGrassrootsError(e) && e.code).toBe("invalid-date");
    }
  });
});

describe("dates", () => {
  it("toDayNumber, dateBounds, periodEnded", () => {
    expect(toDayNumber("2000-01-01")).toBe(10957);
    expect(dateBounds("1900-02")).toEqual({ first: "1900-02-01", last: "1900-02-28" });
    expect(periodEnded(2024, "2024-12-30")).toBe(false);
    expect(periodEnded("2024", "2024-12-31")).toBe(true);
    expect(periodEnded("2026-Q1", "2026-03-31")).toBe(true);
    expect(periodEnded("2026-Q4", "2026-12-30")).toBe(false);
  });
});

describe("snapshot", () => {
  const ds = parseDataset({
    units: [
      { id: "h", name: "Huyện Nậm Nhùn", kind: "district", foundingDate: "2012-11-02", dissolutionDate: "2025-06-30" },
      { id: "b", name: "Bản A", kind: "village" },
    ],
    organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell", foundingDate: "2014", coversUnitIds: ["b"] }],
    people: [
      { id: "p1", name: "A", birthDate: "1990" },
      { id: "p2", name: "B", birthDate: "2015-03-01" },
      { id: "p3", name: "C" },
    ],
    memberships: [{ personId: "p1", organizationId: "cb", startDate: "2014-05-19", endDate: "2024-12-31", endReason: "transferred" }],
    posts: [{ personId: "p1", role: "secretary", organizationId: "cb", startDate: "2015", endDate: "2019" }],
    qualifications: [
      { personId: "p1", scale: "professional", level: "bachelor", date: "2013" },
      { personId: "p1", scale: "professional", level: "master", date: "2016-09" },
      { personId: "p1", scale: "general-education", level: "upper-secondary" },
    ],
    ratings: [
      { subjectId: "cb", scheme: "s", period: 2014, level: "good" },
      { subjectId: "cb", scheme: "s", period: "2015-Q1", level: "good" },
    ],
  });
  it("keeps what is in force, shares records and is frozen", () => {
    const s = snapshot(ds, "2015-02-01");
    expect(s.asOf).toBe("2015-02-01");
    expect(s.units.map((u) => u.id)).toEqual(["h", "b"]);
    expect(s.organizations.map((o) => o.id)).toEqual(["cb"]);
    expect(s.people.map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(s.memberships).toHaveLength(1);
    expect(s.posts).toHaveLength(1);
    expect(s.qualifications.map((q) => q.level)).toEqual(["bachelor", "upper-secondary"]);
    expect(s.ratings.map((r) => r.period)).toEqual([2014]);
    expect(s.people[0]).toBe(ds.people[0]);
    expect(Object.isFrozen(s) && Object.isFrozen(s.people)).toBe(true);
  });
  it("drops what has ended", () => {
    const s = snapshot(ds, "2025-07-01");
    expect(s.units.map((u) => u.id)).toEqual(["b"]);
    expect(s.memberships).toHaveLength(0);
    expect(s.posts).toHaveLength(0);
    expect(s.ratings).toHaveLength(2);
  });
});
