import { describe, expect, it } from "vitest";
import {
  applicableScheme,
  BUILT_IN_SCHEMES,
  compileDataset,
  DEFAULT_LEVEL_CATALOG,
  defineScheme,
  FOUR_GRADE_GOOD,
  FOUR_GRADE_STRONG,
  HD_20_2008,
  HD_20_2008_MEMBER,
  HD_27_2014,
  HD_27_2014_MEMBER,
  isGrassrootsError,
  ND_335_2025,
  parseDataset,
  QD_124_2023,
  QD_132_2018,
  QD_366_2025,
  SCHEME_TIMELINE,
  schemeById,
  SCHEMES,
  type Scheme,
} from "../../src/index.js";
import { SCHEME_LEVEL_TABLES } from "../../src/schemes/catalog.js";
import { schemeProblems } from "../../src/schemes/define.js";
import { FACTS } from "../../src/schemes/facts.js";
import { generateDataset } from "../../src/testing/generate.js";

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "object" && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

function expectDeepFrozen(value: unknown, path: string): void {
  if (typeof value !== "object" || value === null) return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [k, v] of Object.entries(value)) expectDeepFrozen(v, `${path}.${k}`);
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

const ALL: readonly Scheme[] = BUILT_IN_SCHEMES;

describe("the built-in schemes", () => {
  it("are the ten listed, with unique ids, and SCHEMES maps each id to its object", () => {
    expect(ALL.map((s) => s.id)).toEqual([
      "qd-366-2025",
      "nd-335-2025",
      "qd-124-2023",
      "qd-132-2018",
      "hd-27-2014",
      "hd-27-2014-member",
      "hd-20-2008",
      "hd-20-2008-member",
      "four-grade-good",
      "four-grade-strong",
    ]);
    expect(Object.keys(SCHEMES).sort()).toEqual(ALL.map((s) => s.id).sort());
    for (const s of ALL) expect(SCHEMES[s.id as keyof typeof SCHEMES]).toBe(s);
  });

  it("have a well-formed shape (the same check as defineScheme)", () => {
    for (const s of ALL) expect(schemeProblems(s), s.id).toEqual([]);
  });

  it("are deeply frozen", () => {
    for (const s of ALL) expectDeepFrozen(s, s.id);
    expectDeepFrozen(SCHEME_TIMELINE, "SCHEME_TIMELINE");
    expectDeepFrozen(FACTS, "FACTS");
  });

  it("list levels best first with tiers 1 to 4", () => {
    for (const s of ALL) {
      const tiers = s.levels.map((l) => l.tier);
      expect(tiers, s.id).toEqual([...tiers].sort((a, b) => a - b));
      expect(new Set(tiers), s.id).toEqual(new Set([1, 2, 3, 4]));
    }
  });

  it("keep the codes the example dataset and the generator use for QĐ 132, 124 and 366", () => {
    for (const s of [QD_366_2025, QD_124_2023, QD_132_2018, ND_335_2025]) {
      expect(s.levels.map((l) => l.code)).toEqual(["excellent", "good", "completed", "not-completed"]);
      expect(s.levels.map((l) => l.label.vi)).toEqual(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"]);
      expect(s.levels.map((l) => l.abbreviations[0])).toEqual(["HTXSNV", "HTTNV", "HTNV", "KHTNV"]);
    }
    const ds = generateDataset({ scale: "commune", seed: 3 });
    const used = new Set(ds.ratings.map((r) => `${r.scheme}:${r.level}`));
    for (const u of used) {
      const [id, level] = u.split(":") as [string, string];
      expect(SCHEMES[id as keyof typeof SCHEMES].levels.some((l) => l.code === level), u).toBe(true);
    }
  });

  it("have the labels of DOMAIN.md for the schemes before 2018 and the four-grade scales", () => {
    expect(HD_27_2014.levels.map((l) => l.label.vi)).toEqual(["Trong sạch, vững mạnh tiêu biểu", "Trong sạch, vững mạnh", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Yếu kém"]);
    expect(HD_20_2008.levels.map((l) => l.code)).toEqual(HD_27_2014.levels.map((l) => l.code));
    expect(HD_27_2014_MEMBER.levels.map((l) => l.label.vi)).toEqual([
      "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ",
      "Đủ tư cách, hoàn thành tốt nhiệm vụ",
      "Đủ tư cách, hoàn thành nhiệm vụ",
      "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ",
    ]);
    expect(HD_20_2008_MEMBER.levels).toEqual(HD_27_2014_MEMBER.levels);
    expect(FOUR_GRADE_GOOD.levels.map((l) => l.label.vi)).toEqual(["Tốt", "Khá", "Trung bình", "Yếu"]);
    expect(FOUR_GRADE_STRONG.levels.map((l) => l.label.vi)).toEqual(["Vững mạnh", "Khá", "Trung bình", "Yếu"]);
    expect(HD_27_2014.levels[0]!.refines).toBe("clean-strong");
  });

  it("carry the numbers of the rule table (R1–R17)", () => {
    // R1, R17: bands 90 / 70 / 50.
    for (const s of [QD_366_2025, ND_335_2025]) {
      expect(s.score).toEqual({ min: 0, max: 100 });
      expect(s.levels.map((l) => l.band)).toEqual([{ min: 90 }, { min: 70, below: 90 }, { min: 50, below: 70 }, { below: 50 }]);
    }
    // R2: ≥ 30% exceeded; R4: ≤ 20% behind schedule.
    const exceeded = QD_366_2025.levels[0].requires.find((r) => r.fact === "tasksExceeded");
    expect(exceeded?.value).toEqual([30, 100]);
    expect(QD_366_2025.levels[2].requires.find((r) => r.fact === "tasksBehindSchedule")).toMatchObject({ op: "<=", value: [20, 100] });
    // R5 (unconfirmed), R6, R11, R17: 20% of HTT.
    expect(QD_366_2025.quotas[0]).toMatchObject({ share: [20, 100], baseLevel: "good", base: "level", confirmed: false });
    expect(QD_124_2023.quotas[0]).toMatchObject({ share: [20, 100], baseLevel: "good", per: "similar-group" });
    expect(QD_132_2018.quotas[0]).toMatchObject({ share: [20, 100], per: "grassroots-organization", subjects: ["individual", "leader"] });
    expect(ND_335_2025.quotas[0]).toMatchObject({ share: [20, 100], per: "agency-and-similar-group" });
    // R7: individual ≥ 50% exceeded under QĐ 124.
    expect(QD_124_2023.levels[0].requires.find((r) => r.fact === "tasksExceeded")).toMatchObject({ value: [50, 100], subjects: ["individual", "leader"] });
    // R8: > 20% of subordinate units disciplined.
    expect(QD_124_2023.forcing.find((f) => f.when[0].fact === "subordinatesDisciplined")?.when[0]).toMatchObject({ op: ">", value: [20, 100] });
    // R10: suspended and < 6 months.
    expect(QD_124_2023.exclusions.map((e) => e.when[0])).toEqual([
      { fact: "suspended", op: "==", value: true },
      { fact: "monthsSinceAdmission", op: "<", value: 6 },
    ]);
    // R12: 100% and 80%; R14: 1/3 and 1/2.
    expect(QD_132_2018.tree.map((t) => t.value)).toEqual([[100, 100], [80, 100], [100, 100], [80, 100]]);
    expect(HD_27_2014.tree.map((t) => [t.parentKinds[0], t.op, t.value])).toEqual([
      ["party-committee", ">", [1, 3]],
      ["party-cell", ">", [1, 2]],
    ]);
    expect(HD_27_2014.forcing.find((f) => f.when[0].fact === "massOrganizationsLowest")?.when[0]).toMatchObject({ op: ">=", value: 2 });
  });

  it("date and source every scheme", () => {
    expect(QD_366_2025.documents[0]).toMatchObject({ number: "366-QĐ/TW", date: "2025-08-30" });
    expect(QD_124_2023.documents[0]).toMatchObject({ number: "124-QĐ/TW", date: "2023-10-04" });
    expect(QD_124_2023.documents[1]).toMatchObject({ number: "25-HD/BTCTW", date: "2023-11-10" });
    expect(QD_132_2018.documents.map((d) => d.date)).toEqual(["2018-03-08", "2018-09-24", "2019-10-18"]);
    expect(HD_27_2014.documents[0]!.date).toBe("2014-09-25");
    expect(HD_20_2008.documents[0]!.date).toBe("2008-10-10");
    expect(ND_335_2025.effectiveFrom).toBe("2026-01-01");
    for (const s of ALL) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const src of s.sources) if (src.url !== undefined) expect(src.url, s.id).toMatch(/^https?:\/\/[^\s]+$/);
      // Every rule's source is one of the scheme's sources.
      const urls = new Set(s.sources.map((x) => x.url));
      const rules = [...(s.forcing ?? []), ...(s.tree ?? []), ...(s.quotas ?? []), ...(s.exclusions ?? []), ...s.levels.flatMap((l) => l.requires ?? [])];
      for (const r of rules) if (r.source !== undefined) expect(urls.has(r.source), `${s.id}: ${r.source}`).toBe(true);
    }
    // Consecutive party schemes hand over without a gap.
    expect(QD_124_2023.effectiveTo).toBe("2025-08-29");
    expect(QD_132_2018.effectiveTo).toBe("2023-10-03");
  });

  it("write Vietnamese in NFC, with the tone mark of -oa, -oe, -uy on the first vowel", () => {
    const all = [...ALL.flatMap((s) => strings(s)), ...strings(FACTS), ...strings(SCHEME_TIMELINE)];
    expect(all.length).toBeGreaterThan(300);
    for (const s of all) {
      expect(s.normalize("NFC"), s).toBe(s);
      // The other placement: a toned second vowel that ends the syllable ("uỷ", "xoá"); "quý" is regular.
      expect(s, s).not.toMatch(/(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/u);
    }
  });

  it("plug into the default level catalog: a wrong level under a known scheme is unknown-level", () => {
    expect(SCHEME_LEVEL_TABLES).toBe(BUILT_IN_SCHEMES);
    for (const s of ALL) expect(DEFAULT_LEVEL_CATALOG.schemes?.[s.id]?.levels.map((l) => l.code)).toEqual(s.levels.map((l) => l.code));
    const e = thrown(() =>
      parseDataset({
        people: [{ id: "p1", name: "Lò Văn A" }],
        ratings: [{ subjectId: "p1", scheme: "qd-366-2025", period: 2025, level: "clean-strong" }],
      }),
    );
    expect(isGrassrootsError(e) && e.issues?.map((i) => [i.path, i.code])).toEqual([["ratings[0].level", "unknown-level"]]);
  });

  it("order level codes best first in the columnar index", () => {
    const ds = parseDataset({
      people: [{ id: "p1", name: "Lò Văn A" }],
      ratings: [
        { subjectId: "p1", scheme: "qd-124-2023", period: 2023, level: "completed" },
        { subjectId: "p1", scheme: "qd-124-2023", period: 2024, level: "excellent" },
      ],
    });
    const ix = compileDataset(ds);
    expect(ix.ratings.levelCodes[0]).toEqual(["excellent", "good", "completed", "not-completed"]);
    expect(Array.from(ix.ratings.level)).toEqual([3, 1]);
  });
});

describe("schemeById", () => {
  it("finds built-in schemes and throws unknown-scheme otherwise", () => {
    expect(schemeById("hd-27-2014")).toBe(HD_27_2014);
    for (const bad of ["", "QD-366-2025", "toString", "__proto__", 366]) {
      const e = thrown(() => schemeById(bad as string));
      expect(isGrassrootsError(e) && e.code, String(bad)).toBe("unknown-scheme");
    }
  });
});

describe("applicableScheme follows DOMAIN.md's timeline", () => {
  // Expected by hand from the timeline table of DOMAIN.md §1.
  const party: Record<number, string | undefined> = {
    2007: undefined,
    2008: "hd-20-2008",
    2013: "hd-20-2008",
    2014: "hd-27-2014",
    2017: "hd-27-2014",
    2018: "qd-132-2018",
    2022: "qd-132-2018",
    2023: "qd-124-2023",
    2024: "qd-124-2023",
    2025: "qd-366-2025",
    2030: "qd-366-2025",
  };
  const member: Record<number, string | undefined> = {
    2007: undefined,
    2008: "hd-20-2008-member",
    2013: "hd-20-2008-member",
    2014: "hd-27-2014-member",
    2017: "hd-27-2014-member",
    2018: "qd-132-2018",
    2023: "qd-124-2023",
    2025: "qd-366-2025",
  };
  it("for party organizations and members", () => {
    for (const [y, id] of Object.entries(party)) {
      for (const k of ["organization", "party-committee", "party-cell", "party-group"] as const) expect(applicableScheme(Number(y), k)?.id, `${y} ${k}`).toBe(id);
    }
    for (const [y, id] of Object.entries(member)) expect(applicableScheme(Number(y), "person")?.id, y).toBe(id);
  });
  it("for governments, the Front and mass organizations", () => {
    for (const k of ["people-committee", "people-council", "fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union", "trade-union"] as const) {
      expect(applicableScheme(2007, k), k).toBeUndefined();
      expect(applicableScheme(2013, k)?.id, k).toBe("four-grade-good");
      expect(applicableScheme(2017, k)?.id, k).toBe("four-grade-good");
      expect(applicableScheme(2018, k)?.id, k).toBe("qd-132-2018");
      expect(applicableScheme(2024, k)?.id, k).toBe("qd-124-2023");
      expect(applicableScheme(2025, k)?.id, k).toBe("qd-366-2025");
    }
    expect(applicableScheme(2016, "other")).toBeUndefined();
    expect(applicableScheme(2019, "other")?.id).toBe("qd-132-2018");
  });
  it("for civil servants", () => {
    expect(applicableScheme(2025, "civil-servant")).toBeUndefined();
    expect(applicableScheme(2026, "civil-servant")).toBe(ND_335_2025);
  });
  it("rejects a bad year or subject", () => {
    for (const [y, k] of [[2020.5, "person"], [2020, "cadre"], [Number.NaN, "person"]] as const) {
      const e = thrown(() => applicableScheme(y, k as "person"));
      expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    }
  });
  it("agrees with every scheme's own assessment years", () => {
    for (const e of SCHEME_TIMELINE) {
      const s = schemeById(e.scheme);
      expect(e.from >= s.assessmentYears.from, e.scheme).toBe(true);
      if (s.assessmentYears.to !== undefined) expect(e.to !== undefined && e.to <= s.assessmentYears.to, e.scheme).toBe(true);
    }
  });
});

describe("defineScheme", () => {
  it("returns a frozen copy and leaves the input alone", () => {
    const input = { ...FOUR_GRADE_STRONG, id: "my-scale", levels: FOUR_GRADE_STRONG.levels.map((l) => ({ ...l })) };
    const s = defineScheme(input);
    expect(s).not.toBe(input);
    expect(Object.isFrozen(input)).toBe(false);
    expectDeepFrozen(s, "s");
    expect(s.levels.map((l) => l.code)).toEqual(["strong", "fair", "average", "weak"]);
  });

  it("reports every problem at once", () => {
    const bad = {
      ...QD_366_2025,
      id: "bad",
      levels: [
        { ...QD_366_2025.levels[0], code: "a", band: { min: 85 } },
        { ...QD_366_2025.levels[1], code: "a", tier: 1 },
        { ...QD_366_2025.levels[2], tier: 0, requires: [{ fact: "tasksExceeded", op: "==", value: true }] },
        { ...QD_366_2025.levels[3], label: { vi: "", en: "x" } },
      ],
      quotas: [{ ...QD_366_2025.quotas[0], level: "nope" }],
    };
    const e = thrown(() => defineScheme(bad as unknown as Scheme));
    expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    const m = (e as Error).message;
    for (const part of [
      'code "a" is used twice',
      "levels[2].tier must be a whole number",
      '"tasksExceeded" is a share',
      "levels[3].label",
      "must end below 85",
      "quotas[0].level must be a level code",
    ]) {
      expect(m).toContain(part);
    }
  });

  it("rejects bands that leave a gap, a custom fact without words, and a tree rule on an unknown child level", () => {
    const gap = { ...ND_335_2025, id: "gap", levels: [ND_335_2025.levels[0], { ...ND_335_2025.levels[1], band: { min: 70, below: 85 } }, ND_335_2025.levels[2], ND_335_2025.levels[3]] };
    expect(schemeProblems(gap).join()).toContain("must end below 90");
    const custom = { ...ND_335_2025, id: "c", forcing: [{ level: "not-completed", when: [{ fact: "late", op: ">", value: 3 }] }] };
    expect(schemeProblems(custom).join()).toContain('"late" is not a built-in fact');
    expect(schemeProblems({ ...custom, forcing: [{ level: "not-completed", when: [{ fact: "late", op: ">", value: 3, label: { vi: "số lần chậm", en: "times late" } }] }] })).toEqual([]);
    const tree = { ...HD_27_2014, id: "t", tree: [{ ...HD_27_2014.tree[1], childLevel: "weak" }] };
    expect(schemeProblems(tree).join()).toContain('childLevel "weak" is not a level of hd-27-2014-member');
    expect(schemeProblems(null)).toEqual(["expected a scheme object, got null"]);
  });
});
