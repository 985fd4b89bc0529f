import { describe, expect, it } from "vitest";
import {
  isGrassrootsError,
  levelAt,
  levelCatalog,
  parseDataset,
  POLITICAL_THEORY,
  PROFESSIONAL,
  type DatasetInput,
  type GrassrootsError,
} from "../../src/index.js";

function thrown(f: () => unknown): GrassrootsError {
  try {
    f();
  } catch (e) {
    if (isGrassrootsError(e)) return e;
    throw e;
  }
  throw new Error("did not throw");
}

const person = (id: string): { id: string; name: string } => ({ id, name: `Người ${id}` });

const ds = parseDataset({
  people: ["undated", "dated", "year", "month", "higher", "equiv", "tie", "grade", "empty"].map(person),
  qualifications: [
    { personId: "undated", scale: "political-theory", level: "advanced" },
    { personId: "dated", scale: "political-theory", level: "intermediate", date: "2016-05-20" },
    { personId: "year", scale: "professional", level: "bachelor", date: "2016" },
    { personId: "month", scale: "professional", level: "master", date: "2016-05" },
    // A higher level reached earlier is not lowered by a lower one recorded later.
    { personId: "higher", scale: "political-theory", level: "advanced", date: "2010" },
    { personId: "higher", scale: "political-theory", level: "intermediate", date: "2015" },
    // Equivalent levels: the most recently reached wins; undated counts as the earliest.
    { personId: "equiv", scale: "political-theory", level: "advanced" },
    { personId: "equiv", scale: "political-theory", level: "bachelor-politics", date: "2018-09-01" },
    { personId: "equiv", scale: "political-theory", level: "advanced-administration", date: "2012" },
    // Same rank, same date: the first in dataset order.
    { personId: "tie", scale: "political-theory", level: "bachelor-politics", date: "2019-01-01" },
    { personId: "tie", scale: "political-theory", level: "advanced", date: "2019-01-01" },
    { personId: "grade", scale: "general-education", level: "7/10", date: "1975" },
    { personId: "grade", scale: "general-education", level: "5/12", date: "1970" },
  ],
});

describe("levelAt", () => {
  it("counts an undated qualification at every date", () => {
    for (const d of ["1900-01-01", "2013-06-30", "2099-12-31"]) expect(levelAt(ds, "undated", "political-theory", d)).toBe("advanced");
  });

  it("counts a qualification from its date, not the day before (the day after asOf does not count)", () => {
    expect(levelAt(ds, "dated", "political-theory", "2016-05-19")).toBeUndefined();
    expect(levelAt(ds, "dated", "political-theory", "2016-05-20")).toBe("intermediate");
    expect(levelAt(ds, "dated", "political-theory", "2016-05-21")).toBe("intermediate");
  });

  it("counts a reduced date from the first day of its period", () => {
    expect(levelAt(ds, "year", "professional", "2015-12-31")).toBeUndefined();
    expect(levelAt(ds, "year", "professional", "2016-01-01")).toBe("bachelor");
    expect(levelAt(ds, "month", "professional", "2016-04-30")).toBeUndefined();
    expect(levelAt(ds, "month", "professional", "2016-05-01")).toBe("master");
  });

  it("gives the highest level reached, whatever the order of records", () => {
    expect(levelAt(ds, "higher", "political-theory", "2009-12-31")).toBeUndefined();
    expect(levelAt(ds, "higher", "political-theory", "2014-01-01")).toBe("advanced");
    expect(levelAt(ds, "higher", "political-theory", "2020-01-01")).toBe("advanced");
  });

  it("among equivalent levels (cử nhân vs cao cấp) gives the most recently reached, as recorded", () => {
    expect(levelAt(ds, "equiv", "political-theory", "2011-12-31")).toBe("advanced");
    expect(levelAt(ds, "equiv", "political-theory", "2012-01-01")).toBe("advanced-administration");
    expect(levelAt(ds, "equiv", "political-theory", "2018-08-31")).toBe("advanced-administration");
    expect(levelAt(ds, "equiv", "political-theory", "2018-09-01")).toBe("bachelor-politics");
    expect(levelAt(ds, "tie", "political-theory", "2019-01-01")).toBe("bachelor-politics");
  });

  it("keeps a grade as recorded, the 10-year system included", () => {
    expect(levelAt(ds, "grade", "general-education", "1972-01-01")).toBe("5/12");
    expect(levelAt(ds, "grade", "general-education", "1975-01-01")).toBe("7/10");
  });

  it("gives undefined for no qualification on the scale", () => {
    expect(levelAt(ds, "empty", "political-theory", "2020-01-01")).toBeUndefined();
    expect(levelAt(ds, "undated", "state-management", "2020-01-01")).toBeUndefined();
  });

  it("takes a scale object as well as an id", () => {
    expect(levelAt(ds, "undated", POLITICAL_THEORY, "2020-01-01")).toBe("advanced");
  });

  it("works on a dataset that is not frozen (compiled afresh)", () => {
    const input: DatasetInput = { people: [person("a")], qualifications: [{ personId: "a", scale: "professional", level: "college" }] };
    const plain = { organizations: [], units: [], memberships: [], posts: [], ratings: [], people: input.people!, qualifications: input.qualifications! };
    expect(levelAt(plain, "a", "professional", "2020-01-01")).toBe("college");
  });

  it("does not change the dataset", () => {
    const before = JSON.stringify(ds);
    levelAt(ds, "equiv", "political-theory", "2020-01-01");
    expect(JSON.stringify(ds)).toBe(before);
  });

  it("throws invalid-argument for an unknown person, invalid-date for a bad date, unknown-scale", () => {
    expect(thrown(() => levelAt(ds, "nobody", "professional", "2020-01-01")).code).toBe("invalid-argument");
    expect(thrown(() => levelAt(ds, "year", "professional", "2020-02-30")).code).toBe("invalid-date");
    expect(thrown(() => levelAt(ds, "year", "professional", "2020")).code).toBe("invalid-date");
    expect(thrown(() => levelAt(ds, "year", "literacy" as never, "2020-01-01")).code).toBe("unknown-scale");
  });

  it("throws unknown-level when a record's code is not on the scale (data parsed with another catalog)", () => {
    const catalog = levelCatalog({ scales: [{ id: "professional", levels: [...PROFESSIONAL.levels, { code: "associate" }] }] });
    const other = parseDataset({ people: [person("a")], qualifications: [{ personId: "a", scale: "professional", level: "associate" }] }, { catalog });
    const e = thrown(() => levelAt(other, "a", "professional", "2020-01-01"));
    expect(e.code).toBe("unknown-level");
    expect(e.message).toMatch(/"associate" is not a level of the scale "professional"/);
  });
});
