#!/usr/bin/env node
// The `grassroots` command. Exit codes: 0 success, 1 invalid data, 2 usage error.
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`grassroots: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
