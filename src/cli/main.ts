#!/usr/bin/env node
// The `grassroots` command. Exit codes: 0 success, 1 invalid data, 2 usage error.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { totalmem } from "node:os";
import { dirname, join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { collectionOfFile } from "../model/jsonl.js";
import { parseArgs } from "./args.js";
import { heapChosenByUser, heapToRerunWith, rerunFlags } from "./heap.js";
import { runCli, type CliIo } from "./run.js";

/**
 * The version in the package.json of the installed package, read at run time so it cannot drift.
 * The built file is dist/cli.js (or dist/cli.cjs), so the file is one folder up; from the
 * sources (src/cli/main.ts under tsx) two. The script's own path comes from `__filename` (CJS)
 * or the real path of process.argv[1] (ESM, through npm's bin symlink); `import.meta` is avoided
 * because tsup also builds this entry as CommonJS, where it is empty.
 */
function packageVersion(): string {
  try {
    const script = typeof __filename === "string" ? __filename : process.argv[1];
    if (script === undefined) return "unknown";
    let dir = dirname(realpathSync(script));
    for (let up = 0; up < 3; up++, dir = dirname(dir)) {
      const file = join(dir, "package.json");
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "grassroots" && typeof pkg.version === "string") return pkg.version;
    }
  } catch {
    // fall through
  }
  return "unknown";
}

const io: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => process.stdin,
  readFile: (path) => createReadStream(path),
  listDir: (path) => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined) return { kind: "missing" };
    if (!st.isDirectory()) return { kind: "file" };
    return { kind: "dir", entries: readdirSync(path).sort().map((name) => ({ name, path: join(path, name) })) };
  },
  writeFile: (path, text) => writeFileSync(path, text),
  stderrIsTTY: process.stderr.isTTY === true,
  fileSize: (path) => statSync(path, { throwIfNoEntry: false })?.size,
  now: () => performance.now(),
  version: packageVersion(),
};

// `grassroots report | head`: a closed pipe ends the command quietly, without a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

/** Bytes of the command's input file, or of the JSON Lines files of its input folder; 0 for none or standard input. */
function inputBytes(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if ((parsed.command !== "report" && parsed.command !== "validate") || parsed.input === undefined || parsed.input === "-") return 0;
  const entry = io.listDir(parsed.input);
  if (entry.kind === "file") return io.fileSize?.(parsed.input) ?? 0;
  if (entry.kind !== "dir") return 0;
  return entry.entries.reduce((n, e) => n + (collectionOfFile(e.name) === undefined ? 0 : (io.fileSize?.(e.path) ?? 0)), 0);
}

/**
 * Runs the command again in a child process with a larger heap when its input needs one (see
 * heap.ts), and returns the child's exit code; undefined to run here. Not when the user chose a
 * heap size, nor in the child itself (GRASSROOTS_HEAP is set there), nor with GRASSROOTS_HEAP=off.
 */
function rerunWithLargerHeap(argv: readonly string[]): number | undefined {
  if (process.env["GRASSROOTS_HEAP"] !== undefined || heapChosenByUser(process.execArgv, process.env["NODE_OPTIONS"])) return undefined;
  const script = process.argv[1];
  if (script === undefined) return undefined;
  const heap = heapToRerunWith(inputBytes(argv), getHeapStatistics().heap_size_limit / 2 ** 20, totalmem() / 2 ** 20);
  if (heap === undefined) return undefined;
  if (!argv.includes("--quiet") && !argv.includes("-q")) {
    process.stderr.write(`grassroots: large input; running with a ${heap} MiB heap (--max-old-space-size; GRASSROOTS_HEAP=off to not)\n`);
  }
  const child = spawnSync(process.execPath, [...process.execArgv, ...rerunFlags(heap, process.execArgv, process.env["NODE_OPTIONS"]), script, ...argv], {
    stdio: "inherit",
    env: { ...process.env, GRASSROOTS_HEAP: String(heap) },
  });
  if (child.error !== undefined) {
    process.stderr.write(`grassroots: could not start node with a larger heap (${child.error.message}); running as is\n`);
    return undefined;
  }
  return child.status ?? 1;
}

const rerun = rerunWithLargerHeap(process.argv.slice(2));
if (rerun !== undefined) {
  process.exitCode = rerun;
} else {
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`grassroots: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
