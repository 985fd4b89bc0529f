// The training figures of the Nậm Nhùn report, computed from records of a dataset built to
// match them: in June 2013, 13 cadres below primary school, 96 with no professional training,
// 154 with no political-theory training; ten years later 23 with a master's degree, 51 with
// advanced political theory, and the cadres meeting or exceeding the standard.
import { describe, expect, it } from "vitest";
import { educationProfile, parseDataset, standardization, type DatasetInput } from "../../src/index.js";

const COMMUNES = ["Thị trấn Nậm Nhùn", "Hua Bum", "Mường Mô", "Nậm Chà", "Nậm Hàng", "Nậm Manh", "Pú Đao", "Lê Lợi", "Nậm Pì", "Nậm Ban", "Trung Chải"];
const N = 300;

// Cadre i works in commune i % 11. Cadres 0–10 chair the People's Committee of commune i,
// cadres 11–21 are the party secretaries of commune i − 11, the others are civil servants.
// All hold their post from the district's founding (2012-11-02) on.
//
// Records held in June 2013 (undated, or dated before):
//   general education: 0–4 below primary, 5–8 "3/12", 9–12 "2/10" (13 below primary school),
//                      13–40 "9/12", the rest "12/12"; those below THPT finish it in 2016;
//   professional:      100–195 none (96), the rest trung cấp (2010); everyone has a degree by 2018,
//                      and 200–222 a master's (2019: 23);
//   political theory:  0–153 none (154), the rest sơ cấp (2011); 0–29 cao cấp, 30–40 cử nhân
//                      chính trị, 41–50 cao cấp LLCT – hành chính (2020: 51 at cao cấp rank).
function build(): DatasetInput {
  const units = [
    { id: "nam-nhun", name: "Huyện Nậm Nhùn", kind: "district" as const, foundingDate: "2012-11-02" },
    ...COMMUNES.map((n, k) => ({ id: `x${k}`, name: k === 0 ? n : `Xã ${n}`, kind: "commune" as const, parentId: "nam-nhun" })),
  ];
  const organizations = COMMUNES.flatMap((n, k) => [
    { id: `du${k}`, name: `Đảng bộ ${k === 0 ? n.toLowerCase() : `xã ${n}`}`, kind: "party-committee" as const, level: "grassroots" as const, unitId: `x${k}` },
    { id: `ub${k}`, name: `Ủy ban nhân dân ${k === 0 ? n.toLowerCase() : `xã ${n}`}`, kind: "people-committee" as const, unitId: `x${k}` },
  ]);
  const people = [];
  const posts = [];
  const qualifications = [];
  for (let i = 0; i < N; i++) {
    const id = `c${String(i).padStart(3, "0")}`;
    people.push({ id, name: `Cán bộ ${i}` });
    const k = i % 11;
    if (i < 11) posts.push({ personId: id, role: "chair" as const, organizationId: `ub${i}`, startDate: "2012-11-02" });
    else if (i < 22) posts.push({ personId: id, role: "secretary" as const, organizationId: `du${i - 11}`, startDate: "2012-11-02" });
    else posts.push({ personId: id, role: "civil-servant" as const, organizationId: `ub${k}`, startDate: "2012-11-02" });

    const ge = i < 5 ? "below-primary" : i < 9 ? "3/12" : i < 13 ? "2/10" : i < 41 ? "9/12" : "12/12";
    qualifications.push({ personId: id, scale: "general-education" as const, level: ge });
    if (i < 41) qualifications.push({ personId: id, scale: "general-education" as const, level: "12/12", date: "2016-06" });

    if (i >= 100 && i < 196) qualifications.push({ personId: id, scale: "professional" as const, level: "none" });
    else qualifications.push({ personId: id, scale: "professional" as const, level: "intermediate", date: "2010" });
    qualifications.push({ personId: id, scale: "professional" as const, level: "bachelor", date: "2018-06-30" });
    if (i >= 200 && i < 223) qualifications.push({ personId: id, scale: "professional" as const, level: "master", date: "2019-10" });

    if (i < 154) qualifications.push({ personId: id, scale: "political-theory" as const, level: "none" });
    else qualifications.push({ personId: id, scale: "political-theory" as const, level: "elementary", date: "2011" });
    const advanced = i < 30 ? "advanced" : i < 41 ? "bachelor-politics" : i < 51 ? "advanced-administration" : undefined;
    if (advanced !== undefined) qualifications.push({ personId: id, scale: "political-theory" as const, level: advanced, date: "2020" });
  }
  return { units, organizations, people, posts, qualifications };
}

const ds = parseDataset(build());
const count = (p: ReturnType<typeof educationProfile>, code: string): number | undefined => p.levels.find((l) => l.code === code)?.count;

describe("the Nậm Nhùn training figures, from records", () => {
  it("June 2013: 13 below primary school, 96 without professional training, 154 without political theory", () => {
    const asOf = "2013-06-30";
    const ge = educationProfile(ds, { scale: "general-education", asOf });
    expect(ge.population.count).toBe(300);
    expect(ge.below["primary"]?.numerator).toBe(13);
    expect(count(ge, "below-primary")).toBe(13);
    expect(count(educationProfile(ds, { scale: "professional", asOf }), "none")).toBe(96);
    expect(count(educationProfile(ds, { scale: "political-theory", asOf }), "none")).toBe(154);
    expect(count(educationProfile(ds, { scale: "professional", asOf }), "master")).toBe(0);
  });

  it("ten years later: 23 with a master's degree, 51 with advanced political theory", () => {
    const asOf = "2023-06-30";
    expect(count(educationProfile(ds, { scale: "professional", asOf }), "master")).toBe(23);
    const pt = educationProfile(ds, { scale: "political-theory", asOf });
    expect(count(pt, "advanced")).toBe(51);
    expect(pt.atLeast["advanced"]?.numerator).toBe(51);
    expect(count(educationProfile(ds, { scale: "general-education", asOf }), "below-primary")).toBe(0);
  });

  it("ten years later the cadres meet or exceed the standard of their posts (ND 33/2023)", () => {
    const s = standardization(ds, { asOf: "2023-12-31" });
    expect(s.population.count).toBe(300);
    expect(s.noStandard.count).toBe(0);
    expect(s.below.count).toBe(0);
    expect(s.meetsOrAbove).toMatchObject({ numerator: 300, denominator: 300, ratio: 1 });
    // Above: the 23 masters (all civil servants), and the 11 chairs, whose cao cấp exceeds the
    // trung cấp LLCT their post requires.
    expect(s.above.count).toBe(34);
    expect(s.byRole.chair?.above.count).toBe(11);
    expect(s.byRole["civil-servant"]?.above.count).toBe(23);
    expect(s.byRole.secretary?.meets.count).toBe(11);
  });

  it("in June 2013 most fell short of the QĐ 04/2004 standard that applied to the leaders", () => {
    const s = standardization(ds, { asOf: "2013-06-30" });
    // QĐ 04 here covers the chairs and secretaries (22); civil servants have no standard in it.
    expect(s.judged.count).toBe(22);
    expect(s.noStandard.count).toBe(278);
    // All 22 are among cadres 0–21, who had no political theory in 2013: below on that scale.
    expect(s.scales["political-theory"]?.below.count).toBe(22);
  });
});
