import { describe, expect, it } from "vitest";
import { composition, isGrassrootsError, parseDataset } from "../../src/index.js";

// Ages and party ages on 2025-06-30.
const ds = parseDataset({
  organizations: [
    { id: "cb", name: "Chi bộ", kind: "party-cell" },
    { id: "ubnd", name: "UBND xã", kind: "people-committee" },
  ],
  people: [
    { id: "a", name: "A", gender: "female", ethnicity: "Thái", birthDate: "1985-07-01" }, // 39
    { id: "b", name: "B", gender: "male", ethnicity: "Mông", birthDate: "1985-06-30" }, // 40
    { id: "c", name: "C", gender: "male", ethnicity: "Thái", birthDate: "1974-06-30" }, // 51
    { id: "d", name: "D", gender: "male", ethnicity: "Mông", birthDate: "1974" }, // 51 (from 1 January)
    { id: "e", name: "E" }, // nothing known
    { id: "f", name: "F", gender: "female", ethnicity: "Kinh", birthDate: "1990-01-01" }, // not a member
    { id: "g", name: "G", gender: "female", ethnicity: "Dao", birthDate: "1960-02-29" }, // former member
  ],
  memberships: [
    { personId: "a", organizationId: "cb", startDate: "2015-07-01", officialDate: "2016-07-01" }, // party age 9
    { personId: "b", organizationId: "cb", startDate: "2015-06-30", officialDate: "2016-06-30" }, // 10
    // 30 years by the calendar, minus a 1-day gap: 29.
    { personId: "c", organizationId: "cb", startDate: "1995-06-30", officialDate: "1996-06-30", endDate: "2000-01-01", endReason: "transferred" },
    { personId: "c", organizationId: "cb", startDate: "2000-01-03", startReason: "transferred" },
    { personId: "d", organizationId: "cb", startDate: "1985-01-01", officialDate: "1986-01-01" }, // 40
    { personId: "e", organizationId: "cb", startDate: "2025-01-01" }, // 0, probationary
    { personId: "g", organizationId: "cb", startDate: "1980-01-01", officialDate: "1981-01-01", endDate: "2020-01-01", endReason: "died" },
  ],
  posts: [
    { personId: "f", role: "civil-servant", organizationId: "ubnd" },
    { personId: "a", role: "chair", organizationId: "ubnd" },
  ],
  qualifications: [
    { personId: "a", scale: "general-education", level: "upper-secondary", date: "2003" },
    { personId: "b", scale: "general-education", level: "9/12", date: "2001" },
    { personId: "c", scale: "general-education", level: "primary" },
    { personId: "c", scale: "general-education", level: "upper-secondary", date: "2030" },
    { personId: "f", scale: "general-education", level: "12/12", date: "2008" },
  ],
});
const ASOF = "2025-06-30";
const rows = (c: ReturnType<typeof composition>): [string, string[]][] => c.groups.map((g) => [g.code, [...g.ids]]);

describe("composition", () => {
  it("counts party members by gender, with the unknowns apart", () => {
    const c = composition(ds, { asOf: ASOF, by: "gender" });
    expect(c.population.ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(rows(c)).toEqual([
      ["male", ["b", "c", "d"]],
      ["female", ["a"]],
    ]);
    expect(c.unknown).toEqual({ numerator: 1, denominator: 5, ratio: 0.2, ids: ["e"] });
    expect(c.groups[0]!.ratio).toBe(0.6);
  });
  it("orders ethnicities by size, then first appearance", () => {
    expect(rows(composition(ds, { asOf: ASOF, by: "ethnicity" }))).toEqual([
      ["Thái", ["a", "c"]],
      ["Mông", ["b", "d"]],
    ]);
    expect(rows(composition(ds, { asOf: ASOF, by: "ethnicity", population: "everyone" })).map((r) => r[0])).toEqual(["Thái", "Mông", "Kinh", "Dao"]);
  });
  it("uses the three age groups by default, birthdays included", () => {
    const c = composition(ds, { asOf: ASOF, by: "age" });
    expect(rows(c)).toEqual([
      ["under-40", ["a"]],
      ["40-50", ["b"]],
      ["over-50", ["c", "d"]],
    ]);
    expect(c.unknown.ids).toEqual(["e"]);
    const custom = composition(ds, { asOf: ASOF, by: "age", bands: [{ code: "30s", fromYears: 30, toYears: 39 }, { code: "50+", fromYears: 50 }] });
    // b (40) is in no band: counted as unknown.
    expect(rows(custom)).toEqual([
      ["30s", ["a"]],
      ["50+", ["c", "d"]],
    ]);
    expect(custom.unknown.ids).toEqual(["b", "e"]);
  });
  it("counts party age of members on the date, minus gaps", () => {
    const c = composition(ds, { asOf: ASOF, by: "party-age" });
    expect(rows(c)).toEqual([
      ["under-10", ["a", "e"]],
      ["10-19", ["b"]],
      ["20-29", ["c"]],
      ["30-39", []],
      ["40-plus", ["d"]],
    ]);
    // Everyone: the former member and the non-member have no party age on the date.
    expect(composition(ds, { asOf: ASOF, by: "party-age", population: "everyone" }).unknown.ids).toEqual(["f", "g"]);
  });
  it("counts the level reached on a scale by the date, under its main level", () => {
    const c = composition(ds, { asOf: ASOF, by: "education", population: "everyone" });
    const nonEmpty = c.groups.filter((g) => g.numerator > 0).map((g) => [g.code, g.ids]);
    expect(nonEmpty).toEqual([
      ["primary", ["c"]],
      ["lower-secondary", ["b"]],
      ["upper-secondary", ["a", "f"]],
    ]);
    expect(c.unknown.ids).toEqual(["d", "e", "g"]);
    // Every main level is listed, lowest first.
    expect(c.groups[0]!.code).toBe("below-primary");
  });
  it("takes other populations", () => {
    expect(composition(ds, { asOf: ASOF, by: "gender", population: "cadres" }).population.ids).toEqual(["a", "f"]);
    expect(composition(ds, { asOf: ASOF, by: "gender", population: { kind: "party-members", status: "probationary" } }).population.ids).toEqual(["e"]);
    expect(composition(ds, { asOf: ASOF, by: "gender", population: { kind: "people", ids: ["g"] } }).groups[1]!.ids).toEqual(["g"]);
  });
  it("gives null ratios for an empty population", () => {
    const c = composition(ds, { asOf: "1900-01-01", by: "gender" });
    expect(c.population.count).toBe(0);
    expect(c.groups.every((g) => g.ratio === null)).toBe(true);
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
    expect(codeOf(() => composition(ds, { asOf: ASOF, by: "height" as never }))).toBe("invalid-argument");
    expect(codeOf(() => composition(ds, { by: "gender" }))).toBe("invalid-argument");
    expect(codeOf(() => composition(ds, { asOf: ASOF, by: "age", bands: [{ code: "a", fromYears: 40 }, { code: "b", fromYears: 30, toYears: 39 }] }))).toBe("invalid-argument");
    expect(codeOf(() => composition(ds, { asOf: ASOF, by: "age", bands: [{ code: "a", fromYears: 10 }, { code: "b", fromYears: 30 }] }))).toBe("invalid-argument");
    expect(codeOf(() => composition(ds, { asOf: ASOF, by: "age", bands: [] }))).toBe("invalid-argument");
    expect(codeOf(() => composition(ds, { asOf: ASOF, by: "education", scale: "chess" as never }))).toBe("unknown-scale");
    expect(codeOf(() => composition(ds, { asOf: ASOF, by: "gender", population: "aliens" as never }))).toBe("invalid-argument");
  });
});
