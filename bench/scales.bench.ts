// Benchmark of the training metrics (educationProfile, standardization) against hand-written
// single-pass loops over the same typed columns, computing the same results in the same process.
//
//   npx tsx bench/scales.bench.ts              province scale (about 93 thousand members)
//   npx tsx bench/scales.bench.ts --national   national scale (about 5.6 million members; needs
//                                              about 12 GB: NODE_OPTIONS=--max-old-space-size=14000)
//   options: --runs N (default 31 province, 7 national), --seed N (default 1)
//
// For each case the library call and the hand loop run alternately (so both see the same
// machine load), their results are first checked to be deeply equal, and the medians of wall
// time and of process CPU time are reported with their ratios (CPU time is steadier on a busy
// shared machine, where wall time includes waiting for a core). Absolute times drift on a shared machine; the ratio is the figure
// to read (PERFORMANCE.md: ≤ 1.5× the hand loop, ≤ 150 ms for any single metric at national
// scale). The hand loops know the codes as integers and the ND 33/2023 standards as a switch;
// they share nothing with the library but the compiled index.
import { isDeepStrictEqual } from "node:util";
import { datasetIndex, educationProfile, parseDataset, standardization, toDayNumber, type DatasetIndex } from "../src/index.js";
import { generateDataset } from "../src/testing/generate.js";
import { isMain, pooled } from "./_harness.js";

const args = process.argv.slice(2);
const national = args.includes("--national");
const arg = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
// Many runs at province scale: a call takes a few milliseconds, and a collection or a busy
// neighbour on a shared machine can multiply one run; the median stays put.
const RUNS = arg("--runs", national ? 7 : 31);
const SEED = arg("--seed", 1);
const AS_OF = "2025-06-30";

// ---------------------------------------------------------------------------------------------
// Codes as integers, written out (indices in the lists of src/model/codes.ts).

const K_OTHER = 11; // ORGANIZATION_KINDS: party-committee 0, party-cell 1, party-group 2, ..., other 11
const PARTY = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const COMMUNE_KIND = [0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]; // UNIT_KINDS: commune 2, ward 3, special-zone 4
const ROLE_NAMES = ["secretary", "deputy-secretary", "standing-committee-member", "committee-member", "chair", "vice-chair", "village-head", "head", "deputy-head", "civil-servant", "other"];
const SCALE_NAMES = ["general-education", "professional", "political-theory", "state-management"];

// Ranks by hand (DOMAIN.md §3): grades x/12 = 5 + 4 + 3, x/10 = 4 + 3 + 3; equivalents share a rank.
const RANK: readonly Record<string, number>[] = [
  (() => {
    const r: Record<string, number> = { "below-primary": 0, primary: 1, "lower-secondary": 2, "upper-secondary": 3 };
    for (let x = 1; x <= 12; x++) r[`${x}/12`] = x < 5 ? 0 : x < 9 ? 1 : x < 12 ? 2 : 3;
    for (let x = 1; x <= 10; x++) r[`${x}/10`] = x < 4 ? 0 : x < 7 ? 1 : x < 10 ? 2 : 3;
    return r;
  })(),
  { none: 0, elementary: 1, intermediate: 2, college: 3, bachelor: 4, master: 5, postgraduate: 5, doctor: 6 },
  { none: 0, elementary: 1, intermediate: 2, "intermediate-administration": 2, advanced: 3, "bachelor-politics": 3, "advanced-administration": 3, "advanced-certificate": 3 },
  { none: 0, specialist: 1, "principal-specialist": 2, "senior-specialist": 3 },
];
const MAIN: readonly string[][] = [
  ["below-primary", "primary", "lower-secondary", "upper-secondary"],
  ["none", "elementary", "intermediate", "college", "bachelor", "master", "doctor"],
  ["none", "elementary", "intermediate", "advanced"],
  ["none", "specialist", "principal-specialist", "senior-specialist"],
];

function rankTable(ix: DatasetIndex, s: number): Int8Array {
  const codes = ix.qualifications.levelCodes[SCALE_NAMES[s] as "professional"];
  return Int8Array.from(codes, (c) => RANK[s]![c] ?? -2);
}

const share = (ids: string[], n: number): { numerator: number; denominator: number; ratio: number | null; ids: string[] } => ({
  numerator: ids.length,
  denominator: n,
  ratio: n === 0 ? null : ids.length / n,
  ids,
});
const count = (ids: string[]): { count: number; ids: string[] } => ({ count: ids.length, ids });

/** The row of each organization's commune (its unit, first covered unit or parent's unit, up to a commune), -1 for none. */
function orgCommunes(ix: DatasetIndex): Int32Array {
  const o = ix.organizations;
  const u = ix.units;
  const out = new Int32Array(o.count);
  for (let i = 0; i < o.count; i++) {
    let x = i;
    let unit = -1;
    while (x >= 0) {
      if (o.unit[x]! >= 0) {
        unit = o.unit[x]!;
        break;
      }
      if (o.coversOffsets[x + 1]! > o.coversOffsets[x]!) {
        unit = o.coversUnits[o.coversOffsets[x]!]!;
        break;
      }
      x = o.parent[x]!;
    }
    while (unit >= 0 && COMMUNE_KIND[u.kind[unit]!] === 0) unit = u.parent[unit]!;
    out[i] = unit;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// educationProfile by hand.

export function handEducation(ix: DatasetIndex, day: number, s: number, members: boolean, byCommune: boolean): unknown {
  const np = ix.people.count;
  const ids = ix.people.ids;
  const o = ix.organizations;
  const t = ix.posts;
  const m = ix.memberships;
  // Population.
  const pop = pooled("education.pop", (n) => new Uint8Array(n), np);
  if (members) {
    for (let r = 0; r < m.count; r++) if (m.start[r]! <= day && m.end[r]! >= day && PARTY[o.kind[m.organization[r]!]!] === 1) pop[m.person[r]!] = 1;
  } else {
    for (let r = 0; r < t.count; r++) {
      const org = t.organization[r]!;
      if (org < 0 || t.start[r]! > day || t.end[r]! < day || o.kind[org] === K_OTHER || o.founding[org]! > day || o.dissolution[org]! < day) continue;
      pop[t.person[r]!] = 1;
    }
  }
  // Ranks.
  const table = rankTable(ix, s);
  const q = ix.qualifications;
  const rank = pooled("education.rank", (n) => new Int8Array(n), np, -1);
  for (let r = 0; r < q.count; r++) {
    if (q.scale[r] !== s || q.date[r]! > day) continue;
    const k = table[q.level[r]!]!;
    if (k > rank[q.person[r]!]!) rank[q.person[r]!] = k;
  }
  const L = MAIN[s]!.length;
  type A = { pop: string[]; none: string[]; lv: string[][]; ge: string[][]; lt: string[][] };
  const mk = (): A => ({ pop: [], none: [], lv: Array.from({ length: L }, () => []), ge: Array.from({ length: L }, () => []), lt: Array.from({ length: L }, () => []) });
  const add = (a: A, id: string, r: number): void => {
    a.pop.push(id);
    if (r < 0) {
      a.none.push(id);
      return;
    }
    a.lv[r]!.push(id);
    for (let k = 0; k <= r; k++) a.ge[k]!.push(id);
    for (let k = r + 1; k < L; k++) a.lt[k]!.push(id);
  };
  const out = (a: A): Record<string, unknown> => {
    const n = a.pop.length - a.none.length;
    const atLeast: Record<string, unknown> = {};
    const below: Record<string, unknown> = {};
    for (let k = 0; k < L; k++) {
      atLeast[MAIN[s]![k]!] = share(a.ge[k]!, n);
      below[MAIN[s]![k]!] = share(a.lt[k]!, n);
    }
    return { population: count(a.pop), noRecord: count(a.none), levels: MAIN[s]!.map((code, k) => ({ code, count: a.lv[k]!.length, ids: a.lv[k]! })), atLeast, below };
  };
  const all = mk();
  for (let p = 0; p < np; p++) if (pop[p] === 1) add(all, ids[p]!, rank[p]!);
  const result = { scale: SCALE_NAMES[s], asOf: AS_OF, ...out(all) };
  if (!byCommune) return result;
  // Communes of each person's qualifying posts (cadres) or memberships (members), without repeats.
  const communeOf = orgCommunes(ix);
  const offsets = pooled("education.offsets", (n) => new Int32Array(n), np + 1);
  const pass = (fill: Int32Array | undefined, groups: Int32Array): void => {
    const put = (p: number, g: number): void => {
      if (g < 0) return;
      if (fill === undefined) offsets[p + 1]!++;
      else groups[fill[p]!++] = g;
    };
    if (members) {
      for (let r = 0; r < m.count; r++) {
        const p = m.person[r]!;
        if (pop[p] === 1 && m.start[r]! <= day && m.end[r]! >= day && PARTY[o.kind[m.organization[r]!]!] === 1) put(p, communeOf[m.organization[r]!]!);
      }
    } else {
      for (let r = 0; r < t.count; r++) {
        const org = t.organization[r]!;
        if (org < 0 || t.start[r]! > day || t.end[r]! < day || o.kind[org] === K_OTHER || o.founding[org]! > day || o.dissolution[org]! < day) continue;
        put(t.person[r]!, communeOf[org]!);
      }
    }
  };
  pass(undefined, new Int32Array(0));
  for (let p = 0; p < np; p++) offsets[p + 1]! += offsets[p]!;
  const groups = pooled("education.groups", (n) => new Int32Array(n), offsets[np]!);
  const fill = pooled("education.fill", (n) => new Int32Array(n), np);
  fill.set(offsets.subarray(0, np));
  pass(fill, groups);
  const byGroup: (A | undefined)[] = new Array<A | undefined>(ix.units.count);
  const ungrouped: string[] = [];
  for (let p = 0; p < np; p++) {
    if (pop[p] === 0) continue;
    const a = offsets[p]!;
    const b = offsets[p + 1]!;
    if (a === b) ungrouped.push(ids[p]!);
    for (let i = a; i < b; i++) {
      let repeat = false;
      for (let j = a; j < i; j++) if (groups[j] === groups[i]) repeat = true;
      if (!repeat) add((byGroup[groups[i]!] ??= mk()), ids[p]!, rank[p]!);
    }
  }
  const list: unknown[] = [];
  byGroup.forEach((a, g) => list.push({ id: ix.units.ids[g]!, ...out(a!) }));
  return { ...result, groups: list, ungrouped: count(ungrouped) };
}

// ---------------------------------------------------------------------------------------------
// standardization by hand: ND 33/2023 as a switch (the only set in force on 2025-06-30).

const ND33 = [
  "nd-33-2023/party-secretary",
  "nd-33-2023/council-chair",
  "nd-33-2023/committee-chair",
  "nd-33-2023/front-chair",
  "nd-33-2023/youth-union-secretary",
  "nd-33-2023/women-union-chair",
  "nd-33-2023/farmers-union-chair",
  "nd-33-2023/veterans-union-chair",
  "nd-33-2023/civil-servant",
];
// Minimum ranks per standard: general education, professional, political theory, state management.
const NEED = Int8Array.from([3, 4, -1, -1, 3, 4, 2, -1, 3, 4, 2, -1, 3, 4, 2, -1, 3, 4, 2, -1, 3, 4, 2, -1, 3, 4, 2, -1, 3, 4, 2, -1, 3, 4, -1, -1]);

function standardOf(kind: number, role: number): number {
  switch (kind) {
    case 0: // party committee: secretary, deputy
      return role === 0 || role === 1 ? 0 : -1;
    case 3: // people's council: chair, vice-chair
      return role === 4 || role === 5 ? 1 : -1;
    case 4: // people's committee: chair, vice-chair; civil servants
      return role === 4 || role === 5 ? 2 : role === 9 ? 8 : -1;
    case 5:
      return role === 4 ? 3 : -1;
    case 6:
      return role === 0 ? 4 : -1;
    case 7:
      return role === 4 ? 5 : -1;
    case 8:
      return role === 4 ? 6 : -1;
    case 9:
      return role === 4 ? 7 : -1;
    default:
      return -1;
  }
}

interface J {
  judged: string[];
  below: string[];
  meets: string[];
  above: string[];
  ok: string[];
  req: string[][];
  sb: string[][];
  sm: string[][];
  sa: string[][];
}
const mkJ = (): J => ({ judged: [], below: [], meets: [], above: [], ok: [], req: [[], [], [], []], sb: [[], [], [], []], sm: [[], [], [], []], sa: [[], [], [], []] });
function judge(a: J, id: string, need: Int8Array, no: number, have: Int8Array, ho: number): void {
  a.judged.push(id);
  let lo = false;
  let hi = false;
  for (let s = 0; s < 4; s++) {
    const n = need[no + s]!;
    if (n < 0) continue;
    const h = have[ho + s]!;
    a.req[s]!.push(id);
    if (h < n) {
      lo = true;
      a.sb[s]!.push(id);
    } else if (h > n) {
      hi = true;
      a.sa[s]!.push(id);
    } else a.sm[s]!.push(id);
  }
  if (lo) a.below.push(id);
  else {
    a.ok.push(id);
    (hi ? a.above : a.meets).push(id);
  }
}
function outJ(a: J): Record<string, unknown> {
  const scales: Record<string, unknown> = {};
  for (let s = 0; s < 4; s++) {
    if (a.req[s]!.length > 0) scales[SCALE_NAMES[s]!] = { required: count(a.req[s]!), below: count(a.sb[s]!), meets: count(a.sm[s]!), above: count(a.sa[s]!) };
  }
  return { judged: count(a.judged), below: count(a.below), meets: count(a.meets), above: count(a.above), meetsOrAbove: share(a.ok, a.judged.length), scales };
}

// The same judgement with counters (for `ids: false`): judged, below, meets, above, ok, then per
// scale required, below, meets, above.
const JC = 5 + 4 * 4;
function judgeCount(a: Int32Array, b: number, need: Int8Array, no: number, have: Int8Array, ho: number): void {
  a[b]!++;
  let lo = false;
  let hi = false;
  for (let s = 0; s < 4; s++) {
    const n = need[no + s]!;
    if (n < 0) continue;
    const h = have[ho + s]!;
    const k = b + 5 + s * 4;
    a[k]!++;
    if (h < n) {
      lo = true;
      a[k + 1]!++;
    } else if (h > n) {
      hi = true;
      a[k + 3]!++;
    } else a[k + 2]!++;
  }
  if (lo) a[b + 1]!++;
  else {
    a[b + 4]!++;
    a[b + (hi ? 3 : 2)]!++;
  }
}
function outCount(a: Int32Array, b: number): Record<string, unknown> {
  const c = (n: number) => ({ count: n, ids: [] });
  const scales: Record<string, unknown> = {};
  for (let s = 0; s < 4; s++) {
    const k = b + 5 + s * 4;
    if (a[k]! > 0) scales[SCALE_NAMES[s]!] = { required: c(a[k]!), below: c(a[k + 1]!), meets: c(a[k + 2]!), above: c(a[k + 3]!) };
  }
  const judged = a[b]!;
  return { judged: c(judged), below: c(a[b + 1]!), meets: c(a[b + 2]!), above: c(a[b + 3]!), meetsOrAbove: { numerator: a[b + 4]!, denominator: judged, ratio: judged === 0 ? null : a[b + 4]! / judged, ids: [] }, scales };
}

/** Both standardization hand loops, up to the people: the cadres, their ranks, the strictest need of their posts, and their posts judged (linked lists by person). */
function standardizationRows(ix: DatasetIndex, day: number) {
  const np = ix.people.count;
  const o = ix.organizations;
  const t = ix.posts;
  const q = ix.qualifications;
  // Cadres.
  const pop = pooled("standardization.pop", (n) => new Uint8Array(n), np);
  for (let r = 0; r < t.count; r++) {
    const org = t.organization[r]!;
    if (org < 0 || t.start[r]! > day || t.end[r]! < day || o.kind[org] === K_OTHER || o.founding[org]! > day || o.dissolution[org]! < day) continue;
    pop[t.person[r]!] = 1;
  }
  // Ranks on the four scales.
  const tables = [0, 1, 2, 3].map((s) => rankTable(ix, s));
  const have = pooled("standardization.have", (n) => new Int8Array(n), np * 4, -1);
  for (let r = 0; r < q.count; r++) {
    if (q.date[r]! > day) continue;
    const s = q.scale[r]!;
    const k = tables[s]![q.level[r]!]!;
    const at = q.person[r]! * 4 + s;
    if (k > have[at]!) have[at] = k;
  }
  // Commune organizations and their communes.
  const communeOf = orgCommunes(ix);
  const u = ix.units;
  const inCommune = new Uint8Array(o.count);
  for (let i = 0; i < o.count; i++) {
    // The organization's own unit must be commune-level (standards apply to commune organizations).
    let x = i;
    let unit = -1;
    while (x >= 0) {
      if (o.unit[x]! >= 0) {
        unit = o.unit[x]!;
        break;
      }
      if (o.coversOffsets[x + 1]! > o.coversOffsets[x]!) {
        unit = o.coversUnits[o.coversOffsets[x]!]!;
        break;
      }
      x = o.parent[x]!;
    }
    inCommune[i] = unit >= 0 && COMMUNE_KIND[u.kind[unit]!] === 1 ? 1 : 0;
  }
  // Posts: strictest need per person, and (standard, role, organization) per post judged.
  const need = pooled("standardization.need", (n) => new Int8Array(n), np * 4, -1);
  const head = pooled("standardization.head", (n) => new Int32Array(n), np, -1);
  const pStd = pooled("standardization.pStd", (n) => new Int32Array(n), t.count);
  const pRole = pooled("standardization.pRole", (n) => new Uint8Array(n), t.count);
  const pOrg = pooled("standardization.pOrg", (n) => new Int32Array(n), t.count);
  const pNext = pooled("standardization.pNext", (n) => new Int32Array(n), t.count);
  let n = 0;
  for (let r = 0; r < t.count; r++) {
    const org = t.organization[r]!;
    if (org < 0 || t.start[r]! > day || t.end[r]! < day || o.founding[org]! > day || o.dissolution[org]! < day || inCommune[org] === 0) continue;
    const p = t.person[r]!;
    if (pop[p] === 0) continue;
    const std = standardOf(o.kind[org]!, t.role[r]!);
    if (std < 0) continue;
    for (let s = 0; s < 4; s++) if (NEED[std * 4 + s]! > need[p * 4 + s]!) need[p * 4 + s] = NEED[std * 4 + s]!;
    pStd[n] = std;
    pRole[n] = t.role[r]!;
    pOrg[n] = org;
    pNext[n] = head[p]!;
    head[p] = n++;
  }
  return { pop, have, need, head, pStd, pRole, pOrg, pNext, communeOf, u };
}

/**
 * The strictest need on each scale of a person's posts (linked from `first` by `next`), per key
 * (the post's standard or role): the distinct keys into `keys`, their needs into `tmp[j * 4 + s]`.
 */
function strictestByKey(first: number, next: Int32Array, key: Int32Array | Uint8Array, std: Int32Array, keys: number[], tmp: Int8Array): void {
  keys.length = 0;
  for (let e = first; e >= 0; e = next[e]!) {
    let j = keys.indexOf(key[e]!);
    if (j < 0) {
      j = keys.push(key[e]!) - 1;
      tmp.fill(-1, j * 4, j * 4 + 4);
    }
    const st = std[e]!;
    for (let s = 0; s < 4; s++) if (NEED[st * 4 + s]! > tmp[j * 4 + s]!) tmp[j * 4 + s] = NEED[st * 4 + s]!;
  }
}

export function handStandardization(ix: DatasetIndex, day: number, byCommune: boolean): unknown {
  const np = ix.people.count;
  const ids = ix.people.ids;
  const { pop, have, need, head, pStd, pRole, pOrg, pNext, communeOf, u } = standardizationRows(ix, day);
  // People.
  const population: string[] = [];
  const none: string[] = [];
  const all = mkJ();
  const bySt: (J | undefined)[] = [];
  const byRo: (J | undefined)[] = [];
  const byGr: (J | undefined)[] = byCommune ? new Array<J | undefined>(u.count) : [];
  const ungrouped: string[] = [];
  const tmp = new Int8Array(4 * 16);
  const keys: number[] = [];
  const groups: number[] = [];
  for (let p = 0; p < np; p++) {
    if (pop[p] === 0) continue;
    const id = ids[p]!;
    population.push(id);
    if (head[p]! < 0) {
      none.push(id);
      continue;
    }
    judge(all, id, need, p * 4, have, p * 4);
    for (let kind = 0; kind < 2; kind++) {
      strictestByKey(head[p]!, pNext, kind === 0 ? pStd : pRole, pStd, keys, tmp);
      const into = kind === 0 ? bySt : byRo;
      for (let j = 0; j < keys.length; j++) judge((into[keys[j]!] ??= mkJ()), id, tmp, j * 4, have, p * 4);
    }
    if (byCommune) {
      groups.length = 0;
      for (let e = head[p]!; e >= 0; e = pNext[e]!) {
        const g = communeOf[pOrg[e]!]!;
        if (g >= 0 && !groups.includes(g)) groups.push(g);
      }
      if (groups.length === 0) ungrouped.push(id);
      for (const g of groups) judge((byGr[g] ??= mkJ()), id, need, p * 4, have, p * 4);
    }
  }
  const byStandard: Record<string, unknown> = {};
  bySt.forEach((a, k) => (byStandard[ND33[k]!] = outJ(a!)));
  const byRole: Record<string, unknown> = {};
  byRo.forEach((a, k) => (byRole[ROLE_NAMES[k]!] = outJ(a!)));
  const result = { asOf: AS_OF, population: count(population), noStandard: count(none), ...outJ(all), byRole, byStandard };
  if (!byCommune) return result;
  const list: unknown[] = [];
  byGr.forEach((a, g) => list.push({ id: u.ids[g]!, ...outJ(a!) }));
  return { ...result, groups: list, ungrouped: count(ungrouped) };
}

/**
 * For the league table: per commune (unit row), the cadres judged and those meeting or above
 * every standard of their posts; counts only, as the library's league adapter reads them.
 */
export function handStandardizationGroupCounts(ix: DatasetIndex, day: number): { judged: Int32Array; ok: Int32Array } {
  const np = ix.people.count;
  const { pop, have, need, head, pOrg, pNext, communeOf, u } = standardizationRows(ix, day);
  const judged = new Int32Array(u.count);
  const ok = new Int32Array(u.count);
  const groups: number[] = [];
  for (let p = 0; p < np; p++) {
    if (pop[p] === 0 || head[p]! < 0) continue;
    let good = true;
    for (let s = 0; s < 4; s++) {
      const n = need[p * 4 + s]!;
      if (n >= 0 && have[p * 4 + s]! < n) good = false;
    }
    groups.length = 0;
    for (let e = head[p]!; e >= 0; e = pNext[e]!) {
      const g = communeOf[pOrg[e]!]!;
      if (g >= 0 && !groups.includes(g)) groups.push(g);
    }
    for (const g of groups) {
      judged[g]!++;
      if (good) ok[g]!++;
    }
  }
  return { judged, ok };
}

/** handStandardization with `ids: false`, no grouping: counters instead of lists. */
export function handStandardizationCounts(ix: DatasetIndex, day: number): unknown {
  const np = ix.people.count;
  const { pop, have, need, head, pStd, pRole, pNext } = standardizationRows(ix, day);
  // People.
  let population = 0;
  let none = 0;
  const nStd = ND33.length;
  const acc = new Int32Array(JC * (1 + nStd + ROLE_NAMES.length));
  const tmp = new Int8Array(4 * 16);
  const keys: number[] = [];
  for (let p = 0; p < np; p++) {
    if (pop[p] === 0) continue;
    population++;
    if (head[p]! < 0) {
      none++;
      continue;
    }
    judgeCount(acc, 0, need, p * 4, have, p * 4);
    for (let kind = 0; kind < 2; kind++) {
      strictestByKey(head[p]!, pNext, kind === 0 ? pStd : pRole, pStd, keys, tmp);
      const base = kind === 0 ? 1 : 1 + nStd;
      for (let j = 0; j < keys.length; j++) judgeCount(acc, (base + keys[j]!) * JC, tmp, j * 4, have, p * 4);
    }
  }
  const byStandard: Record<string, unknown> = {};
  for (let k = 0; k < nStd; k++) if (acc[(1 + k) * JC]! > 0) byStandard[ND33[k]!] = outCount(acc, (1 + k) * JC);
  const byRole: Record<string, unknown> = {};
  for (let k = 0; k < ROLE_NAMES.length; k++) if (acc[(1 + nStd + k) * JC]! > 0) byRole[ROLE_NAMES[k]!] = outCount(acc, (1 + nStd + k) * JC);
  return { asOf: AS_OF, population: { count: population, ids: [] }, noStandard: { count: none, ids: [] }, ...outCount(acc, 0), byRole, byStandard };
}

// ---------------------------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall and CPU milliseconds of one call. */
function once(f: () => unknown): [number, number] {
  const c = process.cpuUsage();
  const s = performance.now();
  f();
  const wall = performance.now() - s;
  const cpu = process.cpuUsage(c);
  return [wall, (cpu.user + cpu.system) / 1000];
}

interface Row {
  name: string;
  lib: number;
  hand: number;
  ratio: number;
  libCpu: number;
  handCpu: number;
  cpuRatio: number;
}

function bench(name: string, lib: () => unknown, hand: () => unknown): Row {
  const a = lib();
  const b = hand();
  if (!isDeepStrictEqual(a, b)) {
    console.error(`${name}: the library and the hand loop disagree`);
    const ja = JSON.stringify(a);
    const jb = JSON.stringify(b);
    let i = 0;
    while (i < ja.length && ja[i] === jb[i]) i++;
    console.error(`  first difference at ${i}:\n  lib:  ${ja.slice(Math.max(0, i - 200), i + 200)}\n  hand: ${jb.slice(Math.max(0, i - 200), i + 200)}`);
    process.exit(1);
  }
  const tl: number[] = [];
  const th: number[] = [];
  const cl: number[] = [];
  const ch: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    // Alternate the order so neither side always runs first.
    const libFirst = k % 2 === 0;
    const [w1, c1] = once(libFirst ? lib : hand);
    const [w2, c2] = once(libFirst ? hand : lib);
    (libFirst ? tl : th).push(w1);
    (libFirst ? th : tl).push(w2);
    (libFirst ? cl : ch).push(c1);
    (libFirst ? ch : cl).push(c2);
  }
  const row: Row = {
    name,
    lib: median(tl),
    hand: median(th),
    ratio: median(tl) / median(th),
    libCpu: median(cl),
    handCpu: median(ch),
    cpuRatio: median(cl) / median(ch),
  };
  const ms = (x: number): string => `${x.toFixed(1).padStart(9)} ms`;
  const times = (x: number): string => `${x.toFixed(2).padStart(6)}×`;
  console.log(`${name.padEnd(42)} ${ms(row.lib)} ${ms(row.hand)} ${times(row.ratio)} ${ms(row.libCpu)} ${ms(row.handCpu)} ${times(row.cpuRatio)}`);
  return row;
}

function main(): void {
  const scale = national ? "national" : "province";
  console.log(`grassroots training-metrics benchmark: ${scale} scale, seed ${SEED}, ${RUNS} runs, Node ${process.version}`);
  let t = performance.now();
  const input = generateDataset({ scale, seed: SEED, asOf: AS_OF });
  console.log(`generate ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const ds = parseDataset(input);
  console.log(`parse ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const ix = datasetIndex(ds);
  console.log(`compile ${(performance.now() - t).toFixed(0)} ms`);
  console.log(`${ix.people.count} people, ${ix.posts.count} posts, ${ix.qualifications.count} qualifications, ${ix.memberships.count} memberships`);
  const day = toDayNumber(AS_OF);
  console.log(`${"".padEnd(42)} ${"wall time (median)".padEnd(31)} ${"CPU time (median)".padEnd(31)}`);
  console.log(`${"metric".padEnd(42)} ${"library".padStart(12)} ${"hand loop".padStart(12)} ${"ratio".padStart(7)} ${"library".padStart(12)} ${"hand loop".padStart(12)} ${"ratio".padStart(7)}`);
  const rows = [
    bench("educationProfile GE, cadres", () => educationProfile(ds, { scale: "general-education", asOf: AS_OF }), () => handEducation(ix, day, 0, false, false)),
    bench("educationProfile LLCT, cadres", () => educationProfile(ds, { scale: "political-theory", asOf: AS_OF }), () => handEducation(ix, day, 2, false, false)),
    bench(
      "educationProfile prof., cadres by commune",
      () => educationProfile(ds, { scale: "professional", asOf: AS_OF, groupBy: "commune" }),
      () => handEducation(ix, day, 1, false, true),
    ),
    bench(
      "educationProfile LLCT, party members",
      () => educationProfile(ds, { scale: "political-theory", asOf: AS_OF, population: "party-members" }),
      () => handEducation(ix, day, 2, true, false),
    ),
    bench("standardization, cadres", () => standardization(ds, { asOf: AS_OF }), () => handStandardization(ix, day, false)),
    bench("standardization, cadres by commune", () => standardization(ds, { asOf: AS_OF, groupBy: "commune" }), () => handStandardization(ix, day, true)),
  ];
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const worstCpu = rows.reduce((a, b) => (b.cpuRatio > a.cpuRatio ? b : a));
  const slowest = rows.reduce((a, b) => (b.lib > a.lib ? b : a));
  console.log(
    `worst ratio ${worst.ratio.toFixed(2)}× wall (${worst.name}), ${worstCpu.cpuRatio.toFixed(2)}× CPU (${worstCpu.name}); slowest ${slowest.lib.toFixed(1)} ms (${slowest.name})`,
  );
}

// Run when executed, not when imported (the hand loops can be reused in experiments).
if (isMain("scales.bench")) main();
