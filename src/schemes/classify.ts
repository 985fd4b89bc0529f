/**
 * Classification under a scheme: the level a subject qualifies for, and the reasons, in words a
 * secretary would accept; and the best level a cell or committee may receive given the levels of
 * its members or subordinate organizations.
 *
 * The quota on the top level is a rule on a group, not on one subject: see `checkQuota`.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import type { OrganizationKind } from "../model/codes.js";
import type { Language } from "../model/messages.js";
import { CRITERION_LEVELS, FACTS, FOUR_LEVELS, isFactKey, type FactKind } from "./facts.js";
import { capitalize, fraction, languageOf, num, quote, shareValue, show, type LocaleOption } from "./_format.js";
import { bandRank, rankOf } from "./levels.js";
import { resolveScheme, schemeById } from "./lookup.js";
import type {
  BooleanFact,
  Condition,
  CriterionFact,
  CriterionLevel,
  FourLevel,
  Fraction,
  LevelFact,
  LevelOf,
  NumberFact,
  RuleMeta,
  Scheme,
  ScoreBand,
  ShareFact,
  ShareValue,
  SubjectRole,
  TreeRule,
} from "./types.js";

/** Values of the built-in facts (see `FACTS`); every one is optional. */
export type FactValues = { readonly [K in ShareFact]?: ShareValue } & { readonly [K in BooleanFact]?: boolean } & {
  readonly [K in NumberFact]?: number;
} & { readonly [K in CriterionFact]?: CriterionLevel } & { readonly [K in LevelFact]?: FourLevel };

/** The levels of a cell's members or a committee's subordinate organizations: codes, or counts by code. */
export type ChildLevels = readonly string[] | Readonly<Record<string, number>>;

/** What {@link classify} is told about a subject. */
export interface ClassifyInput extends FactValues {
  /** Who is rated; default: the scheme's first role (`individual` for the party schemes since 2018). */
  readonly subject?: SubjectRole;
  /** For a collective: its kind, which selects the rules on its children (`party-cell`, `party-committee`). */
  readonly organizationKind?: OrganizationKind;
  /** The score, required on a scheme with score bands. */
  readonly score?: number;
  /** Levels of its members (a cell) or subordinate organizations (a committee); see {@link bestLevelFromChildren}. */
  readonly children?: ChildLevels;
  /** Values of facts of your own, named in a scheme of your own. */
  readonly facts?: Readonly<Record<string, ShareValue | boolean | number | string>>;
}

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /** Language of the reasons: `"vi"` (default), `"en"`, or a label pack. */
  readonly locale?: LocaleOption;
  /**
   * What a requirement does when its fact is not given: `"assume-met"` (default; the assumption
   * is listed in `assumed` and in the reasons) or `"not-met"` (the level is not granted). Events
   * (booleans) not given are false either way, and facts that exist only for some subjects (a
   * civil-service rating, months since admission) are skipped when not given.
   */
  readonly missing?: "assume-met" | "not-met";
}

/** Codes of classification reasons. */
export type ReasonCode = "score-band" | "requirement-not-met" | "assumed" | "forced" | "children" | "excluded" | "result";

/** One reason, in the requested language. */
export interface ClassificationReason {
  readonly code: ReasonCode;
  /** A full sentence. */
  readonly message: string;
  /** The level the reason is about. */
  readonly level?: string;
  /** The fact it is about. */
  readonly fact?: string;
  /** Where the rule comes from. */
  readonly source?: string;
  /** `false` when the rule is UNCONFIRMED (a documented default). */
  readonly confirmed?: boolean;
}

/** The result of {@link classify}. */
export interface Classification<L extends string = string> {
  readonly scheme: string;
  readonly subject: SubjectRole;
  /** The level, or `null` when the subject is not rated (suspended, admitted recently ...). */
  readonly level: L | null;
  readonly tier: number | null;
  /** The level's label in the requested language, or `null`. */
  readonly label: string | null;
  /** The level of the score's band alone, or `null` without a score. */
  readonly scoreLevel: L | null;
  readonly reasons: readonly ClassificationReason[];
  /** Facts not given that were assumed to meet a requirement of the level granted. */
  readonly assumed: readonly string[];
  /** The reasons in one sentence, ending with the result. */
  readonly summary: string;
}

/** The result of {@link bestLevelFromChildren}. */
export interface ChildrenLimit<L extends string = string> {
  readonly scheme: string;
  /** The best level the parent may receive, as far as the rules between levels go. */
  readonly best: L;
  /** Whether a rule forces that level (rather than only capping). */
  readonly forced: boolean;
  readonly reasons: readonly ClassificationReason[];
  readonly summary: string;
}

type Value = ShareValue | boolean | number | string;

interface Words {
  readonly points: (score: string) => string;
  readonly bandFrom: (min: string) => string;
  readonly bandBetween: (min: string, below: string) => string;
  readonly bandBelow: (below: string) => string;
  readonly bandUnconfirmed: string;
  readonly inBand: (score: string, level: string, band: string) => string;
  readonly is: (label: string, actual: string) => string;
  readonly below: (thr: string, level: string) => string;
  readonly notAbove: (thr: string, level: string) => string;
  readonly aboveMax: (thr: string, level: string) => string;
  readonly notBelow: (thr: string, level: string) => string;
  readonly notEligible: (what: string, level: string) => string;
  readonly cond: Readonly<Record<">=" | ">" | "<=" | "<", (thr: string) => string>>;
  readonly noFigure: (label: string, cond: string, level: string) => string;
  readonly assumed: (label: string, cond: string, level: string) => string;
  readonly forced: (what: string, level: string) => string;
  readonly despite: (score: string) => string;
  readonly and: string;
  readonly excluded: (what: string) => string;
  readonly members: string;
  readonly subordinates: string;
  readonly shareRated: (children: string, level: string, direction: "at-or-above" | "at-or-below", lowest: boolean, highest: boolean) => string;
  readonly noChildren: (children: string) => string;
  readonly result: (level: string) => string;
  readonly unconfirmed: string;
}

const WORDS: Readonly<Record<Language, Words>> = {
  vi: {
    points: (s) => `${s} điểm`,
    bandFrom: (m) => `từ ${m} điểm`,
    bandBetween: (m, b) => `từ ${m} đến dưới ${b} điểm`,
    bandBelow: (b) => `dưới ${b} điểm`,
    bandUnconfirmed: "mức điểm chưa được xác nhận",
    inBand: (s, l, b) => `${s} điểm, thuộc khung ${l} (${b})`,
    is: (label, a) => `${label} là ${a}`,
    below: (t, l) => `dưới mức ${t} cần có để được ${l}`,
    notAbove: (t, l) => `chưa trên mức ${t} cần có để được ${l}`,
    aboveMax: (t, l) => `vượt mức tối đa ${t} để được ${l}`,
    notBelow: (t, l) => `chưa dưới mức ${t} cần có để được ${l}`,
    notEligible: (w, l) => `${w}, nên không đủ điều kiện ${l}`,
    cond: { ">=": (t) => `từ ${t} trở lên`, ">": (t) => `trên ${t}`, "<=": (t) => `không quá ${t}`, "<": (t) => `dưới ${t}` },
    noFigure: (label, c, l) => `không có số liệu về ${label} (cần ${c}), nên chưa đủ điều kiện ${l}`,
    assumed: (label, c, l) => `không có số liệu về ${label}; coi như đạt yêu cầu ${c} của ${l}`,
    forced: (w, l) => `${w}: xếp loại ${l}`,
    despite: (s) => ` dù đạt ${s} điểm`,
    and: " và ",
    excluded: (w) => `${w}: không đánh giá, xếp loại`,
    members: "đảng viên",
    subordinates: "tổ chức trực thuộc",
    shareRated: (c, l, d, lowest, highest) => `tỷ lệ ${c} xếp loại ${l}${d === "at-or-above" ? (highest ? "" : " trở lên") : lowest ? "" : " trở xuống"}`,
    noChildren: (c) => `chưa có ${c} được xếp loại: không áp dụng điều kiện về tỷ lệ ${c}`,
    result: (l) => `kết quả: ${l}`,
    unconfirmed: " (quy định chưa được xác nhận)",
  },
  en: {
    points: (s) => `${s} points`,
    bandFrom: (m) => `${m} points or more`,
    bandBetween: (m, b) => `${m} to under ${b} points`,
    bandBelow: (b) => `under ${b} points`,
    bandUnconfirmed: "band unconfirmed",
    inBand: (s, l, b) => `${s} points, in the band of ${l} (${b})`,
    is: (label, a) => `${label} is ${a}`,
    below: (t, l) => `below the ${t} required for ${l}`,
    notAbove: (t, l) => `not above the ${t} required for ${l}`,
    aboveMax: (t, l) => `above the maximum of ${t} for ${l}`,
    notBelow: (t, l) => `not below the ${t} required for ${l}`,
    notEligible: (w, l) => `${w}, so not eligible for ${l}`,
    cond: { ">=": (t) => `at least ${t}`, ">": (t) => `above ${t}`, "<=": (t) => `at most ${t}`, "<": (t) => `below ${t}` },
    noFigure: (label, c, l) => `no figure for the ${label} (${c} is required), so not shown to qualify for ${l}`,
    assumed: (label, c, l) => `no figure for the ${label}; assumed to meet the requirement of ${c} for ${l}`,
    forced: (w, l) => `${w}: rated ${l}`,
    despite: (s) => ` whatever the score (${s} points)`,
    and: " and ",
    excluded: (w) => `${w}: not rated`,
    members: "members",
    subordinates: "subordinate organizations",
    shareRated: (c, l, d, lowest, highest) => `share of ${c} rated ${l}${d === "at-or-above" ? (highest ? "" : " or better") : lowest ? "" : " or worse"}`,
    noChildren: (c) => `no rated ${c}: the rule on their share is not applied`,
    result: (l) => `result: ${l}`,
    unconfirmed: " (rule unconfirmed)",
  },
};

interface Ctx {
  readonly scheme: Scheme;
  readonly lang: Language;
  readonly w: Words;
  readonly input: ClassifyInput;
  readonly missing: "assume-met" | "not-met";
}

interface Phrase {
  readonly code: ReasonCode;
  readonly text: string;
  readonly level?: string;
  readonly fact?: string;
  readonly source?: string | undefined;
  readonly confirmed?: boolean | undefined;
}

function levelWords(ctx: Ctx, code: string): string {
  const l = ctx.scheme.levels.find((x) => x.code === code)!;
  return quote(l.label[ctx.lang]);
}

function factKind(c: Condition): FactKind {
  if (isFactKey(c.fact)) return FACTS[c.fact].kind;
  const v = c.value;
  if (Array.isArray(v)) return "share";
  if (typeof v === "boolean") return "boolean";
  return "number";
}

function factLabel(ctx: Ctx, c: Condition): string {
  if (isFactKey(c.fact)) return FACTS[c.fact].label[ctx.lang];
  return c.label?.[ctx.lang] ?? c.fact;
}

function valueOf(ctx: Ctx, fact: string): Value | undefined {
  if (isFactKey(fact)) return (ctx.input as Record<string, Value | undefined>)[fact];
  const f = ctx.input.facts;
  return f !== undefined && Object.hasOwn(f, fact) ? f[fact] : undefined;
}

/** The value of a share if usable: undefined for a zero denominator. */
function usableShare(v: ShareValue): ShareValue | undefined {
  return typeof v === "number" ? v : v.denominator === 0 ? undefined : v;
}

const CRITERION_RANK: Readonly<Record<string, number>> = { excellent: 0, good: 1, average: 2, poor: 3 };
const FOUR_RANK: Readonly<Record<string, number>> = { excellent: 0, good: 1, completed: 2, "not-completed": 3 };

function compareOp(op: string, cmp: number): boolean {
  switch (op) {
    case ">=":
      return cmp >= 0;
    case ">":
      return cmp > 0;
    case "<=":
      return cmp <= 0;
    case "<":
      return cmp < 0;
    default:
      return cmp === 0;
  }
}

/** Exact comparison of a share with a fraction: sign of (share − num/den). */
function compareShare(v: ShareValue, f: Fraction): number {
  const [n, d] = f;
  if (typeof v === "number") return Math.sign(v - n / d);
  // numerator/denominator vs n/d, in integers when they are integers (exact), else in floats.
  return Math.sign(v.numerator * d - n * v.denominator);
}

/** Whether a condition holds, or undefined when its fact is not given (booleans: false). */
function holds(ctx: Ctx, c: Condition): boolean | undefined {
  const kind = factKind(c);
  let v = valueOf(ctx, c.fact);
  if (kind === "boolean") return (v === true) === c.value;
  if (v === undefined) return undefined;
  if (kind === "share") {
    v = usableShare(v as ShareValue);
    if (v === undefined) return undefined;
    return compareOp(c.op, compareShare(v, c.value as Fraction));
  }
  if (kind === "number") return compareOp(c.op, Math.sign((v as number) - (c.value as number)));
  const ranks = kind === "criterion" ? CRITERION_RANK : FOUR_RANK;
  // "better" is a lower rank: a >= b means rank(a) <= rank(b).
  return compareOp(c.op, Math.sign(ranks[c.value as string]! - ranks[v as string]!));
}

function valueWords(ctx: Ctx, c: Condition, v: Value): string {
  const kind = factKind(c);
  if (kind === "share") return shareValue(v as ShareValue, ctx.lang);
  if (kind === "number") return num(v as number, ctx.lang);
  const list = kind === "criterion" ? CRITERION_LEVELS : FOUR_LEVELS;
  return quote(list.find((x) => x.code === v)!.label[ctx.lang]);
}

/** The condition as words ("từ 30% trở lên", "at most 20%"; "100%" alone for "all"). */
function conditionWords(ctx: Ctx, c: Condition): string {
  if (factKind(c) === "share" && c.op === ">=") {
    const [n, d] = c.value as Fraction;
    if (n === d) return fraction(c.value as Fraction, ctx.lang);
  }
  return ctx.w.cond[c.op as ">="](thresholdWords(ctx, c));
}

function thresholdWords(ctx: Ctx, c: Condition): string {
  const kind = factKind(c);
  if (kind === "share") return fraction(c.value as Fraction, ctx.lang);
  if (kind === "number") return num(c.value as number, ctx.lang);
  const list = kind === "criterion" ? CRITERION_LEVELS : FOUR_LEVELS;
  return quote(list.find((x) => x.code === c.value)!.label[ctx.lang]);
}

function statement(ctx: Ctx, c: Condition, truth: boolean): string {
  if (isFactKey(c.fact)) {
    const d = FACTS[c.fact];
    return (truth ? d.statement : d.negation)?.[ctx.lang] ?? d.label[ctx.lang];
  }
  const label = factLabel(ctx, c);
  return truth ? label : ctx.lang === "vi" ? `không: ${label}` : `not: ${label}`;
}

/** "tỷ lệ ... là 40%, dưới 50%" — a condition that holds, in words. */
function conditionHolds(ctx: Ctx, c: Condition): string {
  if (factKind(c) === "boolean") return statement(ctx, c, c.value === true);
  const v = valueOf(ctx, c.fact)!;
  return `${ctx.w.is(factLabel(ctx, c), valueWords(ctx, c, v))}, ${conditionWords(ctx, c)}`;
}

/** Why a requirement for `level` is not met. */
function requirementFails(ctx: Ctx, c: Condition, level: string): string {
  const L = levelWords(ctx, level);
  if (factKind(c) === "boolean") return ctx.w.notEligible(statement(ctx, c, c.value !== true), L);
  const v = valueOf(ctx, c.fact)!;
  const thr = thresholdWords(ctx, c);
  const head = ctx.w.is(factLabel(ctx, c), valueWords(ctx, c, v));
  const tail = c.op === ">=" ? ctx.w.below(thr, L) : c.op === ">" ? ctx.w.notAbove(thr, L) : c.op === "<=" ? ctx.w.aboveMax(thr, L) : ctx.w.notBelow(thr, L);
  return `${head}, ${tail}`;
}

function applies(rule: RuleMeta, role: SubjectRole): boolean {
  return rule.subjects === undefined || rule.subjects.includes(role);
}

function bandWords(ctx: Ctx, b: ScoreBand): string {
  const w = ctx.w;
  const t =
    b.min !== undefined && b.below !== undefined
      ? w.bandBetween(num(b.min, ctx.lang), num(b.below, ctx.lang))
      : b.min !== undefined
        ? w.bandFrom(num(b.min, ctx.lang))
        : w.bandBelow(num(b.below ?? 0, ctx.lang));
  return b.confirmed === false ? `${t}; ${w.bandUnconfirmed}` : t;
}

function unconfirmed(ctx: Ctx, r: RuleMeta): string {
  return r.confirmed === false ? ctx.w.unconfirmed : "";
}

// --- Input checks --------------------------------------------------------------------------------

const INPUT_KEYS = new Set(["subject", "organizationKind", "score", "children", "facts"]);

function checkValue(fact: string, kind: FactKind, v: unknown, fn: string): void {
  const bad = (expected: string): never => {
    throw new GrassrootsError("invalid-argument", `${fn}: ${fact} must be ${expected}, got ${show(v)}`);
  };
  switch (kind) {
    case "share":
      if (typeof v === "number") {
        if (!(v >= 0 && v <= 1)) bad("a share from 0 to 1 (or { numerator, denominator })");
      } else if (typeof v === "object" && v !== null) {
        const { numerator: n, denominator: d } = v as { numerator: unknown; denominator: unknown };
        if (typeof n !== "number" || typeof d !== "number" || !(n >= 0) || !(d >= 0) || n > d || !Number.isFinite(d)) bad("counts { numerator, denominator } with 0 ≤ numerator ≤ denominator");
      } else bad("a share from 0 to 1 or { numerator, denominator }");
      return;
    case "boolean":
      if (typeof v !== "boolean") bad("true or false");
      return;
    case "number":
      if (typeof v !== "number" || !Number.isFinite(v)) bad("a number");
      return;
    case "criterion":
      if (typeof v !== "string" || !(v in CRITERION_RANK)) bad(`one of ${Object.keys(CRITERION_RANK).join(", ")}`);
      return;
    case "level":
      if (typeof v !== "string" || !(v in FOUR_RANK)) bad(`one of ${Object.keys(FOUR_RANK).join(", ")}`);
  }
}

function checkInput(scheme: Scheme, input: ClassifyInput, fn: string): SubjectRole {
  if (typeof input !== "object" || input === null) throw new GrassrootsError("invalid-argument", `${fn}: input must be an object, got ${show(input)}`);
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (isFactKey(k)) checkValue(k, FACTS[k].kind, v, fn);
    else if (!INPUT_KEYS.has(k)) {
      throw new GrassrootsError("invalid-argument", `${fn}: unknown input ${show(k)}; facts are ${Object.keys(FACTS).join(", ")} (facts of your own go in "facts")`);
    }
  }
  const role = input.subject ?? scheme.appliesTo.roles[0]!;
  if (!scheme.appliesTo.roles.includes(role)) {
    throw new GrassrootsError("invalid-argument", `${fn}: ${scheme.id} rates ${scheme.appliesTo.roles.join(", ")}; got subject ${show(input.subject)}`);
  }
  if (input.facts !== undefined && (typeof input.facts !== "object" || input.facts === null)) throw new GrassrootsError("invalid-argument", `${fn}: facts must be an object`);
  return role;
}

function childScheme(scheme: Scheme, rule: TreeRule): Scheme {
  return rule.childScheme === undefined || rule.childScheme === scheme.id ? scheme : schemeById(rule.childScheme);
}

/** Counts of children by level rank in `child`, or throws for an unknown code. */
function childCounts(child: Scheme, children: ChildLevels, fn: string): number[] {
  const counts = new Array<number>(child.levels.length).fill(0);
  if (Array.isArray(children)) {
    for (const c of children as readonly string[]) counts[rankOf(child, c, fn)]!++;
  } else if (typeof children === "object" && children !== null) {
    for (const [code, n] of Object.entries(children)) {
      if (!Number.isInteger(n) || n < 0) throw new GrassrootsError("invalid-argument", `${fn}: the count of children at ${show(code)} must be a whole number ≥ 0, got ${show(n)}`);
      counts[rankOf(child, code, fn)]! += n;
    }
  } else throw new GrassrootsError("invalid-argument", `${fn}: children must be an array of level codes or counts by code`);
  return counts;
}

interface TreeOutcome {
  /** Ranks at or above this one are blocked (-1: none). */
  readonly blockedUpTo: number;
  readonly forced: readonly { readonly rank: number; readonly phrase: Phrase }[];
  readonly phrases: readonly Phrase[];
}

function evaluateTree(ctx: Ctx, organizationKind: OrganizationKind | undefined, children: ChildLevels, fn: string): TreeOutcome {
  const scheme = ctx.scheme;
  let blockedUpTo = -1;
  const forced: { rank: number; phrase: Phrase }[] = [];
  const phrases: Phrase[] = [];
  const noted = new Set<string>();
  for (const rule of scheme.tree ?? []) {
    if (organizationKind === undefined || !rule.parentKinds.includes(organizationKind)) continue;
    const child = childScheme(scheme, rule);
    const counts = childCounts(child, children, fn);
    const total = counts.reduce((a, b) => a + b, 0);
    const who = rule.children === "members" ? ctx.w.members : ctx.w.subordinates;
    if (total === 0) {
      if (!noted.has(who)) phrases.push({ code: "children", text: ctx.w.noChildren(who), source: rule.source });
      noted.add(who);
      continue;
    }
    const r = rankOf(child, rule.childLevel, fn);
    let n = 0;
    for (let i = 0; i < counts.length; i++) if (rule.direction === "at-or-above" ? i <= r : i >= r) n += counts[i]!;
    const ok = compareOp(rule.op, compareShare({ numerator: n, denominator: total }, rule.value));
    const childLabel = quote(child.levels[r]!.label[ctx.lang]);
    const subject = ctx.w.shareRated(who, childLabel, rule.direction, r === child.levels.length - 1, r === 0);
    const head = `${ctx.w.is(subject, shareValue({ numerator: n, denominator: total }, ctx.lang))}`;
    const L = levelWords(ctx, rule.level);
    const rank = rankOf(scheme, rule.level, fn);
    if (rule.effect === "required-for" && !ok) {
      const thr = fraction(rule.value, ctx.lang);
      const tail = rule.op === ">=" ? ctx.w.below(thr, L) : rule.op === ">" ? ctx.w.notAbove(thr, L) : rule.op === "<=" ? ctx.w.aboveMax(thr, L) : ctx.w.notBelow(thr, L);
      phrases.push({ code: "children", text: `${head}, ${tail}${unconfirmed(ctx, rule)}`, level: rule.level, source: rule.source, confirmed: rule.confirmed });
      blockedUpTo = Math.max(blockedUpTo, rank);
    } else if (rule.effect === "forces" && ok) {
      const text = ctx.w.forced(`${head}, ${ctx.w.cond[rule.op](fraction(rule.value, ctx.lang))}`, L) + unconfirmed(ctx, rule);
      forced.push({ rank, phrase: { code: "children", text, level: rule.level, source: rule.source, confirmed: rule.confirmed } });
    }
  }
  return { blockedUpTo, forced, phrases };
}

function finish<L extends string>(scheme: Scheme, role: SubjectRole, rank: number | null, scoreRank: number | null, phrases: Phrase[], assumed: string[], ctx: Ctx): Classification<L> {
  const level = rank === null ? null : scheme.levels[rank]!;
  if (level !== null) phrases.push({ code: "result", text: ctx.w.result(quote(level.label[ctx.lang])), level: level.code });
  const body = phrases.filter((p) => p.code !== "result");
  const summary =
    capitalize(body.map((p) => p.text).join("; ")) + (level === null ? "" : `${body.length > 0 ? " → " : ""}${body.length > 0 ? quote(level.label[ctx.lang]) : capitalize(ctx.w.result(quote(level.label[ctx.lang])))}`);
  return Object.freeze({
    scheme: scheme.id,
    subject: role,
    level: (level?.code ?? null) as L | null,
    tier: level?.tier ?? null,
    label: level?.label[ctx.lang] ?? null,
    scoreLevel: (scoreRank === null ? null : scheme.levels[scoreRank]!.code) as L | null,
    reasons: Object.freeze(
      phrases.map((p) =>
        Object.freeze({
          code: p.code,
          message: capitalize(p.text),
          ...(p.level !== undefined ? { level: p.level } : {}),
          ...(p.fact !== undefined ? { fact: p.fact } : {}),
          ...(p.source !== undefined ? { source: p.source } : {}),
          ...(p.confirmed !== undefined ? { confirmed: p.confirmed } : {}),
        }),
      ),
    ),
    assumed: Object.freeze(assumed),
    summary,
  });
}

function isClassifiable(s: Scheme): boolean {
  const main = s.levels.filter((l) => l.refines === undefined);
  return main.slice(0, -1).every((l) => l.band !== undefined || (l.requires !== undefined && l.requires.length > 0));
}

/**
 * The level a subject qualifies for under a scheme, with the reasons.
 *
 * In order:
 * 1. **Not rated**: a case of the scheme's exclusions (a suspended member; under QĐ 124 a member
 *    admitted less than 6 months earlier) gives level `null`.
 * 2. **Forced**: a condition that forces a level ("disciplined in the year" → "not completed")
 *    overrides the score; the worst forced level wins, and every trigger is listed.
 * 3. **Children**: given `children` and `organizationKind`, the rules between levels of the tree
 *    apply (see {@link bestLevelFromChildren}).
 * 4. **Best level whose band and conditions are met**: levels are tried best first; a level is
 *    granted when the score is at least its band's lower end (bands include it: 90 is
 *    "excellent" under QĐ 366, 89.99 is not) and every requirement for the subject holds.
 *    Shares compare exactly: 30% of tasks exceeded meets "≥ 30%", and counts `{ numerator: 3,
 *    denominator: 10 }` are compared in integers. The lowest level is the fallback.
 *
 * A level awarded by selection (HD 27's "Trong sạch, vững mạnh tiêu biểu") is granted only when
 * `selectedExemplary` is true. The quota on the top level is checked per group by `checkQuota`,
 * not here. A higher score never yields a worse level when the other facts are equal.
 *
 * @param scheme - a scheme object or a built-in id
 * @param input - the score (on schemes with bands), the facts, the subject's role
 * @param options - `locale` of the reasons, and what a missing fact does (`missing`)
 * @returns the level (or `null` when not rated), its tier and label, the score's band level,
 *   the reasons and a one-sentence summary
 * @throws {@link GrassrootsError} `invalid-argument` for a missing or out-of-range score, a fact
 *   of the wrong type, an unknown input key, a role the scheme does not rate, or a scheme whose
 *   sources give labels only (HD 20, the four-grade scales); `unknown-level` for an unknown child
 *   level; `unknown-scheme` for an unknown id
 *
 * @example
 * ```ts
 * const c = classify(QD_366_2025, { score: 92, tasksOnTime: 1, tasksExceeded: 0.25, shortcomingsFixed: 1 });
 * c.level;      //=> "good"
 * c.scoreLevel; //=> "excellent"
 * c.summary;
 * //=> "92 điểm, thuộc khung “Hoàn thành xuất sắc nhiệm vụ” (từ 90 điểm); tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu là 25%, dưới mức 30% cần có để được “Hoàn thành xuất sắc nhiệm vụ” → “Hoàn thành tốt nhiệm vụ”"
 * ```
 *
 * @example
 * ```ts
 * const c = classify(QD_366_2025, { score: 92, tasksOnTime: 1, tasksExceeded: 0.25, shortcomingsFixed: 1 }, { locale: "en" });
 * c.reasons[1].message;
 * //=> "Share of tasks exceeding requirements is 25%, below the 30% required for “Tasks completed excellently”"
 * ```
 *
 * @example
 * ```ts
 * // Conditions that force "not completed" override the score.
 * classify(QD_124_2023, { subject: "individual", disciplined: true, criteriaLowest: "excellent", taskCriteriaLowest: "excellent" }).level;
 * //=> "not-completed"
 * // Not rated: admitted less than 6 months before the review.
 * classify(QD_124_2023, { monthsSinceAdmission: 4 }).level; //=> null
 * ```
 */
export function classify<S extends Scheme>(scheme: S | string, input: ClassifyInput, options: ClassifyOptions = {}): Classification<LevelOf<S>> {
  const fn = "classify";
  const s = resolveScheme(scheme, fn);
  const lang = languageOf(options.locale, fn);
  const missing = options.missing ?? "assume-met";
  if (missing !== "assume-met" && missing !== "not-met") throw new GrassrootsError("invalid-argument", `${fn}: missing must be "assume-met" or "not-met", got ${show(missing)}`);
  const role = checkInput(s, input, fn);
  if (!isClassifiable(s)) {
    throw new GrassrootsError(
      "invalid-argument",
      `${fn}: the sources of ${s.id} give its labels only, so no rule derives a level under it; record the level decided by the competent level`,
    );
  }
  const ctx: Ctx = { scheme: s, lang, w: WORDS[lang], input, missing };
  const banded = s.levels.some((l) => l.band !== undefined);
  if (banded && input.score === undefined) throw new GrassrootsError("invalid-argument", `${fn}: ${s.id} rates on a ${s.score!.min}–${s.score!.max} point scale; give a score`);
  if (!banded && input.score !== undefined) throw new GrassrootsError("invalid-argument", `${fn}: ${s.id} has no score scale; leave out score`);

  const phrases: Phrase[] = [];
  const assumed: string[] = [];

  // 1. Not rated.
  for (const e of s.exclusions ?? []) {
    if (!applies(e, role)) continue;
    if (e.when.every((c) => holds(ctx, c) === true)) {
      phrases.push({
        code: "excluded",
        text: ctx.w.excluded(e.when.map((c) => conditionHolds(ctx, c)).join(ctx.w.and)) + unconfirmed(ctx, e),
        source: e.source,
        confirmed: e.confirmed,
      });
      return finish(s, role, null, null, phrases, assumed, ctx);
    }
  }

  // The score's band.
  let scoreRank: number | null = null;
  if (banded) {
    scoreRank = bandRank(s, input.score!, fn);
    const l = s.levels[scoreRank]!;
    phrases.push({ code: "score-band", text: ctx.w.inBand(num(input.score!, lang), quote(l.label[lang]), bandWords(ctx, l.band!)), level: l.code });
  }

  // 2. Forced levels.
  const forced: { rank: number; phrase: Phrase }[] = [];
  for (const f of s.forcing ?? []) {
    if (!applies(f, role)) continue;
    if (f.when.every((c) => holds(ctx, c) === true)) {
      const rank = rankOf(s, f.level, fn);
      const despite = scoreRank !== null && scoreRank < rank ? ctx.w.despite(num(input.score!, lang)) : "";
      const text = ctx.w.forced(f.when.map((c) => conditionHolds(ctx, c)).join(ctx.w.and), levelWords(ctx, f.level)) + despite + unconfirmed(ctx, f);
      forced.push({ rank, phrase: { code: "forced", text, level: f.level, fact: f.when[0]!.fact, source: f.source, confirmed: f.confirmed } });
    }
  }

  // 3. Children.
  let blockedUpTo = -1;
  if (input.children !== undefined) {
    const t = evaluateTree(ctx, input.organizationKind, input.children, fn);
    blockedUpTo = t.blockedUpTo;
    forced.push(...t.forced);
    phrases.push(...t.phrases);
  }

  if (forced.length > 0) {
    let worst = forced[0]!.rank;
    for (const f of forced) if (f.rank > worst) worst = f.rank;
    for (const f of forced) phrases.push(f.phrase);
    return finish(s, role, worst, scoreRank, phrases, assumed, ctx);
  }

  // 4. The best level whose band and requirements are met.
  const levels = s.levels;
  const lastMain = levels.reduce((acc, l, i) => (l.refines === undefined ? i : acc), 0);
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i]!;
    if (i === lastMain) return finish(s, role, i, scoreRank, phrases, assumed, ctx);
    if (scoreRank !== null && l.band?.min !== undefined && input.score! < l.band.min) continue;
    if (i <= blockedUpTo) continue;
    const fails: Phrase[] = [];
    const assumedHere: { fact: string; phrase: Phrase }[] = [];
    for (const r of l.requires ?? []) {
      if (!applies(r, role)) continue;
      const h = holds(ctx, r);
      if (h === true) continue;
      if (h === undefined) {
        const skip = isFactKey(r.fact) && FACTS[r.fact].ifMissing === "not-applicable";
        if (skip) continue;
        const c = conditionWords(ctx, r);
        if (missing === "assume-met") {
          assumedHere.push({ fact: r.fact, phrase: { code: "assumed", text: ctx.w.assumed(factLabel(ctx, r), c, levelWords(ctx, l.code)), level: l.code, fact: r.fact, source: r.source } });
          continue;
        }
        fails.push({ code: "requirement-not-met", text: ctx.w.noFigure(factLabel(ctx, r), c, levelWords(ctx, l.code)), level: l.code, fact: r.fact, source: r.source, confirmed: r.confirmed });
        continue;
      }
      fails.push({ code: "requirement-not-met", text: requirementFails(ctx, r, l.code) + unconfirmed(ctx, r), level: l.code, fact: r.fact, source: r.source, confirmed: r.confirmed });
    }
    if (fails.length === 0) {
      for (const a of assumedHere) {
        phrases.push(a.phrase);
        if (!assumed.includes(a.fact)) assumed.push(a.fact);
      }
      return finish(s, role, i, scoreRank, phrases, assumed, ctx);
    }
    // A selection (tiêu biểu) that was not made is not a reason worth stating.
    if (l.refines === undefined) phrases.push(...fails);
  }
  /* c8 ignore next */
  return finish(s, role, lastMain, scoreRank, phrases, assumed, ctx);
}

/** Input of {@link bestLevelFromChildren}. */
export interface ChildrenInput {
  /** The parent's kind: `party-cell` (its children are members) or `party-committee` (subordinate organizations). */
  readonly organizationKind: OrganizationKind;
  /** The children's levels (codes of the rule's child scheme), or counts by code. */
  readonly children: ChildLevels;
}

/**
 * The best level a cell or committee may receive under a scheme, as far as the rules between
 * levels of the tree go, with the reasons:
 *
 * - QĐ 132 / HD 21 (R12): "excellent" needs 100% of the members (or subordinate organizations)
 *   rated "completed" or better and at least 80% "good" or better;
 * - HD 27 (R14): a committee with more than 1/3 of its subordinate organizations "Yếu kém", or a
 *   cell with more than 1/2 of its members "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ"
 *   (rated under `hd-27-2014-member`), is "Yếu kém".
 *
 * Shares compare exactly in integers: 8 of 10 is 80%, so it meets "≥ 80%"; 3 of 9 is exactly
 * 1/3, not more. With no rated children the rules are not applied (and the reasons say so). A
 * scheme without such rules returns its top level.
 *
 * @throws {@link GrassrootsError} `unknown-level` for a child code that is not a level of the
 *   child scheme, `invalid-argument` for bad counts
 *
 * @example
 * ```ts
 * const cell = { organizationKind: "party-cell" } as const;
 * bestLevelFromChildren(QD_132_2018, { ...cell, children: { excellent: 1, good: 6, completed: 3 } }).best; //=> "good"
 * bestLevelFromChildren(QD_132_2018, { ...cell, children: { excellent: 2, good: 6, completed: 2 } }).best; //=> "excellent"
 * bestLevelFromChildren(HD_27_2014, { ...cell, children: { good: 4, violated: 5 } }, { locale: "en" }).summary;
 * //=> "Share of members rated “In breach of membership standards, or tasks not completed” is 5/9 (55.56%), above 50%: rated “Weak” → “Weak”"
 * ```
 */
export function bestLevelFromChildren<S extends Scheme>(scheme: S | string, input: ChildrenInput, options: { readonly locale?: LocaleOption } = {}): ChildrenLimit<LevelOf<S>> {
  const fn = "bestLevelFromChildren";
  const s = resolveScheme(scheme, fn);
  const lang = languageOf(options.locale, fn);
  if (typeof input !== "object" || input === null) throw new GrassrootsError("invalid-argument", `${fn}: input must be { organizationKind, children }`);
  const ctx: Ctx = { scheme: s, lang, w: WORDS[lang], input: {}, missing: "assume-met" };
  const t = evaluateTree(ctx, input.organizationKind, input.children, fn);
  const phrases: Phrase[] = [...t.phrases];
  let rank: number;
  let forced = false;
  if (t.forced.length > 0) {
    rank = Math.max(...t.forced.map((f) => f.rank));
    forced = true;
    phrases.push(...t.forced.map((f) => f.phrase));
  } else {
    rank = s.levels.findIndex((l, i) => l.refines === undefined && i > t.blockedUpTo);
    if (rank < 0) rank = s.levels.length - 1;
  }
  const level = s.levels[rank]!;
  const body = phrases.map((p) => p.text);
  const result = quote(level.label[lang]);
  return Object.freeze({
    scheme: s.id,
    best: level.code as LevelOf<S>,
    forced,
    reasons: Object.freeze(phrases.map((p) => Object.freeze({ code: p.code, message: capitalize(p.text), ...(p.level !== undefined ? { level: p.level } : {}), ...(p.source !== undefined ? { source: p.source } : {}) }))),
    summary: body.length > 0 ? `${capitalize(body.join("; "))} → ${result}` : capitalize(WORDS[lang].result(result)),
  });
}
