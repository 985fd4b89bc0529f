import { describe, expect, it } from "vitest";
import {
  compareLevels,
  GrassrootsError,
  isGrassrootsError,
  levelRank,
  mainLevel,
  mainLevels,
  POLITICAL_THEORY,
  type Scale,
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

describe("compareLevels", () => {
  it("orders each scale as the regulations do", () => {
    const chain = (scale: Parameters<typeof compareLevels>[0], codes: string[]): void => {
      for (let i = 1; i < codes.length; i++) {
        expect(compareLevels(scale, codes[i - 1]!, codes[i]!), `${codes[i - 1]} < ${codes[i]}`).toBe(-1);
        expect(compareLevels(scale, codes[i]!, codes[i - 1]!)).toBe(1);
      }
    };
    chain("general-education", ["below-primary", "primary", "lower-secondary", "upper-secondary"]);
    chain("professional", ["none", "elementary", "intermediate", "college", "bachelor", "master", "doctor"]);
    chain("political-theory", ["none", "elementary", "intermediate", "advanced"]);
    chain("state-management", ["none", "specialist", "principal-specialist", "senior-specialist"]);
  });

  it("treats cử nhân chính trị, cao cấp LLCT – hành chính and cao cấp as equal, and above trung cấp", () => {
    expect(compareLevels("political-theory", "bachelor-politics", "advanced")).toBe(0);
    expect(compareLevels("political-theory", "advanced-administration", "bachelor-politics")).toBe(0);
    expect(compareLevels("political-theory", "bachelor-politics", "intermediate")).toBe(1);
    expect(compareLevels("political-theory", "intermediate-administration", "intermediate")).toBe(0);
    expect(compareLevels("political-theory", "intermediate-administration", "advanced")).toBe(-1);
  });

  it("compares grades with each other and with levels", () => {
    expect(compareLevels("general-education", "12/12", "upper-secondary")).toBe(0);
    expect(compareLevels("general-education", "10/10", "12/12")).toBe(0);
    expect(compareLevels("general-education", "7/10", "9/12")).toBe(0);
    expect(compareLevels("general-education", "8/12", "9/12")).toBe(-1);
    expect(compareLevels("general-education", "4/12", "primary")).toBe(-1);
    expect(compareLevels("general-education", "4/10", "primary")).toBe(0);
    expect(compareLevels("general-education", "3/10", "below-primary")).toBe(0);
  });

  it("accepts a scale object as well as an id", () => {
    expect(compareLevels(POLITICAL_THEORY, "none", "elementary")).toBe(-1);
  });

  it("throws unknown-level for a code off the scale and unknown-scale for an unknown scale", () => {
    const e = thrown(() => compareLevels("political-theory", "bachelor", "advanced"));
    expect(e.code).toBe("unknown-level");
    expect(e.message).toMatch(/^\[grassroots\] compareLevels: "bachelor" is not a level of the scale "political-theory"/);
    expect(thrown(() => compareLevels("literacy" as never, "a", "b")).code).toBe("unknown-scale");
    expect(thrown(() => compareLevels({ id: "literacy" } as never, "a", "b")).code).toBe("unknown-scale");
    expect(thrown(() => compareLevels(null as never, "a", "b")).code).toBe("invalid-argument");
    expect(thrown(() => levelRank("professional", "__proto__")).code).toBe("unknown-level");
  });
});

describe("levelRank, mainLevel, mainLevels", () => {
  it("give ranks and main levels", () => {
    expect(levelRank("professional", "none")).toBe(0);
    expect(levelRank("professional", "doctor")).toBe(6);
    expect(levelRank("professional", "postgraduate")).toBe(levelRank("professional", "master"));
    expect(mainLevel("professional", "postgraduate")).toBe("master");
    expect(mainLevel("political-theory", "advanced-certificate")).toBe("advanced");
    expect(mainLevel("political-theory", "intermediate-administration")).toBe("intermediate");
    expect(mainLevels("general-education")).toEqual(["below-primary", "primary", "lower-secondary", "upper-secondary"]);
    expect(mainLevels("professional")).toEqual(["none", "elementary", "intermediate", "college", "bachelor", "master", "doctor"]);
  });
});

describe("custom scales", () => {
  const level = (code: string, rank: number, equivalentTo?: string): Scale["levels"][number] => ({
    code,
    rank,
    label: { vi: code, en: code },
    abbreviations: [],
    ...(equivalentTo === undefined ? {} : { equivalentTo }),
  });
  const scale = (levels: Scale["levels"]): Scale => ({ ...POLITICAL_THEORY, levels });

  it("work when well formed", () => {
    const s = scale([level("a", 0), level("b", 1), level("b2", 1, "b")]);
    expect(compareLevels(s, "b2", "b")).toBe(0);
    expect(compareLevels(s, "a", "b2")).toBe(-1);
  });

  it.each([
    ["no levels", [], /non-empty array of levels/],
    ["a repeated code", [level("a", 0), level("a", 1)], /"a" appears twice/],
    ["two main levels of one rank", [level("a", 0), level("b", 0)], /rank 0 has two main levels/],
    ["an equivalent of another rank", [level("a", 0), level("b", 1, "a")], /"b" must be equivalent to a main level of the same rank/],
    ["an equivalent of nothing", [level("a", 0), level("b", 0, "z")], /"b" must be equivalent/],
    ["a gap in the ranks", [level("a", 0), level("c", 2)], /rank 1 has no main level/],
    ["a fractional rank", [level("a", 0.5)], /must be an integer from 0 to 100/],
  ])("are rejected with invalid-argument for %s", (_what, levels, message) => {
    const e = thrown(() => compareLevels(scale(levels as Scale["levels"]), "a", "a"));
    expect(e.code).toBe("invalid-argument");
    expect(e.message).toMatch(message);
  });
});
