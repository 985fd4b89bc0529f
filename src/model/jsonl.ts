/**
 * JSON Lines input and output, record by record, so that a dataset larger than one JSON string
 * (V8 stops at 512 MiB) can be read. Two layouts:
 * - one source per collection (a folder of `<collection>.jsonl` files), each line one record,
 *   plus an optional `meta` source holding one JSON object `{ "asOf": "YYYY-MM-DD" }`;
 * - one tagged stream, each line `{"collection": "people", "record": {...}}`, and optionally
 *   `{"collection": "meta", "record": {"asOf": "..."}}`.
 * Blank lines are skipped; a UTF-8 byte order mark and `\r\n` endings are accepted. Every issue
 * carries the file and the 1-based line number as well as the JSON path.
 * @module
 */
import { COLLECTIONS, type CollectionName } from "./codes.js";
import { createAccumulator, type ParseOptions, type SafeParseResult, type Accumulator } from "./parse.js";
import type { Dataset } from "./schemas.js";

/** One input of {@link readJsonLines}. */
export interface JsonLinesSource {
  /** Name used in issues (a file name, or `"-"` for standard input). */
  readonly name: string;
  /**
   * The collection every line of this source belongs to; `"meta"` for a source holding one JSON
   * object with `asOf`; omitted for a tagged stream.
   */
  readonly collection?: CollectionName | "meta" | undefined;
  /** The text, whole or in chunks (strings or UTF-8 bytes, split anywhere). */
  readonly content: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
}

const COLLECTION_SET = new Set<string>(COLLECTIONS);

function isAsync(x: unknown): x is AsyncIterable<string | Uint8Array> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

// At most this many bytes are decoded into one string: a longer string is allocated in V8's
// large-object space, and a stream of those sets off full collections of the whole heap. Read
// in 4 MiB chunks, the national folder took 192 s (68 full collections) against 106 s (6) in
// 64 KiB chunks; a 32 KiB piece decodes to at most 64 KiB even as UTF-16.
const PIECE = 1 << 15;

// Calls `onLine` for every line of the content, synchronously within each chunk: one await per
// chunk, not per line (an async generator per line costs more than JSON.parse itself). Byte
// chunks are decoded piece by piece (PIECE), and a line split between chunks is joined by itself,
// so that no string longer than a piece (or than a string chunk given) is made.
async function eachLine(content: JsonLinesSource["content"], onLine: (line: string) => void): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let rest = "";
  let first = true;
  const text = (t: string): void => {
    if (first && t.length > 0) {
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      first = false;
    }
    let start = 0;
    let nl = t.indexOf("\n");
    if (rest.length > 0) {
      if (nl === -1) {
        rest += t;
        return;
      }
      onLine(rest + t.slice(0, nl));
      rest = "";
      start = nl + 1;
      nl = t.indexOf("\n", start);
    }
    for (; nl !== -1; nl = t.indexOf("\n", start)) {
      onLine(t.slice(start, nl));
      start = nl + 1;
    }
    rest = start === 0 ? t : t.slice(start);
  };
  const take = (chunk: string | Uint8Array): void => {
    if (typeof chunk === "string") text(chunk);
    else for (let i = 0; i < chunk.length; i += PIECE) text(decoder.decode(chunk.subarray(i, i + PIECE), { stream: true }));
  };
  if (typeof content === "string") take(content);
  else if (isAsync(content)) for await (const chunk of content) take(chunk);
  else for (const chunk of content) take(chunk);
  const tail = rest + decoder.decode();
  if (tail.length > 0) onLine(tail);
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

async function readSource(acc: Accumulator, src: JsonLinesSource): Promise<void> {
  if (src.collection === "meta") {
    let text = "";
    await eachLine(src.content, (l) => {
      text += `${l}\n`;
    });
    let meta: unknown;
    try {
      meta = JSON.parse(text);
    } catch (e) {
      acc.issue("", "invalid-json", { value: clip(e instanceof Error ? e.message : String(e)) }, { file: src.name, line: 1 });
      return;
    }
    applyMeta(acc, meta, src.name, 1);
    return;
  }
  let lineNo = 0;
  const collection = src.collection;
  const file = src.name;
  await eachLine(src.content, (raw) => {
    lineNo++;
    const text = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    // A record line starts with "{"; anything else may be blank.
    if (text.length === 0 || (text.charCodeAt(0) !== 123 && text.trim() === "")) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      acc.issue("", "invalid-json", { value: clip(e instanceof Error ? e.message : String(e)) }, { file, line: lineNo });
      return;
    }
    if (collection !== undefined) {
      // The value is fresh from JSON.parse: the accumulator may keep it as the record.
      acc.addLine(collection, value, file, lineNo, true);
      return;
    }
    const loc = { file, line: lineNo };
    // Tagged stream.
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      acc.issue("", "invalid-type", { expected: '{"collection", "record"}', received: value === null ? "null" : Array.isArray(value) ? "array" : typeof value }, loc);
      return;
    }
    const tag = (value as Record<string, unknown>)["collection"];
    const record = (value as Record<string, unknown>)["record"];
    if (tag === "meta") applyMeta(acc, record, src.name, lineNo);
    else if (typeof tag === "string" && COLLECTION_SET.has(tag)) acc.addLine(tag as CollectionName, record, file, lineNo, true);
    else acc.issue("collection", "invalid-value", { value: typeof tag === "string" ? clip(tag) : String(tag), expected: [...COLLECTIONS, "meta"].join(", ") }, loc);
  });
}

function applyMeta(acc: Accumulator, meta: unknown, file: string, line: number): void {
  const loc = { file, line };
  if (typeof meta !== "object" || meta === null || Array.isArray(meta)) {
    acc.issue("", "invalid-type", { expected: "object", received: meta === null ? "null" : typeof meta }, loc);
    return;
  }
  for (const k of Object.keys(meta)) {
    if (k === "asOf") acc.setAsOf((meta as Record<string, unknown>)[k], "asOf", loc);
    else acc.issue(k, k === "__proto__" || k === "constructor" || k === "prototype" ? "forbidden-key" : "unknown-field", { value: k }, loc);
  }
}

/**
 * Reads and validates a dataset from JSON Lines, record by record (see the module notes for the
 * layouts). Resolves to the same result as {@link safeParseDataset}, with `file` and `line` on
 * every issue about a record; it never rejects.
 *
 * @example
 * ```ts
 * const r = await readJsonLines([
 *   { name: "units.jsonl", collection: "units", content: '{"id":"b1","name":"Bản A","kind":"village"}\n' },
 *   { name: "people.jsonl", collection: "people", content: '{"id":"p1","name":"Lò Văn E","unitId":"b9"}\n' },
 * ], { locale: "en" });
 * r.issues[0]; //=> { path: "people[0].unitId", code: "unresolved-reference", message: 'No unit with id "b9"', file: "people.jsonl", line: 1 }
 * ```
 */
export async function readJsonLines(sources: Iterable<JsonLinesSource> | AsyncIterable<JsonLinesSource>, options: ParseOptions = {}): Promise<SafeParseResult> {
  const acc = createAccumulator(options);
  try {
    if (isAsync(sources)) {
      for await (const src of sources as AsyncIterable<JsonLinesSource>) await readSource(acc, src);
    } else {
      for (const src of sources as Iterable<JsonLinesSource>) await readSource(acc, src);
    }
  } catch (e) {
    acc.issue("", "invalid-value", { value: clip(e instanceof Error ? e.message : "unreadable input") });
  }
  return acc.finish();
}

/**
 * The lines of a dataset as JSON Lines: per collection (`{ collection, line }` with the record
 * as the line) or, with `tagged: true`, as one tagged stream. Reading them back with
 * {@link readJsonLines} gives the same dataset.
 *
 * @example
 * ```ts
 * const ds = parseDataset({ asOf: "2024-12-31", units: [{ id: "b1", name: "Bản A", kind: "village" }] });
 * [...datasetToJsonLines(ds, { tagged: true })];
 * //=> ['{"collection":"meta","record":{"asOf":"2024-12-31"}}', '{"collection":"units","record":{"id":"b1","name":"Bản A","kind":"village"}}']
 * ```
 */
export function* datasetToJsonLines(
  dataset: Dataset | { readonly asOf?: string | undefined } & Partial<Record<CollectionName, readonly unknown[]>>,
  options: { readonly tagged?: boolean } = {},
): Generator<string> {
  const tagged = options.tagged ?? false;
  if (dataset.asOf !== undefined && tagged) yield JSON.stringify({ collection: "meta", record: { asOf: dataset.asOf } });
  for (const c of COLLECTIONS) {
    const list = (dataset as Partial<Record<CollectionName, readonly unknown[]>>)[c] ?? [];
    for (const rec of list) yield tagged ? `{"collection":${JSON.stringify(c)},"record":${JSON.stringify(rec)}}` : JSON.stringify(rec);
  }
}

/**
 * The per-collection files of a dataset in the folder layout: `{ name, lines }` for each
 * non-empty collection (`<collection>.jsonl`) and `meta.json` when `asOf` is set.
 *
 * @example
 * ```ts
 * const ds = parseDataset({ units: [{ id: "b1", name: "Bản A", kind: "village" }] });
 * datasetToJsonLinesFiles(ds).map((f) => f.name); //=> ["units.jsonl"]
 * ```
 */
export function datasetToJsonLinesFiles(
  dataset: Dataset | { readonly asOf?: string | undefined } & Partial<Record<CollectionName, readonly unknown[]>>,
): { name: string; lines: Iterable<string> }[] {
  const out: { name: string; lines: Iterable<string> }[] = [];
  if (dataset.asOf !== undefined) out.push({ name: "meta.json", lines: [JSON.stringify({ asOf: dataset.asOf })] });
  for (const c of COLLECTIONS) {
    const list = (dataset as Partial<Record<CollectionName, readonly unknown[]>>)[c] ?? [];
    if (list.length === 0) continue;
    out.push({
      name: `${c}.jsonl`,
      lines: {
        *[Symbol.iterator]() {
          for (const rec of list) yield JSON.stringify(rec);
        },
      },
    });
  }
  return out;
}

/**
 * The collection a JSON Lines file name stands for, `"meta"` for `meta.json`, else undefined.
 *
 * @example
 * ```ts
 * collectionOfFile("data/people.jsonl"); //=> "people"
 * collectionOfFile("notes.txt");         //=> undefined
 * ```
 */
export function collectionOfFile(fileName: string): CollectionName | "meta" | undefined {
  const base = fileName.replace(/^.*[\\/]/, "");
  if (base === "meta.json") return "meta";
  const m = /^([a-z]+)\.jsonl$/.exec(base);
  return m && COLLECTION_SET.has(m[1]!) ? (m[1] as CollectionName) : undefined;
}

/** @internal whether a line is a record of a tagged stream: a JSON object with a `collection` key. */
export function isTaggedLine(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === "object" && v !== null && !Array.isArray(v) && Object.hasOwn(v, "collection");
  } catch {
    return false;
  }
}

/**
 * @internal the order in which the files of a JSON Lines folder are read: `meta.json` first, so
 * that `asOf` is known before the records, then the collections in their order.
 */
export function jsonLinesFileRank(collection: CollectionName | "meta"): number {
  return collection === "meta" ? -1 : COLLECTIONS.indexOf(collection);
}
