/**
 * `formatReport`: a report as text for a terminal, Markdown, one HTML page, or JSON, in
 * Vietnamese or English.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { en } from "../locale/en.js";
import type { Locale } from "../locale/types.js";
import { vi } from "../locale/vi.js";
import { renderHtml } from "./format-html.js";
import { renderMarkdown } from "./format-markdown.js";
import { renderText } from "./format-text.js";
import { layout } from "./layout.js";
import { REPORT_FORMATS as FORMATS, type FormatOptions, type Report } from "./types.js";


/**
 * A report rendered as `text` (headings and aligned tables, at most 100 columns), `markdown`
 * (GitHub tables), `html` (one self-contained page: inline CSS and SVG charts, no script, no
 * external resource, every dataset string escaped) or `json` (`JSON.stringify(report, null, 2)`
 * and a newline).
 *
 * Numbers are rounded here and only here: percentages to one decimal, a zero decimal left out
 * as the news reports write them (`43%`, `100%`). Vietnamese uses `1.900` and `38,9%`, English
 * `1,900` and `38.9%`, by hand rather than through the machine's locale,
 * so the output is the same everywhere. Changes of shares are in percentage points. Dates are
 * `30/06/2023` in Vietnamese and `2023-06-30` in English.
 *
 * @param report - A report from `buildReport` (or parsed back from its JSON).
 * @param options - `format` (default `"text"`), `locale`: `"vi"` (default), `"en"` or a label
 *   pack (whose `code` picks the report's own words; the pack names the codes).
 * @returns The rendered report, ending with a newline.
 * @throws {GrassrootsError} `invalid-argument` for an unknown format or locale, or a value that
 *   is not a report.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "b1", name: "Bản Nậm Nhùn", kind: "village" }, { id: "b2", name: "Bản Pú Đao", kind: "village" }],
 *   organizations: [{ id: "cb1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", coversUnitIds: ["b1"], foundingDate: "2015" }],
 * });
 * const r = buildReport(ds, { asOf: "2023-06-30", compareTo: "2013-06-30", title: "Xã A" });
 * const text = formatReport(r, { locale: "vi" });
 * text.split("\n")[0];                               //=> "BÁO CÁO HỆ THỐNG CHÍNH TRỊ CƠ SỞ — XÃ A"
 * text.includes("Có chi bộ");                        //=> true
 * text.includes("0/2 (0%)") && text.includes("1/2 (50%)"); //=> true
 * formatReport(r, { format: "markdown", locale: "en" }).startsWith("# Grassroots political system report — Xã A"); //=> true
 * formatReport(r, { format: "html" }).startsWith('<!doctype html>\n<html lang="vi">'); //=> true
 * JSON.parse(formatReport(r, { format: "json" })).asOf;  //=> "2023-06-30"
 * ```
 */
export function formatReport(report: Report, options?: FormatOptions): string {
  if (typeof report !== "object" || report === null || (report as { kind?: unknown }).kind !== "grassroots-report") {
    throw new GrassrootsError("invalid-argument", "formatReport: expected a report from buildReport");
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new GrassrootsError("invalid-argument", "formatReport: options must be an object");
  const format = options?.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) throw new GrassrootsError("invalid-argument", `formatReport: format must be one of ${FORMATS.join(", ")}`);
  const loc = options?.locale ?? "vi";
  let pack: Locale;
  if (loc === "vi") pack = vi;
  else if (loc === "en") pack = en;
  else if (typeof loc === "object" && loc !== null && (loc.code === "vi" || loc.code === "en")) pack = loc;
  else throw new GrassrootsError("invalid-argument", 'formatReport: locale must be "vi", "en" or a label pack such as vi or en');
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  const doc = layout(report, pack.code, pack);
  return format === "text" ? renderText(doc) : format === "markdown" ? renderMarkdown(doc) : renderHtml(doc);
}
