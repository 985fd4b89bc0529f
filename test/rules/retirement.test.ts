import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset } from "../../src/index.js";
import { canServeFullTerm, retirementAge, retirementDate, retirementsDue, RETIREMENT_LABOUR_CODE_2019 } from "../../src/rules/index.js";

// The expected retirement ages, typed out by hand from the Labour Code 2019 roadmap (Decree
// 135/2020 Annex I): men 60y3m for those who reach it in 2021, +3 months a year to 62 (2028);
// women 55y4m in 2021, +4 months a year to 60 (2035); before 2021, 60 and 55. Each row: first
// birth month (YYYY-MM) from which the age applies, and the age in [years, months].
const MEN: [string, number, number][] = [
  ["1960-01", 60, 0],
  ["1961-01", 60, 3],
  ["1961-10", 60, 6],
  ["1962-07", 60, 9],
  ["1963-04", 61, 0],
  ["1964-01", 61, 3],
  ["1964-10", 61, 6],
  ["1965-07", 61, 9],
  ["1966-04", 62, 0],
];
const WOMEN: [string, number, number][] = [
  ["1960-01", 55, 0],
  ["1966-01", 55, 4],
  ["1966-09", 55, 8],
  ["1967-05", 56, 0],
  ["1968-01", 56, 4],
  ["1968-09", 56, 8],
  ["1969-05", 57, 0],
  ["1970-01", 57, 4],
  ["1970-09", 57, 8],
  ["1971-05", 58, 0],
  ["1972-01", 58, 4],
  ["1972-09", 58, 8],
  ["1973-05", 59, 0],
  ["1974-01", 59, 4],
  ["1974-09", 59, 8],
  ["1975-05", 60, 0],
];

function expectedAge(table: [string, number, number][], y: number, m: number): [number, number] {
  const key = `${y}-${String(m).padStart(2, "0")}`;
  let row = table[0]!;
  for (const r of table) if (r[0] <= key) row = r;
  return [row[1], row[2]];
}

/** Last day of the month `months` after birth month (y, m), by plain arithmetic. */
function endOfMonthAfter(y: number, m: number, months: number): string {
  const total = y * 12 + (m - 1) + months;
  const ry = Math.floor(total / 12);
  const rm = (total % 12) + 1;
  const last = [31, ry % 4 === 0 && (ry % 100 !== 0 || ry % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][rm - 1]!;
  return `${ry}-${String(rm).padStart(2, "0")}-${last}`;
}

describe("retirementAge and retirementDate", () => {
  it("match the roadmap for every birth month from 1960 to 1985, men and women", () => {
    let checked = 0;
    for (let y = 1960; y <= 1985; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const [gender, table] of [["male", MEN], ["female", WOMEN]] as const) {
          const [years, months] = expectedAge(table, y, m);
          // Any day of the birth month gives the same answer.
          for (const d of ["01", "15", m === 2 ? "28" : "30"]) {
            const person = { birthDate: `${y}-${String(m).padStart(2, "0")}-${d}`, gender };
            expect(retirementAge(person), `${gender} ${person.birthDate}`).toEqual({ years, months });
            expect(retirementDate(person), `${gender} ${person.birthDate}`).toBe(endOfMonthAfter(y, m, years * 12 + months));
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(26 * 12 * 2 * 3);
  });
  it("match rows of Annex I (month the pension starts = the month after retirement)", () => {
    // [gender, birth month, age, first pension month] as printed in Annex I of Decree 135/2020.
    const annex: ["male" | "female", string, [number, number], string][] = [
      ["male", "1963-01", [60, 9], "2023-11"],
      ["male", "1963-03", [60, 9], "2024-01"],
      ["male", "1963-04", [61, 0], "2024-05"],
      ["male", "1963-12", [61, 0], "2025-01"],
      ["male", "1964-01", [61, 3], "2025-05"],
      ["male", "1964-09", [61, 3], "2026-01"],
      ["male", "1964-10", [61, 6], "2026-05"],
      ["male", "1965-05", [61, 6], "2026-12"],
      ["female", "1968-01", [56, 4], "2024-06"],
      ["female", "1968-08", [56, 4], "2025-01"],
      ["female", "1968-09", [56, 8], "2025-06"],
      ["female", "1969-04", [56, 8], "2026-01"],
      ["female", "1969-05", [57, 0], "2026-06"],
      ["female", "1969-12", [57, 0], "2027-01"],
      ["female", "1970-01", [57, 4], "2027-06"],
      ["female", "1970-05", [57, 4], "2027-10"],
    ];
    for (const [gender, birth, [years, months], pension] of annex) {
      expect(retirementAge({ birthDate: birth, gender })).toEqual({ years, months });
      const date = retirementDate({ birthDate: birth, gender })!;
      const [y, m] = date.split("-").map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
      expect(next, `${gender} ${birth}`).toBe(pension);
    }
  });
  it("give the age of the year it is reached in (DOMAIN.md §5: 2026 men 61y6m, women 57y)", () => {
    // Everyone retiring in 2026 under the roadmap.
    const in2026: Set<string> = new Set();
    for (let y = 1955; y <= 1975; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const gender of ["male", "female"] as const) {
          const person = { birthDate: `${y}-${String(m).padStart(2, "0")}`, gender };
          if (retirementDate(person)!.startsWith("2026-")) in2026.add(`${gender} ${JSON.stringify(retirementAge(person))}`);
        }
      }
    }
    expect([...in2026].sort()).toEqual(['female {"years":57,"months":0}', 'male {"years":61,"months":6}']);
  });
  it("read a birth date known only to the year from 1 January, to the month from its first day", () => {
    // As January 1966: 61 years 9 months, so October 2027.
    expect(retirementDate({ birthDate: "1966", gender: "male" })).toBe("2027-10-31");
    expect(retirementAge({ birthDate: "1966", gender: "male" })).toEqual({ years: 61, months: 9 });
    expect(retirementDate({ birthDate: "1966-04", gender: "male" })).toBe("2028-04-30");
  });
  it("apply the old ages before 2021", () => {
    expect(retirementDate({ birthDate: "1955-06-01", gender: "male" })).toBe("2015-06-30");
    expect(retirementDate({ birthDate: "1960-12-31", gender: "male" })).toBe("2020-12-31");
    expect(retirementDate({ birthDate: "1965-12-31", gender: "female" })).toBe("2020-12-31");
  });
  it("are undefined without a birth date or a gender, and reject a bad date", () => {
    expect(retirementDate({ gender: "male" })).toBeUndefined();
    expect(retirementDate({ birthDate: "1970-01-01" })).toBeUndefined();
    expect(retirementAge({})).toBeUndefined();
    const e = (() => {
      try {
        retirementDate({ birthDate: "1970-02-30", gender: "male" });
      } catch (x) {
        return x;
      }
    })();
    expect(isGrassrootsError(e) && e.code).toBe("invalid-date");
  });
  it("take other rules", () => {
    const rules = { ...RETIREMENT_LABOUR_CODE_2019, male: { ...RETIREMENT_LABOUR_CODE_2019.male, final: { years: 65, months: 0 } } };
    expect(retirementAge({ birthDate: "1980-01-01", gender: "male" }, { rules })).toEqual({ years: 65, months: 0 });
    const bad = { ...RETIREMENT_LABOUR_CODE_2019, male: { ...RETIREMENT_LABOUR_CODE_2019.male, stepMonths: 12 } };
    expect(() => retirementAge({ birthDate: "1980-01-01", gender: "male" }, { rules: bad })).toThrow(/step/);
  });
});

describe("canServeFullTerm", () => {
  // Man born 15 September 1968: 62 years, retires at the end of September 2030.
  const man = { birthDate: "1968-09-15", gender: "male" } as const;
  it("needs the whole term before the retirement date", () => {
    expect(retirementDate(man)).toBe("2030-09-30");
    expect(canServeFullTerm(man, { termStart: "2025-10-01" })).toBe(true);
    expect(canServeFullTerm(man, { termStart: "2025-10-02" })).toBe(false);
    expect(canServeFullTerm(man, { termStart: "2026-10-01", termMonths: 48 })).toBe(true);
    expect(canServeFullTerm(man, { termStart: "2026-10-02", termMonths: 48 })).toBe(false);
  });
  it("handles month ends and 29 February", () => {
    // Woman born March 1975: 59y8m, retires at the end of November 2034.
    const woman = { birthDate: "1975-03-31", gender: "female" } as const;
    expect(retirementDate(woman)).toBe("2034-11-30");
    expect(canServeFullTerm(woman, { termStart: "2029-12-01" })).toBe(true);
    expect(canServeFullTerm(woman, { termStart: "2029-12-02" })).toBe(false);
    // 60 months from 29 February 2028 run to 27 February 2033 (29 February + 60 months = 28
    // February 2033, the first day after the term); from 1 March 2028 to 28 February 2033.
    const man2 = { birthDate: "1971-02-10", gender: "male" } as const; // retires 2033-02-28
    expect(retirementDate(man2)).toBe("2033-02-28");
    expect(canServeFullTerm(man2, { termStart: "2028-02-29" })).toBe(true);
    expect(canServeFullTerm(man2, { termStart: "2028-03-01" })).toBe(true);
    expect(canServeFullTerm(man2, { termStart: "2028-03-02" })).toBe(false);
  });
  it("is undefined when the age is unknown, and checks its options", () => {
    expect(canServeFullTerm({ gender: "male" }, { termStart: "2025-01-01" })).toBeUndefined();
    expect(() => canServeFullTerm(man, { termStart: "2025-01-01", termMonths: 0 })).toThrow(/termMonths/);
    expect(() => canServeFullTerm(man, {} as never)).toThrow(/termStart/);
  });
});

describe("retirementsDue", () => {
  const ds = parseDataset({
    units: [{ id: "x", name: "Xã A", kind: "commune" }],
    organizations: [
      { id: "ubnd", name: "UBND xã A", kind: "people-committee", unitId: "x" },
      { id: "htx", name: "Hợp tác xã", kind: "other", unitId: "x" },
    ],
    people: [
      { id: "a", name: "A", birthDate: "1964-03-10", gender: "male" }, // 61y3m → 2025-06-30
      { id: "b", name: "B", birthDate: "1969-02-01", gender: "female" }, // 56y8m → 2025-10-31
      { id: "c", name: "C", birthDate: "1963-12-05", gender: "male" }, // 61y → 2024-12-31
      { id: "d", name: "D", birthDate: "1964-09-20", gender: "male" }, // 61y3m → 2025-12-31
      { id: "e", name: "E", birthDate: "1964-06-20" }, // no gender
      { id: "f", name: "F", birthDate: "1964-05-01", gender: "male" }, // no post on 1 January 2025
      { id: "g", name: "G", birthDate: "1964-05-01", gender: "male" }, // village head: a unit post
      { id: "h", name: "H", birthDate: "1964-05-01", gender: "male" }, // in an organization of kind "other"
    ],
    posts: [
      { personId: "a", role: "chair", organizationId: "ubnd" },
      { personId: "b", role: "vice-chair", organizationId: "ubnd" },
      { personId: "c", role: "civil-servant", organizationId: "ubnd" },
      { personId: "d", role: "civil-servant", organizationId: "ubnd", startDate: "2024-01-01" },
      { personId: "e", role: "civil-servant", organizationId: "ubnd" },
      { personId: "f", role: "civil-servant", organizationId: "ubnd", endDate: "2024-12-31" },
      { personId: "g", role: "village-head", unitId: "x" },
      { personId: "h", role: "head", organizationId: "htx" },
    ],
  });
  it("lists the cadres on `from` retiring in the window, by date", () => {
    expect(retirementsDue(ds, { from: "2025-01-01", to: "2025-12-31" })).toEqual([
      { personId: "a", retirementDate: "2025-06-30", age: { years: 61, months: 3 } },
      { personId: "b", retirementDate: "2025-10-31", age: { years: 56, months: 8 } },
      { personId: "d", retirementDate: "2025-12-31", age: { years: 61, months: 3 } },
    ]);
    expect(retirementsDue(ds, { from: "2024-12-31", to: "2025-06-30" }).map((r) => r.personId)).toEqual(["c", "a"]);
  });
  it("takes explicit people", () => {
    expect(retirementsDue(ds, { from: "2025-01-01", to: "2025-12-31", personIds: ["f", "a"] }).map((r) => r.personId)).toEqual(["a", "f"]);
    expect(() => retirementsDue(ds, { from: "2025-01-01", to: "2025-12-31", personIds: ["zz"] })).toThrow(/zz/);
    expect(() => retirementsDue(ds, { from: "2025-12-31", to: "2025-01-01" })).toThrow(/before/);
  });
});
