/**
 * `grassroots/node`: what needs Node.js itself (worker threads, files), kept out of the main
 * entry, which runs anywhere.
 * @module
 */
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { GrassrootsError, type DatasetIssue } from "../_lib/errors.js";
import type { DatasetInput } from "../model/schemas.js";
import { mergeReports } from "../report/merge.js";
import type { Report, ReportOptions } from "../report/types.js";
import type { ShardResult, ShardTask } from "./worker.js";

const FN = "buildReportFromShards";

/**
 * Options of {@link buildReportFromShards}: those of `buildReport`, and the number of workers.
 *
 * @example
 * ```ts
 * const o: ShardReportOptions = { asOf: "2025-06-30", workers: 2 };
 * o.workers; //=> 2
 * ```
 */
export interface ShardReportOptions extends ReportOptions {
  /** Worker threads; default `os.availableParallelism()`, at most one per shard. */
  readonly workers?: number | undefined;
}

/**
 * A worker running the worker script next to this module, in the same form: `worker.js` for the
 * ESM build, `worker.cjs` for the CommonJS build. From the TypeScript sources (tests, `tsx`) it
 * is `worker.ts`: Node 20 does not apply `--import tsx` in a worker's `execArgv` before loading
 * the worker's own file, so a small script registers tsx's loader first, then imports it (tsx
 * must then be resolvable from the working directory).
 */
function startWorker(): Worker {
  // CommonJS (and vitest) define __filename; ESM has import.meta.url. A bundler's shims may put
  // either in a chunk one folder up, so the worker is looked for here, then in ./node/.
  const here = typeof __filename === "string" ? pathToFileURL(__filename) : new URL(import.meta.url);
  const ext = /\.(c?js|m?ts)$/.exec(here.pathname)?.[1] ?? "js";
  const url = [new URL(`./worker.${ext}`, here), new URL(`./node/worker.${ext}`, here)].find((u) => existsSync(u));
  if (url === undefined) throw new GrassrootsError("io-error", `${FN}: cannot find worker.${ext} next to ${fileURLToPath(here)}`);
  if (!ext.endsWith("ts")) return new Worker(url);
  const code = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true });
}

function shardName(shards: readonly (string | DatasetInput)[], i: number): string {
  const s = shards[i];
  return typeof s === "string" ? s : `shards[${i}]`;
}

function toError(shards: readonly (string | DatasetInput)[], id: number, error: Extract<ShardResult, { ok: false }>["error"]): GrassrootsError {
  const name = shardName(shards, id);
  const prefix = `shards[${id}]`;
  const issues = (error.issues as readonly DatasetIssue[] | undefined)?.map((i): DatasetIssue => {
    const path = i.path === "" ? prefix : i.path.startsWith("[") ? `${prefix}${i.path}` : `${prefix}.${i.path}`;
    const shard = shards[id];
    // A folder's issues name its files: joined to the folder.
    return { ...i, path, ...(i.file !== undefined && typeof shard === "string" && i.file !== shard ? { file: join(shard, i.file) } : {}) };
  });
  const code = (["invalid-dataset", "invalid-argument", "invalid-date", "unknown-level", "unknown-scale", "unknown-scheme", "io-error"] as const).find((c) => c === error.code) ?? "invalid-argument";
  const message = code === "invalid-dataset" ? `${FN}: ${name} is not a valid dataset (${issues?.length ?? 0} issues; the first: ${issues?.[0]?.path ?? ""} ${issues?.[0]?.message ?? ""})` : `${FN}: ${name}: ${error.message}`;
  return new GrassrootsError(code, message, issues);
}

/**
 * The report of a dataset given as shards (one per province, say), each read, validated and
 * reported on in a pool of worker threads, the reports merged with `mergeReports` in the main
 * thread. The result equals `buildReport` on the shards' datasets concatenated in the order given
 * (see `mergeReports`), data-quality record indices and league ranks on `compareTo` included.
 *
 * - A shard is a path, read as the command line reads its input: a `.json` file, a `.jsonl`
 *   tagged stream (or a `<collection>.jsonl` file), or a folder of JSON Lines files
 *   (`meta.json`, `units.jsonl`, `people.jsonl` ...); or a dataset in memory (copied to its
 *   worker, so a path is cheaper: the worker reads it itself).
 * - `workers` threads (default `os.availableParallelism()`, at most one per shard); each takes
 *   the next shard when it is done with one, so shards of unequal size balance out.
 * - Invalid data in a shard rejects with a `GrassrootsError` `invalid-dataset` carrying that
 *   shard's issues, each path prefixed by `shards[i]` (and each JSON Lines file by the shard's
 *   folder); the other workers are stopped.
 * - `leagueMetrics` must be metric ids (an adapter's function cannot be sent to a worker).
 *
 * Node.js only (this entry, `grassroots/node`, is not part of the main one). From the ESM and
 * CommonJS builds the worker is `worker.js` / `worker.cjs` next to this module; from the
 * TypeScript sources (tests) it is `worker.ts`, loaded through tsx's loader.
 *
 * @param shards - Paths or datasets, in the order their figures are joined.
 * @param options - The options of `buildReport`, and `workers`.
 * @returns The merged report.
 * @throws {GrassrootsError} (as a rejection) `invalid-argument` for no shard, a bad `workers` or
 *   adapter objects in `leagueMetrics`; `invalid-dataset` for invalid data in a shard; any error of
 *   `buildReport` or `mergeReports`.
 * @example
 * ```ts
 * const shard = (p: string) => ({
 *   units: [
 *     { id: `${p}x`, name: `Xã ${p}`, kind: "commune" },
 *     { id: `${p}b`, name: "Bản Một", kind: "village", parentId: `${p}x` },
 *   ],
 *   organizations: [{ id: `${p}c`, name: "Chi bộ bản Một", kind: "party-cell", coversUnitIds: [`${p}b`] }],
 * });
 * const report = await buildReportFromShards([shard("a"), shard("b")], { asOf: "2024-06-30", workers: 2 });
 * report.coverage.total.withCell.asOf; //=> { numerator: 2, denominator: 2, ratio: 1 }
 * ```
 */
export async function buildReportFromShards(shards: readonly (string | DatasetInput)[], options: ShardReportOptions): Promise<Report> {
  if (!Array.isArray(shards) || shards.length === 0) throw new GrassrootsError("invalid-argument", `${FN}: expected a non-empty array of shards (paths or datasets)`);
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${FN}: options are required`);
  const { workers: requested, ...reportOptions } = options;
  if (requested !== undefined && (!Number.isSafeInteger(requested) || requested < 1)) throw new GrassrootsError("invalid-argument", `${FN}: workers must be a positive integer`);
  if (reportOptions.leagueMetrics?.some((m) => typeof m !== "string")) throw new GrassrootsError("invalid-argument", `${FN}: leagueMetrics must be metric ids (adapter objects cannot be sent to a worker)`);
  try {
    structuredClone(reportOptions);
  } catch {
    throw new GrassrootsError("invalid-argument", `${FN}: the report options must be plain data to be sent to a worker (no functions)`);
  }
  for (const [i, s] of shards.entries()) {
    if (typeof s !== "string" && (typeof s !== "object" || s === null)) throw new GrassrootsError("invalid-argument", `${FN}: shards[${i}] must be a path or a dataset`);
  }
  const count = Math.min(requested ?? availableParallelism(), shards.length);

  // Each report carries its league rows on compareTo, which mergeReports ranks together.
  const reports = new Array<Report>(shards.length);
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const fail = (e: unknown): void => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      const give = (w: Worker): void => {
        if (failed || next >= shards.length) return;
        const task: ShardTask = { id: next, shard: shards[next]!, options: reportOptions };
        next++;
        try {
          w.postMessage(task);
        } catch (e) {
          fail(new GrassrootsError("invalid-argument", `${FN}: ${shardName(shards, task.id)} cannot be sent to a worker: ${e instanceof Error ? e.message : String(e)}`));
        }
      };
      for (let k = 0; k < count; k++) {
        const w = startWorker();
        pool.push(w);
        w.on("message", (r: ShardResult) => {
          if (!r.ok) return fail(toError(shards, r.id, r.error));
          const report = r.report as Report;
          reports[r.id] = report;
          if (++done === shards.length) resolve();
          else give(w);
        });
        w.on("error", (e) => fail(new GrassrootsError("io-error", `${FN}: a worker failed: ${e instanceof Error ? e.message : String(e)}`)));
        w.on("exit", (code) => {
          if (done < shards.length) fail(new GrassrootsError("io-error", `${FN}: a worker stopped (exit code ${code}) before the shards were done`));
        });
        give(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  // Each report carries its dataset's collection sizes, which the merge shifts record indices by.
  return mergeReports(reports, reportOptions.title === undefined ? {} : { title: reportOptions.title });
}
