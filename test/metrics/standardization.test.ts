import { describe, expect, it } from "vitest";
import { isGrassrootsError, ND_33_2023, parseDataset, standardization, type GrassrootsError, type PositionStandard } from "../../src/index.js";

function thrown(f: () => unknown): GrassrootsError {
  try {
    f();
  } catch (e) {
    if (isGrassrootsError(e)) return e;
    throw e;
  }
  throw new Error("did not throw");
}

// Commune x1 (ordinary) and x2 (in district d2, a difficult area in some tests). Levels are
// undated (held at every date). By hand, under ND 33/2023 on 2024-06-30:
//   p1 secretary du1 + chair hdnd1   12/12, ĐH, sơ cấp LLCT   → strictest THPT+ĐH+TC LLCT: below (LLCT)
//   p2 chair ubnd1                   12/12, ThS, cao cấp       → above (professional, LLCT)
//   p3 civil servant ubnd1           THPT, trung cấp           → below (professional)
//   p4 civil servant ubnd2 (x2)      THPT, trung cấp           → below; meets in a difficult area
//   p5 civil servant ubnd2 (x2)      11/12, ThS                → below (general education)
//   p6 secretary of a village cell   —                         → no standard
//   p7 vice-chair ubnd1 until 2024-01-01                        → not a cadre on the date
//   p8 chair of the Fatherland Front THPT, ĐH, trung cấp       → meets
//   p9 vice-chair hdnd1              no record                 → below on every scale
const ds = parseDataset({
  asOf: "2024-06-30",
  units: [
    { id: "d1", name: "Huyện Nậm Nhùn", kind: "district" },
    { id: "d2", name: "Huyện Mường Tè", kind: "district" },
    { id: "x1", name: "Xã Nậm Hàng", kind: "commune", parentId: "d1" },
    { id: "x2", name: "Xã Mù Cả", kind: "commune", parentId: "d2" },
  ],
  organizations: [
    { id: "du1", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x1" },
    { id: "cb1", name: "Chi bộ bản Nậm Hàng", kind: "party-cell", level: "branch", parentId: "du1", unitId: "x1" },
    { id: "hdnd1", name: "Hội đồng nhân dân xã Nậm Hàng", kind: "people-council", unitId: "x1" },
    { id: "ubnd1", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x1" },
    { id: "mttq1", name: "Ủy ban Mặt trận Tổ quốc Việt Nam xã Nậm Hàng", kind: "fatherland-front", unitId: "x1" },
    { id: "ubnd2", name: "Ủy ban nhân dân xã Mù Cả", kind: "people-committee", unitId: "x2" },
  ],
  people: ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"].map((id) => ({ id, name: `Lò Văn ${id}` })),
  posts: [
    { personId: "p1", role: "secretary", organizationId: "du1", startDate: "2010" },
    { personId: "p1", role: "chair", organizationId: "hdnd1", startDate: "2010" },
    { personId: "p2", role: "chair", organizationId: "ubnd1", startDate: "2010" },
    { personId: "p3", role: "civil-servant", organizationId: "ubnd1", startDate: "2010" },
    { personId: "p4", role: "civil-servant", organizationId: "ubnd2", startDate: "2010" },
    { personId: "p5", role: "civil-servant", organizationId: "ubnd2", startDate: "2010" },
    { personId: "p6", role: "secretary", organizationId: "cb1", startDate: "2010" },
    { personId: "p7", role: "vice-chair", organizationId: "ubnd1", startDate: "2010", endDate: "2024-01-01" },
    { personId: "p8", role: "chair", organizationId: "mttq1", startDate: "2010" },
    { personId: "p9", role: "vice-chair", organizationId: "hdnd1", startDate: "2010" },
  ],
  qualifications: [
    { personId: "p1", scale: "general-education", level: "12/12" },
    { personId: "p1", scale: "professional", level: "bachelor" },
    { personId: "p1", scale: "political-theory", level: "elementary" },
    { personId: "p2", scale: "general-education", level: "12/12" },
    { personId: "p2", scale: "professional", level: "master" },
    { personId: "p2", scale: "political-theory", level: "advanced" },
    { personId: "p3", scale: "general-education", level: "upper-secondary" },
    { personId: "p3", scale: "professional", level: "intermediate" },
    { personId: "p4", scale: "general-education", level: "upper-secondary" },
    { personId: "p4", scale: "professional", level: "intermediate" },
    { personId: "p5", scale: "general-education", level: "11/12" },
    { personId: "p5", scale: "professional", level: "master" },
    { personId: "p7", scale: "professional", level: "none" },
    { personId: "p8", scale: "general-education", level: "upper-secondary" },
    { personId: "p8", scale: "professional", level: "bachelor" },
    { personId: "p8", scale: "political-theory", level: "intermediate" },
  ],
});

const ids = (x: { ids: readonly string[] } | undefined): readonly string[] | undefined => x?.ids;

describe("standardization", () => {
  const s = standardization(ds, { asOf: "2024-06-30" });

  it("judges each cadre once, against the strictest requirement of their posts", () => {
    expect(s.asOf).toBe("2024-06-30");
    expect(ids(s.population)).toEqual(["p1", "p2", "p3", "p4", "p5", "p6", "p8", "p9"]);
    expect(ids(s.noStandard)).toEqual(["p6"]);
    expect(ids(s.judged)).toEqual(["p1", "p2", "p3", "p4", "p5", "p8", "p9"]);
    expect(ids(s.below)).toEqual(["p1", "p3", "p4", "p5", "p9"]);
    expect(ids(s.meets)).toEqual(["p8"]);
    expect(ids(s.above)).toEqual(["p2"]);
    expect(s.meetsOrAbove).toEqual({ numerator: 2, denominator: 7, ratio: 2 / 7, ids: ["p2", "p8"] });
  });

  it("counts per scale, with the ids below on each", () => {
    expect(Object.keys(s.scales)).toEqual(["general-education", "professional", "political-theory"]);
    const ge = s.scales["general-education"]!;
    expect([ge.required.count, ids(ge.below), ids(ge.meets), ids(ge.above)]).toEqual([7, ["p5", "p9"], ["p1", "p2", "p3", "p4", "p8"], []]);
    const pr = s.scales.professional!;
    expect([ids(pr.below), ids(pr.meets), ids(pr.above)]).toEqual([["p3", "p4", "p9"], ["p1", "p8"], ["p2", "p5"]]);
    const pt = s.scales["political-theory"]!;
    expect([ids(pt.required), ids(pt.below), ids(pt.meets), ids(pt.above)]).toEqual([["p1", "p2", "p8", "p9"], ["p1", "p9"], ["p8"], ["p2"]]);
  });

  it("counts per role, each holder against the standards of that role's posts", () => {
    expect(Object.keys(s.byRole)).toEqual(["secretary", "chair", "vice-chair", "civil-servant"]);
    expect([ids(s.byRole.secretary?.judged), ids(s.byRole.secretary?.meets)]).toEqual([["p1"], ["p1"]]);
    const chair = s.byRole.chair!;
    expect([ids(chair.judged), ids(chair.below), ids(chair.meets), ids(chair.above)]).toEqual([["p1", "p2", "p8"], ["p1"], ["p8"], ["p2"]]);
    expect(ids(s.byRole["vice-chair"]?.below)).toEqual(["p9"]);
    expect(ids(s.byRole["civil-servant"]?.below)).toEqual(["p3", "p4", "p5"]);
  });

  it("counts per standard", () => {
    expect(Object.keys(s.byStandard)).toEqual([
      "nd-33-2023/party-secretary",
      "nd-33-2023/council-chair",
      "nd-33-2023/committee-chair",
      "nd-33-2023/front-chair",
      "nd-33-2023/civil-servant",
    ]);
    expect(ids(s.byStandard["nd-33-2023/party-secretary"]?.meets)).toEqual(["p1"]);
    expect(ids(s.byStandard["nd-33-2023/council-chair"]?.below)).toEqual(["p1", "p9"]);
    expect(ids(s.byStandard["nd-33-2023/committee-chair"]?.above)).toEqual(["p2"]);
    expect(s.byStandard["nd-33-2023/civil-servant"]?.meetsOrAbove.ratio).toBe(0);
  });

  it("applies the difficult-area allowance to organizations in the units given, and under them", () => {
    const d = standardization(ds, { asOf: "2024-06-30", difficultAreas: ["d2"] });
    expect(ids(d.byStandard["nd-33-2023/civil-servant"]?.meets)).toEqual(["p4"]);
    expect(ids(d.below)).toEqual(["p1", "p3", "p5", "p9"]);
    expect(ids(standardization(ds, { asOf: "2024-06-30", difficultAreas: ["x2"] }).meets)).toEqual(["p4", "p8"]);
    expect(ids(standardization(ds, { asOf: "2024-06-30", difficultAreas: true }).meets)).toEqual(["p3", "p4", "p8"]);
    expect(ids(standardization(ds, { asOf: "2024-06-30", difficultAreas: false }).meets)).toEqual(["p8"]);
  });

  it("uses the standard in force on the date, the newest when several regulations match", () => {
    const y2025 = standardization(ds, { asOf: "2025-07-01", difficultAreas: ["d2"] });
    expect(Object.keys(y2025.byStandard)).toContain("two-tier-2025/civil-servant");
    expect(Object.keys(y2025.byStandard)).not.toContain("nd-33-2023/civil-servant");
    expect(ids(y2025.byStandard["two-tier-2025/civil-servant"]?.meets)).toEqual(["p4"]);
    // The 5-year allowance of 2025 ends on 2030-06-30.
    expect(ids(standardization(ds, { asOf: "2030-06-30", difficultAreas: ["d2"] }).byStandard["two-tier-2025/civil-servant"]?.meets)).toEqual(["p4"]);
    expect(ids(standardization(ds, { asOf: "2030-07-01", difficultAreas: ["d2"] }).byStandard["two-tier-2025/civil-servant"]?.below)).toEqual(["p3", "p4", "p5"]);
    // Before ND 33 (in force 2023-08-01): QĐ 04/2004, which has no civil-servant standard here.
    const y2013 = standardization(ds, { asOf: "2023-07-31" });
    expect(Object.keys(y2013.byStandard)).toEqual(["qd-04-2004/party-secretary", "qd-04-2004/council-chair", "qd-04-2004/committee-chair"]);
    // p7 (vice-chair of the People's Committee, still in post) has no QĐ 04 standard here.
    expect(ids(y2013.noStandard)).toEqual(["p3", "p4", "p5", "p6", "p7", "p8"]);
    // p1 under QĐ 04: THPT + trung cấp LLCT + trung cấp professional; has sơ cấp LLCT → below.
    expect(ids(y2013.below)).toEqual(["p1", "p9"]);
    expect(ids(y2013.above)).toEqual(["p2"]);
  });

  it("takes the user's own standards", () => {
    const cellSecretary: PositionStandard = {
      id: "local/cell-secretary",
      name: { vi: "Bí thư chi bộ thôn, bản", en: "Village cell secretary" },
      appliesTo: { roles: ["secretary"], organizationKinds: ["party-cell"] },
      requirements: { "political-theory": "elementary" },
      source: ["https://example.org/quy-dinh"],
      effectiveFrom: "2020-01-01",
      confirmed: true,
    };
    const r = standardization(ds, { standards: [ND_33_2023, cellSecretary] });
    expect(ids(r.noStandard)).toEqual([]);
    expect(ids(r.byStandard["local/cell-secretary"]?.below)).toEqual(["p6"]);
    expect(Object.keys(standardization(ds, { standards: cellSecretary }).byStandard)).toEqual(["local/cell-secretary"]);
  });

  it("counts per commune and per organization, by the posts judged", () => {
    const c = standardization(ds, { groupBy: "commune" });
    expect(c.groups?.map((g) => [g.id, g.judged.ids, g.below.ids])).toEqual([
      ["x1", ["p1", "p2", "p3", "p8", "p9"], ["p1", "p3", "p9"]],
      ["x2", ["p4", "p5"], ["p4", "p5"]],
    ]);
    expect(c.ungrouped?.count).toBe(0);
    const o = standardization(ds, { groupBy: "organization" });
    expect(o.groups?.map((g) => [g.id, g.judged.ids])).toEqual([
      ["du1", ["p1"]],
      ["hdnd1", ["p1", "p9"]],
      ["ubnd1", ["p2", "p3"]],
      ["mttq1", ["p8"]],
      ["ubnd2", ["p4", "p5"]],
    ]);
  });

  it("judges other populations", () => {
    const some = standardization(ds, { population: { kind: "people", ids: ["p2", "p6", "p7"] } });
    expect([ids(some.population), ids(some.judged), ids(some.noStandard)]).toEqual([["p2", "p6", "p7"], ["p2"], ["p6", "p7"]]);
  });

  it("does not change the dataset or the standards", () => {
    const before = JSON.stringify([ds, ND_33_2023]);
    standardization(ds, { groupBy: "commune", difficultAreas: ["d2"] });
    expect(JSON.stringify([ds, ND_33_2023])).toBe(before);
  });

  it("rejects bad options and standards", () => {
    const base: PositionStandard = {
      id: "x/y",
      name: { vi: "X", en: "X" },
      appliesTo: { roles: ["chair"], organizationKinds: ["people-council"] },
      requirements: { professional: "bachelor" },
      source: [],
      effectiveFrom: "2020-01-01",
      confirmed: true,
    };
    const bad = (standards: unknown): string => thrown(() => standardization(ds, { standards: standards as PositionStandard })).code;
    expect(bad({ ...base, appliesTo: { roles: ["pope"], organizationKinds: ["people-council"] } })).toBe("invalid-argument");
    expect(bad({ ...base, appliesTo: { roles: ["chair"], organizationKinds: [] } })).toBe("invalid-argument");
    expect(bad({ ...base, appliesTo: { roles: ["chair"], organizationKinds: ["people-council"], unitKinds: ["town"] } })).toBe("invalid-argument");
    expect(bad({ ...base, requirements: { professional: "phd" } })).toBe("unknown-level");
    expect(bad({ ...base, requirements: { literacy: "x" } })).toBe("unknown-scale");
    expect(bad({ ...base, effectiveFrom: "2020" })).toBe("invalid-argument");
    expect(bad({ ...base, effectiveTo: "2019-12-31" })).toBe("invalid-argument");
    expect(bad({ ...base, difficultArea: { requirements: { professional: "x" }, note: { vi: "", en: "" } } })).toBe("unknown-level");
    expect(bad([base, base])).toBe("invalid-argument");
    expect(bad([null])).toBe("invalid-argument");
    expect(bad({ ...base, id: "" })).toBe("invalid-argument");
    expect(thrown(() => standardization(ds, { difficultAreas: ["nowhere"] })).code).toBe("invalid-argument");
    expect(thrown(() => standardization(ds, { difficultAreas: "d2" as never })).code).toBe("invalid-argument");
    expect(thrown(() => standardization(ds, null as never)).code).toBe("invalid-argument");
    expect(thrown(() => standardization(parseDataset({}))).code).toBe("invalid-argument");
  });
});
