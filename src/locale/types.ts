/**
 * The shape of a label pack. Every group is a `Record` keyed by a code union of the model, so a
 * pack that misses a label (or labels a code that does not exist) does not compile.
 * @module
 */
import type { GrassrootsErrorCode, IssueCode } from "../_lib/errors.js";
import type {
  CollectionName,
  EndReason,
  Gender,
  OrganizationKind,
  OrganizationLevel,
  Role,
  ScaleId,
  StartReason,
  SubjectKind,
  UnitKind,
} from "../model/codes.js";
import type { Language } from "../model/messages.js";
import type { DepartureReason } from "../metrics/admissions.js";
import type { CompositionDimension } from "../metrics/composition.js";
import type { FindingCode } from "../rules/check.js";

/**
 * A label pack: words for every code of the model in one language. Packs are plain frozen data,
 * passed explicitly to the functions that need words (`formatReport(report, { locale: vi })`,
 * `parseDataset(input, { locale: en })`); nothing is global.
 *
 * @example
 * ```ts
 * import { vi, type Locale } from "grassroots";
 * const pack: Locale = vi;
 * pack.organizationKind["party-cell"]; //=> "Chi bộ"
 * ```
 */
export interface Locale {
  /** Language code of the pack; also selects the language of dataset issue messages. */
  readonly code: Language;
  /** Name of the language, in that language (`"Tiếng Việt"`, `"English"`). */
  readonly name: string;
  /** Kinds of organization (`party-cell` → chi bộ). */
  readonly organizationKind: Readonly<Record<OrganizationKind, string>>;
  /** Levels of organization, as a short label (`grassroots` → Cơ sở). */
  readonly organizationLevel: Readonly<Record<OrganizationLevel, string>>;
  /** Levels of organization, spelled out (`grassroots` → tổ chức cơ sở đảng ...). */
  readonly organizationLevelDescription: Readonly<Record<OrganizationLevel, string>>;
  /** Kinds of unit (`village` → thôn, bản). */
  readonly unitKind: Readonly<Record<UnitKind, string>>;
  /** Genders. */
  readonly gender: Readonly<Record<Gender, string>>;
  /** Why a membership started (`admitted` → kết nạp). */
  readonly startReason: Readonly<Record<StartReason, string>>;
  /** Why a membership ended (`struck-off` → xóa tên). */
  readonly endReason: Readonly<Record<EndReason, string>>;
  /** Roles held through posts (`secretary` → bí thư). */
  readonly role: Readonly<Record<Role, string>>;
  /** Training scales (`political-theory` → lý luận chính trị). */
  readonly scale: Readonly<Record<ScaleId, string>>;
  /** What a rating is about. */
  readonly subjectKind: Readonly<Record<SubjectKind, string>>;
  /** Collections of a dataset. */
  readonly collection: Readonly<Record<CollectionName, string>>;
  /** Short titles of dataset issue codes (the full messages come with each issue). */
  readonly issue: Readonly<Record<IssueCode, string>>;
  /** Short titles of `GrassrootsError` codes. */
  readonly error: Readonly<Record<GrassrootsErrorCode, string>>;
  /** Why a member left, as counted by `admissions` (`unspecified` when the data does not say). */
  readonly departureReason: Readonly<Record<DepartureReason, string>>;
  /** Short titles of data-quality finding codes (`checkDataset`). */
  readonly finding: Readonly<Record<FindingCode, string>>;
  /** Dimensions of `composition` (`party-age` → tuổi đảng). */
  readonly compositionDimension: Readonly<Record<CompositionDimension, string>>;
}

/**
 * The name of a group of labels in a {@link Locale}: every key except `code` and `name`.
 *
 * @example
 * ```ts
 * const group: LabelGroup = "role";
 * group; //=> "role"
 * ```
 */
export type LabelGroup = Exclude<keyof Locale, "code" | "name">;

/**
 * The codes of one label group, e.g. `LabelCode<"gender">` is `"male" | "female"`.
 *
 * @example
 * ```ts
 * const code: LabelCode<"gender"> = "female";
 * code; //=> "female"
 * ```
 */
export type LabelCode<G extends LabelGroup> = keyof Locale[G] & string;
