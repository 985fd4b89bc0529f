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

type Pooled = Int8Array | Uint8Array | Int32Array;
const pool = new Map<string, Pooled>();
/**
 * A scratch typed array of `length` filled with `fill`, allocated once per `name` and length (as
 * the library pools its own): a fresh array the size of the people (6–24 MB nationally) is
 * memory outside V8's heap, and V8 answers every ~64 MB of that with a full collection, seconds
 * on the bench's multi-gigabyte heap. One name per array alive at the same time.
 */
export function pooled<T extends Pooled>(name: string, make: (n: number) => T, length: number, fill = 0): T {
  let a = pool.get(name) as T | undefined;
  if (a === undefined || a.length !== length) {
    a = make(length);
    pool.set(name, a);
  }
  a.fill(fill);
  return a;
}
