// The report of the Nậm Nhùn reference dataset, 30 June 2013 → 30 June 2023, shows every figure
// of the news report (report-api.md, DESIGN.md). The expected values are the published figures,
// written out here by hand (approximate ones — "gần 1.900", "khoảng 65%" — are checked at the
// precision the report gives them), not read from the dataset or from the metrics.
import { describe, expect, it } from "vitest";
import { buildReport, formatReport, type Report } from "../../src/index.js";
import { namNhun } from "../../src/testing/index.js";
import { tagsBalanced } from "./fixture.js";

const report = buildReport(namNhun, { asOf: "2023-06-30", compareTo: "2013-06-30" });
const kind = (k: string) => report.coverage.byKind.find((row) => row.kind === k)!;
const rating = (c: string) => report.ratings.distributions.find((d) => d.category === c)!;
const level = (c: string, l: string) => rating(c).levels.find((x) => x.level === l)!;

describe("Nậm Nhùn, June 2013", () => {
  it("20 of 70 villages without a party cell", () => {
    expect(kind("village").withoutCell.compareTo).toMatchObject({ numerator: 20, denominator: 70 });
    expect(kind("village").withoutCell.compareToIds).toHaveLength(20);
  });
  it("11 of 32 schools without enough party members", () => {
    expect(kind("school").notEnoughOfficialMembers.compareTo).toMatchObject({ numerator: 11, denominator: 32 });
    expect(kind("school").notEnoughOfficialMembers.compareToIds).toHaveLength(11);
  });
  it("8 of 11 health stations without a cell", () => {
    expect(kind("health-station").withoutCell.compareTo).toMatchObject({ numerator: 8, denominator: 11 });
  });
  it("cadres: 13 below primary, 96 without professional and 154 without political-theory training, 106 below upper-secondary", () => {
    const t = report.training;
    expect(t.belowPrimary.compareTo?.numerator).toBe(13);
    expect(t.withoutProfessional.compareTo?.numerator).toBe(96);
    expect(t.withoutPoliticalTheory.compareTo?.numerator).toBe(154);
    expect(t.belowUpperSecondary.compareTo?.numerator).toBe(106);
    expect(t.belowPrimary.compareToIds).toHaveLength(13);
  });
});

describe("Nậm Nhùn, June 2023", () => {
  it("every village, school and health station has a cell", () => {
    for (const k of ["village", "school", "health-station"]) {
      expect(kind(k).withCell.asOf.ratio, k).toBe(1);
      expect(kind(k).withoutCell.ids, k).toEqual([]);
    }
  });
  it("50 grassroots organizations, 130 subordinate cells, about 1,900 members", () => {
    expect(report.strength.grassroots.asOf).toBe(50);
    expect(report.strength.subordinateCells.asOf).toBe(130);
    const members = report.strength.members.asOf;
    expect(members).toBeLessThanOrEqual(1900); // "gần 1.900"
    expect(Math.round(members / 100) * 100).toBe(1900);
  });
  it("about 1,100 admitted over the ten years", () => {
    expect([report.admissions.from, report.admissions.to]).toEqual(["2013-07-01", "2023-06-30"]);
    expect(report.admissions.admitted).toBeLessThanOrEqual(1100);
    expect(Math.round(report.admissions.admitted / 100) * 100).toBe(1100);
    expect(report.admissions.years.reduce((s, y) => s + y.admitted, 0)).toBe(report.admissions.admitted);
  });
  it("65% of village heads are party members; about 22% of cell secretaries are also village heads", () => {
    expect(Math.round(report.roles.villageHeadsPartyMembers.asOf.ratio! * 100)).toBe(65);
    expect(Math.round(report.roles.cellSecretariesVillageHeads.asOf.ratio! * 100)).toBe(22);
  });
  it("23 cadres with a master's degree, 51 with advanced political theory", () => {
    expect(report.training.masterOrAbove.asOf.numerator).toBe(23);
    expect(report.training.advancedPoliticalTheory.asOf.numerator).toBe(51);
    expect(report.training.advancedPoliticalTheory.ids).toHaveLength(51);
  });
});

describe("Nậm Nhùn ratings, 2013–2022", () => {
  it("covers the ten years", () => {
    expect([report.ratings.fromYear, report.ratings.toYear]).toEqual([2013, 2022]);
    expect(rating("commune-government").years.map((y) => y.period)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022"]);
  });
  it("100% of commune governments rated good or better", () => {
    expect(level("commune-government", "good").atOrAbove.periodMean).toBe(1);
    expect(level("commune-government", "fair").atOrAbove.ratio).toBe(1);
  });
  it("Front and mass organizations: on average per year 38.9% good, 43% fair, 16.4% average", () => {
    const pct = (x: number | null) => Math.round(x! * 1000) / 10;
    expect(pct(level("front-and-mass", "good").periodMean)).toBe(38.9);
    expect(pct(level("front-and-mass", "fair").periodMean)).toBe(43);
    expect(pct(level("front-and-mass", "average").periodMean)).toBe(16.4);
  });
});

describe("Nậm Nhùn report, formatted", () => {
  const vi = formatReport(report, { locale: "vi" });
  it("shows the figures the Vietnamese way", () => {
    expect(vi).toContain("HUYỆN NẬM NHÙN");
    for (const figure of ["20/70 (28,6%)", "11/32 (34,4%)", "8/11 (72,7%)", "38,9%", "43%", "16,4%", "13/308", "96/308", "154/308", "106/308"]) {
      expect(vi, figure).toContain(figure);
    }
    expect(vi).toMatch(/Đảng viên +\d{3} +1\.\d{3} +\+\d\.\d{3}/);
    expect(vi).toMatch(/Cả giai đoạn +1\.\d{3} /);
    for (const line of vi.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
  });
  it("shows them the English way", () => {
    const en = formatReport(report, { locale: "en" });
    for (const figure of ["20/70 (28.6%)", "38.9%", "16.4%"]) expect(en, figure).toContain(figure);
    expect(en).toMatch(/Party members +\d{3} +1,\d{3}/);
  });
  it("renders an HTML page with no external reference and balanced tags", () => {
    for (const locale of ["vi", "en"] as const) {
      const html = formatReport(report, { format: "html", locale });
      expect(html).not.toMatch(/https?:/);
      expect(html).not.toMatch(/<script|\bsrc=|\bhref=/i);
      expect(tagsBalanced(html)).toBe(true);
      expect((html.match(/<svg /g) ?? []).length).toBe(3);
      expect((html.match(/<svg /g) ?? []).length).toBe((html.match(/<\/svg>/g) ?? []).length);
      expect((html.match(/<table>/g) ?? []).length).toBe((html.match(/<\/table>/g) ?? []).length);
    }
  });
  it("round-trips through JSON", () => {
    const back = JSON.parse(formatReport(report, { format: "json" })) as Report;
    expect(back).toEqual(report);
  });

  for (const locale of ["vi", "en"] as const) {
    for (const [format, ext] of [
      ["text", "txt"],
      ["markdown", "md"],
      ["html", "html"],
      ["json", "json"],
    ] as const) {
      it(`matches the ${format} snapshot in ${locale}`, async () => {
        await expect(formatReport(report, { format, locale })).toMatchFileSnapshot(`./__snapshots__/nam-nhun.${locale}.${ext}`);
      });
    }
  }
});
