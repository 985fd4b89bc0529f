/**
 * The cap on the top level ("the number rated HTXSNV does not exceed 20% of those rated HTTNV"),
 * checked per group.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { datasetIndex } from "../model/compile.js";
import { ORGANIZATION_LEVELS, type SubjectKind } from "../model/codes.js";
import type { Dataset, Period } from "../model/schemas.js";
import { IS_PARTY_KIND } from "../model/status.js";
import { show } from "./_format.js";
import { bandRank, rankOf } from "./levels.js";
import { resolveScheme } from "./lookup.js";
import type { Fraction, QuotaRule, Scheme, ShareRatio, SubjectRole } from "./types.js";

/** A rating as `checkQuota` reads it: a dataset `Rating` fits, with an optional `group`. */
export interface QuotaEntry {
  readonly subjectId: string;
  readonly subjectKind?: SubjectKind | undefined;
  readonly scheme?: string | undefined;
  readonly period?: Period | undefined;
  /** The level; derived from `score` by the bands when absent. */
  readonly level?: string | undefined;
  readonly score?: number | undefined;
  /** The group the cap is counted in (for `groupBy: "group"`). */
  readonly group?: string | undefined;
}

/** How `checkQuota` rounds `share × base` to a whole number of subjects. */
export type QuotaRounding = "floor" | "round" | "ceil";

/** Options of {@link checkQuota}. */
export interface QuotaOptions {
  /** The scheme; its quota rule gives the defaults below. */
  readonly scheme: Scheme | string;
  /** Picks the scheme's quota rule for this role (QĐ 132 has one for members, one for organizations); default the first rule. */
  readonly subject?: SubjectRole;
  /** The capped level; default the rule's (`excellent`). */
  readonly level?: string;
  /** The cap as a fraction of the base; default the rule's (`[20, 100]`). */
  readonly share?: Fraction;
  /** The level the base counts; default the rule's (`good`). */
  readonly baseLevel?: string;
  /** `"level"`: those rated `baseLevel` (default; "20% of those rated HTTNV"); `"at-or-above"`: those rated `baseLevel` or better. */
  readonly base?: "level" | "at-or-above";
  /**
   * `"floor"` (default): the literal reading of "does not exceed 20%" for whole people — 4 rated
   * "good" allow floor(0.8) = 0 excellent, so a small cell can never have one; `"round"` (half
   * up): 0.8 → 1, 0.4 → 0, 0.5 → 1; `"ceil"`: any positive product allows one more.
   */
  readonly rounding?: QuotaRounding;
  /** A floor on the limit of every group (e.g. 1 so that any group may have one); default 0. */
  readonly minimum?: number;
  /**
   * The groups: `"group"` reads each entry's `group` (the default when an entry has one),
   * `"all"` makes one group (the default otherwise), or a function of the entry (e.g.
   * {@link byGrassrootsOrganization}); an entry whose group is `undefined` is counted apart.
   */
  readonly groupBy?: "group" | "all" | ((entry: QuotaEntry) => string | undefined);
  /** Keep only entries of this period. Entries of several periods without it are an error. */
  readonly period?: Period;
}

/** One group's count against its limit. */
export interface QuotaGroup {
  readonly group: string;
  /** Entries in the group. */
  readonly rated: number;
  /** The base: entries rated the base level (or better, with `base: "at-or-above"`). */
  readonly base: number;
  /** Entries rated the capped level. */
  readonly count: number;
  /** max(minimum, rounding(share × base)). */
  readonly limit: number;
  /** max(0, count − limit). */
  readonly excess: number;
  /** count / base. */
  readonly share: ShareRatio;
  /** Subject ids rated the capped level, in entry order. */
  readonly ids: readonly string[];
  /** Subject ids counted in the base. */
  readonly baseIds: readonly string[];
}

/** The result of {@link checkQuota}. */
export interface QuotaCheck {
  readonly scheme: string;
  readonly level: string;
  readonly baseLevel: string;
  readonly base: "level" | "at-or-above";
  readonly share: Fraction;
  readonly rounding: QuotaRounding;
  readonly minimum: number;
  /** `false` when the scheme's rule is UNCONFIRMED (QĐ 366). */
  readonly confirmed: boolean;
  /** Groups in order of first appearance. */
  readonly groups: readonly QuotaGroup[];
  /** Sum of the groups' excess. */
  readonly excess: number;
  readonly withinLimit: boolean;
  /** Entries whose group is undefined, not counted in any group. */
  readonly ungrouped: { readonly count: number; readonly ids: readonly string[] };
}

/** @internal the limit for a base: rounding(num × base / den), computed in integers, then at least `minimum`. */
export function quotaLimit(share: Fraction, base: number, rounding: QuotaRounding, minimum: number): number {
  const a = share[0] * base;
  const d = share[1];
  const q = rounding === "floor" ? Math.floor(a / d) : rounding === "ceil" ? Math.ceil(a / d) : Math.floor((2 * a + d) / (2 * d));
  return Math.max(minimum, q);
}

function periodKey(p: Period): string {
  return String(p);
}

/**
 * Checks the cap on a level per group: for each group, the number rated the capped level, the
 * limit, the excess and the ids.
 *
 * The limit is `rounding(share × base)`, at least `minimum`, where the base is the number rated
 * the base level (`base: "level"`, the reading of "20% of those rated HTTNV") or that level or
 * better (`"at-or-above"`). Real systems differ, so each choice is an option; the defaults come
 * from the scheme's rule, with `rounding: "floor"` and `minimum: 0`:
 *
 * | base (rated "good") | floor | round | ceil |
 * |---:|---:|---:|---:|
 * | 1–4 | 0 | 0 (1–2), 1 (3–4) | 1 |
 * | 5 | 1 | 1 | 1 |
 * | 7 | 1 | 1 | 2 |
 * | 13 | 2 | 3 | 3 |
 *
 * @param entries - ratings (dataset `Rating` records fit), optionally with a `group`
 * @param options - the scheme, and the choices above
 * @throws {@link GrassrootsError} `invalid-argument` for entries under another scheme, entries of
 *   several periods without `period`, an entry with neither level nor score, or bad options;
 *   `unknown-level` for a level the scheme does not have
 *
 * @example
 * ```ts
 * const ratings = [
 *   { subjectId: "a", level: "excellent" }, { subjectId: "b", level: "good" },
 *   { subjectId: "c", level: "good" }, { subjectId: "d", level: "good" }, { subjectId: "e", level: "good" },
 * ];
 * const q = checkQuota(ratings, { scheme: QD_124_2023 });
 * q.groups[0];
 * //=> { group: "all", rated: 5, base: 4, count: 1, limit: 0, excess: 1,
 * //     share: { numerator: 1, denominator: 4, ratio: 0.25 }, ids: ["a"], baseIds: ["b", "c", "d", "e"] }
 * checkQuota(ratings, { scheme: QD_124_2023, rounding: "round" }).withinLimit; //=> true
 * checkQuota(ratings, { scheme: QD_124_2023, base: "at-or-above" }).groups[0].limit; //=> 1
 * ```
 */
export function checkQuota(entries: readonly QuotaEntry[], options: QuotaOptions): QuotaCheck {
  const fn = "checkQuota";
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: options must be an object with a scheme`);
  const s = resolveScheme(options.scheme, fn);
  if (!Array.isArray(entries)) throw new GrassrootsError("invalid-argument", `${fn}: entries must be an array of ratings`);
  const rules = s.quotas ?? [];
  const rule: QuotaRule | undefined = options.subject === undefined ? rules[0] : rules.find((r) => r.subjects === undefined || r.subjects.includes(options.subject!));
  const level = options.level ?? rule?.level;
  const share = options.share ?? rule?.share;
  const baseLevel = options.baseLevel ?? rule?.baseLevel;
  const base = options.base ?? rule?.base ?? "level";
  const rounding = options.rounding ?? "floor";
  const minimum = options.minimum ?? 0;
  if (level === undefined || share === undefined || baseLevel === undefined) {
    throw new GrassrootsError("invalid-argument", `${fn}: ${s.id} has no quota rule${options.subject ? ` for ${options.subject}` : ""}; give level, share and baseLevel`);
  }
  if (!Array.isArray(share) || share.length !== 2 || !Number.isInteger(share[0]) || !Number.isInteger(share[1]) || share[0] < 0 || share[1] <= 0) {
    throw new GrassrootsError("invalid-argument", `${fn}: share must be a fraction [numerator, denominator] of whole numbers, e.g. [20, 100]`);
  }
  if (rounding !== "floor" && rounding !== "round" && rounding !== "ceil") throw new GrassrootsError("invalid-argument", `${fn}: rounding must be "floor", "round" or "ceil", got ${show(rounding)}`);
  if (base !== "level" && base !== "at-or-above") throw new GrassrootsError("invalid-argument", `${fn}: base must be "level" or "at-or-above", got ${show(base)}`);
  if (!Number.isInteger(minimum) || minimum < 0) throw new GrassrootsError("invalid-argument", `${fn}: minimum must be a whole number ≥ 0, got ${show(minimum)}`);
  const capRank = rankOf(s, level, fn);
  const baseRank = rankOf(s, baseLevel, fn);

  const wanted = options.period === undefined ? undefined : periodKey(options.period);
  let seenPeriod: string | undefined;
  const groupBy = options.groupBy ?? (entries.some((e) => e?.group !== undefined) ? "group" : "all");
  if (groupBy !== "group" && groupBy !== "all" && typeof groupBy !== "function") throw new GrassrootsError("invalid-argument", `${fn}: groupBy must be "group", "all" or a function`);

  interface Acc {
    group: string;
    rated: number;
    ids: string[];
    baseIds: string[];
  }
  const groups = new Map<string, Acc>();
  const ungrouped: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (typeof e !== "object" || e === null || typeof e.subjectId !== "string") throw new GrassrootsError("invalid-argument", `${fn}: entries[${i}] must be a rating with a subjectId`);
    if (e.scheme !== undefined && e.scheme !== s.id) {
      throw new GrassrootsError("invalid-argument", `${fn}: entries[${i}] is rated under ${e.scheme}, not ${s.id}; a quota counts the levels of one scheme (filter the ratings first)`);
    }
    if (e.period !== undefined) {
      const p = periodKey(e.period);
      if (wanted !== undefined) {
        if (p !== wanted) continue;
      } else if (seenPeriod === undefined) seenPeriod = p;
      else if (seenPeriod !== p) throw new GrassrootsError("invalid-argument", `${fn}: the entries span several periods (${seenPeriod}, ${p}); pass period`);
    }
    let rank: number;
    if (e.level !== undefined) rank = rankOf(s, e.level, fn);
    else if (e.score !== undefined) rank = bandRank(s, e.score, fn);
    else throw new GrassrootsError("invalid-argument", `${fn}: entries[${i}] has neither level nor score`);
    const key = groupBy === "all" ? "all" : groupBy === "group" ? e.group : groupBy(e);
    if (key === undefined) {
      ungrouped.push(e.subjectId);
      continue;
    }
    if (typeof key !== "string") throw new GrassrootsError("invalid-argument", `${fn}: the group of entries[${i}] must be a string, got ${show(key)}`);
    let g = groups.get(key);
    if (g === undefined) {
      g = { group: key, rated: 0, ids: [], baseIds: [] };
      groups.set(key, g);
    }
    g.rated++;
    if (rank === capRank) g.ids.push(e.subjectId);
    if (base === "level" ? rank === baseRank : rank <= baseRank) g.baseIds.push(e.subjectId);
  }

  const out: QuotaGroup[] = [];
  let excess = 0;
  for (const g of groups.values()) {
    const b = g.baseIds.length;
    const count = g.ids.length;
    const limit = quotaLimit(share, b, rounding, minimum);
    const x = Math.max(0, count - limit);
    excess += x;
    out.push(
      Object.freeze({
        group: g.group,
        rated: g.rated,
        base: b,
        count,
        limit,
        excess: x,
        share: Object.freeze({ numerator: count, denominator: b, ratio: b === 0 ? null : count / b }),
        ids: Object.freeze(g.ids),
        baseIds: Object.freeze(g.baseIds),
      }),
    );
  }
  return Object.freeze({
    scheme: s.id,
    level,
    baseLevel,
    base,
    share,
    rounding,
    minimum,
    confirmed: rule === undefined ? true : rule.confirmed !== false,
    groups: Object.freeze(out),
    excess,
    withinLimit: excess === 0,
    ungrouped: Object.freeze({ count: ungrouped.length, ids: Object.freeze(ungrouped) }),
  });
}

/**
 * A `groupBy` for {@link checkQuota}: the grassroots party organization (tổ chức cơ sở đảng) of
 * each rated member, as QĐ 132 / HD 21 count the member quota. A member's organization is the
 * party organization of their party membership in force on `date` (default: the last day of the
 * entry's period); its grassroots organization is the nearest organization up the `parentId`
 * chain, itself included, with level `grassroots` (or the top of the chain when none has that
 * level). An organization's own entry is grouped the same way from the organization itself.
 * Entries whose subject has no such membership get `undefined` (counted apart).
 *
 * @param dataset - a parsed dataset
 * @param options - `date` (`YYYY-MM-DD`) to look memberships up on, instead of each period's end
 * @returns the grouping function
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [
 *     { id: "db", name: "Đảng bộ xã A", kind: "party-committee", level: "grassroots" },
 *     { id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", level: "branch", parentId: "db" },
 *   ],
 *   people: [{ id: "p1", name: "Lò Văn A" }],
 *   memberships: [{ personId: "p1", organizationId: "cb1", startDate: "2010-01-01" }],
 * });
 * byGrassrootsOrganization(ds)({ subjectId: "p1", period: 2024 }); //=> "db"
 * ```
 */
export function byGrassrootsOrganization(dataset: Dataset, options: { readonly date?: string } = {}): (entry: QuotaEntry) => string | undefined {
  const ix = datasetIndex(dataset);
  const fixed = options.date === undefined ? undefined : toDayNumber(options.date);
  const o = ix.organizations;
  const m = ix.memberships;
  const grassroots = ORGANIZATION_LEVELS.indexOf("grassroots");
  const up = (row: number): string => {
    let r = row;
    for (let guard = 0; guard < o.count; guard++) {
      if (o.level[r] === grassroots) return o.ids[r]!;
      const p = o.parent[r]!;
      if (p < 0) return o.ids[r]!;
      r = p;
    }
    return o.ids[r]!;
  };
  return (entry: QuotaEntry): string | undefined => {
    let day = fixed;
    if (day === undefined) {
      if (entry.period === undefined) throw new GrassrootsError("invalid-argument", "byGrassrootsOrganization: an entry without a period needs options.date");
      const p = String(entry.period);
      const y = Number(p.slice(0, 4));
      const q = p.length === 4 ? 4 : Number(p.slice(6));
      const month = q * 3;
      const last = [31, 30, 30, 31][q - 1]!;
      day = toDayNumber(`${y}-${String(month).padStart(2, "0")}-${last}`);
    }
    if (entry.subjectKind !== "person") {
      const org = o.rowOf(entry.subjectId);
      if (org >= 0 && (entry.subjectKind === "organization" || ix.people.rowOf(entry.subjectId) < 0)) return up(org);
    }
    const p = ix.people.rowOf(entry.subjectId);
    if (p < 0) return undefined;
    const { personOffsets, personRows } = ix.people;
    let found = -1;
    for (let i = personOffsets[p]!; i < personOffsets[p + 1]!; i++) {
      const r = personRows[i]!;
      const org = m.organization[r]!;
      if (IS_PARTY_KIND[o.kind[org]!] === 1 && m.start[r]! <= day && m.end[r]! >= day) found = org;
    }
    return found < 0 ? undefined : up(found);
  };
}
