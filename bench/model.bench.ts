// Input stages at province scale (national with --national): JSON Lines reading, validation and
// compilation into the columnar index, each in records per second and next to a baseline loop
// measured in the same run (machines are shared: compare ratios, not absolute times).
import { COLLECTIONS, compileDataset, readJsonLines, safeParseDataset, datasetToJsonLinesFiles, type Dataset } from "../src/index.js";
import { generateDataset } from "../src/testing/index.js";
import { gc, peakRssMiB, rate, scaleArg, table, time, timeAsync } from "./_harness.js";

const scale = scaleArg();
const runs = scale === "national" ? 1 : 5;
console.log(`grassroots model benchmark — ${scale} scale, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

let t = performance.now();
const input = generateDataset({ scale, seed: 1 });
const genMs = performance.now() - t;
const records = COLLECTIONS.reduce((n, c) => n + input[c].length, 0);
console.log(`generated ${records.toLocaleString("en")} records in ${(genMs / 1000).toFixed(1)} s (${COLLECTIONS.map((c) => `${c} ${input[c].length}`).join(", ")})`);

const rows: (string | number)[][] = [["stage", "median ms", "records/s", "baseline", "baseline ms", "ratio"]];

// 1. JSON Lines text → validated dataset; baseline: JSON.parse of every line, nothing else.
const files = datasetToJsonLinesFiles(input).map((f) => ({ name: f.name, text: `${[...f.lines].join("\n")}\n` }));
gc();
const base1 = time(() => {
  let n = 0;
  for (const f of files) for (const line of f.text.split("\n")) if (line !== "") n += JSON.parse(line) ? 1 : 0;
  return n;
}, runs);
const jsonl = await timeAsync(
  () => readJsonLines(files.map((f) => ({ name: f.name, collection: f.name === "meta.json" ? "meta" : (f.name.replace(".jsonl", "") as never), content: f.text }))),
  runs,
);
if (!jsonl.result.success) throw new Error(`generated data did not validate: ${JSON.stringify(jsonl.result.issues.slice(0, 3))}`);
rows.push(["JSON Lines → dataset", jsonl.ms.toFixed(0), rate(records, jsonl.ms), "JSON.parse per line", base1.ms.toFixed(0), (jsonl.ms / base1.ms).toFixed(2)]);
files.length = 0;

// 2. Validation of plain objects; baseline: a loop that reads every field of every record.
const base2 = time(() => {
  let n = 0;
  for (const c of COLLECTIONS) for (const r of input[c] as readonly Record<string, unknown>[]) for (const k in r) if (r[k] !== undefined) n++;
  return n;
}, runs);
const parsed = time(() => safeParseDataset(input), runs);
if (!parsed.result.success) throw new Error("generated data did not validate");
const ds: Dataset = parsed.result.data;
rows.push(["safeParseDataset", parsed.ms.toFixed(0), rate(records, parsed.ms), "read every field", base2.ms.toFixed(0), (parsed.ms / base2.ms).toFixed(2)]);

// 3. Compilation; baseline: the hand-written minimum for memberships alone (two id lookups and
// three date columns per record, no grouping), scaled to all records.
const base3 = time(() => {
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
const compiled = time(() => compileDataset(ds), runs);
rows.push([
  "compileDataset",
  compiled.ms.toFixed(0),
  rate(records, compiled.ms),
  "id lookups only",
  base3.ms.toFixed(0),
  ((compiled.ms / records) / (base3.ms / baseRecords)).toFixed(2) + " per record",
]);

console.log(table(rows));
const ix = compiled.result;
let bytes = 0;
for (const part of Object.values(ix)) {
  if (typeof part !== "object" || part === null || part === ds) continue;
  for (const v of Object.values(part)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
}
console.log(`typed columns of the index: ${(bytes / 2 ** 20).toFixed(1)} MiB; peak RSS ${peakRssMiB()} MiB`);
console.log(`targets (PERFORMANCE.md): validation ≥ 1 M/s, compilation ≥ 1 M/s`);
