// Profiling helper (not a benchmark): node --cpu-prof --import tsx bench/_profile.ts <case name part> [--national] [--n=N]
import { datasetIndex, parseDataset } from "../src/index.js";
import { generateDataset } from "../src/testing/generate.js";
import { AS_OF, metricCases } from "./_cases.js";
const args = process.argv.slice(2);
const scale = args.includes("--national") ? "national" : "province";
const want = args.filter((a) => !a.startsWith("--"));
const nArg = args.find((a) => a.startsWith("--n="));
const N = nArg === undefined ? 20 : Number(nArg.slice(4));
const ds = parseDataset(generateDataset({ scale, seed: 1, asOf: AS_OF }));
const ix = datasetIndex(ds);
for (const c of metricCases(ds, ix)) {
  if (want.length > 0 && !want.some((w) => c.name.includes(w))) continue;
  c.lib();
  const t = performance.now();
  for (let i = 0; i < N; i++) c.lib();
  const lib = (performance.now() - t) / N;
  const t2 = performance.now();
  for (let i = 0; i < N; i++) c.hand();
  console.log(`${c.name.padEnd(42)} lib ${lib.toFixed(2)} ms  hand ${((performance.now() - t2) / N).toFixed(2)} ms`);
}
