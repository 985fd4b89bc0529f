import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { civilFromDays, daysFromCivil, firstDay, formatDay, lastDay, precisionOf } from "../../src/_lib/days.js";

// Oracle: Date.UTC, which is independent of the process time zone.
const utcDays = (y: number, m: number, d: number): number => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(0, 0, 0, 0);
  return Math.round(t.getTime() / 86_400_000);
};

describe("day numbers", () => {
  it("agree with Date.UTC on known days", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2024, 2, 29)).toBe(utcDays(2024, 2, 29));
  });
  it("agree with Date.UTC and round-trip for any date 1000–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const n = daysFromCivil(y, m, d);
        expect(n).toBe(utcDays(y, m, d));
        expect(civilFromDays(n)).toEqual([y, m, d]);
      }),
    );
  });
});

describe("date strings", () => {
  it("reads precision and rejects non-dates", () => {
    expect(precisionOf("2024")).toBe(1);
    expect(precisionOf("2024-02")).toBe(2);
    expect(precisionOf("2024-02-29")).toBe(3);
    for (const bad of ["2023-02-29", "2023-02-30", "2023-04-31", "2023-13", "2023-00", "2023-01-00", "202", "2023/01/01", "2023-1-1", "abcd", "", "2023-01-01T00:00", " 2023"]) {
      expect(precisionOf(bad), bad).toBe(0);
    }
    expect(precisionOf("1900-02-29")).toBe(0);
    expect(precisionOf("2000-02-29")).toBe(3);
  });
  it("rejects a non-digit in any place of a date", () => {
    // Every position of every precision, with characters just below and above the digits.
    for (const date of ["2024", "2024-06", "2024-06-15", "9999-12-31", "1000-01-01"]) {
      for (let i = 0; i < date.length; i++) {
        if (date[i] === "-") continue;
        for (const c of ["x", "/", ":", " ", "O"]) {
          const bad = date.slice(0, i) + c + date.slice(i + 1);
          expect(precisionOf(bad), bad).toBe(0);
        }
      }
    }
  });
  it("gives first and last days of reduced-precision dates", () => {
    expect(formatDay(firstDay("2023"))).toBe("2023-01-01");
    expect(formatDay(lastDay("2023"))).toBe("2023-12-31");
    expect(formatDay(firstDay("2024-02"))).toBe("2024-02-01");
    expect(formatDay(lastDay("2024-02"))).toBe("2024-02-29");
    expect(formatDay(lastDay("2023-02"))).toBe("2023-02-28");
    expect(firstDay("2023-06-30")).toBe(lastDay("2023-06-30"));
    expect(Number.isNaN(firstDay("2023-02-30"))).toBe(true);
  });
});
