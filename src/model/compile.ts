/**
 * The columnar index: a parsed dataset compiled once into typed arrays, so that every metric is
 * one specialised pass with no `Map`, string or callback in its inner loop (see PERFORMANCE.md).
 *
 * - Organizations, units and people keep their dataset order: row `i` is `dataset.people[i]`,
 *   and `ids[i]` maps a row back to its id.
 * - Memberships are grouped by organization (rows of organization `o` are
 *   `memberOffsets[o] .. memberOffsets[o + 1] - 1`), stable within a group; `source[r]` is the
 *   record's index in `dataset.memberships`. `personRows` lists membership rows grouped by person
 *   with `personOffsets`.
 * - Codes are small integers: the index of the code in its list in `codes.ts` (`-1` or `255`
 *   for none, as documented per column). A column of codes into a list built from the data
 *   (ethnicities, schemes, periods, level codes) is a `Uint8Array` when every code of that list
 *   fits in a byte, else a `Uint16Array`, as documented per column.
 * - Dates are day numbers (days since 1970-01-01) with start dates at their first day and end
 *   dates at their last day (the as-of rules), and the precision of each date is kept so the
 *   index round-trips to the records exactly.
 * @module
 */
import { daysFromCivil, daysInMonth, firstDay, isLeapYear, lastDay, NO_END, NO_START, precisionOf, readDate } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { DEFAULT_LEVEL_CATALOG, type LevelCatalog } from "./catalog.js";
import {
  END_REASONS,
  GENDERS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  ROLES,
  SCALE_IDS,
  START_REASONS,
  UNIT_KINDS,
  type ScaleId,
} from "./codes.js";
import { ID_MAPS } from "./parse.js";
import { IdTable } from "../_lib/idtable.js";
import type { Dataset, Rating } from "./schemas.js";

export { NO_END, NO_START };

/** Rows of one collection of records with ids. */
export interface IdColumns {
  /** Number of rows. */
  readonly count: number;
  /** Row → id. */
  readonly ids: readonly string[];
  /** Id → row, or -1. */
  rowOf(id: string): number;
}

/** Organization columns. `-1` means none for row references; `255` for level. */
export interface OrganizationColumns extends IdColumns {
  /** Index in ORGANIZATION_KINDS. */
  readonly kind: Uint8Array;
  /** Index in ORGANIZATION_LEVELS, 255 when absent. */
  readonly level: Uint8Array;
  readonly parent: Int32Array;
  readonly unit: Int32Array;
  /** First day in force (NO_START when unknown). */
  readonly founding: Int32Array;
  /** Last day in force (NO_END when open). */
  readonly dissolution: Int32Array;
  /** Precision of foundingDate (bits 0–1) and dissolutionDate (bits 2–3): 0 none, 1 year, 2 month, 3 day. */
  readonly precision: Uint8Array;
  /** Covered unit rows of organization `o`: coversUnits[coversOffsets[o] .. coversOffsets[o+1]-1]. */
  readonly coversOffsets: Int32Array;
  readonly coversUnits: Int32Array;
  /** Membership rows of organization `o`: memberOffsets[o] .. memberOffsets[o+1]-1. */
  readonly memberOffsets: Int32Array;
}

/** Unit columns. */
export interface UnitColumns extends IdColumns {
  /** Index in UNIT_KINDS. */
  readonly kind: Uint8Array;
  readonly parent: Int32Array;
  readonly founding: Int32Array;
  readonly dissolution: Int32Array;
  readonly precision: Uint8Array;
}

/** Person columns. */
export interface PersonColumns extends IdColumns {
  /** First day of the birth date (NO_START when unknown). */
  readonly birth: Int32Array;
  readonly birthPrecision: Uint8Array;
  /** 0 unknown, 1 + index in GENDERS. */
  readonly gender: Uint8Array;
  /**
   * 0 unknown, else 1 + index in `ethnicities`. A `Uint8Array` when there are at most 255
   * ethnicities, else a `Uint16Array`.
   */
  readonly ethnicity: Uint8Array | Uint16Array;
  readonly ethnicities: readonly string[];
  readonly unit: Int32Array;
  /** Membership rows of person `p`: personRows[personOffsets[p] .. personOffsets[p+1]-1], by start date. */
  readonly personOffsets: Int32Array;
  readonly personRows: Int32Array;
}

/** Membership columns, grouped by organization. */
export interface MembershipColumns {
  readonly count: number;
  /** Row → index in dataset.memberships. */
  readonly source: Int32Array;
  readonly person: Int32Array;
  readonly organization: Int32Array;
  readonly start: Int32Array;
  /** First day of officialDate, NO_END when not (yet) official in this membership. */
  readonly official: Int32Array;
  readonly end: Int32Array;
  /** 0 unspecified, 1 + index in START_REASONS. */
  readonly startReason: Uint8Array;
  /** 0 unspecified, 1 + index in END_REASONS. */
  readonly endReason: Uint8Array;
  /** startDate (bits 0–1), officialDate (2–3), endDate (4–5) precision. */
  readonly precision: Uint8Array;
}

/** Post columns, in dataset order. */
export interface PostColumns {
  readonly count: number;
  readonly person: Int32Array;
  /** Index in ROLES. */
  readonly role: Uint8Array;
  readonly organization: Int32Array;
  readonly unit: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly precision: Uint8Array;
}

/** Qualification columns, in dataset order. */
export interface QualificationColumns {
  readonly count: number;
  readonly person: Int32Array;
  /** Index in SCALE_IDS. */
  readonly scale: Uint8Array;
  /**
   * Index in `levelCodes[scale]`. A `Uint8Array` when every scale has at most 256 level codes,
   * else a `Uint16Array`.
   */
  readonly level: Uint8Array | Uint16Array;
  /** Per scale: the level codes, in catalog order (lowest first) then in order of appearance. */
  readonly levelCodes: Readonly<Record<ScaleId, readonly string[]>>;
  /** First day of the date, NO_START when undated (counts at every date). */
  readonly date: Int32Array;
  readonly precision: Uint8Array;
}

/** Rating columns, in dataset order. */
export interface RatingColumns {
  readonly count: number;
  /** Row in people (subjectKind 0) or organizations (1). */
  readonly subject: Int32Array;
  /** 0 person, 1 organization. */
  readonly subjectKind: Uint8Array;
  /** Index in `schemes`. A `Uint8Array` when there are at most 256 schemes, else a `Uint16Array`. */
  readonly scheme: Uint8Array | Uint16Array;
  /** The distinct schemes of the ratings, in order of first appearance. */
  readonly schemes: readonly string[];
  /** Index in `periods`. A `Uint8Array` when there are at most 256 periods, else a `Uint16Array`. */
  readonly period: Uint8Array | Uint16Array;
  /** The distinct periods of the ratings, in order of first appearance. */
  readonly periods: RatingPeriods;
  /**
   * 0 none, else 1 + index in levelCodes[scheme]. A `Uint8Array` when every scheme has at most
   * 255 level codes, else a `Uint16Array`.
   */
  readonly level: Uint8Array | Uint16Array;
  /** Per scheme (index in `schemes`): the level codes, in catalog order then in order of appearance. */
  readonly levelCodes: readonly (readonly string[])[];
  /**
   * The score, NaN when absent. A `Float32Array` when every score of the dataset is exactly a
   * 32-bit float (whole numbers, halves, quarters…), else a `Float64Array`: either way the value
   * read back is the score given.
   */
  readonly score: Float32Array | Float64Array;
}

/**
 * The distinct rating periods of a dataset (a year given as a number, a year given as a string,
 * a quarter): a few dozen rows however many ratings there are, so each rating stores a 1-byte
 * index (2 bytes beyond 256 periods) instead of two dates and a form.
 */
export interface RatingPeriods {
  readonly count: number;
  /** First and last day of the period. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 0 number year, 1 string year, 2 quarter (then `form >> 1` is 1). */
  readonly form: Uint8Array;
}

/** A dataset compiled into columns. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly organizations: OrganizationColumns;
  readonly units: UnitColumns;
  readonly people: PersonColumns;
  readonly memberships: MembershipColumns;
  readonly posts: PostColumns;
  readonly qualifications: QualificationColumns;
  readonly ratings: RatingColumns;
}

function codeMap(list: readonly string[]): Map<string, number> {
  return new Map(list.map((c, i) => [c, i]));
}
const ORG_KIND = codeMap(ORGANIZATION_KINDS);
const ORG_LEVEL = codeMap(ORGANIZATION_LEVELS);
const UNIT_KIND = codeMap(UNIT_KINDS);
const GENDER = codeMap(GENDERS);
const START_REASON = codeMap(START_REASONS);
const END_REASON = codeMap(END_REASONS);
const ROLE = codeMap(ROLES);
const SCALE = codeMap(SCALE_IDS);

/**
 * A code column that has outgrown one byte, as 16 bits with the same values. Dictionaries grow
 * while a column fills, so columns start in 8 bits and are widened (at most once) when their
 * dictionary passes 256 codes: a copy on a rare path instead of a check on every row.
 */
function widen(column: Uint8Array | Uint16Array): Uint16Array {
  return column instanceof Uint16Array ? column : new Uint16Array(column);
}

/**
 * A code column's list has outgrown 16 bits (65,536 distinct values): an error rather than codes
 * that wrap around. No real dataset comes near (54 ethnic groups, a few schemes and levels).
 */
function tooManyCodes(what: string): never {
  throw new GrassrootsError("invalid-dataset", `compileDataset: more than 65,535 distinct ${what}; the index keeps their codes in 16 bits`);
}

function idColumns(what: string, records: readonly { readonly id: string }[], known: IdTable | undefined): IdColumns {
  const n = records.length;
  // From the parse: every row has its id, none twice; its list of ids (frozen) is shared by every
  // compilation of the dataset.
  if (known !== undefined && known.ids.length === n) return { count: n, ids: known.ids as readonly string[], rowOf: (id: string) => known.get(id) };
  const table = new IdTable(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const id = records[i]?.id;
    if (typeof id !== "string") throw new GrassrootsError("invalid-dataset", `compileDataset: ${what}[${i}] has no string id; give it a dataset from parseDataset`);
    ids[i] = id;
    table.add(id, i);
  }
  return { count: n, ids, rowOf: (id: string) => table.get(id) };
}

function yearOf(s: string): number {
  return (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
}

function startDay(d: string | undefined): number {
  return d === undefined ? NO_START : firstDay(d);
}
function endDay(d: string | undefined): number {
  return d === undefined ? NO_END : lastDay(d);
}
function prec(d: string | undefined): number {
  return d === undefined ? 0 : precisionOf(d);
}

// One read of a date string gives its first day, last day and precision (days.ts reads it once
// per function): `readDay` returns the precision (0 invalid) and leaves the days here.
/**
 * The columns of one index, carved out of one ArrayBuffer sized for them up front. V8 counts
 * typed-array memory as external and starts a full collection each time it grows by 64 MiB or
 * so; at national scale, with 22 M records in the heap, each of those took 3 s, and compiling
 * the index column by column set off seven of them. One allocation sets off at most one.
 * A column the layout did not count (a list widened to 16 bits, scores that need 64 bits) gets
 * its own array, so a miscount costs memory or time, never a wrong value.
 */
class Arena {
  private readonly buffer: ArrayBuffer;
  private offset = 0;
  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }
  /** `bytes` (a multiple of 8 apart) at the next free offset, or -1 when they do not fit. */
  private take(bytes: number): number {
    const at = this.offset;
    const next = at + align8(bytes);
    if (next > this.buffer.byteLength) return -1;
    this.offset = next;
    return at;
  }
  int32(n: number): Int32Array {
    const at = this.take(4 * n);
    return at < 0 ? new Int32Array(n) : new Int32Array(this.buffer, at, n);
  }
  uint8(n: number): Uint8Array {
    const at = this.take(n);
    return at < 0 ? new Uint8Array(n) : new Uint8Array(this.buffer, at, n);
  }
  float32(n: number): Float32Array {
    const at = this.take(4 * n);
    return at < 0 ? new Float32Array(n) : new Float32Array(this.buffer, at, n);
  }
  int32From(a: Int32Array): Int32Array {
    const c = this.int32(a.length);
    c.set(a);
    return c;
  }
  uint8From(a: Uint8Array): Uint8Array {
    const c = this.uint8(a.length);
    c.set(a);
    return c;
  }
}

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/**
 * The bytes of the columns {@link compileDataset} takes from its {@link Arena}, for collections
 * of these sizes (`covers`: the units named by all coversUnitIds); each column 8-byte aligned.
 */
function arenaBytes(no: number, nu: number, np: number, nm: number, nt: number, nq: number, nr: number, covers: number): number {
  const i32 = (n: number): number => align8(4 * n);
  const u8 = (n: number): number => align8(n);
  return (
    // organizations: parent, unit, founding, dissolution; coversOffsets, memberOffsets; coversUnits; kind, level, precision
    4 * i32(no) + 2 * i32(no + 1) + i32(covers) + 3 * u8(no) +
    // units: parent, founding, dissolution; kind, precision
    3 * i32(nu) + 2 * u8(nu) +
    // people: birth, unit; personOffsets; birthPrecision, gender, ethnicity (one byte until widened)
    2 * i32(np) + i32(np + 1) + 3 * u8(np) +
    // memberships: source, person, organization, start, official, end, personRows; startReason, endReason, precision
    7 * i32(nm) + 3 * u8(nm) +
    // posts: person, organization, unit, start, end; role, precision
    5 * i32(nt) + 2 * u8(nt) +
    // qualifications: person, date; scale, level (one byte until widened), precision
    2 * i32(nq) + 3 * u8(nq) +
    // ratings: subject, score (32 bits until widened); subjectKind, scheme, period, level (one byte until widened)
    2 * i32(nr) + 4 * u8(nr)
  );
}

const ymd = new Int32Array(3);
let dayFirst = 0;
let dayLast = 0;
function readDay(s: string): number {
  const p = readDate(s, ymd);
  if (p === 0) {
    dayFirst = dayLast = Number.NaN;
    return 0;
  }
  const y = ymd[0]!;
  if (p === 1) {
    dayFirst = daysFromCivil(y, 1, 1);
    dayLast = dayFirst + (isLeapYear(y) ? 365 : 364);
    return 1;
  }
  const m = ymd[1]!;
  if (p === 2) {
    dayFirst = daysFromCivil(y, m, 1);
    dayLast = dayFirst + daysInMonth(y, m) - 1;
    return 2;
  }
  dayFirst = dayLast = daysFromCivil(y, m, ymd[2]!);
  return 3;
}

/**
 * Compiles a dataset into its columnar index. Prefer {@link datasetIndex}, which caches the
 * result per frozen dataset. `catalog` orders the level codes of each scale (lowest first).
 *
 * @example
 * ```ts
 * const ds = parseDataset({ units: [{ id: "b1", name: "Bản A", kind: "village" }] });
 * const ix = compileDataset(ds);
 * ix.units.ids[0];         //=> "b1"
 * ix.units.rowOf("b1");    //=> 0
 * UNIT_KINDS[ix.units.kind[0]!]; //=> "village"
 * ```
 */
export function compileDataset(dataset: Dataset, catalog: LevelCatalog = DEFAULT_LEVEL_CATALOG): DatasetIndex {
  // Organizations.
  const known = ID_MAPS.get(dataset);
  // The references resolved while parsing: copies become columns of the index (the parsed
  // dataset keeps them for the next compilation).
  const refs = known?.refs;
  const os = dataset.organizations;
  const oIds = idColumns("organizations", os, known?.organizations);
  const no = os.length;
  const units = dataset.units;
  const uIds = idColumns("units", units, known?.units);
  const nu = units.length;
  let coverTotal = 0;
  for (let i = 0; i < no; i++) coverTotal += os[i]!.coversUnitIds?.length ?? 0;
  const d = dataset;
  const cols = new Arena(arenaBytes(no, nu, d.people.length, d.memberships.length, d.posts.length, d.qualifications.length, d.ratings.length, coverTotal));
  const oKind = cols.uint8(no);
  const oLevel = cols.uint8(no);
  const oParent = cols.int32(no);
  const oUnit = cols.int32(no);
  const oFound = cols.int32(no);
  const oDiss = cols.int32(no);
  const oPrec = cols.uint8(no);
  const coversOffsets = cols.int32(no + 1);
  const coversUnits = cols.int32(coverTotal);
  let cp = 0;
  for (let i = 0; i < no; i++) {
    const o = os[i]!;
    oKind[i] = ORG_KIND.get(o.kind)!;
    oLevel[i] = o.level === undefined ? 255 : ORG_LEVEL.get(o.level)!;
    oParent[i] = o.parentId === undefined ? -1 : oIds.rowOf(o.parentId);
    oUnit[i] = o.unitId === undefined ? -1 : uIds.rowOf(o.unitId);
    oFound[i] = startDay(o.foundingDate);
    oDiss[i] = endDay(o.dissolutionDate);
    oPrec[i] = prec(o.foundingDate) | (prec(o.dissolutionDate) << 2);
    coversOffsets[i] = cp;
    const cov = o.coversUnitIds;
    if (cov) for (let k = 0; k < cov.length; k++) coversUnits[cp++] = uIds.rowOf(cov[k]!);
  }
  coversOffsets[no] = cp;

  // Units.
  const uKind = cols.uint8(nu);
  const uParent = cols.int32(nu);
  const uFound = cols.int32(nu);
  const uDiss = cols.int32(nu);
  const uPrec = cols.uint8(nu);
  for (let i = 0; i < nu; i++) {
    const u = units[i]!;
    uKind[i] = UNIT_KIND.get(u.kind)!;
    uParent[i] = u.parentId === undefined ? -1 : uIds.rowOf(u.parentId);
    uFound[i] = startDay(u.foundingDate);
    uDiss[i] = endDay(u.dissolutionDate);
    uPrec[i] = prec(u.foundingDate) | (prec(u.dissolutionDate) << 2);
  }

  // People.
  const ps = dataset.people;
  const pIds = idColumns("people", ps, known?.people);
  const np = ps.length;
  const birth = cols.int32(np);
  const birthPrecision = cols.uint8(np);
  const gender = cols.uint8(np);
  let ethnicity: Uint8Array | Uint16Array = cols.uint8(np);
  const pUnit = refs ? cols.int32From(refs.personUnit) : cols.int32(np);
  const ethnicities: string[] = [];
  const ethMap = new Map<string, number>();
  for (let i = 0; i < np; i++) {
    const p = ps[i]!;
    birth[i] = startDay(p.birthDate);
    birthPrecision[i] = prec(p.birthDate);
    gender[i] = p.gender === undefined ? 0 : GENDER.get(p.gender)! + 1;
    if (p.ethnicity !== undefined) {
      let e = ethMap.get(p.ethnicity);
      if (e === undefined) {
        e = ethnicities.length + 1;
        if (e === 256) ethnicity = widen(ethnicity);
        else if (e === 65536) tooManyCodes("ethnicities");
        ethnicities.push(p.ethnicity);
        ethMap.set(p.ethnicity, e);
      }
      ethnicity[i] = e;
    }
    if (!refs) pUnit[i] = p.unitId === undefined ? -1 : uIds.rowOf(p.unitId);
  }

  // Memberships: resolve, then counting-sort by organization (stable).
  const ms = dataset.memberships;
  const nm = ms.length;
  const mOrgRaw = refs ? refs.membershipOrganization : new Int32Array(nm); // read only
  const memberOffsets = cols.int32(no + 1);
  for (let i = 0; i < nm; i++) {
    const o = refs ? mOrgRaw[i]! : (mOrgRaw[i] = oIds.rowOf(ms[i]!.organizationId));
    memberOffsets[o + 1]!++;
  }
  for (let o = 0; o < no; o++) memberOffsets[o + 1]! += memberOffsets[o]!;
  const fill = memberOffsets.slice(0, no);
  const source = cols.int32(nm);
  for (let i = 0; i < nm; i++) source[fill[mOrgRaw[i]!]!++] = i;
  const mPerson = cols.int32(nm);
  const mOrg = cols.int32(nm);
  const mStart = cols.int32(nm);
  const mOfficial = cols.int32(nm);
  const mEnd = cols.int32(nm);
  const mStartReason = cols.uint8(nm);
  const mEndReason = cols.uint8(nm);
  const mPrec = cols.uint8(nm);
  const personCount = cols.int32(np + 1);
  const knownPerson = refs?.membershipPerson;
  for (let r = 0; r < nm; r++) {
    const s = source[r]!;
    const m = ms[s]!;
    const p = knownPerson ? knownPerson[s]! : pIds.rowOf(m.personId);
    mPerson[r] = p;
    personCount[p + 1]!++;
    mOrg[r] = mOrgRaw[s]!;
    let pr = readDay(m.startDate);
    mStart[r] = dayFirst;
    const official = m.officialDate;
    if (official === undefined) mOfficial[r] = NO_END;
    else {
      pr |= readDay(official) << 2;
      mOfficial[r] = dayFirst;
    }
    const end = m.endDate;
    if (end === undefined) mEnd[r] = NO_END;
    else {
      pr |= readDay(end) << 4;
      mEnd[r] = dayLast;
    }
    mPrec[r] = pr;
    mStartReason[r] = m.startReason === undefined ? 0 : START_REASON.get(m.startReason)! + 1;
    mEndReason[r] = m.endReason === undefined ? 0 : END_REASON.get(m.endReason)! + 1;
  }
  // Membership rows per person, ordered by start date within a person.
  const personOffsets = personCount;
  for (let p = 0; p < np; p++) personOffsets[p + 1]! += personOffsets[p]!;
  const personRows = cols.int32(nm);
  const pfill = personOffsets.slice(0, np);
  for (let r = 0; r < nm; r++) personRows[pfill[mPerson[r]!]!++] = r;
  for (let p = 0; p < np; p++) {
    const a = personOffsets[p]!;
    const b = personOffsets[p + 1]!;
    if (b - a > 1) {
      // Few memberships per person: insertion sort by start day.
      for (let i = a + 1; i < b; i++) {
        const row = personRows[i]!;
        const key = mStart[row]!;
        let j = i - 1;
        while (j >= a && mStart[personRows[j]!]! > key) {
          personRows[j + 1] = personRows[j]!;
          j--;
        }
        personRows[j + 1] = row;
      }
    }
  }

  // Posts.
  const posts = dataset.posts;
  const nt = posts.length;
  const tPerson = refs ? cols.int32From(refs.postPerson) : cols.int32(nt);
  const tRole = cols.uint8(nt);
  const tOrg = refs ? cols.int32From(refs.postOrganization) : cols.int32(nt);
  const tUnit = refs ? cols.int32From(refs.postUnit) : cols.int32(nt);
  const tStart = cols.int32(nt);
  const tEnd = cols.int32(nt);
  const tPrec = cols.uint8(nt);
  for (let i = 0; i < nt; i++) {
    const t = posts[i]!;
    if (!refs) {
      tPerson[i] = pIds.rowOf(t.personId);
      tOrg[i] = t.organizationId === undefined ? -1 : oIds.rowOf(t.organizationId);
      tUnit[i] = t.unitId === undefined ? -1 : uIds.rowOf(t.unitId);
    }
    tRole[i] = ROLE.get(t.role)!;
    tStart[i] = startDay(t.startDate);
    tEnd[i] = endDay(t.endDate);
    tPrec[i] = prec(t.startDate) | (prec(t.endDate) << 2);
  }

  // Qualifications.
  const qs = dataset.qualifications;
  const nq = qs.length;
  const levelCodes = {} as Record<ScaleId, string[]>;
  const levelMaps = {} as Record<ScaleId, Map<string, number>>;
  let catalogLevels = 0;
  for (const s of SCALE_IDS) {
    const codes = (catalog.scales?.[s]?.levels ?? []).map((l) => l.code);
    levelCodes[s] = codes;
    levelMaps[s] = codeMap(codes);
    catalogLevels = Math.max(catalogLevels, codes.length);
  }
  const qPerson = refs ? cols.int32From(refs.qualificationPerson) : cols.int32(nq);
  const qScale = cols.uint8(nq);
  if (catalogLevels > 65536) tooManyCodes("levels on one scale");
  let qLevel: Uint8Array | Uint16Array = catalogLevels > 256 ? new Uint16Array(nq) : cols.uint8(nq);
  const qDate = cols.int32(nq);
  const qPrec = cols.uint8(nq);
  for (let i = 0; i < nq; i++) {
    const q = qs[i]!;
    if (!refs) qPerson[i] = pIds.rowOf(q.personId);
    qScale[i] = SCALE.get(q.scale)!;
    const lm = levelMaps[q.scale];
    let l = lm.get(q.level);
    if (l === undefined) {
      l = levelCodes[q.scale].length;
      if (l === 256) qLevel = widen(qLevel);
      else if (l === 65536) tooManyCodes(`levels on the scale ${q.scale}`);
      levelCodes[q.scale].push(q.level);
      lm.set(q.level, l);
    }
    qLevel[i] = l;
    qDate[i] = startDay(q.date);
    qPrec[i] = prec(q.date);
  }

  // Ratings.
  const rs = dataset.ratings;
  const nr = rs.length;
  const rSubject = refs ? cols.int32From(refs.ratingSubject) : cols.int32(nr);
  const rKind = refs ? cols.uint8From(refs.ratingSubjectKind) : cols.uint8(nr);
  let rScheme: Uint8Array | Uint16Array = cols.uint8(nr);
  let rPeriod: Uint8Array | Uint16Array = cols.uint8(nr);
  // Periods: key year × 8 + 0 (number year), + 1 ("YYYY"), + 2 + q ("YYYY-Qq") → row in the period table.
  const periodRow = new Map<number, number>();
  const pStart: number[] = [];
  const pEnd: number[] = [];
  const pForm: number[] = [];
  let lastPeriod: Rating["period"] | undefined;
  let lastP = -1;
  let rLevel: Uint8Array | Uint16Array = cols.uint8(nr);
  // Scores are stored in 32 bits until one does not fit exactly; then in 64 bits from there on.
  let rScore: Float32Array | Float64Array = cols.float32(nr);
  let wide = false;
  const schemes: string[] = [];
  const schemeMap = new Map<string, number>();
  const schemeLevels: string[][] = [];
  const schemeLevelMaps: Map<string, number>[] = [];
  let lastScheme: string | undefined;
  let lastS = -1;
  for (let i = 0; i < nr; i++) {
    const r = rs[i]!;
    let s = r.scheme === lastScheme ? lastS : schemeMap.get(r.scheme);
    if (s === undefined) {
      s = schemes.length;
      if (s === 256) rScheme = widen(rScheme);
      else if (s === 65536) tooManyCodes("rating schemes");
      schemes.push(r.scheme);
      schemeMap.set(r.scheme, s);
      const codes = (catalog.schemes?.[r.scheme]?.levels ?? []).map((l) => l.code);
      if (codes.length > 65535) tooManyCodes(`levels of the rating scheme ${r.scheme}`);
      if (codes.length > 255) rLevel = widen(rLevel);
      schemeLevels.push(codes);
      schemeLevelMaps.push(codeMap(codes));
    }
    rScheme[i] = s;
    lastScheme = r.scheme;
    lastS = s;
    if (!refs) {
      let kind = r.subjectKind;
      if (kind === undefined) kind = pIds.rowOf(r.subjectId) >= 0 ? "person" : "organization";
      rKind[i] = kind === "person" ? 0 : 1;
      rSubject[i] = kind === "person" ? pIds.rowOf(r.subjectId) : oIds.rowOf(r.subjectId);
    }
    const period = r.period;
    if (period !== lastPeriod) {
      // A year 1000–9999 (number or "YYYY"), or "YYYY-Qn" (PeriodSchema).
      const year = typeof period === "number" ? period : yearOf(period);
      const form = typeof period === "number" ? 0 : period.length === 4 ? 1 : 2;
      const q = form === 2 ? (period as string).charCodeAt(6) - 48 : 0;
      const key = year * 8 + form + q;
      let p = periodRow.get(key);
      if (p === undefined) {
        p = pStart.length;
        if (p === 256) rPeriod = widen(rPeriod);
        periodRow.set(key, p);
        pForm.push(form);
        if (form !== 2) {
          const first = daysFromCivil(year, 1, 1);
          pStart.push(first);
          pEnd.push(first + (isLeapYear(year) ? 365 : 364));
        } else {
          pStart.push(daysFromCivil(year, q * 3 - 2, 1));
          pEnd.push(daysFromCivil(year, q * 3, daysInMonth(year, q * 3)));
        }
      }
      lastPeriod = period;
      lastP = p;
    }
    rPeriod[i] = lastP;
    if (r.level === undefined) rLevel[i] = 0;
    else {
      const lm = schemeLevelMaps[s]!;
      let l = lm.get(r.level);
      if (l === undefined) {
        l = schemeLevels[s]!.length;
        if (l === 255) rLevel = widen(rLevel);
        else if (l === 65535) tooManyCodes(`levels of the rating scheme ${r.scheme}`);
        schemeLevels[s]!.push(r.level);
        lm.set(r.level, l);
      }
      rLevel[i] = l + 1;
    }
    const score = r.score ?? Number.NaN;
    if (!wide && Math.fround(score) !== score && score === score) {
      rScore = Float64Array.from(rScore);
      wide = true;
    }
    rScore[i] = score;
  }

  return {
    dataset,
    organizations: {
      ...oIds,
      kind: oKind,
      level: oLevel,
      parent: oParent,
      unit: oUnit,
      founding: oFound,
      dissolution: oDiss,
      precision: oPrec,
      coversOffsets,
      coversUnits,
      memberOffsets,
    },
    units: { ...uIds, kind: uKind, parent: uParent, founding: uFound, dissolution: uDiss, precision: uPrec },
    people: {
      ...pIds,
      birth,
      birthPrecision,
      gender,
      ethnicity,
      ethnicities,
      unit: pUnit,
      personOffsets,
      personRows,
    },
    memberships: {
      count: nm,
      source,
      person: mPerson,
      organization: mOrg,
      start: mStart,
      official: mOfficial,
      end: mEnd,
      startReason: mStartReason,
      endReason: mEndReason,
      precision: mPrec,
    },
    posts: { count: nt, person: tPerson, role: tRole, organization: tOrg, unit: tUnit, start: tStart, end: tEnd, precision: tPrec },
    qualifications: { count: nq, person: qPerson, scale: qScale, level: qLevel, levelCodes, date: qDate, precision: qPrec },
    ratings: {
      count: nr,
      subject: rSubject,
      subjectKind: rKind,
      scheme: rScheme,
      schemes,
      period: rPeriod,
      periods: { count: pStart.length, start: Int32Array.from(pStart), end: Int32Array.from(pEnd), form: Uint8Array.from(pForm) },
      level: rLevel,
      levelCodes: schemeLevels,
      score: rScore,
    },
  };
}

const cache = new WeakMap<Dataset, DatasetIndex>();

/**
 * The columnar index of a dataset, compiled on first use and cached per (frozen) dataset, so
 * every metric after the first reuses it. A dataset that is not frozen (not from
 * `parseDataset`) is compiled afresh each time, since it could have changed.
 *
 * @example
 * ```ts
 * const ds = parseDataset({ people: [{ id: "p1", name: "Lò Thị B" }] });
 * datasetIndex(ds) === datasetIndex(ds); //=> true
 * ```
 */
export function datasetIndex(dataset: Dataset): DatasetIndex {
  if (!Object.isFrozen(dataset)) return compileDataset(dataset);
  let ix = cache.get(dataset);
  if (ix === undefined) {
    ix = compileDataset(dataset);
    cache.set(dataset, ix);
  }
  return ix;
}
