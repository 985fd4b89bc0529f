#!/usr/bin/env node
// Runs every bench/*.bench.ts (not part of `npm test`). Flags are passed through, e.g.
//   npm run bench -- --national        national scale instead of province scale
//   npm run bench -- model             only bench/model.bench.ts
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--"));
const files = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ${flags.join(" ")}`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=16384", "--import", "tsx", join("bench", f), ...flags], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
