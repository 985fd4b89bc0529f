// Reading a dataset for the command: a JSON file, a tagged JSON Lines file, a folder of JSON Lines
// files or standard input, with progress lines for large inputs.
//
// Memory (issue 8): JSON Lines go through readJsonLines chunk by chunk (64 KiB reads); each line
// is parsed and validated, then dropped. What stays is the accumulated records and, per record,
// its line number and a reference to the (shared) file name, so the peak is the validated dataset
// plus those two small arrays, not the raw text as well. A JSON document must be one string for
// JSON.parse, so it is read whole and released once parsed (peak: text + parsed value + dataset).
import { formatInteger } from "../report/numbers.js";
import { collectionOfFile, isTaggedLine, jsonLinesFileRank, readJsonLines, type JsonLinesSource } from "../model/jsonl.js";
import type { Language } from "../model/messages.js";
import { safeParseDataset, type SafeParseResult } from "../model/parse.js";
import type { CliIo } from "./run.js";

type Chunk = string | Uint8Array;

/** A usage-level failure (exit 2): missing or unreadable input. */
export interface InputError {
  readonly error: string;
}

/** Progress every this many records ... */
export const PROGRESS_EVERY_RECORDS = 1_000_000;
/** ... or every this many milliseconds (when the CliIo has a clock). */
export const PROGRESS_EVERY_MS = 1000;
/** Progress lines are shown when stderr is a terminal, or when the input is at least this large. */
export const PROGRESS_MIN_BYTES = 64 * 1024 * 1024;

// V8's longest string (2^29 - 24 characters on 64-bit): the most a JSON document can be.
const MAX_STRING = (1 << 29) - 24;

/** Groups digits by threes with spaces: 1200000 → "1 200 000". */
function groupDigits(n: number): string {
  return formatInteger(Math.trunc(n), { group: " ", decimal: "." });
}

interface Progress {
  /** Counts the lines (records) and bytes of one chunk of the named source. */
  chunk(name: string, chunk: Chunk): void;
  /** Ends the progress display with the total read (if anything was shown). */
  done(): void;
}

function countNewlines(chunk: Chunk): number {
  let n = 0;
  if (typeof chunk === "string") {
    for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) n++;
  } else {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

function createProgress(io: CliIo, enabled: boolean, unit: "records" | "bytes"): Progress {
  if (!enabled) return { chunk: () => {}, done: () => {} };
  const tty = io.stderrIsTTY === true;
  let current = "";
  let count = 0;
  let total = 0;
  let shown = false;
  let lastTime = io.now?.() ?? 0;
  let nextCount = unit === "records" ? PROGRESS_EVERY_RECORDS : Number.POSITIVE_INFINITY;
  const show = (name: string): void => {
    const what = unit === "records" ? `${groupDigits(count)} records` : `${groupDigits(Math.floor(count / 1e6))} MB`;
    const text = `reading ${name}: ${what}…`;
    io.stderr(tty ? `\r${text}\u001b[K` : `${text}\n`);
    shown = true;
  };
  return {
    chunk(name, chunk) {
      if (name !== current) {
        current = name;
        count = 0;
        nextCount = unit === "records" ? PROGRESS_EVERY_RECORDS : Number.POSITIVE_INFINITY;
      }
      const n = unit === "records" ? countNewlines(chunk) : typeof chunk === "string" ? chunk.length : chunk.byteLength;
      count += n;
      total += n;
      let due = false;
      if (count >= nextCount) {
        due = true;
        nextCount = (Math.floor(count / PROGRESS_EVERY_RECORDS) + 1) * PROGRESS_EVERY_RECORDS;
      }
      if (io.now !== undefined) {
        const t = io.now();
        if (t - lastTime >= PROGRESS_EVERY_MS) due = true;
        if (due) lastTime = t;
      }
      if (due) show(name);
    },
    done() {
      // Then validation ends and the command's output follows: say the reading is over.
      if (!shown) return;
      const what = unit === "records" ? `${groupDigits(total)} records` : `${groupDigits(Math.floor(total / 1e6))} MB`;
      io.stderr(tty ? `\rread ${what}\u001b[K\n` : `read ${what}\n`);
    },
  };
}

/** Passes the chunks through, counting them for progress; a read error ends the stream and is kept. */
async function* watched(name: string, chunks: AsyncIterable<Chunk>, progress: Progress, failure: { error?: unknown }): AsyncGenerator<Chunk> {
  try {
    for await (const c of chunks) {
      progress.chunk(name, c);
      yield c;
    }
  } catch (e) {
    failure.error ??= e;
  }
}

/** Thrown by {@link collect} when the text does not fit one string (V8 stops at 512 MiB). */
class TooLarge extends Error {}

async function collect(chunks: AsyncIterable<Chunk> | Iterable<Chunk>): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let length = 0;
  for await (const c of chunks) {
    const part = typeof c === "string" ? c : decoder.decode(c, { stream: true });
    length += part.length;
    // Checked as it grows, so a huge file fails early instead of after being read whole.
    if (length > MAX_STRING) throw new TooLarge();
    parts.push(part);
  }
  parts.push(decoder.decode());
  try {
    return parts.join("");
  } catch (e) {
    if (e instanceof RangeError) throw new TooLarge();
    throw e;
  }
}

// JSON.parse of a whole document; the caller drops the text before validating the value.
function jsonValue(text: string, file: string): { value: unknown } | SafeParseResult {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { success: false, issues: [{ path: "", code: "invalid-json", message: `${file}: ${message}` }] };
  }
}

async function parseJsonChunks(chunks: AsyncIterable<Chunk> | Iterable<Chunk>, file: string, locale: Language): Promise<SafeParseResult> {
  let text: string | undefined = await collect(chunks);
  const parsed = jsonValue(text, file);
  text = undefined; // released before validation
  // The value is ours, fresh from JSON.parse: its records are kept rather than copied.
  return "value" in parsed ? safeParseDataset(parsed.value, { locale, copy: false }) : parsed;
}

function readError(name: string, e: unknown): InputError {
  const message = e instanceof Error ? e.message : String(e);
  return { error: `cannot read ${name}: ${message}` };
}

// How far standard input is read to find its first line before deciding it is not JSON Lines.
const PEEK_LIMIT = 1 << 20;

/**
 * Reads chunks until the first non-blank line is complete (at most about 1 MiB); gives that line
 * and all the chunks again, those read included, without reading anything twice.
 */
async function peekFirstLine(chunks: AsyncIterable<Chunk>): Promise<{ firstLine: string; all: AsyncIterable<Chunk> }> {
  const it = chunks[Symbol.asyncIterator]();
  const head: Chunk[] = [];
  const decoder = new TextDecoder();
  let text = "";
  let firstLine: string | undefined;
  let ended = false;
  while (firstLine === undefined) {
    const r = await it.next();
    if (r.done === true) {
      ended = true;
      text += decoder.decode();
      firstLine = text.replace(/^\uFEFF/, "").trimStart().split("\n", 1)[0] ?? "";
      break;
    }
    head.push(r.value);
    text += typeof r.value === "string" ? r.value : decoder.decode(r.value, { stream: true });
    const body = text.replace(/^\uFEFF/, "").trimStart();
    const nl = body.indexOf("\n");
    if (nl !== -1) firstLine = body.slice(0, nl);
    else if (body.length > PEEK_LIMIT) firstLine = "";
  }
  async function* all(): AsyncGenerator<Chunk> {
    yield* head.splice(0);
    if (ended) return;
    for (let r = await it.next(); r.done !== true; r = await it.next()) yield r.value;
  }
  return { firstLine, all: all() };
}

/**
 * Standard input: a tagged JSON Lines stream (first non-blank line `{"collection": ..., ...}`) is
 * streamed; anything else is read whole, then parsed as one JSON document, or, when that fails
 * and a later line is a tagged record, as JSON Lines (so a stream with a broken first line still
 * gets its issues by line).
 */
async function loadStdin(io: CliIo, locale: Language, progress: Progress, failure: { error?: unknown }): Promise<SafeParseResult> {
  const { firstLine, all } = await peekFirstLine(watched("standard input", io.stdin(), progress, failure));
  if (isTaggedLine(firstLine)) return readJsonLines([{ name: "-", content: all }], { locale });
  let whole: string | undefined = await collect(all);
  const parsed = jsonValue(whole, "-");
  if ("value" in parsed) {
    whole = undefined;
    return safeParseDataset(parsed.value, { locale, copy: false });
  }
  // Not one JSON document: JSON Lines with a broken first line, if a later line is tagged.
  return looksTagged(whole) ? readJsonLines([{ name: "-", content: whole }], { locale }) : parsed;
}

function looksTagged(text: string): boolean {
  let seen = 0;
  for (const line of text.split("\n", 1000)) {
    if (line.trim() === "") continue;
    if (++seen > 20) break;
    if (isTaggedLine(line)) return true;
  }
  return false;
}

/**
 * Reads and validates the dataset at `input` (a path or `-`). Resolves to the parse result, or to
 * an {@link InputError} when the input is missing or cannot be read; never rejects for bad input.
 */
export async function loadInput(input: string, io: CliIo, options: { readonly locale: Language; readonly quiet: boolean }): Promise<SafeParseResult | InputError> {
  try {
    return await load(input, io, options);
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    const name = input === "-" ? "standard input" : input;
    return { error: `${name} is too large for one JSON document (at most 512 MiB of text): use JSON Lines` };
  }
}

async function load(input: string, io: CliIo, options: { readonly locale: Language; readonly quiet: boolean }): Promise<SafeParseResult | InputError> {
  const { locale, quiet } = options;
  const failure: { error?: unknown } = {};
  if (input === "-") {
    const progress = createProgress(io, !quiet && io.stderrIsTTY === true, "records");
    const result = await loadStdin(io, locale, progress, failure);
    progress.done();
    return failure.error !== undefined ? readError("standard input", failure.error) : result;
  }
  const entry = io.listDir(input);
  if (entry.kind === "missing") return { error: `no such file or folder: ${input}` };
  if (entry.kind === "dir") {
    const files: { name: string; path: string; collection: NonNullable<JsonLinesSource["collection"]> }[] = [];
    for (const e of entry.entries) {
      const collection = collectionOfFile(e.name);
      if (collection !== undefined) files.push({ name: e.name, path: e.path, collection });
    }
    if (files.length === 0) return { error: `no <collection>.jsonl files in ${input}` };
    files.sort((a, b) => jsonLinesFileRank(a.collection) - jsonLinesFileRank(b.collection));
    const size = files.reduce((s, f) => s + (io.fileSize?.(f.path) ?? 0), 0);
    const progress = createProgress(io, !quiet && (io.stderrIsTTY === true || size >= PROGRESS_MIN_BYTES), "records");
    // Opened one at a time, as readJsonLines reaches them.
    const sources = files.map((f): JsonLinesSource => ({
      name: f.name,
      collection: f.collection,
      content: {
        [Symbol.asyncIterator]: () => watched(f.name, io.readFile(f.path), progress, failure)[Symbol.asyncIterator](),
      },
    }));
    const result = await readJsonLines(sources, { locale });
    progress.done();
    return failure.error !== undefined ? readError(input, failure.error) : result;
  }
  const size = io.fileSize?.(input) ?? 0;
  const jsonl = input.endsWith(".jsonl");
  const progress = createProgress(io, !quiet && (io.stderrIsTTY === true || size >= PROGRESS_MIN_BYTES), jsonl ? "records" : "bytes");
  const name = input.replace(/^.*[\\/]/, "");
  const content = watched(name, io.readFile(input), progress, failure);
  let result: SafeParseResult;
  if (jsonl) {
    // A tagged stream; or, named after a collection (people.jsonl) and not tagged, that
    // collection's file of the folder layout, read on its own.
    const collection = collectionOfFile(name);
    const { firstLine, all } = await peekFirstLine(content);
    const single = collection !== undefined && collection !== "meta" && !isTaggedLine(firstLine);
    result = await readJsonLines([single ? { name: input, collection, content: all } : { name: input, content: all }], { locale });
  }
  else result = await parseJsonChunks(content, input, locale);
  progress.done();
  return failure.error !== undefined ? readError(input, failure.error) : result;
}
