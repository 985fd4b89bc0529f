// The built command as a real process: exit codes, stdout/stderr, the version from package.json.
// Runs only when dist/cli.js exists and is newer than every source file (`npx tsup` first);
// otherwise the test is skipped with the reason in its name. GRASSROOTS_TEST_DIST=1 runs it on
// whatever build there is (while sources are being edited).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist", "cli.js");

function newestSource(dir: string): { file: string; mtime: number } {
  let best = { file: "", mtime: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const cand = e.isDirectory() ? newestSource(p) : { file: p, mtime: statSync(p).mtimeMs };
    if (cand.mtime > best.mtime) best = cand;
  }
  return best;
}

function skipReason(): string | undefined {
  if (!existsSync(CLI)) return "dist/cli.js not found (run npx tsup)";
  if (process.env["GRASSROOTS_TEST_DIST"] === "1") return undefined;
  const newest = newestSource(join(ROOT, "src"));
  if (newest.mtime > statSync(CLI).mtimeMs) return `dist/cli.js is older than ${newest.file.slice(ROOT.length + 1)} (run npx tsup)`;
  return undefined;
}

const reason = skipReason();
const dir = mkdtempSync(join(tmpdir(), "grassroots-cli-process-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input: input ?? "", encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the built command (node dist/cli.js)", () => {
  if (reason !== undefined) {
    it.skip(`skipped: ${reason}`, () => {});
    return;
  }
  it("exits 0, 1 and 2 as documented, and prints the package's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });

    writeFileSync(join(dir, "good.json"), JSON.stringify({ asOf: "2023-06-30", units: [{ id: "b", name: "Bản A", kind: "village" }] }));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ units: [{ id: "b", name: "Bản A", kind: "planet" }] }));
    const good = run(["validate", "good.json", "--locale", "en"]);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^Valid dataset\.\n/);
    const bad = run(["validate", "bad.json", "--locale", "en"]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^Invalid dataset: 1 issues\nunits\[0\]\.kind \[/);
    const stdin = run(["validate", "-", "--format", "json"], '{"collection":"people","record":{"id":"p","name":"A"}}\n');
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout).records.people).toBe(1);

    for (const args of [["validate", "good.json", "--nope"], ["validate", "missing.json"], ["report", "--as-of", "2023-02-30"], []]) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^grassroots: [^\n]+\nsee grassroots (report |validate )?--help\n$/);
    }

    const report = run(["report", "--format", "json"]);
    expect(report.stderr).toBe("");
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout) as { kind: string; asOf: string; compareTo: string | null };
    expect([json.kind, json.asOf, json.compareTo]).toEqual(["grassroots-report", "2023-06-30", "2013-06-30"]);
  });
});
