// The command's logic, with its I/O passed in so tests can drive it without a process.
import { isGrassrootsError, type DatasetIssue } from "../_lib/errors.js";
import { collectionOfFile, readJsonLines, type JsonLinesSource } from "../model/jsonl.js";
import { COLLECTIONS, ORGANIZATION_KINDS, UNIT_KINDS } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import { toDayNumber } from "../model/asOf.js";
import { statusOnDay } from "../model/status.js";
import { safeParseDataset, type SafeParseResult } from "../model/parse.js";
import type { Language } from "../model/messages.js";
import type { Dataset } from "../model/schemas.js";
import { checkDataset } from "../rules/check.js";
import { LOCALES } from "../locale/index.js";

/** What the command needs from its environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin(): AsyncIterable<string | Uint8Array>;
  readFile(path: string): AsyncIterable<string | Uint8Array>;
  listDir(path: string): { kind: "missing" } | { kind: "file" } | { kind: "dir"; entries: { name: string; path: string }[] };
}

const USAGE = `Usage:
  grassroots validate FILE|DIR|- [--as-of YYYY-MM-DD] [--locale vi|en] [--format text|json]

  FILE  one JSON dataset (a .json file) or one tagged JSON Lines stream (a .jsonl file)
  DIR   a folder of JSON Lines files, one per collection (people.jsonl, ...), and meta.json
  -     standard input (JSON if it starts with "{" and holds one object, else tagged JSON Lines)

Exit codes: 0 valid, 1 invalid data (every issue printed with its path or line), 2 usage error.
`;

interface Args {
  command: string;
  input: string;
  asOf?: string;
  locale: Language;
  format: "text" | "json";
}

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") return "help";
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) return `missing value for --${key}`;
      if (!["as-of", "locale", "format"].includes(key)) return `unknown option --${key}`;
      opts[key] = value;
    } else positional.push(a);
  }
  const [command, input, ...extra] = positional;
  if (command === undefined) return "missing command";
  if (command !== "validate") return `unknown command ${JSON.stringify(command)}`;
  if (input === undefined) return "validate needs FILE, DIR or -";
  if (extra.length > 0) return `unexpected argument ${JSON.stringify(extra[0])}`;
  const locale = opts["locale"] ?? "vi";
  if (locale !== "vi" && locale !== "en") return `--locale must be vi or en`;
  const format = opts["format"] ?? "text";
  if (format !== "text" && format !== "json") return `--format must be text or json`;
  const args: Args = { command, input, locale, format };
  if (opts["as-of"] !== undefined) {
    try {
      toDayNumber(opts["as-of"]);
    } catch {
      return `--as-of must be a date YYYY-MM-DD`;
    }
    args.asOf = opts["as-of"];
  }
  return args;
}

async function collect(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const c of chunks) text += typeof c === "string" ? c : decoder.decode(c, { stream: true });
  return text + decoder.decode();
}

async function load(args: Args, io: CliIo): Promise<SafeParseResult | string> {
  const options = { locale: args.locale };
  if (args.input === "-") {
    const text = await collect(io.stdin());
    const trimmed = text.trimStart();
    if (trimmed.startsWith("{") && !/\}\s*\n\s*\{/.test(trimmed)) return parseJsonText(text, "-", options.locale);
    return readJsonLines([{ name: "-", content: text }], options);
  }
  const entry = io.listDir(args.input);
  if (entry.kind === "missing") return `no such file or folder: ${args.input}`;
  if (entry.kind === "dir") {
    const sources: JsonLinesSource[] = [];
    for (const e of entry.entries) {
      const collection = collectionOfFile(e.name);
      if (collection !== undefined) sources.push({ name: e.name, collection, content: io.readFile(e.path) });
    }
    if (sources.length === 0) return `no <collection>.jsonl files in ${args.input}`;
    // meta.json first, so asOf is known before the records.
    sources.sort((a, b) => (a.collection === "meta" ? -1 : b.collection === "meta" ? 1 : COLLECTIONS.indexOf(a.collection as never) - COLLECTIONS.indexOf(b.collection as never)));
    return readJsonLines(sources, options);
  }
  if (args.input.endsWith(".jsonl")) return readJsonLines([{ name: args.input, content: io.readFile(args.input) }], options);
  return parseJsonText(await collect(io.readFile(args.input)), args.input, options.locale);
}

function parseJsonText(text: string, file: string, locale: Language): SafeParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { success: false, issues: [{ path: "", code: "invalid-json", message: `${file}: ${message}` }] };
  }
  return safeParseDataset(value, { locale });
}

function formatIssue(i: DatasetIssue): string {
  const where = i.line !== undefined ? `${i.file ?? ""}:${i.line} ` : "";
  return `${where}${i.path || "(root)"} [${i.code}] ${i.message}`;
}

interface Summary {
  asOf: string | undefined;
  records: Record<string, number>;
  organizationsByKind: Record<string, number>;
  unitsByKind: Record<string, number>;
  partyMembers?: { official: number; probationary: number };
  findings?: { code: string; message: string }[];
}

function summarise(ds: Dataset, asOf: string | undefined, locale: Language): Summary {
  const records: Record<string, number> = {};
  for (const c of COLLECTIONS) records[c] = ds[c].length;
  const ix = datasetIndex(ds);
  const organizationsByKind: Record<string, number> = {};
  for (let i = 0; i < ix.organizations.count; i++) {
    const k = ORGANIZATION_KINDS[ix.organizations.kind[i]!]!;
    organizationsByKind[k] = (organizationsByKind[k] ?? 0) + 1;
  }
  const unitsByKind: Record<string, number> = {};
  for (let i = 0; i < ix.units.count; i++) {
    const k = UNIT_KINDS[ix.units.kind[i]!]!;
    unitsByKind[k] = (unitsByKind[k] ?? 0) + 1;
  }
  const s: Summary = { asOf, records, organizationsByKind, unitsByKind };
  if (asOf !== undefined) {
    const day = toDayNumber(asOf);
    let official = 0;
    let probationary = 0;
    for (let p = 0; p < ix.people.count; p++) {
      const st = statusOnDay(ix, p, day);
      if (st === 2) official++;
      else if (st === 1) probationary++;
    }
    s.partyMembers = { official, probationary };
    s.findings = checkDataset(ds, { asOf, locale }).map((f) => ({ code: f.code, message: f.message }));
  }
  return s;
}

const WORDS = {
  vi: { valid: "Dữ liệu hợp lệ", invalid: "Dữ liệu không hợp lệ", issues: "lỗi", asOf: "Ngày tính", members: "Đảng viên", official: "chính thức", probationary: "dự bị", findings: "Cảnh báo chất lượng dữ liệu", none: "không có", orgs: "Tổ chức theo loại", units: "Đơn vị theo loại", records: "Số bản ghi" },
  en: { valid: "Valid dataset", invalid: "Invalid dataset", issues: "issues", asOf: "As of", members: "Party members", official: "official", probationary: "probationary", findings: "Data-quality findings", none: "none", orgs: "Organizations by kind", units: "Units by kind", records: "Records" },
} as const;

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof args === "string") {
    io.stderr(`grassroots: ${args}\n\n${USAGE}`);
    return 2;
  }
  let result: SafeParseResult | string;
  try {
    result = await load(args, io);
  } catch (e) {
    io.stderr(`grassroots: ${isGrassrootsError(e) || e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (typeof result === "string") {
    io.stderr(`grassroots: ${result}\n`);
    return 2;
  }
  const w = WORDS[args.locale];
  if (!result.success) {
    if (args.format === "json") io.stdout(`${JSON.stringify({ valid: false, issues: result.issues }, null, 2)}\n`);
    else {
      io.stdout(`${w.invalid}: ${result.issues.length} ${w.issues}\n`);
      for (const i of result.issues) io.stdout(`${formatIssue(i)}\n`);
    }
    return 1;
  }
  const summary = summarise(result.data, args.asOf ?? result.data.asOf, args.locale);
  if (args.format === "json") {
    io.stdout(`${JSON.stringify({ valid: true, ...summary }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [`${w.valid}.`];
  if (summary.asOf !== undefined) lines.push(`${w.asOf}: ${summary.asOf}`);
  const pack = LOCALES[args.locale];
  const row = (name: string, v: number): string => `  ${name.padEnd(28)} ${String(v).padStart(9)}`;
  lines.push(`${w.records}:`);
  for (const [k, v] of Object.entries(summary.records)) lines.push(row(pack.collection[k as keyof typeof pack.collection], v));
  lines.push(`${w.orgs}:`);
  for (const [k, v] of Object.entries(summary.organizationsByKind)) lines.push(row(pack.organizationKind[k as keyof typeof pack.organizationKind], v));
  lines.push(`${w.units}:`);
  for (const [k, v] of Object.entries(summary.unitsByKind)) lines.push(row(pack.unitKind[k as keyof typeof pack.unitKind], v));
  if (summary.partyMembers) {
    const { official, probationary } = summary.partyMembers;
    lines.push(`${w.members}: ${official + probationary} (${official} ${w.official}, ${probationary} ${w.probationary})`);
  }
  if (summary.findings) {
    lines.push(`${w.findings}: ${summary.findings.length === 0 ? w.none : summary.findings.length}`);
    for (const f of summary.findings) lines.push(`  [${f.code}] ${f.message}`);
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
