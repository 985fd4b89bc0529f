import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  GENERAL_EDUCATION,
  isGrassrootsError,
  parseLevel,
  parseLevelStrict,
  POLITICAL_THEORY,
  PROFESSIONAL,
  STATE_MANAGEMENT,
  suggestLevels,
  type GrassrootsError,
  type Scale,
  type ScaleId,
} from "../../src/index.js";

interface Spelling {
  readonly scale: ScaleId;
  readonly text: string;
  readonly level: string;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/spellings.json", import.meta.url), "utf8")) as Spelling[];

function thrown(f: () => unknown): GrassrootsError {
  try {
    f();
  } catch (e) {
    if (isGrassrootsError(e)) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("the spelling fixture", () => {
  it("has at least 150 real-world spellings on every scale", () => {
    expect(fixture.length).toBeGreaterThanOrEqual(150);
    for (const s of ["general-education", "professional", "political-theory", "state-management"]) {
      expect(fixture.filter((f) => f.scale === s).length, s).toBeGreaterThanOrEqual(15);
    }
    expect(new Set(fixture.map((f) => `${f.scale}|${f.text}`)).size).toBe(fixture.length);
  });

  it("parses 100%", () => {
    const wrong = fixture.filter((f) => parseLevel(f.scale, f.text) !== f.level).map((f) => `${f.scale}: ${f.text} → ${parseLevel(f.scale, f.text)}`);
    expect(wrong).toEqual([]);
  });

  it("parses the same in NFD, in upper and lower case, without diacritics and with extra spaces and punctuation", () => {
    const strip = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    for (const f of fixture) {
      for (const variant of [f.text.normalize("NFD"), f.text.toUpperCase(), f.text.toLowerCase(), strip(f.text), `  ${f.text.replace(/ /g, "   ")} ;`, `"${f.text}"`]) {
        expect(parseLevel(f.scale, variant), `${f.scale}: ${JSON.stringify(variant)}`).toBe(f.level);
      }
    }
  });
});

describe("parseLevel", () => {
  it("reads every code, label and abbreviation of the data back to its own level", () => {
    for (const scale of [GENERAL_EDUCATION, PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT] as Scale[]) {
      for (const l of scale.levels) {
        for (const text of [l.code, l.label.vi, l.label.en, ...l.abbreviations, ...(l.spellings ?? [])]) {
          expect(parseLevel(scale, text), `${scale.id}: ${text}`).toBe(l.code);
        }
      }
    }
  });

  it("keeps what the user wrote: a grade stays a grade, cử nhân stays cử nhân", () => {
    expect(parseLevel("general-education", "9/12")).toBe("9/12");
    expect(parseLevel("general-education", "10/10")).toBe("10/10");
    expect(parseLevel("political-theory", "Cử nhân chính trị")).toBe("bachelor-politics");
    expect(parseLevel("political-theory", "Cao cấp")).toBe("advanced");
  });

  it("reads a bare grade in the 12-year system", () => {
    expect(parseLevel("general-education", "Lớp 7")).toBe("7/12");
    expect(parseLevel("general-education", "Lớp 7 hệ 10 năm")).toBe("7/10");
  });

  it("gives undefined for text that names no level", () => {
    for (const [scale, text] of [
      ["professional", "bằng lái xe"],
      ["professional", ""],
      ["professional", "   "],
      ["professional", "..."],
      ["political-theory", "Đại học Luật"],
      ["general-education", "13/12"],
      ["general-education", "0/12"],
      ["general-education", "11/10"],
      ["state-management", "cán sự"],
      ["general-education", "trình độ"],
    ] as const) {
      expect(parseLevel(scale, text), `${scale}: ${text}`).toBeUndefined();
    }
  });

  it("reads the same word on each scale by that scale (TC is trung cấp on both, CN is cử nhân)", () => {
    expect(parseLevel("professional", "TC")).toBe("intermediate");
    expect(parseLevel("political-theory", "TC")).toBe("intermediate");
    expect(parseLevel("professional", "CN")).toBe("bachelor");
    expect(parseLevel("political-theory", "CN")).toBe("bachelor-politics");
  });

  it("takes the longest known start of a longer text", () => {
    expect(parseLevel("state-management", "Chuyên viên cao cấp (2019)")).toBe("senior-specialist");
    expect(parseLevel("state-management", "Chuyên viên chính 2015")).toBe("principal-specialist");
    expect(parseLevel("professional", "Bác sĩ chuyên khoa II nội")).toBe("doctor");
    expect(parseLevel("professional", "Bác sĩ y học cổ truyền")).toBe("bachelor");
  });

  it("throws on a non-string text and an unknown scale", () => {
    expect(thrown(() => parseLevel("professional", 12 as never)).code).toBe("invalid-argument");
    expect(thrown(() => parseLevel("education" as never, "THPT")).code).toBe("unknown-scale");
  });

  it("reads a custom scale by its own spellings and ignored words", () => {
    const custom: Scale = {
      ...STATE_MANAGEMENT,
      levels: [
        { code: "none", rank: 0, label: { vi: "Chưa", en: "None" }, abbreviations: [] },
        { code: "clerk", rank: 1, label: { vi: "Cán sự", en: "Clerk" }, abbreviations: ["CS"] },
      ],
      ignoredWords: ["ngạch"],
    };
    expect(parseLevel(custom, "Ngạch cán sự")).toBe("clerk");
    expect(parseLevel(custom, "CS")).toBe("clerk");
    expect(parseLevel(custom, "chuyên viên")).toBeUndefined();
  });

  it("gives undefined when a spelling is shared by two levels", () => {
    const custom: Scale = {
      ...STATE_MANAGEMENT,
      levels: [
        { code: "a", rank: 0, label: { vi: "A", en: "A" }, abbreviations: ["X"] },
        { code: "b", rank: 1, label: { vi: "B", en: "B" }, abbreviations: ["X"] },
      ],
    };
    expect(parseLevel(custom, "x")).toBeUndefined();
    expect(parseLevel(custom, "b")).toBe("b");
  });
});

describe("parseLevelStrict and suggestLevels", () => {
  it("returns the level when there is one", () => {
    expect(parseLevelStrict("political-theory", "CC LLCT-HC")).toBe("advanced-administration");
  });

  it("throws unknown-level listing the closest levels", () => {
    const e = thrown(() => parseLevelStrict("professional", "Thac xi"));
    expect(e.code).toBe("unknown-level");
    expect(e.message).toMatch(/^\[grassroots\] parseLevelStrict: no level of the scale "professional" reads "Thac xi"; closest: master \(Thạc sĩ\)/);
    const e2 = thrown(() => parseLevelStrict("state-management", "chuyen vin cao cap"));
    expect(e2.message).toMatch(/closest: senior-specialist \(Chuyên viên cao cấp\), /);
  });

  it("ranks suggestions by edit distance", () => {
    expect(suggestLevels("professional", "tien si", 1)).toEqual(["doctor"]);
    expect(suggestLevels("general-education", "Trung hoc co sơ", 1)).toEqual(["lower-secondary"]);
    expect(suggestLevels("political-theory", "so cap", 2)).toEqual(["elementary", "advanced"]);
    expect(suggestLevels("political-theory", "xyz").length).toBe(3);
  });

  it("rejects a bad limit", () => {
    expect(thrown(() => suggestLevels("professional", "x", 0)).code).toBe("invalid-argument");
    expect(thrown(() => suggestLevels("professional", "x", 1.5)).code).toBe("invalid-argument");
  });
});
