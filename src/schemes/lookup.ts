/**
 * The built-in schemes by id, and which scheme governs an assessment year for a kind of subject.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import {
  BUILT_IN_SCHEMES,
  FOUR_GRADE_GOOD,
  FOUR_GRADE_STRONG,
  HD_20_2008,
  HD_20_2008_MEMBER,
  HD_27_2014,
  HD_27_2014_MEMBER,
  ND_335_2025,
  QD_124_2023,
  QD_132_2018,
  QD_366_2025,
  SCHEME_TIMELINE,
} from "./catalog.js";
import { checkScheme } from "./define.js";
import { show } from "./_format.js";
import type { Scheme, TimelineSubject } from "./types.js";

/** The id of a built-in scheme. */
export type BuiltInSchemeId = (typeof BUILT_IN_SCHEMES)[number]["id"];

/**
 * The built-in schemes by id.
 *
 * | id | scheme | assessment years |
 * |---|---|---|
 * | `hd-20-2008`, `hd-20-2008-member` | HD 20-HD/BTCTW, organizations / members | 2008–2013 |
 * | `hd-27-2014`, `hd-27-2014-member` | HD 27-HD/BTCTW, organizations (100 points) / members | 2014–2017 |
 * | `qd-132-2018` | QĐ 132-QĐ/TW with HD 16 and HD 21 | 2018–2022 |
 * | `qd-124-2023` | QĐ 124-QĐ/TW with HD 25 | 2023–2024 |
 * | `qd-366-2025` | QĐ 366-QĐ/TW with HD 43 (100 points) | from 2025 |
 * | `nd-335-2025` | Nghị định 335/2025/NĐ-CP, civil servants (100 points) | from 2026 |
 * | `four-grade-good` | Tốt / Khá / Trung bình / Yếu | — |
 * | `four-grade-strong` | Vững mạnh / Khá / Trung bình / Yếu | — |
 *
 * @example
 * ```ts
 * Object.keys(SCHEMES).length;                 //=> 10
 * SCHEMES["qd-124-2023"].shortName.vi;         //=> "QĐ 124-QĐ/TW (2023)"
 * SCHEMES["hd-27-2014"] === HD_27_2014;        //=> true
 * ```
 */
export const SCHEMES: {
  readonly "qd-366-2025": typeof QD_366_2025;
  readonly "nd-335-2025": typeof ND_335_2025;
  readonly "qd-124-2023": typeof QD_124_2023;
  readonly "qd-132-2018": typeof QD_132_2018;
  readonly "hd-27-2014": typeof HD_27_2014;
  readonly "hd-27-2014-member": typeof HD_27_2014_MEMBER;
  readonly "hd-20-2008": typeof HD_20_2008;
  readonly "hd-20-2008-member": typeof HD_20_2008_MEMBER;
  readonly "four-grade-good": typeof FOUR_GRADE_GOOD;
  readonly "four-grade-strong": typeof FOUR_GRADE_STRONG;
} = /* @__PURE__ */ Object.freeze({
  "qd-366-2025": QD_366_2025,
  "nd-335-2025": ND_335_2025,
  "qd-124-2023": QD_124_2023,
  "qd-132-2018": QD_132_2018,
  "hd-27-2014": HD_27_2014,
  "hd-27-2014-member": HD_27_2014_MEMBER,
  "hd-20-2008": HD_20_2008,
  "hd-20-2008-member": HD_20_2008_MEMBER,
  "four-grade-good": FOUR_GRADE_GOOD,
  "four-grade-strong": FOUR_GRADE_STRONG,
});

/**
 * A built-in scheme by id.
 *
 * @throws {@link GrassrootsError} `unknown-scheme` when no built-in scheme has that id
 *
 * @example
 * ```ts
 * schemeById("qd-366-2025").score; //=> { min: 0, max: 100 }
 * const error = (() => { try { return schemeById("qd-999"); } catch (e) { return e; } })();
 * isGrassrootsError(error) && error.code; //=> "unknown-scheme"
 * ```
 */
export function schemeById(id: string): Scheme {
  if (typeof id === "string" && Object.hasOwn(SCHEMES, id)) return SCHEMES[id as BuiltInSchemeId];
  throw new GrassrootsError("unknown-scheme", `No built-in rating scheme has the id ${show(id)}; known: ${Object.keys(SCHEMES).join(", ")}`);
}

/** @internal a scheme from a scheme object (checked once) or a built-in id. */
export function resolveScheme(scheme: Scheme | string, fn: string): Scheme {
  if (typeof scheme === "string") return schemeById(scheme);
  return checkScheme(scheme, fn);
}

/**
 * The scheme that governs assessment year `year` for a kind of subject, following the timeline
 * of DOMAIN.md §1 (see {@link SCHEME_TIMELINE}):
 *
 * - party organizations (`organization`, `party-committee`, `party-cell`, `party-group`):
 *   HD 20 (2008–2013), HD 27 (2014–2017), then as for everyone below;
 * - party members (`person`): the member schemes of HD 20 and HD 27, then as below;
 * - governments, the Fatherland Front and mass organizations before 2018: the four-grade scale
 *   Tốt / Khá / Trung bình / Yếu (UNCONFIRMED);
 * - everyone, 2018–2022: QĐ 132; 2023–2024: QĐ 124; from 2025: QĐ 366;
 * - `civil-servant` (the civil-service rating, apart from the party rating): ND 335 from 2026.
 *
 * A local practice that differs (the Nậm Nhùn report keeps rating the Front and mass
 * organizations Tốt / Khá / Trung bình after 2018) is recorded by naming the scheme in each
 * rating; this function only answers the general rule.
 *
 * @param year - the assessment year (the year of a quarter for quarterly reviews)
 * @param subject - `person`, `organization`, an organization kind, or `civil-servant`
 * @returns the scheme, or `undefined` before 2008 (and for civil servants before 2026, whose
 *   earlier scheme, ND 90/2020, is not built in)
 * @throws {@link GrassrootsError} `invalid-argument` when `year` is not a whole number or
 *   `subject` is not one of the above
 *
 * @example
 * ```ts
 * applicableScheme(2013, "party-committee")?.id;  //=> "hd-20-2008"
 * applicableScheme(2016, "person")?.id;           //=> "hd-27-2014-member"
 * applicableScheme(2016, "fatherland-front")?.id; //=> "four-grade-good"
 * applicableScheme(2020, "fatherland-front")?.id; //=> "qd-132-2018"
 * applicableScheme(2024, "person")?.id;           //=> "qd-124-2023"
 * applicableScheme(2025, "party-cell")?.id;       //=> "qd-366-2025"
 * applicableScheme(2026, "civil-servant")?.id;    //=> "nd-335-2025"
 * applicableScheme(2005, "person");               //=> undefined
 * ```
 */
export function applicableScheme(year: number, subject: TimelineSubject): Scheme | undefined {
  if (!Number.isInteger(year)) throw new GrassrootsError("invalid-argument", `applicableScheme: year must be a whole number, got ${show(year)}`);
  const known = SCHEME_TIMELINE.some((e) => e.subjects.includes(subject));
  if (!known) {
    throw new GrassrootsError("invalid-argument", `applicableScheme: subject must be "person", "organization", an organization kind or "civil-servant", got ${show(subject)}`);
  }
  for (const e of SCHEME_TIMELINE) {
    if (year >= e.from && (e.to === undefined || year <= e.to) && e.subjects.includes(subject)) return schemeById(e.scheme);
  }
  return undefined;
}
