/**
 * Parsing a dataset: record schemas, then the referential rules, every problem at once.
 * @module
 */
import * as z from "zod";
import { GrassrootsError, type DatasetIssue, type IssueCode } from "../_lib/errors.js";
import { deepFreeze, frozenPlainCopy } from "../_lib/freeze.js";
import { describeType, joinPath, preview } from "../_lib/path.js";
import { digit } from "../_lib/days.js";
import { IdTable } from "../_lib/idtable.js";
import { DEFAULT_LEVEL_CATALOG, type LevelCatalog, type LevelTable } from "./catalog.js";
import { COLLECTIONS, type CollectionName, isPartyOrganizationKind } from "./codes.js";
import { FAST_PATH, FAST_RECORD, fastList, isPlainRecord, releaseScratch, STOPPED, takeIdMet } from "./fastpath.js";
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
  /**
   * `true` (default): every record of the dataset is a frozen copy (the values of unknown fields
   * kept with `"keep"` too, when plain data), and your records are left as they were. `false`: a
   * record already in its parsed form becomes the dataset's record itself, frozen (with its
   * `coversUnitIds`), instead of being copied; any other is copied as usual. In parsed form
   * means: plain data as `JSON.parse` or `structuredClone` make it (own, enumerable data
   * properties only), the fields in the order of the record's schema, names in NFC. With
   * `unknownFields: "keep"`, a record whose unknown fields come after its schema's fields is kept
   * too, and frozen deeply (its unknown values with it) once the whole parse has succeeded; with
   * `"strip"`, a record with unknown fields is copied.
   *
   * For input you hand over and will not change again: datasets read from files, generated or
   * fetched. Your records are frozen afterwards, even when the parse fails (all those it
   * accepted, wherever they are in the input); their values are not changed. Give it plain data
   * only: a getter or a hidden property would be kept on the record as it is. On a national
   * dataset (22 million records) this halves the time of validation and saves the memory of a
   * second copy of every record; at province scale (half a million records) it measured no
   * faster than copying, the copies being cheap there. `readJsonLines` always works this way, as
   * its records come from its own `JSON.parse`.
   */
  readonly copy?: boolean | undefined;
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
  readonly organizations: IdTable;
  readonly units: IdTable;
  readonly people: IdTable;
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

const isPlainObject = isPlainRecord;

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
  /** Adds every record of `list` (the caller's, read once each), as `add` without a location would. */
  addAll(collection: CollectionName, list: readonly unknown[]): void;
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
  // Keep (and freeze) the caller's records that are already in shape rather than copy them.
  const adopt = options.copy === false;
  // Whether every record came through addLine from the caller's own JSON.parse (readJsonLines),
  // so that the values of kept unknown fields are ours.
  let linesOnly = true;
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
  // How many records of each collection are in: records[c] may be longer, made to size up front.
  const size: Record<CollectionName, number> = {
    organizations: 0,
    units: 0,
    people: 0,
    memberships: 0,
    posts: 0,
    qualifications: 0,
    ratings: 0,
  };
  /** Appends the entry of the next record of `c`. */
  const put = (c: CollectionName, value: unknown): void => {
    records[c][size[c]++] = value;
  };
  const where: Partial<Record<CollectionName, Locations>> = {};
  // The collections with an optional id where some record may have one (the others need no
  // duplicate-id check): every record zod parsed or rejected, and what the fast path saw.
  const withIds: Record<CollectionName, boolean> = {
    organizations: true,
    units: true,
    people: true,
    memberships: false,
    posts: false,
    qualifications: false,
    ratings: false,
  };
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
    withIds[collection] = true;
    const prefix = `${collection}[${index}]`;
    if (mode !== "reject") {
      // zod's loose and strip modes drop "__proto__" without a word; report such keys ourselves.
      for (const k of Object.keys(value)) if (FORBIDDEN.has(k)) push(joinPath(prefix, k), "forbidden-key", { value: k }, loc);
    }
    const r = recordSchema(collection, mode).safeParse(value);
    if (r.success) {
      toFreeze[collection].push(index);
      put(collection, r.data);
    } else {
      for (const zi of r.error?.issues ?? []) translate(zi, value, prefix, loc);
      // Keep the id (if it is one) so that references to this record do not add noise.
      const id = value["id"];
      put(collection, typeof id === "string" && id.length > 0 ? { id } : undefined);
      failed[collection].push(index);
    }
  }

  function addAt(collection: CollectionName, value: unknown, loc: RecordLocation | undefined, owned: boolean): void {
    if (!isPlainObject(value)) {
      addNotObject(collection, value, loc);
      return;
    }
    addChecked(collection, value, FAST_PATH.enabled ? FAST_RECORD[collection](value, mode, owned) : undefined, loc);
    if (takeIdMet()) withIds[collection] = true;
  }

  function addNotObject(collection: CollectionName, value: unknown, loc: RecordLocation | undefined): void {
    const index = size[collection];
    push(`${collection}[${index}]`, "invalid-type", { expected: EXPECTED_WORDS[language]["object"] ?? "object", received: describeType(value) }, loc);
    put(collection, undefined);
    failed[collection].push(index);
  }

  /** Adds a plain object, given what the fast path made of it (undefined: left to zod). */
  function addChecked(collection: CollectionName, value: Record<string, unknown>, fast: Record<string, unknown> | undefined, loc: RecordLocation | undefined): void {
    const index = size[collection];
    if (fast === undefined) addSlow(collection, value, index, loc);
    else {
      // Frozen but for a record with unknown fields kept, frozen (deeply) at the end.
      if (mode === "keep" && !Object.isFrozen(fast)) toFreeze[collection].push(index);
      put(collection, fast);
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
      linesOnly = false;
      if (loc) (where[collection] ??= new Locations()).add(size[collection], loc.file, loc.line);
      addAt(collection, value, loc, adopt);
    },
    addAll(collection, list) {
      linesOnly = false;
      if (!FAST_PATH.enabled) {
        for (let i = 0; i < list.length; i++) addAt(collection, list[i], undefined, adopt);
        return;
      }
      // Each record gives one entry, so a list added to an empty collection is given its length
      // at once (growing by appends copies the entries over and over). Up to 2^24 records:
      // longer arrays made to size may not be fast arrays.
      let out = records[collection];
      const n = list.length;
      if (size[collection] === 0 && out.length === 0 && Number.isInteger(n) && n > 0 && n <= 1 << 24) out = records[collection] = new Array<unknown>(n);
      // The fast loop, and each record it stops at the usual way, in order: record i of `list`
      // is entry base + i.
      const base = size[collection];
      takeIdMet();
      for (let i = 0; ; i++) {
        i = fastList(collection, list, i, mode, out, base, adopt);
        size[collection] = base + i;
        if (takeIdMet()) withIds[collection] = true;
        if (STOPPED.done) break;
        const value = STOPPED.value;
        if (STOPPED.plain) addChecked(collection, value as Record<string, unknown>, STOPPED.result, undefined);
        else addNotObject(collection, value, undefined);
      }
      // (A list that shrank while it was read.)
      if (out.length > size[collection]) out.length = size[collection];
    },
    addLine(collection, value, file, line, owned) {
      if (!owned) linesOnly = false;
      const index = size[collection];
      (where[collection] ??= new Locations()).add(index, file, line);
      // Plain objects the fast path accepts need no location: only a failure reports one.
      if (isPlainObject(value)) {
        const fast = FAST_PATH.enabled ? FAST_RECORD[collection](value, mode, owned) : undefined;
        if (takeIdMet()) withIds[collection] = true;
        if (fast === undefined) addSlow(collection, value, index, { file, line });
        else {
          if (mode === "keep" && !Object.isFrozen(fast)) toFreeze[collection].push(index);
          put(collection, fast);
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
        maps = checkReferences(records, ok, withIds, locs, catalog, language, push);
      } catch (e) {
        push("", "invalid-value", { value: e instanceof Error ? e.message : "?" });
      }
      if (overflow) issues.push({ path: "", code: "too-many-issues", message: issueMessage(language, "too-many-issues", { count: maxIssues }) });
      if (issues.length > 0) return { success: false, issues };
      const data: Record<string, unknown> = {};
      if (extra) for (const k of Object.keys(extra)) data[k] = extra[k];
      if (asOf !== undefined) data["asOf"] = asOf;
      for (const c of COLLECTIONS) data[c] = records[c];
      freezeDataset(data, toFreeze, adopt || linesOnly, adopt);
      if (maps) ID_MAPS.set(data, maps);
      return { success: true, data: data as unknown as Dataset, issues: [] };
    },
  };
}

type Push = (path: string, code: IssueCode, params: MessageParams, loc?: RecordLocation) => void;

/**
 * Where the reference checks report: methods of one class rather than closures made anew by
 * each parse, so that code V8 optimized for one parse stays valid for the next (a new closure is
 * a new call target, and each one threw optimized code away).
 */
class RefChecker {
  /** Whether the ids of the collection last indexed are unique (see nearRow). */
  unique = false;
  constructor(
    readonly push: Push,
    readonly at: (c: CollectionName, i: number) => RecordLocation | undefined,
    readonly words: Readonly<Record<string, string>>,
  ) {}

  /** The rows of the ids of a collection whose records all have one; each duplicate is reported. */
  indexIds(records: Record<CollectionName, unknown[]>, ok: Record<CollectionName, Uint8Array>, c: CollectionName): IdTable {
    const list = records[c] as ({ id?: string } | undefined)[];
    const table = new IdTable(list.length);
    let unique = true;
    for (let i = 0; i < list.length; i++) {
      const id = list[i]?.id;
      if (id === undefined) continue;
      const prev = table.add(id, i);
      if (prev === -1) continue;
      unique = false;
      this.push(`${c}[${i}].id`, "duplicate-id", { value: id, other: `${c}[${prev}]` }, this.at(c, i));
    }
    this.unique = unique;
    // Nothing is added any more; the list is the compiled index's row → id list too.
    Object.freeze(table.ids);
    return table;
  }

  /**
   * Reports duplicates among the optional ids of a collection (on valid records): a Map, as only
   * some records may have an id, and a table would be sized for all of them.
   */
  checkOptionalIds(records: Record<CollectionName, unknown[]>, ok: Record<CollectionName, Uint8Array>, c: CollectionName): void {
    const list = records[c] as ({ id?: string } | undefined)[];
    const okc = ok[c];
    const seen = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const id = list[i]?.id;
      if (id === undefined) continue;
      const prev = seen.get(id);
      if (prev === undefined) seen.set(id, i);
      else if (okc[i]) this.push(`${c}[${i}].id`, "duplicate-id", { value: id, other: `${c}[${prev}]` }, this.at(c, i));
    }
  }

  /** The row `id` resolves to in `map`: -1 when there is no id, -2 (and an issue) when unresolved. */
  ref(c: CollectionName, i: number, field: string, id: string | undefined, map: IdTable, target: string): number {
    if (id === undefined) return -1;
    const row = map.get(id);
    if (row !== -1) return row;
    this.push(`${c}[${i}].${field}`, "unresolved-reference", { value: id, target: this.words[target] ?? target }, this.at(c, i));
    return -2;
  }

  order(c: CollectionName, i: number, startField: string, start: string | undefined, endField: string, end: string | undefined): void {
    if (start === undefined || end === undefined) return;
    if (lastKey(end) < firstKey(start)) this.push(`${c}[${i}].${endField}`, "end-before-start", { value: `${endField} ${end}`, other: `${startField} ${start}` }, this.at(c, i));
  }

  checkLevel(c: CollectionName, i: number, level: string, entry: TableEntry): void {
    if (hasLevel(entry, level)) return;
    const table = entry.table;
    this.push(`${c}[${i}].level`, "unknown-level", { value: level, target: table.id, expected: table.levels.map((l) => l.code).join(", ") }, this.at(c, i));
  }
}

function checkReferences(
  records: Record<CollectionName, unknown[]>,
  ok: Record<CollectionName, Uint8Array>,
  withIds: Readonly<Record<CollectionName, boolean>>,
  at: (c: CollectionName, i: number) => RecordLocation | undefined,
  catalog: LevelCatalog,
  language: Language,
  push: Push,
): ResolvedIds {
  const words = TARGET_WORDS[language];

  const rc = new RefChecker(push, at, words);
  const orgIds = rc.indexIds(records, ok, "organizations");
  const orgsUnique = rc.unique;
  const unitIds = rc.indexIds(records, ok, "units");
  const unitsUnique = rc.unique;
  const personIds = rc.indexIds(records, ok, "people");
  const peopleUnique = rc.unique;
  for (const c of ["memberships", "posts", "qualifications", "ratings"] as const) if (withIds[c]) rc.checkOptionalIds(records, ok, c);

  const orgs = records.organizations as (Organization | undefined)[];
  const units = records.units as (Unit | undefined)[];
  const people = records.people as (Person | undefined)[];

  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i];
    if (!o || !ok.organizations[i]) continue;
    rc.ref("organizations", i, "parentId", o.parentId, orgIds, "organizations");
    rc.ref("organizations", i, "unitId", o.unitId, unitIds, "units");
    const covers = o.coversUnitIds;
    if (covers) {
      // A parsed coversUnitIds is a dense array of strings, most often of one or two: a set of
      // those seen only for long ones.
      const seen = covers.length > 8 ? new Set<string>() : undefined;
      for (let k = 0; k < covers.length; k++) {
        const u = covers[k]!;
        if (!unitIds.has(u)) rc.ref("organizations", i, `coversUnitIds[${k}]`, u, unitIds, "units");
        let dup = false;
        if (seen === undefined) {
          for (let j = 0; j < k && !dup; j++) dup = covers[j] === u;
        } else {
          dup = seen.has(u);
          seen.add(u);
        }
        if (dup) push(`organizations[${i}].coversUnitIds[${k}]`, "duplicate-id", { value: u, other: `coversUnitIds` }, at("organizations", i));
      }
    }
    rc.order("organizations", i, "foundingDate", o.foundingDate, "dissolutionDate", o.dissolutionDate);
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u || !ok.units[i]) continue;
    rc.ref("units", i, "parentId", u.parentId, unitIds, "units");
    rc.order("units", i, "foundingDate", u.foundingDate, "dissolutionDate", u.dissolutionDate);
  }
  findCycles("organizations", orgs, ok.organizations, orgIds, at, push);
  findCycles("units", units, ok.units, unitIds, at, push);

  // The resolved rows, in one buffer: V8 starts a full collection each time typed-array memory
  // grows by 64 MiB or so, and at national scale (22 M records live) each one takes seconds.
  const nMem = records.memberships.length;
  const nPost = records.posts.length;
  const nQual = records.qualifications.length;
  const nRat = records.ratings.length;
  const rowBuffer = new ArrayBuffer(4 * (people.length + 2 * nMem + 3 * nPost + nQual + nRat) + nRat);
  let rowOffset = 0;

  // Below, `last…` is the row the previous reference of the same kind resolved to: sorted data
  // names the same record again or the next one, found without hashing (nearRow).
  const okp = ok.people;
  const personUnit = new Int32Array(rowBuffer, rowOffset, people.length);
  rowOffset += 4 * people.length;
  let lastUnit = -1;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (!p || !okp[i]) {
      personUnit[i] = -1;
      continue;
    }
    const id = p.unitId;
    let row = nearRow(units, lastUnit, id, unitsUnique);
    if (row < 0) row = rc.ref("people", i, "unitId", id, unitIds, "units");
    if (row >= 0) lastUnit = row;
    personUnit[i] = row;
  }

  const memberships = records.memberships as (Membership | undefined)[];
  const okm = ok.memberships;
  const okOrg = ok.organizations;
  const membershipPerson = new Int32Array(rowBuffer, rowOffset, nMem);
  rowOffset += 4 * nMem;
  const membershipOrganization = new Int32Array(rowBuffer, rowOffset, nMem);
  rowOffset += 4 * nMem;
  let lastPerson = -1;
  let lastOrg = -1;
  // Whether the organization of row `partyRow` (the last one checked) is a party organization.
  let partyRow = -1;
  let partyOk = true;
  for (let i = 0; i < memberships.length; i++) {
    const m = memberships[i];
    if (!m || !okm[i]) continue;
    let pi = nearRow(people, lastPerson, m.personId, peopleUnique);
    if (pi < 0) pi = rc.ref("memberships", i, "personId", m.personId, personIds, "people");
    if (pi >= 0) lastPerson = pi;
    membershipPerson[i] = pi;
    let oi = nearRow(orgs, lastOrg, m.organizationId, orgsUnique);
    if (oi < 0) oi = rc.ref("memberships", i, "organizationId", m.organizationId, orgIds, "organizations");
    if (oi >= 0) lastOrg = oi;
    membershipOrganization[i] = oi;
    const official = m.officialDate;
    if (oi >= 0 && (official !== undefined || m.startReason === "readmitted")) {
      if (oi !== partyRow) {
        const org = orgs[oi];
        partyRow = oi;
        partyOk = !(org && okOrg[oi]) || isPartyOrganizationKind(org.kind);
      }
      if (!partyOk) push(`memberships[${i}].organizationId`, "not-party-organization", { value: m.organizationId, other: orgs[oi]!.kind }, at("memberships", i));
    }
    const end = m.endDate;
    if (end === undefined && official === undefined) continue;
    const start = m.startDate;
    const startDay = firstKey(start);
    const endDay = end === undefined ? 0 : lastKey(end);
    if (end !== undefined && endDay < startDay) push(`memberships[${i}].endDate`, "end-before-start", { value: `endDate ${end}`, other: `startDate ${start}` }, at("memberships", i));
    if (official !== undefined) {
      // A member transferred in from outside the dataset may carry the date they became
      // official elsewhere, before this membership started.
      if (m.startReason !== "transferred" && lastKey(official) < startDay) {
        push(`memberships[${i}].officialDate`, "date-order", { value: `officialDate ${official} <`, other: `startDate ${start}` }, at("memberships", i));
      } else if (end !== undefined && endDay >= startDay && firstKey(official) > endDay) {
        push(`memberships[${i}].officialDate`, "date-order", { value: `officialDate ${official} >`, other: `endDate ${end}` }, at("memberships", i));
      }
    }
  }

  const posts = records.posts as (Post | undefined)[];
  const okpo = ok.posts;
  const postPerson = new Int32Array(rowBuffer, rowOffset, nPost);
  rowOffset += 4 * nPost;
  const postOrganization = new Int32Array(rowBuffer, rowOffset, nPost);
  rowOffset += 4 * nPost;
  const postUnit = new Int32Array(rowBuffer, rowOffset, nPost);
  rowOffset += 4 * nPost;
  lastPerson = -1;
  lastOrg = -1;
  lastUnit = -1;
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i];
    if (!p || !okpo[i]) continue;
    let pi = nearRow(people, lastPerson, p.personId, peopleUnique);
    if (pi < 0) pi = rc.ref("posts", i, "personId", p.personId, personIds, "people");
    if (pi >= 0) lastPerson = pi;
    postPerson[i] = pi;
    let oi = nearRow(orgs, lastOrg, p.organizationId, orgsUnique);
    if (oi < 0) oi = rc.ref("posts", i, "organizationId", p.organizationId, orgIds, "organizations");
    if (oi >= 0) lastOrg = oi;
    postOrganization[i] = oi;
    let ui = nearRow(units, lastUnit, p.unitId, unitsUnique);
    if (ui < 0) ui = rc.ref("posts", i, "unitId", p.unitId, unitIds, "units");
    if (ui >= 0) lastUnit = ui;
    postUnit[i] = ui;
    if (p.organizationId === undefined && p.unitId === undefined) push(`posts[${i}].organizationId`, "missing-field", { expected: "organizationId | unitId" }, at("posts", i));
    rc.order("posts", i, "startDate", p.startDate, "endDate", p.endDate);
  }

  const tables = new LevelTables(catalog);
  const quals = records.qualifications as (Qualification | undefined)[];
  const qualificationPerson = new Int32Array(rowBuffer, rowOffset, nQual);
  rowOffset += 4 * nQual;
  const okq = ok.qualifications;
  lastPerson = -1;
  for (let i = 0; i < quals.length; i++) {
    const q = quals[i];
    if (!q || !okq[i]) continue;
    let row = nearRow(people, lastPerson, q.personId, peopleUnique);
    if (row < 0) row = rc.ref("qualifications", i, "personId", q.personId, personIds, "people");
    if (row >= 0) lastPerson = row;
    qualificationPerson[i] = row;
    const table = tables.scale(q.scale);
    if (table) rc.checkLevel("qualifications", i, q.level, table);
  }

  const ratings = records.ratings as (Rating | undefined)[];
  const ratingSubject = new Int32Array(rowBuffer, rowOffset, nRat);
  rowOffset += 4 * nRat;
  const ratingSubjectKind = new Uint8Array(rowBuffer, rowOffset, nRat); // the buffer's last bytes
  const okr = ok.ratings;
  // Ids of both a person and an organization (a subject without subjectKind is then ambiguous).
  const inBoth = new Set<string>();
  const [fewer, more] = personIds.size < orgIds.size ? [personIds, orgIds] : [orgIds, personIds];
  for (const id of fewer.keys()) if (more.has(id)) inBoth.add(id);
  const anyInBoth = inBoth.size > 0;
  // The last subject without a subjectKind that resolved to exactly one record.
  let lastSubject: string | undefined;
  let lastSubjectRow = -1;
  let lastSubjectKind = 0;
  lastPerson = -1;
  lastOrg = -1;
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i];
    if (!r || !okr[i]) continue;
    const kind = r.subjectKind;
    const id = r.subjectId;
    if (kind === "person") {
      let row = nearRow(people, lastPerson, id, peopleUnique);
      if (row < 0) row = rc.ref("ratings", i, "subjectId", id, personIds, "person");
      if (row >= 0) lastPerson = row;
      ratingSubject[i] = row;
    } else if (kind === "organization") {
      let row = nearRow(orgs, lastOrg, id, orgsUnique);
      if (row < 0) row = rc.ref("ratings", i, "subjectId", id, orgIds, "organization");
      if (row >= 0) lastOrg = row;
      ratingSubject[i] = row;
      ratingSubjectKind[i] = 1;
    } else if (id === lastSubject) {
      ratingSubject[i] = lastSubjectRow;
      ratingSubjectKind[i] = lastSubjectKind;
    } else {
      // Look in the other map only when needed: an id in both is one of `inBoth`. After an
      // organization, look near it first: found there, the id is no person's unless in both.
      let inPeople: number | undefined;
      let inOrgs: number | undefined;
      const nearOrg = lastSubjectKind === 1 ? nearRow(orgs, lastOrg, id, orgsUnique) : -1;
      if (nearOrg >= 0 && !(anyInBoth && inBoth.has(id))) inOrgs = nearOrg;
      else {
        inPeople = nearRow(people, lastPerson, id, peopleUnique);
        if (inPeople < 0) inPeople = orNone(personIds.get(id));
        if (inPeople === undefined) {
          inOrgs = nearRow(orgs, lastOrg, id, orgsUnique);
          if (inOrgs < 0) inOrgs = orNone(orgIds.get(id));
        } else if (anyInBoth && inBoth.has(id)) inOrgs = orNone(orgIds.get(id));
      }
      if ((inPeople === undefined) !== (inOrgs === undefined)) {
        lastSubject = id;
        lastSubjectRow = inPeople ?? inOrgs!;
        lastSubjectKind = inPeople === undefined ? 1 : 0;
        if (inPeople === undefined) lastOrg = inOrgs!;
        else lastPerson = inPeople;
      }
      if (inPeople !== undefined && inOrgs !== undefined) push(`ratings[${i}].subjectId`, "ambiguous-reference", { value: id }, at("ratings", i));
      else if (inPeople === undefined && inOrgs === undefined) push(`ratings[${i}].subjectId`, "unresolved-reference", { value: id, target: words["subject"] ?? "" }, at("ratings", i));
      else if (inPeople !== undefined) ratingSubject[i] = inPeople;
      else {
        ratingSubject[i] = inOrgs!;
        ratingSubjectKind[i] = 1;
      }
    }
    if (r.level === undefined && r.score === undefined) push(`ratings[${i}].level`, "missing-field", { expected: "level | score" }, at("ratings", i));
    const table = tables.scheme(r.scheme);
    if (table) {
      if (r.level !== undefined) rc.checkLevel("ratings", i, r.level, table);
    } else if (catalog.unknownSchemes === "reject") {
      const known = Object.keys(catalog.schemes ?? {});
      push(`ratings[${i}].scheme`, "invalid-value", { value: r.scheme, expected: known.join(", ") }, at("ratings", i));
    }
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

/**
 * @internal The first day of a date that passed the record schemas (YYYY, YYYY-MM or YYYY-MM-DD), as the
 * number y·10000 + m·100 + d: ordered as firstDay (src/_lib/days.ts) orders, without its
 * calendar arithmetic. The year is read as readDate reads it.
 */
export function firstKey(s: string): number {
  const n = s.length;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  if (n === 4) return y * 10000 + 101;
  const m = digit(s, 5) * 10 + digit(s, 6);
  return y * 10000 + m * 100 + (n === 7 ? 1 : digit(s, 8) * 10 + digit(s, 9));
}

/**
 * @internal The last day of a checked date as {@link firstKey} numbers it. A month ends on "day 31": no
 * valid date falls between its true last day and that, so every comparison with a first day
 * comes out as with lastDay.
 */
export function lastKey(s: string): number {
  const n = s.length;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  if (n === 4) return y * 10000 + 1231;
  const m = digit(s, 5) * 10 + digit(s, 6);
  return y * 10000 + m * 100 + (n === 7 ? 31 : digit(s, 8) * 10 + digit(s, 9));
}

/** A row, or undefined for -1 (not found). */
function orNone(row: number): number | undefined {
  return row === -1 ? undefined : row;
}

/**
 * The row of `id` in `list` when it is row `last` (a row an earlier lookup of `list`'s id table
 * returned), or, when the ids of `list` are `unique`, the row after it; -1 otherwise (look it up
 * in the table). Either way the row is the one the table holds for `id`: the table holds each
 * id's first row, which with unique ids is its only one.
 */
function nearRow(list: readonly ({ readonly id?: string | undefined } | undefined)[], last: number, id: string | undefined, unique: boolean): number {
  if (id === undefined || last < 0) return -1;
  if (list[last]?.id === id) return last;
  if (unique) {
    const next = last + 1;
    if (next < list.length && list[next]?.id === id) return next;
  }
  return -1;
}

/** A level table of the catalog, and its level codes as a set (null: levels that cannot be read whole). */
interface TableEntry {
  readonly table: LevelTable;
  codes: Set<unknown> | null | undefined;
}

/** The catalog's level tables by scale and by scheme, each looked up in the catalog once per parse. */
class LevelTables {
  private readonly scales = new Map<string, TableEntry | undefined>();
  private readonly schemes = new Map<string, TableEntry | undefined>();
  constructor(private readonly catalog: LevelCatalog) {}

  scale(id: string): TableEntry | undefined {
    let e = this.scales.get(id);
    if (e === undefined && !this.scales.has(id)) {
      e = tableEntry(this.catalog.scales?.[id as keyof LevelCatalog["scales"]]);
      this.scales.set(id, e);
    }
    return e;
  }

  scheme(id: string): TableEntry | undefined {
    let e = this.schemes.get(id);
    if (e === undefined && !this.schemes.has(id)) {
      e = tableEntry(this.catalog.schemes?.[id]);
      this.schemes.set(id, e);
    }
    return e;
  }
}

function tableEntry(table: LevelTable | undefined): TableEntry | undefined {
  return table ? { table, codes: undefined } : undefined;
}

/** Whether `level` is a code of the entry's table (read as the first code equal to it). */
function hasLevel(e: TableEntry, level: string): boolean {
  const table = e.table;
  let codes = e.codes;
  if (codes === undefined) {
    // A table whose levels cannot be read whole is read the plain way below, which fails (or
    // not) exactly where it did before there was a set.
    try {
      codes = new Set();
      for (const l of table.levels) codes.add(l.code);
    } catch {
      codes = null;
    }
    e.codes = codes;
  }
  if (codes !== null) return codes.has(level);
  for (const l of table.levels) if (l.code === level) return true;
  return false;
}

// Freezes the parsed dataset knowing its shape: records are flat but for coversUnitIds, and
// unknown fields kept with `unknownFields: "keep"` are frozen deeply. Only the records listed in
// `toFreeze` need it: the fast path (fastpath.ts) returns the others frozen, with nothing to
// freeze inside. `inPlace`: the records' values are ours (JSON.parse output, or handed over with
// `copy: false`) and are frozen where they are; otherwise the caller's objects and arrays under
// unknown fields are replaced by frozen copies (frozenPlainCopy), so that theirs stay as they
// were. `extrasInPlace`: the same for the dataset's own unknown fields (copied unless copy: false).
function freezeDataset(data: Record<string, unknown>, toFreeze: Readonly<Record<CollectionName, readonly number[]>>, inPlace: boolean, extrasInPlace: boolean): void {
  for (const k of Object.keys(data)) {
    const v = data[k];
    if (!Array.isArray(v) || !(COLLECTIONS as readonly string[]).includes(k)) {
      // Fields of the dataset itself kept with "keep" (or asOf, a string).
      if (extrasInPlace) deepFreeze(v);
      else data[k] = frozenPlainCopy(v);
      continue;
    }
    for (const i of toFreeze[k as CollectionName]) {
      const rec = v[i] as Record<string, unknown>;
      for (const f in rec) {
        const x = rec[f];
        if (typeof x !== "object" || x === null) continue;
        if (inPlace) deepFreeze(x);
        else rec[f] = frozenPlainCopy(x);
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
  ids: IdTable,
  at: (c: CollectionName, i: number) => RecordLocation | undefined,
  push: Push,
): void {
  const n = list.length;
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const rec = list[i];
    if (!rec || !okList[i] || rec.parentId === undefined) continue;
    const p = ids.get(rec.parentId);
    if (p !== -1 && okList[p]) parent[i] = p;
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
 * a message. The parsed dataset is deeply frozen; the input is not modified (unless you pass
 * `copy: false`; with `unknownFields: "keep"`, an object under an unknown field that is not plain
 * data, such as a `Date`, is kept as it is and frozen).
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
      acc.addAll(c, list);
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
