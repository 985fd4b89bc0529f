/**
 * The shapes of training scales and position standards. Types only: the data modules that use
 * them (`catalog.ts`, `standards.ts`) stay free of logic, and the model layer can read the scale
 * tables without depending on anything below it.
 * @module
 */
import type { OrganizationKind, OrganizationLevel, Role, ScaleId, UnitKind } from "../model/codes.js";

/**
 * A text in Vietnamese (NFC, full diacritics) and English.
 *
 * @example
 * ```ts
 * const name: Bilingual = POLITICAL_THEORY.name;
 * name.vi; //=> "Lý luận chính trị"
 * ```
 */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * One level of a training scale.
 *
 * Levels of the same `rank` are equivalent: they compare equal, and every rank has exactly one
 * main level (no `equivalentTo`). The others keep what the user recorded — a grade such as
 * `"9/12"`, or `bachelor-politics` (cử nhân chính trị) beside `advanced` (cao cấp) — and name the
 * main level they count as. Metrics count them under that main level.
 *
 * @example
 * ```ts
 * const level: Level = { code: "advanced", rank: 3, label: { vi: "Cao cấp", en: "Advanced" }, abbreviations: ["CC"] };
 * level.rank; //=> 3
 * ```
 */
export interface Level {
  /** Stable ASCII code, as stored in qualification records. */
  readonly code: string;
  /** Position on the scale: higher is more; equal ranks are equivalent. */
  readonly rank: number;
  /** Label in Vietnamese and English. */
  readonly label: Bilingual;
  /** Abbreviations seen in Vietnamese records (`THPT`, `ĐH`, `CC LLCT`), most common first. */
  readonly abbreviations: readonly string[];
  /** Further spellings {@link parseLevel} accepts, beyond the code, labels and abbreviations. */
  readonly spellings?: readonly string[];
  /** For an equivalent or finer code: the main level of the same rank it counts as. */
  readonly equivalentTo?: string;
  /** For a school grade `x/y`: the highest grade completed (`x`) in a system of `y` grades. */
  readonly grade?: { readonly completed: number; readonly of: number };
}

/**
 * A training scale (thang trình độ) as frozen, sourced data.
 *
 * @example
 * ```ts
 * const scale: Scale = GENERAL_EDUCATION;
 * scale.id; //=> "general-education"
 * ```
 */
export interface Scale {
  /** The scale id used in qualification records. */
  readonly id: ScaleId;
  /** Name in Vietnamese and English. */
  readonly name: Bilingual;
  /** Abbreviations of the scale's name (`LLCT`, `QLNN`). */
  readonly abbreviations: readonly string[];
  /** The levels, lowest rank first (the order the columnar index keeps). */
  readonly levels: readonly Level[];
  /**
   * Words that carry no level information in what people type ("trình độ", "tốt nghiệp",
   * "LLCT" on the political-theory scale ...). {@link parseLevel} ignores them, on the user's
   * text and on the spellings alike. Written as people type them; matched without diacritics.
   */
  readonly ignoredWords: readonly string[];
  /** Where the levels and their order come from (URLs, see DOMAIN.md §3). */
  readonly source: readonly string[];
  /** First day the scale applies, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** Last day the scale applies, `YYYY-MM-DD`; absent while in force. */
  readonly effectiveTo?: string;
  /** What is assumed rather than sourced, if anything. */
  readonly notes?: Bilingual;
}

/**
 * The type of a built-in scale: a {@link Scale} whose id and level codes keep their literal
 * types (so `(typeof PROFESSIONAL)["levels"][number]["code"]` is the union of its codes) while
 * every level has the optional fields of {@link Level}.
 *
 * @example
 * ```ts
 * type ProfessionalCode = (typeof PROFESSIONAL)["levels"][number]["code"]; // "none" | "elementary" | ...
 * const code: ProfessionalCode = "postgraduate";
 * PROFESSIONAL.levels.find((l) => l.code === code)?.equivalentTo; //=> "master"
 * ```
 */
export type ScaleData<S extends { readonly id: ScaleId; readonly levels: readonly { readonly code: string }[] }> = Scale & {
  readonly id: S["id"];
  readonly levels: readonly (Level & { readonly code: S["levels"][number]["code"] })[];
};

/**
 * Minimum levels per scale: a level code of each scale a post requires.
 *
 * @example
 * ```ts
 * const req: Requirements = { "general-education": "upper-secondary", professional: "bachelor" };
 * assessStandard({ "general-education": "12/12", professional: "master" }, req).result; //=> "above"
 * ```
 */
export type Requirements = Readonly<Partial<Record<ScaleId, string>>>;

/**
 * Which posts a position standard applies to. A post matches when its role is listed, its
 * organization's kind is listed, and — where given — the organization's level and the kind of
 * the organization's unit are listed too.
 *
 * @example
 * ```ts
 * const m: PostMatcher = { roles: ["secretary"], organizationKinds: ["party-cell"], unitKinds: ["village"] };
 * m.roles; //=> ["secretary"]
 * ```
 */
export interface PostMatcher {
  /** Roles of the post. */
  readonly roles: readonly Role[];
  /** Kinds of the organization the post is in. */
  readonly organizationKinds: readonly OrganizationKind[];
  /** Levels of that organization (any when absent). */
  readonly organizationLevels?: readonly OrganizationLevel[];
  /**
   * Kinds of the organization's unit (any when absent). The unit is the organization's
   * `unitId`, else its only covered unit, else its parent organization's unit.
   */
  readonly unitKinds?: readonly UnitKind[];
}

/**
 * Lower requirements a province may allow in difficult areas (mountain, border, island, ethnic-minority).
 *
 * @example
 * ```ts
 * const a: DifficultAreaAllowance | undefined = TWO_TIER_2025.standards[1]?.difficultArea;
 * a?.effectiveTo; //=> "2030-06-30"
 * ```
 */
export interface DifficultAreaAllowance {
  /** The requirements that apply instead. */
  readonly requirements: Requirements;
  /** Last day the allowance applies, `YYYY-MM-DD` (a transition period); absent: no end. */
  readonly effectiveTo?: string;
  /** What the allowance is, with its source or why it is assumed. */
  readonly note: Bilingual;
}

/**
 * The training standard of a position (tiêu chuẩn chức danh): the minimum level on each
 * required scale, for the posts it applies to, over the dates it is in force.
 *
 * @example
 * ```ts
 * const s: PositionStandard = ND_33_2023.standards[0];
 * s.requirements.professional; //=> "bachelor"
 * ```
 */
export interface PositionStandard {
  /** Stable id, `<set id>/<position>`. */
  readonly id: string;
  /** The position in Vietnamese and English. */
  readonly name: Bilingual;
  /** The posts it applies to. */
  readonly appliesTo: PostMatcher;
  /** Minimum level per scale; scales not listed are not required. */
  readonly requirements: Requirements;
  /** Lower requirements allowed in difficult areas, if the regulation allows any. */
  readonly difficultArea?: DifficultAreaAllowance;
  /** Where the requirements come from (URLs). */
  readonly source: readonly string[];
  /** First day in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** Last day in force, `YYYY-MM-DD`; absent while in force. */
  readonly effectiveTo?: string;
  /** `false` when some requirement is UNCONFIRMED (assumed, see `note`); use it or pass your own. */
  readonly confirmed: boolean;
  /** What is assumed or left out (age, term length and other conditions are not training levels). */
  readonly note?: Bilingual;
}

/**
 * The type of a built-in standard set: a {@link PositionStandardSet} whose id and standard ids
 * keep their literal types while every standard has the optional fields of
 * {@link PositionStandard}.
 *
 * @example
 * ```ts
 * const ids: (typeof ND_33_2023)["standards"][number]["id"][] = ["nd-33-2023/civil-servant"];
 * ND_33_2023.standards.find((s) => s.id === ids[0])?.difficultArea?.requirements.professional; //=> "intermediate"
 * ```
 */
export type StandardSetData<S extends { readonly id: string; readonly standards: readonly { readonly id: string }[] }> = PositionStandardSet & {
  readonly id: S["id"];
  readonly standards: readonly (PositionStandard & { readonly id: S["standards"][number]["id"] })[];
};

/**
 * A regulation's position standards, as one frozen, sourced object.
 *
 * @example
 * ```ts
 * const set: PositionStandardSet = ND_33_2023;
 * set.effectiveFrom; //=> "2023-08-01"
 * ```
 */
export interface PositionStandardSet {
  /** Stable id of the regulation, e.g. `nd-33-2023`. */
  readonly id: string;
  /** Name of the regulation in Vietnamese and English. */
  readonly name: Bilingual;
  /** Where the regulation is described (URLs). */
  readonly source: readonly string[];
  /** First day in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** Last day in force, `YYYY-MM-DD`; absent while in force. */
  readonly effectiveTo?: string;
  /** Its position standards. */
  readonly standards: readonly PositionStandard[];
}
