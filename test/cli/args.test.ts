import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";

const usage = (argv: string[]): string => {
  const r = parseArgs(argv);
  if (r.command !== "usage-error") throw new Error(`not a usage error: ${JSON.stringify(r)}`);
  return r.message;
};

describe("parseArgs", () => {
  it("reads every option of report, in both spellings", () => {
    expect(parseArgs(["report", "data", "--as-of", "2023-06-30", "--compare=2013-06-30", "--locale", "en", "--format=html", "-o", "out.html", "-q"])).toEqual({
      command: "report",
      input: "data",
      asOf: "2023-06-30",
      compare: "2013-06-30",
      locale: "en",
      format: "html",
      output: "out.html",
      quiet: true,
    });
  });
  it("has defaults: built-in dataset, vi, text, stdout", () => {
    expect(parseArgs(["report"])).toEqual({
      command: "report",
      input: undefined,
      asOf: undefined,
      compare: undefined,
      locale: "vi",
      format: "text",
      output: undefined,
      quiet: false,
    });
    expect(parseArgs(["validate", "-"])).toEqual({ command: "validate", input: "-", asOf: undefined, locale: "vi", format: "text", quiet: false });
  });
  it("takes options before the command and file names after --", () => {
    expect(parseArgs(["--locale", "en", "validate", "--", "--odd-name.json"])).toMatchObject({ command: "validate", input: "--odd-name.json", locale: "en" });
    expect(parseArgs(["report", "--output", "-"])).toMatchObject({ output: "-" });
  });
  it("gives help and the version", () => {
    expect(parseArgs(["--help"])).toEqual({ command: "help", topic: undefined });
    expect(parseArgs(["-h"])).toEqual({ command: "help", topic: undefined });
    expect(parseArgs(["report", "--help"])).toEqual({ command: "help", topic: "report" });
    expect(parseArgs(["validate", "x.json", "-h", "--nope"])).toEqual({ command: "help", topic: "validate" });
    expect(parseArgs(["help", "report"])).toEqual({ command: "help", topic: "report" });
    expect(parseArgs(["help"])).toEqual({ command: "help", topic: undefined });
    expect(parseArgs(["--version"])).toEqual({ command: "version" });
    expect(parseArgs(["-v"])).toEqual({ command: "version" });
  });
  it("rejects unknown and malformed options", () => {
    expect(usage(["report", "--nope"])).toBe("unknown option --nope");
    expect(usage(["report", "-x"])).toBe("unknown option -x");
    expect(usage(["report", "--as-of"])).toBe("missing value for --as-of");
    expect(usage(["report", "--as-of", "--locale", "en"])).toBe("missing value for --as-of");
    expect(usage(["report", "--format="])).toBe("missing value for --format");
    expect(usage(["report", "--locale", "en", "--locale", "vi"])).toBe("--locale given twice");
    expect(usage(["validate", "x", "--compare", "2020-01-01"])).toBe("validate has no option --compare");
    expect(usage(["validate", "x", "--output", "o.txt"])).toBe("validate has no option --output");
  });
  it("rejects bad values", () => {
    expect(usage(["report", "--locale", "fr"])).toBe('--locale must be vi or en, got "fr"');
    expect(usage(["report", "--format", "pdf"])).toBe('--format must be text, markdown, html, json, got "pdf"');
    expect(usage(["validate", "x", "--format", "markdown"])).toBe('--format must be text, json, got "markdown"');
    expect(usage(["report", "--as-of", "2023-02-30"])).toBe('--as-of must be a calendar date YYYY-MM-DD, got "2023-02-30"');
    expect(usage(["report", "--as-of", "2023-06"])).toBe('--as-of must be a calendar date YYYY-MM-DD, got "2023-06"');
    expect(usage(["report", "--compare", "30/06/2013"])).toBe('--compare must be a calendar date YYYY-MM-DD, got "30/06/2013"');
    expect(usage(["report", "--as-of", "2013-06-30", "--compare", "2023-06-30"])).toBe("--compare (2023-06-30) must be before --as-of (2013-06-30)");
    expect(usage(["report", "--as-of", "2013-06-30", "--compare", "2013-06-30"])).toBe("--compare (2013-06-30) must be before --as-of (2013-06-30)");
  });
  it("rejects missing, unknown and extra arguments", () => {
    expect(usage([])).toBe("missing command (report or validate)");
    expect(usage(["nope"])).toBe('unknown command "nope" (report or validate)');
    expect(usage(["help", "nope"])).toBe('unknown command "nope"');
    expect(usage(["validate"])).toBe("validate needs FILE, DIR or - (standard input)");
    expect(usage(["validate", "a", "b"])).toBe('unexpected argument "b"');
    expect(usage(["report", "a", "b"])).toBe('unexpected argument "b"');
  });
  it("names the command in a usage error, so the hint can point at its help", () => {
    expect(parseArgs(["report", "--nope"])).toMatchObject({ command: "usage-error", topic: "report" });
    expect(parseArgs(["--nope"])).toMatchObject({ command: "usage-error", topic: undefined });
  });
});
