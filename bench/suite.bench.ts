// The benchmark suite behind `npm run bench` (province scale; `npm run bench -- --national` for
// national scale, which needs a ~14 GB heap and minutes).
//
// For every stage — JSON Lines reading, validation, compilation, every metric, and the report
// when src/report exists — it prints the median time, records per second and the peak RSS so far,
// next to a baseline computed in the same run: a hand-written single-pass loop over the index's
// typed arrays (bench/_cases.ts) and, for the figures SQL can express, DuckDB (bench/_duckdb.ts).
// Every library result is first checked against its baselines; a disagreement fails the run
// (exit 1) before any figure is printed for it. The results go to docs/performance.json (one
// entry per scale) and docs/performance.md (with the machine and PERFORMANCE.md's targets).
// Two stages go beyond the library call as the benchmark makes it: validation with
// `copy: false` (the records kept rather than copied), and JSON Lines files on disk → compiled
// index in a Node process of its own with the built package (dist/), the one place where a peak
// RSS belongs to the work measured alone.
//
// Times: the median over alternating runs of the library and its baseline (both see the same
// machine load) of the process CPU time (user + system), with wall-clock medians beside them;
// short calls are repeated within a sample so that each lasts ≥ 25 ms. The ratio to the hand
// loop is the figure to read on a shared machine. At national scale a full collection of the
// 7–8 GB heap costs seconds and lands in whichever sample is running, so 5 samples are taken
// (with 3, one such sample set a median: composition by gender 3× its hand loop in one run,
// 1.0× in the others). Collecting the heap before every sample was tried and dropped: it made
// roleOverlap (secretaries / heads) 2–3× its hand loop in every run, 0.64× without.
//
//   options: --national, --runs=N (metrics; default 7 province, 5 national), --seed=N (default 1),
//   --no-duckdb, --no-write (do not touch docs/), --no-jsonl (skip the JSON Lines stage: three
//   passes over the text and one over files, the longest stage at national scale; its figures are kept from the
//   previous run at this scale in docs/), --no-input (skip every input stage and keep theirs)
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import {
  COLLECTIONS,
  compileDataset,
  datasetIndex,
  datasetToJsonLinesFiles,
  parseDataset,
  partyStrength,
  ratingDistribution,
  readJsonLines,
  safeParseDataset,
  toDayNumber,
  unitCoverage,
  QD_124_2023,
  type Dataset,
  type DatasetIndex,
} from "../src/index.js";
import { heapToRerunWith, rerunFlags } from "../src/cli/heap.js";
import { generateDataset } from "../src/testing/generate.js";
import { AS_OF, disagreement, metricCases, type MetricCase } from "./_cases.js";
import { gc } from "./_harness.js";
import { fmtRate, writeResults, type StageRow } from "./_report.js";

// scripts/bench.mjs runs a bundle of this file from bench/out/ and passes the repository root.
const ROOT = process.env["GRASSROOTS_ROOT"] ?? join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const national = args.includes("--national");
const scale = national ? "national" : "province";
const num = (name: string, dflt: number): number => {
  const a = args.find((x) => x.startsWith(`${name}=`));
  return a === undefined ? dflt : Number(a.slice(name.length + 1));
};
const RUNS = num("--runs", national ? 5 : 7);
const INPUT_RUNS = national ? 1 : 3;
const SEED = num("--seed", 1);
/** --no-input: skip the input stages (JSON Lines, validation, compilation); their last figures for this scale are kept in docs/. */
const NO_INPUT = args.includes("--no-input");

const MiB = 2 ** 20;
const peakRss = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU and wall ms of one sample: `reps` calls, mean per call. */
function sample(f: () => unknown, reps: number): [cpu: number, wall: number] {
  const c = process.cpuUsage();
  const w = performance.now();
  for (let i = 0; i < reps; i++) f();
  const wall = performance.now() - w;
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000 / reps, wall / reps];
}

export interface Timing {
  cpu: number;
  wall: number;
}

/** Median CPU and wall ms of `fns`, run alternately (order rotated every run). */
export function timeTogether(fns: readonly (() => unknown)[], runs: number, calibrate = true): Timing[] {
  // Calibration (one untimed call of each, which also warms them up) is skipped for the input
  // stages at national scale, where one call takes minutes.
  const once = calibrate ? Math.max(...fns.map((f) => sample(f, 1)[1]), 0.01) : 25;
  const reps = Math.max(1, Math.min(1000, Math.ceil(25 / once)));
  const cpu: number[][] = fns.map(() => []);
  const wall: number[][] = fns.map(() => []);
  for (let k = 0; k < runs; k++) {
    for (let j = 0; j < fns.length; j++) {
      const i = (j + k) % fns.length;
      const [c, w] = sample(fns[i]!, reps);
      cpu[i]!.push(c);
      wall[i]!.push(w);
    }
  }
  return fns.map((_, i) => ({ cpu: median(cpu[i]!), wall: median(wall[i]!) }));
}

async function timeAsyncOnce(f: () => Promise<unknown>, runs: number): Promise<Timing & { result: unknown }> {
  const cpu: number[] = [];
  const wall: number[] = [];
  let result: unknown;
  for (let k = 0; k < runs; k++) {
    gc();
    const c = process.cpuUsage();
    const w = performance.now();
    result = await f();
    wall.push(performance.now() - w);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall), result };
}

/** Whether some file of src/ is newer than dist/index.js (the built package the import and files stages measure). */
function distIsStale(): boolean {
  const built = statSync(join(ROOT, "dist", "index.js")).mtimeMs;
  const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  return newest(join(ROOT, "src")) > built;
}

// The target as a user meets it: JSON Lines files on disk → validated dataset → compiled index,
// in a process of its own (the built package, dist/), so that its peak RSS is that work's alone
// and not this process's with the generator's and the suite's copies of the data. The files are
// written to a temporary folder first (not timed) and removed afterwards; the process gets the
// Node flags `grassroots report DIR` would run itself with for that input. One run.
function filesToIndex(ds: Dataset, records: number): StageRow | undefined {
  const distIndex = join(ROOT, "dist", "index.js");
  if (!existsSync(distIndex)) {
    console.log("(JSON Lines files → index in its own process: not measured, no dist/; npm run build)");
    return undefined;
  }
  if (distIsStale()) {
    console.log("(JSON Lines files → index in its own process: not measured, dist/ is older than src/; npm run build)");
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), "grassroots-bench-"));
  try {
    const names: string[] = [];
    let bytes = 0;
    for (const f of datasetToJsonLinesFiles(ds)) {
      names.push(f.name);
      const fd = openSync(join(dir, f.name), "w");
      try {
        let buf: string[] = [];
        const flush = (): void => {
          const text = `${buf.join("\n")}\n`;
          bytes += Buffer.byteLength(text);
          writeSync(fd, text);
          buf = [];
        };
        for (const line of f.lines) {
          buf.push(line);
          if (buf.length === 50_000) flush();
        }
        if (buf.length > 0) flush();
      } finally {
        closeSync(fd);
      }
    }
    const child = join(dir, "child.mjs");
    writeFileSync(
      child,
      `import { createReadStream } from "node:fs";
import { join } from "node:path";
const [dir, dist, names] = process.argv.slice(2);
const { readJsonLines, datasetIndex } = await import(dist);
const c0 = process.cpuUsage();
const w0 = performance.now();
const r = await readJsonLines(JSON.parse(names).map((name) => ({ name, collection: name === "meta.json" ? "meta" : name.replace(".jsonl", ""), content: createReadStream(join(dir, name)) })));
if (!r.success) { console.log(JSON.stringify({ error: r.issues.slice(0, 3) })); process.exit(1); }
const readMs = performance.now() - w0;
const ix = datasetIndex(r.data);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ wallMs: performance.now() - w0, readMs, cpuMs: (c.user + c.system) / 1000, maxRssKiB: process.resourceUsage().maxRSS, people: ix.people.count, memberships: ix.memberships.count }));
`,
    );
    // As the command decides: against the heap limit Node starts with here.
    const limit = Number(spawnSync(process.execPath, ["-p", "require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20"], { encoding: "utf8" }).stdout.trim());
    const heap = heapToRerunWith(bytes, limit, totalmem() / 2 ** 20);
    const flags = heap === undefined ? [] : rerunFlags(heap, [], undefined);
    const r = spawnSync(process.execPath, [...flags, child, dir, pathToFileURL(distIndex).href, JSON.stringify(names)], { encoding: "utf8", maxBuffer: 1 << 20 });
    type Out = { wallMs: number; readMs: number; cpuMs: number; maxRssKiB: number; people: number; memberships: number; error?: unknown };
    let out: Out | undefined;
    try {
      out = JSON.parse((r.stdout ?? "").trim().split("\n").pop() ?? "") as Out;
    } catch {
      out = undefined;
    }
    if (r.error !== undefined || r.status !== 0 || out === undefined || typeof out.wallMs !== "number") {
      const why = r.error?.message ?? (r.signal !== null ? `killed by ${r.signal}` : `exit ${r.status}`);
      fail("JSON Lines files → index", `the process failed (${why}): ${(r.stderr ?? "").slice(0, 500)} ${JSON.stringify(out?.error ?? "")}`);
      return undefined;
    }
    if (out.people !== ds.people.length || out.memberships !== ds.memberships.length) {
      fail("JSON Lines files → index", `read back ${out.people} people, ${out.memberships} memberships; wrote ${ds.people.length}, ${ds.memberships.length}`);
      return undefined;
    }
    console.log(`(JSON Lines files → index in its own process: ${(bytes / 2 ** 20).toFixed(0)} MiB of files, Node flags [${flags.join(" ")}]; reading ${(out.readMs / 1000).toFixed(1)} s of ${(out.wallMs / 1000).toFixed(1)} s)`);
    return { stage: "jsonl", case: "JSON Lines files → compiled index, own process", records, ms: out.cpuMs, wallMs: out.wallMs, recordsPerSecond: (records / out.cpuMs) * 1000, peakRssMiB: Math.round(out.maxRssKiB / 1024), baseline: "", baselineMs: null, ratio: null, duckdbMs: null, agree: "same counts" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------


const rows: StageRow[] = [];
let failures = 0;


function printRow(r: StageRow): void {
  console.log(
    `${r.case.padEnd(42)} ${r.ms.toFixed(1).padStart(9)} ${r.wallMs.toFixed(1).padStart(9)} ${fmtRate(r.recordsPerSecond).padStart(10)} ${String(r.peakRssMiB).padStart(7)} ` +
      `${(r.baselineMs === null ? "" : r.baselineMs.toFixed(1)).padStart(9)} ${(r.ratio === null ? "" : `${r.ratio.toFixed(2)}×`).padStart(7)} ${(r.duckdbMs === null ? "" : r.duckdbMs.toFixed(1)).padStart(9)}  ${r.agree}`,
  );
}

function addRow(r: StageRow): void {
  rows.push(r);
  printRow(r);
}

function fail(what: string, detail: string): void {
  failures++;
  console.error(`\nDISAGREEMENT: ${what}\n${detail}\n`);
}

async function main(): Promise<void> {
  console.log(`grassroots benchmark suite — ${scale} scale, seed ${SEED}, ${RUNS} runs per metric, Node ${process.version}, ${new Date().toISOString()}`);
  let t = performance.now();
  let input: ReturnType<typeof generateDataset> | undefined = generateDataset({ scale, seed: SEED, asOf: AS_OF });
  const records = COLLECTIONS.reduce((n, c) => n + input![c].length, 0);
  console.log(`generated ${records.toLocaleString("en")} records in ${((performance.now() - t) / 1000).toFixed(1)} s (${COLLECTIONS.map((c) => `${c} ${input![c].length}`).join(", ")})`);
  console.log(`\n${"stage / case".padEnd(42)} ${"CPU ms".padStart(9)} ${"wall ms".padStart(9)} ${"records/s".padStart(10)} ${"RSS MiB".padStart(7)} ${"hand ms".padStart(9)} ${"ratio".padStart(7)} ${"DuckDB ms".padStart(9)}  baseline`);

  // 1. Validation of plain records; baseline: a loop reading every field of every record.
  const readAll = (): number => {
    let n = 0;
    for (const c of COLLECTIONS) for (const r of input![c] as readonly Record<string, unknown>[]) for (const k in r) if (r[k] !== undefined) n++;
    return n;
  };
  let parsed: ReturnType<typeof safeParseDataset> | undefined;
  let ds: Dataset;
  // The input stages of the previous run at this scale that this run skips, marked with its date.
  const keepEarlier = (stages: readonly string[]): void => {
    try {
      const prev = (JSON.parse(readFileSync(join(ROOT, "docs", "performance.json"), "utf8")) as Record<string, { date: string; stages: StageRow[] }>)[scale];
      for (const r of prev?.stages ?? []) {
        if (stages.includes(r.stage)) addRow({ ...r, case: r.case.includes("(run of") ? r.case : `${r.case} (run of ${prev!.date.slice(0, 16)})` });
      }
    } catch {
      console.log("(no earlier input stages to keep)");
    }
  };
  if (NO_INPUT) {
    ds = parseDataset(input);
    keepEarlier(["validation", "jsonl", "compile"]);
  } else {
    // copy: false first, so that each mode runs with only the input alive besides its own
    // result, as it would in a program of its own (run after the default, it also had the 22 M
    // copies of the default's dataset to trace through nationally: 24.4 s against 20-21 s alone).
    // It keeps (and freezes) the records it is given: each run gets records of its own, made
    // before the clock starts by a JSON round trip (same key order; records as read from files,
    // which is what copy: false is for); nationally the one run takes the generated records
    // themselves (frozen afterwards; the default then reads them).
    const kept = { cpu: [] as number[], wall: [] as number[] };
    let keptSample: unknown[] = [];
    // One untimed call first, as timeTogether's calibration gives the default (not nationally,
    // where one call takes a minute and warming up is a rounding error).
    if (!national) safeParseDataset(JSON.parse(JSON.stringify(input)), { copy: false });
    for (let k = 0; k < INPUT_RUNS; k++) {
      let mine: ReturnType<typeof generateDataset> | undefined = national ? input : (JSON.parse(JSON.stringify(input)) as typeof input);
      gc();
      const c = process.cpuUsage();
      const w = performance.now();
      let r: ReturnType<typeof safeParseDataset> | undefined = safeParseDataset(mine, { copy: false });
      kept.wall.push(performance.now() - w);
      const d = process.cpuUsage(c);
      kept.cpu.push((d.user + d.system) / 1000);
      if (!r.success) throw new Error("the generated dataset did not validate with copy: false");
      const data = r.data;
      // The last record of each collection, and the lengths, to compare with the default's below.
      keptSample = COLLECTIONS.map((col) => [data[col].length, data[col][data[col].length - 1]]);
      r = undefined;
      mine = undefined;
    }
    const kc = median(kept.cpu);
    // The peak so far: the generator's input and the records kept from it.
    const keptRss = peakRss();
    // From a collected heap, as the JSON Lines and compilation stages start: the generator's
    // garbage is not the parser's (nationally, where the one run is the figure, it cost 5-10 s).
    gc();
    const [vt, vb] = timeTogether([() => (parsed = safeParseDataset(input)), readAll], INPUT_RUNS, !national);
    if (parsed === undefined || !parsed.success) throw new Error("the generated dataset did not validate");
    ds = parsed.data;
    parsed = undefined;
    addRow({ stage: "validation", case: "safeParseDataset", records, ms: vt!.cpu, wallMs: vt!.wall, recordsPerSecond: (records / vt!.cpu) * 1000, peakRssMiB: peakRss(), baseline: "read every field", baselineMs: vb!.cpu, ratio: vt!.cpu / vb!.cpu, duckdbMs: null, agree: "read every field" });
    // Same records, to the last of each collection (the property tests compare every field).
    const dsSample = COLLECTIONS.map((col) => [ds[col].length, ds[col][ds[col].length - 1]]);
    if (!isDeepStrictEqual(keptSample, dsSample)) fail("safeParseDataset, copy: false", "its records differ from the default's");
    addRow({ stage: "validation", case: "safeParseDataset, copy: false", records, ms: kc, wallMs: median(kept.wall), recordsPerSecond: (records / kc) * 1000, peakRssMiB: keptRss, baseline: "read every field", baselineMs: vb!.cpu, ratio: kc / vb!.cpu, duckdbMs: null, agree: "same records as safeParseDataset" });
  }
  input = undefined;

  // 2. JSON Lines text → validated dataset; baseline: JSON.parse of every line, nothing else.
  // The text is produced lazily, in chunks of 50 000 lines per collection, so that a national
  // run never holds all of it: the time to produce the chunks alone is measured too and taken
  // off both sides. Checked: same record counts, same first and last record of every collection.
  if (!NO_INPUT && args.includes("--no-jsonl")) keepEarlier(["jsonl"]);
  if (!NO_INPUT && !args.includes("--no-jsonl")) {
    const files = datasetToJsonLinesFiles(ds);
    function* chunksOf(lines: Iterable<string>): Generator<string> {
      let buf: string[] = [];
      for (const line of lines) {
        buf.push(line);
        if (buf.length === 50_000) {
          yield `${buf.join("\n")}\n`;
          buf = [];
        }
      }
      if (buf.length > 0) yield `${buf.join("\n")}\n`;
    }
    const sources = () => files.map((f) => ({ name: f.name, collection: f.name === "meta.json" ? ("meta" as const) : (f.name.replace(".jsonl", "") as never), content: chunksOf(f.lines) }));
    const produce = await timeAsyncOnce(async () => {
      let n = 0;
      for (const f of sources()) for (const ch of f.content) n += ch.length;
      return n;
    }, INPUT_RUNS);
    const jb = await timeAsyncOnce(async () => {
      let n = 0;
      for (const f of sources()) for (const ch of f.content) for (const line of ch.split("\n")) if (line !== "") n += JSON.parse(line) === null ? 0 : 1;
      return n;
    }, INPUT_RUNS);
    let res: Awaited<ReturnType<typeof readJsonLines>> | undefined;
    const jt = await timeAsyncOnce(async () => {
      res = undefined;
      res = await readJsonLines(sources());
    }, INPUT_RUNS);
    let agree = "JSON.parse per line";
    if (res === undefined || !res.success) fail("readJsonLines", JSON.stringify(res?.issues.slice(0, 3)));
    else {
      for (const c of COLLECTIONS) {
        const x = res.data[c] as readonly unknown[];
        const y = ds[c] as readonly unknown[];
        if (x.length !== y.length || !isDeepStrictEqual(x[0], y[0]) || !isDeepStrictEqual(x[x.length - 1], y[y.length - 1])) {
          fail("readJsonLines", `collection ${c}: ${x.length} records read back, ${y.length} written`);
          agree = "DIFFER";
        }
      }
    }
    res = undefined;
    const libMs = jt.cpu - produce.cpu;
    const baseMs = jb.cpu - produce.cpu;
    addRow({ stage: "jsonl", case: "readJsonLines (text → dataset)", records, ms: libMs, wallMs: jt.wall - produce.wall, recordsPerSecond: (records / libMs) * 1000, peakRssMiB: peakRss(), baseline: "JSON.parse per line", baselineMs: baseMs, ratio: libMs / baseMs, duckdbMs: null, agree });
    gc();
    const own = filesToIndex(ds, records);
    if (own !== undefined) addRow(own);
  }
  gc();

  // 3. Compilation; baseline: the hand-written minimum for memberships alone (two id lookups per
  // record into Int32Arrays), per record.
  const base3 = (): number => {
    const orgs = new Map<string, number>();
    ds.organizations.forEach((o, i) => orgs.set(o.id, i));
    const people = new Map<string, number>();
    ds.people.forEach((p, i) => people.set(p.id, i));
    const m = ds.memberships;
    const a = new Int32Array(m.length);
    const b = new Int32Array(m.length);
    for (let i = 0; i < m.length; i++) {
      a[i] = orgs.get(m[i]!.organizationId) ?? -1;
      b[i] = people.get(m[i]!.personId) ?? -1;
    }
    return a.length + b.length;
  };
  let compiled: DatasetIndex | undefined;
  const ix = datasetIndex(ds);
  if (!NO_INPUT) {
    const [ct, cb] = timeTogether([() => (compiled = compileDataset(ds)), base3], INPUT_RUNS, !national);
    const baseRecords = ds.organizations.length + ds.people.length + ds.memberships.length;
    const same = compiled !== undefined && isDeepStrictEqual(compiled.memberships.start, ix.memberships.start) && isDeepStrictEqual(compiled.people.personRows, ix.people.personRows);
    if (!same) fail("compileDataset", "two compilations of the same dataset differ");
    // the baseline's per-record time scaled to all records
    const baseMs = (cb!.cpu / baseRecords) * records;
    addRow({ stage: "compile", case: "compileDataset", records, ms: ct!.cpu, wallMs: ct!.wall, recordsPerSecond: (records / ct!.cpu) * 1000, peakRssMiB: peakRss(), baseline: "id lookups of memberships, per record", baselineMs: baseMs, ratio: ct!.cpu / baseMs, duckdbMs: null, agree: same ? "id lookups only (per record)" : "DIFFER" });
  }
  compiled = undefined;
  // Every typed array of the index, nested ones too (ratings.periods), not the dataset it keeps.
  let indexBytes = 0;
  const visit = (x: unknown): void => {
    if (ArrayBuffer.isView(x)) indexBytes += x.byteLength;
    else if (typeof x === "object" && x !== null && x !== ds && !Array.isArray(x)) for (const v of Object.values(x)) visit(v);
  };
  for (const part of Object.values(ix)) if (part !== ds) visit(part);
  gc();

  // 4. DuckDB: load once (not timed per metric), then the figures it can express.
  const day = toDayNumber(AS_OF);
  const duckMs = new Map<string, number>();
  let duckLoadMs: number | null = null;
  if (!args.includes("--no-duckdb")) {
    const { loadDuck, duckCoverage, duckStrength, duckRatings } = await import("./_duckdb.js");
    const duck = await loadDuck(ix);
    duckLoadMs = duck.loadMs;
    const runDuck = async (name: string, q: () => Promise<number[]>, expected: number[]): Promise<void> => {
      const r = await timeAsyncOnce(q, Math.max(1, Math.min(RUNS, 3)));
      if (!isDeepStrictEqual(r.result, expected)) fail(`DuckDB ${name}`, `DuckDB ${JSON.stringify(r.result)}, library ${JSON.stringify(expected)}`);
      duckMs.set(name, r.wall);
    };
    const cov = unitCoverage(ds, { asOf: AS_OF });
    await runDuck("unitCoverage", () => duckCoverage(duck.con, day), [cov.units.count, cov.ownCell.numerator, cov.jointCell.numerator, cov.withCell.numerator, cov.withMember.numerator, cov.enoughOfficialMembers.numerator]);
    const st = partyStrength(ds, AS_OF);
    await runDuck("partyStrength", () => duckStrength(duck.con, day), [
      st.members.count,
      st.members.official.count,
      st.members.probationary.count,
      st.grassroots.committees.count,
      st.grassroots.cells.count,
      st.partyGroups.count,
      st.checks.cellsBelowMinimum.count,
    ]);
    const rd = ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024 });
    await runDuck("ratingDistribution members 2024", () => duckRatings(duck.con, ix.ratings.schemes.indexOf("qd-124-2023") , 2024), rd.periods[0]!.levels.map((l) => l.count));
    duck.close();
    console.log(`(DuckDB: loading the index took ${(duckLoadMs / 1000).toFixed(1)} s; its times below are wall-clock, queries only, multi-threaded)`);
  }

  // 5. Metrics.
  const cases = metricCases(ds, ix);
  const duckOf: Record<string, string> = { unitCoverage: "unitCoverage", partyStrength: "partyStrength", "ratingDistribution members 2024": "ratingDistribution members 2024" };
  for (const c of cases) {
    const why = disagreement(c, c.lib(), c.hand());
    if (why !== null) {
      fail(c.name, why);
      continue;
    }
    gc();
    const [lt, ht] = timeTogether([c.lib, c.hand], RUNS);
    const dk = duckOf[c.name];
    addRow({
      stage: c.metric,
      case: c.name,
      records,
      ms: lt!.cpu,
      wallMs: lt!.wall,
      recordsPerSecond: (records / lt!.cpu) * 1000,
      peakRssMiB: peakRss(),
      baseline: "hand loop" + (dk !== undefined && duckMs.has(dk) ? " + DuckDB" : ""),
      baselineMs: ht!.cpu,
      ratio: lt!.cpu / ht!.cpu,
      duckdbMs: dk === undefined ? null : duckMs.get(dk) ?? null,
      agree: dk !== undefined && duckMs.has(dk) ? "hand loop + DuckDB agree" : "hand loop agrees",
    });
  }

  // 6. The report, when src/report exists (written by another part of the project).
  let reportMs: number | null = null;
  let reportFirstMs: number | null = null;
  if (existsSync(join(ROOT, "src", "report", "index.ts"))) {
    try {
      const mod = (await import("../src/report/index.js")) as Record<string, unknown>;
      const build = mod["buildReport"] as ((d: Dataset, o: unknown) => unknown) | undefined;
      const format = mod["formatReport"] as ((r: unknown, o?: unknown) => unknown) | undefined;
      if (typeof build === "function") {
        // The first call in the process, shown apart: it includes compiling the report's own
        // code (the metrics it calls have been warmed by the cases above). Then the report is
        // timed warm, as the metrics are after their calibration calls: one call is longer than
        // the calibration's 25 ms, so it gets its own warm-up.
        const c0 = process.cpuUsage();
        const w0 = performance.now();
        const report = build(ds, { asOf: AS_OF });
        const firstWall = performance.now() - w0;
        const d0 = process.cpuUsage(c0);
        const firstCpu = (d0.user + d0.system) / 1000;
        reportFirstMs = firstCpu;
        addRow({ stage: "buildReport", case: "buildReport, first call of the process", records, ms: firstCpu, wallMs: firstWall, recordsPerSecond: (records / firstCpu) * 1000, peakRssMiB: peakRss(), baseline: "", baselineMs: null, ratio: null, duckdbMs: null, agree: "(no baseline)" });
        for (let i = 0; i < (national ? 2 : 20); i++) build(ds, { asOf: AS_OF });
        const [bt] = timeTogether([() => build(ds, { asOf: AS_OF })], national ? RUNS : 2 * RUNS + 1);
        reportMs = bt!.cpu;
        addRow({ stage: "buildReport", case: "buildReport (warm)", records, ms: bt!.cpu, wallMs: bt!.wall, recordsPerSecond: (records / bt!.cpu) * 1000, peakRssMiB: peakRss(), baseline: "", baselineMs: null, ratio: null, duckdbMs: null, agree: "(no baseline)" });
        if (typeof format === "function") {
          const [ft] = timeTogether([() => format(report)], RUNS);
          addRow({ stage: "formatReport", case: "formatReport", records, ms: ft!.cpu, wallMs: ft!.wall, recordsPerSecond: (records / ft!.cpu) * 1000, peakRssMiB: peakRss(), baseline: "", baselineMs: null, ratio: null, duckdbMs: null, agree: "(no baseline)" });
        }
      }
    } catch (e) {
      console.log(`report stages not measured: ${(e as Error).message}`);
    }
  } else console.log("report stages not measured: src/report/index.ts does not exist yet");

  // 7. Import time of the built package (dist), median of 5 fresh processes.
  let importMs: number | null = null;
  const dist = join(ROOT, "dist", "index.js");
  if (existsSync(dist) && distIsStale()) console.log("(import: not measured, dist/ is older than src/; npm run build)");
  else if (existsSync(dist)) {
    const xs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(dist).href)}); console.log(performance.now() - t);`], { encoding: "utf8" });
      const v = Number(r.stdout.trim());
      if (Number.isFinite(v)) xs.push(v);
    }
    if (xs.length > 0) importMs = median(xs);
  }

  // Summary and targets.
  const metricRows = rows.filter((r) => r.ratio !== null && !["validation", "jsonl", "compile"].includes(r.stage));
  const worst = metricRows.reduce((a, b) => ((b.ratio ?? 0) > (a.ratio ?? 0) ? b : a), metricRows[0]!);
  const slowest = metricRows.reduce((a, b) => (b.ms > a.ms ? b : a), metricRows[0]!);
  const fiveCases = cases.filter((c) => c.five !== undefined);
  const fiveMs = fiveCases.reduce((s, c) => s + (rows.find((r) => r.case === c.name)?.ms ?? NaN), 0);
  const fiveCountsMs = cases.filter((c) => c.fiveCounts !== undefined).reduce((s, c) => s + (rows.find((r) => r.case === c.name)?.ms ?? NaN), 0);
  const stage = (s: string): StageRow | undefined => rows.find((r) => r.stage === s);
  // A row by stage and case, the case without the "(run of …)" a kept row carries.
  const row = (st: string, c: string): StageRow | undefined => rows.find((r) => r.stage === st && r.case.replace(/ \(run of [^)]*\)$/, "") === c);
  const copying = row("validation", "safeParseDataset")?.recordsPerSecond ?? 0;
  const keeping = row("validation", "safeParseDataset, copy: false")?.recordsPerSecond ?? 0;
  const ingestMs = (stage("jsonl")?.wallMs ?? NaN) + (stage("compile")?.wallMs ?? NaN);
  const ownJsonl = row("jsonl", "JSON Lines files → compiled index, own process");
  // Each target is judged at the scale it is set for; at the other scale it is listed, not judged.
  const at = (where: "national" | "province" | "any", met: boolean | null): boolean | null => (where === "any" || where === scale ? met : null);
  const notHere = (where: "national" | "province", value: string): string => (where === scale ? value : `${value} (judged at ${where} scale)`);
  const jsonl = stage("jsonl");
  const targets = [
    { what: "every metric ≤ 1.5× its hand loop (national)", value: notHere("national", `worst ${worst?.ratio?.toFixed(2)}× (${worst?.case})`), met: at("national", metricRows.every((r) => r.ratio! <= 1.5)) },
    {
      what: "five metrics (coverage, standardization, rating distribution, cell statistics, composite ranking of communes) ≤ 0.5 s together (national)",
      value: notHere("national", `${fiveMs.toFixed(0)} ms with the ids behind every figure; ${fiveCountsMs.toFixed(0)} ms as counts (ids: false)`),
      met: at("national", Math.min(fiveMs, fiveCountsMs) <= 500),
    },
    { what: "any single metric ≤ 150 ms (national)", value: notHere("national", `slowest ${slowest?.ms.toFixed(0)} ms (${slowest?.case})`), met: at("national", metricRows.every((r) => r.ms <= 150)) },
    { what: "whole report ≤ 20 ms after compilation (province)", value: reportMs === null ? "not measured (no src/report)" : notHere("province", `buildReport ${reportMs.toFixed(1)} ms warm (CPU, median; the first call of the process ${reportFirstMs?.toFixed(1) ?? "?"} ms)`), met: reportMs === null ? null : at("province", reportMs <= 20) },
    { what: "compilation ≥ 1 M records/s", value: fmtRate(stage("compile")?.recordsPerSecond ?? 0), met: (stage("compile")?.recordsPerSecond ?? 0) >= 1e6 },
    {
      what: "validation ≥ 1 M records/s",
      value: `${fmtRate(copying)} making a frozen copy of every record (the default); ${fmtRate(keeping)} with copy: false (the records given are kept, frozen)${copying < 1e6 && keeping >= 1e6 ? " — met with copy: false only" : ""}`,
      met: Math.max(copying, keeping) >= 1e6,
    },
    {
      what: "JSON Lines → validated, compiled dataset ≤ 40 s, ≤ 4 GiB peak RSS (national)",
      value:
        jsonl === undefined
          ? "not measured in this run (--no-jsonl; see bench/model.bench.ts)"
          : notHere(
              "national",
              `${ownJsonl === undefined ? "" : `files → index in a process of its own: ${(ownJsonl.wallMs / 1000).toFixed(1)} s wall, peak RSS ${(ownJsonl.peakRssMiB / 1024).toFixed(2)} GiB; `}in this process, text → dataset + compile: ${(ingestMs / 1000).toFixed(1)} s wall${/\(run of [^)]*\)/.exec(jsonl.case)?.[0].replace("(run of", " (JSON Lines stage from the run of") ?? ""}`,
            ),
      met: jsonl === undefined ? null : at("national", ownJsonl === undefined ? ingestMs <= 40_000 : ownJsonl.wallMs <= 40_000 && ownJsonl.peakRssMiB <= 4096),
    },
    { what: "compiled national dataset in memory ≤ 400 MiB", value: notHere("national", `${(indexBytes / MiB).toFixed(0)} MiB of typed columns alone (id strings not counted)`), met: at("national", indexBytes / MiB <= 400) },
    { what: "importing the package ≤ 150 ms", value: importMs === null ? "not measured (no dist/, or older than src/)" : `${importMs.toFixed(0)} ms (dist/index.js, median of 5 processes)`, met: importMs === null ? null : importMs <= 150 },
  ];
  console.log(`\ntyped columns of the index: ${(indexBytes / MiB).toFixed(1)} MiB; peak RSS of the run ${peakRss()} MiB`);
  console.log(`targets (PERFORMANCE.md; national figures apply at national scale):`);
  for (const x of targets) console.log(`  ${x.met === null ? "n/a    " : x.met ? "met    " : "NOT MET"}  ${x.what}: ${x.value}`);

  if (failures > 0) {
    console.error(`\n${failures} disagreement(s): the results were not written`);
    process.exitCode = 1;
    return;
  }
  if (!args.includes("--no-write")) {
    writeResults(ROOT, scale, { rows, targets, duckLoadMs, indexBytes, importMs, records, fiveMs, fiveCountsMs, seed: SEED, runs: RUNS, peakRssMiB: peakRss() });
    console.log(`\nwrote docs/performance.json and docs/performance.md (${scale})`);
  }
}

await main();
