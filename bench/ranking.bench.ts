// Benchmark of src/ranking against hand-written loops computing the same ranks in the same run.
//
//   npx tsx bench/ranking.bench.ts [--runs 31]
//
// Ranks 10 000 communes (and 250 000 cells) by each tie method, and scores 10 000 communes on 5
// criteria with compositeScore (and ranks them lexicographically on 3 with rankBy). Each case
// first checks that the library and the hand loop give identical results, then times them
// alternately and prints the medians and their ratio (library / hand loop): the machines are
// shared, so only the ratio is meaningful.
import { compositeScore, rank, rankBy, RANK_METHODS } from "../src/index.js";
import type { RankMethod } from "../src/index.js";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 31;

/** A small deterministic generator (mulberry32), so every run ranks the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Coverage-like ratios k / d with small denominators (many ties), 2% missing. */
function ratios(n: number, seed: number): (number | null)[] {
  const r = random(seed);
  return Array.from({ length: n }, () => {
    if (r() < 0.02) return null;
    const d = 1 + Math.floor(r() * 30);
    return Math.floor(r() * (d + 1)) / d;
  });
}

/** Hand-written: sort the indices of the present values best first, then walk the tie groups. */
function handRank(values: readonly (number | null)[], method: RankMethod): number[] {
  const n = values.length;
  const v = new Float64Array(n);
  const idx = new Int32Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== null && x !== undefined && x === x) {
      v[i] = x;
      idx[p++] = i;
    }
  }
  const order = idx.subarray(0, p).sort((a, b) => v[b]! - v[a]! || a - b);
  const out = new Array<number>(n);
  let dense = 0;
  for (let k = 0; k < p; ) {
    let end = k + 1;
    while (end < p && v[order[end]!] === v[order[k]!]) end++;
    dense++;
    for (let j = k; j < end; j++) {
      const i = order[j]!;
      out[i] =
        method === "competition" ? k + 1 : method === "modified-competition" ? end : method === "dense" ? dense : method === "ordinal" ? j + 1 : (k + 1 + end) / 2;
    }
    k = end;
  }
  // missing values: one tie group after the present ones
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== null && x !== undefined && x === x) continue;
    seen++;
    out[i] = method === "competition" ? p + 1 : method === "modified-competition" ? n : method === "dense" ? dense + 1 : method === "ordinal" ? p + seen : (p + 1 + n) / 2;
  }
  return out;
}

interface Commune {
  readonly c: readonly number[];
}
const CRITERIA = [
  { better: "higher", weight: 3 },
  { better: "higher", weight: 2 },
  { better: "lower", weight: 1 },
  { better: "higher", weight: 1 },
  { better: "lower", weight: 0.5 },
] as const;

function communes(n: number, seed: number): Commune[] {
  const r = random(seed);
  return Array.from({ length: n }, () => ({
    c: [Math.floor(r() * 21) / 20, Math.floor(r() * 101) / 100, Math.floor(r() * 12), r(), Math.floor(r() * 50) / 7],
  }));
}

/** Hand-written composite: min-max per criterion, weights over their sum, competition ranks. */
function handComposite(items: readonly Commune[]): { ranks: number[]; scores: Float64Array } {
  const n = items.length;
  const k = CRITERIA.length;
  const total = CRITERIA.reduce((s, c) => s + c.weight, 0);
  const min = new Float64Array(k).fill(Infinity);
  const max = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const c = items[i]!.c;
    for (let j = 0; j < k; j++) {
      const x = c[j]!;
      if (x < min[j]!) min[j] = x;
      if (x > max[j]!) max[j] = x;
    }
  }
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = items[i]!.c;
    let s = 0;
    for (let j = 0; j < k; j++) {
      const range = max[j]! - min[j]!;
      const x = range === 0 ? 0.5 : CRITERIA[j]!.better === "higher" ? (c[j]! - min[j]!) / range : (max[j]! - c[j]!) / range;
      s += (CRITERIA[j]!.weight / total) * x;
    }
    scores[i] = s;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const ranks = new Array<number>(n);
  let top = 0;
  for (let j = 0; j < n; j++) {
    const best = scores[order[top]!]!;
    if (!(best - scores[order[j]!]! <= 1e-9 * Math.max(1, Math.abs(best)))) top = j;
    ranks[order[j]!] = top + 1;
  }
  return { ranks, scores };
}

/** The hand loop, plus the explanation compositeScore returns (a row and a part per criterion). */
function handCompositeExplained(items: readonly Commune[]): unknown[] {
  const { ranks, scores } = handComposite(items);
  const n = items.length;
  const k = CRITERIA.length;
  const total = CRITERIA.reduce((s, c) => s + c.weight, 0);
  const min = new Float64Array(k).fill(Infinity);
  const max = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const x = items[i]!.c[j]!;
      if (x < min[j]!) min[j] = x;
      if (x > max[j]!) max[j] = x;
    }
  }
  const rows = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const parts: Record<string, unknown> = {};
    for (let j = 0; j < k; j++) {
      const x = items[i]!.c[j]!;
      const range = max[j]! - min[j]!;
      const norm = range === 0 ? 0.5 : CRITERIA[j]!.better === "higher" ? (x - min[j]!) / range : (max[j]! - x) / range;
      const w = CRITERIA[j]!.weight / total;
      parts[`c${j}`] = { value: x, normalized: norm, weight: w, contribution: w * norm };
    }
    rows[i] = { item: items[i], index: i, rank: ranks[i], score: scores[i], parts };
  }
  return rows;
}

/** Hand-written lexicographic ranking on the first three criteria (competition). */
function handRankBy(items: readonly Commune[]): number[] {
  const n = items.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = items[i]!.c[0]!;
    b[i] = items[i]!.c[1]!;
    c[i] = items[i]!.c[2]!;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y]! - a[x]! || b[y]! - b[x]! || c[x]! - c[y]! || x - y);
  const ranks = new Array<number>(n);
  let top = 0;
  for (let j = 0; j < n; j++) {
    const x = order[top]!;
    const y = order[j]!;
    if (a[x] !== a[y] || b[x] !== b[y] || c[x] !== c[y]) top = j;
    ranks[y] = top + 1;
  }
  return ranks;
}

function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s[s.length >> 1]!;
}

function same(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Times `lib` and `hand` alternately; returns the medians in ms. */
function time(lib: () => unknown, hand: () => unknown): { lib: number; hand: number } {
  for (let w = 0; w < 3; w++) {
    lib();
    hand();
  }
  const tl: number[] = [];
  const th: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    lib();
    tl.push(performance.now() - t);
    t = performance.now();
    hand();
    th.push(performance.now() - t);
  }
  return { lib: median(tl), hand: median(th) };
}

const lines: string[] = [];
let failed = false;
function report(name: string, agree: boolean, t: { lib: number; hand: number }): void {
  if (!agree) failed = true;
  lines.push(
    `${name.padEnd(46)} ${agree ? "agree" : "DIFFER"}  library ${t.lib.toFixed(2).padStart(7)} ms  hand ${t.hand.toFixed(2).padStart(7)} ms  ratio ${(t.lib / t.hand).toFixed(2)}×`,
  );
}

for (const n of [10_000, 250_000]) {
  const values = ratios(n, 42 + n);
  for (const method of RANK_METHODS) {
    const agree = same(rank(values, { order: "descending", method }), handRank(values, method));
    report(`rank ${method}, ${n.toLocaleString("en")} values`, agree, time(() => rank(values, { order: "descending", method }), () => handRank(values, method)));
  }
}

{
  const items = communes(10_000, 7);
  const criteria = CRITERIA.map((c, j) => ({ key: `c${j}`, better: c.better, weight: c.weight, value: (x: Commune) => x.c[j]! }));
  const lib = compositeScore(items, criteria);
  const hand = handComposite(items);
  const libRanks = new Array<number>(items.length);
  const libScores = new Float64Array(items.length);
  for (const r of lib.rows) {
    libRanks[r.index] = r.rank!;
    libScores[r.index] = r.score!;
  }
  report("compositeScore, 5 criteria, 10,000 communes", same(libRanks, hand.ranks) && same(libScores, hand.scores), time(() => compositeScore(items, criteria), () => handComposite(items)));
  const explained = handCompositeExplained(items);
  const sameRows = lib.rows.every((r) => JSON.stringify(r) === JSON.stringify(explained[r.index]));
  report("  the same, hand loop building the explanation", sameRows, time(() => compositeScore(items, criteria), () => handCompositeExplained(items)));

  const lexCriteria = [
    { key: "a", better: "higher", value: (x: Commune) => x.c[0]! },
    { key: "b", better: "higher", value: (x: Commune) => x.c[1]! },
    { key: "c", better: "lower", value: (x: Commune) => x.c[2]! },
  ] as const;
  const rb = rankBy(items, lexCriteria);
  const rbRanks = new Array<number>(items.length);
  for (const r of rb) rbRanks[r.index] = r.rank!;
  report("rankBy, 3 criteria, 10,000 communes", same(rbRanks, handRankBy(items)), time(() => rankBy(items, lexCriteria), () => handRankBy(items)));
}

console.log(`ranking benchmark: median of ${RUNS} runs each, Node ${process.version}`);
for (const l of lines) console.log(l);
if (failed) {
  console.error("the library and the hand loop DIFFER on at least one case");
  process.exitCode = 1;
}
