// Benchmark of ratingDistribution against hand-written single-pass loops over the same typed
// columns, computing the same result in the same process.
//
//   npx tsx bench/schemes.bench.ts              province scale (about 93 thousand members)
//   npx tsx bench/schemes.bench.ts --national   national scale (about 5.6 million members; the
//                                               script restarts itself with a 14 GB heap)
//   options: --runs N (default 15 province, 7 national), --seed N (default 1)
//
// For each case the library call and the hand loop run alternately (both see the same machine
// load); their results are first checked to be equal (counts, ids, shares, unrated and not-due
// members, period by period), then the medians are printed with their ratio, the figure to read
// on a shared machine (PERFORMANCE.md: ≤ 1.5× the hand loop, ≤ 150 ms for one metric at
// national scale).
import { spawnSync } from "node:child_process";
import { getHeapStatistics } from "node:v8";
import { isDeepStrictEqual } from "node:util";
import { civilFromDays, daysFromCivil, daysInMonth } from "../src/_lib/days.js";
import { datasetIndex, parseDataset, QD_124_2023, ratingDistribution, toDayNumber, type DatasetIndex, type RatingDistribution } from "../src/index.js";
import { generateDataset } from "../src/testing/generate.js";
import { isMain, pooled } from "./_harness.js";

const args = process.argv.slice(2);
const national = args.includes("--national");
const arg = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = arg("--runs", national ? 7 : 15);
const SEED = arg("--seed", 1);
const AS_OF = "2025-06-30";

// A national dataset needs a large heap: restart with one when this process has less.
const runMain = isMain("schemes.bench");
if (runMain && national && getHeapStatistics().heap_size_limit < 10 * 1024 ** 3 && process.env["SCHEMES_BENCH_CHILD"] === undefined) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=14336", "--expose-gc", ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, SCHEMES_BENCH_CHILD: "1" },
  });
  process.exit(r.status ?? 1);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** What both sides must agree on, period by period. */
export interface Canonical {
  periods: { period: string; counts: number[]; ids: string[][]; unrated: string[]; notDue: string[] }[];
  pooled: (number | null)[];
  periodMean: (number | null)[];
}

export function canonical(d: RatingDistribution): Canonical {
  return {
    periods: d.periods.map((p) => ({
      period: p.period,
      counts: p.levels.map((l) => l.count),
      ids: p.levels.map((l) => [...l.ids]),
      unrated: [...p.unrated.ids],
      notDue: [...p.notDue.ids],
    })),
    pooled: d.levels.map((l) => l.pooled.ratio),
    periodMean: d.levels.map((l) => l.periodMean),
  };
}

// ---------------------------------------------------------------------------------------------
// Hand loops, written for one question each, codes as integers.

const L = 4; // excellent, good, completed, not-completed: QĐ 124's codes in catalog order
const PARTY = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]; // ORGANIZATION_KINDS 0–2 are party kinds

function monthsBefore(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  let mm = m - months;
  let yy = y;
  while (mm < 1) {
    mm += 12;
    yy--;
  }
  return daysFromCivil(yy, mm, Math.min(d, daysInMonth(yy, mm)));
}

/** Members' QĐ 124 ratings of one year; unrated and not-due (admitted < 6 months) members. */
export function handMembersYear(ix: DatasetIndex, year: number, withIds = true): Canonical {
  const R = ix.ratings;
  const s = R.schemes.indexOf("qd-124-2023");
  if (R.levelCodes[s]!.length > L) throw new Error("unexpected level codes");
  const start = daysFromCivil(year, 1, 1);
  const end = daysFromCivil(year, 12, 31);
  const dueBy = monthsBefore(end, 6);
  const P = ix.people;
  const M = ix.memberships;
  const np = P.count;
  // One pass over the ratings: counts, and each counted rating's level.
  const counts = new Int32Array(L);
  const rated = pooled("members.rated", (k) => new Uint8Array(k), np);
  const level = pooled(withIds ? "members.level" : "members.level0", (k) => new Int8Array(k), withIds ? R.count : 0);
  const n = R.count;
  const rPeriod = R.period;
  const pStart = R.periods.start;
  const pForm = R.periods.form;
  const rKind = R.subjectKind;
  const rScheme = R.scheme;
  const rLevel = R.level;
  const rSubject = R.subject;
  for (let r = 0; r < n; r++) {
    if (rKind[r] !== 0 || pStart[rPeriod[r]!] !== start || pForm[rPeriod[r]!] === 2 || rScheme[r] !== s) continue;
    const lv = rLevel[r]! - 1; // every generated QĐ 124 rating has a level
    counts[lv]!++;
    if (withIds) level[r] = lv + 1;
    rated[rSubject[r]!] = 1;
  }
  // The ids, level by level in dataset order.
  const ids: string[][] = [];
  const fill = new Int32Array(L);
  for (let l = 0; l < L; l++) ids.push(withIds ? new Array<string>(counts[l]!) : []);
  if (withIds) {
    for (let r = 0; r < n; r++) {
      const lv = level[r]!;
      if (lv !== 0) ids[lv - 1]![fill[lv - 1]!++] = P.ids[rSubject[r]!]!;
    }
  }
  // Members on 31 December not rated: due, or admitted less than 6 months before.
  const unrated: string[] = [];
  const notDue: string[] = [];
  for (let p = 0; p < np; p++) {
    if (rated[p] === 1) continue;
    let seen = false;
    let adm = 0;
    let member = false;
    for (let i = P.personOffsets[p]!; i < P.personOffsets[p + 1]!; i++) {
      const r = P.personRows[i]!;
      if (PARTY[ix.organizations.kind[M.organization[r]!]!] === 0) continue;
      const st = M.start[r]!;
      if (st > end) break;
      const reason = M.startReason[r]!;
      if (reason === 1 || reason === 2 || (reason === 0 && !seen)) adm = st;
      seen = true;
      if (M.end[r]! >= end) member = true;
    }
    if (member) (adm > dueBy ? notDue : unrated).push(P.ids[p]!);
  }
  let total = 0;
  for (let l = 0; l < L; l++) total += counts[l]!;
  const shares = Array.from(counts, (c) => (total === 0 ? null : c / total));
  return { periods: [{ period: String(year), counts: Array.from(counts), ids, unrated, notDue }], pooled: shares, periodMean: shares };
}

/** Fatherland Front and mass organizations' QĐ 124 ratings from `from` to `to`; unrated ones. */
export function handMassOrganizations(ix: DatasetIndex, from: number, to: number): Canonical {
  const R = ix.ratings;
  const O = ix.organizations;
  const s = R.schemes.indexOf("qd-124-2023");
  const no = O.count;
  const mass = new Uint8Array(no);
  for (let o = 0; o < no; o++) {
    const k = O.kind[o]!;
    mass[o] = k >= 5 && k <= 9 ? 1 : 0; // fatherland-front … veterans-union
  }
  const Y = to - from + 1;
  const counts = new Int32Array(Y * L);
  const level = pooled("mass.level", (k) => new Int8Array(k), R.count);
  const rated = new Uint8Array(no * Y);
  const n = R.count;
  const lo = daysFromCivil(from, 1, 1);
  for (let r = 0; r < n; r++) {
    if (R.subjectKind[r] !== 1 || R.scheme[r] !== s || R.periods.form[R.period[r]!] === 2) continue;
    const st = R.periods.start[R.period[r]!]!;
    if (st < lo) continue;
    const y = civilFromDays(st)[0] - from;
    if (y >= Y) continue;
    const o = R.subject[r]!;
    if (mass[o] === 0) continue;
    const lv = R.level[r]! - 1;
    counts[y * L + lv]!++;
    level[r] = lv + 1;
    rated[o * Y + y] = 1;
  }
  const periods: Canonical["periods"] = [];
  const pooledCounts = new Float64Array(L);
  const meanSum = new Float64Array(L);
  let all = 0;
  let withRatings = 0;
  for (let y = 0; y < Y; y++) {
    const ids: string[][] = [];
    for (let l = 0; l < L; l++) ids.push([]);
    const st = daysFromCivil(from + y, 1, 1);
    for (let r = 0; r < n; r++) if (level[r] !== 0 && R.periods.start[R.period[r]!] === st) ids[level[r]! - 1]!.push(O.ids[R.subject[r]!]!);
    const end = daysFromCivil(from + y, 12, 31);
    const unrated: string[] = [];
    for (let o = 0; o < no; o++) if (mass[o] === 1 && rated[o * Y + y] === 0 && O.founding[o]! <= end && O.dissolution[o]! >= end) unrated.push(O.ids[o]!);
    let total = 0;
    for (let l = 0; l < L; l++) total += counts[y * L + l]!;
    if (total === 0) continue; // a year without ratings is not a period of the result
    withRatings++;
    all += total;
    for (let l = 0; l < L; l++) {
      pooledCounts[l]! += counts[y * L + l]!;
      meanSum[l]! += counts[y * L + l]! / total;
    }
    periods.push({ period: String(from + y), counts: Array.from(counts.subarray(y * L, y * L + L)), ids, unrated, notDue: [] });
  }
  return {
    periods,
    pooled: Array.from(pooledCounts, (c) => (all === 0 ? null : c / all)),
    periodMean: Array.from(meanSum, (m) => (withRatings === 0 ? null : m / withRatings)),
  };
}

// ---------------------------------------------------------------------------------------------

interface Row {
  name: string;
  lib: number;
  hand: number;
  ratio: number;
}

function bench(name: string, lib: () => RatingDistribution, hand: () => Canonical): Row {
  const a = canonical(lib());
  const b = hand();
  if (!isDeepStrictEqual(a, b)) {
    console.error(JSON.stringify({ library: a, hand: b }).slice(0, 2000));
    throw new Error(`${name}: the library and the hand loop disagree`);
  }
  const tl: number[] = [];
  const th: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t = performance.now();
    lib();
    tl.push(performance.now() - t);
    gc();
    t = performance.now();
    hand();
    th.push(performance.now() - t);
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const row = { name, lib: median(tl), hand: median(th), ratio: median(tl) / median(th) };
  const rated = a.periods.reduce((x, p) => x + p.counts.reduce((u, v) => u + v, 0), 0);
  console.log(
    `${name.padEnd(40)} ${row.lib.toFixed(1).padStart(10)} ms ${row.hand.toFixed(1).padStart(10)} ms ${row.ratio.toFixed(2).padStart(7)}×   (${rated} ratings, agree: yes)`,
  );
  return row;
}

function main(): void {
  const scale = national ? "national" : "province";
  console.log(`grassroots schemes benchmark: ${scale} scale, seed ${SEED}, ${RUNS} runs, Node ${process.version}`);
  let t = performance.now();
  const input = generateDataset({ scale, seed: SEED, asOf: AS_OF });
  console.log(`generate ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const ds = parseDataset(input);
  console.log(`parse ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const ix = datasetIndex(ds);
  console.log(`compile ${(performance.now() - t).toFixed(0)} ms; ${ix.people.count} people, ${ix.organizations.count} organizations, ${ix.ratings.count} ratings`);
  if (toDayNumber(AS_OF) < 0) throw new Error("bad date");
  console.log(`${"case".padEnd(40)} ${"library".padStart(13)} ${"hand loop".padStart(13)} ${"ratio".padStart(8)}`);
  const rows = [
    bench("members 2024, QĐ 124, with unrated", () => ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024 }), () => handMembersYear(ix, 2024)),
    bench(
      "members 2024, figures only (ids: false)",
      () => ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, ids: false }),
      () => handMembersYear(ix, 2024, false),
    ),
    bench(
      "Front + mass orgs 2023–2024, period-mean",
      () =>
        ratingDistribution(ds, {
          subjectKind: "organization",
          scheme: QD_124_2023,
          from: 2023,
          to: 2024,
          organizationKinds: ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"],
          average: "period-mean",
        }),
      () => handMassOrganizations(ix, 2023, 2024),
    ),
  ];
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`worst ratio ${worst.ratio.toFixed(2)}× (${worst.name}); slowest library ${Math.max(...rows.map((r) => r.lib)).toFixed(1)} ms`);
}

if (runMain) main();
