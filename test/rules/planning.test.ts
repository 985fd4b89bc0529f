import { describe, expect, it } from "vitest";
import { isGrassrootsError, parseDataset } from "../../src/index.js";
import { planningStructure, PLANNING_QD_50_2022, THREE_AGE_GROUPS_CT_35_2019 } from "../../src/rules/index.js";

// Ages on 2025-06-30.
const ds = parseDataset({
  organizations: [{ id: "dbx", name: "Đảng bộ xã A", kind: "party-committee", level: "grassroots" }],
  people: [
    { id: "w39", name: "A", gender: "female", birthDate: "1985-07-01" }, // 39 (40 tomorrow)
    { id: "m40", name: "B", gender: "male", birthDate: "1985-06-30" }, // 40 today
    { id: "w50", name: "C", gender: "female", birthDate: "1974-07-01" }, // 50
    { id: "m51", name: "D", gender: "male", birthDate: "1974-06-30" }, // 51 today
    { id: "m45", name: "E", gender: "male", birthDate: "1980" }, // 45 (from 1980-01-01)
    { id: "x", name: "F" }, // unknown gender and age
    { id: "m44", name: "G", gender: "male", birthDate: "1980-07-01" }, // 44
    { id: "leap", name: "H", gender: "male", birthDate: "1988-02-29" },
  ],
  posts: [
    { personId: "w39", role: "secretary", organizationId: "dbx" },
    { personId: "m40", role: "deputy-secretary", organizationId: "dbx" },
    { personId: "w50", role: "committee-member", organizationId: "dbx" },
    { personId: "m51", role: "standing-committee-member", organizationId: "dbx" },
    { personId: "m45", role: "committee-member", organizationId: "dbx", endDate: "2024-12-31" },
    { personId: "x", role: "civil-servant", organizationId: "dbx" },
  ],
});

describe("planningStructure", () => {
  it("checks women, young cadres and the three age groups over the whole pool", () => {
    const s = planningStructure(ds, { asOf: "2025-06-30", personIds: ["w39", "m40", "w50", "m51", "m45", "x"] });
    expect(s.personIds).toEqual(["w39", "m40", "w50", "m51", "m45", "x"]);
    expect(s.women).toEqual({ numerator: 2, denominator: 6, ratio: 2 / 6, personIds: ["w39", "w50"], min: 0.25, meets: true });
    expect(s.young).toEqual({ numerator: 1, denominator: 6, ratio: 1 / 6, personIds: ["w39"], min: 0.15, meets: true, underYears: 40 });
    expect(s.ageGroups.map((g) => [g.code, g.personIds, g.meets])).toEqual([
      ["under-40", ["w39"], true],
      ["40-50", ["m40", "w50", "m45"], true],
      ["over-50", ["m51"], null],
    ]);
    expect(s.ageGroups[1]).toMatchObject({ min: 0.4, max: 0.5, ratio: 0.5 });
    expect(s.unknownGender).toEqual(["x"]);
    expect(s.unknownAge).toEqual(["x"]);
  });
  it("takes the committee of an organization on the date", () => {
    const s = planningStructure(ds, { asOf: "2025-06-30", organizationId: "dbx" });
    expect(s.personIds).toEqual(["w39", "m40", "w50", "m51"]);
    expect(s.women.ratio).toBe(0.5);
    expect(s.ageGroups.map((g) => g.numerator)).toEqual([1, 2, 1]);
    // 40–50 at 50% is within "about 40–50%"; a pool where it is 75% is not.
    expect(s.ageGroups[1]!.meets).toBe(true);
    const t = planningStructure(ds, { asOf: "2024-06-30", organizationId: "dbx" });
    expect(t.personIds).toEqual(["w39", "m40", "w50", "m51", "m45"]);
  });
  it("uses the age limit of the level, and the month-end rule for 29 February", () => {
    const pool = { asOf: "2025-06-30", personIds: ["m44", "m45", "m40"] } as const;
    expect(planningStructure(ds, pool).young.personIds).toEqual([]);
    // Central planning: "young" is under 45.
    expect(planningStructure(ds, { ...pool, level: "central" }).young.personIds).toEqual(["m40", "m44"]);
    // Born 29 February 1988: 37 on 28 February 2025 (as for party age and due dates), not before.
    const bands = { ...THREE_AGE_GROUPS_CT_35_2019, groups: [{ code: "36", fromYears: 36, toYears: 36 }, { code: "37+", fromYears: 37 }] };
    expect(planningStructure(ds, { asOf: "2025-02-28", personIds: ["leap"], ageGroups: bands }).ageGroups.map((g) => g.numerator)).toEqual([0, 1]);
    expect(planningStructure(ds, { asOf: "2025-02-27", personIds: ["leap"], ageGroups: bands }).ageGroups.map((g) => g.numerator)).toEqual([1, 0]);
    // In a leap year, on 29 February itself.
    expect(planningStructure(ds, { asOf: "2028-02-28", personIds: ["leap"], ageGroups: { ...bands, groups: [{ code: "40+", fromYears: 40 }] } }).ageGroups[0]!.numerator).toBe(0);
    expect(planningStructure(ds, { asOf: "2028-02-29", personIds: ["leap"], ageGroups: { ...bands, groups: [{ code: "40+", fromYears: 40 }] } }).ageGroups[0]!.numerator).toBe(1);
  });
  it("reports an empty pool as not applicable, and takes other targets", () => {
    const s = planningStructure(ds, { asOf: "2025-06-30", personIds: [] });
    expect([s.women.ratio, s.women.meets, s.ageGroups[0]!.meets]).toEqual([null, null, null]);
    const strict = planningStructure(ds, { asOf: "2025-06-30", personIds: ["m40", "w39"], rules: { ...PLANNING_QD_50_2022, womenMin: 0.6 } });
    expect(strict.women.meets).toBe(false);
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
    expect(codeOf(() => planningStructure(ds, { asOf: "2025-06-30" }))).toBe("invalid-argument");
    expect(codeOf(() => planningStructure(ds, { asOf: "2025-06-30", personIds: [], organizationId: "dbx" }))).toBe("invalid-argument");
    expect(codeOf(() => planningStructure(ds, { asOf: "2025-06-30", personIds: ["nobody"] }))).toBe("invalid-argument");
    expect(codeOf(() => planningStructure(ds, { asOf: "2025-06-30", organizationId: "nothing" }))).toBe("invalid-argument");
    expect(codeOf(() => planningStructure(ds, { personIds: [] }))).toBe("invalid-argument");
    expect(codeOf(() => planningStructure(ds, { asOf: "2025-06-30", personIds: [], level: "commune" as never }))).toBe("invalid-argument");
  });
});
