#!/usr/bin/env node
// The `grassroots` command. Exit codes: 0 success, 1 invalid data, 2 usage error.
import { createReadStream, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runCli, type CliIo } from "./run.js";

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
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`[grassroots] ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
