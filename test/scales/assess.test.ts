import { describe, expect, it } from "vitest";
import {
  applicableRequirements,
  assessStandard,
  isGrassrootsError,
  ND_33_2023,
  POSITION_STANDARDS,
  QD_04_2004,
  TWO_TIER_2025,
  type GrassrootsError,
  type PositionStandard,
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

const byId = (id: string): PositionStandard => {
  const s = Object.values(POSITION_STANDARDS)
    .flatMap((set) => set.standards as readonly PositionStandard[])
    .find((x) => x.id === id);
  if (s === undefined) throw new Error(id);
  return s;
};
const chair = byId("nd-33-2023/committee-chair"); // THPT + đại học + trung cấp LLCT

describe("assessStandard", () => {
  it("meets when every required scale is met exactly", () => {
    const a = assessStandard({ "general-education": "upper-secondary", professional: "bachelor", "political-theory": "intermediate" }, chair);
    expect(a.result).toBe("meets");
    expect(a.missing).toEqual([]);
    expect(a.scales.map((s) => [s.scale, s.result])).toEqual([
      ["general-education", "meets"],
      ["professional", "meets"],
      ["political-theory", "meets"],
    ]);
  });

  it("is above when all are met and one is exceeded", () => {
    expect(assessStandard({ "general-education": "12/12", professional: "doctor", "political-theory": "intermediate" }, chair).result).toBe("above");
    // Cao cấp and cử nhân chính trị both exceed trung cấp.
    expect(assessStandard({ "general-education": "12/12", professional: "bachelor", "political-theory": "advanced" }, chair).result).toBe("above");
    expect(assessStandard({ "general-education": "12/12", professional: "bachelor", "political-theory": "bachelor-politics" }, chair).result).toBe("above");
  });

  it("is below when one is below, even if another is exceeded, and says what is missing", () => {
    const a = assessStandard({ "general-education": "11/12", professional: "master", "political-theory": "advanced" }, chair);
    expect(a.result).toBe("below");
    expect(a.missing).toEqual([{ scale: "general-education", required: "upper-secondary", actual: "11/12", result: "below" }]);
  });

  it("treats a missing level as below", () => {
    const a = assessStandard({}, chair);
    expect(a.result).toBe("below");
    expect(a.missing.map((m) => [m.scale, m.actual])).toEqual([
      ["general-education", undefined],
      ["professional", undefined],
      ["political-theory", undefined],
    ]);
    expect(assessStandard({ professional: undefined }, { professional: "none" }).result).toBe("below");
  });

  it("judges cử nhân chính trị as meeting a cao cấp requirement, not exceeding it", () => {
    expect(assessStandard({ "political-theory": "bachelor-politics" }, { "political-theory": "advanced" }).result).toBe("meets");
    expect(assessStandard({ "political-theory": "advanced-administration" }, { "political-theory": "bachelor-politics" }).result).toBe("meets");
    expect(assessStandard({ "political-theory": "intermediate-administration" }, { "political-theory": "advanced" }).result).toBe("below");
  });

  it("judges x/10 grades by the level they complete", () => {
    expect(assessStandard({ "general-education": "10/10" }, { "general-education": "upper-secondary" }).result).toBe("meets");
    expect(assessStandard({ "general-education": "9/10" }, { "general-education": "upper-secondary" }).result).toBe("below");
    expect(assessStandard({ "general-education": "7/10" }, { "general-education": "lower-secondary" }).result).toBe("meets");
    expect(assessStandard({ "general-education": "7/10" }, { "general-education": "primary" }).result).toBe("above");
  });

  it("ignores scales the standard does not require, and meets an empty standard", () => {
    expect(assessStandard({ "state-management": "senior-specialist", professional: "bachelor" }, { professional: "bachelor" }).result).toBe("meets");
    expect(assessStandard({}, {}).result).toBe("meets");
  });

  it("applies the difficult-area allowance while it is in force", () => {
    const cs = byId("nd-33-2023/civil-servant");
    const levels = { "general-education": "upper-secondary", professional: "intermediate" } as const;
    expect(assessStandard(levels, cs).result).toBe("below");
    expect(assessStandard(levels, cs, { difficultArea: true }).result).toBe("meets");
    const cs2025 = byId("two-tier-2025/civil-servant");
    expect(assessStandard(levels, cs2025, { difficultArea: true, asOf: "2030-06-30" }).result).toBe("meets");
    expect(assessStandard(levels, cs2025, { difficultArea: true, asOf: "2030-07-01" }).result).toBe("below");
    expect(assessStandard(levels, cs2025, { difficultArea: true }).result).toBe("meets");
    // A standard without an allowance is unchanged in a difficult area.
    expect(applicableRequirements(chair, { difficultArea: true })).toBe(chair.requirements);
  });

  it("does not change its arguments", () => {
    const levels = Object.freeze({ professional: "college" });
    assessStandard(levels, chair);
    expect(levels).toEqual({ professional: "college" });
  });

  it("throws unknown-scale and unknown-level for bad codes, invalid-argument for bad arguments", () => {
    expect(thrown(() => assessStandard({ literacy: "x" } as never, chair)).code).toBe("unknown-scale");
    expect(thrown(() => assessStandard({ professional: "phd" }, chair)).code).toBe("unknown-level");
    expect(thrown(() => assessStandard({}, { professional: "phd" })).code).toBe("unknown-level");
    expect(thrown(() => assessStandard(null as never, chair)).code).toBe("invalid-argument");
    expect(thrown(() => assessStandard({}, null as never)).code).toBe("invalid-argument");
  });
});

describe("the built-in position standards", () => {
  const all = Object.values(POSITION_STANDARDS).flatMap((set) => set.standards as readonly PositionStandard[]);

  it("are the three sets, with unique ids prefixed by their set", () => {
    expect(Object.keys(POSITION_STANDARDS)).toEqual(["qd-04-2004", "nd-33-2023", "two-tier-2025"]);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const set of Object.values(POSITION_STANDARDS)) for (const s of set.standards) expect(s.id.startsWith(`${set.id}/`)).toBe(true);
  });

  it("are sourced and dated within their set, and frozen", () => {
    for (const set of Object.values(POSITION_STANDARDS)) {
      expect(Object.isFrozen(set)).toBe(true);
      for (const s of set.standards as readonly PositionStandard[]) {
        expect(s.source.length, s.id).toBeGreaterThan(0);
        for (const url of [...s.source, ...set.source]) expect(url).toMatch(/^https?:\/\/\S+$/);
        expect(s.effectiveFrom).toBe(set.effectiveFrom);
        expect(s.effectiveTo).toBe((set as { effectiveTo?: string }).effectiveTo);
        expect(Object.isFrozen(s.requirements)).toBe(true);
        if (!s.confirmed) expect(s.note?.en, s.id).toMatch(/UNCONFIRMED/);
      }
    }
  });

  it("hold the requirements of the rules (R30–R33)", () => {
    const TH = { "general-education": "upper-secondary" };
    expect(byId("nd-33-2023/party-secretary").requirements).toEqual({ ...TH, professional: "bachelor" });
    expect(byId("nd-33-2023/council-chair").requirements).toEqual({ ...TH, professional: "bachelor", "political-theory": "intermediate" });
    expect(byId("nd-33-2023/civil-servant").difficultArea?.requirements).toEqual({ ...TH, professional: "intermediate" });
    expect(byId("qd-04-2004/party-secretary").requirements).toEqual({ ...TH, "political-theory": "intermediate", professional: "intermediate" });
    expect(byId("two-tier-2025/leadership-civil-servant").requirements["political-theory"]).toBe("intermediate");
    expect(ND_33_2023.effectiveFrom).toBe("2023-08-01");
    expect(QD_04_2004.effectiveTo).toBe("2023-07-31");
    expect(TWO_TIER_2025.effectiveFrom).toBe("2025-07-01");
  });

  it("use only level codes of their scales (assessable without error)", () => {
    for (const s of all) {
      expect(() => assessStandard({}, s)).not.toThrow();
      expect(() => assessStandard({}, s, { difficultArea: true })).not.toThrow();
    }
  });

  it("write Vietnamese in NFC with the tone of open -oa, -oe, -uy on the first vowel", () => {
    const text = JSON.stringify(POSITION_STANDARDS);
    expect(text).toBe(text.normalize("NFC"));
    expect(/(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/u.test(text)).toBe(false);
    expect(text).toContain("Ủy ban nhân dân");
  });
});
