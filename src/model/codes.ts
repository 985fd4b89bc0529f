/**
 * The stable codes of the dataset model. Codes are ASCII and never change meaning; words for
 * them live in the `vi` and `en` locale packs.
 * @module
 */

/** Kinds of organization. */
export const ORGANIZATION_KINDS = [
  "party-committee",
  "party-cell",
  "party-group",
  "people-council",
  "people-committee",
  "fatherland-front",
  "youth-union",
  "women-union",
  "farmers-union",
  "veterans-union",
  "trade-union",
  "other",
] as const;
/** A kind of organization: `party-committee` (đảng bộ / đảng ủy), `party-cell` (chi bộ), ... */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The organization kinds that are party organizations (tổ chức đảng). */
export const PARTY_ORGANIZATION_KINDS = ["party-committee", "party-cell", "party-group"] as const;

/** Levels of an organization in the hierarchy. */
export const ORGANIZATION_LEVELS = ["central", "province", "district", "grassroots", "branch"] as const;
/**
 * A level: `grassroots` is a tổ chức cơ sở đảng (đảng bộ cơ sở or chi bộ cơ sở); `branch` is a
 * chi bộ trực thuộc or đảng bộ bộ phận under a grassroots committee.
 */
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number];

/** Kinds of unit (administrative areas and the places that should be covered). */
export const UNIT_KINDS = [
  "province",
  "district",
  "commune",
  "ward",
  "special-zone",
  "village",
  "residential-group",
  "school",
  "health-station",
  "agency",
  "enterprise",
  "armed-forces",
  "other",
] as const;
/** A kind of unit. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Genders as recorded in party and cadre records. */
export const GENDERS = ["male", "female"] as const;
/** A gender code. */
export type Gender = (typeof GENDERS)[number];

/** Why a membership started. */
export const START_REASONS = ["admitted", "readmitted", "transferred"] as const;
/** A start reason: `admitted` (kết nạp), `readmitted` (kết nạp lại), `transferred` (chuyển đến). */
export type StartReason = (typeof START_REASONS)[number];

/** Why a membership ended. */
export const END_REASONS = ["transferred", "died", "expelled", "struck-off", "resigned", "other"] as const;
/** An end reason: `transferred` (chuyển đi), `died`, `expelled` (khai trừ), `struck-off` (xóa tên), ... */
export type EndReason = (typeof END_REASONS)[number];

/** Roles a person can hold through a post. */
export const ROLES = [
  "secretary",
  "deputy-secretary",
  "standing-committee-member",
  "committee-member",
  "chair",
  "vice-chair",
  "village-head",
  "head",
  "deputy-head",
  "civil-servant",
  "other",
] as const;
/** A role code. */
export type Role = (typeof ROLES)[number];

/** Training scales a qualification can be on. */
export const SCALE_IDS = ["general-education", "professional", "political-theory", "state-management"] as const;
/** A training-scale id. */
export type ScaleId = (typeof SCALE_IDS)[number];

/** What a rating is about. */
export const SUBJECT_KINDS = ["person", "organization"] as const;
/** `person` or `organization`. */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The collections of a dataset, in the order they are validated and reported. */
export const COLLECTIONS = [
  "organizations",
  "units",
  "people",
  "memberships",
  "posts",
  "qualifications",
  "ratings",
] as const;
/** The name of a collection of a dataset. */
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Whether an organization kind is a party organization.
 *
 * @example
 * ```ts
 * isPartyOrganizationKind("party-cell"); //=> true
 * isPartyOrganizationKind("youth-union"); //=> false
 * ```
 */
export function isPartyOrganizationKind(kind: OrganizationKind): boolean {
  return (PARTY_ORGANIZATION_KINDS as readonly string[]).includes(kind);
}
