/**
 * Builders of valid records with sensible defaults, for tests and examples.
 *
 * Default ids come from counters. Each {@link createBuilders} call owns its counters, so ids
 * from one builder set are predictable (`person-1`, `person-2`, ...). The module-level
 * functions (`buildPerson`, ...) share one builder set created on first use: their ids are
 * unique within a process, but their numbers depend on how many records were built before, so
 * a test that asserts on ids should use its own {@link createBuilders} or pass `id` explicitly.
 * @module
 */
import { daysInMonth, firstDay, lastDay, precisionOf } from "../_lib/days.js";
import type { OrganizationKind, ScaleId, UnitKind } from "../model/codes.js";
import type { Membership, Organization, Person, Post, Qualification, Rating, Unit } from "../model/schemas.js";

/**
 * A dataset input with every collection present (a `DatasetInput` whose arrays are all there),
 * as returned by {@link buildDataset} and `generateDataset`.
 *
 * @example
 * ```ts
 * const ds: FullDatasetInput = buildDataset();
 * Object.keys(ds).length; //=> 7
 * ```
 */
export interface FullDatasetInput {
  /** Default evaluation date, `YYYY-MM-DD`. */
  asOf?: string;
  organizations: Organization[];
  units: Unit[];
  people: Person[];
  memberships: Membership[];
  posts: Post[];
  qualifications: Qualification[];
  ratings: Rating[];
}

/**
 * The record builders of one {@link createBuilders} call.
 *
 * @example
 * ```ts
 * const b: Builders = createBuilders();
 * b.buildUnit().id; //=> "unit-1"
 * ```
 */
export interface Builders {
  /** See {@link buildOrganization}. */
  buildOrganization(overrides?: Partial<Organization>): Organization;
  /** See {@link buildUnit}. */
  buildUnit(overrides?: Partial<Unit>): Unit;
  /** See {@link buildPerson}. */
  buildPerson(overrides?: Partial<Person>): Person;
  /** See {@link buildMembership}. */
  buildMembership(overrides?: Partial<Membership>): Membership;
  /** See {@link buildPost}. */
  buildPost(overrides?: Partial<Post>): Post;
  /** See {@link buildQualification}. */
  buildQualification(overrides?: Partial<Qualification>): Qualification;
  /** See {@link buildRating}. */
  buildRating(overrides?: Partial<Rating>): Rating;
}

const ORG_NAMES: Readonly<Record<OrganizationKind, readonly string[]>> = {
  "party-committee": ["Đảng bộ xã Nậm Hàng", "Đảng bộ xã Mường Mô", "Đảng bộ xã Hua Bum"],
  "party-cell": ["Chi bộ bản Nậm Nhùn", "Chi bộ bản Pú Đao", "Chi bộ bản Nậm Manh", "Chi bộ Trường Tiểu học Nậm Hàng"],
  "party-group": ["Tổ đảng số 1", "Tổ đảng số 2"],
  "people-council": ["Hội đồng nhân dân xã Nậm Hàng"],
  "people-committee": ["Ủy ban nhân dân xã Nậm Hàng"],
  "fatherland-front": ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Nậm Hàng"],
  "youth-union": ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Nậm Hàng"],
  "women-union": ["Hội Liên hiệp Phụ nữ xã Nậm Hàng"],
  "farmers-union": ["Hội Nông dân xã Nậm Hàng"],
  "veterans-union": ["Hội Cựu chiến binh xã Nậm Hàng"],
  "trade-union": ["Công đoàn Trường Tiểu học Nậm Hàng"],
  other: ["Hợp tác xã Nông nghiệp Nậm Hàng"],
};

const ORG_LEVELS: Partial<Record<OrganizationKind, Organization["level"]>> = {
  "party-committee": "grassroots",
  "party-cell": "branch",
};

const UNIT_NAMES: Readonly<Record<UnitKind, readonly string[]>> = {
  province: ["Tỉnh Lai Châu"],
  district: ["Huyện Nậm Nhùn"],
  commune: ["Xã Nậm Hàng", "Xã Mường Mô", "Xã Hua Bum", "Xã Pú Đao"],
  ward: ["Phường Tân Phong"],
  "special-zone": ["Đặc khu Côn Đảo"],
  village: ["Bản Nậm Nhùn", "Bản Pú Đao", "Bản Nậm Manh", "Bản Huổi Lếch", "Bản Nậm Ban"],
  "residential-group": ["Tổ dân phố số 1", "Tổ dân phố số 2"],
  school: ["Trường Tiểu học Nậm Hàng", "Trường PTDTBT THCS Mường Mô", "Trường Mầm non Hua Bum"],
  "health-station": ["Trạm Y tế xã Nậm Hàng", "Trạm Y tế xã Mường Mô"],
  agency: ["Cơ quan Đảng ủy - HĐND - UBND xã Nậm Hàng"],
  enterprise: ["Công ty Cổ phần Thủy điện Nậm Na"],
  "armed-forces": ["Đồn Biên phòng Pa Tần"],
  other: ["Khu tái định cư Nậm Hàng"],
};

const PEOPLE: readonly (readonly [name: string, gender: "male" | "female", ethnicity: string, birthDate: string])[] = [
  ["Lò Văn Pánh", "male", "Thái", "1978-04-12"],
  ["Giàng A Páo", "male", "Mông", "1983-09-02"],
  ["Lò Thị Xoan", "female", "Thái", "1990-01-25"],
  ["Chu Gò Xá", "male", "Hà Nhì", "1975-11-30"],
  ["Nguyễn Thị Hương", "female", "Kinh", "1988-06-15"],
  ["Chang Văn Pạc", "male", "Cống", "1981-03-08"],
  ["Lý Thị Mẩy", "female", "Dao", "1993-12-19"],
  ["Pờ Văn Chà", "male", "La Hủ", "1986-07-07"],
  ["Trần Văn Hùng", "male", "Kinh", "1970-10-20"],
  ["Hù Thị Dì", "female", "Si La", "1995-05-05"],
];

const DEFAULT_LEVELS: Readonly<Record<ScaleId, string>> = {
  "general-education": "upper-secondary",
  professional: "bachelor",
  "political-theory": "elementary",
  "state-management": "specialist",
};

/** `defaults` with `overrides` laid over it; an override that is `undefined` removes the field. */
function merge<T extends object>(defaults: T, overrides: Partial<T> | undefined): T {
  const out = { ...defaults } as unknown as Record<string, unknown>;
  if (overrides) {
    for (const key of Object.keys(overrides)) {
      const v = (overrides as unknown as Record<string, unknown>)[key];
      if (v === undefined) delete out[key];
      else out[key] = v;
    }
  }
  return out as unknown as T;
}

function has<T extends object>(overrides: T | undefined, key: keyof T): boolean {
  return overrides !== undefined && Object.prototype.hasOwnProperty.call(overrides, key);
}

function cycle<T>(items: readonly T[], n: number): T {
  return items[(n - 1) % items.length] as T;
}

/** The date 12 months after a date of any precision (29 February → 28 February). */
function twelveMonthsAfter(date: string): string | undefined {
  const p = precisionOf(date);
  if (p === 0) return undefined;
  const y = String(Number(date.slice(0, 4)) + 1).padStart(4, "0");
  if (p === 1) return y;
  if (p === 2) return `${y}${date.slice(4, 7)}`;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(Number(y), m));
  return `${y}${date.slice(4, 8)}${String(d).padStart(2, "0")}`;
}

/**
 * Creates a set of record builders with their own id counters, so that default ids are
 * unique within the set and predictable: `org-1`, `unit-1`, `person-1`, then `-2` ...
 * Default references (`personId`, `organizationId`, `subjectId`) point to `person-1` and
 * `org-1`, the first defaults of a fresh set; pass them explicitly for anything else.
 *
 * @returns Fresh {@link Builders}.
 * @example
 * ```ts
 * const b = createBuilders();
 * b.buildPerson().id;             //=> "person-1"
 * b.buildPerson().id;             //=> "person-2"
 * b.buildOrganization().id;       //=> "org-1"
 * b.buildMembership().personId;   //=> "person-1"
 * ```
 */
export function createBuilders(): Builders {
  let orgs = 0;
  let units = 0;
  let people = 0;
  return {
    buildOrganization(overrides) {
      const n = ++orgs;
      const kind = overrides?.kind ?? "party-cell";
      const base: Organization = { id: `org-${n}`, name: cycle(ORG_NAMES[kind], n), kind };
      const level = ORG_LEVELS[kind];
      if (level !== undefined) base.level = level;
      return merge(base, overrides);
    },
    buildUnit(overrides) {
      const n = ++units;
      const kind = overrides?.kind ?? "village";
      return merge<Unit>({ id: `unit-${n}`, name: cycle(UNIT_NAMES[kind], n), kind }, overrides);
    },
    buildPerson(overrides) {
      const n = ++people;
      const [name, gender, ethnicity, birthDate] = cycle(PEOPLE, n);
      return merge<Person>({ id: `person-${n}`, name, birthDate, gender, ethnicity }, overrides);
    },
    buildMembership(overrides) {
      const startDate = overrides?.startDate ?? "2015-05-19";
      const base: Membership = { personId: "person-1", organizationId: "org-1", startDate };
      // Official 12 months after admission, unless that is after the end of the membership.
      const official = twelveMonthsAfter(startDate);
      const end = overrides?.endDate;
      if (official !== undefined && (end === undefined || firstDay(official) <= lastDay(end))) base.officialDate = official;
      return merge(base, overrides);
    },
    buildPost(overrides) {
      const base: Post = { personId: "person-1", role: "secretary", startDate: "2020-08" };
      if (!(overrides?.unitId !== undefined && !has(overrides, "organizationId"))) base.organizationId = "org-1";
      return merge(base, overrides);
    },
    buildQualification(overrides) {
      const scale = overrides?.scale ?? "political-theory";
      return merge<Qualification>({ personId: "person-1", scale, level: DEFAULT_LEVELS[scale], date: "2018" }, overrides);
    },
    buildRating(overrides) {
      const base: Rating = { subjectId: "org-1", scheme: "qd-124-2023", period: 2024 };
      if (overrides?.score === undefined) base.level = "good";
      return merge(base, overrides);
    },
  };
}

let shared: Builders | undefined;
function sharedBuilders(): Builders {
  return (shared ??= createBuilders());
}

/**
 * An organization record: by default a village party cell (`party-cell`, level `branch`).
 * The default name and level follow `kind` when only the kind is given (a `youth-union` gets a
 * youth-union name and no level). Fields set to `undefined` in `overrides` are removed.
 *
 * @param overrides - Fields to set.
 * @returns A valid organization record.
 * @example
 * ```ts
 * createBuilders().buildOrganization({ id: "cb-1" });
 * //=> { id: "cb-1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch" }
 * buildOrganization({ id: "db-1", kind: "party-committee", name: "Đảng bộ xã Nậm Hàng" }).level; //=> "grassroots"
 * buildOrganization({ id: "dtn", kind: "youth-union" }).level; //=> undefined
 * ```
 */
export function buildOrganization(overrides?: Partial<Organization>): Organization {
  return sharedBuilders().buildOrganization(overrides);
}

/**
 * A unit record: by default a village (`Bản Nậm Nhùn`). The default name follows `kind`.
 *
 * @param overrides - Fields to set.
 * @returns A valid unit record.
 * @example
 * ```ts
 * createBuilders().buildUnit({ id: "b-1" });      //=> { id: "b-1", name: "Bản Nậm Nhùn", kind: "village" }
 * buildUnit({ id: "x-1", kind: "commune" }).name; //=> "Xã Nậm Hàng"
 * ```
 */
export function buildUnit(overrides?: Partial<Unit>): Unit {
  return sharedBuilders().buildUnit(overrides);
}

/**
 * A person record with a Vietnamese name (NFC), birth date, gender and ethnicity; the defaults
 * cycle through a few people of Nậm Nhùn's ethnic groups (Thái, Mông, Hà Nhì, Cống, ...).
 *
 * @param overrides - Fields to set; `birthDate: undefined` removes the birth date.
 * @returns A valid person record.
 * @example
 * ```ts
 * createBuilders().buildPerson();
 * //=> { id: "person-1", name: "Lò Văn Pánh", birthDate: "1978-04-12", gender: "male", ethnicity: "Thái" }
 * buildPerson({ id: "p-9", unitId: "b-1" }).unitId; //=> "b-1"
 * ```
 */
export function buildPerson(overrides?: Partial<Person>): Person {
  return sharedBuilders().buildPerson(overrides);
}

/**
 * A party membership: by default `person-1` admitted to `org-1` on 2015-05-19 and official 12
 * months later. When `startDate` is overridden, the default official date moves with it (12
 * months later, same precision); it is left out when it would fall after `endDate`, or when
 * `officialDate: undefined` is passed.
 *
 * @param overrides - Fields to set.
 * @returns A valid membership record.
 * @example
 * ```ts
 * buildMembership({ personId: "p-1", organizationId: "cb-1", startDate: "2020-02-29" }).officialDate; //=> "2021-02-28"
 * buildMembership({ startDate: "2024-09-01", officialDate: undefined }).officialDate;              //=> undefined
 * buildMembership({ startDate: "2019-03", endDate: "2019-12-31", endReason: "died" }).officialDate; //=> undefined
 * ```
 */
export function buildMembership(overrides?: Partial<Membership>): Membership {
  return sharedBuilders().buildMembership(overrides);
}

/**
 * A post: by default `person-1` as secretary of `org-1` since August 2020. A post given a
 * `unitId` but no `organizationId` (a village head, say) gets no default organization.
 *
 * @param overrides - Fields to set.
 * @returns A valid post record (it has an `organizationId` or a `unitId`).
 * @example
 * ```ts
 * buildPost({ personId: "p-1", role: "village-head", unitId: "b-1" });
 * //=> { personId: "p-1", role: "village-head", startDate: "2020-08", unitId: "b-1" }
 * buildPost({ personId: "p-1" }).organizationId; //=> "org-1"
 * ```
 */
export function buildPost(overrides?: Partial<Post>): Post {
  return sharedBuilders().buildPost(overrides);
}

/**
 * A qualification: by default elementary political theory (`political-theory` /
 * `elementary`) reached in 2018 by `person-1`. When only `scale` is given, the level defaults to
 * a common level on that scale (`upper-secondary`, `bachelor`, `elementary`, `specialist`).
 *
 * @param overrides - Fields to set.
 * @returns A valid qualification record.
 * @example
 * ```ts
 * buildQualification({ personId: "p-1", scale: "professional" }).level;     //=> "bachelor"
 * buildQualification({ scale: "political-theory", level: "advanced" }).level; //=> "advanced"
 * ```
 */
export function buildQualification(overrides?: Partial<Qualification>): Qualification {
  return sharedBuilders().buildQualification(overrides);
}

/**
 * A rating: by default `org-1` rated `good` under `qd-124-2023` for 2024. When a `score` is
 * given and no `level`, the level is left out (it is derived from the score).
 *
 * @param overrides - Fields to set.
 * @returns A valid rating record (it has a `level` or a `score`).
 * @example
 * ```ts
 * buildRating({ subjectId: "cb-1", level: "excellent" });
 * //=> { subjectId: "cb-1", scheme: "qd-124-2023", period: 2024, level: "excellent" }
 * buildRating({ subjectId: "p-1", scheme: "qd-366-2025", period: 2025, score: 92 }).level; //=> undefined
 * ```
 */
export function buildRating(overrides?: Partial<Rating>): Rating {
  return sharedBuilders().buildRating(overrides);
}

/**
 * The parts {@link buildDataset} assembles: `asOf` and any of the seven collections.
 *
 * @example
 * ```ts
 * const parts: DatasetParts = { asOf: "2023-06-30", units: [buildUnit({ id: "b-1" })] };
 * buildDataset(parts).units.length; //=> 1
 * ```
 */
export interface DatasetParts {
  readonly asOf?: string | undefined;
  readonly organizations?: readonly Organization[] | undefined;
  readonly units?: readonly Unit[] | undefined;
  readonly people?: readonly Person[] | undefined;
  readonly memberships?: readonly Membership[] | undefined;
  readonly posts?: readonly Post[] | undefined;
  readonly qualifications?: readonly Qualification[] | undefined;
  readonly ratings?: readonly Rating[] | undefined;
}

/**
 * Assembles a dataset input: every collection present (missing ones empty), arrays copied
 * (the records themselves are not), `asOf` kept when given. It invents no records: references
 * must point to records you pass.
 *
 * @param parts - `asOf` and any collections.
 * @returns A plain object with all seven arrays, ready for `parseDataset`.
 * @example
 * ```ts
 * const b = createBuilders();
 * const ds = buildDataset({
 *   asOf: "2023-06-30",
 *   people: [b.buildPerson()],
 *   organizations: [b.buildOrganization()],
 *   memberships: [b.buildMembership()],
 * });
 * ds.memberships[0]?.organizationId; //=> "org-1"
 * ds.ratings;                        //=> []
 * ```
 */
export function buildDataset(parts: DatasetParts = {}): FullDatasetInput {
  const out: FullDatasetInput = {
    organizations: [...(parts.organizations ?? [])],
    units: [...(parts.units ?? [])],
    people: [...(parts.people ?? [])],
    memberships: [...(parts.memberships ?? [])],
    posts: [...(parts.posts ?? [])],
    qualifications: [...(parts.qualifications ?? [])],
    ratings: [...(parts.ratings ?? [])],
  };
  return parts.asOf === undefined ? out : { asOf: parts.asOf, ...out };
}
