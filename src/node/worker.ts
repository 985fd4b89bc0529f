/**
 * @internal The worker thread of `buildReportFromShards`: for each message `{ id, shard, options }`
 * it reads and validates the shard, builds its report and posts `{ id, ok: true, report }`
 * back, or `{ id, ok: false, error }` with the error's code, message and dataset issues.
 * @module
 */
import { parentPort } from "node:worker_threads";
import { isGrassrootsError } from "../_lib/errors.js";
import type { DatasetInput } from "../model/schemas.js";
import { buildReport } from "../report/build.js";
import type { ReportOptions } from "../report/types.js";
import { loadShard } from "./load.js";

/** A task of the pool. */
export interface ShardTask {
  readonly id: number;
  readonly shard: string | DatasetInput;
  readonly options: ReportOptions;
}

/** The answer to a task. */
export type ShardResult =
  | {
      readonly id: number;
      readonly ok: true;
      readonly report: unknown;
    }
  | { readonly id: number; readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly unknown[] | undefined } };

/** Reads, validates and reports on one shard (`owned`: its records are a copy made for this thread). */
export async function runTask(task: ShardTask, owned = false): Promise<ShardResult> {
  try {
    const parsed = await loadShard(task.shard, owned);
    if (!parsed.success) return { id: task.id, ok: false, error: { code: "invalid-dataset", message: "invalid dataset", issues: parsed.issues } };
    const report = buildReport(parsed.data, task.options);
    return { id: task.id, ok: true, report };
  } catch (e) {
    if (isGrassrootsError(e)) return { id: task.id, ok: false, error: { code: e.code, message: e.message.replace(/^\[grassroots\] /, ""), issues: e.issues } };
    return { id: task.id, ok: false, error: { code: "error", message: e instanceof Error ? (e.stack ?? e.message) : String(e) } };
  }
}

const port = parentPort;
if (port !== null) {
  port.on("message", (task: ShardTask) => {
    // The task arrived as a structured clone: this worker owns its records.
    void runTask(task, true).then((result) => port.postMessage(result));
  });
}
