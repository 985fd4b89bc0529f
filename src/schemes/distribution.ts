/**
 * Rating distributions over a dataset: counts and shares per level, per period, the ids behind
 * every count, subjects not rated, and the share at or above a level ("good or better").
 *
 * The ratings of an index are grouped once by subject kind and scheme (a counting sort, cached
 * per index like the index itself: one `Int32Array` of the ratings' rows), so a distribution
 * scans only the ratings of its kind and scheme: one pass per period, with no `Map`, string or
 * callback in the inner loop (PERFORMANCE.md).
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth, firstDay, lastDay, NO_START } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import { ORGANIZATION_KINDS, ORGANIZATION_LEVELS, SUBJECT_KINDS, UNIT_KINDS, type OrganizationKind, type OrganizationLevel, type SubjectKind, type UnitKind } from "../model/codes.js";
import type { Dataset, Period } from "../model/schemas.js";
import { IS_PARTY_KIND } from "../model/status.js";
import { show } from "./_format.js";
import { resolveScheme, schemeById } from "./lookup.js";
import type { LevelOf, LocalizedText, Scheme, ShareRatio } from "./types.js";

/** Options of {@link ratingDistribution}. */
export interface RatingDistributionOptions<S extends Scheme = Scheme> {
  /** Whose ratings: `person` (members) or `organization`. */
  readonly subjectKind: SubjectKind;
  /**
   * The scheme (object or built-in id). Without it, the selected ratings must all be under one
   * built-in scheme. With `byTier`, several schemes (an array) or none (every scheme).
   */
  readonly scheme?: S | string | readonly (Scheme | string)[];
  /** Count levels of different schemes together by tier (explicit: see `compareByTier`). */
  readonly byTier?: boolean;
  /** One period: a year (`2024`, the yearly ratings of 2024) or a quarter (`"2026-Q1"`). */
  readonly period?: Period;
  /** First period of a range (inclusive). */
  readonly from?: Period;
  /** Last period of a range (inclusive). */
  readonly to?: Period;
  /** Organizations: their kind; members: the kind of the party organization they belong to at the end of the period. */
  readonly organizationKinds?: readonly OrganizationKind[];
  /** Organizations: their level; members: the level of their party organization. */
  readonly organizationLevels?: readonly OrganizationLevel[];
  /** Organizations: the kind of their unit (`commune`, `ward` ... for "cấp xã"); members: of their organization's unit. */
  readonly unitKinds?: readonly UnitKind[];
  /** Only the subtree of this organization (itself included); members: those of an organization in it. */
  readonly within?: string;
  /** Also give one distribution per organization kind, or per parent organization (members: per party organization). */
  readonly groupBy?: "organization-kind" | "parent";
  /** Which average `share` shows: `"pooled"` (default) or `"period-mean"`. Both are always given. */
  readonly average?: "pooled" | "period-mean";
  /** Count the subjects not rated in each period (default true). */
  readonly unrated?: boolean;
  /**
   * List the ids behind each level count (default true). `false` leaves the level `ids` empty,
   * which saves building millions of strings at national scale when only the figures are wanted;
   * the unrated and not-due lists are kept.
   */
  readonly ids?: boolean;
}

/** A count and the ids behind it. */
export interface IdList {
  readonly count: number;
  readonly ids: readonly string[];
}

/** One level in one period. */
export interface PeriodLevel<L extends string = string> {
  readonly level: L;
  readonly count: number;
  /** count / rated in the period. */
  readonly share: ShareRatio;
  /** Subject ids, in dataset order of the ratings. */
  readonly ids: readonly string[];
}

/** The distribution of one period. */
export interface PeriodDistribution<L extends string = string> {
  /** `"2024"` or `"2024-Q1"`. */
  readonly period: string;
  /** Ratings with a level (given, or derived from the score). */
  readonly rated: number;
  readonly levels: readonly PeriodLevel<L>[];
  /** Subjects in scope on the period's last day with no rating for it. */
  readonly unrated: IdList;
  /** Subjects in scope but not due for rating under the scheme (e.g. admitted less than 6 months before). */
  readonly notDue: IdList;
  /** Ratings with a score but no level under a scheme without score bands. */
  readonly unclassified: IdList;
}

/** One level over all periods. */
export interface LevelShare<L extends string = string> {
  /** The level code (with `byTier`: `"tier-1"`, `"tier-2"` ...). */
  readonly level: L;
  readonly tier: number;
  readonly label: LocalizedText;
  /** Ratings at this level, over all periods. */
  readonly count: number;
  /** Subject ids, one per rating: period by period, then dataset order. */
  readonly ids: readonly string[];
  /** count / all rated, over all periods together. */
  readonly pooled: ShareRatio;
  /** The mean over periods (with at least one rating) of the period's share; `null` when none. */
  readonly periodMean: number | null;
  /** `pooled.ratio` or `periodMean`, as chosen by `average`. */
  readonly share: number | null;
}

/** The result of {@link ratingDistribution}. */
export interface RatingDistribution<L extends string = string> {
  /** The scheme counted, or `null` with `byTier` over several. */
  readonly scheme: string | null;
  /** Every scheme whose ratings were counted. */
  readonly schemes: readonly string[];
  readonly byTier: boolean;
  readonly subjectKind: SubjectKind;
  readonly average: "pooled" | "period-mean";
  /** Ratings with a level, over all periods. */
  readonly rated: number;
  /** Levels best first. */
  readonly levels: readonly LevelShare<L>[];
  readonly periods: readonly PeriodDistribution<L>[];
  /** Sums over periods. */
  readonly unrated: IdList;
  readonly notDue: IdList;
  readonly unclassified: IdList;
  /**
   * With `groupBy`: one distribution per group (organization kind, or parent organization; `""`
   * for none), in order of first appearance, leaving out groups with nothing to count.
   */
  readonly groups?: readonly { readonly key: string; readonly distribution: RatingDistribution<L> }[];
}

/** Rating rows grouped by (subject kind, scheme): group `kind * schemes + scheme`, dataset order within. */
interface RatingGroups {
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}
const GROUPS = new WeakMap<DatasetIndex, RatingGroups>();

/** The grouping of an index's ratings, built once per index (one counting sort) and cached. */
function ratingGroups(ix: DatasetIndex): RatingGroups {
  let g = GROUPS.get(ix);
  if (g === undefined) {
    const R = ix.ratings;
    const ns = R.schemes.length;
    const n = R.count;
    const offsets = new Int32Array(2 * ns + 1);
    for (let r = 0; r < n; r++) offsets[R.subjectKind[r]! * ns + R.scheme[r]! + 1]!++;
    for (let i = 0; i < 2 * ns; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, 2 * ns);
    const rows = new Int32Array(n);
    for (let r = 0; r < n; r++) rows[fill[R.subjectKind[r]! * ns + R.scheme[r]!]!++] = r;
    g = { offsets, rows };
    GROUPS.set(ix, g);
  }
  return g;
}

const OPTION_KEYS = new Set(["subjectKind", "scheme", "byTier", "period", "from", "to", "organizationKinds", "organizationLevels", "unitKinds", "within", "groupBy", "average", "unrated", "ids"]);

interface PeriodSpec {
  readonly start: number;
  readonly end: number;
  /** 0 year, 1 quarter. */
  readonly quarter: number;
  readonly label: string;
}

function periodSpec(p: unknown, what: string): PeriodSpec {
  const s = typeof p === "number" && Number.isInteger(p) ? String(p) : p;
  if (typeof s !== "string" || !/^\d{4}(-Q[1-4])?$/.test(s)) {
    throw new GrassrootsError("invalid-argument", `ratingDistribution: ${what} must be a year (2024) or a quarter ("2026-Q1"), got ${show(p)}`);
  }
  if (s.length === 4) return { start: firstDay(s), end: lastDay(s), quarter: 0, label: s };
  const q = s.charCodeAt(6) - 48;
  const y = s.slice(0, 4);
  return { start: firstDay(`${y}-${String(q * 3 - 2).padStart(2, "0")}`), end: lastDay(`${y}-${String(q * 3).padStart(2, "0")}`), quarter: 1, label: s };
}

function specOfRating(start: number, form: number): PeriodSpec {
  const [y, m] = civilFromDays(start);
  const quarter = form === 2 ? 1 : 0;
  if (quarter === 0) return { start, end: daysFromCivil(y, 12, 31), quarter, label: String(y).padStart(4, "0") };
  const q = (m - 1) / 3 + 1;
  return { start, end: daysFromCivil(y, q * 3, daysInMonth(y, q * 3)), quarter, label: `${String(y).padStart(4, "0")}-Q${q}` };
}

/** The day `months` months before `day` (same day of month, clamped to the month's end). */
function monthsBefore(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  let mm = m - months;
  let yy = y;
  while (mm < 1) {
    mm += 12;
    yy--;
  }
  return daysFromCivil(yy, mm, Math.min(d, daysInMonth(yy, mm)));
}

function codeSet<T extends string>(list: readonly T[] | undefined, all: readonly string[], what: string): Uint8Array | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new GrassrootsError("invalid-argument", `ratingDistribution: ${what} must be an array`);
  const set = new Uint8Array(all.length);
  for (const k of list) {
    const i = all.indexOf(k);
    if (i < 0) throw new GrassrootsError("invalid-argument", `ratingDistribution: ${show(k)} is not one of ${what} (${all.join(", ")})`);
    set[i] = 1;
  }
  return set;
}

interface OutLevel {
  readonly code: string;
  readonly tier: number;
  readonly label: LocalizedText;
}

/**
 * Counts and shares of rating levels for chosen subjects, periods and scheme, with the ids
 * behind every count and the subjects not rated.
 *
 * **Selecting ratings.** Ratings of `subjectKind` under the scheme, in the period (or every
 * period from `from` to `to`, or all periods), whose subject passes the filters. A year
 * selects yearly ratings (`2024` and `"2024"` alike), a quarter the ratings of that quarter. A
 * rating with a score but no level counts at the level of its score band; under a scheme
 * without bands it is `unclassified`. A subject rated twice in one period counts twice.
 *
 * **Who should have been rated** (`unrated`), on each period's last day: organizations in force
 * that pass the filters; members with a party membership in force whose organization passes
 * them. When the scheme does not rate members admitted less than N months before (QĐ 124, and by
 * default QĐ 366), or organizations founded less than N months before (four-grade-strong),
 * those are `notDue`, not unrated. Ratings of subjects outside that scope still count when no
 * filter excludes them.
 *
 * **Averages over periods.** `pooled` is all ratings at a level over all ratings, every period
 * together: years with more subjects weigh more. `periodMean` is the mean of each period's
 * share, every period weighing the same: the reading of "bình quân hằng năm" in the Nậm Nhùn
 * report ("MTTQ và các đoàn thể ... bình quân hằng năm xếp loại tốt đạt 38,9%"). They differ
 * when periods have different numbers of ratings; `share` shows the one `average` picks.
 *
 * @param dataset - a parsed dataset (compiled once and cached)
 * @param options - see {@link RatingDistributionOptions}
 * @returns levels best first (per period, pooled and period-mean), and per group with `groupBy`
 * @throws {@link GrassrootsError} `invalid-argument` for bad options, or selected ratings under
 *   several schemes without `scheme` or `byTier`; `unknown-scheme` for an unknown id;
 *   `unknown-level` for a rating level the scheme does not have
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [
 *     { id: "mt", name: "Ủy ban MTTQ xã A", kind: "fatherland-front" },
 *     { id: "dt", name: "Đoàn Thanh niên xã A", kind: "youth-union" },
 *     { id: "pn", name: "Hội Phụ nữ xã A", kind: "women-union" },
 *   ],
 *   ratings: [
 *     { subjectId: "mt", scheme: "four-grade-good", period: 2021, level: "good" },
 *     { subjectId: "dt", scheme: "four-grade-good", period: 2021, level: "fair" },
 *     { subjectId: "mt", scheme: "four-grade-good", period: 2022, level: "good" },
 *     { subjectId: "dt", scheme: "four-grade-good", period: 2022, level: "good" },
 *     { subjectId: "pn", scheme: "four-grade-good", period: 2022, level: "average" },
 *   ],
 * });
 * const d = ratingDistribution(ds, { subjectKind: "organization", scheme: FOUR_GRADE_GOOD, from: 2021, to: 2022 });
 * d.levels[0].count;        //=> 3
 * d.levels[0].ids;          //=> ["mt", "mt", "dt"]
 * d.levels[0].pooled;       //=> { numerator: 3, denominator: 5, ratio: 0.6 }
 * d.levels[0].periodMean;   //=> (1 / 2 + 2 / 3) / 2
 * d.periods[0].unrated;     //=> { count: 1, ids: ["pn"] }
 * shareAtOrAbove(d, "fair").ratio; //=> 0.8
 * ```
 */
export function ratingDistribution<S extends Scheme = Scheme>(dataset: Dataset, options: RatingDistributionOptions<S>): RatingDistribution<LevelOf<S>> {
  const fn = "ratingDistribution";
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: options must be an object with subjectKind`);
  for (const k of Object.keys(options)) if (!OPTION_KEYS.has(k)) throw new GrassrootsError("invalid-argument", `${fn}: unknown option ${show(k)}`);
  const kind = SUBJECT_KINDS.indexOf(options.subjectKind);
  if (kind < 0) throw new GrassrootsError("invalid-argument", `${fn}: subjectKind must be "person" or "organization", got ${show(options.subjectKind)}`);
  const average = options.average ?? "pooled";
  if (average !== "pooled" && average !== "period-mean") throw new GrassrootsError("invalid-argument", `${fn}: average must be "pooled" or "period-mean", got ${show(average)}`);
  const groupBy = options.groupBy;
  if (groupBy !== undefined && groupBy !== "organization-kind" && groupBy !== "parent") throw new GrassrootsError("invalid-argument", `${fn}: groupBy must be "organization-kind" or "parent"`);
  if (options.period !== undefined && (options.from !== undefined || options.to !== undefined)) throw new GrassrootsError("invalid-argument", `${fn}: give period, or from/to, not both`);
  const byTier = options.byTier === true;
  const wantUnrated = options.unrated !== false;
  const wantIds = options.ids !== false;

  const ix = datasetIndex(dataset);
  const R = ix.ratings;
  const O = ix.organizations;
  const nr = R.count;
  const nSchemes = R.schemes.length;

  // Period selection.
  const only = options.period === undefined ? undefined : periodSpec(options.period, "period");
  const lo = options.from === undefined ? -2147483648 : periodSpec(options.from, "from").start;
  const hi = options.to === undefined ? 2147483647 : periodSpec(options.to, "to").end;
  if (lo > hi) throw new GrassrootsError("invalid-argument", `${fn}: from is after to`);

  // Schemes: which index schemes are counted, and their levels.
  const listed: Scheme[] | undefined =
    options.scheme === undefined ? undefined : (Array.isArray(options.scheme) ? options.scheme : [options.scheme]).map((s) => resolveScheme(s as Scheme | string, fn));
  if (listed !== undefined && listed.length !== 1 && !byTier) throw new GrassrootsError("invalid-argument", `${fn}: several schemes are counted together only with byTier: true`);
  const schemeAt: (Scheme | undefined)[] = new Array<Scheme | undefined>(nSchemes).fill(undefined);
  if (listed !== undefined) {
    for (let si = 0; si < nSchemes; si++) schemeAt[si] = listed.find((s) => s.id === R.schemes[si]);
  } else {
    // Every scheme with selected ratings; must be one (or built-in ones with byTier).
    const present = schemesPresent(R, kind, only?.start ?? 0, only === undefined ? -1 : only.quarter, lo, hi);
    const ids: string[] = [];
    for (let si = 0; si < nSchemes; si++) if (present[si] === 1) ids.push(R.schemes[si]!);
    if (ids.length > 1 && !byTier) {
      throw new GrassrootsError("invalid-argument", `${fn}: the selected ratings are under several schemes (${ids.join(", ")}); pass scheme, or byTier: true to count them by tier`);
    }
    for (let si = 0; si < nSchemes; si++) if (present[si] === 1) schemeAt[si] = schemeById(R.schemes[si]!);
  }
  const counted = schemeAt.filter((s): s is Scheme => s !== undefined);
  const single: Scheme | undefined = byTier ? undefined : (listed?.[0] ?? counted[0]);

  // Output levels, and the map (index scheme, index level code) → output level.
  let out: OutLevel[];
  if (single !== undefined) out = single.levels.map((l) => ({ code: l.code, tier: l.tier, label: l.label }));
  else {
    const all = listed ?? counted;
    let maxTier = 0;
    for (const s of all) for (const l of s.levels) maxTier = Math.max(maxTier, l.tier);
    out = [];
    for (let t = 1; t <= maxTier; t++) {
      const names = all.flatMap((s) => s.levels.filter((l) => l.tier === t && l.refines === undefined).map((l) => l.label));
      const uniq = (xs: string[]): string => [...new Set(xs)].join(" / ");
      out.push({ code: `tier-${t}`, tier: t, label: { vi: uniq(names.map((n) => n.vi)), en: uniq(names.map((n) => n.en)) } });
    }
  }
  const L = out.length + 1; // the last slot counts unclassified ratings
  const UNCLASSIFIED = out.length;
  let stride = 1;
  for (let si = 0; si < nSchemes; si++) stride = Math.max(stride, R.levelCodes[si]!.length + 1);
  const lvMap = new Int16Array(nSchemes * stride).fill(-1); // -1: not counted; -2: derive from score
  // Score bands per scheme: bandMin[si * B + k], bandOut[si * B + k], for k < bandCount[si].
  const B = 8;
  const bandMin = new Float64Array(nSchemes * B);
  const bandOut = new Int16Array(nSchemes * B);
  const bandCount = new Uint8Array(nSchemes);
  for (let si = 0; si < nSchemes; si++) {
    const s = schemeAt[si];
    if (s === undefined) continue;
    const outOf = (rank: number): number => (single !== undefined ? rank : s.levels[rank]!.tier - 1);
    const codes = R.levelCodes[si]!;
    lvMap[si * stride] = -2;
    for (let c = 0; c < codes.length; c++) {
      const rank = s.levels.findIndex((l) => l.code === codes[c]);
      if (rank < 0) throw new GrassrootsError("unknown-level", `${fn}: a rating under ${s.id} has level ${show(codes[c])}, which is not one of ${s.levels.map((l) => l.code).join(", ")}`);
      lvMap[si * stride + c + 1] = outOf(rank);
    }
    let k = 0;
    for (let rank = 0; rank < s.levels.length && k < B; rank++) {
      const l = s.levels[rank]!;
      if (l.refines !== undefined || l.band === undefined) continue;
      bandMin[si * B + k] = l.band.min ?? Number.NEGATIVE_INFINITY;
      bandOut[si * B + k] = outOf(rank);
      k++;
    }
    bandCount[si] = k;
  }

  // The rows to scan: the ratings of this kind under the counted schemes, in dataset order (from
  // the cached grouping, so a scan never touches the other ratings).
  const byKindAndScheme = ratingGroups(ix);
  const parts: Int32Array[] = [];
  for (let si = 0; si < nSchemes; si++) {
    if (schemeAt[si] === undefined) continue;
    const g = kind * nSchemes + si;
    parts.push(byKindAndScheme.rows.subarray(byKindAndScheme.offsets[g]!, byKindAndScheme.offsets[g + 1]!));
  }
  let rows: Int32Array;
  if (parts.length === 1) rows = parts[0]!;
  else {
    let n = 0;
    for (const part of parts) n += part.length;
    rows = new Int32Array(n);
    n = 0;
    for (const part of parts) {
      rows.set(part, n);
      n += part.length;
    }
    rows.sort();
  }

  // Periods: the one given, or those of the rows within the range, found in one pass. Each
  // period's scan then selects its ratings by period key.
  let periods: PeriodSpec[];
  if (only !== undefined) periods = [only];
  else {
    const keys = collectPeriods(R, rows, lo, hi);
    keys.sort((x, y) => x - y);
    periods = keys.map((key) => specOfRating(Math.floor(key / 2), (key & 1) === 1 ? 2 : 0));
  }
  const P = periods.length;

  // Subject filters and groups.
  const orgPass = organizationFilter(ix, options, fn);
  const persons = kind === 0;
  const nSubjects = persons ? ix.people.count : O.count;
  const subjectIds = persons ? ix.people.ids : O.ids;
  const filtered = orgPass !== undefined;
  const needOrgAt = persons && (filtered || groupBy !== undefined);
  const grouped = groupBy !== undefined;

  // Group keys: organization kind index, or the parent / party organization row.
  const groupKeyOfOrg = (o: number): number => (groupBy === "organization-kind" ? O.kind[o]! : groupBy === "parent" ? (persons ? o : O.parent[o]!) : 0);
  // Keys run from -1 (none: no parent, or a member without a party organization) upwards.
  const groupSlot = new Int32Array(groupBy === "organization-kind" ? ORGANIZATION_KINDS.length + 1 : groupBy === "parent" ? O.count + 1 : 1).fill(-1);
  const groupKeys: number[] = [];
  const slotOf = (key: number): number => {
    const k = grouped ? key + 1 : 0;
    let g = groupSlot[k]!;
    if (g < 0) {
      g = groupKeys.length;
      groupSlot[k] = g;
      groupKeys.push(key);
    }
    return g;
  };
  // Organizations: static group per subject; members: per period (from orgAt).
  const subjectGroup = new Int32Array(grouped ? nSubjects : 0);
  if (!persons && grouped) for (let o = 0; o < O.count; o++) if (orgPass === undefined || orgPass[o] === 1) subjectGroup[o] = slotOf(groupKeyOfOrg(o));

  // Exclusions of the scheme: not due when admitted / founded less than N months before.
  const dueMonths = single === undefined ? -1 : dueMonthsOf(single, persons ? "monthsSinceAdmission" : "monthsSinceFounding");

  // Per-period working arrays.
  // (Large transient arrays are kept few: on a big heap each one counts towards the external
  // memory that triggers a full garbage collection.)
  const orgAt = needOrgAt ? new Int32Array(nSubjects) : undefined;
  const pass = persons && filtered ? new Uint8Array(nSubjects) : orgPass;
  const ratedFlag = wantUnrated ? new Uint8Array(nSubjects) : undefined;

  // Buckets: (period × groups + group) × levels + level, with the groups' capacity as stride.
  // bucketOf[r] is 1 + the bucket of a counted rating, 0 otherwise.
  const G = groupSlot.length;
  const nb = P * G * L;
  const size = wantIds ? rows.length : 0; // without ids, no bucket per row is kept
  const bucketOf = nb < 255 ? new Uint8Array(size) : nb < 65535 ? new Uint16Array(size) : new Int32Array(size);
  const counts = new Int32Array(nb);
  const unratedRows: number[][] = [];
  const unratedGroup: number[][] = [];
  const notDueRows: number[][] = [];
  const notDueGroup: number[][] = [];

  for (let p = 0; p < P; p++) {
    const spec = periods[p]!;
    const day = spec.end;
    if (orgAt !== undefined) membershipsOn(ix, day, orgAt);
    if (persons && pass !== undefined && orgAt !== undefined) passThroughOrganization(orgAt, orgPass!, pass);
    if (persons && grouped) {
      for (let i = 0; i < nSubjects; i++) {
        const o = orgAt![i]!;
        subjectGroup[i] = o >= 0 ? slotOf(groupKeyOfOrg(o)) : pass === undefined ? slotOf(-1) : 0; // filtered-out members are never counted
      }
    }
    if (ratedFlag !== undefined) ratedFlag.fill(0);
    scanPeriod(
      R,
      rows,
      spec.start * 2 + spec.quarter,
      lvMap,
      stride,
      pass ?? null,
      grouped ? subjectGroup : null,
      bandCount,
      bandMin,
      bandOut,
      B,
      UNCLASSIFIED,
      L,
      counts,
      bucketOf,
      p * G * L,
      ratedFlag ?? null,
    );
    // Who should have been rated and was not.
    if (ratedFlag !== undefined) {
      const dueBy = dueMonths >= 0 ? monthsBefore(day, dueMonths) : NO_START;
      const un: number[] = [];
      const unG: number[] = [];
      const nd: number[] = [];
      const ndG: number[] = [];
      if (persons) notRatedMembers(ix, ratedFlag, orgAt ?? null, pass ?? null, day, dueMonths >= 0, dueBy, grouped ? subjectGroup : null, un, unG, nd, ndG);
      else notRatedOrganizations(ratedFlag, pass ?? null, O.founding, O.dissolution, day, dueMonths >= 0, dueBy, grouped ? subjectGroup : null, un, unG, nd, ndG);
      unratedRows.push(un);
      unratedGroup.push(unG);
      notDueRows.push(nd);
      notDueGroup.push(ndG);
    } else {
      unratedRows.push([]);
      unratedGroup.push([]);
      notDueRows.push([]);
      notDueGroup.push([]);
    }
  }
  const perPeriodCounts: Int32Array[] = [];
  for (let p = 0; p < P; p++) perPeriodCounts.push(counts.subarray(p * G * L, (p + 1) * G * L));

  // Ids per bucket, in dataset order within a bucket, written straight into arrays of the right size.
  const bucketIds: string[][] = new Array<string[]>(nb);
  for (let b = 0; b < nb; b++) bucketIds[b] = counts[b] === 0 || !wantIds ? [] : new Array<string>(counts[b]!);
  if (wantIds) fillIds(rows, bucketOf, R.subject, subjectIds, bucketIds, nb);
  const idsOf = (b: number): string[] => bucketIds[b]!;

  const build = (groupFilter: number): RatingDistribution<LevelOf<S>> => {
    // groupFilter: -1 all groups, else one group slot.
    const periodOut: PeriodDistribution<LevelOf<S>>[] = [];
    const totals = new Float64Array(L);
    const meanSum = new Float64Array(out.length);
    let meanPeriods = 0;
    let ratedAll = 0;
    const perPeriodIds: string[][][] = [];
    const unratedPer: string[][] = [];
    const notDuePer: string[][] = [];
    for (let p = 0; p < P; p++) {
      const counts = perPeriodCounts[p]!;
      const c = new Float64Array(L);
      const ids: string[][] = [];
      for (let lv = 0; lv < L; lv++) {
        let list: string[] = [];
        for (let g = 0; g < G; g++) {
          if (groupFilter >= 0 && g !== groupFilter) continue;
          const n = counts[g * L + lv]!;
          if (n === 0) continue;
          c[lv]! += n;
          const part = idsOf((p * G + g) * L + lv);
          list = list.length === 0 ? part : list.concat(part);
        }
        ids.push(list);
      }
      perPeriodIds.push(ids);
      let rated = 0;
      for (let lv = 0; lv < out.length; lv++) rated += c[lv]!;
      ratedAll += rated;
      for (let lv = 0; lv < L; lv++) totals[lv]! += c[lv]!;
      if (rated > 0) {
        meanPeriods++;
        for (let lv = 0; lv < out.length; lv++) meanSum[lv]! += c[lv]! / rated;
      }
      const pick = (rows: readonly number[], groups: readonly number[]): string[] => {
        if (groupFilter < 0) {
          const all = new Array<string>(rows.length);
          for (let i = 0; i < rows.length; i++) all[i] = subjectIds[rows[i]!]!;
          return all;
        }
        const picked: string[] = [];
        for (let i = 0; i < rows.length; i++) if (groups[i] === groupFilter) picked.push(subjectIds[rows[i]!]!);
        return picked;
      };
      const un = pick(unratedRows[p]!, unratedGroup[p]!);
      const nd = pick(notDueRows[p]!, notDueGroup[p]!);
      unratedPer.push(un);
      notDuePer.push(nd);
      periodOut.push({
        period: periods[p]!.label,
        rated,
        levels: out.map((l, lv) => ({
          level: l.code as LevelOf<S>,
          count: c[lv]!,
          share: { numerator: c[lv]!, denominator: rated, ratio: rated === 0 ? null : c[lv]! / rated },
          ids: ids[lv]!,
        })),
        unrated: { count: un.length, ids: un },
        notDue: { count: nd.length, ids: nd },
        unclassified: { count: c[UNCLASSIFIED]!, ids: ids[UNCLASSIFIED]! },
      });
    }
    // Over all periods: the periods' lists one after the other (shared when there is one period).
    const joined = (lists: readonly string[][]): string[] => {
      if (lists.length === 1) return lists[0]!;
      let n = 0;
      for (const l of lists) n += l.length;
      const all = new Array<string>(n);
      let i = 0;
      for (const l of lists) for (let j = 0; j < l.length; j++) all[i++] = l[j]!;
      return all;
    };
    const levels: LevelShare<LevelOf<S>>[] = out.map((l, lv) => {
      const pooled = { numerator: totals[lv]!, denominator: ratedAll, ratio: ratedAll === 0 ? null : totals[lv]! / ratedAll };
      const periodMean = meanPeriods === 0 ? null : meanSum[lv]! / meanPeriods;
      return {
        level: l.code as LevelOf<S>,
        tier: l.tier,
        label: l.label,
        count: totals[lv]!,
        ids: joined(perPeriodIds.map((ids) => ids[lv]!)),
        pooled,
        periodMean,
        share: average === "pooled" ? pooled.ratio : periodMean,
      };
    });
    const unratedAll = joined(unratedPer);
    const notDueAll = joined(notDuePer);
    const unclassifiedAll = joined(perPeriodIds.map((ids) => ids[UNCLASSIFIED]!));
    return {
      scheme: single?.id ?? (counted.length === 1 && listed === undefined ? counted[0]!.id : null),
      schemes: counted.map((s) => s.id),
      byTier,
      subjectKind: options.subjectKind,
      average,
      rated: ratedAll,
      levels,
      periods: periodOut,
      unrated: { count: unratedAll.length, ids: unratedAll },
      notDue: { count: notDueAll.length, ids: notDueAll },
      unclassified: { count: unclassifiedAll.length, ids: unclassifiedAll },
    };
  };

  const result = build(-1);
  if (!grouped) return result;
  // Groups with nothing in any period (organizations not yet founded, say) are left out.
  const groups = groupKeys
    .map((key, g) => ({
      key: key < 0 ? "" : groupBy === "organization-kind" ? ORGANIZATION_KINDS[key]! : O.ids[key]!,
      distribution: build(g),
    }))
    .filter((x) => x.distribution.rated + x.distribution.unrated.count + x.distribution.notDue.count + x.distribution.unclassified.count > 0);
  return { ...result, groups };
}

/** Which index schemes have ratings of `kind` in the period (quarter ≥ 0) or the range. */
function schemesPresent(R: DatasetIndex["ratings"], kind: number, start: number, quarter: number, lo: number, hi: number): Uint8Array {
  const present = new Uint8Array(R.schemes.length);
  const rKind = R.subjectKind;
  const P = R.periods;
  // Which periods qualify, decided once per period rather than once per rating.
  const wanted = new Uint8Array(P.count);
  for (let p = 0; p < P.count; p++) {
    wanted[p] = (quarter >= 0 ? P.start[p] === start && P.form[p]! >> 1 === quarter : P.start[p]! >= lo && P.end[p]! <= hi) ? 1 : 0;
  }
  const rPeriod = R.period;
  const rScheme = R.scheme;
  const nr = R.count;
  for (let r = 0; r < nr; r++) {
    if (rKind[r] !== kind || wanted[rPeriod[r]!] === 0) continue;
    present[rScheme[r]!] = 1;
  }
  return present;
}

/** Each period's key: first day × 2 + quarter flag (a number year and a "YYYY" year share one). */
function periodKeys(R: DatasetIndex["ratings"]): Float64Array {
  const P = R.periods;
  const keys = new Float64Array(P.count);
  for (let p = 0; p < P.count; p++) keys[p] = P.start[p]! * 2 + (P.form[p]! >> 1);
  return keys;
}

/** The distinct periods (first day × 2 + quarter flag) of the rows within [lo, hi]. */
function collectPeriods(R: DatasetIndex["ratings"], rows: Int32Array, lo: number, hi: number): number[] {
  const pStart = R.periods.start;
  const pEnd = R.periods.end;
  const pKey = periodKeys(R);
  const rPeriod = R.period;
  const n = rows.length;
  const keys: number[] = [];
  let lastKey = Number.NaN;
  for (let i = 0; i < n; i++) {
    const p = rPeriod[rows[i]!]!;
    if (pStart[p]! < lo || pEnd[p]! > hi) continue;
    const k = pKey[p]!;
    if (k === lastKey) continue;
    lastKey = k;
    if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** Writes the subject id of every counted row into its bucket's array, in dataset order. */
function fillIds(rows: Int32Array, bucketOf: Uint8Array | Uint16Array | Int32Array, rSubject: Int32Array, subjectIds: readonly string[], bucketIds: string[][], nb: number): void {
  const pos = new Int32Array(nb);
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i]!;
    if (b !== 0) bucketIds[b - 1]![pos[b - 1]!++] = subjectIds[rSubject[rows[i]!]!]!;
  }
}

/** Members pass the filters when their party organization does. */
function passThroughOrganization(orgAt: Int32Array, orgPass: Uint8Array, pass: Uint8Array): void {
  for (let i = 0; i < orgAt.length; i++) {
    const o = orgAt[i]!;
    pass[i] = o >= 0 && orgPass[o] === 1 ? 1 : 0;
  }
}

/**
 * Members in scope on `day` without a rating flag: those with a party membership in force (in an
 * organization passing the filters, when `orgAt` is given). Those admitted after `dueBy` (when
 * `due`) go to `nd`, the others to `un`, with their group. Memberships are walked only for members
 * not rated, a small share of everyone.
 */
function notRatedMembers(
  ix: DatasetIndex,
  ratedFlag: Uint8Array,
  orgAt: Int32Array | null,
  pass: Uint8Array | null,
  day: number,
  due: boolean,
  dueBy: number,
  subjectGroup: Int32Array | null,
  un: number[],
  unG: number[],
  nd: number[],
  ndG: number[],
): void {
  const { personOffsets, personRows } = ix.people;
  const M = ix.memberships;
  const kindOf = ix.organizations.kind;
  const n = ratedFlag.length;
  for (let p = 0; p < n; p++) {
    if (ratedFlag[p] === 1) continue;
    if (orgAt !== null && (orgAt[p]! < 0 || (pass !== null && pass[p] === 0))) continue;
    let member = false;
    let admitted = 0;
    let seen = false;
    for (let i = personOffsets[p]!; i < personOffsets[p + 1]!; i++) {
      const r = personRows[i]!;
      if (IS_PARTY_KIND[kindOf[M.organization[r]!]!] === 0) continue;
      const st = M.start[r]!;
      if (st > day) break;
      const reason = M.startReason[r]!; // 0 unspecified, 1 admitted, 2 readmitted, 3 transferred
      if (reason === 1 || reason === 2 || (reason === 0 && !seen)) admitted = st;
      seen = true;
      if (M.end[r]! >= day) member = true;
    }
    if (!member) continue;
    const g = subjectGroup === null ? 0 : subjectGroup[p]!;
    if (due && admitted > dueBy) {
      nd.push(p);
      ndG.push(g);
    } else {
      un.push(p);
      unG.push(g);
    }
  }
}

/** Organizations in force on `day`, passing the filters, without a rating flag; see {@link notRatedMembers}. */
function notRatedOrganizations(
  ratedFlag: Uint8Array,
  pass: Uint8Array | null,
  founding: Int32Array,
  dissolution: Int32Array,
  day: number,
  due: boolean,
  dueBy: number,
  subjectGroup: Int32Array | null,
  un: number[],
  unG: number[],
  nd: number[],
  ndG: number[],
): void {
  const n = ratedFlag.length;
  for (let o = 0; o < n; o++) {
    if (ratedFlag[o] === 1 || (pass !== null && pass[o] === 0) || founding[o]! > day || dissolution[o]! < day) continue;
    const g = subjectGroup === null ? 0 : subjectGroup[o]!;
    if (due && founding[o]! > dueBy) {
      nd.push(o);
      ndG.push(g);
    } else {
      un.push(o);
      unG.push(g);
    }
  }
}

/**
 * The inner loop: one pass over the rows (ratings of the kind and schemes counted), selecting
 * those with period key `key` (first day × 2 + quarter flag), counting each in its bucket (group
 * × level) and writing 1 + the bucket to `bucketOf[i]` (when it is kept). A small function of
 * typed arrays only, so that it is optimised on its own.
 */
function scanPeriod(
  R: DatasetIndex["ratings"],
  rows: Int32Array,
  key: number,
  lvMap: Int16Array,
  stride: number,
  pass: Uint8Array | null,
  subjectGroup: Int32Array | null,
  bandCount: Uint8Array,
  bandMin: Float64Array,
  bandOut: Int16Array,
  B: number,
  unclassified: number,
  L: number,
  counts: Int32Array,
  bucketOf: Uint8Array | Uint16Array | Int32Array,
  base: number,
  ratedFlag: Uint8Array | null,
): void {
  const pKey = periodKeys(R);
  const rPeriod = R.period;
  const rScheme = R.scheme;
  const rLevel = R.level;
  const rSubject = R.subject;
  const rScore = R.score;
  const n = rows.length;
  const keep = bucketOf.length !== 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    if (pKey[rPeriod[r]!] !== key) continue;
    const si = rScheme[r]!;
    let lv = lvMap[si * stride + rLevel[r]!]!;
    const subj = rSubject[r]!;
    if (subj < 0) continue;
    if (pass !== null && pass[subj] === 0) continue;
    if (lv === -2) {
      const nb = bandCount[si]!;
      lv = unclassified;
      const score = rScore[r]!;
      for (let b = 0; b < nb; b++) {
        if (score >= bandMin[si * B + b]!) {
          lv = bandOut[si * B + b]!;
          break;
        }
      }
    }
    const bucket = base + (subjectGroup === null ? 0 : subjectGroup[subj]! * L) + lv;
    counts[bucket]!++;
    if (keep) bucketOf[i] = bucket + 1;
    if (ratedFlag !== null) ratedFlag[subj] = 1;
  }
}

/** Months in the scheme's exclusion "admitted (founded) less than N months before", or -1. */
function dueMonthsOf(s: Scheme, fact: string): number {
  for (const e of s.exclusions ?? []) {
    if (e.when.length === 1 && e.when[0]!.fact === fact && e.when[0]!.op === "<" && typeof e.when[0]!.value === "number") return e.when[0]!.value;
  }
  return -1;
}

/** Organization rows passing the filters, or undefined when there is no filter. */
function organizationFilter(ix: DatasetIndex, options: RatingDistributionOptions<Scheme>, fn: string): Uint8Array | undefined {
  const kinds = codeSet(options.organizationKinds, ORGANIZATION_KINDS, "organizationKinds");
  const levels = codeSet(options.organizationLevels, ORGANIZATION_LEVELS, "organizationLevels");
  const unitKinds = codeSet(options.unitKinds, UNIT_KINDS, "unitKinds");
  const within = options.within;
  if (kinds === undefined && levels === undefined && unitKinds === undefined && within === undefined) return undefined;
  const O = ix.organizations;
  const n = O.count;
  let root = -1;
  if (within !== undefined) {
    root = typeof within === "string" ? O.rowOf(within) : -1;
    if (root < 0) throw new GrassrootsError("invalid-argument", `${fn}: within must be the id of an organization, got ${show(within)}`);
  }
  // 0 unknown, 1 in the subtree, 2 not.
  const tree = new Uint8Array(n);
  if (root >= 0) tree[root] = 1;
  const inTree = (o: number): boolean => {
    let r = o;
    let steps = 0;
    while (r >= 0 && tree[r] === 0 && steps++ <= n) r = O.parent[r]!;
    const v = r >= 0 && tree[r] === 1 ? 1 : 2;
    for (let x = o; x >= 0 && tree[x] === 0; x = O.parent[x]!) tree[x] = v;
    return v === 1;
  };
  const pass = new Uint8Array(n);
  const uk = ix.units.kind;
  for (let o = 0; o < n; o++) {
    if (kinds !== undefined && kinds[O.kind[o]!] !== 1) continue;
    if (levels !== undefined && (O.level[o] === 255 || levels[O.level[o]!] !== 1)) continue;
    if (unitKinds !== undefined && (O.unit[o]! < 0 || unitKinds[uk[O.unit[o]!]!] !== 1)) continue;
    if (root >= 0 && !inTree(o)) continue;
    pass[o] = 1;
  }
  return pass;
}

/** For every person, the party organization of their membership in force on `day` (-1 when not a member). */
function membershipsOn(ix: DatasetIndex, day: number, orgAt: Int32Array): void {
  const { personOffsets, personRows } = ix.people;
  const M = ix.memberships;
  const mOrg = M.organization;
  const mStart = M.start;
  const mEnd = M.end;
  const kindOf = ix.organizations.kind;
  const n = ix.people.count;
  for (let p = 0; p < n; p++) {
    let org = -1;
    for (let i = personOffsets[p]!; i < personOffsets[p + 1]!; i++) {
      const r = personRows[i]!;
      const o = mOrg[r]!;
      if (IS_PARTY_KIND[kindOf[o]!] === 0) continue;
      if (mStart[r]! > day) break;
      if (mEnd[r]! >= day) org = o;
    }
    orgAt[p] = org;
  }
}

/** The result of {@link shareAtOrAbove}. */
export interface AtOrAbove extends ShareRatio {
  /** The mean over periods (with ratings) of each period's share at or above the level. */
  readonly periodMean: number | null;
  /** Subject ids counted in the numerator, one per rating. */
  readonly ids: readonly string[];
}

/**
 * The share of ratings at `level` or better in a distribution ("khá, tốt trở lên", "good or
 * better"): a ratio over all periods together, and the mean of the periods' shares. A
 * refinement counts with the level it refines: under HD 27, "clean-strong" or better includes
 * "clean-strong-exemplary". With a `byTier` distribution, name the tier (`"tier-2"`).
 *
 * @throws {@link GrassrootsError} `unknown-level` when the distribution has no such level
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "ub1", name: "UBND xã A", kind: "people-committee" }, { id: "ub2", name: "UBND xã B", kind: "people-committee" }],
 *   ratings: [
 *     { subjectId: "ub1", scheme: "four-grade-good", period: 2022, level: "good" },
 *     { subjectId: "ub2", scheme: "four-grade-good", period: 2022, level: "fair" },
 *   ],
 * });
 * const d = ratingDistribution(ds, { subjectKind: "organization", scheme: "four-grade-good", period: 2022 });
 * shareAtOrAbove(d, "fair");
 * //=> { numerator: 2, denominator: 2, ratio: 1, periodMean: 1, ids: ["ub1", "ub2"] }
 * ```
 */
export function shareAtOrAbove<L extends string>(distribution: RatingDistribution<L>, level: NoInfer<L>): AtOrAbove {
  if (typeof distribution !== "object" || distribution === null || !Array.isArray(distribution.levels)) {
    throw new GrassrootsError("invalid-argument", "shareAtOrAbove: expected a distribution from ratingDistribution");
  }
  const rank = distribution.levels.findIndex((l) => l.level === level);
  if (rank < 0) {
    throw new GrassrootsError("unknown-level", `shareAtOrAbove: ${show(level)} is not a level of the distribution (${distribution.levels.map((l) => l.level).join(", ")})`);
  }
  let numerator = 0;
  const ids: string[] = [];
  for (let i = 0; i <= rank; i++) {
    numerator += distribution.levels[i]!.count;
  }
  // Ids period by period, best level first within a period.
  for (const p of distribution.periods) for (let i = 0; i <= rank; i++) for (const id of p.levels[i]!.ids) ids.push(id);
  let sum = 0;
  let n = 0;
  for (const p of distribution.periods) {
    if (p.rated === 0) continue;
    n++;
    let c = 0;
    for (let i = 0; i <= rank; i++) c += p.levels[i]!.count;
    sum += c / p.rated;
  }
  const denominator = distribution.rated;
  return { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator, periodMean: n === 0 ? null : sum / n, ids };
}
