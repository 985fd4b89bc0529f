import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { firstDay, lastDay } from "../../src/_lib/days.js";
import { en, vi, type LabelGroup } from "../../src/locale/index.js";
import { COLLECTIONS, isPartyOrganizationKind, type CollectionName } from "../../src/model/codes.js";
import { readJsonLines, type JsonLinesSource } from "../../src/model/jsonl.js";
import { safeParseDataset, type ParseOptions } from "../../src/model/parse.js";
import { DatasetSchema, RECORD_SCHEMAS } from "../../src/model/schemas.js";

const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../docs/guide/${name}`, import.meta.url)), "utf8");
const guide = read("data-format.md");
const exampleText = read("example-dataset.json");
const example = JSON.parse(exampleText) as Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// The guide's code blocks, each with the "<!-- check: ... -->" comment just before it (if any).

interface Block {
  readonly lang: string;
  readonly body: string;
  readonly check: string | undefined;
  readonly line: number;
}

function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    const marker = /^<!-- check: (.*?) -->$/.exec(lines[start - 1] ?? "");
    out.push({ lang: open[1]!, body: body.join("\n"), check: marker?.[1], line: start + 1 });
  }
  return out;
}

/** "invalid {"locale":"en"}" → ["invalid", { locale: "en" }]; "folder people.jsonl" → ["folder", {}, "people.jsonl"]. */
function parseCheck(check: string): { kind: string; arg: string | undefined; options: ParseOptions } {
  const m = /^([\w-]+)(?: ([^\s{]+))?(?: (\{.*\}))?$/.exec(check);
  if (!m) throw new Error(`bad check comment: ${check}`);
  return { kind: m[1]!, arg: m[2], options: m[3] ? (JSON.parse(m[3]) as ParseOptions) : {} };
}

function collectionOfFile(name: string): CollectionName | "meta" {
  if (name === "meta.json") return "meta";
  const c = name.replace(/\.jsonl$/, "");
  if (!(COLLECTIONS as readonly string[]).includes(c)) throw new Error(`not a collection file: ${name}`);
  return c as CollectionName;
}

const blocks = codeBlocks(guide);
const checked = blocks.filter((b) => b.lang === "json" || b.lang === "jsonl");

describe("the example dataset", () => {
  it("parses with no issue, in either language", () => {
    for (const locale of ["vi", "en"] as const) {
      const r = safeParseDataset(example, { locale });
      expect(r.issues).toEqual([]);
      expect(r.success).toBe(true);
    }
  });

  it("is NFC text", () => {
    expect(exampleText).toBe(exampleText.normalize("NFC"));
  });

  it("has what the guide says it has", () => {
    const ds = safeParseDataset(example);
    if (!ds.success) throw new Error("example does not parse");
    const d = ds.data;
    const asOf = d.asOf!;
    expect(asOf).toBe("2024-12-31");
    const day = firstDay(asOf);
    const inForce = (r: { startDate?: string | undefined; endDate?: string | undefined }): boolean =>
      (r.startDate === undefined || firstDay(r.startDate) <= day) && (r.endDate === undefined || lastDay(r.endDate) >= day);

    // Places: one commune of Nậm Nhùn, Lai Châu, with 4-5 villages, a school and a health station.
    const kinds = (k: string) => d.units.filter((u) => u.kind === k);
    expect(kinds("province").map((u) => u.name)).toEqual(["Tỉnh Lai Châu"]);
    expect(kinds("district").map((u) => u.name)).toEqual(["Huyện Nậm Nhùn"]);
    expect(kinds("commune").map((u) => u.name)).toEqual(["Xã Nậm Hàng"]);
    expect(kinds("village").length).toBe(5);
    expect(kinds("school").length).toBe(1);
    expect(kinds("health-station").length).toBe(1);

    // Party organizations: a grassroots committee; branch cells, one of them joint; one village without a cell.
    const orgs = d.organizations;
    expect(orgs.filter((o) => o.kind === "party-committee" && o.level === "grassroots").length).toBe(1);
    const cells = orgs.filter((o) => o.kind === "party-cell");
    expect(cells.every((c) => c.level === "branch")).toBe(true);
    const villageIds = new Set(kinds("village").map((u) => u.id));
    const villageCells = cells.filter((c) => (c.coversUnitIds ?? []).some((u) => villageIds.has(u)));
    expect(villageCells.length).toBeGreaterThanOrEqual(3);
    expect(villageCells.filter((c) => c.coversUnitIds!.filter((u) => villageIds.has(u)).length === 2).length).toBe(1);
    const covered = new Set(cells.flatMap((c) => c.coversUnitIds ?? []));
    expect([...villageIds].filter((v) => !covered.has(v))).toEqual(["ban-pa-khoang"]);
    for (const k of ["people-committee", "fatherland-front", "youth-union"]) expect(orgs.some((o) => o.kind === k), k).toBe(true);

    // About 20 people; party members on asOf, one probationary; a transfer and a death.
    expect(d.people.length).toBeGreaterThanOrEqual(18);
    expect(d.people.length).toBeLessThanOrEqual(25);
    const partyOrg = new Set(orgs.filter((o) => isPartyOrganizationKind(o.kind)).map((o) => o.id));
    const party = d.memberships.filter((m) => partyOrg.has(m.organizationId));
    const members = new Set(party.filter(inForce).map((m) => m.personId));
    expect(members.size).toBe(19);
    const official = new Set(party.filter((m) => m.officialDate !== undefined && firstDay(m.officialDate) <= day).map((m) => m.personId));
    expect([...members].filter((p) => !official.has(p))).toEqual(["p09"]);
    expect(party.some((m) => m.endReason === "transferred")).toBe(true);
    expect(party.some((m) => m.startReason === "transferred")).toBe(true);
    expect(party.some((m) => m.endReason === "died")).toBe(true);

    // Posts: commune secretary, chair, cell secretaries, village heads.
    const grassroots = orgs.find((o) => o.level === "grassroots")!.id;
    const posts = d.posts.filter(inForce);
    expect(posts.some((p) => p.role === "secretary" && p.organizationId === grassroots)).toBe(true);
    expect(posts.some((p) => p.role === "chair")).toBe(true);
    expect(posts.filter((p) => p.role === "secretary" && cells.some((c) => c.id === p.organizationId)).length).toBe(cells.length);
    expect(posts.filter((p) => p.role === "village-head").length).toBe(5);

    // Qualifications on the four scales with the codes the guide lists; ratings for 2023 and 2024.
    const scaleLevels = documentedScaleLevels();
    for (const q of d.qualifications) expect(scaleLevels.get(q.scale), `${q.scale} ${q.level}`).toContain(q.level);
    expect(new Set(d.qualifications.map((q) => q.scale)).size).toBe(4);
    expect(new Set(d.ratings.map((r) => r.scheme))).toEqual(new Set(["qd-124-2023"]));
    expect(new Set(d.ratings.map((r) => String(r.period)))).toEqual(new Set(["2023", "2024"]));
    for (const r of d.ratings) expect(["excellent", "good", "completed", "not-completed"]).toContain(r.level);
  });

  it("is linked from the guide", () => {
    expect(guide).toContain("](./example-dataset.json)");
    expect(existsSync(fileURLToPath(new URL("../../docs/guide/example-dataset.json", import.meta.url)))).toBe(true);
  });
});

describe("the guide's JSON blocks", () => {
  it("has a check comment on every JSON block (or is the expected output of the block before)", () => {
    for (let i = 0; i < checked.length; i++) {
      const b = checked[i]!;
      if (b.check !== undefined) continue;
      const prev = checked[i - 1]?.check;
      const kind = prev === undefined ? undefined : parseCheck(prev).kind;
      expect(kind === "invalid" || kind === "folder-invalid", `block at line ${b.line} has no check comment`).toBe(true);
    }
    expect(checked.length).toBeGreaterThan(15);
  });

  const seen = new Map<string, number>();
  const folder: JsonLinesSource[] = [];
  for (let i = 0; i < checked.length; i++) {
    const b = checked[i]!;
    if (b.check === undefined) continue;
    const { kind, arg, options } = parseCheck(b.check);
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
    const expectedIssues = (): unknown => {
      const next = checked[i + 1];
      if (!next || next.check !== undefined || next.lang !== "json") throw new Error(`no expected issues after line ${b.line}`);
      return JSON.parse(next.body);
    };
    switch (kind) {
      case "dataset":
        it(`line ${b.line}: the dataset parses with no issue`, () => {
          const r = safeParseDataset(JSON.parse(b.body), { locale: "en", ...options });
          expect(r.issues).toEqual([]);
        });
        break;
      case "invalid":
        it(`line ${b.line}: the bad dataset gives the issues shown after it`, () => {
          const r = safeParseDataset(JSON.parse(b.body), options);
          expect(r.success).toBe(false);
          expect(r.issues).toEqual(expectedIssues());
        });
        break;
      case "record":
        it(`line ${b.line}: the ${arg} record passes its schema`, () => {
          const schema = RECORD_SCHEMAS[arg as CollectionName];
          expect(schema, `collection ${arg}`).toBeDefined();
          const r = schema.safeParse(JSON.parse(b.body));
          expect(r.error?.issues ?? []).toEqual([]);
        });
        break;
      case "folder":
        folder.push({ name: arg!, collection: collectionOfFile(arg!), content: b.body });
        break;
      case "folder-invalid":
        it(`line ${b.line}: the bad ${arg} gives the issues shown after it`, async () => {
          const r = await readJsonLines([{ name: arg!, collection: collectionOfFile(arg!), content: b.body }], options);
          expect(r.success).toBe(false);
          expect(r.issues).toEqual(expectedIssues());
        });
        break;
      case "stream":
        it(`line ${b.line}: the tagged stream reads with no issue`, async () => {
          const r = await readJsonLines([{ name: "-", content: b.body }], { locale: "en", ...options });
          expect(r.issues).toEqual([]);
          expect(r.data?.asOf).toBeDefined();
        });
        break;
      default:
        it(`line ${b.line}: knows the check "${kind}"`, () => {
          expect.fail(`unknown check comment "${b.check}"`);
        });
    }
  }

  it("the JSON Lines folder (all 'folder' blocks together) reads with no issue", async () => {
    expect(folder.map((f) => f.name)).toContain("meta.json");
    const r = await readJsonLines(folder, { locale: "en" });
    expect(r.issues).toEqual([]);
    expect(r.data?.asOf).toBe("2024-12-31");
    expect(r.data?.people.length).toBeGreaterThan(0);
  });

  it("uses every kind of check at least once", () => {
    for (const k of ["dataset", "invalid", "record", "folder", "folder-invalid", "stream"]) expect(seen.get(k), k).toBeGreaterThan(0);
  });

  it("shows the issue example of the brief: people[3].birthDate, invalid-date", () => {
    expect(guide).toMatch(/"path": "people\[3\]\.birthDate",\s*"code": "invalid-date"/);
  });

  it("shows NFC normalisation truthfully: both spellings parse to the same name", () => {
    const block = checked.find((b) => b.body.includes("\\u0300"))!;
    const r = safeParseDataset(JSON.parse(block.body));
    expect(r.success).toBe(true);
    expect(r.data!.people.map((p) => p.name)).toEqual(["Lò Văn An", "Lò Văn An"]);
  });

  it("shows unknownFields: rejected by default, kept or stripped on request", () => {
    const input = { people: [{ id: "p1", name: "Lò Văn An", partyCardNumber: "56.123456" }] };
    expect(safeParseDataset(input).issues.map((i) => i.code)).toEqual(["unknown-field"]);
    expect((safeParseDataset(input, { unknownFields: "keep" }).data!.people[0] as Record<string, unknown>)["partyCardNumber"]).toBe("56.123456");
    expect(safeParseDataset(input, { unknownFields: "strip" }).data!.people[0]).toEqual({ id: "p1", name: "Lò Văn An" });
    expect(guide).toContain('`"keep"`');
    expect(guide).toContain('`"strip"`');
  });
});

// ---------------------------------------------------------------------------------------------
// Every collection and every field of every schema is documented, with every code.

/** The text of the section under "### `<collection>`", up to the next heading of level 2 or 3. */
function section(heading: string): string {
  const start = guide.indexOf(`\n${heading}\n`);
  if (start === -1) return "";
  const rest = guide.slice(start + heading.length + 2);
  const end = rest.search(/\n#{2,3} /);
  return end === -1 ? rest : rest.slice(0, end);
}

function tableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const m = /^\| `([^`]+)` \|(.*)\|\s*$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!.split("|").map((c) => c.trim()));
  }
  return rows;
}

/** The code tables of a section: "`field` codes..." followed by a table. */
function codeTables(text: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const parts = text.split(/\n(?=`\w+` codes)/);
  for (const part of parts) {
    const m = /^`(\w+)` codes/.exec(part);
    if (!m) continue;
    const table = part.slice(part.indexOf("\n|")).split(/\n(?!\|)/)[0]!;
    out.set(m[1]!, tableRows(table));
  }
  return out;
}

/** The string values of an enum schema, through optional/default wrappers; undefined for other schemas. */
function enumValues(schema: unknown): string[] | undefined {
  const s = schema as { options?: unknown; unwrap?: () => unknown; def?: { innerType?: unknown; element?: unknown } };
  if (Array.isArray(s.options) && s.options.every((o) => typeof o === "string")) return s.options as string[];
  if (typeof s.unwrap === "function") return enumValues(s.unwrap());
  if (s.def?.innerType !== undefined) return enumValues(s.def.innerType);
  return undefined;
}

function documentedScaleLevels(): Map<string, string[]> {
  const rows = codeTables(section("### `qualifications`")).get("scale") ?? new Map<string, string[]>();
  return new Map([...rows].map(([scale, cells]) => [scale, [...(cells[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!)]));
}

const LABEL_GROUP_OF: Readonly<Record<string, LabelGroup>> = {
  "organizations.kind": "organizationKind",
  "organizations.level": "organizationLevel",
  "units.kind": "unitKind",
  "people.gender": "gender",
  "memberships.startReason": "startReason",
  "memberships.endReason": "endReason",
  "posts.role": "role",
  "qualifications.scale": "scale",
  "ratings.subjectKind": "subjectKind",
};

describe("the guide documents the whole model", () => {
  it("lists asOf and every collection in the top-level table", () => {
    const rows = tableRows(section("## A dataset in one JSON object"));
    expect([...rows.keys()].sort()).toEqual(Object.keys(DatasetSchema.shape).sort());
    expect(Object.keys(DatasetSchema.shape).sort()).toEqual(["asOf", ...COLLECTIONS].sort());
  });

  for (const c of COLLECTIONS) {
    it(`documents every field of ${c}, in the schema's order, with type, required/optional and meaning`, () => {
      const text = section(`### \`${c}\``);
      expect(text, `a section "### \`${c}\`"`).not.toBe("");
      const shape = RECORD_SCHEMAS[c].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
      const rows = tableRows(text.slice(0, text.indexOf("\n\n", text.indexOf("| field |"))));
      expect([...rows.keys()]).toEqual(Object.keys(shape));
      for (const [field, cells] of rows) {
        expect(cells.length, `${c}.${field}`).toBe(3);
        const [type, required, meaning] = cells as [string, string, string];
        expect(type.length, `${c}.${field} type`).toBeGreaterThan(0);
        expect(meaning.length, `${c}.${field} meaning`).toBeGreaterThan(10);
        const optional = shape[field]!.safeParse(undefined).success;
        expect(required.replace(/\\\*$/, ""), `${c}.${field} required/optional`).toBe(optional ? "optional" : "required");
      }
    });

    it(`documents every code of the enum fields of ${c}, with its Vietnamese label`, () => {
      const text = section(`### \`${c}\``);
      const tables = codeTables(text);
      for (const [field, schema] of Object.entries(RECORD_SCHEMAS[c].shape)) {
        const values = enumValues(schema);
        if (values === undefined) continue;
        const group = LABEL_GROUP_OF[`${c}.${field}`];
        expect(group, `a label group for ${c}.${field}`).toBeDefined();
        const table = tables.get(field);
        if (table === undefined) {
          // Short lists are documented inline: "`male` (nam)".
          for (const v of values) expect(text, `${c}.${field}: \`${v}\``).toContain(`\`${v}\``);
          continue;
        }
        expect([...table.keys()], `${c}.${field} codes`).toEqual(values);
        for (const [code, cells] of table) {
          const viLabel = (vi[group!] as Record<string, string>)[code]!;
          expect(cells[0], `${c}.${field} ${code}`).toMatch(new RegExp(`^${viLabel.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
        }
      }
    });
  }

  it("documents every issue code with its Vietnamese title", () => {
    const rows = tableRows(section("## Validation: what `parseDataset` checks"));
    const issueCodes = Object.keys(en.issue);
    for (const code of issueCodes) {
      expect(rows.has(code), code).toBe(true);
      expect(rows.get(code)![0], code).toBe((vi.issue as Record<string, string>)[code]);
    }
  });

  it("documents the date rules", () => {
    for (const phrase of ["YYYY-MM-DD", '"1975"', '"1990-08"', "first day", "last day", "since always", "still in force"]) {
      expect(guide, phrase).toContain(phrase);
    }
  });

  it("documents both JSON Lines layouts, with file and line in issues", () => {
    for (const phrase of ["`<collection>.jsonl`", "`meta.json`", '{"collection": "<collection>", "record": {...}}', '{"collection": "meta", "record": {"asOf": "..."}}', "`file`", "`line`"]) {
      expect(guide, phrase).toContain(phrase);
    }
  });
});
