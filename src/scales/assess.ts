/**
 * Judging a person's levels against a position standard: below, meets, or above.
 *
 * - **below** (chưa đạt chuẩn): some required scale is below its minimum, or has no level;
 * - **above** (trên chuẩn): every required scale is met and at least one is exceeded (for
 *   example a master's degree where đại học is required, or cao cấp / cử nhân LLCT where trung
 *   cấp is required — the reading DOMAIN.md §4 gives of "trên chuẩn");
 * - **meets** (đạt chuẩn): every required scale is met exactly.
 *
 * Only the scales the standard requires are judged: a level on another scale neither helps nor
 * hurts. A standard that requires nothing is met.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { firstDay, lastDay, precisionOf } from "../_lib/days.js";
import { toDayNumber } from "../model/asOf.js";
import { ORGANIZATION_KINDS, ORGANIZATION_LEVELS, ROLES, SCALE_IDS, UNIT_KINDS, type ScaleId } from "../model/codes.js";
import { levelOf, scaleInfo } from "./levels.js";
import type { PositionStandard, PositionStandardSet, Requirements } from "./types.js";

/**
 * The result of judging levels against a standard.
 *
 * @example
 * ```ts
 * const r: StandardResult = assessStandard({ professional: "college" }, { professional: "bachelor" }).result;
 * r; //=> "below"
 * ```
 */
export type StandardResult = "below" | "meets" | "above";

/**
 * The judgement on one required scale.
 *
 * @example
 * ```ts
 * const s: ScaleAssessment | undefined = assessStandard({ professional: "master" }, { professional: "bachelor" }).scales[0];
 * s; //=> { scale: "professional", required: "bachelor", actual: "master", result: "above" }
 * ```
 */
export interface ScaleAssessment {
  readonly scale: ScaleId;
  /** The minimum level required. */
  readonly required: string;
  /** The level held, as given; `undefined` when none. */
  readonly actual: string | undefined;
  readonly result: StandardResult;
}

/**
 * The judgement of a person's levels against a standard.
 *
 * @example
 * ```ts
 * const a: StandardAssessment = assessStandard({}, { "political-theory": "intermediate" });
 * [a.result, a.missing.length]; //=> ["below", 1]
 * ```
 */
export interface StandardAssessment {
  /** `below` if any required scale is below; else `above` if any is exceeded; else `meets`. */
  readonly result: StandardResult;
  /** Every required scale, in the order of SCALE_IDS. */
  readonly scales: readonly ScaleAssessment[];
  /** What is missing: the required scales that are below (empty unless `result` is `below`). */
  readonly missing: readonly ScaleAssessment[];
}

/**
 * Options of {@link assessStandard} and {@link applicableRequirements}.
 *
 * @example
 * ```ts
 * const o: AssessOptions = { difficultArea: true, asOf: "2026-01-01" };
 * applicableRequirements(TWO_TIER_2025.standards[1]!, o).professional; //=> "intermediate"
 * ```
 */
export interface AssessOptions {
  /** Whether the post is in a difficult area, where a standard's `difficultArea` allowance applies. Default `false`. */
  readonly difficultArea?: boolean | undefined;
  /** The date, `YYYY-MM-DD`: an allowance with an `effectiveTo` before it no longer applies. When absent, the allowance's end is not checked. */
  readonly asOf?: string | undefined;
}

function isStandard(x: PositionStandard | Requirements): x is PositionStandard {
  return typeof x === "object" && x !== null && "requirements" in x;
}

/**
 * The requirements of a standard that apply to a post: its `difficultArea` allowance when the
 * post is in a difficult area and the allowance has not ended, else its `requirements`.
 *
 * @throws {GrassrootsError} `invalid-date` for a bad `asOf`.
 * @example
 * ```ts
 * const cs = ND_33_2023.standards[8];
 * applicableRequirements(cs).professional;                          //=> "bachelor"
 * applicableRequirements(cs, { difficultArea: true }).professional; //=> "intermediate"
 * const cs2025 = TWO_TIER_2025.standards[1];
 * applicableRequirements(cs2025, { difficultArea: true, asOf: "2030-07-01" }).professional; //=> "bachelor"
 * ```
 */
export function applicableRequirements(standard: PositionStandard, options: AssessOptions = {}): Requirements {
  const relaxed = standard.difficultArea;
  if (options.difficultArea !== true || relaxed === undefined) return standard.requirements;
  if (options.asOf !== undefined && relaxed.effectiveTo !== undefined && toDayNumber(options.asOf) > lastDay(relaxed.effectiveTo)) {
    return standard.requirements;
  }
  return relaxed.requirements;
}

/**
 * Judges a person's levels against a position standard (or bare requirements): `below`, `meets`
 * or `above`, overall and per required scale, with what is missing. See the module notes for
 * the definitions.
 *
 * @param levels - the person's level code on each scale (as from {@link levelAt}); a scale that
 *   is absent or `undefined` has no level
 * @param standard - a {@link PositionStandard}, or requirements such as `{ professional: "bachelor" }`
 * @param options - whether the post is in a difficult area, and the date
 * @throws {GrassrootsError} `unknown-scale` for an unknown scale id; `unknown-level` for a code
 *   that is not on its scale.
 * @example
 * ```ts
 * const chair = ND_33_2023.standards[2]; // THPT + đại học + trung cấp LLCT
 * assessStandard({ "general-education": "12/12", professional: "bachelor", "political-theory": "intermediate" }, chair).result;
 * //=> "meets"
 * assessStandard({ "general-education": "12/12", professional: "master", "political-theory": "intermediate" }, chair).result;
 * //=> "above"
 * const a = assessStandard({ "general-education": "upper-secondary", professional: "college" }, chair);
 * a.result; //=> "below"
 * a.missing.map((m) => `${m.scale}: ${m.actual ?? "none"} < ${m.required}`);
 * //=> ["professional: college < bachelor", "political-theory: none < intermediate"]
 * assessStandard({ "political-theory": "bachelor-politics" }, { "political-theory": "advanced" }).result; //=> "meets"
 * ```
 */
export function assessStandard(
  levels: Readonly<Partial<Record<ScaleId, string | undefined>>>,
  standard: PositionStandard | Requirements,
  options: AssessOptions = {},
): StandardAssessment {
  const fn = "assessStandard";
  if (typeof levels !== "object" || levels === null) throw new GrassrootsError("invalid-argument", `${fn}: expected levels by scale id`);
  if (typeof standard !== "object" || standard === null) throw new GrassrootsError("invalid-argument", `${fn}: expected a standard or requirements`);
  for (const k of Object.keys(levels)) scaleInfo(k as ScaleId, fn);
  const req = isStandard(standard) ? applicableRequirements(standard, options) : standard;
  for (const k of Object.keys(req)) scaleInfo(k as ScaleId, fn);
  const scales: ScaleAssessment[] = [];
  let below = false;
  let above = false;
  for (const s of SCALE_IDS) {
    const required = req[s];
    if (required === undefined) continue;
    const info = scaleInfo(s, fn);
    const need = levelOf(info, required, fn).rank;
    const actual = levels[s];
    const have = actual === undefined ? -1 : levelOf(info, actual, fn).rank;
    const result: StandardResult = have < need ? "below" : have > need ? "above" : "meets";
    if (result === "below") below = true;
    else if (result === "above") above = true;
    scales.push({ scale: s, required, actual, result });
  }
  return {
    result: below ? "below" : above ? "above" : "meets",
    scales,
    missing: scales.filter((x) => x.result === "below"),
  };
}

// ---------------------------------------------------------------------------------------------
// Checking user-supplied standards.

function isDate(d: unknown): d is string {
  return typeof d === "string" && d.length === 10 && precisionOf(d) === 3;
}

function checkCodes(list: unknown, all: readonly string[], what: string, fn: string, required: boolean): void {
  if (list === undefined && !required) return;
  if (!Array.isArray(list) || list.length === 0) throw new GrassrootsError("invalid-argument", `${fn}: ${what} must be a non-empty array`);
  for (const x of list) {
    if (!all.includes(x as string)) throw new GrassrootsError("invalid-argument", `${fn}: ${what} has the unknown code ${JSON.stringify(x)}`);
  }
}

function checkRequirements(req: unknown, where: string, fn: string): void {
  if (typeof req !== "object" || req === null) throw new GrassrootsError("invalid-argument", `${fn}: ${where} must be an object of level codes by scale`);
  for (const [s, code] of Object.entries(req)) levelOf(scaleInfo(s as ScaleId, fn), code as string, `${fn} (${where})`);
}

/**
 * @internal Flattens standards and sets into a list of standards, checking every one: ids unique,
 * known roles and kinds, valid dates, requirement codes on their scales.
 */
export function flattenStandards(input: unknown, fn: string): PositionStandard[] {
  const list = Array.isArray(input) ? (input as unknown[]) : [input];
  const out: PositionStandard[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== "object" || item === null) throw new GrassrootsError("invalid-argument", `${fn}: standards must be position standards or sets of them`);
    const nested = (item as Partial<PositionStandardSet>).standards;
    for (const s of Array.isArray(nested) ? nested : [item as PositionStandard]) {
      if (typeof s !== "object" || s === null || typeof s.id !== "string" || s.id === "") throw new GrassrootsError("invalid-argument", `${fn}: every standard needs an id`);
      const at = `standard ${JSON.stringify(s.id)}`;
      if (seen.has(s.id)) throw new GrassrootsError("invalid-argument", `${fn}: the ${at} is given twice`);
      seen.add(s.id);
      const m = s.appliesTo;
      if (typeof m !== "object" || m === null) throw new GrassrootsError("invalid-argument", `${fn}: ${at} needs appliesTo`);
      checkCodes(m.roles, ROLES, `${at} appliesTo.roles`, fn, true);
      checkCodes(m.organizationKinds, ORGANIZATION_KINDS, `${at} appliesTo.organizationKinds`, fn, true);
      checkCodes(m.organizationLevels, ORGANIZATION_LEVELS, `${at} appliesTo.organizationLevels`, fn, false);
      checkCodes(m.unitKinds, UNIT_KINDS, `${at} appliesTo.unitKinds`, fn, false);
      checkRequirements(s.requirements, `${at} requirements`, fn);
      if (s.difficultArea !== undefined) {
        checkRequirements(s.difficultArea.requirements, `${at} difficultArea.requirements`, fn);
        if (s.difficultArea.effectiveTo !== undefined && !isDate(s.difficultArea.effectiveTo)) {
          throw new GrassrootsError("invalid-argument", `${fn}: ${at} difficultArea.effectiveTo must be a date YYYY-MM-DD`);
        }
      }
      if (!isDate(s.effectiveFrom)) throw new GrassrootsError("invalid-argument", `${fn}: ${at} effectiveFrom must be a date YYYY-MM-DD`);
      if (s.effectiveTo !== undefined && (!isDate(s.effectiveTo) || firstDay(s.effectiveTo) < firstDay(s.effectiveFrom))) {
        throw new GrassrootsError("invalid-argument", `${fn}: ${at} effectiveTo must be a date YYYY-MM-DD, not before effectiveFrom`);
      }
      out.push(s);
    }
  }
  return out;
}

/** @internal Minimum rank per scale (index in SCALE_IDS), -1 where not required. */
export function requirementRanks(req: Requirements, fn: string): Int8Array {
  const out = new Int8Array(SCALE_IDS.length).fill(-1);
  SCALE_IDS.forEach((s, i) => {
    const code = req[s];
    if (code !== undefined) out[i] = levelOf(scaleInfo(s, fn), code, fn).rank;
  });
  return out;
}
