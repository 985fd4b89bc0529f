/**
 * Schemes of your own: {@link defineScheme} checks a scheme's shape and freezes a copy. Every
 * function that takes a scheme checks it the same way on first use.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { deepFreeze } from "../_lib/freeze.js";
import { ORGANIZATION_KINDS, SUBJECT_KINDS } from "../model/codes.js";
import { BUILT_IN_SCHEMES } from "./catalog.js";
import { CRITERION_LEVELS, FACTS, FOUR_LEVELS, isFactKey } from "./facts.js";
import { show } from "./_format.js";
import type { Condition, Scheme, SchemeLevel } from "./types.js";

const ROLES = ["collective", "leader", "individual"];
const OPS = [">=", ">", "<=", "<", "=="];
const PER = ["grassroots-organization", "similar-group", "agency-and-similar-group"];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

// Frozen schemes already checked (built-in ones on their first use), so a check costs once.
const checked = new WeakSet<object>();

function isFraction(v: unknown): v is readonly [number, number] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    Number.isInteger(v[0]) &&
    Number.isInteger(v[1]) &&
    (v[0] as number) >= 0 &&
    (v[1] as number) > 0
  );
}

function isText(t: unknown): boolean {
  if (typeof t !== "object" || t === null) return false;
  const o = t as Record<string, unknown>;
  return typeof o["vi"] === "string" && o["vi"] !== "" && typeof o["en"] === "string" && o["en"] !== "";
}

/** Every problem of a scheme's shape, as short English phrases (empty when it is fine). */
export function schemeProblems(s: unknown): string[] {
  const out: string[] = [];
  if (typeof s !== "object" || s === null) return [`expected a scheme object, got ${show(s)}`];
  const o = s as Partial<Scheme> & Record<string, unknown>;
  if (typeof o.id !== "string" || o.id.length === 0 || o.id.length > 100) out.push("id must be a non-empty string of at most 100 characters");
  if (!isText(o.name)) out.push("name must be { vi, en } with both texts");
  if (!isText(o.shortName)) out.push("shortName must be { vi, en } with both texts");
  if (!Array.isArray(o.documents)) out.push("documents must be an array");
  if (!Array.isArray(o.sources)) out.push("sources must be an array");
  for (const k of ["effectiveFrom", "effectiveTo"] as const) {
    if (o[k] !== undefined && (typeof o[k] !== "string" || !ISO.test(o[k]))) out.push(`${k} must be a date YYYY-MM-DD`);
  }
  const years = o.assessmentYears;
  if (typeof years !== "object" || years === null || !Number.isInteger(years.from) || (years.to !== undefined && (!Number.isInteger(years.to) || years.to < years.from))) {
    out.push("assessmentYears must be { from, to? } with whole years, to ≥ from");
  }
  const ap = o.appliesTo;
  if (typeof ap !== "object" || ap === null) out.push("appliesTo must be { subjectKinds, roles, organizationKinds? }");
  else {
    if (!Array.isArray(ap.subjectKinds) || ap.subjectKinds.length === 0 || !ap.subjectKinds.every((k) => (SUBJECT_KINDS as readonly string[]).includes(k))) {
      out.push(`appliesTo.subjectKinds must list some of ${SUBJECT_KINDS.join(", ")}`);
    }
    if (!Array.isArray(ap.roles) || ap.roles.length === 0 || !ap.roles.every((r) => ROLES.includes(r))) out.push(`appliesTo.roles must list some of ${ROLES.join(", ")}`);
    if (ap.organizationKinds !== undefined && (!Array.isArray(ap.organizationKinds) || !ap.organizationKinds.every((k) => (ORGANIZATION_KINDS as readonly string[]).includes(k)))) {
      out.push("appliesTo.organizationKinds must list organization kinds");
    }
  }
  const score = o.score;
  if (score !== undefined && (typeof score !== "object" || score === null || !Number.isFinite(score.min) || !Number.isFinite(score.max) || score.min >= score.max)) {
    out.push("score must be { min, max } with min < max");
  }

  const levels = o.levels;
  if (!Array.isArray(levels) || levels.length === 0) {
    out.push("levels must be a non-empty array, best first");
    return out;
  }
  const codes = new Set<string>();
  let lastTier = 0;
  levels.forEach((l: SchemeLevel, i) => {
    const at = `levels[${i}]`;
    if (typeof l !== "object" || l === null) {
      out.push(`${at} must be an object`);
      return;
    }
    if (typeof l.code !== "string" || l.code.length === 0) out.push(`${at}.code must be a non-empty string`);
    else if (codes.has(l.code)) out.push(`${at}.code "${l.code}" is used twice`);
    else codes.add(l.code);
    if (!Number.isInteger(l.tier) || l.tier < 1) out.push(`${at}.tier must be a whole number ≥ 1`);
    else if (l.tier < lastTier) out.push(`${at}.tier ${l.tier} is better than the tier of a level listed before it (levels go best first)`);
    else lastTier = l.tier;
    if (!isText(l.label)) out.push(`${at}.label must be { vi, en } with both texts`);
    if (!Array.isArray(l.abbreviations) || !l.abbreviations.every((a) => typeof a === "string")) out.push(`${at}.abbreviations must be an array of strings`);
  });
  const levelCodes = [...codes];
  for (const l of levels) {
    if (l.refines !== undefined) {
      const target = levels.find((x) => x.code === l.refines);
      if (target === undefined || target.tier !== l.tier || target.refines !== undefined) out.push(`level "${l.code}" refines "${String(l.refines)}", which must be a level of the same tier`);
    }
  }

  // Bands: on a scheme with a score, every level that is not a refinement has one; together they
  // tile the scale from the top down.
  const main = levels.filter((l) => l.refines === undefined);
  const banded = main.filter((l) => l.band !== undefined);
  if (banded.length > 0) {
    if (score === undefined) out.push("levels have score bands but the scheme has no score scale");
    if (banded.length !== main.length) out.push("either every level (except refinements) has a score band or none has");
    else {
      for (let i = 0; i < main.length; i++) {
        const b = main[i]!.band!;
        const first = i === 0;
        const last = i === main.length - 1;
        if (first && b.below !== undefined) out.push(`the band of "${main[i]!.code}" (the top level) must have no upper end`);
        if (last && b.min !== undefined) out.push(`the band of "${main[i]!.code}" (the lowest level) must have no lower end`);
        if (!last && (typeof b.min !== "number" || !Number.isFinite(b.min))) out.push(`the band of "${main[i]!.code}" needs a min`);
        if (!first && b.below !== main[i - 1]!.band!.min) out.push(`the band of "${main[i]!.code}" must end below ${String(main[i - 1]!.band!.min)} (where the band above starts)`);
        if (score && b.min !== undefined && (b.min <= score.min || b.min > score.max)) out.push(`the band of "${main[i]!.code}" starts outside the score scale`);
      }
    }
    for (const l of levels) {
      if (l.refines !== undefined && l.band !== undefined) {
        const t = levels.find((x) => x.code === l.refines);
        if (t?.band?.min !== l.band.min) out.push(`level "${l.code}" must have the band of the level it refines`);
      }
    }
  }

  const condition = (c: Condition, at: string): void => {
    if (typeof c !== "object" || c === null) {
      out.push(`${at} must be a condition { fact, op, value }`);
      return;
    }
    if (!OPS.includes(c.op)) out.push(`${at}.op must be one of ${OPS.join(" ")}`);
    const known = typeof c.fact === "string" && isFactKey(c.fact);
    if (!known) {
      if (typeof c.fact !== "string" || c.fact === "") out.push(`${at}.fact must be a fact name`);
      else if (!isText(c.label)) out.push(`${at}: "${c.fact}" is not a built-in fact; give it a label { vi, en }`);
      const v = c.value;
      if (!(isFraction(v) || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)))) out.push(`${at}.value must be a fraction, a number or a boolean`);
      if (typeof v === "boolean" && c.op !== "==") out.push(`${at}: a boolean is compared with ==`);
      return;
    }
    const kind = FACTS[c.fact as keyof typeof FACTS].kind;
    const v = c.value;
    if (kind === "share" && (!isFraction(v) || c.op === "==")) out.push(`${at}: "${c.fact}" is a share; compare it with a fraction [numerator, denominator] using >=, >, <= or <`);
    if (kind === "boolean" && (typeof v !== "boolean" || c.op !== "==")) out.push(`${at}: "${c.fact}" is true or false; compare it with == and a boolean`);
    if (kind === "number" && (typeof v !== "number" || !Number.isFinite(v) || c.op === "==")) out.push(`${at}: "${c.fact}" is a number; compare it with a number using >=, >, <= or <`);
    if (kind === "criterion" && (typeof v !== "string" || !CRITERION_LEVELS.some((x) => x.code === v))) {
      out.push(`${at}: "${c.fact}" is a criterion level; compare it with one of ${CRITERION_LEVELS.map((x) => x.code).join(", ")}`);
    }
    if (kind === "level" && (typeof v !== "string" || !FOUR_LEVELS.some((x) => x.code === v))) out.push(`${at}: "${c.fact}" is a level; compare it with one of ${FOUR_LEVELS.map((x) => x.code).join(", ")}`);
  };
  const subjects = (r: { subjects?: readonly string[] }, at: string): void => {
    if (r.subjects !== undefined && (!Array.isArray(r.subjects) || !r.subjects.every((x) => ROLES.includes(x)))) out.push(`${at}.subjects must list some of ${ROLES.join(", ")}`);
  };
  const level = (code: unknown, at: string): void => {
    if (typeof code !== "string" || !codes.has(code)) out.push(`${at} must be a level code of the scheme (${levelCodes.join(", ")})`);
  };

  levels.forEach((l: SchemeLevel, i) => {
    (l.requires ?? []).forEach((r: Condition & { subjects?: readonly string[] }, j: number) => {
      condition(r, `levels[${i}].requires[${j}]`);
      subjects(r, `levels[${i}].requires[${j}]`);
    });
  });
  (o.forcing ?? []).forEach((f, i) => {
    level(f.level, `forcing[${i}].level`);
    if (!Array.isArray(f.when) || f.when.length === 0) out.push(`forcing[${i}].when must list at least one condition`);
    else f.when.forEach((c, j) => condition(c, `forcing[${i}].when[${j}]`));
    subjects(f, `forcing[${i}]`);
  });
  (o.exclusions ?? []).forEach((e, i) => {
    if (!Array.isArray(e.when) || e.when.length === 0) out.push(`exclusions[${i}].when must list at least one condition`);
    else e.when.forEach((c, j) => condition(c, `exclusions[${i}].when[${j}]`));
    subjects(e, `exclusions[${i}]`);
  });
  (o.quotas ?? []).forEach((q, i) => {
    level(q.level, `quotas[${i}].level`);
    level(q.baseLevel, `quotas[${i}].baseLevel`);
    if (!isFraction(q.share)) out.push(`quotas[${i}].share must be a fraction [numerator, denominator]`);
    if (q.base !== "level" && q.base !== "at-or-above") out.push(`quotas[${i}].base must be "level" or "at-or-above"`);
    if (!PER.includes(q.per)) out.push(`quotas[${i}].per must be one of ${PER.join(", ")}`);
    subjects(q, `quotas[${i}]`);
  });
  (o.tree ?? []).forEach((t, i) => {
    const at = `tree[${i}]`;
    level(t.level, `${at}.level`);
    if (!Array.isArray(t.parentKinds) || !t.parentKinds.every((k) => (ORGANIZATION_KINDS as readonly string[]).includes(k))) out.push(`${at}.parentKinds must list organization kinds`);
    if (t.children !== "members" && t.children !== "subordinates") out.push(`${at}.children must be "members" or "subordinates"`);
    if (t.direction !== "at-or-above" && t.direction !== "at-or-below") out.push(`${at}.direction must be "at-or-above" or "at-or-below"`);
    if (![">=", ">", "<=", "<"].includes(t.op)) out.push(`${at}.op must be one of >= > <= <`);
    if (!isFraction(t.value)) out.push(`${at}.value must be a fraction [numerator, denominator]`);
    if (t.effect !== "required-for" && t.effect !== "forces") out.push(`${at}.effect must be "required-for" or "forces"`);
    const child = t.childScheme === undefined || t.childScheme === o.id ? (s as Scheme) : BUILT_IN_SCHEMES.find((b) => b.id === t.childScheme);
    if (child === undefined) out.push(`${at}.childScheme "${String(t.childScheme)}" must be this scheme or a built-in one`);
    else if (!child.levels.some((l) => l.code === t.childLevel)) out.push(`${at}.childLevel "${String(t.childLevel)}" is not a level of ${child.id}`);
  });
  return out;
}

/** @internal throws `invalid-argument` unless `s` is a well-formed scheme; remembers schemes it checked. */
export function checkScheme(s: Scheme, fn: string): Scheme {
  if (typeof s === "object" && s !== null && checked.has(s)) return s;
  const problems = schemeProblems(s);
  if (problems.length > 0) throw new GrassrootsError("invalid-argument", `${fn}: invalid scheme${typeof s === "object" && s !== null && typeof (s as Scheme).id === "string" ? ` "${(s as Scheme).id}"` : ""}: ${problems.join("; ")}`);
  if (Object.isFrozen(s)) checked.add(s);
  return s;
}

/**
 * Checks a scheme of your own and returns a deeply frozen copy of it, with its literal types kept
 * (so `LevelOf<typeof mine>` is the union of its codes).
 *
 * The checks: an id, names in both languages, levels best first with unique codes and tiers that
 * never improve down the list; score bands, when there are any, on every level (refinements
 * share the band of the level they refine) and tiling the score scale from the top down; every
 * condition names a built-in fact (or gives a label for one of its own) and compares it with a
 * value of the right kind; forcing rules, quotas and tree rules name levels of the scheme.
 *
 * To change an UNCONFIRMED default of a built-in scheme, define a new scheme from it with a new
 * id: a published scheme is never edited.
 *
 * @param scheme - the scheme, in the shape of the built-in ones
 * @returns a frozen copy
 * @throws {@link GrassrootsError} `invalid-argument` listing every problem found
 *
 * @example
 * ```ts
 * const mine = defineScheme({
 *   ...QD_366_2025,
 *   id: "qd-366-2025-no-quota",
 *   quotas: [],
 * });
 * mine.id;                                          //=> "qd-366-2025-no-quota"
 * classify(mine, { score: 95, tasksOnTime: 1, tasksExceeded: 0.4, shortcomingsFixed: 1 }).level; //=> "excellent"
 * Object.isFrozen(mine);                            //=> true
 * ```
 *
 * @example
 * ```ts
 * const error = (() => { try { return defineScheme({ ...FOUR_GRADE_GOOD, id: "" }); } catch (e) { return e; } })();
 * isGrassrootsError(error) && error.code; //=> "invalid-argument"
 * ```
 */
export function defineScheme<const S extends Scheme>(scheme: S): S {
  const problems = schemeProblems(scheme);
  if (problems.length > 0) {
    throw new GrassrootsError("invalid-argument", `defineScheme: invalid scheme: ${problems.join("; ")}`);
  }
  const copy = deepFreeze(structuredClone(scheme));
  checked.add(copy);
  return copy;
}
