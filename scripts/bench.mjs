#!/usr/bin/env node
// `npm run bench`: the benchmark suite (bench/suite.bench.ts) at province scale, writing
// docs/performance.json and docs/performance.md. Flags are passed through, e.g.
//   npm run bench -- --national        national scale (a 16 GB heap; minutes)
//   npm run bench -- --no-write        print only
//   npm run bench -- metrics schemes   the individual bench/<name>*.bench.ts files instead
//   npm run bench -- all               every bench/*.bench.ts
//   npm run bench -- --tsx             run from source through tsx instead of a bundle
//
// Each file is bundled with esbuild (as tsup builds the package: no keepNames, so closures are
// not wrapped in a naming helper at every creation as tsx does) into bench/out/ and run with
// node; dependencies stay external. Exit code 1 when any file fails (a disagreement between the
// library and a baseline fails the suite).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--") && a !== "--tsx");
const all = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const files =
  only.length === 0 ? ["suite.bench.ts"] : only.includes("all") ? all : all.filter((f) => only.some((o) => f.startsWith(o)));
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches ${only.join(", ")}`);
  process.exit(1);
}

/** Bundles bench/<file> into bench/out/<name>.mjs; returns its path (null: run from source). */
async function bundle(file) {
  if (args.includes("--tsx")) return null;
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    console.log("bench: esbuild not found; running from source through tsx");
    return null;
  }
  const outDir = join(root, "bench", "out");
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, file.replace(/\.ts$/, ".mjs"));
  await esbuild.build({
    entryPoints: [join(root, "bench", file)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
  return outfile;
}

let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ${flags.join(" ")}`);
  const out = await bundle(f);
  const node = ["--expose-gc", "--max-old-space-size=16384", "--enable-source-maps"];
  const argv = out === null ? [...node, "--import", "tsx", join("bench", f), ...flags] : [...node, out, ...flags];
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: "inherit", env: { ...process.env, GRASSROOTS_ROOT: root } });
  if (r.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
