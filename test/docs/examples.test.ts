// Runs every @example of every doc comment in src/, and every ```ts block with a `//=>` line of
// README.md and docs/guide/*.md, and checks each `//=>` result, so the examples in the API
// reference and the guides cannot drift from the code.
import * as nodeFs from "node:fs";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import * as testing from "../../src/testing/index.js";
import * as node from "../../src/node/index.js";

const ROOT = join(import.meta.dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    out.push({ file: relative(ROOT, file), line: text.slice(0, m.index).split("\n").length, code: body });
  }
  return out;
}

/** Turns `expr; //=> value` (or `//=> value` on the next line) into checks. */
function instrument(code: string): string {
  const lines = code.split("\n");
  const out: string[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    out.push(...pending);
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (inline && inline[1]!.trim() !== "") {
      // The expression may have started on earlier lines that do not end a statement.
      let k = pending.length;
      while (k > 0 && !/[;{}]\s*$/.test(pending[k - 1]!) && pending[k - 1]!.trim() !== "") k--;
      const head = pending.splice(k);
      flush();
      let expected = inline[2]!;
      while (i + 1 < lines.length && /^\s*\/\/\s{2,}/.test(lines[i + 1]!)) expected += ` ${lines[++i]!.replace(/^\s*\/\//, "")}`;
      const expr = [...head, inline[1]!].join("\n").replace(/;\s*$/, "");
      out.push(`__check(${expr}, ${expected}, ${JSON.stringify(line.trim())});`);
    } else if (inline) {
      // `//=> value` alone: the result of the statement just before.
      const prev = pending.join("\n").replace(/;\s*$/, "");
      pending = [];
      let expected = inline[2]!;
      while (i + 1 < lines.length && /^\s*\/\/\s{2,}/.test(lines[i + 1]!)) expected += ` ${lines[++i]!.replace(/^\s*\/\//, "")}`;
      out.push(`__check(${prev}, ${expected}, ${JSON.stringify(prev.trim().slice(0, 80))});`);
    } else if (/^\s*import\s/.test(line)) {
      // Imports are satisfied by the names in scope.
    } else {
      flush();
      pending.push(line);
    }
  }
  flush();
  return out.join("\n");
}

// The guides' recipes that read and write files import these; nothing of the library's is named so.
const { createReadStream, mkdtempSync, rmSync, writeFileSync } = nodeFs;
const nodeScope = { createReadStream, mkdtempSync, readdirSync, rmSync, writeFileSync, tmpdir, join };
const scope: Record<string, unknown> = { ...api, ...testing, ...node, fc, ...nodeScope };
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

function markdownExamples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /```ts\n([\s\S]*?)```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]!.includes("//=>")) out.push({ file: relative(join(ROOT, ".."), file), line: text.slice(0, m.index).split("\n").length, code: m[1]! });
  }
  return out;
}

const GUIDE = join(ROOT, "../docs/guide");
const guides = readdirSync(GUIDE)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => join(GUIDE, f));
const all = [...files(ROOT).flatMap(examples), ...[join(ROOT, "../README.md"), ...guides].flatMap(markdownExamples)];

describe("doc-comment examples", () => {
  it("the node names in scope shadow nothing of the library", () => {
    for (const name of Object.keys(nodeScope)) expect(Object.keys({ ...api, ...testing, ...node }), name).not.toContain(name);
  });
  it("there are examples to run", () => {
    expect(all.length).toBeGreaterThan(30);
  });
  it("the README and the guides are NFC text", () => {
    for (const file of [join(ROOT, "../README.md"), ...guides]) {
      const text = readFileSync(file, "utf8");
      expect(text === text.normalize("NFC"), relative(join(ROOT, ".."), file)).toBe(true);
    }
  });
  it("the README and every guide with code have examples to run", () => {
    const withExamples = new Set(all.map((e) => e.file));
    expect(withExamples).toContain("README.md");
    for (const name of ["getting-started.md", "recipes.md"]) expect(withExamples).toContain(`docs/guide/${name}`);
  });
  for (const ex of all) {
    it(`${ex.file}:${ex.line}`, async () => {
      const checks: { label: string; actual: unknown; expected: unknown }[] = [];
      const __check = async (actual: unknown, expected: unknown, label: string): Promise<void> => {
        checks.push({ label, actual: await actual, expected });
      };
      const ts_ = instrument(ex.code).replace(/__check\(/g, "await __check(");
      // Examples are TypeScript: strip the types, keep the code.
      const js = ts.transpileModule(`return (async () => {\n${ts_}\n})();`, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
      }).outputText;
      const fn = new AsyncFunction("__check", ...Object.keys(scope), js);
      await fn(__check, ...Object.values(scope));
      expect(checks.length, `example without any //=> result:\n${ex.code}`).toBeGreaterThan(0);
      for (const c of checks) expect(c.actual, c.label).toEqual(c.expected);
    });
  }
});
