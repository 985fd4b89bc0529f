// Shared helpers of the benchmark scripts: timing by median of runs, peak memory, tables.
export interface Measure {
  name: string;
  records: number;
  medianMs: number;
  runs: number;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median wall time of `fn` over `runs` runs (after one warm-up unless `warm` is false). */
export function time<T>(fn: () => T, runs = 5, warm = true): { ms: number; result: T } {
  let result = warm ? fn() : (undefined as T);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

export async function timeAsync<T>(fn: () => Promise<T>, runs = 3): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function rate(records: number, ms: number): string {
  const perSec = (records / ms) * 1000;
  return perSec >= 1e6 ? `${(perSec / 1e6).toFixed(2)} M/s` : `${(perSec / 1e3).toFixed(0)} k/s`;
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => (typeof v === "number" || /^[\d.,]+/.test(String(v)) ? String(v).padStart(widths[c]!) : String(v).padEnd(widths[c]!))).join("  ")).join("\n");
}

export const scaleArg = (): "province" | "national" | "commune" =>
  process.argv.includes("--national") ? "national" : process.argv.includes("--commune") ? "commune" : "province";

/**
 * Whether the bench file `name` (e.g. "metrics.bench") is the script being run, whether it runs
 * from source (tsx) or from the bundle scripts/bench.mjs builds (where every module shares the
 * bundle's import.meta.url).
 */
export function isMain(name: string): boolean {
  const main = process.argv[1];
  return main !== undefined && /[^/\\]+$/.exec(main)![0].replace(/\.(ts|mts|js|mjs)$/, "") === name;
}
