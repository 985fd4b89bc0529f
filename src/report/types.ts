/**
 * The shape of a report: plain, JSON-serialisable data built by `buildReport` and rendered by
 * `formatReport`. Figures are counts, and ratios with their numerator and denominator, never
 * rounded, so that reports of parts can later be added up.
 * @module
 */
import type { Ratio } from "../_lib/ratio.js";
import type { OrganizationKind, ScaleId, UnitKind } from "../model/codes.js";
import type { DepartureReason } from "../metrics/admissions.js";
import type { Population } from "../metrics/population.js";
import type { MetricAdapter } from "../ranking/metricAdapter.js";
import type { CollectionName } from "../model/codes.js";
import type { FindingCode } from "../rules/check.js";
import type { Locale } from "../locale/types.js";

/**
 * Options of `buildReport`.
 *
 * @example
 * ```ts
 * const o: ReportOptions = { asOf: "2023-06-30", compareTo: "2013-06-30" };
 * o.compareTo; //=> "2013-06-30"
 * ```
 */
export interface ReportOptions {
  /** The date of the report, `YYYY-MM-DD`; default `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /**
   * An earlier date to compare with: every figure is then also given on that date, with the
   * change, and admissions and ratings cover the period (compareTo, asOf].
   */
  readonly compareTo?: string | undefined;
  /** Who counts as a cadre for training and standardization; default `"cadres"`. */
  readonly cadres?: Population | undefined;
  /** The title; default the name of the dataset's top unit (e.g. "Huyện Nậm Nhùn"). */
  readonly title?: string | undefined;
  /** The unit kinds of the coverage section; default `COVERAGE_UNIT_KINDS`. */
  readonly unitKinds?: readonly UnitKind[] | undefined;
  /**
   * The metrics of the league table (ids of `METRIC_ADAPTERS` or adapters), weighted equally;
   * default `["cell-coverage", "member-coverage", "standardization"]`. Within the report,
   * `cell-coverage` and `member-coverage` count the report's `unitKinds` and `standardization`
   * its `cadres` (the figures of the coverage and training sections), where the adapters alone
   * use their defaults.
   */
  readonly leagueMetrics?: readonly (string | MetricAdapter)[] | undefined;
  /** Whether to run `checkDataset` for the data-quality section (default `true`). */
  readonly dataQuality?: boolean | undefined;
}

/**
 * A count on the report's date, on the date compared with (`null` without one), and the change
 * (`asOf − compareTo`, `null` without one).
 *
 * @example
 * ```ts
 * const f: Figure = { asOf: 50, compareTo: 39, change: 11 };
 * f.change; //=> 11
 * ```
 */
export interface Figure {
  readonly asOf: number;
  readonly compareTo: number | null;
  readonly change: number | null;
}

/**
 * A {@link Figure} with the ids of the records counted, on each date.
 *
 * @example
 * ```ts
 * const f: IdFigure = { asOf: 1, compareTo: 0, change: 1, ids: ["cb7"], compareToIds: [] };
 * f.ids; //=> ["cb7"]
 * ```
 */
export interface IdFigure extends Figure {
  readonly ids: readonly string[];
  readonly compareToIds: readonly string[] | null;
}

/**
 * A ratio on each date and the change of its `ratio` (a difference of shares: 0.05 is five
 * percentage points); `change` is `null` without `compareTo` or when either ratio is `null`.
 *
 * @example
 * ```ts
 * const r: RatioFigure = {
 *   asOf: { numerator: 70, denominator: 70, ratio: 1 },
 *   compareTo: { numerator: 50, denominator: 70, ratio: 50 / 70 },
 *   change: 1 - 50 / 70,
 * };
 * r.asOf.numerator; //=> 70
 * ```
 */
export interface RatioFigure {
  readonly asOf: Ratio;
  readonly compareTo: Ratio | null;
  readonly change: number | null;
}

/**
 * A {@link RatioFigure} with the ids behind the numerator on each date.
 *
 * @example
 * ```ts
 * const r: IdRatioFigure = {
 *   asOf: { numerator: 0, denominator: 70, ratio: 0 },
 *   compareTo: { numerator: 1, denominator: 70, ratio: 1 / 70 },
 *   change: -1 / 70,
 *   ids: [],
 *   compareToIds: ["v50"],
 * };
 * r.compareToIds; //=> ["v50"]
 * ```
 */
export interface IdRatioFigure extends RatioFigure {
  readonly ids: readonly string[];
  readonly compareToIds: readonly string[] | null;
}

/**
 * Party organizations and members (from `partyStrength`).
 *
 * @example
 * ```ts
 * const s: StrengthSection["members"] = { asOf: 1900, compareTo: 800, change: 1100 };
 * s.change; //=> 1100
 * ```
 */
export interface StrengthSection {
  /** Grassroots party organizations (tổ chức cơ sở đảng). */
  readonly grassroots: Figure;
  readonly grassrootsCommittees: Figure;
  readonly grassrootsCells: Figure;
  /** Cells under a grassroots committee (chi bộ trực thuộc). */
  readonly subordinateCells: Figure;
  readonly subordinateCommittees: Figure;
  readonly partyGroups: Figure;
  /** Party members, official and probationary. */
  readonly members: Figure;
  readonly officialMembers: Figure;
  readonly probationaryMembers: Figure;
  /** Party cells with fewer than 3 official members (ids of the cells). */
  readonly cellsBelowMinimum: IdFigure;
}

/**
 * Coverage of one set of units (all of the report's kinds, or one kind) on both dates.
 *
 * @example
 * ```ts
 * const row: Pick<CoverageRow, "kind"> = { kind: "village" };
 * row.kind; //=> "village"
 * ```
 */
export interface CoverageRow {
  /** The unit kind, or `null` for the total over every kind. */
  readonly kind: UnitKind | null;
  readonly units: Figure;
  /** With a party cell, own or joint. */
  readonly withCell: RatioFigure;
  /** With a cell of their own. */
  readonly ownCell: RatioFigure;
  /** Covered by joint cells only (chi bộ ghép), with the unit ids. */
  readonly jointCell: IdRatioFigure;
  /** Without a party cell, with the unit ids. */
  readonly withoutCell: IdRatioFigure;
  /** With at least 3 official members living or working there. */
  readonly enoughOfficialMembers: RatioFigure;
  /** With fewer than 3 official members, with the unit ids. */
  readonly notEnoughOfficialMembers: IdRatioFigure;
  /** With at least one party member. */
  readonly withMember: RatioFigure;
  /** Without any party member, with the unit ids. */
  readonly withoutMember: IdRatioFigure;
}

/**
 * Coverage of the units of one commune-level unit.
 *
 * @example
 * ```ts
 * const c: Pick<CommuneCoverage, "id" | "name"> = { id: "x1", name: "Xã Nậm Hàng" };
 * c.name; //=> "Xã Nậm Hàng"
 * ```
 */
export interface CommuneCoverage {
  readonly id: string;
  readonly name: string;
  readonly units: Figure;
  readonly withCell: RatioFigure;
  readonly withoutCell: IdRatioFigure;
  readonly withMember: RatioFigure;
}

/**
 * Coverage of units by party cells and members (from `unitCoverage`).
 *
 * @example
 * ```ts
 * const c: Pick<CoverageSection, "unitKinds"> = { unitKinds: ["village", "school"] };
 * c.unitKinds.length; //=> 2
 * ```
 */
export interface CoverageSection {
  /** The unit kinds counted. */
  readonly unitKinds: readonly UnitKind[];
  /** Every unit of those kinds. */
  readonly total: CoverageRow;
  /** Per unit kind with a unit on either date, in the order of `unitKinds`. */
  readonly byKind: readonly CoverageRow[];
  /** Per commune-level unit in force on the report's date, in dataset order. */
  readonly communes: readonly CommuneCoverage[];
}

/**
 * Who holds two roles at once (from `roleOverlap`); the ids are the holders who overlap.
 *
 * @example
 * ```ts
 * const r: Pick<RolesSection, "villageHeadsPartyMembers"> = {
 *   villageHeadsPartyMembers: { asOf: { numerator: 45, denominator: 69, ratio: 45 / 69 }, compareTo: null, change: null, ids: [], compareToIds: null },
 * };
 * r.villageHeadsPartyMembers.asOf.denominator; //=> 69
 * ```
 */
export interface RolesSection {
  /** Village heads (trưởng thôn, bản) who are party members. */
  readonly villageHeadsPartyMembers: IdRatioFigure;
  /** Secretaries of party cells who are also the head of a village their cell covers. */
  readonly cellSecretariesVillageHeads: IdRatioFigure;
}

/**
 * Membership flows of one year (or of the whole period).
 *
 * @example
 * ```ts
 * const a: Pick<AdmissionCounts, "admitted" | "net"> = { admitted: 110, net: 104 };
 * a.net; //=> 104
 * ```
 */
export interface AdmissionCounts {
  readonly admitted: number;
  readonly readmitted: number;
  /** Recognised official (công nhận chính thức). */
  readonly recognized: number;
  readonly transferredIn: number;
  readonly transferredOut: number;
  readonly departed: number;
  readonly net: number;
}

/**
 * Membership flows over the report's period, per calendar year (from `admissions`).
 *
 * @example
 * ```ts
 * const a: Pick<AdmissionsSection, "from" | "to"> = { from: "2013-07-01", to: "2023-06-30" };
 * a.from; //=> "2013-07-01"
 * ```
 */
export interface AdmissionsSection extends AdmissionCounts {
  /** First day of the period: the day after `compareTo`, or 12 months before `asOf`. */
  readonly from: string;
  /** Last day: `asOf`. */
  readonly to: string;
  /** Departures by reason. */
  readonly departedByReason: Readonly<Record<DepartureReason, number>>;
  /** Per calendar year, clipped to the period. */
  readonly years: readonly (AdmissionCounts & { readonly year: string; readonly from: string; readonly to: string })[];
}

/**
 * People at one main level of a training scale.
 *
 * @example
 * ```ts
 * const l: TrainingLevel = { code: "master", count: { asOf: 23, compareTo: 0, change: 23 } };
 * l.count.asOf; //=> 23
 * ```
 */
export interface TrainingLevel {
  readonly code: string;
  readonly count: Figure;
}

/**
 * The profile of the cadres on one training scale (from `educationProfile`).
 *
 * @example
 * ```ts
 * const s: Pick<TrainingScale, "scale"> = { scale: "political-theory" };
 * s.scale; //=> "political-theory"
 * ```
 */
export interface TrainingScale {
  readonly scale: ScaleId;
  /** Cadres with no qualification recorded on the scale. */
  readonly noRecord: Figure;
  /** Per main level, lowest first. */
  readonly levels: readonly TrainingLevel[];
}

/**
 * The standardization of cadres against the position standards in force (from
 * `standardization`).
 *
 * @example
 * ```ts
 * const s: Pick<StandardizationSummary, "standardSets"> = { standardSets: { asOf: ["nd-33-2023"], compareTo: ["qd-04-2004"] } };
 * s.standardSets.compareTo; //=> ["qd-04-2004"]
 * ```
 */
export interface StandardizationSummary {
  /** Ids of the built-in standard sets in force on each date. */
  readonly standardSets: { readonly asOf: readonly string[]; readonly compareTo: readonly string[] | null };
  /** Cadres holding a post a standard applies to. */
  readonly judged: Figure;
  /** Cadres holding no post a standard applies to. */
  readonly noStandard: Figure;
  /** Below the standard (person ids). */
  readonly below: IdFigure;
  readonly meets: Figure;
  readonly above: Figure;
  /** Meeting or exceeding it, over those judged. */
  readonly meetsOrAbove: RatioFigure;
}

/**
 * Training of cadres: the four scales, the headline counts, and standardization.
 *
 * @example
 * ```ts
 * const t: Pick<TrainingSection, "cadres"> = { cadres: { asOf: 300, compareTo: 300, change: 0 } };
 * t.cadres.asOf; //=> 300
 * ```
 */
export interface TrainingSection {
  /** Cadres counted (the `cadres` population of the options). */
  readonly cadres: Figure;
  /** The four scales, in the order general education, professional, political theory, state management. */
  readonly scales: readonly TrainingScale[];
  /**
   * Headline counts, each over the cadres with a record on its scale, with the person ids:
   * below primary school, below upper-secondary school, without professional training (at the
   * scale's lowest level, "none"), without political-theory training (likewise), with a master's
   * degree or higher, with advanced political theory (cao cấp) or higher.
   */
  readonly belowPrimary: IdRatioFigure;
  readonly belowUpperSecondary: IdRatioFigure;
  readonly withoutProfessional: IdRatioFigure;
  readonly withoutPoliticalTheory: IdRatioFigure;
  readonly masterOrAbove: IdRatioFigure;
  readonly advancedPoliticalTheory: IdRatioFigure;
  readonly standardization: StandardizationSummary;
}

/**
 * The kinds of organization whose ratings the report gives: commune People's Committees
 * (commune governments), the commune Fatherland Front and mass organizations together, each of
 * them alone, and the party organizations.
 *
 * @example
 * ```ts
 * const c: RatingCategory = "front-and-mass";
 * c; //=> "front-and-mass"
 * ```
 */
export type RatingCategory = "commune-government" | "front-and-mass" | "fatherland-front" | "youth-union" | "women-union" | "farmers-union" | "veterans-union" | "party-organizations";

/**
 * One level of a rating distribution over the period.
 *
 * @example
 * ```ts
 * const l: Pick<RatingLevelShare, "level" | "count"> = { level: "good", count: 225 };
 * l.level; //=> "good"
 * ```
 */
export interface RatingLevelShare {
  /** The level code (with several schemes, `"tier-1"`, `"tier-2"` ...). */
  readonly level: string;
  readonly tier: number;
  readonly label: { readonly vi: string; readonly en: string };
  /** Ratings at the level over every year. */
  readonly count: number;
  /** count / every rating of the period. */
  readonly pooled: Ratio;
  /** The mean over the years of each year's share (bình quân hằng năm); `null` with no rating. */
  readonly periodMean: number | null;
  /** Ratings at this level or better, pooled, with the mean of the yearly shares. */
  readonly atOrAbove: Ratio & { readonly periodMean: number | null };
}

/**
 * The ratings of one kind of organization over the period's years (from `ratingDistribution`).
 *
 * @example
 * ```ts
 * const d: Pick<RatingDistributionSummary, "category" | "organizationKinds"> = { category: "commune-government", organizationKinds: ["people-committee"] };
 * d.organizationKinds; //=> ["people-committee"]
 * ```
 */
export interface RatingDistributionSummary {
  readonly category: RatingCategory;
  readonly organizationKinds: readonly OrganizationKind[];
  /** The scheme, or `null` when several were counted together by tier. */
  readonly scheme: string | null;
  readonly schemes: readonly string[];
  readonly byTier: boolean;
  /** Ratings with a level, over every year. */
  readonly rated: number;
  /** Levels, best first. */
  readonly levels: readonly RatingLevelShare[];
  /** Per year: the ratings and the count at each level (in the order of `levels`), and those not rated. */
  readonly years: readonly { readonly period: string; readonly rated: number; readonly counts: readonly number[]; readonly unrated: number }[];
}

/**
 * Ratings of organizations over the years of the period.
 *
 * @example
 * ```ts
 * const r: Pick<RatingsSection, "fromYear" | "toYear"> = { fromYear: 2013, toYear: 2022 };
 * r.toYear - r.fromYear + 1; //=> 10
 * ```
 */
export interface RatingsSection {
  /** First and last year whose yearly rating falls in the period (a year's rating at its 31 December); `toYear < fromYear` when none does. */
  readonly fromYear: number;
  readonly toYear: number;
  /** One distribution per category with a rating in those years, in the order of {@link RatingCategory}. */
  readonly distributions: readonly RatingDistributionSummary[];
}

/**
 * One row of the league table.
 *
 * @example
 * ```ts
 * const r: Pick<LeagueRowSummary, "rank" | "previousRank"> = { rank: 1, previousRank: 3 };
 * r.rank; //=> 1
 * ```
 */
export interface LeagueRowSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly rank: number | null;
  readonly score: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  /** Each metric's value (a ratio's `ratio`) with its numerator and denominator, by metric id. */
  readonly values: Readonly<Record<string, { readonly value: number | null; readonly numerator: number | null; readonly denominator: number | null }>>;
}

/**
 * The league table of commune-level units (from `leagueTable`).
 *
 * @example
 * ```ts
 * const l: Pick<LeagueSection, "groupBy"> = { groupBy: ["commune", "ward", "special-zone"] };
 * l.groupBy[0]; //=> "commune"
 * ```
 */
export interface LeagueSection {
  readonly groupBy: readonly UnitKind[];
  readonly metrics: readonly { readonly id: string; readonly label: { readonly vi: string; readonly en: string }; readonly weight: number; readonly better: "higher" | "lower" }[];
  /** Best first; unranked rows last. */
  readonly rows: readonly LeagueRowSummary[];
  /**
   * Every group of the table on `compareTo`, in dataset order, with its raw values (`null`
   * without `compareTo`): what `mergeReports` needs to rank merged reports on that date.
   */
  readonly compareToRows: readonly { readonly id: string; readonly values: LeagueRowSummary["values"] }[] | null;
}

/**
 * One data-quality finding, without its message (words come from the label packs).
 *
 * @example
 * ```ts
 * const f: FindingSummary = { code: "cell-below-minimum", records: [{ collection: "organizations", index: 3, id: "cb4" }] };
 * f.records[0]?.id; //=> "cb4"
 * ```
 */
export interface FindingSummary {
  readonly code: FindingCode;
  readonly records: readonly { readonly collection: CollectionName; readonly index: number; readonly id: string | null }[];
}

/**
 * Data quality (from `checkDataset` on the report's date).
 *
 * @example
 * ```ts
 * const q: Pick<DataQualitySection, "checked" | "total"> = { checked: true, total: 0 };
 * q.total; //=> 0
 * ```
 */
export interface DataQualitySection {
  /** `false` when the report was built with `dataQuality: false` (then every count is 0). */
  readonly checked: boolean;
  readonly total: number;
  /** Findings per code (every code, 0 included). */
  readonly byCode: Readonly<Record<FindingCode, number>>;
  /** The first 20 findings, in the order `checkDataset` gives them. */
  readonly first: readonly FindingSummary[];
  /** Records per collection of the dataset: `mergeReports` shifts the record indices of later shards by them. */
  readonly collectionSizes: Readonly<Record<CollectionName, number>>;
}

/**
 * A report on a dataset at a date, and optionally its change since an earlier date: plain data
 * (`JSON.parse(JSON.stringify(report))` deep-equals it). Build it with `buildReport`, render it
 * with `formatReport`.
 *
 * @example
 * ```ts
 * const r: Report = buildReport(parseDataset({}), { asOf: "2024-06-30" });
 * [r.kind, r.version, r.asOf, r.compareTo]; //=> ["grassroots-report", 1, "2024-06-30", null]
 * ```
 */
export interface Report {
  readonly kind: "grassroots-report";
  readonly version: 1;
  readonly asOf: string;
  readonly compareTo: string | null;
  readonly title: string;
  readonly strength: StrengthSection;
  readonly coverage: CoverageSection;
  readonly roles: RolesSection;
  readonly admissions: AdmissionsSection;
  readonly training: TrainingSection;
  readonly ratings: RatingsSection;
  readonly league: LeagueSection;
  readonly dataQuality: DataQualitySection;
}

/**
 * The output formats of `formatReport`.
 *
 * @example
 * ```ts
 * const f: ReportFormat = "markdown";
 * f; //=> "markdown"
 * ```
 */
export type ReportFormat = "text" | "markdown" | "html" | "json";

/**
 * @internal The formats of {@link formatReport}, in the order the help lists them: every
 * {@link ReportFormat} once (the type below fails to compile when one is missing).
 */
export const REPORT_FORMATS = ["text", "markdown", "html", "json"] as const satisfies readonly ReportFormat[];
const ALL_FORMATS_LISTED: Exclude<ReportFormat, (typeof REPORT_FORMATS)[number]> extends never ? true : never = true;
void ALL_FORMATS_LISTED;

/**
 * Options of `formatReport`.
 *
 * @example
 * ```ts
 * const o: FormatOptions = { format: "html", locale: "en" };
 * o.locale; //=> "en"
 * ```
 */
export interface FormatOptions {
  /** Default `"text"`. */
  readonly format?: ReportFormat | undefined;
  /** `"vi"` (default), `"en"`, or a label pack (its `code` picks the report's own words). */
  readonly locale?: "vi" | "en" | Locale | undefined;
}
