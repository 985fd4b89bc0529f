import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "grassroots-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin = ""): CliIo & { out: string; err: string } {
  const self = {
    out: "",
    err: "",
    stdout: (s: string) => {
      self.out += s;
    },
    stderr: (s: string) => {
      self.err += s;
    },
    stdin: () => (async function* () {
      yield stdin;
    })(),
    readFile: (p: string) => createReadStream(p),
    listDir: (p: string) => {
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) return { kind: "missing" as const };
      if (!st.isDirectory()) return { kind: "file" as const };
      return { kind: "dir" as const, entries: readdirSync(p).sort().map((name) => ({ name, path: join(p, name) })) };
    },
  };
  return self;
}

const good = {
  asOf: "2023-06-30",
  units: [{ id: "b", name: "Bản Nậm Ban", kind: "village" }],
  organizations: [{ id: "cb", name: "Chi bộ bản Nậm Ban", kind: "party-cell", coversUnitIds: ["b"] }],
  people: [{ id: "p", name: "Vàng A Dế" }],
  memberships: [{ personId: "p", organizationId: "cb", startDate: "2010", officialDate: "2011" }],
};

describe("grassroots validate", () => {
  it("summarises a valid JSON file (exit 0)", async () => {
    const f = join(dir, "good.json");
    writeFileSync(f, JSON.stringify(good));
    const t = io();
    expect(await runCli(["validate", f, "--locale", "en"], t)).toBe(0);
    expect(t.out).toContain("Valid dataset.");
    expect(t.out).toContain("Party members: 1 (1 official, 0 probationary)");
    expect(t.out).toContain("[cell-below-minimum] Party cell cb has only 1 official members on 2023-06-30 (minimum 3)");
  });
  it("prints JSON with --format json and honours --as-of", async () => {
    const f = join(dir, "good.json");
    const t = io();
    expect(await runCli(["validate", f, "--format=json", "--as-of", "2009-01-01"], t)).toBe(0);
    const out = JSON.parse(t.out);
    expect(out.valid).toBe(true);
    expect(out.asOf).toBe("2009-01-01");
    expect(out.partyMembers).toEqual({ official: 0, probationary: 0 });
    expect(out.records.people).toBe(1);
  });
  it("prints every issue with its path and exits 1", async () => {
    const f = join(dir, "bad.json");
    writeFileSync(f, JSON.stringify({ people: [{ id: "p", name: "" }, { id: "p", name: "B", birthDate: "2023-02-30" }] }));
    const t = io();
    expect(await runCli(["validate", f, "--locale", "en"], t)).toBe(1);
    expect(t.out.split("\n")).toEqual([
      "Invalid dataset: 3 issues",
      "people[0].name [too-small] Must not be empty",
      'people[1].birthDate [invalid-date] Invalid date "2023-02-30": expected YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists',
      'people[1].id [duplicate-id] Duplicate id "p" (already used by people[0])',
      "",
    ]);
  });
  it("reads a folder of JSON Lines and reports file and line", async () => {
    const d = join(dir, "jsonl");
    mkdirSync(d);
    writeFileSync(join(d, "meta.json"), '{"asOf":"2023-06-30"}');
    writeFileSync(join(d, "people.jsonl"), '{"id":"p","name":"A"}\n{"id":"q","name":"B","unitId":"nowhere"}\n');
    writeFileSync(join(d, "README.txt"), "ignored");
    const t = io();
    expect(await runCli(["validate", d, "--locale", "en"], t)).toBe(1);
    expect(t.out).toContain('people.jsonl:2 people[1].unitId [unresolved-reference] No unit with id "nowhere"');
  });
  it("reads standard input as JSON or as tagged JSON Lines", async () => {
    const t = io(JSON.stringify(good));
    expect(await runCli(["validate", "-"], t)).toBe(0);
    expect(t.out).toContain("Dữ liệu hợp lệ.");
    const lines = '{"collection":"people","record":{"id":"p","name":"A"}}\n{"collection":"people","record":{"id":"q","name":"B"}}\n';
    const t2 = io(lines);
    expect(await runCli(["validate", "-", "--locale", "en"], t2)).toBe(0);
    expect(t2.out).toContain("  People                               2\n");
  });
  it("reports unreadable JSON as invalid data", async () => {
    const f = join(dir, "broken.json");
    writeFileSync(f, "{ not json");
    const t = io();
    expect(await runCli(["validate", f], t)).toBe(1);
    expect(t.out).toContain("[invalid-json]");
  });
  it("exits 2 on usage errors, with the usage on stderr", async () => {
    for (const argv of [[], ["report"], ["validate"], ["validate", "a", "b"], ["validate", "x", "--locale", "fr"], ["validate", "x", "--as-of", "2023-02-30"], ["validate", "x", "--nope", "1"], ["validate", join(dir, "missing.json")]]) {
      const t = io();
      expect(await runCli(argv, t), argv.join(" ")).toBe(2);
      expect(t.err).toMatch(/^grassroots: /);
    }
    const h = io();
    expect(await runCli(["--help"], h)).toBe(0);
    expect(h.out).toContain("Usage:");
  });
});
