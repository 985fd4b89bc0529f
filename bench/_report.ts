// Writing the suite's results: docs/performance.json (one entry per scale, the last run of each)
// and docs/performance.md rendered from it (`npx tsx bench/_report.ts` re-renders the markdown
// from the JSON).
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { isMain } from "./_harness.js";

export interface StageRow {
  stage: string;
  case: string;
  records: number;
  ms: number;
  wallMs: number;
  recordsPerSecond: number;
  peakRssMiB: number;
  baseline: string;
  baselineMs: number | null;
  ratio: number | null;
  duckdbMs: number | null;
  agree: string;
}

export interface Target {
  what: string;
  value: string;
  /** null: not judged (not measured, or set for the other scale). */
  met: boolean | null;
}

export interface Run {
  rows: StageRow[];
  targets: Target[];
  duckLoadMs: number | null;
  indexBytes: number;
  importMs: number | null;
  records: number;
  fiveMs: number;
  /** The same five as counts only (ids: false). */
  fiveCountsMs: number;
  seed: number;
  runs: number;
  peakRssMiB: number;
}

export function fmtRate(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(0)} k/s`;
}

/** Replaces the entry of `scale` in docs/performance.json and renders docs/performance.md. */
export function writeResults(root: string, scale: string, run: Run): void {
  const jsonFile = join(root, "docs", "performance.json");
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(jsonFile, "utf8")) as Record<string, unknown>;
  } catch {
    all = {};
  }
  const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, ramGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
  const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);
  all[scale] = {
    date: new Date().toISOString(),
    machine,
    seed: run.seed,
    runs: run.runs,
    records: run.records,
    duckdbLoadMs: round(run.duckLoadMs),
    indexTypedColumnsMiB: round(run.indexBytes / 2 ** 20),
    importMs: round(run.importMs),
    fiveMetricsMs: round(run.fiveMs),
    fiveMetricsCountsMs: round(run.fiveCountsMs),
    peakRssMiB: run.peakRssMiB,
    stages: run.rows.map((r) => ({ ...r, ms: round(r.ms), wallMs: round(r.wallMs), recordsPerSecond: Math.round(r.recordsPerSecond), baselineMs: round(r.baselineMs), ratio: round(r.ratio), duckdbMs: round(r.duckdbMs) })),
    targets: run.targets,
  };
  writeFileSync(jsonFile, `${JSON.stringify(all, null, 2)}\n`);
  writeFileSync(join(root, "docs", "performance.md"), markdown(all));
}

export function markdown(all: Record<string, unknown>): string {
  const out: string[] = [
    "# Performance",
    "",
    "Written by `npm run bench` (province scale) and `npm run bench -- --national` (bench/suite.bench.ts); do not edit by hand.",
    "Each library call is timed alternately with its baselines in the same process, after checking that they give the same",
    "results: a hand-written single-pass loop over the compiled index's typed arrays (bench/_cases.ts) and, for the figures",
    "SQL can express, DuckDB (bench/_duckdb.ts; queries only, multi-threaded, wall clock; loading not included).",
    "Times are medians of process CPU time (user + system) unless marked wall; the machines are shared, so the ratio to the",
    "hand loop is the figure to compare across runs. Records/s counts every record of the dataset. RSS is the peak of the",
    "process so far (it includes the generator's and the parser's copies of the data).",
    "",
  ];
  for (const scale of ["national", "province"]) {
    const r = all[scale] as
      | { date: string; machine: { cpu: string; cores: number; ramGiB: number; node: string; platform: string }; seed: number; runs: number; records: number; duckdbLoadMs: number | null; indexTypedColumnsMiB: number; fiveMetricsMs: number; peakRssMiB: number; stages: StageRow[]; targets: Target[] }
      | undefined;
    if (r === undefined) continue;
    out.push(`## ${scale[0]!.toUpperCase()}${scale.slice(1)} scale`, "");
    out.push(
      `${r.date.slice(0, 10)}; ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB RAM, ${r.machine.platform}; Node ${r.machine.node}; ` +
        `${r.records.toLocaleString("en")} records (seed ${r.seed}); ${r.runs} runs per metric; typed columns of the index ${r.indexTypedColumnsMiB} MiB; peak RSS ${r.peakRssMiB} MiB` +
        (r.duckdbLoadMs === null ? "." : `; loading the index into DuckDB took ${(r.duckdbLoadMs / 1000).toFixed(1)} s.`),
      "",
    );
    out.push("| stage | case | CPU ms | wall ms | records/s | peak RSS MiB | baseline | baseline ms | ratio | DuckDB ms (wall) |");
    out.push("|---|---|---:|---:|---:|---:|---|---:|---:|---:|");
    for (const s of r.stages) {
      out.push(
        `| ${s.stage} | ${s.case} | ${s.ms} | ${s.wallMs} | ${fmtRate(s.recordsPerSecond)} | ${s.peakRssMiB} | ${s.baseline} | ${s.baselineMs ?? ""} | ${s.ratio === null ? "" : `${s.ratio}×`} | ${s.duckdbMs ?? ""} |`,
      );
    }
    out.push("", "Targets (PERFORMANCE.md; the national ones are judged on the national run):", "", "| target | measured | |", "|---|---|---|");
    for (const t of r.targets) out.push(`| ${t.what} | ${t.value} | ${t.met === null ? "n/a" : t.met ? "met" : "not met"} |`);
    out.push("");
  }
  return `${out.join("\n")}\n`;
}


// `npx tsx bench/_report.ts`: re-render docs/performance.md from docs/performance.json.
if (isMain("_report")) {
  const root = join(import.meta.dirname, "..");
  const all = JSON.parse(readFileSync(join(root, "docs", "performance.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(root, "docs", "performance.md"), markdown(all));
}
