/**
 * Levels of a scheme: lookup, the level of a score, order within a scheme, and comparison across
 * schemes by tier — explicit, never silent.
 *
 * Within a scheme, levels are ordered as listed (best first); a refinement such as "Trong sạch,
 * vững mạnh tiêu biểu" ranks above the level it refines. Across schemes only the tier compares:
 * tier 1 is the top level of each scheme, so 2013's "Trong sạch, vững mạnh" (HD 20) and 2025's
 * "Hoàn thành xuất sắc nhiệm vụ" (QĐ 366) are both tier 1. Equal tiers mean the same rank in
 * their scheme, not the same difficulty: 88% of Đồng Tháp's organizations were "Trong sạch,
 * vững mạnh" in 2012, while "Hoàn thành xuất sắc nhiệm vụ" has been capped at 20% of
 * "Hoàn thành tốt nhiệm vụ" since 2019.
 *
 * | tier | HD 20 / HD 27 organizations | HD 20 / HD 27 members | QĐ 132 / 124 / 366, ND 335 | four-grade scales |
 * |---|---|---|---|---|
 * | 1 | Trong sạch, vững mạnh (tiêu biểu) | Đủ tư cách, hoàn thành xuất sắc nhiệm vụ | Hoàn thành xuất sắc nhiệm vụ | Tốt / Vững mạnh |
 * | 2 | Hoàn thành tốt nhiệm vụ | Đủ tư cách, hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | Khá |
 * | 3 | Hoàn thành nhiệm vụ | Đủ tư cách, hoàn thành nhiệm vụ | Hoàn thành nhiệm vụ | Trung bình |
 * | 4 | Yếu kém | Vi phạm tư cách hoặc không hoàn thành nhiệm vụ | Không hoàn thành nhiệm vụ | Yếu |
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { languageOf, show, type LocaleOption } from "./_format.js";
import { resolveScheme } from "./lookup.js";
import type { LevelOf, Scheme, SchemeLevel } from "./types.js";

/** @internal the position of a level code in its scheme (0 = best), or throws `unknown-level`. */
export function rankOf(scheme: Scheme, code: string, fn: string): number {
  if (typeof code === "string") {
    const levels = scheme.levels;
    for (let i = 0; i < levels.length; i++) if (levels[i]!.code === code) return i;
  }
  throw new GrassrootsError("unknown-level", `${fn}: ${show(code)} is not a level of ${scheme.id} (levels: ${scheme.levels.map((l) => l.code).join(", ")})`);
}

/**
 * A level of a scheme by code.
 *
 * @throws {@link GrassrootsError} `unknown-level` when the scheme has no such level,
 *   `unknown-scheme` for an unknown id
 *
 * @example
 * ```ts
 * schemeLevel(QD_366_2025, "good").label.vi;   //=> "Hoàn thành tốt nhiệm vụ"
 * schemeLevel("hd-27-2014", "weak").tier;      //=> 4
 * ```
 */
export function schemeLevel<S extends Scheme>(scheme: S | string, code: LevelOf<S>): SchemeLevel {
  const s = resolveScheme(scheme, "schemeLevel");
  return s.levels[rankOf(s, code, "schemeLevel")]!;
}

/**
 * The label of a level in a language.
 *
 * @example
 * ```ts
 * levelLabel(HD_27_2014, "clean-strong");         //=> "Trong sạch, vững mạnh"
 * levelLabel(HD_27_2014, "clean-strong", "en");   //=> "Clean and strong"
 * ```
 */
export function levelLabel<S extends Scheme>(scheme: S | string, code: LevelOf<S>, locale?: LocaleOption): string {
  const lang = languageOf(locale, "levelLabel");
  return schemeLevel<Scheme>(scheme, code).label[lang];
}

/**
 * The level a score falls in, by the score bands alone (no extra conditions): what a rating
 * recorded with a score but no level counts as. Bands include their lower end: under QĐ 366,
 * 89.99 is "good" and 90 is "excellent".
 *
 * @throws {@link GrassrootsError} `invalid-argument` when the scheme has no score scale or the
 *   score is not a number within it
 *
 * @example
 * ```ts
 * levelForScore(QD_366_2025, 90);     //=> "excellent"
 * levelForScore(QD_366_2025, 89.99);  //=> "good"
 * levelForScore(QD_366_2025, 50);     //=> "completed"
 * levelForScore(QD_366_2025, 49.99);  //=> "not-completed"
 * ```
 */
export function levelForScore<S extends Scheme>(scheme: S | string, score: number): LevelOf<S> {
  const s = resolveScheme(scheme, "levelForScore");
  return s.levels[bandRank(s, score, "levelForScore")]!.code;
}

/** @internal rank of the band a score falls in (refinements skipped). */
export function bandRank(s: Scheme, score: number, fn: string): number {
  const scale = s.score;
  if (scale === undefined || !s.levels.some((l) => l.band !== undefined)) {
    throw new GrassrootsError("invalid-argument", `${fn}: ${s.id} has no score scale`);
  }
  if (typeof score !== "number" || !Number.isFinite(score) || score < scale.min || score > scale.max) {
    throw new GrassrootsError("invalid-argument", `${fn}: a score under ${s.id} is a number from ${scale.min} to ${scale.max}, got ${show(score)}`);
  }
  const levels = s.levels;
  let last = -1;
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i]!;
    if (l.refines !== undefined) continue;
    last = i;
    if (l.band?.min === undefined || score >= l.band.min) return i;
  }
  return last;
}

/**
 * Compares two levels of one scheme: positive when `a` is better than `b`, negative when worse,
 * 0 when equal (so sorting with it puts the worst first). A refinement ranks above the level it
 * refines.
 *
 * @throws {@link GrassrootsError} `unknown-level` for a code that is not a level of the scheme
 *
 * @example
 * ```ts
 * compareSchemeLevels(QD_366_2025, "excellent", "good") > 0;   //=> true
 * compareSchemeLevels(QD_366_2025, "completed", "good") < 0;   //=> true
 * ["good", "not-completed", "excellent"].sort((a, b) => compareSchemeLevels(QD_124_2023, b, a));
 * //=> ["excellent", "good", "not-completed"]
 * ```
 */
export function compareSchemeLevels<S extends Scheme>(scheme: S | string, a: LevelOf<S>, b: LevelOf<S>): number {
  const s = resolveScheme(scheme, "compareSchemeLevels");
  return rankOf(s, b, "compareSchemeLevels") - rankOf(s, a, "compareSchemeLevels");
}

/**
 * A level together with its scheme, tier and rank: the only values {@link compareRated} and
 * {@link compareByTier} take, so a level never travels without its scheme.
 */
export interface RatedLevel<Id extends string = string, L extends string = string> {
  readonly scheme: Id;
  readonly level: L;
  /** 1 = top. */
  readonly tier: number;
  /** Position in the scheme, 0 = best. */
  readonly rank: number;
}

/**
 * A level of a scheme as a {@link RatedLevel}. With a built-in scheme the level must be one of
 * its codes at compile time too.
 *
 * @example
 * ```ts
 * rated(HD_20_2008, "clean-strong"); //=> { scheme: "hd-20-2008", level: "clean-strong", tier: 1, rank: 1 }
 * ```
 */
export function rated<S extends Scheme>(scheme: S, level: LevelOf<S>): RatedLevel<S["id"], LevelOf<S>> {
  const s = resolveScheme(scheme, "rated");
  const rank = rankOf(s, level, "rated");
  return Object.freeze({ scheme: s.id, level, tier: s.levels[rank]!.tier, rank });
}

/**
 * Compares two rated levels of the same scheme (positive when `a` is better). Levels of different
 * schemes do not type-check when the schemes are literals, and throw otherwise: compare them
 * with {@link compareByTier}, which says what it does.
 *
 * @throws {@link GrassrootsError} `invalid-argument` when the schemes differ
 *
 * @example
 * ```ts
 * compareRated(rated(QD_366_2025, "excellent"), rated(QD_366_2025, "good")); //=> 1
 * ```
 */
export function compareRated<Id extends string>(a: RatedLevel<Id>, b: RatedLevel<NoInfer<Id>>): number {
  if (a.scheme !== b.scheme) {
    throw new GrassrootsError(
      "invalid-argument",
      `compareRated: levels of different schemes (${a.scheme}, ${b.scheme}) are not comparable as such; use compareByTier to compare them by tier`,
    );
  }
  return b.rank - a.rank;
}

/**
 * Compares two rated levels of any schemes by tier: positive when `a`'s tier is better, 0 when the
 * tiers are equal. Explicit on purpose: equal tiers mean the same rank in their schemes, not the
 * same standard (see the module notes).
 *
 * @example
 * ```ts
 * compareByTier(rated(HD_20_2008, "clean-strong"), rated(QD_366_2025, "excellent")); //=> 0
 * compareByTier(rated(HD_20_2008, "good"), rated(QD_366_2025, "excellent"));         //=> -1
 * ```
 */
export function compareByTier(a: RatedLevel, b: RatedLevel): number {
  return Math.sign(b.tier - a.tier);
}

/**
 * The level of scheme `to` with the same tier as level `code` of scheme `from` (the first one of
 * that tier that refines nothing): the documented mapping between schemes.
 *
 * @throws {@link GrassrootsError} `unknown-level` when `code` is not a level of `from` or `to`
 *   has no level of that tier
 *
 * @example
 * ```ts
 * mapLevelByTier(HD_20_2008, "clean-strong", QD_366_2025);            //=> "excellent"
 * mapLevelByTier(HD_20_2008, "clean-strong-exemplary", QD_366_2025);  //=> "excellent"
 * mapLevelByTier(QD_366_2025, "excellent", HD_27_2014);               //=> "clean-strong"
 * mapLevelByTier(FOUR_GRADE_GOOD, "fair", QD_124_2023);               //=> "good"
 * ```
 */
export function mapLevelByTier<F extends Scheme, T extends Scheme>(from: F | string, code: LevelOf<F>, to: T | string): LevelOf<T> {
  const f = resolveScheme(from, "mapLevelByTier");
  const t = resolveScheme(to, "mapLevelByTier");
  const tier = f.levels[rankOf(f, code, "mapLevelByTier")]!.tier;
  const target = t.levels.find((l) => l.tier === tier && l.refines === undefined);
  if (target === undefined) throw new GrassrootsError("unknown-level", `mapLevelByTier: ${t.id} has no level of tier ${tier}`);
  return target.code;
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The level whose code, label (Vietnamese or English) or abbreviation matches `text`, ignoring
 * case, diacritics and punctuation; `undefined` when none does.
 *
 * @example
 * ```ts
 * findLevel(QD_124_2023, "hoàn thành tốt nhiệm vụ"); //=> "good"
 * findLevel(QD_124_2023, "HTXSNV");                  //=> "excellent"
 * findLevel(HD_27_2014, "trong sach vung manh");     //=> "clean-strong"
 * findLevel(FOUR_GRADE_GOOD, "Khá");                 //=> "fair"
 * findLevel(FOUR_GRADE_GOOD, "Xuất sắc");            //=> undefined
 * ```
 */
export function findLevel<S extends Scheme>(scheme: S | string, text: string): LevelOf<S> | undefined {
  const s = resolveScheme(scheme, "findLevel");
  if (typeof text !== "string") throw new GrassrootsError("invalid-argument", `findLevel: text must be a string, got ${show(text)}`);
  const q = fold(text);
  if (q === "") return undefined;
  for (const l of s.levels) {
    if (fold(l.code) === q || fold(l.label.vi) === q || fold(l.label.en) === q || l.abbreviations.some((a) => fold(a) === q)) return l.code;
  }
  return undefined;
}
