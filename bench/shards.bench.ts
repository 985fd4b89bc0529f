// Reports over shards (issue 8 part 4): one report over N province shards (default 4), each a
// JSON Lines folder in a temp dir, built
//   - in process, one shard after the other (read + validate + compile + buildReport, then
//     mergeReports), and
//   - with buildReportFromShards from the built package (tsup into a temp dir, as the package is
//     built: ESM, the worker file next to dist/node/index.js), with 1 and with 2 workers.
// Wall time and process CPU time (all threads), best of --runs (default 2) runs each, the three
// configurations interleaved; the three reports must be equal (exit code 1 otherwise).
//
//   npm run bench -- shards [--shards=4] [--runs=2]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { datasetToJsonLinesFiles } from "../src/model/jsonl.js";
import { loadShard } from "../src/node/load.js";
import { buildReport } from "../src/report/build.js";
import { mergeReports } from "../src/report/merge.js";
import type { Report, ReportOptions } from "../src/report/types.js";
import { COLLECTIONS, type CollectionName } from "../src/model/codes.js";
import { generatedShards } from "../test/node/_shards.js";
import { gc, table } from "./_harness.js";

/** `--name=N` (as scripts/bench.mjs passes flags through) or `--name N`. */
function arg(name: string, fallback: number): number {
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  const i = process.argv.indexOf(`--${name}`);
  const v = eq !== undefined ? Number(eq.slice(name.length + 3)) : i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isSafeInteger(v) && v > 0 ? v : fallback;
}
const SHARDS = arg("shards", 4);
const RUNS = arg("runs", 2);
const ROOT = process.env["GRASSROOTS_ROOT"] ?? process.cwd();
const options: ReportOptions = { asOf: "2025-06-30", compareTo: "2015-06-30" };

console.log(`grassroots shards benchmark — ${SHARDS} province shards, Node ${process.version}, ${availableParallelism()} cores, ${new Date().toISOString().slice(0, 10)}`);
const dir = mkdtempSync(join(tmpdir(), "grassroots-shards-bench-"));
try {
  // The shards, as JSON Lines folders.
  let t = performance.now();
  const folders: string[] = [];
  let records = 0;
  generatedShards(SHARDS, "province").forEach((ds, i) => {
    const folder = join(dir, `shard-${i + 1}`);
    mkdirSync(folder);
    for (const f of datasetToJsonLinesFiles(ds as Parameters<typeof datasetToJsonLinesFiles>[0])) writeFileSync(join(folder, f.name), [...f.lines].join("\n") + "\n");
    for (const c of COLLECTIONS) records += ((ds as Record<string, unknown[]>)[c] ?? []).length;
    folders.push(folder);
  });
  console.log(`shards written in ${((performance.now() - t) / 1000).toFixed(1)} s: ${records.toLocaleString("en")} records`);

  // The package, built as tsup builds it (with the ./node entries).
  t = performance.now();
  const out = join(dir, "pkg");
  mkdirSync(out);
  const config = {
    entry: { index: "src/index.ts", "node/index": "src/node/index.ts", "node/worker": "src/node/worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    outDir: join(out, "dist"),
    splitting: true,
    shims: true,
    dts: false,
  };
  writeFileSync(join(out, "tsup.config.mjs"), `export default ${JSON.stringify(config)};\n`);
  writeFileSync(join(out, "package.json"), `{"type":"module"}\n`);
  symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"));
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules/tsup/dist/cli-default.js"), "--config", join(out, "tsup.config.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`tsup failed:\n${build.stderr}`);
  const pkg = (await import(pathToFileURL(join(out, "dist/node/index.js")).href)) as {
    buildReportFromShards: (shards: readonly string[], options: ReportOptions & { workers?: number }) => Promise<Report>;
  };
  console.log(`package built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  async function sequential(): Promise<Report> {
    const reports: Report[] = [];
    const sizes: Record<CollectionName, number>[] = [];
    for (const f of folders) {
      const parsed = await loadShard(f);
      if (!parsed.success) throw new Error(`invalid shard ${f}`);
      const s = {} as Record<CollectionName, number>;
      for (const c of COLLECTIONS) s[c] = parsed.data[c].length;
      sizes.push(s);
      reports.push(buildReport(parsed.data, options));
    }
    return mergeReports(reports, { collectionSizes: sizes });
  }
  const configs: [string, () => Promise<Report>][] = [
    ["in process, sequential", sequential],
    ["buildReportFromShards, 1 worker", () => pkg.buildReportFromShards(folders, { ...options, workers: 1 })],
    ["buildReportFromShards, 2 workers", () => pkg.buildReportFromShards(folders, { ...options, workers: 2 })],
  ];
  const best = configs.map(() => ({ wall: Infinity, cpu: Infinity }));
  const results: Report[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [k, [name, fn]] of configs.entries()) {
      gc();
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      const r = await fn();
      const wall = performance.now() - w0;
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1000;
      console.log(`run ${run + 1} ${name}: ${(wall / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU`);
      best[k] = { wall: Math.min(best[k]!.wall, wall), cpu: Math.min(best[k]!.cpu, cpu) };
      results[k] = r;
    }
  }
  const base = best[0]!.wall;
  console.log(
    "\n" +
      table([
        ["configuration", "wall (s)", "CPU (s)", "speed-up vs sequential", "records/s"],
        ...configs.map(([name], k) => [
          name,
          (best[k]!.wall / 1000).toFixed(2),
          (best[k]!.cpu / 1000).toFixed(2),
          `${(base / best[k]!.wall).toFixed(2)}×`,
          Math.round(records / (best[k]!.wall / 1000)).toLocaleString("en"),
        ]),
      ]),
  );
  console.log(`2 workers vs 1 worker: ${(best[1]!.wall / best[2]!.wall).toFixed(2)}×`);
  const same = results.every((r) => isDeepStrictEqual(JSON.parse(JSON.stringify(r)), JSON.parse(JSON.stringify(results[0]))));
  console.log(same ? "the three reports are equal" : "THE REPORTS DIFFER");
  if (!same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
