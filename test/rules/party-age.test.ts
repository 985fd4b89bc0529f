import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset } from "../../src/index.js";
import { partyAge } from "../../src/rules/index.js";

const ds = parseDataset({
  organizations: [
    { id: "cb1", name: "Chi bộ 1", kind: "party-cell" },
    { id: "cb2", name: "Chi bộ 2", kind: "party-cell" },
    { id: "to", name: "Tổ đảng 1", kind: "party-group", parentId: "cb1" },
    { id: "dt", name: "Đoàn xã", kind: "youth-union" },
  ],
  people: [
    { id: "plain", name: "A" },
    { id: "gap", name: "B" },
    { id: "sameday", name: "C" },
    { id: "nextday", name: "D" },
    { id: "expelled", name: "E" },
    { id: "died", name: "F" },
    { id: "probation", name: "G" },
    { id: "leap", name: "H" },
    { id: "youth", name: "I" },
    { id: "overlap", name: "J" },
  ],
  memberships: [
    { personId: "plain", organizationId: "cb1", startDate: "2000-05-19", officialDate: "2001-05-19" },
    // A transfer with a gap: left cb1 on 30 June 2010, joined cb2 on 1 October 2010 (92 days without).
    { personId: "gap", organizationId: "cb1", startDate: "1995-03-10", officialDate: "1996-03-10", endDate: "2010-06-30", endReason: "transferred" },
    { personId: "gap", organizationId: "cb2", startDate: "2010-10-01", startReason: "transferred" },
    // Transfers without a gap: the same day, and the next day.
    { personId: "sameday", organizationId: "cb1", startDate: "2005-01-01", officialDate: "2006-01-01", endDate: "2012-06-30", endReason: "transferred" },
    { personId: "sameday", organizationId: "cb2", startDate: "2012-06-30", startReason: "transferred" },
    { personId: "nextday", organizationId: "cb1", startDate: "2005-01-01", officialDate: "2006-01-01", endDate: "2012-06-30", endReason: "transferred" },
    { personId: "nextday", organizationId: "to", startDate: "2012-07-01", startReason: "transferred" },
    // Expelled at the end of 2005, re-admitted on 1 January 2011 (5 years = 1,826 days without).
    { personId: "expelled", organizationId: "cb1", startDate: "1990-01-01", officialDate: "1991-01-01", endDate: "2005-12-31", endReason: "expelled" },
    { personId: "expelled", organizationId: "cb2", startDate: "2011-01-01", startReason: "readmitted", officialDate: "2012-01-01" },
    { personId: "died", organizationId: "cb1", startDate: "1960-09-02", officialDate: "1961-09-02", endDate: "2020-03-15", endReason: "died" },
    { personId: "probation", organizationId: "cb1", startDate: "2024-01-15" },
    { personId: "leap", organizationId: "cb1", startDate: "2000-02-29", officialDate: "2001-02-28" },
    { personId: "youth", organizationId: "dt", startDate: "2000-01-01" },
    // Overlapping memberships (a data error) are not counted twice.
    { personId: "overlap", organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01", endDate: "2015-12-31", endReason: "transferred" },
    { personId: "overlap", organizationId: "cb2", startDate: "2015-06-01", startReason: "transferred" },
  ],
});

describe("partyAge", () => {
  it("counts whole years, months and days from the admission", () => {
    const a = partyAge(ds, "plain", "2030-05-19")!;
    expect([a.years, a.months, a.days, a.gapDays, a.status]).toEqual([30, 0, 0, 0, "official"]);
    expect(a.admittedOn).toBe("2000-05-19");
    expect(a.countedUntil).toBe("2030-05-19");
    const b = partyAge(ds, "plain", "2030-05-18")!;
    expect([b.years, b.months, b.days]).toEqual([29, 11, 29]);
    expect(partyAge(ds, "plain", "2000-05-19")!.countedDays).toBe(1);
  });
  it("deducts a transfer gap", () => {
    const a = partyAge(ds, "gap", "2025-03-10")!;
    expect(a.gapDays).toBe(92);
    expect(a.gaps).toEqual([{ from: "2010-07-01", to: "2010-09-30", days: 92, reason: "transferred" }]);
    // 30 years of calendar time minus 92 days: 2025-03-10 − 92 days = 2024-12-08.
    expect([a.years, a.months, a.days]).toEqual([29, 8, 28]);
    expect(partyAge(ds, "gap", "2010-08-15")!.status).toBe("former");
    expect(partyAge(ds, "gap", "2010-08-15")!.countedUntil).toBe("2010-06-30");
  });
  it("leaves no gap for a transfer on the same or the next day", () => {
    expect(partyAge(ds, "sameday", "2025-01-01")!.gapDays).toBe(0);
    expect(partyAge(ds, "nextday", "2025-01-01")!.gapDays).toBe(0);
    expect(partyAge(ds, "nextday", "2025-01-01")!.years).toBe(20);
  });
  it("counts a re-admitted member from the first admission, minus the time outside", () => {
    const a = partyAge(ds, "expelled", "2021-01-01")!;
    expect(a.admittedOn).toBe("1990-01-01");
    expect(a.gapDays).toBe(1826);
    expect(a.gaps[0]).toEqual({ from: "2006-01-01", to: "2010-12-31", days: 1826, reason: "expelled" });
    // 2021-01-01 − 1,826 days = 2016-01-02 (2016 and 2020 are leap years): 26 years and 1 day.
    expect([a.years, a.months, a.days]).toEqual([26, 0, 1]);
    expect(partyAge(ds, "expelled", "2011-06-01")!.status).toBe("probationary");
  });
  it("stops at the last day of a former member", () => {
    const a = partyAge(ds, "died", "2024-01-01")!;
    expect(a.status).toBe("former");
    expect(a.countedUntil).toBe("2020-03-15");
    expect([a.years, a.months, a.days]).toEqual([59, 6, 13]);
    expect(a.gaps).toEqual([]);
  });
  it("is provisional for a probationary member", () => {
    const a = partyAge(ds, "probation", "2024-07-15")!;
    expect([a.status, a.years, a.months, a.days]).toEqual(["probationary", 0, 6, 0]);
  });
  it("reaches a year on 28 February for an admission on 29 February", () => {
    expect(partyAge(ds, "leap", "2030-02-28")!.years).toBe(30);
    expect(partyAge(ds, "leap", "2030-02-27")!.years).toBe(29);
    expect(partyAge(ds, "leap", "2032-02-29")!.years).toBe(32);
  });
  it("ignores non-party memberships and overlaps", () => {
    expect(partyAge(ds, "youth", "2020-01-01")).toBeUndefined();
    const a = partyAge(ds, "overlap", "2020-01-01")!;
    expect([a.years, a.gapDays, a.countedDays]).toEqual([10, 0, 3653]);
  });
  it("is undefined before the admission, and checks its arguments", () => {
    expect(partyAge(ds, "plain", "2000-05-18")).toBeUndefined();
    const e = (() => {
      try {
        partyAge(ds, "nobody", "2020-01-01");
      } catch (x) {
        return x;
      }
    })();
    expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    const f = (() => {
      try {
        partyAge(ds, "plain");
      } catch (x) {
        return x;
      }
    })();
    expect(isGrassrootsError(f) && f.code).toBe("invalid-argument");
    expect(partyAge(parseDataset({ ...ds, asOf: "2030-05-19" }), "plain")!.years).toBe(30);
  });
});
