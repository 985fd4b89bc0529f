/**
 * The library's metric adapters for league tables, each a thin wrapper around a public metric
 * function (for coverage and standardization, around the counts-only twin the report uses too,
 * which gives the same figures without the lists of ids behind them): {@link METRIC_ADAPTERS} holds those that need no parameter, and factories build the
 * ones that do (a training level, a rating scheme and level). A new metric of the library gets
 * its adapter here.
 * @module
 */
import { civilFromDays, formatDay } from "../_lib/days.js";
import { isInForce, toDayNumber } from "../model/asOf.js";
import { isPartyOrganizationKind, type ScaleId, type SubjectKind } from "../model/codes.js";
import type { Dataset, Period } from "../model/schemas.js";
import { admissions, educationProfile, standardization, unitCoverage, type Population, type Ratio } from "../metrics/index.js";
import { coverageGroupCounts, type CoverageGroupCounts } from "../metrics/coverage.js";
import { standardizationSummary } from "../metrics/standardization.js";
import { COMMUNE_UNIT_KINDS, mainLevel, SCALES, type ScaleRef } from "../scales/index.js";
import { ratingDistribution, schemeLevel, shareAtOrAbove, type Scheme } from "../schemes/index.js";
import { ratioOf } from "../_lib/ratio.js";
import { fail } from "./_core.js";
import type { MetricAdapter, MetricContext, MetricValue } from "./metricAdapter.js";

type Values = Record<string, MetricValue>;

const ratio: (numerator: number, denominator: number) => MetricValue = ratioOf;

// The coverage of one table's context, computed once for all the coverage adapters of the table
// (a context is made per table and date, so nothing outlives the table).
// The counts of unitCoverage's groups, without the lists of unit ids behind them (which at
// national scale were most of a table's time): the adapters read numerators and denominators only.
const coverageOfContext = new WeakMap<MetricContext, { dataset: Dataset; asOf: string; groupBy: readonly string[]; result: readonly CoverageGroupCounts[] }>();

function coverageFor(dataset: Dataset, context: MetricContext): readonly CoverageGroupCounts[] {
  const { asOf, groupBy } = context;
  const hit = coverageOfContext.get(context);
  if (hit !== undefined && hit.dataset === dataset && hit.asOf === asOf && hit.groupBy === groupBy) return hit.result;
  const result = coverageGroupCounts(dataset, { asOf, groupBy });
  coverageOfContext.set(context, { dataset, asOf, groupBy, result });
  return result;
}

function coverage(id: string, vi: string, en: string, pick: (f: CoverageGroupCounts) => Ratio): MetricAdapter {
  return Object.freeze({
    id,
    label: Object.freeze({ vi, en }),
    better: "higher",
    compute: (dataset: Dataset, context: MetricContext): Values => {
      const out: Values = {};
      for (const g of coverageFor(dataset, context)) {
        if (g.groupId === null) continue;
        const r = pick(g);
        out[g.groupId] = { numerator: r.numerator, denominator: r.denominator, ratio: r.ratio };
      }
      return out;
    },
  });
}

const STANDARDIZATION: MetricAdapter = Object.freeze({
  id: "standardization",
  label: Object.freeze({ vi: "Tỷ lệ cán bộ đạt chuẩn trở lên", en: "Cadres meeting their post's training standard" }),
  better: "higher",
  groupBy: COMMUNE_UNIT_KINDS,
  compute: (dataset: Dataset, { asOf }: MetricContext): Values => {
    const out: Values = {};
    // The summary: the same per-group figures without the lists of people behind them.
    for (const g of standardizationSummary(dataset, { asOf, groupBy: "commune" }).groups) {
      out[g.id] = ratio(g.meetsOrAbove.numerator, g.meetsOrAbove.denominator);
    }
    return out;
  },
});

/** The first day of the 12 months that end on `asOf`: the day after the same date a year before. */
function yearBefore(asOf: string): string {
  const [y, m, d] = civilFromDays(toDayNumber(asOf));
  if (m === 2 && d === 29) return `${String(y - 1).padStart(4, "0")}-03-01`;
  return formatDay(toDayNumber(`${String(y - 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`) + 1);
}

/** Party members on the date per group: people with a membership in force in a party organization of the group. */
function membersByGroup(dataset: Dataset, asOf: string, groupOfOrganization: MetricContext["groupOfOrganization"]): Map<string, Set<string>> {
  const kind = new Map(dataset.organizations.map((o) => [o.id, o.kind]));
  const out = new Map<string, Set<string>>();
  for (const m of dataset.memberships) {
    const k = kind.get(m.organizationId);
    if (k === undefined || !isPartyOrganizationKind(k) || !isInForce(m, asOf)) continue;
    const g = groupOfOrganization(m.organizationId);
    if (g === undefined) continue;
    let set = out.get(g);
    if (set === undefined) out.set(g, (set = new Set()));
    set.add(m.personId);
  }
  return out;
}

const ADMISSION_RATE: MetricAdapter = Object.freeze({
  id: "admission-rate",
  label: Object.freeze({ vi: "Tỷ lệ kết nạp đảng viên trong 12 tháng", en: "Admissions in 12 months per party member" }),
  better: "higher",
  compute: (dataset: Dataset, { asOf, groups, groupOfOrganization }: MetricContext): Values => {
    const members = membersByGroup(dataset, asOf, groupOfOrganization);
    const admitted = new Map<string, number>();
    for (const o of admissions(dataset, { from: yearBefore(asOf), to: asOf, groupBy: "organization" }).organizations) {
      const g = o.organizationId === null ? undefined : groupOfOrganization(o.organizationId);
      if (g !== undefined) admitted.set(g, (admitted.get(g) ?? 0) + o.admitted.count + o.readmitted.count);
    }
    const out: Values = {};
    for (const g of groups) out[g.id] = ratio(admitted.get(g.id) ?? 0, members.get(g.id)?.size ?? 0);
    return out;
  },
});

/**
 * The library's metric adapters that need no parameter, by id. Pass their ids in
 * {@link leagueTable}'s `metrics`; pass adapters of your own, or from the factories
 * ({@link trainingLevelMetric}, {@link ratingShareMetric}), beside them. Every value is a ratio
 * with its numerator and denominator.
 *
 * | id | metric | value per group | groups |
 * |---|---|---|---|
 * | `cell-coverage` | {@link unitCoverage} | units (villages, schools …) with a party cell, own or joint, out of the units | any kind |
 * | `member-coverage` | {@link unitCoverage} | units with at least one party member living or working there | any kind |
 * | `standardization` | {@link standardization} | cadres meeting or exceeding their post's training standard, out of those judged | commune-level |
 * | `admission-rate` | {@link admissions} | admissions and re-admissions in the 12 months ending on the date, per party member on the date (×100: per 100 members) | any kind |
 *
 * A group with nothing to count (no units, no cadres judged, no members) has a ratio `null`:
 * missing, and unranked by default.
 *
 * @example
 * ```ts
 * Object.keys(METRIC_ADAPTERS); //=> ["cell-coverage", "member-coverage", "standardization", "admission-rate"]
 * METRIC_ADAPTERS["cell-coverage"].label.vi; //=> "Tỷ lệ đơn vị có chi bộ"
 * Object.isFrozen(METRIC_ADAPTERS); //=> true
 * ```
 */
export const METRIC_ADAPTERS: Readonly<Record<string, MetricAdapter>> = Object.freeze({
  "cell-coverage": coverage("cell-coverage", "Tỷ lệ đơn vị có chi bộ", "Units with a party cell", (f) => f.withCell),
  "member-coverage": coverage("member-coverage", "Tỷ lệ đơn vị có đảng viên", "Units with a party member", (f) => f.withMember),
  standardization: STANDARDIZATION,
  "admission-rate": ADMISSION_RATE,
});

/** Options of {@link trainingLevelMetric}. */
export interface TrainingLevelMetricOptions {
  /** The training scale (id or object). */
  readonly scale: ScaleRef;
  /** The level to reach: the share counted is of people at this level or above. */
  readonly atLeast: string;
  /** Who is counted; default `"cadres"` (see {@link Population}). */
  readonly population?: Population | undefined;
  /** The metric's id; default `<scale>-at-least-<level>`. */
  readonly id?: string | undefined;
}

/**
 * An adapter for the share of people at a training level or above in each commune-level unit
 * (xã, phường, đặc khu), from {@link educationProfile}: "cadres with intermediate political theory
 * or higher". An equivalent level code counts as its main level.
 *
 * @throws GrassrootsError `unknown-scale` or `unknown-level` for a scale or level that does not
 * exist; `invalid-argument` for an empty id.
 *
 * @example
 * ```ts
 * const m = trainingLevelMetric({ scale: "political-theory", atLeast: "intermediate" });
 * m.id;       //=> "political-theory-at-least-intermediate"
 * m.label.vi; //=> "Lý luận chính trị: Trung cấp trở lên"
 * m.groupBy;  //=> ["commune", "ward", "special-zone"]
 * ```
 */
export function trainingLevelMetric(options: TrainingLevelMetricOptions): MetricAdapter {
  if (typeof options !== "object" || options === null) fail("trainingLevelMetric", "options { scale, atLeast } are required");
  const { scale, atLeast, population } = options;
  const main = mainLevel(scale, atLeast);
  const info = typeof scale === "string" ? SCALES[scale as ScaleId] : scale;
  const level = info.levels.find((l) => l.code === main)!;
  const id = options.id ?? `${info.id}-at-least-${main}`;
  if (typeof id !== "string" || id === "") fail("trainingLevelMetric", "id must be a non-empty string");
  return Object.freeze({
    id,
    label: Object.freeze({ vi: `${info.name.vi}: ${level.label.vi} trở lên`, en: `${info.name.en}: ${level.label.en} or higher` }),
    better: "higher",
    groupBy: COMMUNE_UNIT_KINDS,
    compute: (dataset: Dataset, { asOf }: MetricContext): Values => {
      const out: Values = {};
      for (const g of educationProfile(dataset, { scale, asOf, population, groupBy: "commune" }).groups ?? []) {
        const r = g.atLeast[main];
        if (r !== undefined) out[g.id] = ratio(r.numerator, r.denominator);
      }
      return out;
    },
  });
}

/** Options of {@link ratingShareMetric}. */
export interface RatingShareMetricOptions {
  /** Whose ratings: party members (`person`) or organizations. */
  readonly subjectKind: SubjectKind;
  /** The rating scheme (object or built-in id). */
  readonly scheme: Scheme | string;
  /** The level: the share counted is of ratings at this level or better. */
  readonly atOrAbove: string;
  /**
   * The rating period (a year or a quarter). Default: the latest calendar year ended on or before
   * the table's date (2023 for a table on 2024-06-30, 2024 on 2024-12-31), so a comparison
   * date gets its own year.
   */
  readonly period?: Period | undefined;
  /** The metric's id; default `<scheme>-<level>-or-better`. */
  readonly id?: string | undefined;
}

function lastDayOfPeriod(period: Period): string {
  const s = String(period);
  if (s.length === 4) return `${s}-12-31`;
  const q = Number(s.slice(6));
  const month = q * 3;
  const d = month === 6 || month === 9 ? 30 : 31;
  return `${s.slice(0, 4)}-${String(month).padStart(2, "0")}-${d}`;
}

/**
 * An adapter for the share of ratings at a level or better in each group, from
 * {@link ratingDistribution} and {@link shareAtOrAbove}: "members rated good or better",
 * "commune governments rated good or better". A rating counts in the group of its subject: an
 * organization's group (see {@link MetricContext.groupOfOrganization}); a member's, the group of
 * their party organization on the last day of the period (or, without one, of the unit they
 * live or work in).
 *
 * @throws GrassrootsError `unknown-scheme` or `unknown-level` for a scheme or level that does not
 * exist; `invalid-argument` for a bad subject kind or an empty id.
 *
 * @example
 * ```ts
 * const m = ratingShareMetric({ subjectKind: "person", scheme: "qd-124-2023", atOrAbove: "good" });
 * m.id;       //=> "qd-124-2023-good-or-better"
 * m.label.vi; //=> "Tỷ lệ xếp loại “Hoàn thành tốt nhiệm vụ” trở lên"
 * ```
 */
export function ratingShareMetric(options: RatingShareMetricOptions): MetricAdapter {
  const fn = "ratingShareMetric";
  if (typeof options !== "object" || options === null) fail(fn, "options { subjectKind, scheme, atOrAbove } are required");
  const { subjectKind, scheme, atOrAbove, period } = options;
  if (subjectKind !== "person" && subjectKind !== "organization") fail(fn, `subjectKind must be "person" or "organization"`);
  const level = schemeLevel<Scheme>(scheme, atOrAbove);
  const schemeId = typeof scheme === "string" ? scheme : scheme.id;
  const id = options.id ?? `${schemeId}-${atOrAbove}-or-better`;
  if (typeof id !== "string" || id === "") fail(fn, "id must be a non-empty string");
  return Object.freeze({
    id,
    label: Object.freeze({ vi: `Tỷ lệ xếp loại “${level.label.vi}” trở lên`, en: `Rated “${level.label.en}” or better` }),
    better: "higher",
    compute: (dataset: Dataset, { asOf, groupOf, groupOfOrganization }: MetricContext): Values => {
      const year = Number(asOf.slice(0, 4));
      const p: Period = period ?? (asOf.slice(5) === "12-31" ? year : year - 1);
      const d = ratingDistribution<Scheme>(dataset, { subjectKind, scheme, period: p, unrated: false });
      let groupOfSubject: (id: string) => string | undefined = groupOfOrganization;
      if (subjectKind === "person") {
        const end = lastDayOfPeriod(p);
        const kind = new Map(dataset.organizations.map((o) => [o.id, o.kind]));
        const orgOf = new Map<string, string>();
        for (const m of dataset.memberships) {
          const k = kind.get(m.organizationId);
          if (k !== undefined && isPartyOrganizationKind(k) && isInForce(m, end)) orgOf.set(m.personId, m.organizationId);
        }
        const home = new Map(dataset.people.map((x) => [x.id, x.unitId]));
        groupOfSubject = (pid) => {
          const o = orgOf.get(pid);
          return o !== undefined ? groupOfOrganization(o) : groupOf(home.get(pid));
        };
      }
      const numerator = new Map<string, number>();
      const denominator = new Map<string, number>();
      const add = (counts: Map<string, number>, ids: readonly string[]): void => {
        for (const sid of ids) {
          const g = groupOfSubject(sid);
          if (g !== undefined) counts.set(g, (counts.get(g) ?? 0) + 1);
        }
      };
      add(numerator, shareAtOrAbove(d, atOrAbove).ids);
      for (const l of d.levels) add(denominator, l.ids);
      const out: Values = {};
      for (const [g, n] of denominator) out[g] = ratio(numerator.get(g) ?? 0, n);
      return out;
    },
  });
}
