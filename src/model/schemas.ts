/**
 * zod schemas of the dataset records. The TypeScript types are `z.infer` of them.
 *
 * The object schemas are strict: an unknown field is reported (`unknown-field`) rather than
 * silently dropped. `parseDataset(input, { unknownFields: "keep" })` keeps them instead.
 * @module
 */
import * as z from "zod";
import { precisionOf } from "../_lib/days.js";
import {
  END_REASONS,
  GENDERS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  ROLES,
  SCALE_IDS,
  START_REASONS,
  SUBJECT_KINDS,
  UNIT_KINDS,
} from "./codes.js";

/**
 * A full ISO calendar date `YYYY-MM-DD` that exists (2023-02-30 does not).
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2024-02-29").success; //=> true
 * IsoDateSchema.safeParse("2023-02-29").success; //=> false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .refine((s) => s.length === 10 && precisionOf(s) === 3, {
    error: "expected a calendar date YYYY-MM-DD",
    params: { code: "invalid-date", expected: "YYYY-MM-DD" },
  });

/**
 * A date of reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (Popolo style). See the as-of
 * rules in {@link isInForce} for how a reduced-precision date is read.
 *
 * @example
 * ```ts
 * PartialDateSchema.safeParse("1990").success;    //=> true
 * PartialDateSchema.safeParse("1990-13").success; //=> false
 * ```
 */
export const PartialDateSchema = z
  .string()
  .refine((s) => precisionOf(s) !== 0, {
    error: "expected a date YYYY, YYYY-MM or YYYY-MM-DD",
    params: { code: "invalid-date", expected: "YYYY, YYYY-MM or YYYY-MM-DD" },
  });

/** A record id: a non-empty string of at most 200 characters. */
export const IdSchema = z.string().min(1).max(200);

/** A name: non-empty text, normalised to Unicode NFC (the same text, canonically composed). */
export const NameSchema = z.string().min(1).max(1000).normalize("NFC");

/** A level code on a training scale or rating scheme; checked against the level catalog. */
export const LevelCodeSchema = z.string().min(1).max(100);

/**
 * A rating period: a year (`2024` or `"2024"`) or a quarter (`"2026-Q1"`).
 */
export const PeriodSchema = z.union([
  z.number().int().min(1000).max(9999),
  z.string().regex(/^\d{4}(-Q[1-4])?$/),
]);
/** A rating period. */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A party organization, government body, Fatherland Front committee or mass organization.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({ id: "cb-1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch",
 *   parentId: "db-1", coversUnitIds: ["b-1"] }).kind; //=> "party-cell"
 * ```
 */
export const OrganizationSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(ORGANIZATION_KINDS),
  level: z.enum(ORGANIZATION_LEVELS).optional(),
  parentId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  coversUnitIds: z.array(IdSchema).max(10000).optional(),
  foundingDate: PartialDateSchema.optional(),
  dissolutionDate: PartialDateSchema.optional(),
});
/** An organization record. */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * An administrative area or a place that should be covered (village, school, health station ...).
 * `foundingDate` / `dissolutionDate` are optional and record reorganisations such as the 2025
 * abolition of districts.
 *
 * @example
 * ```ts
 * UnitSchema.parse({ id: "b-1", name: "Bản Nậm Nhùn", kind: "village", parentId: "x-1" }).kind; //=> "village"
 * ```
 */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(UNIT_KINDS),
  parentId: IdSchema.optional(),
  foundingDate: PartialDateSchema.optional(),
  dissolutionDate: PartialDateSchema.optional(),
});
/** A unit record. */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * A person. `unitId` is where the person lives or works.
 *
 * @example
 * ```ts
 * PersonSchema.parse({ id: "p-1", name: "Lò Văn A", birthDate: "1980", gender: "male", ethnicity: "Thái" }).birthDate; //=> "1980"
 * ```
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  birthDate: PartialDateSchema.optional(),
  gender: z.enum(GENDERS).optional(),
  ethnicity: NameSchema.optional(),
  unitId: IdSchema.optional(),
});
/** A person record. */
export type Person = z.infer<typeof PersonSchema>;

/**
 * A person in an organization over a period. A person's party history is the sequence of their
 * memberships in party organizations. `endDate` is the last day of membership.
 *
 * @example
 * ```ts
 * MembershipSchema.parse({ personId: "p-1", organizationId: "cb-1", startDate: "2015-05-19",
 *   officialDate: "2016-05-19" }).officialDate; //=> "2016-05-19"
 * ```
 */
export const MembershipSchema = z.strictObject({
  id: IdSchema.optional(),
  personId: IdSchema,
  organizationId: IdSchema,
  startDate: PartialDateSchema,
  startReason: z.enum(START_REASONS).optional(),
  officialDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  endReason: z.enum(END_REASONS).optional(),
});
/** A membership record. */
export type Membership = z.infer<typeof MembershipSchema>;

/**
 * A person holding a role (secretary, chair, village head ...) in an organization or for a unit.
 * At least one of `organizationId` and `unitId` is required. `endDate` is the last day held.
 *
 * @example
 * ```ts
 * PostSchema.parse({ personId: "p-1", role: "village-head", unitId: "b-1", startDate: "2019" }).role; //=> "village-head"
 * ```
 */
export const PostSchema = z.strictObject({
  id: IdSchema.optional(),
  personId: IdSchema,
  role: z.enum(ROLES),
  organizationId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  startDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
});
/** A post record. */
export type Post = z.infer<typeof PostSchema>;

/**
 * A level reached on a training scale, with the date it was reached (if known).
 *
 * @example
 * ```ts
 * QualificationSchema.parse({ personId: "p-1", scale: "political-theory", level: "intermediate", date: "2018" }).scale;
 * //=> "political-theory"
 * ```
 */
export const QualificationSchema = z.strictObject({
  id: IdSchema.optional(),
  personId: IdSchema,
  scale: z.enum(SCALE_IDS),
  level: LevelCodeSchema,
  date: PartialDateSchema.optional(),
});
/** A qualification record. */
export type Qualification = z.infer<typeof QualificationSchema>;

/**
 * A rating of a person or an organization for a period under a named scheme. At least one of
 * `level` and `score` is required; `subjectKind` is needed only when the id names both a person
 * and an organization.
 *
 * @example
 * ```ts
 * RatingSchema.parse({ subjectId: "cb-1", scheme: "qd-124-2023", period: 2024, level: "good" }).period; //=> 2024
 * ```
 */
export const RatingSchema = z.strictObject({
  id: IdSchema.optional(),
  subjectId: IdSchema,
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
  scheme: z.string().min(1).max(100),
  period: PeriodSchema,
  level: LevelCodeSchema.optional(),
  score: z.number().min(-1e9).max(1e9).optional(),
});
/** A rating record. */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * The whole dataset as one JSON object; every collection is optional (missing = empty).
 * `parseDataset` applies this schema record by record and adds the referential checks, so use
 * `parseDataset` rather than `DatasetSchema.parse` for untrusted input.
 *
 * @example
 * ```ts
 * DatasetSchema.parse({ asOf: "2023-06-30" }).people; //=> []
 * ```
 */
export const DatasetSchema = z.strictObject({
  asOf: IsoDateSchema.optional(),
  organizations: z.array(OrganizationSchema).default([]),
  units: z.array(UnitSchema).default([]),
  people: z.array(PersonSchema).default([]),
  memberships: z.array(MembershipSchema).default([]),
  posts: z.array(PostSchema).default([]),
  qualifications: z.array(QualificationSchema).default([]),
  ratings: z.array(RatingSchema).default([]),
});

/** What a dataset looks like before parsing: every collection optional. */
export type DatasetInput = z.input<typeof DatasetSchema>;

/** A parsed, deeply frozen dataset: every collection present. */
export interface Dataset {
  readonly asOf?: string | undefined;
  readonly organizations: readonly Readonly<Organization>[];
  readonly units: readonly Readonly<Unit>[];
  readonly people: readonly Readonly<Person>[];
  readonly memberships: readonly Readonly<Membership>[];
  readonly posts: readonly Readonly<Post>[];
  readonly qualifications: readonly Readonly<Qualification>[];
  readonly ratings: readonly Readonly<Rating>[];
}

/** The record schemas by collection name. */
export const RECORD_SCHEMAS = {
  organizations: OrganizationSchema,
  units: UnitSchema,
  people: PersonSchema,
  memberships: MembershipSchema,
  posts: PostSchema,
  qualifications: QualificationSchema,
  ratings: RatingSchema,
} as const;
