// `grassroots report` through runCli with an in-memory CliIo: the built-in Nậm Nhùn dataset's
// report in every format (file snapshots), the default dates, user datasets from every kind of
// input, and --output.
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "grassroots-cli-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type TestIo = CliIo & { out: string; err: string };

function io(stdin = ""): TestIo {
  const self: TestIo = {
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
    writeFile: (p: string, text: string) => writeFileSync(p, text),
  };
  return self;
}

async function report(argv: string[], stdin = ""): Promise<TestIo> {
  const t = io(stdin);
  const code = await runCli(["report", ...argv], t);
  expect(t.err, t.err).toBe("");
  expect(code).toBe(0);
  return t;
}

interface ReportJson {
  kind: string;
  version: number;
  asOf: string;
  compareTo: string | null;
  title: string;
}

describe("grassroots report on the built-in Nậm Nhùn dataset", () => {
  it("defaults to the news report's comparison, 2023-06-30 against 2013-06-30", async () => {
    const r = JSON.parse((await report(["--format", "json"])).out) as ReportJson;
    expect([r.kind, r.version, r.asOf, r.compareTo]).toEqual(["grassroots-report", 1, "2023-06-30", "2013-06-30"]);
    expect(r.title).toContain("Nậm Nhùn");
  });
  it("takes --as-of and --compare on their own (no comparison by default once a date is given)", async () => {
    const asOfOnly = JSON.parse((await report(["--format=json", "--as-of", "2020-06-30"])).out) as ReportJson;
    expect([asOfOnly.asOf, asOfOnly.compareTo]).toEqual(["2020-06-30", null]);
    const compareOnly = JSON.parse((await report(["--format=json", "--compare", "2018-06-30"])).out) as ReportJson;
    expect([compareOnly.asOf, compareOnly.compareTo]).toEqual(["2023-06-30", "2018-06-30"]);
    const t = io();
    expect(await runCli(["report", "--compare", "2024-01-01"], t)).toBe(2);
    expect(t.err).toBe("grassroots: --compare (2024-01-01) must be before the report date (2023-06-30)\nsee grassroots report --help\n");
  });

  const cases: [string, string, string][] = [
    ["text", "vi", "report.vi.txt"],
    ["markdown", "vi", "report.vi.md"],
    ["html", "vi", "report.vi.html"],
    ["json", "vi", "report.vi.json"],
    ["text", "en", "report.en.txt"],
  ];
  for (const [format, locale, file] of cases) {
    it(`prints the ${format} report in ${locale} (snapshot ${file})`, async () => {
      const args = format === "text" && locale === "vi" ? [] : ["--format", format, "--locale", locale];
      const { out } = await report(args);
      expect(out.length).toBeGreaterThan(500);
      expect(out).toBe(out.normalize("NFC"));
      expect(out.endsWith("\n")).toBe(true);
      await expect(out).toMatchFileSnapshot(`./__snapshots__/${file}`);
    });
  }

  it("prints HTML to stdout, a whole page with no external resource", async () => {
    const { out } = await report(["--format", "html"]);
    expect(out.trimStart().toLowerCase().startsWith("<!doctype html>")).toBe(true);
    expect(out).toContain("</html>");
    expect(out).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  });

  it("writes the report to --output (the same text as on stdout) and says so on stderr, unless --quiet", async () => {
    const { out } = await report(["--format", "markdown", "--locale", "en"]);
    const file = join(dir, "report.md");
    const t = io();
    expect(await runCli(["report", "--format", "markdown", "--locale", "en", "--output", file], t)).toBe(0);
    expect(t.out).toBe("");
    expect(t.err).toBe(`grassroots: wrote ${file}\n`);
    expect(readFileSync(file, "utf8")).toBe(out);
    // Replaced, not appended to.
    const q = io();
    expect(await runCli(["report", "-o", file, "--format", "markdown", "--locale", "en", "-q"], q)).toBe(0);
    expect(q.err).toBe("");
    expect(readFileSync(file, "utf8")).toBe(out);
  });

  it("exits 2 when the file cannot be written", async () => {
    const t = io();
    t.writeFile = () => {
      throw new Error("EROFS: read-only file system");
    };
    const file = join(dir, "x.txt");
    expect(await runCli(["report", "-o", file], t)).toBe(2);
    expect(t.err).toBe(`grassroots: cannot write ${file}: EROFS: read-only file system\nsee grassroots report --help\n`);
  });
});

describe("grassroots report on a user's dataset", () => {
  const data = {
    asOf: "2023-06-30",
    units: [
      { id: "x", name: "Xã Nậm Hàng", kind: "commune" },
      { id: "b", name: "Bản Nậm Ban", kind: "village", parentId: "x" },
    ],
    organizations: [
      { id: "db", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x" },
      { id: "cb", name: "Chi bộ bản Nậm Ban", kind: "party-cell", level: "branch", parentId: "db", coversUnitIds: ["b"] },
    ],
    people: [
      { id: "p1", name: "Vàng A Dế", unitId: "b" },
      { id: "p2", name: "Lò Thị Én", unitId: "b" },
      { id: "p3", name: "Tao Văn Ơn", unitId: "b" },
    ],
    memberships: [
      { personId: "p1", organizationId: "cb", startDate: "2010-05-19", officialDate: "2011-05-19" },
      { personId: "p2", organizationId: "cb", startDate: "2012-01-10", officialDate: "2013-01-10" },
      { personId: "p3", organizationId: "cb", startDate: "2022-03-01" },
    ],
  };

  it("reads it from a JSON file, a JSON Lines folder and standard input alike, on its asOf", async () => {
    const json = join(dir, "data.json");
    writeFileSync(json, JSON.stringify(data));
    const folder = join(dir, "data");
    mkdirSync(folder);
    writeFileSync(join(folder, "meta.json"), JSON.stringify({ asOf: data.asOf }));
    for (const c of ["units", "organizations", "people", "memberships"] as const) {
      writeFileSync(join(folder, `${c}.jsonl`), data[c].map((r) => `${JSON.stringify(r)}\n`).join(""));
    }
    const tagged = [
      JSON.stringify({ collection: "meta", record: { asOf: data.asOf } }),
      ...(["units", "organizations", "people", "memberships"] as const).flatMap((c) => data[c].map((r) => JSON.stringify({ collection: c, record: r }))),
    ].join("\n");

    const fromJson = (await report([json, "--format", "json"])).out;
    const r = JSON.parse(fromJson) as ReportJson;
    expect([r.kind, r.asOf, r.compareTo]).toEqual(["grassroots-report", "2023-06-30", null]);
    expect((await report([folder, "--format", "json"])).out).toBe(fromJson);
    expect((await report(["-", "--format", "json"], tagged)).out).toBe(fromJson);
    expect((await report(["-", "--format", "json"], JSON.stringify(data, null, 2))).out).toBe(fromJson);

    const compared = JSON.parse((await report([json, "--format", "json", "--compare", "2012-06-30"])).out) as ReportJson;
    expect([compared.asOf, compared.compareTo]).toEqual(["2023-06-30", "2012-06-30"]);
    const other = JSON.parse((await report([json, "--format", "json", "--as-of", "2015-01-01"])).out) as ReportJson;
    expect([other.asOf, other.compareTo]).toEqual(["2015-01-01", null]);
  });
});
