/**
 * Parsing a dataset: record schemas, then the referential rules, every problem at once.
 * @module
 */
import * as z from "zod";
import { firstDay, lastDay } from "../_lib/days.js";
import { GrassrootsError, type DatasetIssue, type IssueCode } from "../_lib/errors.js";
import { deepFreeze } from "../_lib/freeze.js";
import { describeType, joinPath, preview } from "../_lib/path.js";
import { DEFAULT_LEVEL_CATALOG, type LevelCatalog, type LevelTable } from "./catalog.js";
import { COLLECTIONS, type CollectionName, isPartyOrganizationKind } from "./codes.js";
import { FAST_PATH, FAST_RECORD, releaseScratch } from "./fastpath.js";
import { issueMessage, type Language, type MessageParams, TARGET_WORDS } from "./messages.js";
import {
  IsoDateSchema,
  RECORD_SCHEMAS,
  type Dataset,
  type Membership,
  type Organization,
  type Person,
  type Post,
  type Qualification,
  type Rating,
  type Unit,
} from "./schemas.js";

/** Options of {@link parseDataset} and {@link safeParseDataset}. */
export interface ParseOptions {
  /** Language of issue messages: `"vi"` (default) or `"en"`, or a locale pack such as `en`. */
  readonly locale?: Language | { readonly code: Language } | undefined;
  /**
   * What to do with fields the model does not know:
   * - `"reject"` (default): each is an `unknown-field` issue, so a typo such as `birthdate` is
   *   caught instead of silently losing the value;
   * - `"keep"`: they are kept, unchecked, on the parsed (frozen) records;
   * - `"strip"`: they are dropped (an explicit choice of the caller, never the default).
   * Keys that could pollute a prototype (`__proto__`, `constructor`, `prototype`) are always
   * reported as `forbidden-key`.
   */
  readonly unknownFields?: "reject" | "keep" | "strip" | undefined;
  /** Level tables to check qualification and rating levels against; see {@link LevelCatalog}. */
  readonly catalog?: LevelCatalog | undefined;
  /** Stop collecting after this many issues (a final `too-many-issues` issue says so). Default: no limit. */
  readonly maxIssues?: number | undefined;
}

/** Result of {@link safeParseDataset}. */
export type SafeParseResult =
  | { readonly success: true; readonly data: Dataset; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly DatasetIssue[] };

/** Where a record came from, for JSON Lines input. */
export interface RecordLocation {
  readonly file: string;
  readonly line: number;
}

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * @internal What the referential checks resolved, handed to the columnar index so that a
 * dataset's ids are hashed once (the largest cost of compiling at national scale): id → row maps,
 * and the rows the references of the large collections resolve to, in dataset order.
 */
export interface ResolvedIds {
  readonly organizations: Map<string, number>;
  readonly units: Map<string, number>;
  readonly people: Map<string, number>;
  /** The resolved references; compileDataset copies them into the columns of its index. */
  readonly refs: ResolvedRefs;
}

/** @internal The rows references resolve to, per record in dataset order. */
export interface ResolvedRefs {
  /** people[i].unitId → unit row, -1 none. */
  readonly personUnit: Int32Array;
  /** memberships[i].personId / organizationId → row. */
  readonly membershipPerson: Int32Array;
  readonly membershipOrganization: Int32Array;
  /** posts[i] person, organization, unit rows (-1 none). */
  readonly postPerson: Int32Array;
  readonly postOrganization: Int32Array;
  readonly postUnit: Int32Array;
  /** qualifications[i].personId → row. */
  readonly qualificationPerson: Int32Array;
  /** ratings[i] subject row and kind (0 person, 1 organization). */
  readonly ratingSubject: Int32Array;
  readonly ratingSubjectKind: Uint8Array;
}

/** @internal see {@link ResolvedIds}. */
export const ID_MAPS: WeakMap<object, ResolvedIds> = new WeakMap();
const DATASET_KEYS = new Set<string>(["asOf", ...COLLECTIONS]);

type AnySchema = { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: readonly ZodIssueLike[] } } };
interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly params?: { readonly code?: string; readonly expected?: string };
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
}

type Mode = "reject" | "keep" | "strip";
const compiledCache = new Map<string, AnySchema>();

function compileOrFallback(schema: z.ZodType): AnySchema {
  // z.compile generates a validator with `new Function` (3x faster); where that is forbidden
  // (a CSP without unsafe-eval) the runtime parser gives the same results.
  try {
    const compiled = z.compile(schema) as unknown as AnySchema;
    compiled.safeParse({});
    return compiled;
  } catch {
    return schema as unknown as AnySchema;
  }
}

function recordSchema(collection: CollectionName, mode: Mode): AnySchema {
  const key = `${collection}:${mode}`;
  let s = compiledCache.get(key);
  if (s === undefined) {
    const base = RECORD_SCHEMAS[collection];
    const variant = mode === "reject" ? base : mode === "keep" ? base.loose() : base.strip();
    s = compileOrFallback(variant as z.ZodType);
    compiledCache.set(key, s);
  }
  return s;
}

function languageOf(locale: ParseOptions["locale"]): Language {
  if (locale === undefined) return "vi";
  const code = typeof locale === "string" ? locale : locale.code;
  return code === "en" ? "en" : "vi";
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (typeof cur !== "object" || cur === null || !Object.prototype.hasOwnProperty.call(cur, seg)) {
      return { present: false, value: undefined };
    }
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { present: true, value: cur };
}

const EXPECTED_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  vi: { string: "chuỗi", number: "số", object: "đối tượng", array: "mảng", boolean: "true/false", int: "số nguyên" },
  en: { string: "string", number: "number", object: "object", array: "array", boolean: "boolean", int: "integer" },
};

/** Internal accumulator shared by {@link safeParseDataset} and the JSON Lines reader. */
export interface Accumulator {
  setAsOf(value: unknown, path: string, loc?: RecordLocation): void;
  add(collection: CollectionName, value: unknown, loc?: RecordLocation): void;
  /**
   * Adds a record read from `file` at `line` (1-based). `owned`: the value is the caller's own
   * (fresh from `JSON.parse`), so it may be frozen and kept as the parsed record.
   */
  addLine(collection: CollectionName, value: unknown, file: string, line: number, owned: boolean): void;
  issue(path: string, code: IssueCode, params: MessageParams, loc?: RecordLocation): void;
  readonly issueCount: number;
  finish(extra?: Readonly<Record<string, unknown>>): SafeParseResult;
}

/**
 * Where the records of one collection came from, as runs of consecutive records on consecutive
 * lines of one file (one run per file when it has no blank or foreign lines), so that tens of
 * millions of records cost a few numbers rather than an object or two array slots each.
 */
class Locations {
  /** Run k: records first[k] .. last[k] on lines line[k] .. of file[k]. */
  private readonly first: number[] = [];
  private readonly last: number[] = [];
  private readonly line: number[] = [];
  private readonly file: string[] = [];
  private lastLine = -2;
  add(i: number, file: string, line: number): void {
    const k = this.first.length - 1;
    if (k >= 0 && i === this.last[k]! + 1 && line === this.lastLine + 1 && file === this.file[k]) this.last[k] = i;
    else {
      this.first.push(i);
      this.last.push(i);
      this.line.push(line);
      this.file.push(file);
    }
    this.lastLine = line;
  }
  at(i: number): RecordLocation | undefined {
    const first = this.first;
    let lo = 0;
    let hi = first.length - 1;
    if (hi < 0 || i < first[0]!) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    if (i > this.last[lo]!) return undefined;
    return { file: this.file[lo]!, line: this.line[lo]! + (i - first[lo]!) };
  }
}

/** @internal */
export function createAccumulator(options: ParseOptions = {}): Accumulator {
  const language = languageOf(options.locale);
  const mode: Mode = options.unknownFields ?? "reject";
  const catalog = options.catalog ?? DEFAULT_LEVEL_CATALOG;
  const maxIssues = options.maxIssues ?? Number.POSITIVE_INFINITY;
  const issues: DatasetIssue[] = [];
  let overflow = false;
  let asOf: string | undefined;
  const records: Record<CollectionName, unknown[]> = {
    organizations: [],
    units: [],
    people: [],
    memberships: [],
    posts: [],
    qualifications: [],
    ratings: [],
  };
  // For each collection, the records that did not parse (then records[c][i] is undefined or
  // only `{ id }`); every other record is the parsed value.
  const failed: Record<CollectionName, number[]> = {
    organizations: [],
    units: [],
    people: [],
    memberships: [],
    posts: [],
    qualifications: [],
    ratings: [],
  };
  const where: Partial<Record<CollectionName, Locations>> = {};
  // The parsed records that are not frozen yet (zod's output, kept unknown fields).
  const toFreeze: Record<CollectionName, number[]> = {
    organizations: [],
    units: [],
    people: [],
    memberships: [],
    posts: [],
    qualifications: [],
    ratings: [],
  };
  const locs = (c: CollectionName, i: number): RecordLocation | undefined => where[c]?.at(i);

  function push(path: string, code: IssueCode, params: MessageParams, loc?: RecordLocation): void {
    if (issues.length >= maxIssues) {
      overflow = true;
      return;
    }
    const message = issueMessage(language, code, params);
    issues.push(loc ? { path, code, message, file: loc.file, line: loc.line } : { path, code, message });
  }

  function translate(zi: ZodIssueLike, root: unknown, prefix: string, loc?: RecordLocation): void {
    const segs = zi.path;
    let path = prefix;
    for (const s of segs) path = joinPath(path, typeof s === "number" ? s : String(s));
    switch (zi.code) {
      case "unrecognized_keys":
        for (const key of zi.keys ?? []) {
          push(joinPath(path, key), FORBIDDEN.has(key) ? "forbidden-key" : "unknown-field", { value: key }, loc);
        }
        return;
      case "invalid_type": {
        const at = valueAt(root, segs);
        const expected = String(zi.expected ?? "");
        const word = EXPECTED_WORDS[language][expected] ?? expected;
        if (!at.present || at.value === undefined) push(path, "missing-field", { expected: word }, loc);
        else push(path, "invalid-type", { expected: word, received: describeType(at.value) }, loc);
        return;
      }
      case "invalid_value": {
        const at = valueAt(root, segs);
        const values = (zi.values ?? []).map(String);
        const shown = values.length > 15 ? `${values.slice(0, 15).join(", ")}, ...` : values.join(", ");
        if (!at.present || at.value === undefined) push(path, "missing-field", { expected: shown }, loc);
        else push(path, "invalid-value", { value: preview(at.value), expected: shown }, loc);
        return;
      }
      case "custom": {
        const at = valueAt(root, segs);
        if (zi.params?.code === "invalid-date") {
          const expected = zi.params.expected ?? "YYYY-MM-DD";
          push(path, "invalid-date", { value: preview(at.value), expected: language === "vi" ? expected.replace(" or ", " hoặc ") : expected }, loc);
        } else push(path, "invalid-value", { value: preview(at.value) }, loc);
        return;
      }
      case "too_small":
        push(path, "too-small", { min: zi.minimum ?? 0, expected: zi.origin ?? "" }, loc);
        return;
      case "too_big":
        push(path, "too-large", { max: zi.maximum ?? 0, expected: zi.origin ?? "" }, loc);
        return;
      case "invalid_union": {
        const at = valueAt(root, segs);
        push(path, at.present ? "invalid-value" : "missing-field", {
          value: at.present ? preview(at.value) : undefined,
          expected: language === "vi" ? "năm (2024) hoặc quý (\"2026-Q1\")" : "a year (2024) or a quarter (\"2026-Q1\")",
        } as MessageParams, loc);
        return;
      }
      case "invalid_format": {
        const at = valueAt(root, segs);
        push(path, "invalid-value", {
          value: preview(at.value),
          expected: language === "vi" ? "năm (2024) hoặc quý (\"2026-Q1\")" : "a year (2024) or a quarter (\"2026-Q1\")",
        }, loc);
        return;
      }
      default: {
        const at = valueAt(root, segs);
        push(path, "invalid-value", { value: preview(at.value) }, loc);
      }
    }
  }

  // The slow path: zod, with its issues translated. `value` is a plain object.
  function addSlow(collection: CollectionName, value: Record<string, unknown>, index: number, loc: RecordLocation | undefined): void {
    const list = records[collection];
    const prefix = `${collection}[${index}]`;
    if (mode !== "reject") {
      // zod's loose and strip modes drop "__proto__" without a word; report such keys ourselves.
      for (const k of Object.keys(value)) if (FORBIDDEN.has(k)) push(joinPath(prefix, k), "forbidden-key", { value: k }, loc);
    }
    const r = recordSchema(collection, mode).safeParse(value);
    if (r.success) {
      toFreeze[collection].push(index);
      list.push(r.data);
    } else {
      for (const zi of r.error?.issues ?? []) translate(zi, value, prefix, loc);
      // Keep the id (if it is one) so that references to this record do not add noise.
      const id = value["id"];
      list.push(typeof id === "string" && id.length > 0 ? { id } : undefined);
      failed[collection].push(index);
    }
  }

  function addAt(collection: CollectionName, value: unknown, loc: RecordLocation | undefined, owned: boolean): void {
    const list = records[collection];
    const index = list.length;
    if (!isPlainObject(value)) {
      push(`${collection}[${index}]`, "invalid-type", { expected: EXPECTED_WORDS[language]["object"] ?? "object", received: describeType(value) }, loc);
      list.push(undefined);
      failed[collection].push(index);
      return;
    }
    const fast = FAST_PATH.enabled ? FAST_RECORD[collection](value, mode, owned) : undefined;
    if (fast === undefined) addSlow(collection, value, index, loc);
    else {
      // Frozen but for a record with unknown fields kept, frozen (deeply) at the end.
      if (mode === "keep" && !Object.isFrozen(fast)) toFreeze[collection].push(index);
      list.push(fast);
    }
  }

  return {
    get issueCount() {
      return issues.length;
    },
    issue: push,
    setAsOf(value, path, loc) {
      const r = IsoDateSchema.safeParse(value);
      if (r.success) asOf = r.data;
      else if (typeof value !== "string") push(path, "invalid-type", { expected: EXPECTED_WORDS[language]["string"] ?? "string", received: describeType(value) }, loc);
      else push(path, "invalid-date", { value: preview(value), expected: "YYYY-MM-DD" }, loc);
    },
    add(collection, value, loc) {
      if (loc) (where[collection] ??= new Locations()).add(records[collection].length, loc.file, loc.line);
      addAt(collection, value, loc, false);
    },
    addLine(collection, value, file, line, owned) {
      const list = records[collection];
      (where[collection] ??= new Locations()).add(list.length, file, line);
      // Plain objects the fast path accepts need no location: only a failure reports one.
      if (isPlainObject(value)) {
        const fast = FAST_PATH.enabled ? FAST_RECORD[collection](value, mode, owned) : undefined;
        if (fast === undefined) addSlow(collection, value, list.length, { file, line });
        else {
          if (mode === "keep" && !Object.isFrozen(fast)) toFreeze[collection].push(list.length);
          list.push(fast);
        }
        return;
      }
      addAt(collection, value, { file, line }, false);
    },
    finish(extra) {
      releaseScratch();
      const ok = {} as Record<CollectionName, Uint8Array>;
      for (const c of COLLECTIONS) {
        const m = new Uint8Array(records[c].length).fill(1);
        for (const i of failed[c]) m[i] = 0;
        ok[c] = m;
      }
      let maps: ResolvedIds | undefined;
      try {
        maps = checkReferences(records, ok, locs, catalog, language, push);
      } catch (e) {
        push("", "invalid-value", { value: e instanceof Error ? e.message : "?" });
      }
      if (overflow) issues.push({ path: "", code: "too-many-issues", message: issueMessage(language, "too-many-issues", { count: maxIssues }) });
      if (issues.length > 0) return { success: false, issues };
      const data: Record<string, unknown> = {};
      if (extra) for (const k of Object.keys(extra)) data[k] = extra[k];
      if (asOf !== undefined) data["asOf"] = asOf;
      for (const c of COLLECTIONS) data[c] = records[c];
      freezeDataset(data, toFreeze);
      if (maps) ID_MAPS.set(data, maps);
      return { success: true, data: data as unknown as Dataset, issues: [] };
    },
  };
}

type Push = (path: string, code: IssueCode, params: MessageParams, loc?: RecordLocation) => void;

function checkReferences(
  records: Record<CollectionName, unknown[]>,
  ok: Record<CollectionName, Uint8Array>,
  at: (c: CollectionName, i: number) => RecordLocation | undefined,
  catalog: LevelCatalog,
  language: Language,
  push: Push,
): ResolvedIds {
  const words = TARGET_WORDS[language];

  function indexIds(c: CollectionName, optional: boolean): Map<string, number> {
    const map = new Map<string, number>();
    const list = records[c] as ({ id?: string } | undefined)[];
    const okc = ok[c];
    let i = 0;
    // Until the first duplicate, one hash operation per id: set, and see whether the map grew.
    for (; i < list.length; i++) {
      const id = list[i]?.id;
      if (id === undefined) continue;
      const size = map.size;
      map.set(id, i);
      if (map.size !== size) continue;
      // A duplicate: restore the first row of the id, then go on the careful way.
      let first = 0;
      while ((list[first] as { id?: string } | undefined)?.id !== id) first++;
      map.set(id, first);
      break;
    }
    for (; i < list.length; i++) {
      const id = list[i]?.id;
      if (id === undefined) continue;
      const prev = map.get(id);
      if (prev === undefined) map.set(id, i);
      else if (okc[i] || !optional) push(`${c}[${i}].id`, "duplicate-id", { value: id, other: `${c}[${prev}]` }, at(c, i));
    }
    return map;
  }
  const orgIds = indexIds("organizations", false);
  const unitIds = indexIds("units", false);
  const personIds = indexIds("people", false);
  for (const c of ["memberships", "posts", "qualifications", "ratings"] as const) indexIds(c, true);

  const orgs = records.organizations as (Organization | undefined)[];
  const units = records.units as (Unit | undefined)[];

  // The row `id` resolves to in `map`: -1 when there is no id, -2 (and an issue) when unresolved.
  function ref(c: CollectionName, i: number, field: string, id: string | undefined, map: Map<string, number>, target: string): number {
    if (id === undefined) return -1;
    const row = map.get(id);
    if (row !== undefined) return row;
    push(`${c}[${i}].${field}`, "unresolved-reference", { value: id, target: words[target] ?? target }, at(c, i));
    return -2;
  }
  function order(c: CollectionName, i: number, startField: string, start: string | undefined, endField: string, end: string | undefined): void {
    if (start === undefined || end === undefined) return;
    if (lastDay(end) < firstDay(start)) push(`${c}[${i}].${endField}`, "end-before-start", { value: `${endField} ${end}`, other: `${startField} ${start}` }, at(c, i));
  }

  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i];
    if (!o || !ok.organizations[i]) continue;
    ref("organizations", i, "parentId", o.parentId, orgIds, "organizations");
    ref("organizations", i, "unitId", o.unitId, unitIds, "units");
    if (o.coversUnitIds) {
      const seen = new Set<string>();
      o.coversUnitIds.forEach((u, k) => {
        ref("organizations", i, `coversUnitIds[${k}]`, u, unitIds, "units");
        if (seen.has(u)) push(`organizations[${i}].coversUnitIds[${k}]`, "duplicate-id", { value: u, other: `coversUnitIds` }, at("organizations", i));
        seen.add(u);
      });
    }
    order("organizations", i, "foundingDate", o.foundingDate, "dissolutionDate", o.dissolutionDate);
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u || !ok.units[i]) continue;
    ref("units", i, "parentId", u.parentId, unitIds, "units");
    order("units", i, "foundingDate", u.foundingDate, "dissolutionDate", u.dissolutionDate);
  }
  findCycles("organizations", orgs, ok.organizations, orgIds, at, push);
  findCycles("units", units, ok.units, unitIds, at, push);

  const people = records.people as (Person | undefined)[];
  const personUnit = new Int32Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    personUnit[i] = p && ok.people[i] ? ref("people", i, "unitId", p.unitId, unitIds, "units") : -1;
  }

  const memberships = records.memberships as (Membership | undefined)[];
  const okm = ok.memberships;
  const okOrg = ok.organizations;
  const membershipPerson = new Int32Array(memberships.length);
  const membershipOrganization = new Int32Array(memberships.length);
  // Records of one organization (one person) often come together: remember the last id resolved.
  let lastOrgId: string | undefined;
  let lastOrgRow = -1;
  for (let i = 0; i < memberships.length; i++) {
    const m = memberships[i];
    if (!m || !okm[i]) continue;
    membershipPerson[i] = ref("memberships", i, "personId", m.personId, personIds, "people");
    let oi: number;
    if (m.organizationId === lastOrgId) oi = lastOrgRow;
    else {
      oi = ref("memberships", i, "organizationId", m.organizationId, orgIds, "organizations");
      if (oi >= 0) {
        lastOrgId = m.organizationId;
        lastOrgRow = oi;
      }
    }
    membershipOrganization[i] = oi;
    if (oi >= 0 && (m.officialDate !== undefined || m.startReason === "readmitted")) {
      const org = orgs[oi];
      if (org && okOrg[oi] && !isPartyOrganizationKind(org.kind)) {
        push(`memberships[${i}].organizationId`, "not-party-organization", { value: m.organizationId, other: org.kind }, at("memberships", i));
      }
    }
    const start = m.startDate;
    const end = m.endDate;
    const official = m.officialDate;
    if (end === undefined && official === undefined) continue;
    const startDay = firstDay(start);
    const endDay = end === undefined ? 0 : lastDay(end);
    if (end !== undefined && endDay < startDay) push(`memberships[${i}].endDate`, "end-before-start", { value: `endDate ${end}`, other: `startDate ${start}` }, at("memberships", i));
    if (official !== undefined) {
      // A member transferred in from outside the dataset may carry the date they became
      // official elsewhere, before this membership started.
      if (m.startReason !== "transferred" && lastDay(official) < startDay) {
        push(`memberships[${i}].officialDate`, "date-order", { value: `officialDate ${official} <`, other: `startDate ${start}` }, at("memberships", i));
      } else if (end !== undefined && endDay >= startDay && firstDay(official) > endDay) {
        push(`memberships[${i}].officialDate`, "date-order", { value: `officialDate ${official} >`, other: `endDate ${end}` }, at("memberships", i));
      }
    }
  }

  const posts = records.posts as (Post | undefined)[];
  const postPerson = new Int32Array(posts.length);
  const postOrganization = new Int32Array(posts.length);
  const postUnit = new Int32Array(posts.length);
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i];
    if (!p || !ok.posts[i]) continue;
    postPerson[i] = ref("posts", i, "personId", p.personId, personIds, "people");
    postOrganization[i] = ref("posts", i, "organizationId", p.organizationId, orgIds, "organizations");
    postUnit[i] = ref("posts", i, "unitId", p.unitId, unitIds, "units");
    if (p.organizationId === undefined && p.unitId === undefined) push(`posts[${i}].organizationId`, "missing-field", { expected: "organizationId | unitId" }, at("posts", i));
    order("posts", i, "startDate", p.startDate, "endDate", p.endDate);
  }

  const quals = records.qualifications as (Qualification | undefined)[];
  const qualificationPerson = new Int32Array(quals.length);
  const okq = ok.qualifications;
  let lastQualPerson: string | undefined;
  let lastQualRow = -1;
  for (let i = 0; i < quals.length; i++) {
    const q = quals[i];
    if (!q || !okq[i]) continue;
    if (q.personId === lastQualPerson) qualificationPerson[i] = lastQualRow;
    else {
      const row = ref("qualifications", i, "personId", q.personId, personIds, "people");
      qualificationPerson[i] = row;
      if (row >= 0) {
        lastQualPerson = q.personId;
        lastQualRow = row;
      }
    }
    const table = catalog.scales?.[q.scale];
    if (table) checkLevel("qualifications", i, q.level, table);
  }

  const ratings = records.ratings as (Rating | undefined)[];
  const ratingSubject = new Int32Array(ratings.length);
  const ratingSubjectKind = new Uint8Array(ratings.length);
  const okr = ok.ratings;
  let lastScheme: string | undefined;
  let lastTable: LevelTable | undefined;
  // Ids of both a person and an organization (a subject without subjectKind is then ambiguous).
  const inBoth = new Set<string>();
  const [fewer, more] = personIds.size < orgIds.size ? [personIds, orgIds] : [orgIds, personIds];
  for (const id of fewer.keys()) if (more.has(id)) inBoth.add(id);
  // The last subject without a subjectKind that resolved to exactly one record.
  let lastSubject: string | undefined;
  let lastSubjectRow = -1;
  let lastSubjectKind = 0;
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i];
    if (!r || !okr[i]) continue;
    const kind = r.subjectKind;
    if (kind === "person") ratingSubject[i] = ref("ratings", i, "subjectId", r.subjectId, personIds, "person");
    else if (kind === "organization") {
      ratingSubject[i] = ref("ratings", i, "subjectId", r.subjectId, orgIds, "organization");
      ratingSubjectKind[i] = 1;
    } else if (r.subjectId === lastSubject) {
      ratingSubject[i] = lastSubjectRow;
      ratingSubjectKind[i] = lastSubjectKind;
    } else {
      // Look in the other map only when needed: an id in both is one of `inBoth`.
      const inPeople = personIds.get(r.subjectId);
      const inOrgs = inPeople === undefined || inBoth.has(r.subjectId) ? orgIds.get(r.subjectId) : undefined;
      if ((inPeople === undefined) !== (inOrgs === undefined)) {
        lastSubject = r.subjectId;
        lastSubjectRow = inPeople ?? inOrgs!;
        lastSubjectKind = inPeople === undefined ? 1 : 0;
      }
      if (inPeople !== undefined && inOrgs !== undefined) push(`ratings[${i}].subjectId`, "ambiguous-reference", { value: r.subjectId }, at("ratings", i));
      else if (inPeople === undefined && inOrgs === undefined) push(`ratings[${i}].subjectId`, "unresolved-reference", { value: r.subjectId, target: words["subject"] ?? "" }, at("ratings", i));
      else if (inPeople !== undefined) ratingSubject[i] = inPeople;
      else {
        ratingSubject[i] = inOrgs!;
        ratingSubjectKind[i] = 1;
      }
    }
    if (r.level === undefined && r.score === undefined) push(`ratings[${i}].level`, "missing-field", { expected: "level | score" }, at("ratings", i));
    let table: LevelTable | undefined;
    if (r.scheme === lastScheme) table = lastTable;
    else {
      table = catalog.schemes?.[r.scheme];
      lastScheme = r.scheme;
      lastTable = table;
    }
    if (table) {
      if (r.level !== undefined) checkLevel("ratings", i, r.level, table);
    } else if (catalog.unknownSchemes === "reject") {
      const known = Object.keys(catalog.schemes ?? {});
      push(`ratings[${i}].scheme`, "invalid-value", { value: r.scheme, expected: known.join(", ") }, at("ratings", i));
    }
  }

  function checkLevel(c: CollectionName, i: number, level: string, table: LevelTable): void {
    for (const l of table.levels) if (l.code === level) return;
    push(`${c}[${i}].level`, "unknown-level", { value: level, target: table.id, expected: table.levels.map((l) => l.code).join(", ") }, at(c, i));
  }
  return {
    organizations: orgIds,
    units: unitIds,
    people: personIds,
    refs: {
      personUnit,
    membershipPerson,
    membershipOrganization,
    postPerson,
    postOrganization,
    postUnit,
    qualificationPerson,
      ratingSubject,
      ratingSubjectKind,
    },
  };
}

// Freezes the parsed dataset knowing its shape: records are flat but for coversUnitIds, and
// unknown fields kept with `unknownFields: "keep"` are frozen deeply.
// Only the records listed in `toFreeze` need it: the fast path (fastpath.ts) returns the others
// frozen, with nothing to freeze inside.
function freezeDataset(data: Record<string, unknown>, toFreeze: Readonly<Record<CollectionName, readonly number[]>>): void {
  for (const k of Object.keys(data)) {
    const v = data[k];
    if (!Array.isArray(v) || !(COLLECTIONS as readonly string[]).includes(k)) {
      deepFreeze(v);
      continue;
    }
    for (const i of toFreeze[k as CollectionName]) {
      const rec = v[i] as Record<string, unknown>;
      for (const f in rec) {
        const x = rec[f];
        if (typeof x === "object" && x !== null) deepFreeze(x);
      }
      Object.freeze(rec);
    }
    Object.freeze(v);
  }
  Object.freeze(data);
}

function findCycles(
  c: CollectionName,
  list: readonly ({ id: string; parentId?: string | undefined } | undefined)[],
  okList: Uint8Array,
  ids: Map<string, number>,
  at: (c: CollectionName, i: number) => RecordLocation | undefined,
  push: Push,
): void {
  const n = list.length;
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const rec = list[i];
    if (!rec || !okList[i] || rec.parentId === undefined) continue;
    const p = ids.get(rec.parentId);
    if (p !== undefined && okList[p]) parent[i] = p;
  }
  const stamp = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j !== -1 && stamp[j] === 0) {
      stamp[j] = i + 1;
      j = parent[j]!;
    }
    if (j === -1 || stamp[j] !== i + 1) continue;
    // j is on a cycle met for the first time in this walk.
    const members: number[] = [j];
    for (let k = parent[j]!; k !== j; k = parent[k]!) members.push(k);
    const first = Math.min(...members);
    const start = members.indexOf(first);
    const ordered = [...members.slice(start), ...members.slice(0, start), first].map((k) => list[k]!.id);
    push(`${c}[${first}].parentId`, "parent-cycle", { value: ordered.join(" → ") }, at(c, first));
  }
}

/**
 * Parses and validates a dataset without throwing. Checks every record against its schema,
 * then the referential rules: ids unique per collection; every reference resolves; no cycle in
 * `parentId`; end dates not before start dates; an official date within its membership; level
 * codes on their scale or scheme (see {@link LevelCatalog}); party-only membership fields only
 * on party organizations. Every problem is reported, each with a JSON path, a stable code and
 * a message. The parsed dataset is deeply frozen; the input is never modified.
 *
 * @example
 * ```ts
 * const r = safeParseDataset({ people: [{ id: "p1", name: "Lò Văn A", birthDate: "2023-02-30" }] }, { locale: "en" });
 * r.success;            //=> false
 * r.issues[0]?.path;    //=> "people[0].birthDate"
 * r.issues[0]?.code;    //=> "invalid-date"
 * ```
 */
export function safeParseDataset(input: unknown, options: ParseOptions = {}): SafeParseResult {
  const acc = createAccumulator(options);
  try {
    if (!isPlainObject(input)) {
      acc.issue("", "not-an-object", { received: describeType(input) });
      return acc.finish();
    }
    const extra: Record<string, unknown> = {};
    const mode = options.unknownFields ?? "reject";
    for (const key of Object.keys(input)) {
      if (DATASET_KEYS.has(key)) continue;
      if (FORBIDDEN.has(key)) acc.issue(joinPath("", key), "forbidden-key", { value: key });
      else if (mode === "reject") acc.issue(joinPath("", key), "unknown-field", { value: key });
      else if (mode === "keep") extra[key] = input[key];
    }
    if (input["asOf"] !== undefined) acc.setAsOf(input["asOf"], "asOf");
    for (const c of COLLECTIONS) {
      const list = input[c];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        acc.issue(c, "invalid-type", { expected: languageOf(options.locale) === "vi" ? "mảng" : "array", received: describeType(list) });
        continue;
      }
      for (let i = 0; i < list.length; i++) acc.add(c, list[i]);
    }
    return acc.finish(extra);
  } catch (e) {
    // A getter that throws, a revoked proxy ...: report it, never let it escape.
    acc.issue("", "invalid-value", { value: e instanceof Error ? e.message : "unreadable input" });
    const r = acc.finish();
    return r.success ? { success: false, issues: [{ path: "", code: "invalid-value", message: "unreadable input" }] } : r;
  }
}

/**
 * Parses and validates a dataset (see {@link safeParseDataset}); throws a
 * {@link GrassrootsError} with code `invalid-dataset` and every issue when the input is bad.
 *
 * @example
 * ```ts
 * const ds = parseDataset({ units: [{ id: "b1", name: "Bản Nậm Nhùn", kind: "village" }] });
 * ds.units.length;        //=> 1
 * Object.isFrozen(ds);    //=> true
 * ```
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): Dataset {
  const r = safeParseDataset(input, options);
  if (r.success) return r.data;
  throw invalidDataset(r.issues, languageOf(options.locale));
}

/** @internal the error thrown for a failed parse. */
export function invalidDataset(issues: readonly DatasetIssue[], language: Language): GrassrootsError {
  const first = issues[0];
  const head =
    language === "vi"
      ? `Dữ liệu không hợp lệ: ${issues.length} lỗi`
      : `Invalid dataset: ${issues.length} issue${issues.length === 1 ? "" : "s"}`;
  const where = first ? `; ${first.path || "(root)"}${first.line !== undefined ? ` (${first.file ?? ""}:${first.line})` : ""}: ${first.message}` : "";
  return new GrassrootsError("invalid-dataset", head + where, issues);
}
