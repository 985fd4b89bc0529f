// Input stages: JSON Lines reading, validation and compilation into the columnar index, each in
// records per second next to a baseline measured in the same run (machines are shared: compare
// ratios and process CPU time, not wall time).
//
//   province (default): everything in memory, medians of 5 runs.
//   --national: the ~22 million records of generateJsonLines({ scale: "national" }) written once
//   to JSON Lines files (GRASSROOTS_JSONL_DIR, default /tmp/grassroots-national-jsonl; reused when
//   present), then read from disk with readJsonLines and compiled, once: time, CPU time, peak
//   RSS, heap and the size of the index (--generate-only: just write the files). Run it alone (flock /tmp/national.lock ...) with
//   --max-old-space-size=16000.
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync, createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { COLLECTIONS, collectionOfFile, compileDataset, readJsonLines, safeParseDataset, datasetToJsonLinesFiles, type Dataset, type DatasetIndex } from "../src/index.js";
import { generateDataset, generateJsonLines } from "../src/testing/index.js";
import { gc, peakRssMiB, rate, scaleArg, table } from "./_harness.js";

const scale = scaleArg();
console.log(`grassroots model benchmark — ${scale} scale, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

/** Median wall and CPU (user + system) time of `fn` over `runs` runs after one warm-up. */
async function measure<T>(fn: () => T | Promise<T>, runs: number, warm = true): Promise<{ wall: number; cpu: number; result: T }> {
  let result = warm ? await fn() : (undefined as T);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = await fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const med = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: med(walls), cpu: med(cpus), result };
}

function indexBytes(ix: DatasetIndex, ds: Dataset): number {
  let bytes = 0;
  for (const part of Object.values(ix)) {
    if (typeof part !== "object" || part === null || part === ds) continue;
    for (const v of Object.values(part)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  }
  return bytes;
}

const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;

if (scale !== "national") {
  const runs = 5;
  let t = performance.now();
  const input = generateDataset({ scale, seed: 1 });
  const genMs = performance.now() - t;
  const records = COLLECTIONS.reduce((n, c) => n + input[c].length, 0);
  console.log(`generated ${records.toLocaleString("en")} records in ${(genMs / 1000).toFixed(1)} s (${COLLECTIONS.map((c) => `${c} ${input[c].length}`).join(", ")})`);
  const rows: (string | number)[][] = [["stage", "cpu ms", "records/s (cpu)", "wall ms", "baseline", "baseline cpu ms", "ratio"]];

  // 1. JSON Lines text → validated dataset; baseline: JSON.parse of every line, nothing else.
  const files = datasetToJsonLinesFiles(input).map((f) => ({ name: f.name, text: `${[...f.lines].join("\n")}\n` }));
  gc();
  const base1 = await measure(() => {
    let n = 0;
    for (const f of files) for (const line of f.text.split("\n")) if (line !== "") n += JSON.parse(line) ? 1 : 0;
    return n;
  }, runs);
  const jsonl = await measure(() => readJsonLines(files.map((f) => ({ name: f.name, collection: collectionOfFile(f.name), content: f.text }))), runs);
  if (!jsonl.result.success) throw new Error(`generated data did not validate: ${JSON.stringify(jsonl.result.issues.slice(0, 3))}`);
  rows.push(["JSON Lines → dataset", jsonl.cpu.toFixed(0), rate(records, jsonl.cpu), jsonl.wall.toFixed(0), "JSON.parse per line", base1.cpu.toFixed(0), (jsonl.cpu / base1.cpu).toFixed(2)]);
  files.length = 0;

  // 2. Validation of plain objects; baseline: a loop that reads every field of every record.
  const base2 = await measure(() => {
    let n = 0;
    for (const c of COLLECTIONS) for (const r of input[c] as readonly Record<string, unknown>[]) for (const k in r) if (r[k] !== undefined) n++;
    return n;
  }, runs);
  const parsed = await measure(() => safeParseDataset(input), runs);
  if (!parsed.result.success) throw new Error("generated data did not validate");
  const ds: Dataset = parsed.result.data;
  rows.push(["safeParseDataset", parsed.cpu.toFixed(0), rate(records, parsed.cpu), parsed.wall.toFixed(0), "read every field", base2.cpu.toFixed(0), (parsed.cpu / base2.cpu).toFixed(2)]);

  // 3. Compilation; baseline: the hand-written minimum for memberships alone (two id lookups per
  // record, no grouping), per record.
  const base3 = await measure(() => {
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
  }, runs);
  const baseRecords = ds.organizations.length + ds.people.length + ds.memberships.length;
  const compiled = await measure(() => compileDataset(ds), runs);
  rows.push(["compileDataset", compiled.cpu.toFixed(0), rate(records, compiled.cpu), compiled.wall.toFixed(0), "id lookups only", base3.cpu.toFixed(0), `${(compiled.cpu / records / (base3.cpu / baseRecords)).toFixed(2)} per record`]);
  console.log(table(rows));
  console.log(`typed columns of the index: ${mib(indexBytes(compiled.result, ds))}; peak RSS ${peakRssMiB()} MiB`);
  console.log(`targets (PERFORMANCE.md): validation ≥ 1 M/s, compilation ≥ 1 M/s`);
} else {
  const dir = process.env["GRASSROOTS_JSONL_DIR"] ?? "/tmp/grassroots-national-jsonl";
  if (!existsSync(join(dir, "done"))) {
    // Write the files once (streamed: one commune's records in memory at a time).
    mkdirSync(dir, { recursive: true });
    const t = performance.now();
    const streams = new Map<string, WriteStream>();
    const pending = new Map<string, string[]>();
    let n = 0;
    const flush = async (file: string): Promise<void> => {
      const lines = pending.get(file)!;
      if (lines.length === 0) return;
      const s = streams.get(file)!;
      const ok = s.write(`${lines.join("\n")}\n`);
      lines.length = 0;
      if (!ok) await new Promise<void>((r) => s.once("drain", () => r()));
    };
    for (const item of generateJsonLines({ scale: "national", seed: 1 })) {
      if (item.file === "meta.json") {
        writeFileSync(join(dir, "meta.json"), item.line);
        continue;
      }
      let lines = pending.get(item.file);
      if (!lines) {
        streams.set(item.file, createWriteStream(join(dir, `${item.file}.part`)));
        pending.set(item.file, (lines = []));
      }
      lines.push(item.line);
      n++;
      if (lines.length >= 4096) await flush(item.file);
    }
    for (const f of pending.keys()) await flush(f);
    await Promise.all([...streams.values()].map((s) => new Promise<void>((r) => s.end(() => r()))));
    for (const f of streams.keys()) renameSync(join(dir, `${f}.part`), join(dir, f));
    writeFileSync(join(dir, "done"), String(n));
    console.log(`wrote ${n.toLocaleString("en")} lines to ${dir} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  if (process.argv.includes("--generate-only")) process.exit(0);
  const names = readdirSync(dir).filter((f) => collectionOfFile(f) !== undefined);
  const order = ["meta.json", ...COLLECTIONS.map((c) => `${c}.jsonl`)];
  names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  gc();
  const rssBefore = peakRssMiB();
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await readJsonLines(names.map((f) => ({ name: f, collection: collectionOfFile(f), content: createReadStream(join(dir, f), { highWaterMark: 1 << 20 }) })));
  const readMs = performance.now() - t0;
  const readCpu = process.cpuUsage(c0);
  const readGcMs = gcMs;
  if (!r.success) throw new Error(`national data did not validate: ${JSON.stringify(r.issues.slice(0, 3))}`);
  const ds = r.data;
  const records = COLLECTIONS.reduce((n, c) => n + ds[c].length, 0);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const ix = compileDataset(ds);
  const compileMs = performance.now() - t1;
  const compileCpu = process.cpuUsage(c1);
  observer.disconnect();
  const totalMs = performance.now() - t0;
  const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
  gc();
  const mem = process.memoryUsage();
  console.log(`${records.toLocaleString("en")} records (${COLLECTIONS.map((c) => `${c} ${ds[c].length}`).join(", ")})`);
  console.log(
    table([
      ["stage", "wall s", "cpu s", "gc pauses s", "records/s (wall)", "records/s (cpu)"],
      ["readJsonLines (read, parse, validate)", (readMs / 1000).toFixed(1), (cpuMs(readCpu) / 1000).toFixed(1), (readGcMs / 1000).toFixed(1), rate(records, readMs), rate(records, cpuMs(readCpu))],
      ["compileDataset", (compileMs / 1000).toFixed(1), (cpuMs(compileCpu) / 1000).toFixed(1), ((gcMs - readGcMs) / 1000).toFixed(1), rate(records, compileMs), rate(records, cpuMs(compileCpu))],
      ["JSON Lines → compiled", (totalMs / 1000).toFixed(1), ((cpuMs(readCpu) + cpuMs(compileCpu)) / 1000).toFixed(1), (gcMs / 1000).toFixed(1), rate(records, totalMs), rate(records, cpuMs(readCpu) + cpuMs(compileCpu))],
    ]),
  );
  console.log(
    `peak RSS ${peakRssMiB()} MiB (${rssBefore} MiB before reading); after: heap used ${mib(mem.heapUsed)}, array buffers ${mib(mem.arrayBuffers)}, RSS ${mib(mem.rss)}; typed columns of the index ${mib(indexBytes(ix, ds))}`,
  );
  console.log(`targets (PERFORMANCE.md): JSON Lines → compiled national ≤ 40 s and ≤ 4 GiB peak RSS; compiled dataset ≤ 400 MiB`);
}
