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
  // What each scheme met is worked out once, not once per rating.
  const factsOf = new Map<string, SchemeFacts | null>();
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i]!;
    let f = factsOf.get(r.scheme);
    if (f === undefined) {
      const s = byId.get(r.scheme);
      f = s === undefined ? null : schemeFacts(s);
      factsOf.set(r.scheme, f);
    }
    if (f === null) continue;
    const s = f.scheme;
    const level = r.level;
    const rank = level === undefined ? -1 : (f.rankOf.get(level) ?? -1);
    if (level !== undefined && rank < 0) {
      const list = s.levels.map((l) => l.code).join(", ");
      out.push({
        path: `ratings[${i}].level`,
        code: "unknown-level",
        message: vi ? `Mức "${level}" không có trong ${s.id} (các mức: ${list})` : `Level "${level}" is not a level of ${s.id} (levels: ${list})`,
      });
    }
    const score = r.score;
    if (score !== undefined) {
      const scale = s.score;
      if (scale === undefined || !f.banded) {
        out.push({ path: `ratings[${i}].score`, code: "invalid-value", message: vi ? `${s.id} không chấm điểm; bỏ trường score` : `${s.id} does not score; leave out score` });
      } else if (score < scale.min) {
        out.push({ path: `ratings[${i}].score`, code: "too-small", message: vi ? `Điểm ${num(score, lang)} dưới mức tối thiểu ${scale.min} của ${s.id}` : `Score ${num(score, lang)} is below the minimum ${scale.min} of ${s.id}` });
      } else if (score > scale.max) {
        out.push({ path: `ratings[${i}].score`, code: "too-large", message: vi ? `Điểm ${num(score, lang)} vượt mức tối đa ${scale.max} của ${s.id}` : `Score ${num(score, lang)} is above the maximum ${scale.max} of ${s.id}` });
      } else if (rank >= 0) {
        const band = bandRank(s, score, "validateRatings");
        if (f.mainRank[rank]! < band) {
          const l = s.levels[rank]!;
          const best = quote(s.levels[band]!.label[lang]);
          out.push({
            path: `ratings[${i}].level`,
            code: "invalid-value",
            message: vi
              ? `Mức ${quote(l.label.vi)} cao hơn mức mà ${num(score, lang)} điểm cho phép theo ${s.id} (tối đa ${best})`
              : `Level ${quote(l.label.en)} is better than a score of ${num(score, lang)} allows under ${s.id} (at best ${best})`,
          });
        }
      }
    }
    const person = kinds[i] === 0;
    if (!(person ? f.ratesPeople : f.ratesOrganizations)) {
      const kind = person ? "person" : "organization";
      out.push({
        path: `ratings[${i}].subjectId`,
        code: "invalid-value",
        message: vi
          ? `${s.id} không xếp loại ${kind === "person" ? "cá nhân" : "tổ chức"} (chỉ ${s.appliesTo.subjectKinds.map((k) => (k === "person" ? "cá nhân" : "tổ chức")).join(", ")})`
          : `${s.id} does not rate ${kind === "person" ? "people" : "organizations"} (only ${s.appliesTo.subjectKinds.map((k) => (k === "person" ? "people" : "organizations")).join(", ")})`,
      });
    }
    const period = r.period;
    // A checked year period is its own year; anything else is read by its first four characters.
    const year = typeof period === "number" && Number.isInteger(period) && period >= 1000 && period <= 9999 ? period : Number(String(period).slice(0, 4));
    const y = s.assessmentYears;
    if (year < y.from || (y.to !== undefined && year > y.to)) {
      const span = y.to === undefined ? (vi ? `từ ${y.from}` : `from ${y.from}`) : `${y.from}–${y.to}`;
      out.push({
        path: `ratings[${i}].period`,
        code: "invalid-value",
        message: vi ? `${s.id} áp dụng cho các năm đánh giá ${span}, không cho ${period}` : `${s.id} governs the assessment years ${span}, not ${period}`,
      });
    }
  }
  return out;
}

/** What {@link validateRatings} reads of a scheme for every rating under it. */
interface SchemeFacts {
  readonly scheme: Scheme;
  /** Level code → its (first) index in `scheme.levels`. */
  readonly rankOf: Map<string, number>;
  /** For each level, the index of the level it refines (its own index when it refines none; -1 when that is not a level). */
  readonly mainRank: readonly number[];
  /** Whether some level has a score band. */
  readonly banded: boolean;
  readonly ratesPeople: boolean;
  readonly ratesOrganizations: boolean;
}

function schemeFacts(s: Scheme): SchemeFacts {
  const levels = s.levels;
  const rankOf = new Map<string, number>();
  for (let k = 0; k < levels.length; k++) if (!rankOf.has(levels[k]!.code)) rankOf.set(levels[k]!.code, k);
  const mainRank = levels.map((l, k) => (l.refines === undefined ? k : levels.findIndex((x) => x.code === l.refines)));
  return {
    scheme: s,
    rankOf,
    mainRank,
    banded: levels.some((l) => l.band !== undefined),
    ratesPeople: s.appliesTo.subjectKinds.includes("person"),
    ratesOrganizations: s.appliesTo.subjectKinds.includes("organization"),
  };
}
