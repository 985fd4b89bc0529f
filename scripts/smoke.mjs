// Consumer smoke test: checks the package as users get it, not the source.
//
// `npm pack`s the built package (run `npm run build` first) into a temp folder outside the repo,
// installs the tarball into throw-away consumer projects there, and checks:
//   - the tarball holds only dist/ and the package's documents;
//   - an ESM (.mjs, import) and a CommonJS (.cjs, require) consumer of "grassroots" and
//     "grassroots/testing" under Node 20 and Node 24 (the .cache/node24 binary);
//   - the `grassroots` bin as installed: validate (exit codes 0 and 1), and through npx `report
//     --format json` on the built-in dataset (exit 0, a "grassroots-report") and `--version`;
//   - TypeScript consumers type-checked strictly without skipLibCheck, one with
//     module/moduleResolution nodenext (an ESM .ts and a CommonJS .cts file) and one with
//     esnext/bundler, including passing fast-check to arbitraryDataset;
//   - arbitraryDataset(fc) at run time, its samples accepted by parseDataset.
// The JavaScript consumer installs only the tarball and zod (the required peer), so it also
// proves that nothing else is needed at run time, fast-check included; the TypeScript consumer
// adds typescript, @types/node and fast-check (an optional peer that grassroots/testing's types
// reference).
//
//   node scripts/smoke.mjs [--report FILE] [--keep]
// --report writes { checks: [{ name, ok, seconds, detail }] } for scripts/test.mjs;
// --keep leaves the temp folder in place and prints its path. Exit code 1 when a check failed.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, ensureNode24 } from "./node24.mjs";

const argv = process.argv.slice(2);
const reportFile = argv.includes("--report") ? argv[argv.indexOf("--report") + 1] : null;
const keep = argv.includes("--keep");

const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
// The same versions the repo develops with, so the npm cache already holds them.
const dev = pkg.devDependencies ?? {};
const want = (name, fallback) => `${name}@${dev[name] ?? fallback}`;
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";
const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

const work = mkdtempSync(path.join(tmpdir(), "grassroots-smoke-"));
const checks = [];

/** Runs a command, capturing its output (printed only when its check fails). */
function exec(cmd, args, cwd, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], timeout: 600_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", (e) => (stderr += `\n${e.message}`));
    child.on("close", (code, signal) =>
      resolve({ ok: code === 0, status: code ?? signal, stdout, output: `${stdout}${stderr}` }),
    );
  });
}

/** Runs one check; `fn` returns a detail string or throws. Prints nothing (see `report`). */
async function check(name, fn) {
  const start = performance.now();
  let ok = true;
  let detail = "";
  try {
    detail = (await fn()) ?? "";
  } catch (e) {
    ok = false;
    detail = e instanceof Error ? e.message : String(e);
  }
  return { name, ok, seconds: (performance.now() - start) / 1000, detail };
}
const notRun = (name, why) => ({ name, ok: false, seconds: 0, detail: `not run: ${why}` });

/** Prints and records results in the given order (checks may have run concurrently). */
function report(...results) {
  for (const r of results) {
    const first = r.detail.split("\n")[0];
    console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)}s)${r.ok && first ? `: ${first}` : ""}`);
    if (!r.ok) console.log(indent(r.detail));
    checks.push({ ...r, detail: r.ok ? first : r.detail });
  }
  return results.every((r) => r.ok);
}
const indent = (s) => s.trimEnd().split("\n").map((l) => `    ${l}`).join("\n");
async function must(pending, what) {
  const r = await pending;
  if (!r.ok) throw new Error(`${what} exited ${r.status}\n${r.output}`);
  return r;
}
const write = (dir, files) => {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
};

// ---------------------------------------------------------------------------------------------
// Consumer sources

const DATA = {
  asOf: "2023-06-30",
  units: [
    { id: "x-1", name: "Xã Nậm Hàng", kind: "commune" },
    { id: "b-1", name: "Bản Nậm Nhùn", kind: "village", parentId: "x-1" },
  ],
  organizations: [
    { id: "db-1", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x-1" },
    { id: "cb-1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch", parentId: "db-1", coversUnitIds: ["b-1"] },
  ],
  people: [{ id: "p-1", name: "Lò Văn A", birthDate: "1980", gender: "male", ethnicity: "Thái", unitId: "b-1" }],
  memberships: [{ personId: "p-1", organizationId: "cb-1", startDate: "2010-05-19", officialDate: "2011-05-19" }],
  posts: [{ personId: "p-1", role: "secretary", organizationId: "cb-1", startDate: "2020-10-01" }],
};
// A wrong organization kind and a dangling reference: both must be reported.
const BAD = {
  organizations: [{ id: "o-1", name: "X", kind: "not-a-kind" }],
  memberships: [{ personId: "nobody", organizationId: "o-1", startDate: "2020-01-01" }],
};

// The same checks for ESM and CommonJS; `load` differs.
const checksJs = (load) => `
const assert = ${load("node:assert/strict")};
const { readFileSync } = ${load("node:fs")};
const t0 = performance.now();
const g = ${load("grassroots")};
const importMs = performance.now() - t0;
const testing = ${load("grassroots/testing")};
const read = (f) => JSON.parse(readFileSync(f, "utf8"));

const d = g.parseDataset(read("data.json"));
assert.equal(d.organizations.length, 2);
assert.equal(d.organizations[1].kind, "party-cell");
assert.equal(d.memberships[0].personId, "p-1");
assert.deepEqual(d.ratings, []);
assert.ok(Object.isFrozen(d) && Object.isFrozen(d.people[0]), "the dataset is frozen");
assert.equal(d.units[0].name, "Xã Nậm Hàng".normalize("NFC"));

let thrown;
try { g.parseDataset(read("bad.json")); } catch (e) { thrown = e; }
assert.ok(thrown, "invalid data throws");
assert.ok(g.isGrassrootsError(thrown), "a GrassrootsError");
assert.equal(thrown.code, "invalid-dataset");
const paths = thrown.issues.map((i) => i.path);
assert.ok(paths.includes("organizations[0].kind"), "wrong kind reported: " + paths);
assert.ok(paths.some((p) => p.startsWith("memberships[0]")), "dangling reference reported: " + paths);
assert.equal(g.safeParseDataset(read("bad.json")).success, false);

// The two entries work together (one shared copy of the schemas).
const generated = g.parseDataset(testing.generateDataset({ scale: "commune", seed: 1 }));
assert.ok(generated.people.length > 0, "generateDataset gives people");
console.log(process.version + ", " + Object.keys(g).length + " + " + Object.keys(testing).length +
  " exports, main entry loaded in " + importMs.toFixed(0) + " ms");
`;

const ESM = checksJs((m) => `await import(${JSON.stringify(m)})`);
const CJS = `"use strict";\n(async () => {${checksJs((m) => `require(${JSON.stringify(m)})`)}
const version = require("grassroots/package.json").version;
assert.equal(typeof version, "string");
})().catch((e) => { console.error(e); process.exit(1); });
`;

const TS_BODY = `
const input: DatasetInput = ${JSON.stringify(DATA)};
const d: Dataset = parseDataset(input);
const first: Readonly<Organization> | undefined = d.organizations[0];
const kind: Organization["kind"] = first?.kind ?? "other";

// @ts-expect-error "village" is a unit kind, not an organization kind
const wrongKind: Organization["kind"] = "village";
// @ts-expect-error a wrong kind in dataset input does not compile either
const wrongInput: DatasetInput = { organizations: [{ id: "o-1", name: "X", kind: "not-a-kind" }] };
// @ts-expect-error the parsed dataset is read-only
d.people.push({ id: "p-2", name: "B" });

const generated: Dataset = parseDataset(generateDataset({ scale: "commune", seed: 1 }));
// @ts-expect-error not a scale of generateDataset
generateDataset({ scale: "planet" });

// grassroots/testing takes the user's fast-check module (an optional peer) as an argument.
const samples: DatasetInput[] = fc.sample(arbitraryDataset(fc, { maxLength: 2 }), { numRuns: 2, seed: 1 });

function explain(e: unknown): string {
  return isGrassrootsError(e) ? e.code : "other";
}
export const used = [kind, wrongKind, wrongInput, generated, samples, explain] as const;
`;
const TS_ESM = `import { parseDataset, isGrassrootsError, type Dataset, type DatasetInput, type Organization } from "grassroots";
import { arbitraryDataset, generateDataset } from "grassroots/testing";
import fc from "fast-check";
${TS_BODY}`;
const TS_CJS = `import g = require("grassroots");
import testing = require("grassroots/testing");
import fc = require("fast-check");
const { arbitraryDataset, generateDataset } = testing;
type Dataset = g.Dataset;
type DatasetInput = g.DatasetInput;
type Organization = g.Organization;
const { parseDataset, isGrassrootsError } = g;
${TS_BODY.replace("export const used", "const used")}
export = used;
`;
// Run time with fast-check installed: sampled datasets parse.
const ARBITRARY = `import assert from "node:assert/strict";
import fc from "fast-check";
import { parseDataset } from "grassroots";
import { arbitraryDataset } from "grassroots/testing";
const samples = fc.sample(arbitraryDataset(fc, { maxLength: 3 }), { numRuns: 20, seed: 1 });
for (const s of samples) parseDataset(s);
assert.equal(samples.length, 20);
console.log(samples.length + " sampled datasets parsed");
`;
const tsconfig = (module, moduleResolution, files) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        module,
        moduleResolution,
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
        types: ["node"],
      },
      files,
    },
    null,
    2,
  );

// ---------------------------------------------------------------------------------------------
// Checks

let tarball = null;
const packed = await check("pack: npm pack, contents", async () => {
  const r = await must(exec(NPM, ["pack", "--json", "--pack-destination", work, "--loglevel=error"], ROOT), "npm pack");
  const info = JSON.parse(r.stdout.slice(r.stdout.indexOf("[")))[0];
  const files = info.files.map((f) => f.path);
  const allowed = /^(dist\/.+|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
  const stray = files.filter((f) => !allowed.test(f));
  if (stray.length) throw new Error(`unexpected files in the tarball: ${stray.join(", ")}`);
  const required = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "testing/index.js", "testing/index.cjs",
    "testing/index.d.ts", "testing/index.d.cts", "cli.js"].map((f) => `dist/${f}`);
  const missing = required.filter((f) => !files.includes(f));
  if (missing.length) throw new Error(`missing from the tarball: ${missing.join(", ")}`);
  tarball = path.join(work, info.filename);
  return `${info.filename}, ${files.length} files, ${(info.size / 1024).toFixed(0)} KB packed, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked`;
});
report(packed);

// Node 24 first (normally already installed by the test run), so the lanes below never block.
let node24 = null;
let node24Error = "";
try {
  node24 = ensureNode24({ log: (s) => console.log(`    ${s}`) });
} catch (e) {
  node24Error = e.message;
}

const js = path.join(work, "js");
const ts = path.join(work, "ts");
const consumerPkg = (name) => JSON.stringify({ name, version: "0.0.0", private: true, type: "module" }, null, 2);

const INSTALL_JS = "install: JS consumer (tarball + zod)";
const INSTALL_TS = "install: TS consumer (+ typescript, @types/node, fast-check)";
const [jsInstall, tsInstall] = packed.ok
  ? await Promise.all([
      check(INSTALL_JS, async () => {
        mkdirSync(js);
        write(js, { "package.json": consumerPkg("smoke-js"), "data.json": JSON.stringify(DATA), "bad.json": JSON.stringify(BAD),
          "esm.mjs": ESM, "cjs.cjs": CJS });
        await must(exec(NPM, ["install", ...NPM_FLAGS, tarball, want("zod", "^4.6.0")], js), "npm install");
      }),
      check(INSTALL_TS, async () => {
        mkdirSync(ts);
        write(ts, {
          "package.json": consumerPkg("smoke-ts"),
          "esm.ts": TS_ESM,
          "cjs.cts": TS_CJS,
          "bundler.ts": TS_ESM,
          "arbitrary.mjs": ARBITRARY,
          "tsconfig.nodenext.json": tsconfig("nodenext", "nodenext", ["esm.ts", "cjs.cts"]),
          "tsconfig.bundler.json": tsconfig("esnext", "bundler", ["bundler.ts"]),
        });
        await must(
          exec(NPM, ["install", ...NPM_FLAGS, tarball, want("zod", "^4.6.0"), want("fast-check", "^4.0.0"),
            want("typescript", "5.9.3"), "@types/node@20"], ts),
          "npm install",
        );
      }),
    ])
  : [notRun(INSTALL_JS, "no tarball"), notRun(INSTALL_TS, "no tarball")];
report(jsInstall, tsInstall);

// Three lanes at once: the JavaScript consumer's runs (one after the other) and the two tsc runs.
const node20Label = `Node ${process.versions.node.split(".")[0]}`;
const jsChecks = [
  ["ESM import", "esm.mjs", node20Label, process.execPath],
  ["CJS require", "cjs.cjs", node20Label, process.execPath],
  ["ESM import", "esm.mjs", "Node 24", node24],
  ["CJS require", "cjs.cjs", "Node 24", node24],
];
const jsLane = async () => {
  const out = [];
  for (const [kind, file, label, node] of jsChecks) {
    const name = `${kind} under ${label}`;
    if (!jsInstall.ok) out.push(notRun(name, "the JS consumer was not installed"));
    else if (!node) out.push(notRun(name, node24Error));
    else out.push(await check(name, async () => (await must(exec(node, [file], js), `${label} ${file}`)).stdout.trim()));
  }
  const BIN = "bin: grassroots validate (valid exits 0, invalid exits 1)";
  if (!jsInstall.ok) out.push(notRun(BIN, "the JS consumer was not installed"));
  else {
    out.push(
      await check(BIN, async () => {
        const bin = path.join(js, "node_modules", ".bin", "grassroots");
        await must(exec(bin, ["validate", "data.json"], js), "grassroots validate data.json");
        const bad = await exec(bin, ["validate", "bad.json"], js);
        if (bad.status !== 1) throw new Error(`grassroots validate bad.json exited ${bad.status}, want 1\n${bad.output}`);
        if (!bad.output.includes("organizations[0].kind")) throw new Error(`the issue path is not printed\n${bad.output}`);
      }),
    );
  }
  const REPORT = "bin: npx grassroots report --format json (built-in dataset), npx grassroots --version";
  if (!jsInstall.ok) out.push(notRun(REPORT, "the JS consumer was not installed"));
  else {
    out.push(
      await check(REPORT, async () => {
        // --no: use the installed package, never download one; --: the rest is the command's, not npx's.
        const r = await must(exec(NPX, ["--no", "--", "grassroots", "report", "--format", "json"], js), "npx grassroots report --format json");
        let report;
        try {
          report = JSON.parse(r.stdout);
        } catch (e) {
          throw new Error(`the report is not JSON: ${e.message}\n${r.stdout.slice(0, 500)}`);
        }
        if (report.kind !== "grassroots-report") throw new Error(`kind is ${JSON.stringify(report.kind)}, want "grassroots-report"`);
        const v = await must(exec(NPX, ["--no", "--", "grassroots", "--version"], js), "npx grassroots --version");
        if (v.stdout !== `${pkg.version}\n`) throw new Error(`--version printed ${JSON.stringify(v.stdout)}, want ${JSON.stringify(`${pkg.version}\n`)}`);
        return `report as of ${report.asOf} vs ${report.compareTo}, ${r.stdout.length} characters; version ${pkg.version}`;
      }),
    );
  }
  return out;
};
const tscCheck = (name, config) =>
  tsInstall.ok
    ? check(name, () =>
        must(exec(process.execPath, [path.join(ts, "node_modules", "typescript", "bin", "tsc"), "-p", config], ts), `tsc -p ${config}`).then(() => ""),
      )
    : Promise.resolve(notRun(name, "the TS consumer was not installed"));
const ARB = "arbitraryDataset(fc) samples parse (Node 20, fast-check installed)";
const arbCheck = () =>
  tsInstall.ok
    ? check(ARB, async () => (await must(exec(process.execPath, ["arbitrary.mjs"], ts), "node arbitrary.mjs")).stdout.trim())
    : Promise.resolve(notRun(ARB, "the TS consumer was not installed"));
const [jsResults, ...tscResults] = await Promise.all([
  jsLane().then(async (out) => [...out, await arbCheck()]),
  tscCheck("tsc nodenext/nodenext (.ts import + .cts require)", "tsconfig.nodenext.json"),
  tscCheck("tsc esnext/bundler", "tsconfig.bundler.json"),
]);
report(...jsResults, ...tscResults);

// ---------------------------------------------------------------------------------------------

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (reportFile) writeFileSync(reportFile, JSON.stringify({ checks }, null, 2));
const failed = checks.filter((c) => !c.ok).length;
console.log(`smoke: ${checks.length - failed} of ${checks.length} checks passed`);
process.exitCode = failed === 0 ? 0 : 1;
