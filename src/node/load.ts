/**
 * @internal Reading one shard in a worker: a JSON file, a tagged JSON Lines stream, a
 * `<collection>.jsonl` file, a folder of JSON Lines files, or a dataset in memory; validated with
 * `safeParseDataset` / `readJsonLines` as the command line reads its input (src/cli/input.ts).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { createReadStream, openSync, readSync, closeSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { collectionOfFile, isTaggedLine, jsonLinesFileRank, readJsonLines, type JsonLinesSource } from "../model/jsonl.js";
import { safeParseDataset, type SafeParseResult } from "../model/parse.js";
import type { DatasetInput } from "../model/schemas.js";

/** The first non-blank line of a file (at most its first MiB). */
function firstLine(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(1 << 20);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    const nl = text.indexOf("\n");
    return nl === -1 ? text : text.slice(0, nl);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and validates one shard; never throws for bad data (the issues are in the result), throws `io-error` for a path it cannot read.
 * `owned`: a shard given as records is this thread's own (a worker's structured clone), so its records may be kept rather than copied.
 */
export async function loadShard(shard: string | DatasetInput, owned = false): Promise<SafeParseResult> {
  if (typeof shard !== "string") return safeParseDataset(shard, { copy: !owned });
  let stat;
  try {
    stat = statSync(shard);
  } catch (e) {
    // A missing or unreadable path is not bad data: an I/O error, as the command treats it.
    throw new GrassrootsError("io-error", `cannot read ${shard}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (stat.isDirectory()) {
    const files = readdirSync(shard)
      .map((name) => ({ name, collection: collectionOfFile(name) }))
      .filter((f): f is { name: string; collection: NonNullable<JsonLinesSource["collection"]> } => f.collection !== undefined)
      .sort((a, b) => jsonLinesFileRank(a.collection) - jsonLinesFileRank(b.collection));
    if (files.length === 0) return { success: false, issues: [{ path: "", code: "invalid-json", message: `no <collection>.jsonl files in ${shard}` }] };
    return readJsonLines(files.map((f) => ({ name: f.name, collection: f.collection, content: createReadStream(join(shard, f.name)) as AsyncIterable<Uint8Array> })));
  }
  if (shard.endsWith(".jsonl")) {
    const collection = collectionOfFile(shard);
    const single = collection !== undefined && collection !== "meta" && !isTaggedLine(firstLine(shard));
    const content = createReadStream(shard) as AsyncIterable<Uint8Array>;
    return readJsonLines([single ? { name: shard, collection, content } : { name: shard, content }]);
  }
  let text: string;
  try {
    text = readFileSync(shard, "utf8");
  } catch (e) {
    throw new GrassrootsError("io-error", `cannot read ${shard}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { success: false, issues: [{ path: "", code: "invalid-json", message: `${shard}: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  return safeParseDataset(value, { copy: false });
}
