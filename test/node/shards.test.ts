// buildReportFromShards: worker threads reading shards (in memory, JSON, JSON Lines stream and
// folders), merged in the main thread, compared with the in-process merge of buildReport.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isGrassrootsError } from "../../src/_lib/errors.js";
import { datasetToJsonLines, datasetToJsonLinesFiles } from "../../src/model/jsonl.js";
import { parseDataset } from "../../src/model/parse.js";
import type { DatasetInput } from "../../src/model/schemas.js";
import { buildReportFromShards } from "../../src/node/index.js";
import { buildReport } from "../../src/report/build.js";
import { mergeReports } from "../../src/report/merge.js";
import type { Report, ReportOptions } from "../../src/report/types.js";
import { collectionSizes, concatDatasets, generatedShards } from "./_shards.js";

const ROOT = join(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "grassroots-shards-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeFolder(path: string, dataset: DatasetInput): void {
  mkdirSync(path, { recursive: true });
  for (const f of datasetToJsonLinesFiles(dataset as Parameters<typeof datasetToJsonLinesFiles>[0])) writeFileSync(join(path, f.name), [...f.lines].join("\n") + "\n");
}

function inProcess(parts: readonly DatasetInput[], options: ReportOptions) {
  return mergeReports(
    parts.map((p) => buildReport(parseDataset(p), options)),
    { collectionSizes: parts.map(collectionSizes) },
  );
}

const parts = generatedShards(3, "commune");
const options = { asOf: "2025-06-30", compareTo: "2020-06-30" } as const;
// The report of the whole: the shards concatenated, in one process.
const single = buildReport(parseDataset(concatDatasets(parts)), options);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("buildReportFromShards", () => {
  it("with 2 workers equals the in-process merge, and the single-process report (shards in memory)", { timeout: 120_000 }, async () => {
    expect(single.strength.members.asOf).toBeGreaterThan(300);
    // The ranks on compareTo are there to compare.
    expect(single.league.rows.filter((r) => r.previousRank !== null && r.rankChange !== 0).length).toBeGreaterThan(0);
    const got = await buildReportFromShards(parts, { ...options, workers: 2 });
    expect(got).toEqual(single);
    expect(got).toEqual(inProcess(parts, options));
  });

  it("reads paths: a JSON Lines folder, a tagged .jsonl stream, a .json file; one worker", { timeout: 120_000 }, async () => {
    const folder = join(dir, "s1");
    writeFolder(folder, parts[0]!);
    const stream = join(dir, "s2.jsonl");
    writeFileSync(stream, [...datasetToJsonLines(parts[1] as Parameters<typeof datasetToJsonLines>[0], { tagged: true })].join("\n") + "\n");
    const json = join(dir, "s3.json");
    writeFileSync(json, JSON.stringify(parts[2]));
    const got = await buildReportFromShards([folder, stream, json], { ...options, workers: 1 });
    expect(got).toEqual(single);
  });

  it("equals buildReport on the concatenated dataset without compareTo, and with other options", { timeout: 120_000 }, async () => {
    const plain = buildReport(parseDataset(concatDatasets(parts)), { asOf: "2024-12-31" });
    expect(await buildReportFromShards(parts, { asOf: "2024-12-31", workers: 2 })).toEqual(plain);
    const other = { asOf: "2024-12-31", compareTo: "2016-12-31", unitKinds: ["village", "school"], cadres: "party-members", leagueMetrics: ["member-coverage", "standardization"], title: "Ba xã" } as const;
    expect(await buildReportFromShards(parts, { ...other, workers: 2 })).toEqual(buildReport(parseDataset(concatDatasets(parts)), other));
  });

  it("invalid data in a shard rejects with that shard's issues, prefixed", { timeout: 120_000 }, async () => {
    const bad = { units: [{ id: "x", name: "Xã", kind: "commune" }], people: [{ id: "p", name: "A", unitId: "nowhere" }] };
    const e = await rejection(buildReportFromShards([parts[0]!, bad as DatasetInput], { ...options, workers: 2 }));
    expect(isGrassrootsError(e) && e.code).toBe("invalid-dataset");
    expect(isGrassrootsError(e) && e.issues?.map((i) => [i.path, i.code])).toEqual([["shards[1].people[0].unitId", "unresolved-reference"]]);
    // A JSON Lines folder: the issue names the folder's file and line.
    const folder = join(dir, "bad");
    writeFolder(folder, bad as DatasetInput);
    const f = await rejection(buildReportFromShards([folder], options));
    expect(isGrassrootsError(f) && f.issues?.map((i) => [i.path.startsWith("shards[0]"), i.file, i.line])).toEqual([[true, join(folder, "people.jsonl"), 1]]);
    // A tagged stream: the issue names the stream itself.
    const stream = join(dir, "bad.jsonl");
    writeFileSync(stream, [...datasetToJsonLines(bad as Parameters<typeof datasetToJsonLines>[0], { tagged: true })].join("\n") + "\n");
    const h = await rejection(buildReportFromShards([parts[0]!, stream], { ...options, workers: 2 }));
    expect(isGrassrootsError(h) && h.issues?.map((i) => [i.path.startsWith("shards[1]"), i.file, i.line])).toEqual([[true, stream, 2]]);
    const g = await rejection(buildReportFromShards([join(dir, "missing.json")], options));
    expect(isGrassrootsError(g) && g.message).toMatch(/missing\.json/);
  });

  it("refuses bad arguments", async () => {
    for (const [shards, opts] of [
      [[], options],
      [parts, { ...options, workers: 0 }],
      [parts, { ...options, leagueMetrics: [{ id: "x" }] }],
    ] as const) {
      const e = await rejection(buildReportFromShards(shards as never, opts as never));
      expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    }
    // An error of buildReport in the worker comes back as itself.
    const e = await rejection(buildReportFromShards(parts, { asOf: "2020-01-01", compareTo: "2021-01-01", workers: 1 }));
    expect(isGrassrootsError(e) && [e.code, /compareTo/.test(e.message)]).toEqual(["invalid-argument", true]);
  });
});

describe("buildReportFromShards from the built package", () => {
  // tsup builds the entries into a temp folder (as the package's build does, with the two entries
  // of ./node); ESM and CommonJS are then loaded by plain node, outside vitest.
  it("works from the ESM and the CommonJS build", { timeout: 180_000 }, () => {
    const out = join(dir, "build");
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, "tsup.config.mjs"),
      `export default ${JSON.stringify({
        entry: { index: "src/index.ts", "node/index": "src/node/index.ts", "node/worker": "src/node/worker.ts" },
        format: ["esm", "cjs"],
        target: "node20",
        platform: "node",
        outDir: join(out, "dist"),
        clean: true,
        splitting: true,
        shims: true,
        dts: false,
      })};\n`,
    );
    const build = spawnSync(process.execPath, [join(ROOT, "node_modules/tsup/dist/cli-default.js"), "--config", join(out, "tsup.config.mjs")], { cwd: ROOT, encoding: "utf8", timeout: 170_000 });
    expect(build.status, build.stderr).toBe(0);
    writeFileSync(join(out, "package.json"), `{"type":"module"}\n`);
    symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"));
    writeFileSync(join(out, "shards.json"), JSON.stringify(parts));
    writeFileSync(
      join(out, "run.mjs"),
      `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const parts = JSON.parse(readFileSync(new URL("./shards.json", import.meta.url), "utf8"));
const esm = await import("./dist/node/index.js");
const cjs = createRequire(import.meta.url)("./dist/node/index.cjs");
const out = [];
for (const m of [esm, cjs]) out.push(await m.buildReportFromShards(parts, { asOf: "2025-06-30", compareTo: "2020-06-30", workers: 2 }));
process.stdout.write(JSON.stringify(out));
`,
    );
    const run = spawnSync(process.execPath, [join(out, "run.mjs")], { cwd: tmpdir(), encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 28 });
    expect(run.status, run.stderr).toBe(0);
    const [fromEsm, fromCjs] = JSON.parse(run.stdout) as unknown[];
    expect(fromEsm).toEqual(single);
    expect(fromCjs).toEqual(single);
  });
});
