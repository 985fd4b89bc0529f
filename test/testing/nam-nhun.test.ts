// The Nậm Nhùn reference dataset: generated deterministically, valid, and computing the news
// report's figures (the reference case of DESIGN.md) through the library's metrics.
// Expected numbers are the published figures, or the model's documented choices (the module
// documentation of src/testing/nam-nhun.ts), written here by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateNamNhun, namNhunModule, serializeNamNhun } from "../../scripts/generate-nam-nhun.js";
import {
  admissions,
  checkDataset,
  educationProfile,
  ND_33_2023,
  parseDataset,
  partyStrength,
  ratingDistribution,
  roleOverlap,
  shareAtOrAbove,
  standardization,
  unitCoverage,
} from "../../src/index.js";
import { NAM_NHUN_JSON } from "../../src/testing/nam-nhun-data.js";
import { NAM_NHUN_FIGURES, namNhun } from "../../src/testing/index.js";

const ds = namNhun;
const T13 = "2013-06-30";
const T23 = "2023-06-30";
const pct = (x: number | null): number => Math.round((x ?? NaN) * 1000) / 10;
const levelCount = (p: ReturnType<typeof educationProfile>, code: string): number | undefined => p.levels.find((l) => l.code === code)?.count;

describe("namNhun: generated, committed, valid", () => {
  const generated = generateNamNhun();

  it("the committed module is exactly what the generator writes", () => {
    const committed = readFileSync(join(import.meta.dirname, "../../src/testing/nam-nhun-data.ts"), "utf8");
    expect(namNhunModule(generated)).toBe(committed);
    expect(JSON.parse(NAM_NHUN_JSON)).toEqual(generated);
  });

  it("the generator is deterministic", () => {
    expect(serializeNamNhun(generateNamNhun())).toBe(serializeNamNhun(generated));
  });

  it("parses: parseDataset accepts it and returns the same records", () => {
    expect(parseDataset(ds)).toEqual(ds);
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(ds)).toBe(true);
    expect(Object.isFrozen(ds.memberships)).toBe(true);
    expect(Object.isFrozen(ds.organizations.find((o) => o.coversUnitIds !== undefined)?.coversUnitIds)).toBe(true);
    expect(() => (ds.people as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it("has no data-quality findings on its own date, in 2013 and at the district's end", () => {
    expect(checkDataset(ds)).toEqual([]);
    expect(checkDataset(ds, { asOf: T13 })).toEqual([]);
    expect(checkDataset(ds, { asOf: "2025-06-30" })).toEqual([]);
  });

  it("keeps a reasonable size (< 3 MB of JSON)", () => {
    expect(Buffer.byteLength(NAM_NHUN_JSON, "utf8")).toBeLessThan(3_000_000);
    expect(NAM_NHUN_JSON).toBe(NAM_NHUN_JSON.normalize("NFC"));
  });
});

describe("namNhun: places and organizations", () => {
  it("11 commune-level units, 70 villages, 32 schools, 11 health stations", () => {
    const count = (kind: string): number => ds.units.filter((u) => u.kind === kind && u.foundingDate === undefined).length;
    expect(count("commune")).toBe(11);
    expect(count("village")).toBe(70);
    expect(count("school")).toBe(32);
    expect(count("health-station")).toBe(11);
    const communes = ds.units.filter((u) => u.kind === "commune" && u.parentId === "nam-nhun").map((u) => u.name);
    expect(communes).toEqual([
      "Thị trấn Nậm Nhùn",
      "Xã Hua Bum",
      "Xã Mường Mô",
      "Xã Nậm Chà",
      "Xã Nậm Hàng",
      "Xã Nậm Manh",
      "Xã Pú Đao",
      "Xã Lê Lợi",
      "Xã Nậm Pì",
      "Xã Nậm Ban",
      "Xã Trung Chải",
    ]);
    expect(new Set(ds.units.filter((u) => u.kind === "village").map((u) => u.name)).size).toBe(70);
  });

  it("the district and its party committee end on 2025-06-30; four new communes start on 2025-07-01", () => {
    const district = ds.units.find((u) => u.kind === "district")!;
    expect([district.name, district.foundingDate, district.dissolutionDate]).toEqual(["Huyện Nậm Nhùn", "2012-11-02", "2025-06-30"]);
    const committee = ds.organizations.find((o) => o.kind === "party-committee" && o.level === "district")!;
    expect([committee.unitId, committee.dissolutionDate]).toEqual(["nam-nhun", "2025-06-30"]);
    const fresh = ds.units.filter((u) => u.foundingDate === "2025-07-01");
    expect(fresh.map((u) => u.name)).toEqual(["Xã Lê Lợi", "Xã Nậm Hàng", "Xã Mường Mô", "Xã Hua Bum"]);
    // On 1 July 2025 only the four new commune committees are in force, with their 8 leaders.
    const s = partyStrength(ds, "2025-07-01");
    expect([s.grassroots.count, s.grassroots.committees.count, s.subordinateCells.count, s.members.count]).toEqual([4, 4, 0, 8]);
    expect(unitCoverage(ds, { asOf: "2025-07-01", unitKinds: ["village"] }).withCell.numerator).toBe(0);
  });
});

describe("June 2013, from records", () => {
  const c = unitCoverage(ds, { asOf: T13 });
  it("20 of 70 villages without a party cell", () => {
    expect(c.byKind.village?.units.count).toBe(70);
    expect(c.byKind.village?.withoutCell.numerator).toBe(20);
  });
  it("11 of 32 schools without enough (3) official party members", () => {
    const s = c.byKind.school!;
    expect(s.units.count).toBe(32);
    expect(s.units.count - s.enoughOfficialMembers.numerator).toBe(11);
    expect(s.withoutCell.numerator).toBe(11);
  });
  it("8 of 11 health stations without a cell", () => {
    expect(c.byKind["health-station"]?.units.count).toBe(11);
    expect(c.byKind["health-station"]?.withoutCell.numerator).toBe(8);
  });

  it("cadres: 13 below primary school, 106 below upper-secondary, 96 without professional training, 154 without political theory", () => {
    const ge = educationProfile(ds, { scale: "general-education", asOf: T13 });
    // The model's choice: 308 cadres (holders of a post in force in the political system).
    expect(ge.population.count).toBe(308);
    expect(ge.noRecord.count).toBe(0);
    expect(ge.below["primary"]?.numerator).toBe(13);
    expect(levelCount(ge, "below-primary")).toBe(13);
    expect(ge.below["upper-secondary"]?.numerator).toBe(106);
    const prof = educationProfile(ds, { scale: "professional", asOf: T13 });
    expect([prof.noRecord.count, levelCount(prof, "none"), levelCount(prof, "master")]).toEqual([0, 96, 0]);
    const pt = educationProfile(ds, { scale: "political-theory", asOf: T13 });
    expect([pt.noRecord.count, levelCount(pt, "none")]).toEqual([0, 154]);
  });

  it("cell secretaries are among the cadres, village heads are not", () => {
    const pop = new Set(educationProfile(ds, { scale: "general-education", asOf: T13 }).population.ids);
    const cellSecretary = ds.posts.find((p) => p.role === "secretary" && p.organizationId?.startsWith("cb-b-") && p.startDate! <= T13 && p.endDate! >= T13)!;
    expect(pop.has(cellSecretary.personId)).toBe(true);
    const heads = ds.posts.filter((p) => p.role === "village-head" && p.startDate! <= T13 && (p.endDate ?? "9999") >= T13).map((p) => p.personId);
    expect(heads.length).toBe(70);
    const holdsOther = new Set(ds.posts.filter((p) => p.organizationId !== undefined).map((p) => p.personId));
    for (const h of heads) if (!holdsOther.has(h)) expect(pop.has(h)).toBe(false);
  });
});

describe("June 2023, from records", () => {
  it("every village, school and health station has a cell", () => {
    const c = unitCoverage(ds, { asOf: T23, unitKinds: ["village", "school", "health-station"], groupBy: "commune" });
    expect([c.withCell.numerator, c.withCell.denominator, c.withCell.ratio]).toEqual([113, 113, 1]);
    expect(c.byKind.village?.jointCell.numerator).toBe(20);
    expect(c.groups.length).toBe(11);
  });

  it("50 grassroots organizations, 130 subordinate cells, about 1,900 members", () => {
    const s = partyStrength(ds, T23);
    expect(s.grassroots.count).toBe(NAM_NHUN_FIGURES.june2023.grassrootsOrganizations);
    expect(s.grassroots.committees.count).toBe(13);
    expect(s.subordinateCells.count).toBe(130);
    // "gần 1.900": the model has 1,890.
    expect(s.members.count).toBe(1890);
    expect(Math.round(s.members.count / 100) * 100).toBe(1900);
    expect(s.checks.cellsBelowMinimum.count).toBe(0);
  });

  it("about 1,100 admitted from July 2013 to June 2023", () => {
    const a = admissions(ds, { from: "2013-07-01", to: T23 });
    // "gần 1.100": the model has 1,090.
    expect(a.admitted.count).toBe(1090);
    expect(a.periods.map((p) => p.period)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]);
    // Members on 2023-06-30 = members on 2013-06-30 + net flows in between.
    expect(partyStrength(ds, T13).members.count + a.net).toBe(1890);
    expect(a.departed.count).toBeGreaterThan(0);
    expect(a.transferredIn.count).toBeGreaterThan(0);
    expect(a.transferredOut.count).toBeGreaterThan(0);
  });

  it("65% of village heads are party members", () => {
    const o = roleOverlap(ds, { asOf: T23, holders: "village-head", also: "party-member" });
    // One of the 70 posts was vacant on the day.
    expect([o.numerator, o.denominator]).toEqual([45, 69]);
    expect(Math.round(o.ratio! * 100)).toBe(65);
  });

  it("about 22% of cell secretaries are also the head of their village", () => {
    const o = roleOverlap(ds, { asOf: T23, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true });
    expect([o.numerator, o.denominator]).toEqual([36, 167]);
    expect(Math.round(o.ratio! * 100)).toBe(22);
  });

  it("cadres: 23 with a master's degree, 51 with advanced political theory", () => {
    const prof = educationProfile(ds, { scale: "professional", asOf: T23 });
    expect(prof.population.count).toBe(378);
    expect(levelCount(prof, "master")).toBe(23);
    expect(prof.atLeast["master"]?.numerator).toBe(23);
    const pt = educationProfile(ds, { scale: "political-theory", asOf: T23 });
    expect(pt.atLeast["advanced"]?.numerator).toBe(51);
  });

  it("most cadres meet or exceed the standards of Nghị định 33/2023", () => {
    const s = standardization(ds, { asOf: "2023-12-31", standards: ND_33_2023 });
    expect(s.judged.count).toBeGreaterThan(150);
    expect(s.meetsOrAbove.ratio).toBeGreaterThan(0.8);
    expect(s.meetsOrAbove.ratio).toBeLessThan(1);
  });
});

describe("ratings, 2013–2022", () => {
  const MASS = ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"] as const;

  it("every commune government rated khá, tốt trở lên (all tốt in the model)", () => {
    const g = ratingDistribution(ds, { subjectKind: "organization", scheme: "four-grade-good", from: 2013, to: 2022, organizationKinds: ["people-committee"] });
    expect(g.rated).toBe(110);
    expect(shareAtOrAbove(g, "fair").ratio).toBe(1);
    expect(shareAtOrAbove(g, "good").ratio).toBe(1);
  });

  it("the commune Front and mass organizations: on average per year 38.9% tốt, 43.0% khá, 16.4% trung bình", () => {
    const d = ratingDistribution(ds, { subjectKind: "organization", scheme: "four-grade-good", from: 2013, to: 2022, organizationKinds: MASS, unitKinds: ["commune"], average: "period-mean" });
    expect(d.levels.map((l) => l.level)).toEqual(["good", "fair", "average", "weak"]);
    expect(d.levels.slice(0, 3).map((l) => pct(l.share))).toEqual([38.9, 43.0, 16.4]);
    // Bodies rated per year: 36 in 2013, more as chapters were founded, all 55 from 2020.
    expect(d.periods.map((p) => p.rated)).toEqual([36, 40, 44, 48, 50, 52, 54, 55, 55, 55]);
  });

  it("party organizations are rated under the scheme in force each year", () => {
    const expected: Record<number, string> = { 2013: "hd-20-2008", 2017: "hd-27-2014", 2018: "qd-132-2018", 2022: "qd-132-2018", 2024: "qd-124-2023" };
    const party = new Set(ds.organizations.filter((o) => o.kind === "party-cell" || o.kind === "party-committee").map((o) => o.id));
    for (const [year, scheme] of Object.entries(expected)) {
      const schemes = new Set(ds.ratings.filter((r) => r.period === Number(year) && party.has(r.subjectId)).map((r) => r.scheme));
      expect([...schemes]).toEqual([scheme]);
    }
  });
});

describe("realism", () => {
  const birth = new Map(ds.people.map((p) => [p.id, p.birthDate!]));
  const addYears = (d: string, n: number): string => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;

  it("every admission at 18 or older; official 12 months after admission", () => {
    let admitted = 0;
    for (const m of ds.memberships) {
      if (m.startReason !== "admitted") continue;
      admitted++;
      expect(m.startDate >= addYears(birth.get(m.personId)!, 18), `${m.personId} admitted on ${m.startDate}`).toBe(true);
      if (m.officialDate !== undefined) expect(m.officialDate).toBe(addYears(m.startDate, 1));
      // No officialDate only when the membership ended before the 12 months were over.
      else expect(m.endDate! < addYears(m.startDate, 1), `${m.personId} has no officialDate`).toBe(true);
    }
    expect(admitted).toBeGreaterThan(1500);
  });

  it("members transferred in were admitted (officialDate − 12 months) at 18 or older", () => {
    const first = new Map<string, (typeof ds.memberships)[number]>();
    for (const m of ds.memberships) if (!first.has(m.personId)) first.set(m.personId, m);
    let transferredIn = 0;
    for (const m of first.values()) {
      if (m.startReason !== "transferred") continue;
      transferredIn++;
      expect(addYears(m.officialDate!, -1) >= addYears(birth.get(m.personId)!, 18)).toBe(true);
    }
    expect(transferredIn).toBeGreaterThan(50);
  });

  it("memberships move between cells (transfers), and some members die or leave", () => {
    expect(ds.memberships.filter((m) => m.endReason === "transferred" && m.endDate! < "2025-06-30").length).toBeGreaterThan(100);
    expect(ds.memberships.filter((m) => m.endReason === "died").length).toBeGreaterThan(10);
  });

  it("names are NFC and distinct; birth dates and genders given", () => {
    for (const p of ds.people) {
      expect(p.name).toBe(p.name.normalize("NFC"));
      expect(p.name.split(" ").length).toBeGreaterThanOrEqual(3);
      expect(["male", "female"]).toContain(p.gender);
    }
    expect(new Set(ds.people.map((p) => p.name)).size).toBe(ds.people.length);
    expect(ds.people.some((p) => p.name === "Trần Quốc Khanh")).toBe(false);
  });

  it("over 90% ethnic minority, from the groups of the area", () => {
    const groups = new Map<string, number>();
    for (const p of ds.people) groups.set(p.ethnicity!, (groups.get(p.ethnicity!) ?? 0) + 1);
    expect([...groups.keys()].sort()).toEqual(["Cống", "Dao", "Hà Nhì", "Khơ Mú", "Kinh", "La Hủ", "Mảng", "Mông", "Si La", "Thái"].sort());
    expect(1 - groups.get("Kinh")! / ds.people.length).toBeGreaterThan(0.9);
  });

  it("every date lies within 1940–2025", () => {
    const dates: string[] = [];
    for (const p of ds.people) dates.push(p.birthDate!);
    for (const m of ds.memberships) dates.push(...[m.startDate, m.officialDate, m.endDate].filter((d): d is string => d !== undefined));
    for (const p of ds.posts) dates.push(...[p.startDate, p.endDate].filter((d): d is string => d !== undefined));
    for (const q of ds.qualifications) if (q.date !== undefined) dates.push(q.date);
    for (const o of ds.organizations) dates.push(...[o.foundingDate, o.dissolutionDate].filter((d): d is string => d !== undefined));
    for (const d of dates) {
      expect(d >= "1940").toBe(true);
      expect(d <= "2025-12-31").toBe(true);
    }
    for (const r of ds.ratings) expect(Number(r.period) >= 2013 && Number(r.period) <= 2024).toBe(true);
  });
});

describe("NAM_NHUN_FIGURES", () => {
  it("are the published figures, frozen", () => {
    expect(Object.isFrozen(NAM_NHUN_FIGURES.june2013.cadres)).toBe(true);
    expect(NAM_NHUN_FIGURES.june2013).toMatchObject({
      date: "2013-06-30",
      villages: { total: 70, withoutCell: 20 },
      schools: { total: 32, withoutEnoughMembers: 11 },
      healthStations: { total: 11, withoutCell: 8 },
      cadres: { belowPrimary: 13, withoutProfessionalTraining: 96, withoutPoliticalTheory: 154, belowUpperSecondary: 106 },
    });
    expect(NAM_NHUN_FIGURES.june2023).toMatchObject({ grassrootsOrganizations: 50, subordinateCells: 130, cadres: { master: 23, advancedPoliticalTheory: 51 } });
    expect(NAM_NHUN_FIGURES.ratings.frontAndMassOrganizations).toEqual({ good: 0.389, fair: 0.43, average: 0.164 });
  });

  it("the dataset reproduces them (approximate ones to the published precision)", () => {
    const f = NAM_NHUN_FIGURES;
    const s = partyStrength(ds, f.june2023.date);
    expect(Math.round(s.members.count / 100) * 100).toBe(f.june2023.members.count);
    expect(Math.round(admissions(ds, { from: f.june2023.admitted.from, to: f.june2023.admitted.to }).admitted.count / 100) * 100).toBe(f.june2023.admitted.count);
    const heads = roleOverlap(ds, { asOf: f.june2023.date, holders: "village-head", also: "party-member" });
    expect(Math.round(heads.ratio! * 100) / 100).toBe(f.june2023.villageHeadsPartyMembers.share);
    const c = unitCoverage(ds, { asOf: f.june2013.date });
    expect(c.byKind.village?.withoutCell.numerator).toBe(f.june2013.villages.withoutCell);
  });
});
