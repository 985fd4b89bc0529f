/**
 * @internal Fast-path validators of the record schemas (schemas.ts), hand-written per collection.
 *
 * Each accepts a subset of what its zod schema accepts (the common case: a plain object whose
 * own enumerable keys are shape keys with valid values, and, with `unknownFields` "keep" or
 * "strip", other keys) and returns exactly the value zod returns for it (same keys in the same
 * order, names normalised to NFC, unknown fields kept or dropped), already frozen. For anything
 * else it returns `undefined`, and the caller runs the zod schema, so issues (codes, paths,
 * messages) are zod's. test/model/fastpath.prop.test.ts checks the equivalence.
 *
 * When the caller owns the input (it came from `JSON.parse`, or `parseDataset` was given
 * `copy: false`), a value that already has the output's shape is frozen and returned as is
 * instead of copied. Otherwise the common shapes are
 * built as object literals (one allocation with every field in the object; V8 then allocates
 * them straight in the old generation, as they all survive, which spares the young-generation
 * collections the copying of every record), the others field by field.
 *
 * {@link fastList} runs a validator over a whole list (safeParseDataset's case): one loop per
 * collection, so that no call site sees more than one validator.
 * @module
 */
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
  type CollectionName,
} from "./codes.js";

/** What to do with unknown fields (see ParseOptions.unknownFields). */
export type FieldMode = "reject" | "keep" | "strip";

type Rec = Record<string, unknown>;
type Fast = (v: Rec, mode: FieldMode, owned: boolean) => Rec | undefined;

const ORG_KIND = new Set<unknown>(ORGANIZATION_KINDS);
const ORG_LEVEL = new Set<unknown>(ORGANIZATION_LEVELS);
const UNIT_KIND = new Set<unknown>(UNIT_KINDS);
const GENDER = new Set<unknown>(GENDERS);
const START_REASON = new Set<unknown>(START_REASONS);
const END_REASON = new Set<unknown>(END_REASONS);
const ROLE = new Set<unknown>(ROLES);
const SCALE = new Set<unknown>(SCALE_IDS);
const SUBJECT_KIND = new Set<unknown>(SUBJECT_KINDS);

// zod measures string lengths in code points; a string of at most `max` UTF-16 units has at
// most `max` code points, and one unit is one code point, so these unit tests accept a subset.
function isId(x: unknown): x is string {
  return typeof x === "string" && x.length >= 1 && x.length <= 200;
}
function isShort(x: unknown): x is string {
  return typeof x === "string" && x.length >= 1 && x.length <= 100;
}
function isName(x: unknown): x is string {
  return typeof x === "string" && x.length >= 1 && x.length <= 1000;
}
function isDate(x: unknown): x is string {
  return typeof x === "string" && precisionOf(x) !== 0;
}
function isIdArray(x: unknown): x is string[] {
  if (!Array.isArray(x) || x.length > 10000) return false;
  for (let i = 0; i < x.length; i++) if (!isId(x[i])) return false;
  return true;
}
/** PeriodSchema: an integer year 1000–9999, or a string matching /^\d{4}(-Q[1-4])?$/. */
function isPeriod(x: unknown): boolean {
  if (typeof x === "number") return Number.isInteger(x) && x >= 1000 && x <= 9999;
  if (typeof x !== "string") return false;
  const n = x.length;
  if (n !== 4 && n !== 7) return false;
  for (let i = 0; i < 4; i++) {
    const c = x.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (n === 4) return true;
  const q = x.charCodeAt(6);
  return x.charCodeAt(4) === 45 && x.charCodeAt(5) === 81 && q >= 49 && q <= 52;
}
function isScore(x: unknown): boolean {
  return typeof x === "number" && x >= -1e9 && x <= 1e9;
}

/**
 * Code units outside U+0000–U+02FF and U+1E00–U+1EFF (Latin Extended Additional: the precomposed
 * Vietnamese letters). Every code point in those ranges is a starter that NFC leaves alone and
 * that composes with no neighbour in them, so a string without a match is already NFC
 * (test/model/fastpath.prop.test.ts checks every pair); the test is cheaper than the call.
 */
export const MAYBE_NOT_NFC: RegExp = /[^\u0000-\u02ff\u1e00-\u1eff]/;

// NameSchema normalises to NFC after its length checks. (The regex scans faster than a loop
// of charCodeAt.)
function nfc(s: string): string {
  return MAYBE_NOT_NFC.test(s) ? s.normalize("NFC") : s;
}

function isForbidden(k: string): boolean {
  return k === "__proto__" || k === "constructor" || k === "prototype";
}

// Unknown keys met while scanning a record (keep mode): key, value, key, value ... in
// extras[0 .. extraCount - 1].
let extras: unknown[] = [];
let extraCount = 0;

/**
 * Handles a key that is not in the shape: false when the fast path must give up (reject mode,
 * or a key that zod treats specially).
 */
function extra(k: string, x: unknown, mode: FieldMode): boolean {
  if (mode === "reject" || isForbidden(k)) return false;
  if (mode === "keep") {
    extras[extraCount++] = k;
    extras[extraCount++] = x;
  }
  return true;
}

/** A frozen copy of a checked id array (coversUnitIds), or undefined. */
function frozenCopy(x: unknown): readonly string[] | undefined {
  return x === undefined ? undefined : Object.freeze((x as string[]).slice());
}

/** Appends the kept unknown fields (keep mode) to a fresh output record. */
function addExtras(o: Rec): Rec {
  for (let i = 0; i < extraCount; i += 2) o[extras[i] as string] = extras[i + 1];
  return o;
}

// Whether a record with an optional id (membership, post, qualification, rating) had one since
// the last takeIdMet(): a collection none of whose records has an id needs no duplicate check.
let idMet = false;

/** Whether a fast validator met a record with an optional id that has one since the last call. */
export function takeIdMet(): boolean {
  const met = idMet;
  idMet = false;
  return met;
}

// Key presence and order are tracked with bit masks: bit i is shape key i. `order` stays true
// while the keys come in shape order with every unknown key after them, so that the input (if
// owned) already is the output.

function organization(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, name, kind, level, parentId, unitId, covers, founding, dissolution: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (!isId(x)) return undefined;
        id = x;
        bit = 0;
        break;
      case "name":
        if (!isName(x)) return undefined;
        name = x;
        bit = 1;
        break;
      case "kind":
        if (!ORG_KIND.has(x)) return undefined;
        kind = x;
        bit = 2;
        break;
      case "level":
        if (x !== undefined && !ORG_LEVEL.has(x)) return undefined;
        level = x;
        bit = 3;
        break;
      case "parentId":
        if (x !== undefined && !isId(x)) return undefined;
        parentId = x;
        bit = 4;
        break;
      case "unitId":
        if (x !== undefined && !isId(x)) return undefined;
        unitId = x;
        bit = 5;
        break;
      case "coversUnitIds":
        if (x !== undefined && !isIdArray(x)) return undefined;
        covers = x;
        bit = 6;
        break;
      case "foundingDate":
        if (x !== undefined && !isDate(x)) return undefined;
        founding = x;
        bit = 7;
        break;
      case "dissolutionDate":
        if (x !== undefined && !isDate(x)) return undefined;
        dissolution = x;
        bit = 8;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 7) !== 7) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "name" in v) ||
      ((seen & 4) === 0 && "kind" in v) ||
      ((seen & 8) === 0 && "level" in v) ||
      ((seen & 16) === 0 && "parentId" in v) ||
      ((seen & 32) === 0 && "unitId" in v) ||
      ((seen & 64) === 0 && "coversUnitIds" in v) ||
      ((seen & 128) === 0 && "foundingDate" in v) ||
      ((seen & 256) === 0 && "dissolutionDate" in v))
  )
    return undefined;
  const n = nfc(name as string);
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && n === name && (!unknown || mode === "keep")) {
    if (covers !== undefined) Object.freeze(covers);
    return unknown ? v : Object.freeze(v);
  }
  if (extraCount === 0) {
    // The common shapes as literals: one allocation, every field in the object.
    if (seen === 127) return Object.freeze({ id, name: n, kind, level, parentId, unitId, coversUnitIds: frozenCopy(covers) });
    if (seen === 39) return Object.freeze({ id, name: n, kind, unitId });
    if (seen === 63) return Object.freeze({ id, name: n, kind, level, parentId, unitId });
  }
  const o: Rec = {};
  o["id"] = id;
  o["name"] = n;
  o["kind"] = kind;
  if (seen & 8) o["level"] = level;
  if (seen & 16) o["parentId"] = parentId;
  if (seen & 32) o["unitId"] = unitId;
  if (seen & 64) o["coversUnitIds"] = frozenCopy(covers);
  if (seen & 128) o["foundingDate"] = founding;
  if (seen & 256) o["dissolutionDate"] = dissolution;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

function unit(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, name, kind, parentId, founding, dissolution: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (!isId(x)) return undefined;
        id = x;
        bit = 0;
        break;
      case "name":
        if (!isName(x)) return undefined;
        name = x;
        bit = 1;
        break;
      case "kind":
        if (!UNIT_KIND.has(x)) return undefined;
        kind = x;
        bit = 2;
        break;
      case "parentId":
        if (x !== undefined && !isId(x)) return undefined;
        parentId = x;
        bit = 3;
        break;
      case "foundingDate":
        if (x !== undefined && !isDate(x)) return undefined;
        founding = x;
        bit = 4;
        break;
      case "dissolutionDate":
        if (x !== undefined && !isDate(x)) return undefined;
        dissolution = x;
        bit = 5;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 7) !== 7) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "name" in v) ||
      ((seen & 4) === 0 && "kind" in v) ||
      ((seen & 8) === 0 && "parentId" in v) ||
      ((seen & 16) === 0 && "foundingDate" in v) ||
      ((seen & 32) === 0 && "dissolutionDate" in v))
  )
    return undefined;
  const n = nfc(name as string);
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && n === name && (!unknown || mode === "keep")) return unknown ? v : Object.freeze(v);
  if (extraCount === 0) {
    if (seen === 15) return Object.freeze({ id, name: n, kind, parentId });
    if (seen === 7) return Object.freeze({ id, name: n, kind });
  }
  const o: Rec = {};
  o["id"] = id;
  o["name"] = n;
  o["kind"] = kind;
  if (seen & 8) o["parentId"] = parentId;
  if (seen & 16) o["foundingDate"] = founding;
  if (seen & 32) o["dissolutionDate"] = dissolution;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

function person(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, name, birthDate, gender, ethnicity, unitId: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (!isId(x)) return undefined;
        id = x;
        bit = 0;
        break;
      case "name":
        if (!isName(x)) return undefined;
        name = x;
        bit = 1;
        break;
      case "birthDate":
        if (x !== undefined && !isDate(x)) return undefined;
        birthDate = x;
        bit = 2;
        break;
      case "gender":
        if (x !== undefined && !GENDER.has(x)) return undefined;
        gender = x;
        bit = 3;
        break;
      case "ethnicity":
        if (x !== undefined && !isName(x)) return undefined;
        ethnicity = x;
        bit = 4;
        break;
      case "unitId":
        if (x !== undefined && !isId(x)) return undefined;
        unitId = x;
        bit = 5;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 3) !== 3) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "name" in v) ||
      ((seen & 4) === 0 && "birthDate" in v) ||
      ((seen & 8) === 0 && "gender" in v) ||
      ((seen & 16) === 0 && "ethnicity" in v) ||
      ((seen & 32) === 0 && "unitId" in v))
  )
    return undefined;
  const n = nfc(name as string);
  const e = ethnicity === undefined ? undefined : nfc(ethnicity as string);
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && n === name && e === ethnicity && (!unknown || mode === "keep")) return unknown ? v : Object.freeze(v);
  if (extraCount === 0) {
    switch (seen) {
      case 63:
        return Object.freeze({ id, name: n, birthDate, gender, ethnicity: e, unitId });
      case 47:
        return Object.freeze({ id, name: n, birthDate, gender, unitId });
      case 31:
        return Object.freeze({ id, name: n, birthDate, gender, ethnicity: e });
    }
  }
  // (From an empty literal, which has room for four fields in the object.)
  const o: Rec = {};
  o["id"] = id;
  o["name"] = n;
  if (seen & 4) o["birthDate"] = birthDate;
  if (seen & 8) o["gender"] = gender;
  if (seen & 16) o["ethnicity"] = e;
  if (seen & 32) o["unitId"] = unitId;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

function membership(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, personId, organizationId, startDate, startReason, officialDate, endDate, endReason: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (x !== undefined) {
          if (!isId(x)) return undefined;
          idMet = true;
        }
        id = x;
        bit = 0;
        break;
      case "personId":
        if (!isId(x)) return undefined;
        personId = x;
        bit = 1;
        break;
      case "organizationId":
        if (!isId(x)) return undefined;
        organizationId = x;
        bit = 2;
        break;
      case "startDate":
        if (!isDate(x)) return undefined;
        startDate = x;
        bit = 3;
        break;
      case "startReason":
        if (x !== undefined && !START_REASON.has(x)) return undefined;
        startReason = x;
        bit = 4;
        break;
      case "officialDate":
        if (x !== undefined && !isDate(x)) return undefined;
        officialDate = x;
        bit = 5;
        break;
      case "endDate":
        if (x !== undefined && !isDate(x)) return undefined;
        endDate = x;
        bit = 6;
        break;
      case "endReason":
        if (x !== undefined && !END_REASON.has(x)) return undefined;
        endReason = x;
        bit = 7;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 14) !== 14) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "personId" in v) ||
      ((seen & 4) === 0 && "organizationId" in v) ||
      ((seen & 8) === 0 && "startDate" in v) ||
      ((seen & 16) === 0 && "startReason" in v) ||
      ((seen & 32) === 0 && "officialDate" in v) ||
      ((seen & 64) === 0 && "endDate" in v) ||
      ((seen & 128) === 0 && "endReason" in v))
  )
    return undefined;
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && (!unknown || mode === "keep")) return unknown ? v : Object.freeze(v);
  if (extraCount === 0) {
    switch (seen) {
      case 46:
        return Object.freeze({ personId, organizationId, startDate, officialDate });
      case 238:
        return Object.freeze({ personId, organizationId, startDate, officialDate, endDate, endReason });
      case 30:
        return Object.freeze({ personId, organizationId, startDate, startReason });
      case 14:
        return Object.freeze({ personId, organizationId, startDate });
      case 206:
        return Object.freeze({ personId, organizationId, startDate, endDate, endReason });
      case 62:
        return Object.freeze({ personId, organizationId, startDate, startReason, officialDate });
      // The same with an id.
      case 47:
        return Object.freeze({ id, personId, organizationId, startDate, officialDate });
      case 239:
        return Object.freeze({ id, personId, organizationId, startDate, officialDate, endDate, endReason });
      case 31:
        return Object.freeze({ id, personId, organizationId, startDate, startReason });
      case 15:
        return Object.freeze({ id, personId, organizationId, startDate });
      case 207:
        return Object.freeze({ id, personId, organizationId, startDate, endDate, endReason });
      case 63:
        return Object.freeze({ id, personId, organizationId, startDate, startReason, officialDate });
    }
  }
  const o: Rec = {};
  if (seen & 1) o["id"] = id;
  o["personId"] = personId;
  o["organizationId"] = organizationId;
  o["startDate"] = startDate;
  if (seen & 16) o["startReason"] = startReason;
  if (seen & 32) o["officialDate"] = officialDate;
  if (seen & 64) o["endDate"] = endDate;
  if (seen & 128) o["endReason"] = endReason;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

function post(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, personId, role, organizationId, unitId, startDate, endDate: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (x !== undefined) {
          if (!isId(x)) return undefined;
          idMet = true;
        }
        id = x;
        bit = 0;
        break;
      case "personId":
        if (!isId(x)) return undefined;
        personId = x;
        bit = 1;
        break;
      case "role":
        if (!ROLE.has(x)) return undefined;
        role = x;
        bit = 2;
        break;
      case "organizationId":
        if (x !== undefined && !isId(x)) return undefined;
        organizationId = x;
        bit = 3;
        break;
      case "unitId":
        if (x !== undefined && !isId(x)) return undefined;
        unitId = x;
        bit = 4;
        break;
      case "startDate":
        if (x !== undefined && !isDate(x)) return undefined;
        startDate = x;
        bit = 5;
        break;
      case "endDate":
        if (x !== undefined && !isDate(x)) return undefined;
        endDate = x;
        bit = 6;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 6) !== 6) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "personId" in v) ||
      ((seen & 4) === 0 && "role" in v) ||
      ((seen & 8) === 0 && "organizationId" in v) ||
      ((seen & 16) === 0 && "unitId" in v) ||
      ((seen & 32) === 0 && "startDate" in v) ||
      ((seen & 64) === 0 && "endDate" in v))
  )
    return undefined;
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && (!unknown || mode === "keep")) return unknown ? v : Object.freeze(v);
  if (extraCount === 0) {
    switch (seen) {
      case 46:
        return Object.freeze({ personId, role, organizationId, startDate });
      case 110:
        return Object.freeze({ personId, role, organizationId, startDate, endDate });
      case 54:
        return Object.freeze({ personId, role, unitId, startDate });
      case 118:
        return Object.freeze({ personId, role, unitId, startDate, endDate });
      case 47:
        return Object.freeze({ id, personId, role, organizationId, startDate });
      case 111:
        return Object.freeze({ id, personId, role, organizationId, startDate, endDate });
      case 55:
        return Object.freeze({ id, personId, role, unitId, startDate });
      case 119:
        return Object.freeze({ id, personId, role, unitId, startDate, endDate });
    }
  }
  const o: Rec = {};
  if (seen & 1) o["id"] = id;
  o["personId"] = personId;
  o["role"] = role;
  if (seen & 8) o["organizationId"] = organizationId;
  if (seen & 16) o["unitId"] = unitId;
  if (seen & 32) o["startDate"] = startDate;
  if (seen & 64) o["endDate"] = endDate;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

function qualification(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, personId, scale, level, date: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (x !== undefined) {
          if (!isId(x)) return undefined;
          idMet = true;
        }
        id = x;
        bit = 0;
        break;
      case "personId":
        if (!isId(x)) return undefined;
        personId = x;
        bit = 1;
        break;
      case "scale":
        if (!SCALE.has(x)) return undefined;
        scale = x;
        bit = 2;
        break;
      case "level":
        if (!isShort(x)) return undefined;
        level = x;
        bit = 3;
        break;
      case "date":
        if (x !== undefined && !isDate(x)) return undefined;
        date = x;
        bit = 4;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 14) !== 14) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "personId" in v) ||
      ((seen & 4) === 0 && "scale" in v) ||
      ((seen & 8) === 0 && "level" in v) ||
      ((seen & 16) === 0 && "date" in v))
  )
    return undefined;
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && (!unknown || mode === "keep")) return unknown ? v : Object.freeze(v);
  if (extraCount === 0) {
    switch (seen) {
      case 30:
        return Object.freeze({ personId, scale, level, date });
      case 14:
        return Object.freeze({ personId, scale, level });
      case 31:
        return Object.freeze({ id, personId, scale, level, date });
      case 15:
        return Object.freeze({ id, personId, scale, level });
    }
  }
  const o: Rec = {};
  if (seen & 1) o["id"] = id;
  o["personId"] = personId;
  o["scale"] = scale;
  o["level"] = level;
  if (seen & 16) o["date"] = date;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

function rating(v: Rec, mode: FieldMode, owned: boolean): Rec | undefined {
  let id, subjectId, subjectKind, scheme, period, level, score: unknown;
  let seen = 0;
  let last = -1;
  let inOrder = true;
  let unknown = false;
  extraCount = 0;
  for (const k in v) {
    const x = v[k];
    let bit: number;
    switch (k) {
      case "id":
        if (x !== undefined) {
          if (!isId(x)) return undefined;
          idMet = true;
        }
        id = x;
        bit = 0;
        break;
      case "subjectId":
        if (!isId(x)) return undefined;
        subjectId = x;
        bit = 1;
        break;
      case "subjectKind":
        if (x !== undefined && !SUBJECT_KIND.has(x)) return undefined;
        subjectKind = x;
        bit = 2;
        break;
      case "scheme":
        if (!isShort(x)) return undefined;
        scheme = x;
        bit = 3;
        break;
      case "period":
        if (!isPeriod(x)) return undefined;
        period = x;
        bit = 4;
        break;
      case "level":
        if (x !== undefined && !isShort(x)) return undefined;
        level = x;
        bit = 5;
        break;
      case "score":
        if (x !== undefined && !isScore(x)) return undefined;
        score = x;
        bit = 6;
        break;
      default:
        if (!extra(k, x, mode)) return undefined;
        unknown = true;
        continue;
    }
    if (bit < last || unknown) inOrder = false;
    last = bit;
    seen |= 1 << bit;
  }
  if ((seen & 26) !== 26) return undefined;
  if (
    (((seen & 1) === 0 && "id" in v) ||
      ((seen & 2) === 0 && "subjectId" in v) ||
      ((seen & 4) === 0 && "subjectKind" in v) ||
      ((seen & 8) === 0 && "scheme" in v) ||
      ((seen & 16) === 0 && "period" in v) ||
      ((seen & 32) === 0 && "level" in v) ||
      ((seen & 64) === 0 && "score" in v))
  )
    return undefined;
  if (owned && inOrder && Object.getPrototypeOf(v) === Object.prototype && (!unknown || mode === "keep")) return unknown ? v : Object.freeze(v);
  if (extraCount === 0) {
    switch (seen) {
      case 58:
        return Object.freeze({ subjectId, scheme, period, level });
      case 90:
        return Object.freeze({ subjectId, scheme, period, score });
      case 122:
        return Object.freeze({ subjectId, scheme, period, level, score });
      case 62:
        return Object.freeze({ subjectId, subjectKind, scheme, period, level });
      case 59:
        return Object.freeze({ id, subjectId, scheme, period, level });
      case 91:
        return Object.freeze({ id, subjectId, scheme, period, score });
      case 123:
        return Object.freeze({ id, subjectId, scheme, period, level, score });
      case 63:
        return Object.freeze({ id, subjectId, subjectKind, scheme, period, level });
    }
  }
  const o: Rec = {};
  if (seen & 1) o["id"] = id;
  o["subjectId"] = subjectId;
  if (seen & 4) o["subjectKind"] = subjectKind;
  o["scheme"] = scheme;
  o["period"] = period;
  if (seen & 32) o["level"] = level;
  if (seen & 64) o["score"] = score;
  return extraCount === 0 ? Object.freeze(o) : addExtras(o);
}

// zod reads a shape key when `key in input`, which also sees non-enumerable and inherited
// properties that `for...in` skips: each validator leaves an input with such a key to zod.

/** @internal Switch for tests: with `enabled` false every record goes through zod. */
export const FAST_PATH: { enabled: boolean } = { enabled: true };

/** The fast validator of each collection. */
export const FAST_RECORD: Readonly<Record<CollectionName, Fast>> = {
  organizations: organization,
  units: unit,
  people: person,
  memberships: membership,
  posts: post,
  qualifications: qualification,
  ratings: rating,
};

/** Whether `v` is a plain object: not an array, its prototype Object.prototype or null. */
export function isPlainRecord(v: unknown): v is Rec {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Where {@link fastList} stopped: the record it read there, whether it is a plain object, and what its validator returned. */
export const STOPPED: { done: boolean; value: unknown; plain: boolean; result: Rec | undefined } = { done: false, value: undefined, plain: false, result: undefined };

function end(i: number): number {
  STOPPED.done = true;
  STOPPED.value = undefined;
  STOPPED.result = undefined;
  return i;
}

function stop(v: unknown, plain: boolean, r: Rec | undefined, i: number): number {
  STOPPED.done = false;
  STOPPED.value = v;
  STOPPED.plain = plain;
  STOPPED.result = r;
  return i;
}

/**
 * Validates `list[from]`, `list[from + 1]` ... with the fast validator of `collection`, storing
 * the record it makes of `list[i]` (frozen; `list[i]` itself when `owned` and already in shape)
 * at `out[base + i]`, one loop per collection so that each call site sees one validator. Stops at
 * the first record that is not a plain object, that the validator leaves to zod, or that has
 * unknown fields kept (not frozen), and returns its index, with the record and the validator's
 * result in {@link STOPPED} (so that each element is read once); at the end of the list, returns
 * its length with `STOPPED.done` set.
 */
export function fastList(collection: CollectionName, list: readonly unknown[], from: number, mode: FieldMode, out: unknown[], base: number, owned: boolean): number {
  let i = from;
  switch (collection) {
    case "organizations":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? organization(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
    case "units":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? unit(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
    case "people":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? person(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
    case "memberships":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? membership(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
    case "posts":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? post(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
    case "qualifications":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? qualification(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
    case "ratings":
      for (; i < list.length; i++) {
        const v = list[i];
        const plain = isPlainRecord(v);
        const r = plain ? rating(v, mode, owned) : undefined;
        if (r === undefined || extraCount !== 0) return stop(v, plain, r, i);
        out[base + i] = r;
      }
      return end(i);
  }
  return end(i);
}

/** Resets module state (kept unknown fields) so no input value outlives a call. */
export function releaseScratch(): void {
  extras = [];
  extraCount = 0;
  STOPPED.done = false;
  STOPPED.value = undefined;
  STOPPED.result = undefined;
  idMet = false;
}
