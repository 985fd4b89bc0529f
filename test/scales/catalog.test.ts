import { describe, expect, it } from "vitest";
import {
  compileDataset,
  DEFAULT_LEVEL_CATALOG,
  GENERAL_EDUCATION,
  isGrassrootsError,
  mainLevel,
  parseDataset,
  POLITICAL_THEORY,
  PROFESSIONAL,
  safeParseDataset,
  SCALE_IDS,
  SCALES,
  STATE_MANAGEMENT,
  type Scale,
} from "../../src/index.js";

const ALL: readonly Scale[] = [GENERAL_EDUCATION, PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT];

/** Every string of a value, recursively. */
function strings(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (typeof x === "object" && x !== null) return Object.values(x).flatMap(strings);
  return [];
}

describe("the built-in scales", () => {
  it("are keyed by their ids, one per scale id of the model", () => {
    expect(Object.keys(SCALES)).toEqual([...SCALE_IDS]);
    for (const id of SCALE_IDS) expect(SCALES[id].id).toBe(id);
  });

  it("keep the canonical level codes, lowest first", () => {
    const main = (s: Scale): string[] => s.levels.filter((l) => l.equivalentTo === undefined).map((l) => l.code);
    expect(main(GENERAL_EDUCATION)).toEqual(["below-primary", "primary", "lower-secondary", "upper-secondary"]);
    expect(main(PROFESSIONAL)).toEqual(["none", "elementary", "intermediate", "college", "bachelor", "master", "doctor"]);
    expect(main(POLITICAL_THEORY)).toEqual(["none", "elementary", "intermediate", "advanced"]);
    expect(main(STATE_MANAGEMENT)).toEqual(["none", "specialist", "principal-specialist", "senior-specialist"]);
  });

  it("give cử nhân chính trị and cao cấp LLCT – hành chính their own codes, ranked with cao cấp", () => {
    const rank = (code: string): number | undefined => POLITICAL_THEORY.levels.find((l) => l.code === code)?.rank;
    expect(rank("bachelor-politics")).toBe(rank("advanced"));
    expect(rank("advanced-administration")).toBe(rank("advanced"));
    expect(rank("advanced-certificate")).toBe(rank("advanced"));
    expect(rank("intermediate-administration")).toBe(rank("intermediate"));
    expect(rank("advanced")!).toBeGreaterThan(rank("intermediate")!);
  });

  it.each(ALL.map((s) => [s.id, s] as const))("%s: ranks ascend, one main level per rank, equivalents point to it", (_id, scale) => {
    const codes = scale.levels.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (let i = 1; i < scale.levels.length; i++) expect(scale.levels[i]!.rank).toBeGreaterThanOrEqual(scale.levels[i - 1]!.rank);
    const ranks = [...new Set(scale.levels.map((l) => l.rank))];
    expect(ranks).toEqual(ranks.map((_, i) => i));
    for (const r of ranks) expect(scale.levels.filter((l) => l.rank === r && l.equivalentTo === undefined)).toHaveLength(1);
    for (const l of scale.levels) {
      if (l.equivalentTo === undefined) continue;
      const main = scale.levels.find((m) => m.code === l.equivalentTo);
      expect(main?.equivalentTo, l.code).toBeUndefined();
      expect(main?.rank, l.code).toBe(l.rank);
    }
  });

  it.each(ALL.map((s) => [s.id, s] as const))("%s: is sourced, dated, labelled and frozen", (_id, scale) => {
    expect(scale.source.length).toBeGreaterThan(0);
    for (const url of scale.source) expect(url).toMatch(/^https?:\/\/\S+$/);
    expect(scale.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(scale.name.vi).not.toBe("");
    for (const l of scale.levels) {
      expect(l.label.vi, l.code).not.toBe("");
      expect(l.label.en, l.code).not.toBe("");
      expect(Array.isArray(l.abbreviations)).toBe(true);
      expect(Object.isFrozen(l)).toBe(true);
      expect(Object.isFrozen(l.label)).toBe(true);
    }
    expect(Object.isFrozen(scale)).toBe(true);
    expect(Object.isFrozen(scale.levels)).toBe(true);
    expect(() => {
      (scale.levels as Scale["levels"][number][]).push(scale.levels[0]!);
    }).toThrow(TypeError);
  });

  it("write Vietnamese in NFC with the tone of open -oa, -oe, -uy on the first vowel", () => {
    const all = ALL.flatMap((s) => strings(s));
    expect(all.filter((s) => /[^\u0000-\u007f]/u.test(s)).length).toBeGreaterThan(100);
    const otherStyle = /(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/u;
    for (const s of all) {
      expect(s, JSON.stringify(s)).toBe(s.normalize("NFC"));
      expect(otherStyle.test(s), s).toBe(false);
    }
    expect(GENERAL_EDUCATION.levels.find((l) => l.code === "upper-secondary")?.label.vi).toBe("Trung học phổ thông");
    expect(POLITICAL_THEORY.levels.find((l) => l.code === "advanced-administration")?.label.vi).toBe("Cao cấp lý luận chính trị – hành chính");
  });
});

describe("grades x/12 and x/10", () => {
  // By hand from the school systems: 12 grades = 5 primary + 4 lower secondary + 3 upper
  // secondary; the former 10-year system = 4 + 3 + 3.
  const expected12 = ["below-primary", "below-primary", "below-primary", "below-primary", "primary", "primary", "primary", "primary",
    "lower-secondary", "lower-secondary", "lower-secondary", "upper-secondary"];
  const expected10 = ["below-primary", "below-primary", "below-primary", "primary", "primary", "primary",
    "lower-secondary", "lower-secondary", "lower-secondary", "upper-secondary"];

  it.each(expected12.map((level, i) => [`${i + 1}/12`, level]))("%s counts as %s", (grade, level) => {
    expect(mainLevel("general-education", grade)).toBe(level);
    expect(GENERAL_EDUCATION.levels.find((l) => l.code === grade)?.grade).toEqual({ completed: Number(grade.split("/")[0]), of: 12 });
  });

  it.each(expected10.map((level, i) => [`${i + 1}/10`, level]))("%s counts as %s", (grade, level) => {
    expect(mainLevel("general-education", grade)).toBe(level);
  });

  it("has no other grade", () => {
    const grades = GENERAL_EDUCATION.levels.filter((l) => l.grade !== undefined).map((l) => l.code);
    expect(grades.sort()).toEqual([...expected12.map((_, i) => `${i + 1}/12`), ...expected10.map((_, i) => `${i + 1}/10`)].sort());
  });
});

describe("dataset validation with the scales plugged in", () => {
  it("accepts every level code, grades and equivalents included", () => {
    const qualifications = ALL.flatMap((s) => s.levels.map((l) => ({ personId: "p", scale: s.id, level: l.code })));
    const r = safeParseDataset({ people: [{ id: "p", name: "Lò Văn A" }], qualifications });
    expect(r.issues).toEqual([]);
  });

  it("reports an unknown level code as an unknown-level issue", () => {
    const r = safeParseDataset({
      people: [{ id: "p", name: "Lò Văn A" }],
      qualifications: [
        { personId: "p", scale: "political-theory", level: "cao-cap" },
        { personId: "p", scale: "general-education", level: "13/12" },
        { personId: "p", scale: "state-management", level: "advanced" },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      ["qualifications[0].level", "unknown-level"],
      ["qualifications[1].level", "unknown-level"],
      ["qualifications[2].level", "unknown-level"],
    ]);
    let error: unknown;
    try {
      parseDataset({ people: [{ id: "p", name: "Lò Văn A" }], qualifications: [{ personId: "p", scale: "professional", level: "ĐH" }] });
    } catch (e) {
      error = e;
    }
    expect(isGrassrootsError(error) && error.code).toBe("invalid-dataset");
    expect(isGrassrootsError(error) && error.issues?.map((i) => i.code)).toEqual(["unknown-level"]);
  });

  it("orders the level codes of the columnar index lowest first", () => {
    expect(DEFAULT_LEVEL_CATALOG.scales?.["political-theory"]).toBe(POLITICAL_THEORY);
    const ds = parseDataset({
      people: [{ id: "p", name: "Lò Văn A" }],
      qualifications: [
        { personId: "p", scale: "professional", level: "doctor" },
        { personId: "p", scale: "professional", level: "none" },
      ],
    });
    const codes = compileDataset(ds).qualifications.levelCodes.professional;
    expect(codes).toEqual(PROFESSIONAL.levels.map((l) => l.code));
    expect(codes.indexOf("none")).toBeLessThan(codes.indexOf("doctor"));
  });
});
