/**
 * fast-check arbitraries of valid and of broken datasets, for property tests.
 *
 * fast-check is an optional peer dependency: this module never imports it at run time. Every
 * arbitrary takes the fast-check module as its first argument, so `grassroots/testing` loads
 * without fast-check installed:
 *
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryDataset } from "grassroots/testing";
 * fc.assert(fc.property(arbitraryDataset(fc), (input) => parseDataset(input).people.length >= 0));
 * ```
 * @module
 */
import type * as FastCheck from "fast-check";
import { daysFromCivil, firstDay, formatDay, formatDayAt, lastDay } from "../_lib/days.js";
import type { IssueCode } from "../_lib/errors.js";
import {
  END_REASONS,
  GENDERS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  ROLES,
  START_REASONS,
  UNIT_KINDS,
  isPartyOrganizationKind,
  type CollectionName,
  type ScaleId,
} from "../model/codes.js";
import type { DatasetInput, Membership, Organization, Person, Post, Qualification, Rating, Unit } from "../model/schemas.js";
import type { FullDatasetInput } from "./builders.js";

/**
 * The part of the fast-check module the arbitraries use: what `import fc from "fast-check"`
 * or `import * as fc from "fast-check"` gives, passed as their first argument.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const module: FastCheckModule = fc;
 * typeof module.record; //=> "function"
 * ```
 */
export type FastCheckModule = Pick<
  typeof FastCheck,
  "array" | "boolean" | "constantFrom" | "double" | "integer" | "nat" | "oneof" | "option" | "record" | "string" | "tuple" | "uniqueArray"
>;

/**
 * Options of {@link arbitraryDataset} and {@link arbitraryBrokenDataset}.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const options: ArbitraryDatasetOptions = { maxLength: 2 };
 * const [ds] = fc.sample(arbitraryDataset(fc, options), { numRuns: 1, seed: 1 });
 * (ds?.people ?? []).length <= 2; //=> true
 * ```
 */
export interface ArbitraryDatasetOptions {
  /** Most records per collection. Default 8. */
  readonly maxLength?: number | undefined;
}

/**
 * The ways {@link arbitraryBrokenDataset} breaks a valid dataset. The issue code each expects:
 * `duplicate-id`, `unresolved-reference`, `parent-cycle`, `end-before-start`, `invalid-date`;
 * `wrong-type` → `invalid-type`; `missing-field`, `unknown-field`; `invalid-enum` →
 * `invalid-value`; `not-party-organization`, `date-order`, `forbidden-key`; `empty-string` →
 * `too-small`; `ambiguous-reference`.
 *
 * @example
 * ```ts
 * BREAK_KINDS.includes("parent-cycle"); //=> true
 * BREAK_KINDS.length;                   //=> 14
 * ```
 */
export const BREAK_KINDS = [
  "duplicate-id",
  "unresolved-reference",
  "parent-cycle",
  "end-before-start",
  "invalid-date",
  "wrong-type",
  "missing-field",
  "unknown-field",
  "invalid-enum",
  "not-party-organization",
  "date-order",
  "forbidden-key",
  "empty-string",
  "ambiguous-reference",
] as const;
/**
 * A way of breaking a dataset; see {@link BREAK_KINDS}.
 *
 * @example
 * ```ts
 * const kind: BreakKind = "invalid-date";
 * BREAK_KINDS.indexOf(kind); //=> 4
 * ```
 */
export type BreakKind = (typeof BREAK_KINDS)[number];

/**
 * Options of {@link arbitraryBrokenDataset}.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const options: ArbitraryBrokenDatasetOptions = { kinds: ["parent-cycle"], maxLength: 4 };
 * fc.sample(arbitraryBrokenDataset(fc, options), { numRuns: 3, seed: 1 }).map((b) => b.expected.code);
 * //=> ["parent-cycle", "parent-cycle", "parent-cycle"]
 * ```
 */
export interface ArbitraryBrokenDatasetOptions extends ArbitraryDatasetOptions {
  /** Only these kinds of breakage. Default: all of {@link BREAK_KINDS}. */
  readonly kinds?: readonly BreakKind[] | undefined;
}

/**
 * A broken dataset and the issue `parseDataset` must report for it (among possibly others).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [b]: BrokenDataset[] = fc.sample(arbitraryBrokenDataset(fc, { kinds: ["duplicate-id"] }), { numRuns: 1, seed: 3 });
 * b?.expected.path.endsWith("]") || b?.expected.path.endsWith(".id"); //=> true
 * ```
 */
export interface BrokenDataset {
  /** The input to parse: a valid dataset broken in one way. */
  readonly input: unknown;
  /** How it was broken. */
  readonly kind: BreakKind;
  /** An issue the parse result must contain: its JSON path (`people[3].birthDate`) and code. */
  readonly expected: { readonly path: string; readonly code: IssueCode };
}

const EXPECTED_CODE: Readonly<Record<BreakKind, IssueCode>> = {
  "duplicate-id": "duplicate-id",
  "unresolved-reference": "unresolved-reference",
  "parent-cycle": "parent-cycle",
  "end-before-start": "end-before-start",
  "invalid-date": "invalid-date",
  "wrong-type": "invalid-type",
  "missing-field": "missing-field",
  "unknown-field": "unknown-field",
  "invalid-enum": "invalid-value",
  "not-party-organization": "not-party-organization",
  "date-order": "date-order",
  "forbidden-key": "forbidden-key",
  "empty-string": "too-small",
  "ambiguous-reference": "ambiguous-reference",
};

const SURNAMES = ["Lò", "Giàng", "Nguyễn", "Chu", "Lý", "Pờ", "Chang", "Hù", "Trần", "Sùng"] as const;
const MIDDLES = ["Văn", "Thị", "A", "Seo", "Gò", "Mí"] as const;
const GIVENS = ["Pánh", "Páo", "Xoan", "Xá", "Hương", "Pạc", "Mẩy", "Chà", "Hùng", "Dì"] as const;
const ETHNICITIES = ["Kinh", "Thái", "Mông", "Dao", "Hà Nhì", "Cống", "Mảng", "La Hủ", "Si La", "Khơ Mú"] as const;
const SCALE_LEVELS: Readonly<Record<ScaleId, readonly string[]>> = {
  "general-education": ["primary", "lower-secondary", "upper-secondary"],
  professional: ["none", "elementary", "intermediate", "college", "bachelor", "master", "doctor"],
  "political-theory": ["none", "elementary", "intermediate", "advanced"],
  "state-management": ["specialist", "principal-specialist", "senior-specialist"],
};
const SCALES = Object.keys(SCALE_LEVELS) as ScaleId[];
const RATING_LEVELS = ["excellent", "good", "completed", "not-completed"] as const;
const SCHEMES = ["qd-124-2023", "qd-132-2018", "qd-366-2025", "my-own-scheme"] as const;

const MIN_DAY = daysFromCivil(1900, 1, 1);
const MAX_DAY = daysFromCivil(2030, 12, 31);

interface RawDate {
  readonly day: number;
  readonly precision: 1 | 2 | 3;
}
interface RawAfter {
  readonly after: number;
  readonly precision: 1 | 2 | 3;
}

function dateArb(fc: FastCheckModule): FastCheck.Arbitrary<RawDate> {
  return fc.record({
    day: fc.integer({ min: MIN_DAY, max: MAX_DAY }),
    // Mostly full dates; some YYYY-MM and YYYY.
    precision: fc.integer({ min: 1, max: 5 }).map((p): 1 | 2 | 3 => (p >= 3 ? 3 : (p as 1 | 2))),
  });
}

function afterArb(fc: FastCheckModule): FastCheck.Arbitrary<RawAfter> {
  return fc.record({
    after: fc.integer({ min: 0, max: 20 * 366 }),
    precision: fc.integer({ min: 1, max: 5 }).map((p): 1 | 2 | 3 => (p >= 3 ? 3 : (p as 1 | 2))),
  });
}

function opt<T>(fc: FastCheckModule, arb: FastCheck.Arbitrary<T>): FastCheck.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

function nameArb(fc: FastCheckModule): FastCheck.Arbitrary<string> {
  const vietnamese = fc
    .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLES), fc.constantFrom(...GIVENS))
    .map(([s, m, g]) => `${s} ${m} ${g}`);
  return fc.oneof(
    { weight: 4, arbitrary: vietnamese },
    // Decomposed (NFD) text: parsing normalises it to NFC.
    { weight: 1, arbitrary: vietnamese.map((s) => s.normalize("NFD")) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }) },
  );
}

function idArb(fc: FastCheckModule): FastCheck.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom("p", "o", "u", "cb", "b"), fc.nat(999)).map(([p, n]) => `${p}-${n}`) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }) },
    // Ids that break code using plain objects as maps.
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "0", " ", "p-1 ") },
  );
}

/**
 * An arbitrary of valid datasets: every one passes `parseDataset`. Ids are unique (across all
 * collections, so no rating subject is ambiguous), every reference resolves, `parentId` has no
 * cycles, end dates follow start dates, official dates lie within their membership, a
 * membership with an official date (or re-admission) is in a party organization, posts have an
 * `organizationId` or a `unitId`, ratings a `level` or a `score`, and dates come in all three
 * precisions (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Names include Vietnamese names (some in NFD,
 * which parsing normalises) and arbitrary Unicode; ids include `__proto__` and `constructor`.
 * Empty collections are sometimes left out. Values are JSON-safe (no `undefined`, no `-0`).
 *
 * @param fc - The fast-check module.
 * @param options - `maxLength`: most records per collection (default 8).
 * @returns An arbitrary of dataset inputs.
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [sample] = fc.sample(arbitraryDataset(fc, { maxLength: 3 }), { numRuns: 1, seed: 42 });
 * safeParseDataset(sample).success; //=> true
 * ```
 */
export function arbitraryDataset(fc: FastCheckModule, options: ArbitraryDatasetOptions = {}): FastCheck.Arbitrary<DatasetInput> {
  const max = Math.max(0, Math.floor(options.maxLength ?? 8));
  const list = <T>(arb: FastCheck.Arbitrary<T>): FastCheck.Arbitrary<T[]> => fc.array(arb, { maxLength: max });
  const date = dateArb(fc);
  const after = afterArb(fc);
  const name = nameArb(fc);
  const raw = fc.record({
    asOf: opt(fc, fc.integer({ min: MIN_DAY, max: MAX_DAY })),
    omitEmpty: fc.boolean(),
    ids: fc.uniqueArray(idArb(fc), { maxLength: 4 * max }),
    units: list(
      fc.record({
        name,
        kind: fc.constantFrom(...UNIT_KINDS),
        parent: opt(fc, fc.nat()),
        founding: opt(fc, date),
        dissolution: opt(fc, after),
        order: fc.nat(),
      }),
    ),
    organizations: list(
      fc.record({
        name,
        kind: fc.constantFrom(...ORGANIZATION_KINDS),
        level: opt(fc, fc.constantFrom(...ORGANIZATION_LEVELS)),
        parent: opt(fc, fc.nat()),
        unit: opt(fc, fc.nat()),
        covers: opt(fc, fc.array(fc.nat(), { maxLength: 3 })),
        founding: opt(fc, date),
        dissolution: opt(fc, after),
        order: fc.nat(),
      }),
    ),
    people: list(
      fc.record({
        name,
        birth: opt(fc, date),
        gender: opt(fc, fc.constantFrom(...GENDERS)),
        ethnicity: opt(fc, fc.constantFrom(...ETHNICITIES)),
        unit: opt(fc, fc.nat()),
      }),
    ),
    memberships: list(
      fc.record({
        withId: fc.boolean(),
        person: fc.nat(),
        org: fc.nat(),
        party: fc.boolean(),
        start: date,
        startReason: opt(fc, fc.constantFrom(...START_REASONS)),
        official: opt(fc, after),
        end: opt(fc, after),
        endReason: opt(fc, fc.constantFrom(...END_REASONS)),
      }),
    ),
    posts: list(
      fc.record({
        withId: fc.boolean(),
        person: fc.nat(),
        role: fc.constantFrom(...ROLES),
        target: fc.integer({ min: 0, max: 2 }),
        org: fc.nat(),
        unit: fc.nat(),
        start: opt(fc, date),
        end: opt(fc, after),
      }),
    ),
    qualifications: list(
      fc.record({
        withId: fc.boolean(),
        person: fc.nat(),
        scale: fc.constantFrom(...SCALES),
        level: fc.nat(),
        date: opt(fc, date),
      }),
    ),
    ratings: list(
      fc.record({
        withId: fc.boolean(),
        ofOrganization: fc.boolean(),
        subject: fc.nat(),
        withKind: fc.boolean(),
        scheme: fc.constantFrom(...SCHEMES),
        period: fc.oneof(
          fc.integer({ min: 1990, max: 2035 }),
          fc.integer({ min: 1990, max: 2035 }).map(String),
          fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
        ),
        level: fc.constantFrom(...RATING_LEVELS),
        score: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
        which: fc.integer({ min: 0, max: 2 }),
      }),
    ),
  });
  return raw.map((r) => assemble(r));
}

interface RawDataset {
  asOf: number | undefined;
  omitEmpty: boolean;
  ids: string[];
  units: { name: string; kind: Unit["kind"]; parent: number | undefined; founding: RawDate | undefined; dissolution: RawAfter | undefined; order: number }[];
  organizations: {
    name: string;
    kind: Organization["kind"];
    level: Organization["level"];
    parent: number | undefined;
    unit: number | undefined;
    covers: number[] | undefined;
    founding: RawDate | undefined;
    dissolution: RawAfter | undefined;
    order: number;
  }[];
  people: { name: string; birth: RawDate | undefined; gender: Person["gender"]; ethnicity: string | undefined; unit: number | undefined }[];
  memberships: {
    withId: boolean;
    person: number;
    org: number;
    party: boolean;
    start: RawDate;
    startReason: Membership["startReason"];
    official: RawAfter | undefined;
    end: RawAfter | undefined;
    endReason: Membership["endReason"];
  }[];
  posts: { withId: boolean; person: number; role: Post["role"]; target: number; org: number; unit: number; start: RawDate | undefined; end: RawAfter | undefined }[];
  qualifications: { withId: boolean; person: number; scale: ScaleId; level: number; date: RawDate | undefined }[];
  ratings: {
    withId: boolean;
    ofOrganization: boolean;
    subject: number;
    withKind: boolean;
    scheme: string;
    period: number | string;
    level: string;
    score: number;
    which: number;
  }[];
}

function fmt(day: number, precision: 1 | 2 | 3): string {
  return formatDayAt(day, precision);
}

/** Records in the order of their `order` keys (stable), so that parents need not come first. */
function permute<T extends { order: number }>(items: readonly T[]): number[] {
  return items
    .map((it, i) => [it.order, i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);
}

function assemble(r: RawDataset): DatasetInput {
  // Ids: from the unique pool, then made-up ones that are not in it.
  const used = new Set(r.ids);
  let next = 0;
  let made = 0;
  const newId = (): string => {
    if (next < r.ids.length) return r.ids[next++]!;
    let id = `id-${made++}`;
    while (used.has(id)) id += "'";
    used.add(id);
    return id;
  };

  const unitIds = r.units.map(() => newId());
  const units: Unit[] = [];
  for (const i of permute(r.units)) {
    const u = r.units[i]!;
    const rec: Unit = { id: unitIds[i]!, name: u.name, kind: u.kind };
    if (u.parent !== undefined && i > 0) rec.parentId = unitIds[u.parent % i]!;
    if (u.founding !== undefined) {
      rec.foundingDate = fmt(u.founding.day, u.founding.precision);
      if (u.dissolution !== undefined) rec.dissolutionDate = fmt(u.founding.day + u.dissolution.after, u.dissolution.precision);
    }
    units.push(rec);
  }

  const orgIds = r.organizations.map(() => newId());
  const organizations: Organization[] = [];
  for (const i of permute(r.organizations)) {
    const o = r.organizations[i]!;
    const rec: Organization = { id: orgIds[i]!, name: o.name, kind: o.kind };
    if (o.level !== undefined) rec.level = o.level;
    if (o.parent !== undefined && i > 0) rec.parentId = orgIds[o.parent % i]!;
    if (o.unit !== undefined && unitIds.length > 0) rec.unitId = unitIds[o.unit % unitIds.length]!;
    if (o.covers !== undefined && unitIds.length > 0) rec.coversUnitIds = [...new Set(o.covers.map((k) => unitIds[k % unitIds.length]!))];
    if (o.founding !== undefined) {
      rec.foundingDate = fmt(o.founding.day, o.founding.precision);
      if (o.dissolution !== undefined) rec.dissolutionDate = fmt(o.founding.day + o.dissolution.after, o.dissolution.precision);
    }
    organizations.push(rec);
  }
  const partyOrgs: number[] = [];
  r.organizations.forEach((o, i) => {
    if (isPartyOrganizationKind(o.kind)) partyOrgs.push(i);
  });

  const personIds = r.people.map(() => newId());
  const people: Person[] = r.people.map((p, i) => {
    const rec: Person = { id: personIds[i]!, name: p.name };
    if (p.birth !== undefined) rec.birthDate = fmt(p.birth.day, p.birth.precision);
    if (p.gender !== undefined) rec.gender = p.gender;
    if (p.ethnicity !== undefined) rec.ethnicity = p.ethnicity;
    if (p.unit !== undefined && unitIds.length > 0) rec.unitId = unitIds[p.unit % unitIds.length]!;
    return rec;
  });

  // Ids of the optional-id collections: unique per collection (here unique overall).
  const memberships: Membership[] = [];
  if (personIds.length > 0 && orgIds.length > 0) {
    for (const m of r.memberships) {
      const orgIndex = m.party && partyOrgs.length > 0 ? partyOrgs[m.org % partyOrgs.length]! : m.org % orgIds.length;
      const party = isPartyOrganizationKind(r.organizations[orgIndex]!.kind);
      const rec: Membership = { personId: personIds[m.person % personIds.length]!, organizationId: orgIds[orgIndex]!, startDate: fmt(m.start.day, m.start.precision) };
      if (m.withId) rec.id = newId();
      if (m.startReason !== undefined && (party || m.startReason !== "readmitted")) rec.startReason = m.startReason;
      // Official date within [start, end] as days, so within them at any precision.
      if (m.official !== undefined && party) {
        const off = m.end !== undefined ? m.official.after % (m.end.after + 1) : m.official.after;
        rec.officialDate = fmt(m.start.day + off, m.official.precision);
      }
      if (m.end !== undefined) {
        rec.endDate = fmt(m.start.day + m.end.after, m.end.precision);
        if (m.endReason !== undefined) rec.endReason = m.endReason;
      }
      memberships.push(rec);
    }
  }

  const posts: Post[] = [];
  if (personIds.length > 0 && (orgIds.length > 0 || unitIds.length > 0)) {
    for (const p of r.posts) {
      const rec: Post = { personId: personIds[p.person % personIds.length]!, role: p.role };
      if (p.withId) rec.id = newId();
      const wantOrg = p.target !== 1 || unitIds.length === 0;
      const wantUnit = p.target !== 0 || orgIds.length === 0;
      if (wantOrg && orgIds.length > 0) rec.organizationId = orgIds[p.org % orgIds.length]!;
      if (wantUnit && unitIds.length > 0) rec.unitId = unitIds[p.unit % unitIds.length]!;
      if (p.start !== undefined) {
        rec.startDate = fmt(p.start.day, p.start.precision);
        if (p.end !== undefined) rec.endDate = fmt(p.start.day + p.end.after, p.end.precision);
      }
      posts.push(rec);
    }
  }

  const qualifications: Qualification[] = [];
  if (personIds.length > 0) {
    for (const q of r.qualifications) {
      const levels = SCALE_LEVELS[q.scale];
      const rec: Qualification = { personId: personIds[q.person % personIds.length]!, scale: q.scale, level: levels[q.level % levels.length]! };
      if (q.withId) rec.id = newId();
      if (q.date !== undefined) rec.date = fmt(q.date.day, q.date.precision);
      qualifications.push(rec);
    }
  }

  const ratings: Rating[] = [];
  if (personIds.length > 0 || orgIds.length > 0) {
    for (const x of r.ratings) {
      const ofOrg = orgIds.length > 0 && (x.ofOrganization || personIds.length === 0);
      const subjectId = ofOrg ? orgIds[x.subject % orgIds.length]! : personIds[x.subject % personIds.length]!;
      const rec: Rating = { subjectId, scheme: x.scheme, period: x.period };
      if (x.withId) rec.id = newId();
      if (x.withKind) rec.subjectKind = ofOrg ? "organization" : "person";
      if (x.which !== 1) rec.level = x.level;
      // -0 would not survive JSON; + 0 turns it into 0.
      if (x.which !== 0) rec.score = x.score + 0;
      ratings.push(rec);
    }
  }

  const out: Record<string, unknown> = {};
  if (r.asOf !== undefined) out["asOf"] = formatDay(r.asOf);
  const collections: Record<CollectionName, unknown[]> = { organizations, units, people, memberships, posts, qualifications, ratings };
  for (const c of Object.keys(collections) as CollectionName[]) {
    const list = collections[c];
    if (!(r.omitEmpty && list.length === 0)) out[c] = list;
  }
  return out as DatasetInput;
}

// ---------------------------------------------------------------------------------------------
// Breaking.

type Rec = Record<string, unknown>;

const BAD_DATES = ["2023-02-30", "2021-02-29", "1900-02-29", "2024-13", "2024-00", "2024-04-31", "2024-1-5", "24-01-05", "2024/01/05", "2024-01-05T00:00:00Z", "", "abcd", "2024-W01", " 2024"];
const BAD_AS_OF = ["2023", "2023-06", "2023-02-30", "30/06/2023", ""];
const WRONG_FOR_STRING: readonly unknown[] = [42, true, null, [], {}, 1.5];
const WRONG_FOR_ARRAY: readonly unknown[] = ["u-1", 3, {}, null];
const WRONG_FOR_NUMBER: readonly unknown[] = ["90", true, null, []];
const WRONG_RECORD: readonly unknown[] = ["x", 3, null, [], true];
const WRONG_COLLECTION: readonly unknown[] = [{}, "x", 3, null, true];
const UNKNOWN_KEYS = ["note", "birthdate", "Name", "parent_id", "status", "comment", "createdAt"];
const UNKNOWN_TOP_KEYS = ["persons", "organisations", "meta", "version"];
const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];
const BAD_ENUMS: Readonly<Record<string, readonly unknown[]>> = {
  kind: ["party_cell", "Chi bộ", "PARTY-CELL", "cell", "", 3],
  level: ["commune", "Grassroots", ""],
  gender: ["nam", "nữ", "M", "other", ""],
  startReason: ["kết nạp", "admit", ""],
  endReason: ["dead", "moved", ""],
  role: ["bi-thu", "Secretary", "chairman", ""],
  scale: ["llct", "education", ""],
  subjectKind: ["people", "org", ""],
};

const ALL: readonly CollectionName[] = ["organizations", "units", "people", "memberships", "posts", "qualifications", "ratings"];

function clone(input: DatasetInput): FullDatasetInput & Rec {
  const out: Rec = {};
  if (input.asOf !== undefined) out["asOf"] = input.asOf;
  for (const c of ALL) {
    out[c] = ((input[c] ?? []) as Rec[]).map((rec) => {
      const copy: Rec = { ...rec };
      if (Array.isArray(rec["coversUnitIds"])) copy["coversUnitIds"] = [...(rec["coversUnitIds"] as unknown[])];
      return copy;
    });
  }
  return out as FullDatasetInput & Rec;
}

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

interface Slot {
  readonly c: CollectionName;
  readonly i: number;
  readonly field: string;
}

function broken(input: unknown, kind: BreakKind, path: string): BrokenDataset {
  return { input, kind, expected: { path, code: EXPECTED_CODE[kind] } };
}

/**
 * Breaks a valid dataset in one known way. Pure: works on a copy.
 * @internal exported for tests of the arbitraries.
 */
export function breakDataset(valid: DatasetInput, kind: BreakKind, a: number, b: number, c: number): BrokenDataset {
  const ds = clone(valid);
  const coll = (name: CollectionName): Rec[] => ds[name] as unknown as Rec[];
  const usedIds = new Set<string>();
  for (const name of ALL) {
    for (const rec of coll(name)) if (typeof rec["id"] === "string") usedIds.add(rec["id"]);
  }
  let freshCount = 0;
  const fresh = (): string => {
    let id = `missing-${freshCount++}`;
    while (usedIds.has(id)) id += "'";
    usedIds.add(id);
    return id;
  };
  const slots = (fields: Readonly<Partial<Record<CollectionName, readonly string[]>>>, present: boolean): Slot[] => {
    const out: Slot[] = [];
    for (const name of ALL) {
      const fs = fields[name];
      if (!fs) continue;
      coll(name).forEach((rec, i) => {
        for (const field of fs) if (!present || rec[field] !== undefined) out.push({ c: name, i, field });
      });
    }
    return out;
  };
  const at = (s: Slot): string => `${s.c}[${s.i}].${s.field}`;
  const village = (id: string): Rec => ({ id, name: "Bản Nậm Nhùn", kind: "village" });

  switch (kind) {
    case "duplicate-id": {
      const withIds = ALL.filter((name) => coll(name).some((rec) => typeof rec["id"] === "string"));
      const covered = coll("organizations")
        .map((o, i) => [o, i] as const)
        .filter(([o]) => Array.isArray(o["coversUnitIds"]) && (o["coversUnitIds"] as unknown[]).length > 0);
      if (covered.length > 0 && b % 4 === 0) {
        const [o, i] = pick(covered, a);
        const covers = o["coversUnitIds"] as string[];
        covers.push(pick(covers, c));
        return broken(ds, kind, `organizations[${i}].coversUnitIds[${covers.length - 1}]`);
      }
      if (withIds.length === 0) {
        const id = fresh();
        coll("units").push(village(id), village(id));
        return broken(ds, kind, `units[${coll("units").length - 1}].id`);
      }
      const name = pick(withIds, a);
      const list = coll(name);
      const candidates = list.filter((rec) => typeof rec["id"] === "string");
      const copy: Rec = { ...pick(candidates, b) };
      if (Array.isArray(copy["coversUnitIds"])) copy["coversUnitIds"] = [...(copy["coversUnitIds"] as unknown[])];
      list.push(copy);
      return broken(ds, kind, `${name}[${list.length - 1}].id`);
    }

    case "unresolved-reference": {
      const s = slots(
        {
          units: ["parentId"],
          organizations: ["parentId", "unitId"],
          people: ["unitId"],
          memberships: ["personId", "organizationId"],
          posts: ["personId", "organizationId", "unitId"],
          qualifications: ["personId"],
          ratings: ["subjectId"],
        },
        true,
      );
      const covers: { i: number; k: number }[] = [];
      coll("organizations").forEach((o, i) => {
        const list = o["coversUnitIds"];
        if (Array.isArray(list)) list.forEach((_, k) => covers.push({ i, k }));
      });
      const total = s.length + covers.length;
      if (total === 0) {
        const people = coll("people");
        people.push({ id: fresh(), name: "Lò Văn Pánh", unitId: fresh() });
        return broken(ds, kind, `people[${people.length - 1}].unitId`);
      }
      const n = a % total;
      if (n < s.length) {
        const slot = s[n]!;
        coll(slot.c)[slot.i]![slot.field] = fresh();
        return broken(ds, kind, at(slot));
      }
      const { i, k } = covers[n - s.length]!;
      (coll("organizations")[i]!["coversUnitIds"] as string[])[k] = fresh();
      return broken(ds, kind, `organizations[${i}].coversUnitIds[${k}]`);
    }

    case "parent-cycle": {
      const candidates = (["units", "organizations"] as const).filter((name) => coll(name).length > 0);
      if (candidates.length === 0) {
        const id = fresh();
        coll("units").push({ ...village(id), parentId: id });
        return broken(ds, kind, `units[${coll("units").length - 1}].parentId`);
      }
      const name = pick(candidates, a);
      const list = coll(name);
      const index = new Map<string, number>();
      list.forEach((rec, i) => index.set(rec["id"] as string, i));
      const k = b % list.length;
      const chain = [k];
      for (let cur = k; list[cur]!["parentId"] !== undefined; ) {
        cur = index.get(list[cur]!["parentId"] as string)!;
        chain.push(cur);
      }
      const root = chain[chain.length - 1]!;
      list[root]!["parentId"] = list[k]!["id"];
      return broken(ds, kind, `${name}[${Math.min(...chain)}].parentId`);
    }

    case "end-before-start": {
      const options: Slot[] = [
        ...slots({ memberships: ["startDate"], posts: ["startDate"] }, true),
        ...slots({ units: ["foundingDate"], organizations: ["foundingDate"] }, false),
      ];
      if (options.length === 0) {
        const units = coll("units");
        units.push({ ...village(fresh()), foundingDate: "2000", dissolutionDate: "1999-12-31" });
        return broken(ds, kind, `units[${units.length - 1}].dissolutionDate`);
      }
      const slot = pick(options, a);
      const rec = coll(slot.c)[slot.i]!;
      if (slot.field === "startDate") {
        rec["endDate"] = formatDay(firstDay(rec["startDate"] as string) - 1 - (c % 4000));
        return broken(ds, kind, at({ ...slot, field: "endDate" }));
      }
      if (rec["foundingDate"] === undefined) rec["foundingDate"] = "2000-01-01";
      rec["dissolutionDate"] = formatDay(firstDay(rec["foundingDate"] as string) - 1 - (c % 4000));
      return broken(ds, kind, at({ ...slot, field: "dissolutionDate" }));
    }

    case "invalid-date": {
      const s = slots(
        {
          units: ["foundingDate", "dissolutionDate"],
          organizations: ["foundingDate", "dissolutionDate"],
          people: ["birthDate"],
          memberships: ["startDate", "officialDate", "endDate"],
          posts: ["startDate", "endDate"],
          qualifications: ["date"],
        },
        true,
      );
      const n = a % (s.length + 1);
      if (n === s.length) {
        ds["asOf"] = pick(BAD_AS_OF, b);
        return broken(ds, kind, "asOf");
      }
      const slot = s[n]!;
      coll(slot.c)[slot.i]![slot.field] = pick(BAD_DATES, b);
      return broken(ds, kind, at(slot));
    }

    case "wrong-type": {
      const strings = slots(
        {
          units: ["id", "name"],
          organizations: ["id", "name"],
          people: ["id", "name", "birthDate", "ethnicity"],
          memberships: ["personId", "organizationId", "startDate"],
          posts: ["personId"],
          qualifications: ["personId", "level"],
          ratings: ["subjectId", "scheme"],
        },
        true,
      );
      const arrays = slots({ organizations: ["coversUnitIds"] }, true);
      const numbers = slots({ ratings: ["score"] }, true);
      const records = ALL.flatMap((name) => coll(name).map((_, i) => ({ c: name, i, field: "" })));
      const mode = a % 5;
      if (mode === 0 && strings.length > 0) {
        const slot = pick(strings, b);
        coll(slot.c)[slot.i]![slot.field] = pick(WRONG_FOR_STRING, c);
        return broken(ds, kind, at(slot));
      }
      if (mode === 1 && arrays.length + numbers.length > 0) {
        const slot = pick([...arrays, ...numbers], b);
        coll(slot.c)[slot.i]![slot.field] = pick(slot.field === "score" ? WRONG_FOR_NUMBER : WRONG_FOR_ARRAY, c);
        return broken(ds, kind, at(slot));
      }
      if (mode === 2 && records.length > 0) {
        const slot = pick(records, b);
        coll(slot.c)[slot.i] = pick(WRONG_RECORD, c) as Rec;
        return broken(ds, kind, `${slot.c}[${slot.i}]`);
      }
      if (mode === 3) {
        (ds as Rec)["asOf"] = 20230630 + (c % 10);
        return broken(ds, kind, "asOf");
      }
      const name = pick(ALL, b);
      (ds as Rec)[name] = pick(WRONG_COLLECTION, c);
      return broken(ds, kind, name);
    }

    case "missing-field": {
      const required = slots(
        {
          units: ["id", "name", "kind"],
          organizations: ["id", "name", "kind"],
          people: ["id", "name"],
          memberships: ["personId", "organizationId", "startDate"],
          posts: ["personId", "role"],
          qualifications: ["personId", "level", "scale"],
          ratings: ["subjectId", "scheme", "period"],
        },
        true,
      );
      const either = [...slots({ ratings: ["level"] }, false), ...slots({ posts: ["organizationId"] }, false)];
      if (required.length + either.length === 0) {
        const people = coll("people");
        people.push({ id: fresh() });
        return broken(ds, kind, `people[${people.length - 1}].name`);
      }
      const n = a % (required.length + either.length);
      if (n < required.length) {
        const slot = required[n]!;
        delete coll(slot.c)[slot.i]![slot.field];
        return broken(ds, kind, at(slot));
      }
      const slot = either[n - required.length]!;
      const rec = coll(slot.c)[slot.i]!;
      // The model requires one of two fields; remove both.
      if (slot.c === "ratings") {
        delete rec["level"];
        delete rec["score"];
      } else {
        delete rec["organizationId"];
        delete rec["unitId"];
      }
      return broken(ds, kind, at(slot));
    }

    case "unknown-field": {
      const records = ALL.flatMap((name) => coll(name).map((_, i) => ({ c: name, i })));
      const n = a % (records.length + 1);
      if (n === records.length) {
        const key = pick(UNKNOWN_TOP_KEYS, b);
        (ds as Rec)[key] = [];
        return broken(ds, kind, key);
      }
      const { c: name, i } = records[n]!;
      const key = pick(UNKNOWN_KEYS, b);
      coll(name)[i]![key] = pick(["x", 1, null, {}], c);
      return broken(ds, kind, `${name}[${i}].${key}`);
    }

    case "invalid-enum": {
      const s = slots(
        {
          units: ["kind"],
          organizations: ["kind", "level"],
          people: ["gender"],
          memberships: ["startReason", "endReason"],
          posts: ["role"],
          qualifications: ["scale"],
          ratings: ["subjectKind"],
        },
        false,
      );
      if (s.length === 0) {
        const units = coll("units");
        units.push({ ...village(fresh()), kind: "làng" });
        return broken(ds, kind, `units[${units.length - 1}].kind`);
      }
      const slot = pick(s, a);
      coll(slot.c)[slot.i]![slot.field] = pick(BAD_ENUMS[slot.field]!, b);
      return broken(ds, kind, at(slot));
    }

    case "not-party-organization": {
      const orgs = coll("organizations");
      const memberships = coll("memberships");
      const kindOf = new Map<string, string>();
      orgs.forEach((o) => kindOf.set(o["id"] as string, o["kind"] as string));
      const nonParty = orgs.filter((o) => !isPartyOrganizationKind(o["kind"] as Organization["kind"]));
      const inParty: number[] = [];
      const inOther: number[] = [];
      memberships.forEach((m, i) => {
        const k = kindOf.get(m["organizationId"] as string) as Organization["kind"];
        (isPartyOrganizationKind(k) ? inParty : inOther).push(i);
      });
      const mode = a % 3;
      if (mode === 0 && inParty.length > 0 && nonParty.length > 0) {
        const i = pick(inParty, b);
        const m = memberships[i]!;
        m["organizationId"] = pick(nonParty, c)["id"];
        if (m["officialDate"] === undefined && m["startReason"] !== "readmitted") m["officialDate"] = m["startDate"];
        return broken(ds, kind, `memberships[${i}].organizationId`);
      }
      if (mode === 1 && inOther.length > 0) {
        const i = pick(inOther, b);
        if (c % 2 === 0) memberships[i]!["officialDate"] = memberships[i]!["startDate"];
        else memberships[i]!["startReason"] = "readmitted";
        return broken(ds, kind, `memberships[${i}].organizationId`);
      }
      const orgId = fresh();
      orgs.push({ id: orgId, name: "Đoàn Thanh niên xã Nậm Hàng", kind: pick(["youth-union", "women-union", "people-committee", "other"], c) });
      const people = coll("people");
      if (people.length === 0) people.push({ id: fresh(), name: "Lò Văn Pánh" });
      memberships.push({ personId: pick(people, b)["id"], organizationId: orgId, startDate: "2015-05-19", officialDate: "2016-05-19" });
      return broken(ds, kind, `memberships[${memberships.length - 1}].organizationId`);
    }

    case "date-order": {
      const memberships = coll("memberships");
      const kindOf = new Map<string, string>();
      coll("organizations").forEach((o) => kindOf.set(o["id"] as string, o["kind"] as string));
      const party = memberships.map((m, i) => [m, i] as const).filter(([m]) => isPartyOrganizationKind(kindOf.get(m["organizationId"] as string) as Organization["kind"]));
      if (party.length === 0) {
        const orgId = fresh();
        coll("organizations").push({ id: orgId, name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch" });
        const personId = fresh();
        coll("people").push({ id: personId, name: "Lò Văn Pánh" });
        memberships.push({ personId, organizationId: orgId, startDate: "2015-05-19", officialDate: "2014-05-19" });
        return broken(ds, kind, `memberships[${memberships.length - 1}].officialDate`);
      }
      const [m, i] = pick(party, a);
      if (m["endDate"] !== undefined && b % 2 === 0) m["officialDate"] = formatDay(lastDay(m["endDate"] as string) + 1 + (c % 2000));
      else {
        m["officialDate"] = formatDay(firstDay(m["startDate"] as string) - 1 - (c % 2000));
        // A transfer-in may carry an earlier official date (from elsewhere): make it an admission.
        if (m["startReason"] === "transferred") m["startReason"] = "admitted";
      }
      return broken(ds, kind, `memberships[${i}].officialDate`);
    }

    case "forbidden-key": {
      const key = pick(FORBIDDEN_KEYS, b);
      const records = ALL.flatMap((name) => coll(name).map((_, i) => ({ c: name, i })));
      const n = a % (records.length + 1);
      // defineProperty: an own, enumerable key, as JSON.parse creates for '{"__proto__": ...}'.
      const own = { value: c % 2 === 0 ? { polluted: true } : "x", enumerable: true, configurable: true, writable: true };
      if (n === records.length) {
        Object.defineProperty(ds, key, own);
        return broken(ds, kind, key);
      }
      const { c: name, i } = records[n]!;
      Object.defineProperty(coll(name)[i]!, key, own);
      return broken(ds, kind, `${name}[${i}].${key}`);
    }

    case "empty-string": {
      const s = slots(
        {
          units: ["id", "name"],
          organizations: ["id", "name"],
          people: ["id", "name", "ethnicity"],
          memberships: ["personId", "organizationId"],
          posts: ["personId"],
          qualifications: ["personId", "level"],
          ratings: ["subjectId", "scheme"],
        },
        true,
      );
      if (s.length === 0) {
        const people = coll("people");
        people.push({ id: fresh(), name: "" });
        return broken(ds, kind, `people[${people.length - 1}].name`);
      }
      const slot = pick(s, a);
      coll(slot.c)[slot.i]![slot.field] = "";
      return broken(ds, kind, at(slot));
    }

    case "ambiguous-reference": {
      const ratings = coll("ratings");
      const personIds = new Set(coll("people").map((p) => p["id"] as string));
      const candidates = ratings.map((x, i) => [x, i] as const).filter(([x]) => x["subjectKind"] === undefined && personIds.has(x["subjectId"] as string));
      if (candidates.length > 0) {
        const [x, i] = pick(candidates, a);
        coll("organizations").push({ id: x["subjectId"], name: "Chi bộ bản Nậm Nhùn", kind: "party-cell" });
        return broken(ds, kind, `ratings[${i}].subjectId`);
      }
      const id = fresh();
      coll("people").push({ id, name: "Lò Văn Pánh" });
      coll("organizations").push({ id, name: "Chi bộ bản Nậm Nhùn", kind: "party-cell" });
      ratings.push({ subjectId: id, scheme: "qd-124-2023", period: 2024, level: "good" });
      return broken(ds, kind, `ratings[${ratings.length - 1}].subjectId`);
    }
  }
}

/**
 * An arbitrary of broken datasets: a valid dataset from {@link arbitraryDataset} broken in one
 * known way (see {@link BREAK_KINDS}: duplicate id, unresolved reference, `parentId` cycle, end
 * before start, impossible calendar date such as `2023-02-30`, wrong type, missing required
 * field, unknown field, invalid enum value, official date in a non-party organization, official
 * date outside its membership, prototype-polluting key, empty string, ambiguous rating
 * subject), with the JSON path and issue code that `parseDataset` must report for it. Other
 * issues may be reported too (an id of the wrong type also leaves references to it
 * unresolved).
 *
 * @param fc - The fast-check module.
 * @param options - `maxLength` as for {@link arbitraryDataset}; `kinds` to restrict the breakages.
 * @returns An arbitrary of `{ input, kind, expected: { path, code } }`.
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [b] = fc.sample(arbitraryBrokenDataset(fc, { kinds: ["invalid-date"] }), { numRuns: 1, seed: 7 });
 * b?.expected.code; //=> "invalid-date"
 * safeParseDataset(b?.input).issues.some((i) => i.path === b?.expected.path && i.code === b?.expected.code); //=> true
 * ```
 */
export function arbitraryBrokenDataset(fc: FastCheckModule, options: ArbitraryBrokenDatasetOptions = {}): FastCheck.Arbitrary<BrokenDataset> {
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : BREAK_KINDS;
  return fc
    .tuple(arbitraryDataset(fc, options), fc.constantFrom(...kinds), fc.nat(), fc.nat(), fc.nat())
    .map(([ds, kind, a, b, c]) => breakDataset(ds, kind, a, b, c));
}
