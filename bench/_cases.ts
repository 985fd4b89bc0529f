// The metric cases shared by the benchmark suite (bench/suite.bench.ts) and the regression guard
// (bench/guard.bench.ts): for each, the library call, a hand-written single-pass loop over the
// index's typed arrays computing the same result, and how to compare the two.
//
// The hand loops of the individual metrics live in metrics.bench.ts, scales.bench.ts and
// schemes.bench.ts (each exports them); this file adds those of leagueTable and checkDataset.
import { isDeepStrictEqual } from "node:util";
import { NO_END, NO_START } from "../src/_lib/days.js";
import {
  admissions,
  checkDataset,
  composition,
  educationProfile,
  leagueTable,
  partyStrength,
  QD_124_2023,
  ratingDistribution,
  roleOverlap,
  standardization,
  toDayNumber,
  unitCoverage,
  type Dataset,
  type DatasetIndex,
  type Finding,
  type LeagueTable,
} from "../src/index.js";
import { badgesDue, retirementsDue } from "../src/rules/index.js";
import {
  handAdmissions,
  handBadges,
  handComposition,
  handCoverage,
  handCoverageRows,
  handHeadsMembers,
  handRetirements,
  handSecretariesHeads,
  handCoverageCounts,
  handStatus,
  handStrength,
  handStrengthCounts,
} from "./metrics.bench.js";
import { pooled } from "./_harness.js";
import { handEducation, handStandardization, handStandardizationCounts, handStandardizationGroupCounts } from "./scales.bench.js";
import { canonical, handMassOrganizations, handMembersYear } from "./schemes.bench.js";

/** The date of every case (the hand loops of the other files assume it). */
export const AS_OF = "2025-06-30";

export interface MetricCase {
  /** The metric's public name (one of the report's stages). */
  readonly metric: string;
  /** The case: the metric and its options. */
  readonly name: string;
  readonly lib: () => unknown;
  readonly hand: () => unknown;
  /** The library's result in the hand loop's form (default: as is). */
  readonly view?: (libResult: unknown) => unknown;
  /** One of the five metrics of PERFORMANCE.md's "≤ 0.5 s together" target. */
  readonly five?: string;
  /** The same, as counts only (`ids: false`; the league table lists no ids). */
  readonly fiveCounts?: string;
}

/** Compares a case's two results; returns a description of the first difference, or null. */
export function disagreement(c: MetricCase, a: unknown, b: unknown): string | null {
  const x = c.view === undefined ? a : c.view(a);
  if (isDeepStrictEqual(x, b)) return null;
  const ja = JSON.stringify(x);
  const jb = JSON.stringify(b);
  let i = 0;
  while (i < ja.length && ja[i] === jb[i]) i++;
  return `first difference at character ${i}:\n  library: ${ja.slice(Math.max(0, i - 200), i + 200)}\n  hand:    ${jb.slice(Math.max(0, i - 200), i + 200)}`;
}

// ---------------------------------------------------------------------------------------------
// leagueTable of communes and wards on cell coverage, member coverage and standardization.

const LEAGUE_METRICS = ["cell-coverage", "member-coverage", "standardization"] as const;
const LEAGUE_WEIGHTS = { "cell-coverage": 2, "member-coverage": 1, standardization: 1 };

/** [id, rank, score, numerator and denominator of each metric] per row, best first. */
function leagueView(t: LeagueTable): unknown[] {
  return t.rows.map((r) => [r.id, r.rank, r.score, ...LEAGUE_METRICS.flatMap((m) => [r.metrics[m]!.numerator, r.metrics[m]!.denominator])]);
}

/**
 * The league table by hand: per-group counts from the hand loops' rows of coverage and
 * standardization (each computed once, without the id lists the table does not read), min-max normalisation over the groups with every value
 * present, weighted sum, competition ranks with the 1e-9 tolerance.
 */
export function handLeague(ix: DatasetIndex, day: number): unknown[] {
  const u = ix.units;
  const nu = u.count;
  const isGroup = new Uint8Array(nu);
  for (let i = 0; i < nu; i++) if ((u.kind[i] === 2 || u.kind[i] === 3) && u.founding[i]! <= day && u.dissolution[i]! >= day) isGroup[i] = 1;
  const nm = 3;
  const num = new Float64Array(nu * nm);
  const den = new Float64Array(nu * nm);
  // Coverage per commune or ward (the nearest one above each unit counted), counts only.
  const { counted, cover, members } = handCoverageRows(ix, day);
  for (let i = 0; i < nu; i++) {
    if (counted[i] === 0) continue;
    let a = u.parent[i]!;
    while (a >= 0 && u.kind[a] !== 2 && u.kind[a] !== 3) a = u.parent[a]!;
    if (a < 0 || isGroup[a] === 0) continue;
    den[a * nm]!++;
    den[a * nm + 1]!++;
    if (cover[i] !== 0) num[a * nm]!++;
    if (members[i]! > 0) num[a * nm + 1]!++;
  }
  const std = handStandardizationGroupCounts(ix, day);
  for (let i = 0; i < nu; i++) {
    if (isGroup[i] === 0) continue;
    num[i * nm + 2] = std.ok[i]!;
    den[i * nm + 2] = std.judged[i]!;
  }
  const weights = [LEAGUE_WEIGHTS["cell-coverage"], LEAGUE_WEIGHTS["member-coverage"], LEAGUE_WEIGHTS.standardization];
  const total = weights[0]! + weights[1]! + weights[2]!;
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  const groups: number[] = [];
  const ranked: number[] = [];
  for (let i = 0; i < nu; i++) {
    if (isGroup[i] === 0) continue;
    groups.push(i);
    let ok = true;
    for (let c = 0; c < nm; c++) if (den[i * nm + c] === 0) ok = false;
    if (!ok) continue;
    ranked.push(i);
    for (let c = 0; c < nm; c++) {
      const v = num[i * nm + c]! / den[i * nm + c]!;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  const score = new Float64Array(nu);
  for (const i of ranked) {
    let s = 0;
    for (let c = 0; c < nm; c++) {
      const v = num[i * nm + c]! / den[i * nm + c]!;
      const x = max[c] === min[c] ? 0.5 : (v - min[c]!) / (max[c]! - min[c]!);
      s += (weights[c]! / total) * x;
    }
    score[i] = s;
  }
  const order = [...ranked].sort((a, b) => score[b]! - score[a]! || a - b);
  const rank = new Int32Array(nu);
  let top = 0;
  for (let k = 0; k < order.length; k++) {
    const best = score[order[top]!]!;
    if (!(best - score[order[k]!]! <= 1e-9 * Math.max(1, Math.abs(best)))) top = k;
    rank[order[k]!] = top + 1;
  }
  const row = (i: number, isRanked: boolean): unknown[] => {
    const out: unknown[] = [u.ids[i]!, isRanked ? rank[i]! : null, isRanked ? score[i]! : null];
    for (let c = 0; c < nm; c++) out.push(num[i * nm + c]!, den[i * nm + c]!);
    return out;
  };
  const isRanked = new Uint8Array(nu);
  for (const i of ranked) isRanked[i] = 1;
  return [...order.map((i) => row(i, true)), ...groups.filter((i) => isRanked[i] === 0).map((i) => row(i, false))];
}

// ---------------------------------------------------------------------------------------------
// checkDataset: the four record checks by hand; ratings are read once (the generated ratings
// all fit their scheme, so the hand loop finds none, and the library must find none either).

function findingView(fs: readonly Finding[]): string[] {
  return fs.map((f) => `${f.code} ${f.records.map((r) => `${r.collection}[${r.index}]${r.id ?? ""}`).join(" ")}`);
}

export function handCheck(ix: DatasetIndex, ds: Dataset, day: number): string[] {
  const o = ix.organizations;
  const m = ix.memberships;
  const pc = ix.people;
  const out: string[] = [];
  const K_CELL = 1;
  const K_GROUP = 2;
  const PARTY = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const memRec = (i: number): string => `memberships[${i}]${ds.memberships[i]!.id ?? ""}`;
  // 1. Cells below 3 official members (members of the cell and of its party groups).
  const official = new Int32Array(o.count);
  const stamp = pooled("check.stamp", (n) => new Int32Array(n), pc.count);
  for (let c = 0; c < o.count; c++) {
    const kind = o.kind[c]!;
    if ((kind !== K_CELL && kind !== K_GROUP) || o.founding[c]! > day || o.dissolution[c]! < day) continue;
    const target = kind === K_GROUP && o.parent[c]! >= 0 && o.kind[o.parent[c]!] === K_CELL ? o.parent[c]! : c;
    for (let r = o.memberOffsets[c]!; r < o.memberOffsets[c + 1]!; r++) {
      if (m.start[r]! > day || m.end[r]! < day) continue;
      const p = m.person[r]!;
      if (stamp[p] === c + 1) continue;
      stamp[p] = c + 1;
      if (handStatus(ix, p, day) === 2) official[target]!++;
    }
  }
  for (let c = 0; c < o.count; c++) {
    if (o.kind[c] === K_CELL && o.founding[c]! <= day && o.dissolution[c]! >= day && official[c]! < 3) out.push(`cell-below-minimum organizations[${c}]${o.ids[c]!}`);
  }
  // 2. Overlapping party memberships.
  for (let p = 0; p < pc.count; p++) {
    let prev = -1;
    for (let i = pc.personOffsets[p]!; i < pc.personOffsets[p + 1]!; i++) {
      const r = pc.personRows[i]!;
      if (PARTY[o.kind[m.organization[r]!]!] === 0) continue;
      if (prev >= 0 && m.start[r]! < m.end[prev]!) out.push(`overlapping-party-memberships people[${p}]${pc.ids[p]!} ${memRec(m.source[prev]!)} ${memRec(m.source[r]!)}`);
      if (prev < 0 || m.end[r]! > m.end[prev]!) prev = r;
    }
  }
  // 3. Memberships outside their organization's lifetime, in dataset order.
  const outside = pooled("check.outside", (n) => new Uint8Array(n), ds.memberships.length);
  for (let r = 0; r < m.count; r++) {
    const f = o.founding[m.organization[r]!]!;
    const d = o.dissolution[m.organization[r]!]!;
    if ((f !== NO_START && m.start[r]! < f) || (d !== NO_END && m.end[r]! > d)) outside[m.source[r]!] = 1;
  }
  const orgRow = pooled("check.orgRow", (n) => new Int32Array(n), m.count);
  for (let r = 0; r < m.count; r++) orgRow[m.source[r]!] = m.organization[r]!;
  for (let i = 0; i < outside.length; i++) if (outside[i] === 1) out.push(`membership-outside-organization ${memRec(i)} organizations[${orgRow[i]!}]${o.ids[orgRow[i]!]!}`);
  // 4. Posts in party organizations held by non-members (on the start date, or on the day).
  const t = ix.posts;
  for (let i = 0; i < t.count; i++) {
    const org = t.organization[i]!;
    if (org < 0 || PARTY[o.kind[org]!] === 0) continue;
    const p = t.person[i]!;
    const s = t.start[i]!;
    const bad = (s !== NO_START && s <= day && handStatus(ix, p, s) === 0) || (s <= day && t.end[i]! >= day && handStatus(ix, p, day) === 0);
    if (bad) out.push(`party-post-held-by-non-member posts[${i}]${ds.posts[i]!.id ?? ""} people[${p}]${pc.ids[p]!}`);
  }
  // 5. Ratings: one pass over their columns (the generated ones all fit their scheme).
  const R = ix.ratings;
  let odd = 0;
  const { start: pStart, end: pEnd } = R.periods;
  for (let r = 0; r < R.count; r++) if (R.level[r]! > R.levelCodes[R.scheme[r]!]!.length || pEnd[R.period[r]!]! < pStart[R.period[r]!]!) odd++;
  if (odd > 0) out.push(`rating-inconsistent ×${odd}`);
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Every metric case, in the order of the report. */
export function metricCases(ds: Dataset, ix: DatasetIndex): MetricCase[] {
  const day = toDayNumber(AS_OF);
  const from10 = toDayNumber("2015-07-01");
  const y0 = toDayNumber("2025-01-01");
  const y1 = toDayNumber("2025-12-31");
  const y2 = toDayNumber("2026-12-31");
  const massKinds = ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"] as const;
  return [
    { metric: "unitCoverage", name: "unitCoverage", lib: () => unitCoverage(ds, { asOf: AS_OF }), hand: () => handCoverage(ix, day, false), five: "coverage of units" },
    { metric: "unitCoverage", name: "unitCoverage, ids: false", lib: () => unitCoverage(ds, { asOf: AS_OF, ids: false }), hand: () => handCoverageCounts(ix, day), fiveCounts: "coverage of units" },
    { metric: "unitCoverage", name: "unitCoverage by commune/ward", lib: () => unitCoverage(ds, { asOf: AS_OF, groupBy: ["commune", "ward"] }), hand: () => handCoverage(ix, day, true) },
    { metric: "partyStrength", name: "partyStrength", lib: () => partyStrength(ds, AS_OF), hand: () => handStrength(ix, day), five: "cell statistics" },
    { metric: "partyStrength", name: "partyStrength, ids: false", lib: () => partyStrength(ds, AS_OF, { ids: false }), hand: () => handStrengthCounts(ix, day), fiveCounts: "cell statistics" },
    {
      metric: "roleOverlap",
      name: "roleOverlap village heads / members",
      lib: () => roleOverlap(ds, { asOf: AS_OF, holders: "village-head", also: "party-member" }),
      hand: () => handHeadsMembers(ix, day),
    },
    {
      metric: "roleOverlap",
      name: "roleOverlap secretaries / heads",
      lib: () => roleOverlap(ds, { asOf: AS_OF, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true }),
      hand: () => handSecretariesHeads(ix, day),
    },
    { metric: "admissions", name: "admissions, 10 years by year", lib: () => admissions(ds, { from: "2015-07-01", to: AS_OF }), hand: () => handAdmissions(ix, from10, day) },
    { metric: "educationProfile", name: "educationProfile GE, cadres", lib: () => educationProfile(ds, { scale: "general-education", asOf: AS_OF }), hand: () => handEducation(ix, day, 0, false, false) },
    {
      metric: "educationProfile",
      name: "educationProfile LLCT, party members",
      lib: () => educationProfile(ds, { scale: "political-theory", asOf: AS_OF, population: "party-members" }),
      hand: () => handEducation(ix, day, 2, true, false),
    },
    { metric: "standardization", name: "standardization, cadres", lib: () => standardization(ds, { asOf: AS_OF }), hand: () => handStandardization(ix, day, false), five: "standardization" },
    { metric: "standardization", name: "standardization, cadres, ids: false", lib: () => standardization(ds, { asOf: AS_OF, ids: false }), hand: () => handStandardizationCounts(ix, day), fiveCounts: "standardization" },
    { metric: "standardization", name: "standardization by commune", lib: () => standardization(ds, { asOf: AS_OF, groupBy: "commune" }), hand: () => handStandardization(ix, day, true) },
    { metric: "composition", name: "composition by gender", lib: () => composition(ds, { asOf: AS_OF, by: "gender" }), hand: () => handComposition(ix, day, "gender") },
    { metric: "composition", name: "composition by age", lib: () => composition(ds, { asOf: AS_OF, by: "age" }), hand: () => handComposition(ix, day, "age") },
    { metric: "composition", name: "composition by party age", lib: () => composition(ds, { asOf: AS_OF, by: "party-age" }), hand: () => handComposition(ix, day, "party-age") },
    {
      metric: "ratingDistribution",
      name: "ratingDistribution members 2024",
      lib: () => ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024 }),
      hand: () => handMembersYear(ix, 2024),
      view: (r) => canonical(r as never),
      five: "rating distribution",
    },
    {
      metric: "ratingDistribution",
      name: "ratingDistribution members 2024, ids: false",
      lib: () => ratingDistribution(ds, { subjectKind: "person", scheme: QD_124_2023, period: 2024, ids: false }),
      hand: () => handMembersYear(ix, 2024, false),
      view: (r) => canonical(r as never),
      fiveCounts: "rating distribution",
    },
    {
      metric: "ratingDistribution",
      name: "ratingDistribution mass orgs 2023-2024",
      lib: () => ratingDistribution(ds, { subjectKind: "organization", scheme: QD_124_2023, from: 2023, to: 2024, organizationKinds: massKinds, average: "period-mean" }),
      hand: () => handMassOrganizations(ix, 2023, 2024),
      view: (r) => canonical(r as never),
    },
    {
      metric: "leagueTable",
      name: "leagueTable communes/wards, 3 metrics",
      lib: () => leagueTable(ds, { asOf: AS_OF, groupBy: ["commune", "ward"], metrics: LEAGUE_METRICS, weights: LEAGUE_WEIGHTS }),
      hand: () => handLeague(ix, day),
      view: (r) => leagueView(r as LeagueTable),
      five: "composite ranking of communes",
      fiveCounts: "composite ranking of communes",
    },
    { metric: "badgesDue", name: "badgesDue 2025", lib: () => badgesDue(ds, { from: "2025-01-01", to: "2025-12-31" }), hand: () => handBadges(ix, y0, y1) },
    { metric: "retirementsDue", name: "retirementsDue 2025-2026", lib: () => retirementsDue(ds, { from: "2025-01-01", to: "2026-12-31" }), hand: () => handRetirements(ix, y0, y2) },
    { metric: "checkDataset", name: "checkDataset", lib: () => checkDataset(ds, { asOf: AS_OF }), hand: () => handCheck(ix, ds, day), view: (r) => findingView(r as Finding[]) },
  ];
}
