/**
 * Ratings checked against their scheme: level codes, score range, level against score band,
 * subject kind and assessment year.
 * @module
 */
import type { DatasetIssue } from "../_lib/errors.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { BUILT_IN_SCHEMES } from "./catalog.js";
import { checkScheme } from "./define.js";
import { languageOf, num, quote, type LocaleOption } from "./_format.js";
import { bandRank } from "./levels.js";
import type { Scheme } from "./types.js";

/** Options of {@link validateRatings}. */
export interface ValidateRatingsOptions {
  /** Schemes to check against besides the built-in ones (a scheme of your own with the same id replaces the built-in one). */
  readonly schemes?: readonly Scheme[];
  /** Language of messages: `"vi"` (default), `"en"`, or a label pack. */
  readonly locale?: LocaleOption;
}

/**
 * Checks every rating of a dataset against its scheme, when the scheme is built in or given in
 * `options.schemes` (ratings under other schemes are not checked):
 *
 * - the level is a level of the scheme (`unknown-level`);
 * - the score is within the scheme's scale (`too-small`, `too-large`), and the scheme has one
 *   (`invalid-value`);
 * - the level is not better than the score's band allows (`invalid-value`): under QĐ 366, 85
 *   points with "excellent" is inconsistent, while 95 points with "good" is possible (extra
 *   conditions, quota, forcing cases);
 * - the scheme rates that kind of subject (`invalid-value`): HD 27's organization labels are not
 *   for people;
 * - the period's year is one the scheme governs (`invalid-value`): a 2020 rating under QĐ 124 is
 *   a mistake.
 *
 * Issues come in dataset order, each with its path, like `parseDataset`'s.
 *
 * @returns the issues, empty when every rating is consistent
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   people: [{ id: "p1", name: "Lò Văn A" }],
 *   ratings: [
 *     { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: 85, level: "excellent" },
 *     { subjectId: "p1", scheme: "qd-124-2023", period: 2024, level: "good" },
 *   ],
 * });
 * validateRatings(ds, { locale: "en" });
 * //=> [{ path: "ratings[0].level", code: "invalid-value",
 * //      message: "Level “Tasks completed excellently” is better than a score of 85 allows under qd-366-2025 (at best “Tasks completed well”)" }]
 * ```
 */
export function validateRatings(dataset: Dataset, options: ValidateRatingsOptions = {}): DatasetIssue[] {
  const lang = languageOf(options.locale, "validateRatings");
  const byId = new Map<string, Scheme>();
  for (const s of BUILT_IN_SCHEMES) byId.set(s.id, s);
  for (const s of options.schemes ?? []) byId.set(s.id, checkScheme(s, "validateRatings"));
  const ix = datasetIndex(dataset);
  const kinds = ix.ratings.subjectKind;
  const out: DatasetIssue[] = [];
  const ratings = dataset.ratings;
  const vi = lang === "vi";
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i]!;
    const s = byId.get(r.scheme);
    if (s === undefined) continue;
    const at = (field: string): string => `ratings[${i}].${field}`;
    const rank = r.level === undefined ? -1 : s.levels.findIndex((l) => l.code === r.level);
    if (r.level !== undefined && rank < 0) {
      const list = s.levels.map((l) => l.code).join(", ");
      out.push({
        path: at("level"),
        code: "unknown-level",
        message: vi ? `Mức "${r.level}" không có trong ${s.id} (các mức: ${list})` : `Level "${r.level}" is not a level of ${s.id} (levels: ${list})`,
      });
    }
    if (r.score !== undefined) {
      const scale = s.score;
      if (scale === undefined || !s.levels.some((l) => l.band !== undefined)) {
        out.push({ path: at("score"), code: "invalid-value", message: vi ? `${s.id} không chấm điểm; bỏ trường score` : `${s.id} does not score; leave out score` });
      } else if (r.score < scale.min) {
        out.push({ path: at("score"), code: "too-small", message: vi ? `Điểm ${num(r.score, lang)} dưới mức tối thiểu ${scale.min} của ${s.id}` : `Score ${num(r.score, lang)} is below the minimum ${scale.min} of ${s.id}` });
      } else if (r.score > scale.max) {
        out.push({ path: at("score"), code: "too-large", message: vi ? `Điểm ${num(r.score, lang)} vượt mức tối đa ${scale.max} của ${s.id}` : `Score ${num(r.score, lang)} is above the maximum ${scale.max} of ${s.id}` });
      } else if (rank >= 0) {
        const band = bandRank(s, r.score, "validateRatings");
        const l = s.levels[rank]!;
        const main = l.refines === undefined ? rank : s.levels.findIndex((x) => x.code === l.refines);
        if (main < band) {
          const best = quote(s.levels[band]!.label[lang]);
          out.push({
            path: at("level"),
            code: "invalid-value",
            message: vi
              ? `Mức ${quote(l.label.vi)} cao hơn mức mà ${num(r.score, lang)} điểm cho phép theo ${s.id} (tối đa ${best})`
              : `Level ${quote(l.label.en)} is better than a score of ${num(r.score, lang)} allows under ${s.id} (at best ${best})`,
          });
        }
      }
    }
    const kind = kinds[i] === 0 ? "person" : "organization";
    if (!s.appliesTo.subjectKinds.includes(kind)) {
      out.push({
        path: at("subjectId"),
        code: "invalid-value",
        message: vi
          ? `${s.id} không xếp loại ${kind === "person" ? "cá nhân" : "tổ chức"} (chỉ ${s.appliesTo.subjectKinds.map((k) => (k === "person" ? "cá nhân" : "tổ chức")).join(", ")})`
          : `${s.id} does not rate ${kind === "person" ? "people" : "organizations"} (only ${s.appliesTo.subjectKinds.map((k) => (k === "person" ? "people" : "organizations")).join(", ")})`,
      });
    }
    const year = Number(String(r.period).slice(0, 4));
    const y = s.assessmentYears;
    if (year < y.from || (y.to !== undefined && year > y.to)) {
      const span = y.to === undefined ? (vi ? `từ ${y.from}` : `from ${y.from}`) : `${y.from}–${y.to}`;
      out.push({
        path: at("period"),
        code: "invalid-value",
        message: vi ? `${s.id} áp dụng cho các năm đánh giá ${span}, không cho ${r.period}` : `${s.id} governs the assessment years ${span}, not ${r.period}`,
      });
    }
  }
  return out;
}
