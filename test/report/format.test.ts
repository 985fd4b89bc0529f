import { describe, expect, it } from "vitest";
import { buildReport, en, formatReport, isGrassrootsError, parseDataset, vi, type Report } from "../../src/index.js";
import { generateDataset } from "../../src/testing/index.js";
import { formatDecimal, formatInteger, formatPercent, formatPoints, NUMBER_STYLES } from "../../src/report/numbers.js";
import { smallDistrict, smallDistrictInput, tagsBalanced } from "./fixture.js";

const report = buildReport(smallDistrict(), { asOf: "2023-06-30", compareTo: "2013-06-30" });

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("number formatting", () => {
  const { vi: v, en: e } = NUMBER_STYLES;
  it("groups thousands with a dot in Vietnamese, a comma in English", () => {
    expect(formatInteger(1900, v)).toBe("1.900");
    expect(formatInteger(1900, e)).toBe("1,900");
    expect(formatInteger(5_600_000, v)).toBe("5.600.000");
    expect(formatInteger(999, v)).toBe("999");
    expect(formatInteger(-1234, e)).toBe("-1,234");
    expect(formatInteger(0, e)).toBe("0");
  });
  it("writes percentages with one decimal (a zero decimal left out) and the language's decimal mark", () => {
    expect(formatPercent(0.389, v)).toBe("38,9%");
    expect(formatPercent(0.389, e)).toBe("38.9%");
    expect(formatPercent(0.43, v)).toBe("43%");
    expect(formatPercent(1, v)).toBe("100%");
    expect(formatPercent(20 / 70, v)).toBe("28,6%");
    expect(formatPercent(0.1645, v)).toBe("16,5%");
    expect(formatPercent(0.9999, v)).toBe("100%");
    expect(formatPercent(null, v)).toBe("–");
    expect(formatPercent(12.345, e)).toBe("1,234.5%");
  });
  it("rounds half away from zero on the decimal value", () => {
    expect(formatDecimal(16.45, 1, e)).toBe("16.5");
    expect(formatPercent(0.1645, e)).toBe("16.5%");
    expect(formatDecimal(0.05, 1, e)).toBe("0.1");
    expect(formatDecimal(-0.05, 1, e)).toBe("-0.1");
    expect(formatDecimal(-0.04, 1, e)).toBe("0.0");
    expect(formatDecimal(2.5, 0, e)).toBe("3");
  });
  it("signs changes in percentage points", () => {
    expect(formatPoints(0.25, v)).toBe("+25");
    expect(formatPoints(-0.75, e)).toBe("-75");
    expect(formatPoints(0.1234, e)).toBe("+12.3");
    expect(formatPoints(0, e)).toBe("0");
    expect(formatPoints(-0.0001, e)).toBe("0");
  });
});

describe("formatReport: text", () => {
  const text = formatReport(report);
  const lines = text.split("\n");
  it("is Vietnamese by default, with the title, both dates and the change", () => {
    expect(lines[0]).toBe("BÁO CÁO HỆ THỐNG CHÍNH TRỊ CƠ SỞ — HUYỆN THỬ");
    expect(text).toContain("Số liệu ngày 30/06/2023, so sánh với ngày 30/06/2013");
    expect(text).toMatch(/Chỉ tiêu +30\/06\/2013 +30\/06\/2023 +Thay đổi/);
    // Villages without a cell: 3/4 then 0/4, 75 points fewer.
    expect(text).toMatch(/Chưa có chi bộ +3\/4 \(75%\) +0\/4 \(0%\) +-75 điểm %/);
    expect(text).toMatch(/Đảng viên +6 +8 +\+2/);
    expect(text).toContain("b2, b3, b4");
  });
  it("fits in 100 columns and ends with a newline", () => {
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.normalize("NFC")).toBe(text);
  });
  it("aligns the number columns: every row of a table ends at the same column", () => {
    const start = lines.findIndex((l) => l.startsWith("Tổ chức cơ sở đảng"));
    const rows = lines.slice(start, start + 10);
    expect(new Set(rows.map((l) => [...l].length)).size).toBe(1);
  });
  it("is English with en, with English number marks", () => {
    const t = formatReport(report, { locale: "en" });
    expect(t.split("\n")[0]).toBe("GRASSROOTS POLITICAL SYSTEM REPORT — HUYỆN THỬ");
    expect(t).toMatch(/Without a party cell +3\/4 \(75%\) +0\/4 \(0%\) +-75 pp/);
    expect(t).toContain("Figures on 2023-06-30, compared with 2013-06-30");
    expect(formatReport(report, { locale: en })).toBe(t);
    expect(formatReport(report, { locale: vi })).toBe(formatReport(report));
  });
  it("shows one date and no change column without compareTo", () => {
    const t = formatReport(buildReport(smallDistrict(), { asOf: "2023-06-30" }));
    expect(t).toContain("Số liệu ngày 30/06/2023");
    expect(t).not.toContain("Thay đổi");
  });
});

describe("formatReport: markdown", () => {
  const md = formatReport(report, { format: "markdown" });
  it("has headings and GitHub tables", () => {
    expect(md.startsWith("# Báo cáo hệ thống chính trị cơ sở — Huyện Thử\n")).toBe(true);
    expect(md).toContain("## 1. Tổ chức đảng và đảng viên");
    expect(md).toContain("| Chỉ tiêu | 30/06/2013 | 30/06/2023 | Thay đổi |\n| --- | ---: | ---: | ---: |");
    expect(md).toContain("| Đảng viên | 6 | 8 | +2 |");
  });
  it("escapes dataset text that would break a table", () => {
    const input = smallDistrictInput();
    input.units![1] = { ...input.units![1]!, name: "Xã A | B *đậm*" };
    const m = formatReport(buildReport(parseDataset(input), { asOf: "2023-06-30" }), { format: "markdown" });
    expect(m).toContain("Xã A \\| B \\*đậm\\*");
  });
});

describe("formatReport: html", () => {
  const html = formatReport(report, { format: "html" });
  it("is one page with the language, an inline style and inline SVG charts", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain("<style>");
    expect(html).toContain('<meta name="viewport"');
    expect((html.match(/<svg /g) ?? []).length).toBe(3); // coverage, ratings, league
    expect(formatReport(report, { format: "html", locale: "en" })).toContain('<html lang="en">');
  });
  it("references nothing outside itself and runs no script", () => {
    expect(html).not.toMatch(/https?:/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|\bon[a-z]+=/i);
  });
  it("balances its tags", () => {
    expect(tagsBalanced(html)).toBe(true);
    expect(tagsBalanced("<div><span></div></span>")).toBe(false);
  });
  it("escapes every dataset string", () => {
    const input = smallDistrictInput();
    input.units![1] = { ...input.units![1]!, name: `Xã <script>alert("x")</script> & 'y'` };
    const h = formatReport(buildReport(parseDataset(input), { asOf: "2023-06-30", title: "<b>T</b>" }), { format: "html" });
    expect(h).not.toContain("<script>");
    expect(h).not.toContain("<b>T</b>");
    expect(h).toContain("Xã &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    expect(tagsBalanced(h)).toBe(true);
  });
});

describe("formatReport: json and options", () => {
  it("gives the report as indented JSON that parses back to it", () => {
    const json = formatReport(report, { format: "json" });
    expect(json).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const back = JSON.parse(json) as Report;
    expect(back).toEqual(report);
    expect(formatReport(back, { format: "text" })).toBe(formatReport(report));
  });
  it("refuses unknown formats, locales and non-reports", () => {
    for (const f of [
      () => formatReport(report, { format: "pdf" as never }),
      () => formatReport(report, { locale: "fr" as never }),
      () => formatReport({} as never),
      () => formatReport(report, 3 as never),
    ]) {
      const e = thrown(f);
      expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    }
  });
});

describe("formatReport over a synthetic commune", () => {
  const ds = parseDataset(generateDataset({ scale: "commune", seed: 1 }));
  const r = buildReport(ds, { asOf: ds.asOf!, compareTo: "2018-06-30" });
  it("round-trips through JSON", () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it("renders every format and language within the rules", () => {
    for (const locale of ["vi", "en"] as const) {
      const text = formatReport(r, { locale });
      for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
      const html = formatReport(r, { format: "html", locale });
      expect(tagsBalanced(html)).toBe(true);
      expect(html).not.toMatch(/https?:/);
      expect(formatReport(r, { format: "markdown", locale })).toContain("| --- |");
    }
  });
});

describe("formatReport over an empty dataset", () => {
  it("renders every section with nothing in it", () => {
    const r = buildReport(parseDataset({}), { asOf: "2024-06-30", compareTo: "2020-06-30" });
    expect(r.title).toBe("");
    for (const format of ["text", "markdown", "html", "json"] as const) {
      for (const locale of ["vi", "en"] as const) expect(formatReport(r, { format, locale }).length).toBeGreaterThan(100);
    }
    const text = formatReport(r);
    expect(text.split("\n")[0]).toBe("BÁO CÁO HỆ THỐNG CHÍNH TRỊ CƠ SỞ");
    expect(text).toContain("Không có kết quả xếp loại trong giai đoạn.");
    expect(text).toContain("Không có đơn vị cấp xã.");
    expect(tagsBalanced(formatReport(r, { format: "html" }))).toBe(true);
  });
});
