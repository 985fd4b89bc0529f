// `npm test`: every check the project makes, in order, with one closing line for CI.
//
// Steps: type check, build, vitest under three time zones, vitest under Node 24, publint, attw,
// typedoc validation, benchmark guard, consumer smoke test. A failing step does not stop the independent ones;
// steps that need the build are marked failed (not run) when the build fails.
//
// The last line printed is exactly `N passed, N failed`: vitest's numPassedTests/numFailedTests
// summed over every vitest run, plus one per other check (each smoke check counts on its own).
// Exit code 1 when anything failed.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, ensureNode24, node24Env } from "./node24.mjs";

const BIN = path.join(ROOT, "node_modules", ".bin");
const bin = (name) => path.join(BIN, name);

/** Runs a command with inherited output; resolves to its exit code (a signal counts as 1). */
function run(cmd, args, { env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", (e) => {
      console.error(`test: cannot start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** CPU seconds used so far by finished child processes (Linux /proc; null elsewhere). */
function childCpuSeconds() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, USER_HZ = 100
  } catch {
    return null;
  }
}

function heading(text) {
  console.log(`\n━━ ${text} ${"━".repeat(Math.max(0, 70 - text.length))}`);
}

/** One vitest run writing its JSON report; counted from the report, never from the log. */
async function vitest(label, { tz, typecheck, isolate = true, env = process.env }) {
  const json = `.vitest-${label}.json`;
  const file = path.join(ROOT, json);
  rmSync(file, { force: true }); // a crash must not leave the previous run's numbers behind
  const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${json}`];
  if (!typecheck) args.push("--typecheck.enabled=false");
  if (!isolate) args.push("--no-isolate");
  const code = await run(bin("vitest"), args, { env: { ...env, TZ: tz } });
  let report = null;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    console.error(`test: vitest (${label}) wrote no readable ${json}; counted as 1 failure`);
  }
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  // A file that fails to load, a type error outside a test, an unhandled error or "no tests"
  // fails the run without failing a test: still at least one failure.
  if (code !== 0 || !report || report.success === false) {
    failed = Math.max(failed, report?.numFailedTestSuites ?? 0, 1);
  }
  return { ok: failed === 0, passed, failed, note: `${passed} passed, ${failed} failed` };
}

/** A non-vitest check: one pass or one failure. */
async function check(cmd, args, opts) {
  const code = await run(cmd, args, opts);
  return { ok: code === 0, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note: code === 0 ? "" : `exit ${code}` };
}

/** The smoke test counts each of its checks; it reports them in a JSON file outside the repo. */
async function smoke() {
  const dir = mkdtempSync(path.join(tmpdir(), "grassroots-smoke-report-"));
  const report = path.join(dir, "report.json");
  const code = await run(process.execPath, [path.join(ROOT, "scripts", "smoke.mjs"), "--report", report]);
  let checks = null;
  try {
    checks = JSON.parse(readFileSync(report, "utf8")).checks;
  } catch {
    console.error("test: smoke test wrote no report; counted as 1 failure");
  }
  rmSync(dir, { recursive: true, force: true });
  if (!checks) return { ok: false, passed: 0, failed: 1, note: `exit ${code}, no report` };
  const passed = checks.filter((c) => c.ok).length;
  let failed = checks.length - passed;
  if (code !== 0) failed = Math.max(failed, 1);
  return { ok: failed === 0, passed, failed, note: `${passed}/${checks.length} checks` };
}

/** Vitest under Node 24; an install failure (offline) is a failure, never a skip. */
async function node24Vitest() {
  try {
    ensureNode24();
  } catch (e) {
    console.error(`test: FAIL: ${e.message}`);
    return { ok: false, passed: 0, failed: 1, note: "Node 24 unavailable" };
  }
  return vitest("node24", { tz: "UTC", typecheck: false, isolate: false, env: { ...node24Env(), GRASSROOTS_SKIP_BROWSER: "1" } });
}

const NO_BROWSER = { ...process.env, GRASSROOTS_SKIP_BROWSER: "1" };

// `needs: "build"` marks steps that test the build output.
const steps = [
  { name: "typecheck (tsc)", run: () => check(bin("tsc"), ["--noEmit", "-p", "."]) },
  // Built before the tests, so that test/cli/process.test.ts runs the command as users get it.
  { name: "build (tsup)", run: () => check(bin("tsup"), []), provides: "build" },
  // The first run is the canonical one: type tests included, each test file isolated. Type tests
  // do not depend on the time zone or the Node version, so they run (and are counted) once; the
  // repeat runs are runtime tests only, without per-file isolation (--no-isolate halves their CPU
  // time: the library has no module state, and the one spy is restored in afterEach).
  { name: "vitest TZ=UTC (+types)", run: () => vitest("UTC", { tz: "UTC", typecheck: true }) },
  // The browser render test (HTML report and docs in Chromium, ~45 s) depends on no time zone or
  // Node version: it runs in the first run only.
  { name: "vitest TZ=Asia/Ho_Chi_Minh", run: () => vitest("Asia-Ho_Chi_Minh", { tz: "Asia/Ho_Chi_Minh", typecheck: false, isolate: false, env: NO_BROWSER }) },
  { name: "vitest TZ=America/Los_Angeles", run: () => vitest("America-Los_Angeles", { tz: "America/Los_Angeles", typecheck: false, isolate: false, env: NO_BROWSER }) },
  { name: "vitest Node 24 (TZ=UTC)", run: node24Vitest },
  { name: "publint --strict", run: () => check(bin("publint"), ["--strict"]), needs: "build" },
  { name: "attw --pack .", run: () => check(bin("attw"), ["--pack", "."]), needs: "build" },
  { name: "typedoc (validate)", run: () => check(bin("typedoc"), ["--emit", "none"]) },
  // Performance regression guard: fails when a metric is more than 3× its hand-written loop in
  // the same run, at province scale (bench/guard.bench.ts; about 10–20 s).
  { name: "benchmark guard (≤ 3× hand loops)", run: () => check(process.execPath, [path.join(ROOT, "scripts", "bench.mjs"), "guard"]) },
  { name: "smoke (packed consumers)", run: smoke, needs: "build" },
];

const results = [];
const failedProvides = new Set();
for (const step of steps) {
  heading(step.name);
  const start = performance.now();
  const cpuStart = childCpuSeconds();
  let r;
  if (step.needs && failedProvides.has(step.needs)) {
    console.log(`not run: the ${step.needs} failed`);
    r = { ok: false, passed: 0, failed: 1, note: `not run: ${step.needs} failed` };
  } else {
    try {
      r = await step.run();
    } catch (e) {
      console.error(`test: ${step.name} threw: ${e?.stack ?? e}`);
      r = { ok: false, passed: 0, failed: 1, note: "crashed" };
    }
  }
  if (!r.ok && step.provides) failedProvides.add(step.provides);
  const cpuEnd = childCpuSeconds();
  const cpu = cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart;
  results.push({ ...r, name: step.name, seconds: (performance.now() - start) / 1000, cpu });
}

// The table: wall time, and the CPU time of the step's processes (a busy machine stretches the
// first, not the second).
const width = Math.max(...results.map((r) => r.name.length));
const secs = (v) => (v === null ? "" : `${v.toFixed(1)}s`);
const total = (key) => (results.some((r) => r[key] === null) ? null : results.reduce((s, r) => s + r[key], 0));
console.log(`\n${"step".padEnd(width)}  result    wall     cpu  detail`);
for (const r of results) {
  console.log(`${r.name.padEnd(width)}  ${(r.ok ? "ok" : "FAIL").padEnd(6)} ${secs(r.seconds).padStart(7)} ${secs(r.cpu).padStart(7)}  ${r.note}`);
}
console.log(`${"total".padEnd(width)}  ${"".padEnd(6)} ${secs(total("seconds")).padStart(7)} ${secs(total("cpu")).padStart(7)}`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
