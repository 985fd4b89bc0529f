import { addMonths } from "date-fns/addMonths";
import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset } from "../../src/index.js";
import { officialDueDate, overdueProbations } from "../../src/rules/index.js";

function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("officialDueDate", () => {
  it("is the same day 12 months later", () => {
    expect(officialDueDate("2020-05-19")).toBe("2021-05-19");
    expect(officialDueDate("2019-12-31")).toBe("2020-12-31");
    expect(officialDueDate("2023-01-01")).toBe("2024-01-01");
  });
  it("handles 31 January and month ends", () => {
    expect(officialDueDate("2024-01-31")).toBe("2025-01-31");
    expect(officialDueDate("2023-01-31")).toBe("2024-01-31");
    expect(officialDueDate("2023-03-31")).toBe("2024-03-31");
    // With a 1-month probation the month end is clamped: 28 or 29 February.
    expect(officialDueDate("2023-01-31", { rules: { probationMonths: 1 } })).toBe("2023-02-28");
    expect(officialDueDate("2024-01-31", { rules: { probationMonths: 1 } })).toBe("2024-02-29");
    expect(officialDueDate("2024-03-31", { rules: { probationMonths: 1 } })).toBe("2024-04-30");
  });
  it("moves 29 February to 28 February, and 28 February stays", () => {
    expect(officialDueDate("2024-02-29")).toBe("2025-02-28");
    expect(officialDueDate("2020-02-29")).toBe("2021-02-28");
    expect(officialDueDate("2023-02-28")).toBe("2024-02-28");
    expect(officialDueDate("2023-03-01")).toBe("2024-03-01");
    expect(officialDueDate("2024-02-29", { rules: { probationMonths: 48 } })).toBe("2028-02-29");
  });
  it("keeps the precision of the input", () => {
    expect(officialDueDate("2015-05")).toBe("2016-05");
    expect(officialDueDate("1975")).toBe("1976");
  });
  it("agrees with date-fns addMonths on every day of 2019–2025", () => {
    for (const months of [1, 12, 13, 24]) {
      for (let y = 2019; y <= 2025; y++) {
        for (let m = 1; m <= 12; m++) {
          for (let d = 1; d <= new Date(Date.UTC(y, m, 0)).getUTCDate(); d++) {
            const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
            // Local calendar date in, local calendar date out: no time-zone shift.
            const r = addMonths(new Date(y, m - 1, d), months);
            const want = `${r.getFullYear()}-${String(r.getMonth() + 1).padStart(2, "0")}-${String(r.getDate()).padStart(2, "0")}`;
            expect(officialDueDate(iso, { rules: { probationMonths: months } })).toBe(want);
          }
        }
      }
    }
  });
  it("rejects what is not a date", () => {
    const e = errorOf(() => officialDueDate("2023-02-30"));
    expect(isGrassrootsError(e) && e.code).toBe("invalid-date");
    const f = errorOf(() => officialDueDate("2023-01-01", { rules: { probationMonths: 1.5 } }));
    expect(isGrassrootsError(f) && f.code).toBe("invalid-argument");
  });
});

describe("overdueProbations", () => {
  const ds = parseDataset({
    organizations: [
      { id: "cb1", name: "Chi bộ 1", kind: "party-cell" },
      { id: "cb2", name: "Chi bộ 2", kind: "party-cell" },
      { id: "dt", name: "Đoàn xã", kind: "youth-union" },
    ],
    people: [
      { id: "late", name: "A" },
      { id: "ok", name: "B" },
      { id: "readmitted", name: "C" },
      { id: "moved", name: "D" },
      { id: "incoming", name: "E" },
      { id: "leap", name: "F" },
      { id: "youth", name: "G" },
      { id: "left", name: "H" },
    ],
    memberships: [
      { personId: "late", organizationId: "cb1", startDate: "2023-01-31" },
      { personId: "ok", organizationId: "cb1", startDate: "2023-01-31", officialDate: "2024-01-31" },
      // Official long ago, expelled, re-admitted: a new probation from the re-admission.
      { personId: "readmitted", organizationId: "cb1", startDate: "2000", officialDate: "2001", endDate: "2010-12-31", endReason: "expelled" },
      { personId: "readmitted", organizationId: "cb1", startDate: "2022-06-15", startReason: "readmitted" },
      // Admitted in one cell, transferred while probationary: the due date follows the admission.
      { personId: "moved", organizationId: "cb1", startDate: "2023-02-10", endDate: "2023-08-31", endReason: "transferred" },
      { personId: "moved", organizationId: "cb2", startDate: "2023-09-01", startReason: "transferred" },
      // Transferred in from outside the data without an official date: no admission on record.
      { personId: "incoming", organizationId: "cb2", startDate: "2023-01-01", startReason: "transferred" },
      { personId: "leap", organizationId: "cb2", startDate: "2023-02-28" },
      { personId: "youth", organizationId: "dt", startDate: "2020-01-01" },
      { personId: "left", organizationId: "cb2", startDate: "2022-01-01", endDate: "2022-12-31", endReason: "resigned" },
    ],
  });

  it("lists probationary members past their due date, in dataset order", () => {
    expect(overdueProbations(ds, { asOf: "2024-03-01" })).toEqual([
      { personId: "late", admittedOn: "2023-01-31", dueDate: "2024-01-31", daysOverdue: 30 },
      { personId: "readmitted", admittedOn: "2022-06-15", dueDate: "2023-06-15", daysOverdue: 260 },
      { personId: "moved", admittedOn: "2023-02-10", dueDate: "2024-02-10", daysOverdue: 20 },
      { personId: "leap", admittedOn: "2023-02-28", dueDate: "2024-02-28", daysOverdue: 2 },
    ]);
  });
  it("lists a member on the due date itself, not the day before", () => {
    expect(overdueProbations(ds, { asOf: "2024-01-30" }).map((o) => o.personId)).toEqual(["readmitted"]);
    expect(overdueProbations(ds, { asOf: "2024-01-31" }).map((o) => o.personId)).toEqual(["late", "readmitted"]);
  });
  it("allows grace days", () => {
    expect(overdueProbations(ds, { asOf: "2024-03-01", graceDays: 21 }).map((o) => o.personId)).toEqual(["late", "readmitted"]);
  });
  it("uses dataset.asOf by default and needs a date", () => {
    const withAsOf = parseDataset({ ...ds, asOf: "2024-03-01" });
    expect(overdueProbations(withAsOf).length).toBe(4);
    const e = errorOf(() => overdueProbations(ds));
    expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    const g = errorOf(() => overdueProbations(ds, { asOf: "2024-03-01", graceDays: -1 }));
    expect(isGrassrootsError(g) && g.code).toBe("invalid-argument");
  });
});
