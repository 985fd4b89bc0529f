// Command-line arguments of `grassroots`: parsing, checking and the help texts. Pure: no I/O.
import { toDayNumber } from "../model/asOf.js";
import type { Language } from "../model/messages.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/types.js";
import { HEAP_BASE_MIB, HEAP_PER_INPUT_BYTE, HEAP_SHARE_OF_MEMORY } from "./heap.js";

/** The output formats of `grassroots report`: those of formatReport. */
export type ReportFormatName = ReportFormat;

interface CommonArgs {
  /** A file, a folder or `-`; for `report`, undefined = the built-in reference dataset. */
  readonly input: string | undefined;
  readonly asOf: string | undefined;
  readonly locale: Language;
  /** No progress lines and no "wrote FILE" note on stderr. */
  readonly quiet: boolean;
}
export interface ValidateArgs extends CommonArgs {
  readonly command: "validate";
  readonly input: string;
  readonly format: "text" | "json";
}
export interface ReportArgs extends CommonArgs {
  readonly command: "report";
  readonly compare: string | undefined;
  readonly format: ReportFormatName;
  /** Undefined = standard output. */
  readonly output: string | undefined;
}
export type CommandName = "report" | "validate";
export type Parsed =
  | ValidateArgs
  | ReportArgs
  | { readonly command: "help"; readonly topic: CommandName | undefined }
  | { readonly command: "version" }
  | { readonly command: "usage-error"; readonly message: string; readonly topic: CommandName | undefined };

export const GENERAL_USAGE = `Usage:
  grassroots report [FILE|DIR|-] [--as-of DATE] [--compare DATE] [--locale vi|en]
                    [--format ${REPORT_FORMATS.join("|")}] [--output FILE] [--quiet]
  grassroots validate FILE|DIR|- [--as-of DATE] [--locale vi|en] [--format text|json] [--quiet]
  grassroots --help | -h          grassroots COMMAND --help          grassroots --version | -v

Commands:
  report     the report of a dataset (built-in: the Nậm Nhùn reference dataset) on a date,
             optionally compared with an earlier date
  validate   checks a dataset and prints every issue with its path (and file:line for JSON Lines)

Input:
  FILE  one JSON dataset (a .json file) or one tagged JSON Lines stream (a .jsonl file, each
        line {"collection": "people", "record": {...}}); a file of the folder layout
        (people.jsonl, ...) holding untagged records is read as that one collection
  DIR   a folder of JSON Lines files, one per collection (people.jsonl, ...), and meta.json
  -     standard input: tagged JSON Lines if the first line is {"collection": ..., "record": ...},
        else one JSON dataset

Memory: for an input larger than Node's default heap allows (a national folder), the command
        runs itself again with --max-old-space-size (${HEAP_BASE_MIB / 1024} GiB + ${HEAP_PER_INPUT_BYTE} × the input, at most ${HEAP_SHARE_OF_MEMORY * 100}% of
        memory), unless NODE_OPTIONS or node's flags set it or GRASSROOTS_HEAP=off.

Exit codes: 0 success, 1 invalid data (every issue printed with its path or file:line),
            2 usage error (bad option, bad date, missing or unreadable file).
`;

export const REPORT_USAGE = `Usage: grassroots report [FILE|DIR|-] [options]

The report of a dataset on a date: party strength, coverage of villages, schools and health
stations, role overlaps, admissions, cadre training and standardization, ratings, a league table
of communes and the data-quality findings.

  FILE|DIR|-        the dataset (see grassroots --help); without it, the built-in Nậm Nhùn
                    reference dataset, by default as of 2023-06-30 compared with 2013-06-30
  --as-of DATE      the date of the report, YYYY-MM-DD (default: the dataset's asOf)
  --compare DATE    an earlier date: every figure on both dates and the change between them
  --locale vi|en    language and number format (default vi)
  --format F        text (default, for a terminal), markdown, html (one self-contained page)
                    or json (the report data)
  --output FILE, -o FILE
                    write the report to FILE (its folder must exist) instead of standard output
  --quiet, -q       no progress lines and no "wrote FILE" note on standard error (progress is
                    shown on a terminal, or for an input over 64 MiB: every second or every
                    million records)

Exit codes: 0 success, 1 invalid data (the issues are printed on standard error), 2 usage error.
`;

export const VALIDATE_USAGE = `Usage: grassroots validate FILE|DIR|- [options]

Checks a dataset: prints every issue with its path (and file:line for JSON Lines) and exits 1,
or prints a summary (records, organizations and units by kind, party members and data-quality
findings on the date) and exits 0.

  FILE|DIR|-        the dataset (see grassroots --help)
  --as-of DATE      the date of the summary, YYYY-MM-DD (default: the dataset's asOf)
  --locale vi|en    language of the issues and the summary (default vi)
  --format text|json
  --quiet, -q       no progress lines on standard error (shown on a terminal, or for an input
                    over 64 MiB: every second or every million records)

Memory: JSON Lines are read and validated record by record; only the parsed records (and, per
record, its file and line number for the messages) are kept, never the lines' text, so the peak
is about the size of the validated dataset plus its compiled index (measured: the synthetic
province, 48 MiB of JSON Lines, 552 000 records, peaks at about 180 MiB RSS). A .json file or
JSON on standard input is read whole first (one string, released once parsed).

Exit codes: 0 valid, 1 invalid data, 2 usage error.
`;

/** The help text of a command, or the general one. */
export function usageOf(topic: CommandName | undefined): string {
  return topic === "report" ? REPORT_USAGE : topic === "validate" ? VALIDATE_USAGE : GENERAL_USAGE;
}

const VALUE_OPTIONS: Readonly<Record<string, string>> = {
  "--as-of": "as-of",
  "--compare": "compare",
  "--locale": "locale",
  "--format": "format",
  "--output": "output",
  "-o": "output",
};
const ALLOWED: Readonly<Record<CommandName, readonly string[]>> = {
  report: ["as-of", "compare", "locale", "format", "output"],
  validate: ["as-of", "locale", "format"],
};
const FORMATS: Readonly<Record<CommandName, readonly string[]>> = {
  report: REPORT_FORMATS,
  validate: ["text", "json"],
};

function checkDate(name: string, value: string): string | undefined {
  try {
    toDayNumber(value);
    return undefined;
  } catch {
    return `--${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`;
  }
}

/** Parses the arguments (without `node` and the script). Never throws. */
export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  let help = false;
  let version = false;
  let quiet = false;
  let firstError: string | undefined;
  const fail = (message: string): void => {
    firstError ??= message;
  };
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyPositional || a === "-" || !a.startsWith("-")) {
      positional.push(a);
      continue;
    }
    if (a === "--") {
      onlyPositional = true;
      continue;
    }
    if (a === "-h" || a === "--help") {
      help = true;
      continue;
    }
    if (a === "-v" || a === "--version") {
      version = true;
      continue;
    }
    if (a === "-q" || a === "--quiet") {
      quiet = true;
      continue;
    }
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const key = VALUE_OPTIONS[flag];
    if (key === undefined) {
      fail(`unknown option ${flag}`);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith("--") && next.length > 2)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") {
      fail(`missing value for ${flag}`);
      continue;
    }
    if (opts[key] !== undefined) fail(`--${key} given twice`);
    opts[key] = value;
  }

  const [command, ...rest] = positional;
  const topic = command === "report" || command === "validate" ? command : undefined;
  if (help) return { command: "help", topic };
  if (command === "help") {
    const about = rest[0];
    if (about === undefined) return { command: "help", topic: undefined };
    if (about === "report" || about === "validate") return { command: "help", topic: about };
    return { command: "usage-error", message: `unknown command ${JSON.stringify(about)}`, topic: undefined };
  }
  if (version) return { command: "version" };
  const error = (message: string): Parsed => ({ command: "usage-error", message, topic });
  if (command === undefined) return error("missing command (report or validate)");
  if (topic === undefined) return error(`unknown command ${JSON.stringify(command)} (report or validate)`);
  if (firstError !== undefined) return error(firstError);
  for (const key of Object.keys(opts)) {
    if (!ALLOWED[topic].includes(key)) return error(`${topic} has no option --${key}`);
  }
  const [input, extra] = rest;
  if (extra !== undefined) return error(`unexpected argument ${JSON.stringify(extra)}`);
  if (topic === "validate" && input === undefined) return error("validate needs FILE, DIR or - (standard input)");

  const locale = opts["locale"] ?? "vi";
  if (locale !== "vi" && locale !== "en") return error(`--locale must be vi or en, got ${JSON.stringify(locale)}`);
  const format = opts["format"] ?? "text";
  if (!FORMATS[topic].includes(format)) return error(`--format must be ${FORMATS[topic].join(", ")}, got ${JSON.stringify(format)}`);
  const asOf = opts["as-of"];
  const compare = opts["compare"];
  for (const [name, value] of [["as-of", asOf], ["compare", compare]] as const) {
    const bad = value === undefined ? undefined : checkDate(name, value);
    if (bad !== undefined) return error(bad);
  }
  if (asOf !== undefined && compare !== undefined && compare >= asOf) {
    return error(`--compare (${compare}) must be before --as-of (${asOf})`);
  }
  if (topic === "validate") {
    return { command: "validate", input: input!, asOf, locale, quiet, format: format as "text" | "json" };
  }
  return { command: "report", input, asOf, compare, locale, quiet, format: format as ReportFormatName, output: opts["output"] };
}
