import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync, existsSync } from "node:fs";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "grassroots-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Chunk = string | Uint8Array;
type TestIo = CliIo & { out: string; err: string; written: Record<string, string> };

/** An in-memory CliIo over the real file system; `stdin` is one string or a list of chunks. */
function io(stdin: string | Chunk[] = "", extra: Partial<CliIo> = {}): TestIo {
  const chunks = typeof stdin === "string" ? [stdin] : stdin;
  const self: TestIo = {
    out: "",
    err: "",
    written: {},
    stdout: (s: string) => {
      self.out += s;
    },
    stderr: (s: string) => {
      self.err += s;
    },
    stdin: () => (async function* () {
      yield* chunks;
    })(),
    readFile: (p: string) => createReadStream(p),
    listDir: (p: string) => {
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) return { kind: "missing" as const };
      if (!st.isDirectory()) return { kind: "file" as const };
      return { kind: "dir" as const, entries: readdirSync(p).sort().map((name) => ({ name, path: join(p, name) })) };
    },
    writeFile: (p: string, text: string) => {
      writeFileSync(p, text);
      self.written[p] = text;
    },
    ...extra,
  };
  return self;
}

/** A usage error: exit 2, one line naming the problem, one line pointing at the help. */
async function expectUsageError(argv: string[], message: string, t: TestIo = io()): Promise<void> {
  expect(await runCli(argv, t), argv.join(" ")).toBe(2);
  expect(t.err.split("\n").slice(0, 1)).toEqual([`grassroots: ${message}`]);
  expect(t.err).toMatch(/^grassroots: .*\nsee grassroots (report |validate )?--help\n$/);
  expect(t.out).toBe("");
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
});

describe("usage errors, help and version", () => {
  it("exits 2 with one line naming the problem and a pointer to the help, never the usage or a stack", async () => {
    await expectUsageError([], "missing command (report or validate)");
    await expectUsageError(["frobnicate"], 'unknown command "frobnicate" (report or validate)');
    await expectUsageError(["validate"], "validate needs FILE, DIR or - (standard input)");
    await expectUsageError(["validate", "a", "b"], 'unexpected argument "b"');
    await expectUsageError(["validate", "x", "--locale", "fr"], '--locale must be vi or en, got "fr"');
    await expectUsageError(["validate", "x", "--as-of", "2023-02-30"], '--as-of must be a calendar date YYYY-MM-DD, got "2023-02-30"');
    await expectUsageError(["validate", "x", "--nope", "1"], "unknown option --nope");
    await expectUsageError(["report", "--format", "pdf"], '--format must be text, markdown, html, json, got "pdf"');
    await expectUsageError(["report", "--as-of", "2013-06-30", "--compare", "2023-06-30"], "--compare (2023-06-30) must be before --as-of (2013-06-30)");
    const t = io();
    await expectUsageError(["report", "--nope"], "unknown option --nope", t);
    expect(t.err).toBe("grassroots: unknown option --nope\nsee grassroots report --help\n");
  });
  it("exits 2 for a missing file or folder, and for a folder without JSON Lines files", async () => {
    const missing = join(dir, "missing.json");
    await expectUsageError(["validate", missing], `no such file or folder: ${missing}`);
    await expectUsageError(["report", missing], `no such file or folder: ${missing}`);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    writeFileSync(join(empty, "notes.txt"), "not data");
    await expectUsageError(["validate", empty], `no <collection>.jsonl files in ${empty}`);
  });
  it("prints the help on stdout (exit 0): general and per command", async () => {
    const h = io();
    expect(await runCli(["--help"], h)).toBe(0);
    expect(h.out).toContain("grassroots report [FILE|DIR|-] [--as-of DATE] [--compare DATE] [--locale vi|en]");
    expect(h.out).toContain("grassroots validate FILE|DIR|- [--as-of DATE] [--locale vi|en] [--format text|json]");
    expect(h.out).toContain("Exit codes: 0 success, 1 invalid data");
    expect(h.out).toContain("GRASSROOTS_HEAP=off");
    expect(h.err).toBe("");
    const short = io();
    expect(await runCli(["-h"], short)).toBe(0);
    expect(short.out).toBe(h.out);
    const r = io();
    expect(await runCli(["report", "--help"], r)).toBe(0);
    expect(r.out).toMatch(/^Usage: grassroots report \[FILE\|DIR\|-\] \[options\]\n/);
    expect(r.out).toContain("--compare DATE");
    expect(r.out).toContain("--output FILE, -o FILE");
    expect(r.out).not.toContain("grassroots validate");
    const v = io();
    expect(await runCli(["help", "validate"], v)).toBe(0);
    expect(v.out).toMatch(/^Usage: grassroots validate FILE\|DIR\|- \[options\]\n/);
    expect(v.out).toContain("Memory:");
    expect(v.out).not.toContain("--compare");
  });
  it("prints the version it is given (exit 0), as in package.json", async () => {
    const version = (JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")) as { version: string }).version;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ["--version", "-v"]) {
      const t = io("", { version });
      expect(await runCli([flag], t)).toBe(0);
      expect(t.out).toBe(`${version}\n`);
    }
    const unknown = io();
    expect(await runCli(["--version"], unknown)).toBe(0);
    expect(unknown.out).toBe("unknown\n");
  });
});

describe("input", () => {
  const failing = (path: string, first: string): AsyncIterable<Chunk> =>
    (async function* () {
      yield first;
      throw Object.assign(new Error(`EACCES: permission denied, read '${path}'`), { code: "EACCES" });
    })();

  it("exits 2 with one line when a file cannot be read, whatever its kind", async () => {
    const json = join(dir, "unreadable.json");
    writeFileSync(json, JSON.stringify(good));
    await expectUsageError(["validate", json], `cannot read ${json}: EACCES: permission denied, read '${json}'`, io("", { readFile: (p) => failing(p, "{") }));
    const jsonl = join(dir, "unreadable.jsonl");
    writeFileSync(jsonl, "");
    await expectUsageError(["report", jsonl, "--as-of", "2020-01-01"], `cannot read ${jsonl}: EACCES: permission denied, read '${jsonl}'`, io("", { readFile: (p) => failing(p, '{"collection":"people","record":{"id":"p","name":"A"}}\n') }));
    const d = join(dir, "unreadable");
    mkdirSync(d);
    writeFileSync(join(d, "people.jsonl"), "");
    const people = join(d, "people.jsonl");
    await expectUsageError(["validate", d], `cannot read ${d}: EACCES: permission denied, read '${people}'`, io("", { readFile: (p) => failing(p, '{"id":"p","name":"A"}\n') }));
    const stdin = io("", { stdin: () => failing("-", '{"collection":"people","record":{"id":"p","name":"A"}}\n') });
    await expectUsageError(["validate", "-"], "cannot read standard input: EACCES: permission denied, read '-'", stdin);
  });

  it("exits 2 for a JSON document too large for one string, before reading it all", async () => {
    const f = join(dir, "huge.json");
    writeFileSync(f, "{}");
    const piece = " ".repeat(64 * 1024 * 1024); // one string, yielded again and again
    let reads = 0;
    const t = io("", {
      readFile: () =>
        (async function* () {
          for (; reads < 100; reads++) yield piece;
        })(),
    });
    await expectUsageError(["validate", f], `${f} is too large for one JSON document (at most 512 MiB of text): use JSON Lines`, t);
    // Stopped at the eighth piece (counted from 0: 7): 8 × 64 MiB = 2^29 characters, over the limit.
    expect(reads).toBe(7);
  });

  it("reads a folder in collection order with meta.json first, whatever the listing order", async () => {
    const d = join(dir, "good-folder");
    mkdirSync(d);
    // Alphabetically memberships < meta < organizations < people < units; references still resolve.
    writeFileSync(join(d, "memberships.jsonl"), `${JSON.stringify(good.memberships[0])}\n`);
    writeFileSync(join(d, "meta.json"), '{"asOf":"2023-06-30"}\n');
    writeFileSync(join(d, "organizations.jsonl"), `${JSON.stringify(good.organizations[0])}\n`);
    writeFileSync(join(d, "people.jsonl"), `${JSON.stringify(good.people[0])}\r\n\r\n`);
    writeFileSync(join(d, "units.jsonl"), `\uFEFF${JSON.stringify(good.units[0])}`);
    const t = io();
    expect(await runCli(["validate", d, "--format", "json"], t)).toBe(0);
    const out = JSON.parse(t.out);
    expect(out.asOf).toBe("2023-06-30");
    expect(out.records).toMatchObject({ units: 1, organizations: 1, people: 1, memberships: 1 });
    expect(out.partyMembers).toEqual({ official: 1, probationary: 0 });
  });

  it("reports a broken line and a bad record of a folder by file and line", async () => {
    const d = join(dir, "bad-folder");
    mkdirSync(d);
    writeFileSync(join(d, "people.jsonl"), '{"id":"p","name":"A"}\n\n{"id":\n{"id":"q","name":""}\n');
    const t = io();
    expect(await runCli(["validate", d, "--locale", "en"], t)).toBe(1);
    const lines = t.out.trimEnd().split("\n");
    expect(lines[0]).toBe("Invalid dataset: 2 issues");
    expect(lines[1]).toMatch(/^people\.jsonl:3 \(root\) \[invalid-json\] /);
    // The broken line holds no record, so the next one is people[1], on line 4.
    expect(lines[2]).toBe("people.jsonl:4 people[1].name [too-small] Must not be empty");
    expect(lines).toHaveLength(3);
  });

  it("reads a tagged .jsonl file and reports its issues by path and line, in the chosen language", async () => {
    const f = join(dir, "tagged.jsonl");
    writeFileSync(
      f,
      [
        '{"collection":"meta","record":{"asOf":"2023-06-30"}}',
        '{"collection":"people","record":{"id":"p","name":"A"}}',
        '{"collection":"people","record":{"id":"q","name":""}}',
        '{"collection":"villages","record":{}}',
      ].join("\n"),
    );
    const t = io();
    expect(await runCli(["validate", f], t)).toBe(1);
    const lines = t.out.trimEnd().split("\n");
    expect(lines[0]).toBe("Dữ liệu không hợp lệ: 2 lỗi");
    expect(lines[1]).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:3 people\\[1\\]\\.name \\[too-small\\] `));
    expect(lines[2]).toMatch(/:4 collection \[invalid-value\] /);
  });

  it("reads a collection's own file (people.jsonl, untagged) as that collection", async () => {
    const f = join(dir, "people.jsonl");
    writeFileSync(f, '{"id":"p","name":"A"}\n{"id":"q","name":""}\n');
    const t = io();
    expect(await runCli(["validate", f, "--locale", "en"], t)).toBe(1);
    expect(t.out).toBe(`Invalid dataset: 1 issues\n${f}:2 people[1].name [too-small] Must not be empty\n`);
    writeFileSync(f, '{"collection":"units","record":{"id":"u","name":"U","kind":"village"}}\n');
    const tagged = io();
    expect(await runCli(["validate", f, "--format", "json"], tagged)).toBe(0);
    expect(JSON.parse(tagged.out).records).toMatchObject({ units: 1, people: 0 });
  });

  it("reads standard input in chunks split anywhere, multi-byte characters included", async () => {
    const text =
      '{"collection":"meta","record":{"asOf":"2023-06-30"}}\n' +
      '{"collection":"units","record":{"id":"b","name":"Bản Nậm Ban","kind":"village"}}\n' +
      '{"collection":"people","record":{"id":"p","name":"Vàng A Dế","unitId":"bản-ẩn"}}\n';
    const bytes = new TextEncoder().encode(text);
    // Cut inside the first line, then inside "ả" of "bản-ẩn" (two bytes), then one byte at a time at the end.
    const cut = bytes.indexOf(0xba, bytes.length - 40);
    expect(cut).toBeGreaterThan(0);
    const chunks: Chunk[] = [bytes.subarray(0, 7), bytes.subarray(7, cut), bytes.subarray(cut, bytes.length - 3), ...[...bytes.subarray(bytes.length - 3)].map((b) => Uint8Array.of(b))];
    const t = io(chunks);
    expect(await runCli(["validate", "-", "--locale", "en"], t)).toBe(1);
    expect(t.out).toBe('Invalid dataset: 1 issues\n-:3 people[0].unitId [unresolved-reference] No unit with id "bản-ẩn"\n');
  });

  it("reads a pretty-printed JSON document from standard input, and JSON Lines with a broken first line", async () => {
    const t = io(JSON.stringify(good, null, 2));
    expect(await runCli(["validate", "-", "--format", "json"], t)).toBe(0);
    expect(JSON.parse(t.out).records.people).toBe(1);
    const broken = io('{"collection":\n{"collection":"people","record":{"id":"q","name":""}}\n');
    expect(await runCli(["validate", "-", "--locale", "en"], broken)).toBe(1);
    expect(broken.out).toMatch(/^Invalid dataset: 2 issues\n-:1 \(root\) \[invalid-json\] .*\n-:2 people\[0\]\.name \[too-small\] Must not be empty\n$/);
  });
});

describe("progress lines", () => {
  const record = (id: string): string => `{"collection":"people","record":{"id":"${id}","name":"${id}"}}\n`;
  const ticking = (): (() => number) => {
    let t = 0;
    return () => (t += 1000);
  };

  it("on a terminal: one status line rewritten in place every second, ended by the total", async () => {
    const t = io([record("a") + record("b"), record("c") + record("d"), record("e")], { stderrIsTTY: true, now: ticking() });
    expect(await runCli(["validate", "-", "--format", "json"], t)).toBe(0);
    expect(JSON.parse(t.out).records.people).toBe(5);
    expect(t.err).toBe(
      "\rreading standard input: 2 records…\u001b[K" + "\rreading standard input: 4 records…\u001b[K" + "\rreading standard input: 5 records…\u001b[K" + "\rread 5 records\u001b[K\n",
    );
  });

  it("every million records when there is no clock", async () => {
    const t = io([record("a") + "\n".repeat(999_998), record("b"), record("c")], { stderrIsTTY: true });
    expect(await runCli(["validate", "-", "--format", "json"], t)).toBe(0);
    expect(JSON.parse(t.out).records.people).toBe(3);
    expect(t.err).toBe("\rreading standard input: 1 000 000 records…\u001b[K\rread 1 000 001 records\u001b[K\n");
  });

  it("for a large input when stderr is not a terminal: whole lines, per file", async () => {
    const d = join(dir, "progress");
    mkdirSync(d);
    const content: Record<string, Chunk[]> = {
      "people.jsonl": ['{"id":"a","name":"A"}\n{"id":"b",', '"name":"B"}\n'],
      "units.jsonl": ['{"id":"u","name":"U","kind":"village"}\n'],
    };
    for (const [name, chunks] of Object.entries(content)) writeFileSync(join(d, name), chunks.join(""));
    const large = { now: ticking(), fileSize: () => 32 * 1024 * 1024, readFile: (p: string) => (async function* () { yield* content[p.replace(/^.*[\\/]/, "")]!; })() };
    const t = io("", large);
    expect(await runCli(["validate", d, "--format", "json"], t)).toBe(0);
    // Units before people: files are read in the order of the collections.
    expect(t.err).toBe("reading units.jsonl: 1 records…\nreading people.jsonl: 1 records…\nreading people.jsonl: 2 records…\nread 3 records\n");
    const small = io("", { ...large, now: ticking(), fileSize: () => 1024 });
    expect(await runCli(["validate", d, "--format", "json"], small)).toBe(0);
    expect(small.err).toBe("");
    const quiet = io("", { ...large, now: ticking(), stderrIsTTY: true });
    expect(await runCli(["validate", d, "--format", "json", "--quiet"], quiet)).toBe(0);
    expect(quiet.err).toBe("");
  });

  it("in megabytes for a JSON document", async () => {
    const f = join(dir, "big.json");
    const chunks = [`{"people":${" ".repeat(2_000_000 - 10)}`, "[]}"];
    writeFileSync(f, chunks.join(""));
    const t = io("", { now: ticking(), fileSize: () => 100 * 1024 * 1024, readFile: () => (async function* () { yield* chunks; })() });
    expect(await runCli(["validate", f, "--format", "json"], t)).toBe(0);
    expect(t.err).toBe("reading big.json: 2 MB…\nreading big.json: 2 MB…\nread 2 MB\n");
  });
});

describe("grassroots report: arguments and input", () => {
  it("needs a date: --as-of or the dataset's asOf", async () => {
    const f = join(dir, "no-as-of.json");
    writeFileSync(f, JSON.stringify({ ...good, asOf: undefined }));
    await expectUsageError(["report", f], "no --as-of given and the dataset has no asOf");
  });
  it("checks --compare against the dataset's asOf", async () => {
    const f = join(dir, "good.json");
    writeFileSync(f, JSON.stringify(good));
    await expectUsageError(["report", f, "--compare", "2024-01-01"], "--compare (2024-01-01) must be before the report date (2023-06-30)");
  });
  it("prints every issue of invalid data on stderr and exits 1, with nothing on stdout", async () => {
    const f = join(dir, "bad-report.json");
    writeFileSync(f, JSON.stringify({ asOf: "2023-06-30", people: [{ id: "p", name: "" }] }));
    const t = io();
    expect(await runCli(["report", f, "--locale", "en"], t)).toBe(1);
    expect(t.out).toBe("");
    expect(t.err).toBe("Invalid dataset: 1 issues\npeople[0].name [too-small] Must not be empty\n");
  });
  it("refuses an --output in a folder that does not exist, or that is a folder, before reading anything", async () => {
    const out = join(dir, "no-such-folder", "report.html");
    const t = io("", { readFile: () => { throw new Error("must not read"); } });
    await expectUsageError(["report", join(dir, "good.json"), "--output", out], `the folder of --output does not exist: ${join(dir, "no-such-folder")}`, t);
    expect(existsSync(out)).toBe(false);
    await expectUsageError(["report", "-o", dir], `--output ${dir} is a folder`);
  });
});
