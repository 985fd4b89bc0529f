/**
 * The shape of a rating scheme (quy định đánh giá, xếp loại chất lượng) as data: its levels best
 * first, the score band of each level, the extra conditions a level requires, the conditions that
 * force a level whatever the score, the rules between the levels of a cell and of its members,
 * the quota on the top level, and who is not rated. The built-in schemes (`QD_366_2025`, ...) are
 * frozen objects of this shape; users define their own with {@link defineScheme}.
 *
 * No function reads a threshold from anywhere but these objects.
 * @module
 */
import type { Ratio } from "../_lib/ratio.js";
import type { OrganizationKind, SubjectKind } from "../model/codes.js";
import type { Bilingual } from "../scales/types.js";

/** A text in Vietnamese (NFC, full diacritics) and English: the scales' {@link Bilingual}. */
export type LocalizedText = Bilingual;

/**
 * An exact fraction `[numerator, denominator]`, e.g. `[30, 100]` for 30% or `[1, 3]` for one
 * third. Thresholds are kept as fractions so that "exactly 30%" and "more than one third" are
 * compared without rounding: a share given as counts `n / d` is compared as `n × den` against
 * `num × d`, in integers.
 */
export type Fraction = readonly [numerator: number, denominator: number];

/** A source: a web page (most are secondary summaries, see DOMAIN.md) or a document cited by title. */
export interface Source {
  /** What the source is, e.g. `"lawnet: HTXSNV of a collective under QĐ 124"`. */
  readonly title: string;
  /** Its address, when it has one. */
  readonly url?: string;
}

/** A regulation or guidance document behind a scheme. */
export interface SchemeDocument {
  /** Number and symbol as printed, e.g. `"366-QĐ/TW"`, `"43-HD/BTCTW"`. */
  readonly number: string;
  /** Issuing body, e.g. `{ vi: "Bộ Chính trị", en: "Politburo" }`. */
  readonly issuer: LocalizedText;
  /** Date of the document, `YYYY-MM-DD`, when known. */
  readonly date?: string;
}

/**
 * Who a rule or a level applies to:
 * - `collective`: an organization, agency or leadership collective (tập thể);
 * - `leader`: an individual holding a leadership or management post (cá nhân giữ chức vụ lãnh
 *   đạo, quản lý);
 * - `individual`: any other individual (cán bộ, đảng viên không giữ chức vụ; công chức).
 */
export type SubjectRole = "collective" | "leader" | "individual";

/**
 * A score band: the level's score is at least `min` (inclusive) and below `below` (exclusive).
 * A missing end is open. `confirmed: false` marks a threshold no source confirmed (DOMAIN.md's
 * UNCONFIRMED): it is the documented default, and a scheme of your own may change it.
 */
export interface ScoreBand {
  readonly min?: number;
  readonly below?: number;
  readonly confirmed?: boolean;
}

/** The facts a classification can be given; see `FACTS` for their meaning and words. */
export type ShareFact =
  | "tasksOnTime"
  | "tasksExceeded"
  | "tasksCompleted"
  | "tasksBehindSchedule"
  | "shortcomingsFixed"
  | "ledUnitTasksOnTime"
  | "ledUnitTasksExceeded"
  | "targetsMet"
  | "ledUnitTargetsMet"
  | "subordinatesDisciplined";

/** Facts that are events: true when they happened. Missing means it did not happen (false). */
export type BooleanFact =
  | "disciplined"
  | "degradation"
  | "prohibitedConduct"
  | "exampleDutyBreach"
  | "leadershipDisciplined"
  | "leadershipMemberDisciplined"
  | "leadershipMemberDisciplinedWarning"
  | "subordinateDisciplined"
  | "corruptionInSubordinate"
  | "corruptionInManagedUnit"
  | "keyTargetsMissed"
  | "disunity"
  | "memberDegraded"
  | "corruptionDisciplined"
  | "governmentLowest"
  | "sameLevelBodyBelowGood"
  | "selectedExemplary"
  | "suspended";

/** Facts that are whole numbers. */
export type NumberFact = "massOrganizationsLowest" | "monthsSinceAdmission" | "monthsSinceFounding";

/** Facts on the per-criterion scale Xuất sắc / Tốt / Trung bình / Kém (see `CRITERION_LEVELS`). */
export type CriterionFact = "criteriaLowest" | "taskCriteriaLowest";

/** Facts that are a level of the four current labels (see `FOUR_LEVELS`). */
export type LevelFact = "civilServiceLevel";

/** Any built-in fact. */
export type FactKey = ShareFact | BooleanFact | NumberFact | CriterionFact | LevelFact;

/** A per-criterion level (mức tiêu chí): Xuất sắc, Tốt, Trung bình, Kém. */
export type CriterionLevel = "excellent" | "good" | "average" | "poor";

/** One of the four labels used since 2018 (HTXSNV, HTTNV, HTNV, KHTNV). */
export type FourLevel = "excellent" | "good" | "completed" | "not-completed";

/**
 * A share as given to a classification: a number from 0 to 1, or counts (a `{ numerator,
 * denominator }` ratio, compared exactly). A zero denominator counts as not given.
 */
export type ShareValue = number | { readonly numerator: number; readonly denominator: number };

/** A comparison operator of a condition. `==` compares booleans and codes. */
export type ConditionOp = ">=" | ">" | "<=" | "<" | "==";

/**
 * One condition on a fact, e.g. `{ fact: "tasksExceeded", op: ">=", value: [30, 100] }`.
 * Shares compare with a {@link Fraction}; criterion and level facts compare by rank (`>=` means
 * "at least as good as"); booleans with `==`. A fact of your own (not in `FACTS`) needs a `label`.
 */
export interface Condition {
  readonly fact: string;
  readonly op: ConditionOp;
  readonly value: Fraction | number | boolean | string;
  /** Words for a fact of your own: its name (or, for a boolean, the statement that it is true). */
  readonly label?: LocalizedText;
}

/** What every rule may say about itself. */
export interface RuleMeta {
  /** Who the rule applies to; all subjects when absent. */
  readonly subjects?: readonly SubjectRole[];
  /** `false` when no source confirmed the rule (DOMAIN.md's UNCONFIRMED); the default then. */
  readonly confirmed?: boolean;
  /** Where the rule comes from (an address of `sources`). */
  readonly source?: string;
}

/** A condition a level requires (beyond its score band). */
export interface Requirement extends Condition, RuleMeta {}

/**
 * Conditions that force a level whatever the score: when every condition in `when` holds, the
 * subject gets `level` (or a worse level forced by another rule). Several rules are alternatives.
 */
export interface ForcingRule extends RuleMeta {
  readonly level: string;
  readonly when: readonly Condition[];
}

/**
 * A rule between the levels of the tree: what a cell needs from its members, or a committee from
 * its subordinate organizations. The share of children rated at or above (or at or below)
 * `childLevel` is compared with `value`; `effect` says what follows:
 * - `"required-for"`: the condition must hold for the parent to receive `level` (or better);
 * - `"forces"`: when the condition holds, the parent gets `level`.
 */
export interface TreeRule extends RuleMeta {
  /** Kinds of parent the rule is about: `party-cell` (chi bộ) or `party-committee` (đảng bộ). */
  readonly parentKinds: readonly OrganizationKind[];
  /** Whose levels are counted: the cell's members, or the committee's subordinate organizations. */
  readonly children: "members" | "subordinates";
  /** The scheme the children are rated under; this scheme when absent. */
  readonly childScheme?: string;
  readonly childLevel: string;
  readonly direction: "at-or-above" | "at-or-below";
  readonly op: ">=" | ">" | "<=" | "<";
  readonly value: Fraction;
  readonly effect: "required-for" | "forces";
  readonly level: string;
}

/** Groups a quota is counted in. */
export type QuotaGroupKind = "grassroots-organization" | "similar-group" | "agency-and-similar-group";

/**
 * A cap on a level: the number rated `level` in a group may not exceed `share` of the base,
 * where the base is the number rated `baseLevel` (`base: "level"`) or rated `baseLevel` or better
 * (`base: "at-or-above"`). How the product is rounded is an option of `checkQuota`.
 */
export interface QuotaRule extends RuleMeta {
  readonly level: string;
  readonly share: Fraction;
  readonly baseLevel: string;
  readonly base: "level" | "at-or-above";
  readonly per: QuotaGroupKind;
  /** Words on exceptions and who decides. */
  readonly note?: LocalizedText;
}

/** A case in which a subject is not rated at all, e.g. a suspended member. */
export interface Exclusion extends RuleMeta {
  readonly when: readonly Condition[];
}

/** A level of a scheme. */
export interface SchemeLevel {
  /** Stable ASCII code, unique in the scheme, e.g. `"excellent"`. */
  readonly code: string;
  /** 1 = top. Levels of different schemes with the same tier are compared as equal by `compareByTier`. */
  readonly tier: number;
  /** The official label. */
  readonly label: LocalizedText;
  /** Usual abbreviations, most common first (Vietnamese usage), e.g. `["HTXSNV", "HTXS"]`. */
  readonly abbreviations: readonly string[];
  /** The score band, on schemes with a points scale. */
  readonly band?: ScoreBand;
  /** Conditions beyond the band. */
  readonly requires?: readonly Requirement[];
  /**
   * A subset of another level of the same tier awarded by selection ("Trong sạch, vững mạnh
   * tiêu biểu" within "Trong sạch, vững mạnh"). Such a level is counted on its own in
   * distributions and included by `shareAtOrAbove` of the level it refines.
   */
  readonly refines?: string;
}

/** A rating scheme. Data only; see the module notes. */
export interface Scheme {
  /** Stable id, used in rating records (`scheme` field), e.g. `"qd-366-2025"`. */
  readonly id: string;
  /** Full name. */
  readonly name: LocalizedText;
  /** Short name, e.g. `QĐ 366-QĐ/TW`. */
  readonly shortName: LocalizedText;
  /** The regulation, then its guidance documents. */
  readonly documents: readonly SchemeDocument[];
  /** First day in force (`YYYY-MM-DD`), when known. */
  readonly effectiveFrom?: string;
  /** Last day in force, for a replaced scheme. */
  readonly effectiveTo?: string;
  /** Assessment years the scheme governs (inclusive); open-ended when `to` is absent. */
  readonly assessmentYears: { readonly from: number; readonly to?: number };
  /** The id of the scheme it replaced. */
  readonly replaces?: string;
  /** Where the rules come from. */
  readonly sources: readonly Source[];
  /** Whom it rates. */
  readonly appliesTo: {
    readonly subjectKinds: readonly SubjectKind[];
    /** For organizations: which kinds; any when absent. */
    readonly organizationKinds?: readonly OrganizationKind[];
    /** Roles with rules of their own; the first is the default of `classify`. */
    readonly roles: readonly SubjectRole[];
  };
  /** The points scale, when the scheme scores. */
  readonly score?: { readonly min: number; readonly max: number };
  /** The levels, best first. */
  readonly levels: readonly SchemeLevel[];
  readonly forcing?: readonly ForcingRule[];
  readonly tree?: readonly TreeRule[];
  readonly quotas?: readonly QuotaRule[];
  readonly exclusions?: readonly Exclusion[];
  /** Caveats: open points, unconfirmed rules, how the scheme was applied in practice. */
  readonly notes?: readonly LocalizedText[];
}

/**
 * The level codes of a scheme, as a union when the scheme is a literal (`as const`), so that a
 * level of another scheme does not type-check: `LevelOf<typeof HD_27_2014>` is
 * `"clean-strong-exemplary" | "clean-strong" | "good" | "completed" | "weak"`.
 */
export type LevelOf<S extends Scheme> = S["levels"][number]["code"];

/** An entry of the scheme timeline: which scheme governs which assessment years for whom. */
export interface TimelineEntry {
  readonly from: number;
  readonly to?: number;
  /** `person`, `organization`, an organization kind, or `civil-servant`. */
  readonly subjects: readonly TimelineSubject[];
  readonly scheme: string;
  readonly confirmed?: boolean;
  readonly note?: LocalizedText;
}

/** What `applicableScheme` is asked about: a subject kind, an organization kind, or a civil servant. */
export type TimelineSubject = SubjectKind | OrganizationKind | "civil-servant";

/** A share of ratings: the metrics' {@link Ratio} under the name the schemes have used. */
export type ShareRatio = Ratio;
