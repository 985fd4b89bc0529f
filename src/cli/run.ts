// The command's logic, with its I/O passed in so tests can drive it without a process.
import { dirname } from "node:path";
import { isGrassrootsError, type DatasetIssue } from "../_lib/errors.js";
import { COLLECTIONS, ORGANIZATION_KINDS, UNIT_KINDS } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import { toDayNumber } from "../model/asOf.js";
import { statusOnDay } from "../model/status.js";
import type { Language } from "../model/messages.js";
import type { Dataset } from "../model/schemas.js";
import { checkDataset } from "../rules/check.js";
import { LOCALES } from "../locale/index.js";
import { parseArgs, usageOf, type ReportArgs, type ValidateArgs } from "./args.js";
import { loadInput } from "./input.js";

/** What the command needs from its environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin(): AsyncIterable<string | Uint8Array>;
  readFile(path: string): AsyncIterable<string | Uint8Array>;
  listDir(path: string): { kind: "missing" } | { kind: "file" } | { kind: "dir"; entries: { name: string; path: string }[] };
  /** Writes (creates or replaces) a file; throws when it cannot. Needed by `report --output`. */
  writeFile?(path: string, text: string): void;
  /** Whether stderr is a terminal: progress lines are then shown for any input. */
  readonly stderrIsTTY?: boolean;
  /** The size of a file in bytes (for the progress threshold); undefined when unknown. */
  fileSize?(path: string): number | undefined;
  /** A clock in milliseconds, for progress lines every second; without it, every million records. */
  now?(): number;
  /** The package version printed by `--version`. */
  readonly version?: string;
}

/** The built-in dataset's default dates: the news report's comparison. */

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

function usageError(io: CliIo, message: string, topic?: "report" | "validate"): number {
  io.stderr(`grassroots: ${message}\nsee grassroots ${topic === undefined ? "" : `${topic} `}--help\n`);
  return 2;
}

function messageOf(e: unknown): string {
  return isGrassrootsError(e) || e instanceof Error ? e.message : String(e);
}

async function validate(args: ValidateArgs, io: CliIo): Promise<number> {
  const result = await loadInput(args.input, io, args);
  if ("error" in result) return usageError(io, result.error, "validate");
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

async function report(args: ReportArgs, io: CliIo): Promise<number> {
  const output = args.output === "-" ? undefined : args.output;
  // Check where the report goes before reading a possibly large input.
  if (output !== undefined) {
    if (io.writeFile === undefined) return usageError(io, "--output is not available here", "report");
    const target = io.listDir(output);
    if (target.kind === "dir") return usageError(io, `--output ${output} is a folder`, "report");
    const folder = dirname(output);
    if (io.listDir(folder).kind !== "dir") return usageError(io, `the folder of --output does not exist: ${folder}`, "report");
  }
  let dataset: Dataset;
  let asOf = args.asOf;
  let compareTo = args.compare;
  if (args.input === undefined) {
    // Loaded on demand, like the report code below: `validate` needs neither.
    const { namNhun, NAM_NHUN_FIGURES } = await import("../testing/nam-nhun.js");
    dataset = namNhun;
    // The news report's comparison: its two dates.
    if (asOf === undefined && compareTo === undefined) compareTo = NAM_NHUN_FIGURES.june2013.date;
    asOf ??= NAM_NHUN_FIGURES.june2023.date;
  } else {
    const result = await loadInput(args.input, io, args);
    if ("error" in result) return usageError(io, result.error, "report");
    if (!result.success) {
      const w = WORDS[args.locale];
      io.stderr(`${w.invalid}: ${result.issues.length} ${w.issues}\n`);
      for (const i of result.issues) io.stderr(`${formatIssue(i)}\n`);
      return 1;
    }
    dataset = result.data;
    asOf ??= dataset.asOf;
  }
  if (asOf === undefined) return usageError(io, "no --as-of given and the dataset has no asOf", "report");
  if (compareTo !== undefined && compareTo >= asOf) return usageError(io, `--compare (${compareTo}) must be before the report date (${asOf})`, "report");
  const { buildReport, formatReport } = await import("../report/index.js");
  let text: string;
  try {
    const built = buildReport(dataset, compareTo === undefined ? { asOf } : { asOf, compareTo });
    text = formatReport(built, { format: args.format, locale: args.locale });
    if (!text.endsWith("\n")) text += "\n";
  } catch (e) {
    // A date the dataset cannot be reported on (e.g. an asOf before every record) is the user's
    // argument; anything else is a bug (runCli reports it in one line).
    if (isGrassrootsError(e) && (e.code === "invalid-argument" || e.code === "invalid-date")) return usageError(io, e.message, "report");
    throw e;
  }
  if (output === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile!(output, text);
  } catch (e) {
    return usageError(io, `cannot write ${output}: ${messageOf(e)}`, "report");
  }
  if (!args.quiet) io.stderr(`grassroots: wrote ${output}\n`);
  return 0;
}

/** Runs the command; resolves to the exit code. Never throws for bad input or arguments. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  try {
    switch (args.command) {
      case "help":
        io.stdout(usageOf(args.topic));
        return 0;
      case "version":
        io.stdout(`${io.version ?? "unknown"}\n`);
        return 0;
      case "usage-error":
        return usageError(io, args.message, args.topic);
      case "validate":
        return await validate(args, io);
      case "report":
        return await report(args, io);
    }
  } catch (e) {
    // Not the user's mistake but a bug: still one line and no stack trace, and the exit code of
    // the contract for "could not do it" (0, 1 and 2 are the only ones).
    io.stderr(`grassroots: internal error: ${messageOf(e)}\n`);
    return 2;
  }
}
