// Benchmark of the coverage, strength, overlap, admissions and composition metrics (and the
// badge and retirement rules) against hand-written single-pass loops over the same typed
// columns, computing the same results in the same process.
//
//   npx tsx bench/metrics.bench.ts              province scale (about 93 thousand members)
//   npx tsx bench/metrics.bench.ts --national   national scale (about 5.6 million members;
//                                               needs about 12 GB: NODE_OPTIONS=--max-old-space-size=14000)
//   options: --runs=N (default 9 province, 5 national), --seed=N (default 1), --gc (a full
//   collection before each timed run; needs node --expose-gc)
//   or through the project script: npm run bench -- metrics [--national]
//
// For each metric: the library call and the hand loop run alternately (so both see the same
// machine load), their results are checked to be deeply equal, and the medians are reported
// with their ratio. Times are CPU time of the process (user + system, so time spent waiting for
// a core on a shared machine is left out; background GC threads are counted), with wall-clock
// medians beside them. The ratio is the figure to read (PERFORMANCE.md: each metric ≤ 1.5× the
// hand loop, ≤ 150 ms at national scale).
import { isDeepStrictEqual } from "node:util";
import { civilFromDays, daysFromCivil, daysInMonth, formatDay, NO_END } from "../src/_lib/days.js";
import { admissions, composition, datasetIndex, parseDataset, partyStrength, roleOverlap, toDayNumber, unitCoverage } from "../src/index.js";
import type { DatasetIndex } from "../src/index.js";
import { badgesDue, retirementsDue } from "../src/rules/index.js";
import { generateDataset } from "../src/testing/generate.js";
import { isMain, pooled } from "./_harness.js";

const args = process.argv.slice(2);
const national = args.includes("--national");
/** `--name=N` (the form `npm run bench` passes through) or `--name N`. */
const arg = (name: string, dflt: number): number => {
  const eq = args.find((a) => a.startsWith(`${name}=`));
  if (eq !== undefined) return Number(eq.slice(name.length + 1));
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = arg("--runs", national ? 5 : 9);
const SEED = arg("--seed", 1);
const AS_OF = "2025-06-30";

// ---------------------------------------------------------------------------------------------
// Shared pieces of the hand loops: codes as integers, written out.

const PARTY = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]; // ORGANIZATION_KINDS: committee, cell, group are party kinds
const K_COMMITTEE = 0;
const K_CELL = 1;
const K_GROUP = 2;
const L_GRASSROOTS = 3;
const L_BRANCH = 4;

// ---------------------------------------------------------------------------------------------
// Hand loops.

// Scratch arrays the size of the people, zeroed, from the bench's pool (see `pooled`).
function scratch(np: number): { bytes: Uint8Array; ints: Int32Array } {
  return { bytes: pooled("people.bytes", (n) => new Uint8Array(n), np), ints: pooled("people.ints", (n) => new Int32Array(n), np) };
}

/** Party status of person p on day: 0 none, 1 probationary, 2 official (written out, one pass over the person's rows). */
export function handStatus(ix: DatasetIndex, p: number, day: number): number {
  const pc = ix.people;
  const m = ix.memberships;
  const kind = ix.organizations.kind;
  const a = pc.personOffsets[p]!;
  const b = pc.personOffsets[p + 1]!;
  if (b - a === 1) {
    const r = pc.personRows[a]!;
    if (PARTY[kind[m.organization[r]!]!] === 0 || m.start[r]! > day || m.end[r]! < day) return 0;
    return m.official[r]! <= day ? 2 : 1;
  }
  let member = false;
  let official = false;
  let seen = false;
  for (let i = a; i < b; i++) {
    const r = pc.personRows[i]!;
    if (PARTY[kind[m.organization[r]!]!] === 0) continue;
    if (m.start[r]! > day) break;
    const reason = m.startReason[r]!;
    if (reason === 1 || reason === 2 || (reason === 0 && !seen)) official = false;
    seen = true;
    if (m.official[r]! !== NO_END && m.official[r]! <= day) official = true;
    if (m.end[r]! >= day) member = true;
  }
  return member ? (official ? 2 : 1) : 0;
}

/** unitCoverage's rows by hand (default kinds): counted units, cover (2 own, 1 joint), members and officials per unit. */
/** The coverage hand loops' units: counted, covered (1 joint, 2 own cell), members and official members living there. */
export function handCoverageRows(ix: DatasetIndex, day: number): { counted: Uint8Array; cover: Uint8Array; members: Int32Array; officials: Int32Array } {
  const u = ix.units;
  const o = ix.organizations;
  const pc = ix.people;
  const nu = u.count;
  // UNIT_KINDS: province 0, district 1, commune 2, ward 3, special-zone 4, village 5 ... other 12
  const counted = new Uint8Array(nu);
  const inForce = new Uint8Array(nu);
  for (let i = 0; i < nu; i++) {
    if (u.founding[i]! <= day && u.dissolution[i]! >= day) {
      inForce[i] = 1;
      if (u.kind[i]! >= 5) counted[i] = 1;
    }
  }
  const cover = new Uint8Array(nu);
  for (let c = 0; c < o.count; c++) {
    const k = o.kind[c]!;
    if ((k !== K_CELL && k !== K_COMMITTEE) || o.founding[c]! > day || o.dissolution[c]! < day) continue;
    const a = o.coversOffsets[c]!;
    const b = o.coversOffsets[c + 1]!;
    let n = 0;
    for (let j = a; j < b; j++) n += inForce[o.coversUnits[j]!]!;
    const mark = n === 1 ? 2 : 1;
    for (let j = a; j < b; j++) if (cover[o.coversUnits[j]!]! < mark) cover[o.coversUnits[j]!] = mark;
  }
  const members = new Int32Array(nu);
  const officials = new Int32Array(nu);
  for (let p = 0; p < pc.count; p++) {
    const unit = pc.unit[p]!;
    if (unit < 0 || counted[unit] === 0) continue;
    const st = handStatus(ix, p, day);
    if (st !== 0) {
      members[unit]!++;
      if (st === 2) officials[unit]!++;
    }
  }
  return { counted, cover, members, officials };
}

/** unitCoverage with the default kinds and optionally grouped by commune and ward. */
export function handCoverage(ix: DatasetIndex, day: number, grouped: boolean): unknown {
  const u = ix.units;
  const nu = u.count;
  const { counted, cover, members, officials } = handCoverageRows(ix, day);
  // Groups: nearest commune or ward ancestor.
  const groupOf = new Int32Array(nu).fill(-1);
  if (grouped) {
    for (let i = 0; i < nu; i++) {
      if (counted[i] === 0) continue;
      let a = u.parent[i]!;
      while (a >= 0 && u.kind[a] !== 2 && u.kind[a] !== 3) a = u.parent[a]!;
      groupOf[i] = a;
    }
  }
  type T = { units: string[]; own: string[]; joint: string[]; withCell: string[]; none: string[]; member: string[]; noMember: string[]; enough: string[] };
  const mk = (): T => ({ units: [], own: [], joint: [], withCell: [], none: [], member: [], noMember: [], enough: [] });
  const total = mk();
  const kinds: (T | undefined)[] = [];
  const gt: (T | undefined)[] = [];
  const gk: (T | undefined)[][] = [];
  const push = (t: T, id: string, c: number, mem: number, off: number): void => {
    t.units.push(id);
    if (c === 2) {
      t.own.push(id);
      t.withCell.push(id);
    } else if (c === 1) {
      t.joint.push(id);
      t.withCell.push(id);
    } else t.none.push(id);
    if (mem > 0) t.member.push(id);
    else t.noMember.push(id);
    if (off >= 3) t.enough.push(id);
  };
  for (let i = 0; i < nu; i++) {
    if (counted[i] === 0) continue;
    const id = u.ids[i]!;
    const k = u.kind[i]!;
    push(total, id, cover[i]!, members[i]!, officials[i]!);
    push((kinds[k] ??= mk()), id, cover[i]!, members[i]!, officials[i]!);
    if (grouped) {
      const g = groupOf[i]! + 1;
      push((gt[g] ??= mk()), id, cover[i]!, members[i]!, officials[i]!);
      push(((gk[g] ??= [])[k] ??= mk()), id, cover[i]!, members[i]!, officials[i]!);
    }
  }
  const KINDS = ["province", "district", "commune", "ward", "special-zone", "village", "residential-group", "school", "health-station", "agency", "enterprise", "armed-forces", "other"];
  const share = (ids: string[], n: number) => ({ numerator: ids.length, denominator: n, ratio: n === 0 ? null : ids.length / n, ids });
  const fig = (t: T) => {
    const n = t.units.length;
    return {
      units: { count: n, ids: t.units },
      ownCell: share(t.own, n),
      jointCell: share(t.joint, n),
      withCell: share(t.withCell, n),
      withoutCell: share(t.none, n),
      withMember: share(t.member, n),
      withoutMember: share(t.noMember, n),
      enoughOfficialMembers: share(t.enough, n),
    };
  };
  const tab = (t: T, ks: (T | undefined)[]) => {
    const byKind: Record<string, unknown> = {};
    for (let k = 0; k < ks.length; k++) if (ks[k] !== undefined) byKind[KINDS[k]!] = fig(ks[k]!);
    return { ...fig(t), byKind };
  };
  const groups: unknown[] = [];
  if (grouped) {
    for (let g = 1; g <= nu; g++) if (gt[g] !== undefined) groups.push({ groupId: u.ids[g - 1]!, ...tab(gt[g]!, gk[g]!) });
    if (gt[0] !== undefined) groups.push({ groupId: null, ...tab(gt[0]!, gk[0]!) });
  }
  return { asOf: AS_OF, unitKinds: KINDS.slice(5), ...tab(total, kinds), groups };
}

/**
 * Both partyStrength hand loops, after the statuses: the party organizations in force, and their
 * members (all and official) counted once each and rolled up to every organization above.
 */
function strengthRollup(ix: DatasetIndex, day: number, status: Uint8Array, stamp: Int32Array): { live: Uint8Array; allUp: Int32Array; offUp: Int32Array } {
  const o = ix.organizations;
  const m = ix.memberships;
  const no = o.count;
  const all = new Int32Array(no);
  const off = new Int32Array(no);
  const live = new Uint8Array(no);
  for (let c = 0; c < no; c++) {
    if (PARTY[o.kind[c]!] === 0 || o.founding[c]! > day || o.dissolution[c]! < day) continue;
    live[c] = 1;
    for (let r = o.memberOffsets[c]!; r < o.memberOffsets[c + 1]!; r++) {
      if (m.start[r]! > day || m.end[r]! < day) continue;
      const p = m.person[r]!;
      if (stamp[p] === c + 1) continue;
      stamp[p] = c + 1;
      all[c]!++;
      if (status[p] === 2) off[c]!++;
    }
  }
  const allUp = all.slice();
  const offUp = off.slice();
  for (let c = 0; c < no; c++) {
    if (all[c] === 0) continue;
    for (let a = o.parent[c]!; a >= 0; a = o.parent[a]!) {
      allUp[a]! += all[c]!;
      offUp[a]! += off[c]!;
    }
  }
  return { live, allUp, offUp };
}

/** partyStrength with the recorded levels. */
export function handStrength(ix: DatasetIndex, day: number): unknown {
  const o = ix.organizations;
  const pc = ix.people;
  const m = ix.memberships;
  const np = pc.count;
  const no = o.count;
  const { bytes: status, ints: stamp } = scratch(np);
  const members: string[] = [];
  const officialIds: string[] = [];
  const probIds: string[] = [];
  for (let p = 0; p < np; p++) {
    const st = handStatus(ix, p, day);
    if (st === 0) continue;
    status[p] = st;
    members.push(pc.ids[p]!);
    (st === 2 ? officialIds : probIds).push(pc.ids[p]!);
  }
  const { live, allUp, offUp } = strengthRollup(ix, day, status, stamp);
  const L: string[][] = Array.from({ length: 12 }, () => []);
  const [gr, grc, grl, sc, scm, grp, up, uncl, below, toC, cBelow, chiuy] = L as [string[], string[], string[], string[], string[], string[], string[], string[], string[], string[], string[], string[]];
  for (let c = 0; c < no; c++) {
    if (live[c] === 0) continue;
    const k = o.kind[c]!;
    const lv = o.level[c]!;
    const id = o.ids[c]!;
    if (k === K_GROUP) grp.push(id);
    else if (k === K_CELL) {
      if (lv === L_GRASSROOTS) {
        gr.push(id);
        grl.push(id);
        if (allUp[c]! >= 30) toC.push(id);
      } else if (lv === 255) uncl.push(id);
      else sc.push(id);
      if (offUp[c]! < 3) below.push(id);
      if (offUp[c]! >= 9) chiuy.push(id);
    } else if (k === K_COMMITTEE) {
      if (lv === L_GRASSROOTS) {
        gr.push(id);
        grc.push(id);
        if (allUp[c]! < 30) cBelow.push(id);
      } else if (lv === L_BRANCH) scm.push(id);
      else if (lv === 255) uncl.push(id);
      else up.push(id);
    }
  }
  const ic = (ids: string[]) => ({ count: ids.length, ids });
  return {
    asOf: AS_OF,
    counting: "recorded",
    grassroots: { ...ic(gr), committees: ic(grc), cells: ic(grl) },
    subordinateCells: ic(sc),
    subordinateCommittees: ic(scm),
    partyGroups: ic(grp),
    upperCommittees: ic(up),
    unclassified: ic(uncl),
    members: { ...ic(members), official: ic(officialIds), probationary: ic(probIds) },
    checks: { cellsBelowMinimum: ic(below), cellsToBecomeCommittees: ic(toC), committeesBelowThreshold: ic(cBelow), cellsToElectCommittee: ic(chiuy) },
  };
}

/** partyStrength with the recorded levels and `ids: false`: the same pass, counters instead of lists. */
export function handStrengthCounts(ix: DatasetIndex, day: number): unknown {
  const o = ix.organizations;
  const pc = ix.people;
  const m = ix.memberships;
  const np = pc.count;
  const no = o.count;
  const { bytes: status, ints: stamp } = scratch(np);
  let official = 0;
  let probationary = 0;
  for (let p = 0; p < np; p++) {
    const st = handStatus(ix, p, day);
    if (st === 0) continue;
    status[p] = st;
    if (st === 2) official++;
    else probationary++;
  }
  const { live, allUp, offUp } = strengthRollup(ix, day, status, stamp);
  let grc = 0, grl = 0, sc = 0, scm = 0, grp = 0, up = 0, uncl = 0, below = 0, toC = 0, cBelow = 0, chiuy = 0;
  for (let c = 0; c < no; c++) {
    if (live[c] === 0) continue;
    const k = o.kind[c]!;
    const lv = o.level[c]!;
    if (k === K_GROUP) grp++;
    else if (k === K_CELL) {
      if (lv === L_GRASSROOTS) {
        grl++;
        if (allUp[c]! >= 30) toC++;
      } else if (lv === 255) uncl++;
      else sc++;
      if (offUp[c]! < 3) below++;
      if (offUp[c]! >= 9) chiuy++;
    } else if (k === K_COMMITTEE) {
      if (lv === L_GRASSROOTS) {
        grc++;
        if (allUp[c]! < 30) cBelow++;
      } else if (lv === L_BRANCH) scm++;
      else if (lv === 255) uncl++;
      else up++;
    }
  }
  const ic = (count: number) => ({ count, ids: [] });
  return {
    asOf: AS_OF,
    counting: "recorded",
    grassroots: { ...ic(grc + grl), committees: ic(grc), cells: ic(grl) },
    subordinateCells: ic(sc),
    subordinateCommittees: ic(scm),
    partyGroups: ic(grp),
    upperCommittees: ic(up),
    unclassified: ic(uncl),
    members: { ...ic(official + probationary), official: ic(official), probationary: ic(probationary) },
    checks: { cellsBelowMinimum: ic(below), cellsToBecomeCommittees: ic(toC), committeesBelowThreshold: ic(cBelow), cellsToElectCommittee: ic(chiuy) },
  };
}

/** unitCoverage with the default kinds and `ids: false`, no grouping: counters instead of lists. */
export function handCoverageCounts(ix: DatasetIndex, day: number): unknown {
  const u = ix.units;
  const nu = u.count;
  const { counted, cover, members, officials } = handCoverageRows(ix, day);
  // Per table (0 total, 1 + kind): units, own, joint, none, with a member, enough officials.
  const t = new Int32Array(14 * 6);
  for (let i = 0; i < nu; i++) {
    if (counted[i] === 0) continue;
    const slot = cover[i] === 2 ? 1 : cover[i] === 1 ? 2 : 3;
    const mem = members[i]! > 0 ? 1 : 0;
    const enough = officials[i]! >= 3 ? 1 : 0;
    const b = (1 + u.kind[i]!) * 6;
    t[0]!++;
    t[slot]!++;
    t[4]! += mem;
    t[5]! += enough;
    t[b]!++;
    t[b + slot]!++;
    t[b + 4]! += mem;
    t[b + 5]! += enough;
  }
  const KINDS = ["province", "district", "commune", "ward", "special-zone", "village", "residential-group", "school", "health-station", "agency", "enterprise", "armed-forces", "other"];
  const fig = (b: number) => {
    const n = t[b]!;
    const share = (k: number) => ({ numerator: k, denominator: n, ratio: n === 0 ? null : k / n, ids: [] });
    return {
      units: { count: n, ids: [] },
      ownCell: share(t[b + 1]!),
      jointCell: share(t[b + 2]!),
      withCell: share(t[b + 1]! + t[b + 2]!),
      withoutCell: share(t[b + 3]!),
      withMember: share(t[b + 4]!),
      withoutMember: share(n - t[b + 4]!),
      enoughOfficialMembers: share(t[b + 5]!),
    };
  };
  const byKind: Record<string, unknown> = {};
  for (let k = 0; k < 13; k++) if (t[(1 + k) * 6]! > 0) byKind[KINDS[k]!] = fig((1 + k) * 6);
  return { asOf: AS_OF, unitKinds: KINDS.slice(5), ...fig(0), byKind, groups: [] };
}

/** roleOverlap: village heads who are party members. */
export function handHeadsMembers(ix: DatasetIndex, day: number): unknown {
  const t = ix.posts;
  const pc = ix.people;
  const VILLAGE_HEAD = 6; // ROLES index
  const holder = scratch(pc.count).bytes;
  for (let i = 0; i < t.count; i++) if (t.role[i] === VILLAGE_HEAD && t.start[i]! <= day && t.end[i]! >= day) holder[t.person[i]!] = 1;
  const holders: string[] = [];
  const ids: string[] = [];
  for (let p = 0; p < pc.count; p++) {
    if (holder[p] === 0) continue;
    holders.push(pc.ids[p]!);
    if (handStatus(ix, p, day) !== 0) ids.push(pc.ids[p]!);
  }
  const n = holders.length;
  return { asOf: AS_OF, numerator: ids.length, denominator: n, ratio: n === 0 ? null : ids.length / n, ids, holders: { count: n, ids: holders } };
}

/** roleOverlap: cell secretaries who are the head of a village their cell covers (or the post's unit). */
export function handSecretariesHeads(ix: DatasetIndex, day: number): unknown {
  const t = ix.posts;
  const o = ix.organizations;
  const u = ix.units;
  const pc = ix.people;
  const SECRETARY = 0;
  const VILLAGE_HEAD = 6;
  const inForce = new Uint8Array(u.count);
  for (let i = 0; i < u.count; i++) if (u.founding[i]! <= day && u.dissolution[i]! >= day) inForce[i] = 1;
  // Village head of each unit: a short list per unit.
  const head = new Int32Array(u.count).fill(-1);
  const next: number[] = [];
  const who: number[] = [];
  const addHead = (unit: number, p: number): void => {
    next.push(head[unit]!);
    who.push(p);
    head[unit] = who.length - 1;
  };
  for (let i = 0; i < t.count; i++) {
    if (t.role[i] !== VILLAGE_HEAD || t.start[i]! > day || t.end[i]! < day) continue;
    const p = t.person[i]!;
    if (t.unit[i]! >= 0) addHead(t.unit[i]!, p);
    else if (t.organization[i]! >= 0) {
      const org = t.organization[i]!;
      const a = o.coversOffsets[org]!;
      const b = o.coversOffsets[org + 1]!;
      for (let k = a; k < b; k++) if (inForce[o.coversUnits[k]!] === 1) addHead(o.coversUnits[k]!, p);
      if (a === b && o.unit[org]! >= 0) addHead(o.unit[org]!, p);
    }
  }
  const flags = scratch(pc.count).bytes; // 1 holder, 2 head of a unit of their cell
  const isHead = (unit: number, p: number): boolean => {
    for (let e = head[unit]!; e >= 0; e = next[e]!) if (who[e] === p) return true;
    return false;
  };
  for (let i = 0; i < t.count; i++) {
    if (t.role[i] !== SECRETARY || t.start[i]! > day || t.end[i]! < day) continue;
    const org = t.organization[i]!;
    if (org < 0 || o.kind[org] !== K_CELL) continue;
    const p = t.person[i]!;
    flags[p] = flags[p]! | 1;
    if ((flags[p]! & 2) !== 0) continue;
    if (t.unit[i]! >= 0) {
      if (isHead(t.unit[i]!, p)) flags[p] = 3;
      continue;
    }
    const a = o.coversOffsets[org]!;
    const b = o.coversOffsets[org + 1]!;
    for (let k = a; k < b; k++) if (inForce[o.coversUnits[k]!] === 1 && isHead(o.coversUnits[k]!, p)) flags[p] = 3;
    if (a === b && o.unit[org]! >= 0 && isHead(o.unit[org]!, p)) flags[p] = 3;
  }
  const holders: string[] = [];
  const ids: string[] = [];
  for (let p = 0; p < pc.count; p++) {
    if (flags[p] === 0) continue;
    holders.push(pc.ids[p]!);
    if (flags[p] === 3) ids.push(pc.ids[p]!);
  }
  const n = holders.length;
  return { asOf: AS_OF, numerator: ids.length, denominator: n, ratio: n === 0 ? null : ids.length / n, ids, holders: { count: n, ids: holders } };
}

/** admissions by year over a window, whole dataset. */
export function handAdmissions(ix: DatasetIndex, from: number, to: number): unknown {
  const o = ix.organizations;
  const pc = ix.people;
  const m = ix.memberships;
  const [y0] = civilFromDays(from);
  const [y1] = civilFromDays(to);
  const ny = y1 - y0 + 1;
  const E = 12; // 0 admitted, 1 readmitted, 2 recognized, 3 in, 4 out, 5–10 departures by reason, 11 all departures
  const tot: string[][] = Array.from({ length: E }, () => []);
  const per: string[][][] = Array.from({ length: ny }, () => Array.from({ length: E }, () => []));
  const yearStart = Array.from({ length: ny + 1 }, (_, k) => daysFromCivil(y0 + k, 1, 1));
  const DEP = [5, -1, 0, 1, 2, 3, 4];
  const rec = (e: number, id: string, d: number): void => {
    let k = 0;
    while (d >= yearStart[k + 1]!) k++;
    tot[e]!.push(id);
    per[k]![e]!.push(id);
    if (e >= 5) {
      tot[11]!.push(id);
      per[k]![11]!.push(id);
    }
  };
  for (let p = 0; p < pc.count; p++) {
    const a = pc.personOffsets[p]!;
    const b = pc.personOffsets[p + 1]!;
    let prev = -1;
    for (let i = a; i < b; i++) {
      const r = pc.personRows[i]!;
      if (PARTY[o.kind[m.organization[r]!]!] === 0) continue;
      const s = m.start[r]!;
      const sr = m.startReason[r]!;
      if (s >= from && s <= to) {
        if (sr === 1 || (sr === 0 && prev < 0)) rec(0, pc.ids[p]!, s);
        else if (sr === 2) rec(1, pc.ids[p]!, s);
        else if (prev < 0) rec(3, pc.ids[p]!, s);
      }
      const off = m.official[r]!;
      if (off !== NO_END && off >= s && off >= from && off <= to) rec(2, pc.ids[p]!, off);
      const e = m.end[r]!;
      if (e !== NO_END && e >= from && e <= to) {
        const er = m.endReason[r]!;
        let nx = -1;
        for (let j = i + 1; j < b; j++) {
          if (PARTY[o.kind[m.organization[pc.personRows[j]!]!]!] === 1) {
            nx = pc.personRows[j]!;
            break;
          }
        }
        const internal = (er === 0 || er === 1) && nx >= 0 && (m.startReason[nx] === 3 || m.startReason[nx] === 0);
        if (!internal) {
          if (er === 1) rec(4, pc.ids[p]!, e);
          else rec(5 + DEP[er]!, pc.ids[p]!, e);
        }
      }
      prev = r;
    }
  }
  const REASONS = ["died", "expelled", "struck-off", "resigned", "other", "unspecified"];
  const ic = (ids: string[]) => ({ count: ids.length, ids });
  const fig = (x: string[][]) => {
    const byReason: Record<string, unknown> = {};
    for (let k = 0; k < 6; k++) byReason[REASONS[k]!] = ic(x[5 + k]!);
    const dep = x[11]!;
    return {
      admitted: ic(x[0]!),
      readmitted: ic(x[1]!),
      recognized: ic(x[2]!),
      transferredIn: ic(x[3]!),
      transferredOut: ic(x[4]!),
      departed: { ...ic(dep), byReason },
      net: x[0]!.length + x[1]!.length + x[3]!.length - x[4]!.length - dep.length,
    };
  };
  return {
    from: formatDay(from),
    to: formatDay(to),
    by: "year",
    ...fig(tot),
    periods: per.map((x, k) => ({
      period: String(y0 + k),
      from: formatDay(Math.max(from, yearStart[k]!)),
      to: formatDay(Math.min(to, yearStart[k + 1]! - 1)),
      ...fig(x),
    })),
    organizations: [],
  };
}

/** The latest birth day of someone at least `years` old on `day` (month ends clamped). */
function cut(day: number, years: number): number {
  const [y, mo, d] = civilFromDays(day);
  const dim = daysInMonth(y - years, mo);
  return daysFromCivil(y - years, mo, d === daysInMonth(y, mo) ? dim : Math.min(d, dim));
}

/** composition of party members by gender, age (three groups) or party age (default bands). */
export function handComposition(ix: DatasetIndex, day: number, by: "gender" | "age" | "party-age"): unknown {
  const o = ix.organizations;
  const pc = ix.people;
  const m = ix.memberships;
  const np = pc.count;
  // Party members on the day: a membership in force in a party organization.
  const mask = scratch(np).bytes;
  for (let r = 0; r < m.count; r++) if (m.start[r]! <= day && m.end[r]! >= day && PARTY[o.kind[m.organization[r]!]!] === 1) mask[m.person[r]!] = 1;
  const codes = by === "gender" ? ["male", "female"] : by === "age" ? ["under-40", "40-50", "over-50"] : ["under-10", "10-19", "20-29", "30-39", "40-plus"];
  const lists: string[][] = codes.map(() => []);
  const unknown: string[] = [];
  const all: string[] = [];
  // Band bounds (age: 0–39, 40–50, 51+; party age: 0–9, 10–19, 20–29, 30–39, 40+).
  const edges = by === "age" ? [40, 51] : [10, 20, 30, 40];
  const bounds = (d: number): number[] => edges.map((n) => cut(d, n));
  const b0 = bounds(day);
  for (let p = 0; p < np; p++) {
    if (mask[p] === 0) continue;
    const id = pc.ids[p]!;
    all.push(id);
    let g = -1;
    if (by === "gender") g = pc.gender[p]! - 1;
    else if (by === "age") {
      if (pc.birthPrecision[p] !== 0) {
        const b = pc.birth[p]!;
        g = b > b0[0]! ? 0 : b > b0[1]! ? 1 : 2;
      }
    } else if (pc.personOffsets[p + 1]! - pc.personOffsets[p]! === 1) {
      // One membership: a member with no gap, counted from its start.
      const r = pc.personRows[pc.personOffsets[p]!]!;
      if (PARTY[o.kind[m.organization[r]!]!] === 1 && m.start[r]! <= day && m.end[r]! >= day) {
        const adm = m.start[r]!;
        g = b0.length;
        for (let k = 0; k < b0.length; k++) {
          if (adm > b0[k]!) {
            g = k;
            break;
          }
        }
      }
    } else {
      // Party time: first admission, covered days up to the day.
      let adm = 0;
      let to = 0;
      let covered = 0;
      let any = false;
      for (let i = pc.personOffsets[p]!; i < pc.personOffsets[p + 1]!; i++) {
        const r = pc.personRows[i]!;
        if (PARTY[o.kind[m.organization[r]!]!] === 0) continue;
        const s = m.start[r]!;
        if (s > day) break;
        const e = m.end[r]! < day ? m.end[r]! : day;
        if (!any) {
          any = true;
          adm = s;
          to = s - 1;
        }
        if (e > to) {
          covered += e - (s > to ? s : to + 1) + 1;
          to = e;
        }
      }
      if (any && to >= day) {
        const gap = to - adm + 1 - covered;
        const bb = gap === 0 ? b0 : bounds(day - gap);
        g = bb.length;
        for (let k = 0; k < bb.length; k++) {
          if (adm > bb[k]!) {
            g = k;
            break;
          }
        }
      }
    }
    if (g >= 0) lists[g]!.push(id);
    else unknown.push(id);
  }
  const n = all.length;
  const share = (ids: string[]) => ({ numerator: ids.length, denominator: n, ratio: n === 0 ? null : ids.length / n, ids });
  return { asOf: AS_OF, by, population: { count: n, ids: all }, groups: codes.map((code, k) => ({ code, ...share(lists[k]!) })), unknown: share(unknown) };
}

/** badgesDue in a window, without early awards. */
export function handBadges(ix: DatasetIndex, from: number, to: number): unknown {
  const o = ix.organizations;
  const pc = ix.people;
  const m = ix.memberships;
  const MS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
  const addYears = (d: number, n: number): number => {
    const [y, mo, dd] = civilFromDays(d);
    return daysFromCivil(y + n, mo, Math.min(dd, daysInMonth(y + n, mo)));
  };
  const found: { p: number; k: number; due: number }[] = [];
  const gs: number[] = [];
  // First admitted after this day: no 30 years by `to` (memberships are sorted by start).
  const lastAdmission = to - 365 * MS[0]! + 1;
  for (let p = 0; p < pc.count; p++) {
    const a = pc.personOffsets[p]!;
    if (a === pc.personOffsets[p + 1] || m.start[pc.personRows[a]!]! > lastAdmission) continue;
    let adm = 0;
    let cov = 0;
    let covered = 0;
    let any = false;
    if (gs.length !== 0) gs.length = 0;
    for (let i = a; i < pc.personOffsets[p + 1]!; i++) {
      const r = pc.personRows[i]!;
      if (PARTY[o.kind[m.organization[r]!]!] === 0) continue;
      const s = m.start[r]!;
      if (s > to) break;
      const e = m.end[r]! < to ? m.end[r]! : to;
      if (!any) {
        any = true;
        adm = s;
        cov = s - 1;
      }
      if (e > cov) {
        if (s > cov + 1) gs.push(cov + 1, s - 1);
        covered += e - (s > cov ? s : cov + 1) + 1;
        cov = e;
      }
    }
    if (!any) continue;
    const totalGap = cov - adm + 1 - covered;
    for (let k = 0; k < MS.length; k++) {
      const n = MS[k]!;
      if (adm + 365 * n - 1 > to) break;
      if (adm + 366 * n + totalGap < from) continue;
      let due = addYears(adm, n);
      for (let g = 0; g < gs.length; g += 2) {
        if (gs[g]! > due) break;
        due += gs[g + 1]! - gs[g]! + 1;
      }
      if (due > cov) break;
      if (due >= from && due <= to) found.push({ p, k, due });
    }
  }
  found.sort((a, b) => a.due - b.due || a.p - b.p || a.k - b.k);
  return found.map((f) => ({ personId: pc.ids[f.p]!, years: MS[f.k]!, dueDate: formatDay(f.due), earliestDate: formatDay(f.due), early: false }));
}

/** retirementsDue of the cadres on `from` (posts in organizations of the political system in force). */
export function handRetirements(ix: DatasetIndex, from: number, to: number): unknown {
  const t = ix.posts;
  const o = ix.organizations;
  const pc = ix.people;
  const chosen = scratch(pc.count).bytes;
  const OTHER = 11; // ORGANIZATION_KINDS index of "other"
  for (let i = 0; i < t.count; i++) {
    const org = t.organization[i]!;
    if (t.start[i]! > from || t.end[i]! < from || org < 0 || o.kind[org] === OTHER || o.founding[org]! > from || o.dissolution[org]! < from) continue;
    chosen[t.person[i]!] = 1;
  }
  const found: { p: number; day: number; age: number }[] = [];
  for (let p = 0; p < pc.count; p++) {
    if (chosen[p] === 0 || pc.gender[p] === 0 || pc.birthPrecision[p] === 0) continue;
    const [y, mo] = civilFromDays(pc.birth[p]!);
    const b = y * 12 + mo - 1;
    const male = pc.gender[p] === 1;
    const before = male ? 720 : 660;
    const first = male ? 723 : 664;
    const step = male ? 3 : 4;
    const fin = male ? 744 : 720;
    let year = Math.floor((b + before) / 12);
    let age = before;
    if (year >= 2021) {
      for (;;) {
        age = Math.min(fin, first + step * (year - 2021));
        const reached = Math.floor((b + age) / 12);
        if (reached <= year) break;
        year = reached;
      }
    }
    const idx = b + age;
    const ry = Math.floor(idx / 12);
    const rm = idx - ry * 12 + 1;
    const day = daysFromCivil(ry, rm, daysInMonth(ry, rm));
    if (day >= from && day <= to) found.push({ p, day, age });
  }
  found.sort((a, b) => a.day - b.day || a.p - b.p);
  return found.map((f) => ({ personId: pc.ids[f.p]!, retirementDate: formatDay(f.day), age: { years: Math.floor(f.age / 12), months: f.age % 12 } }));
}

// ---------------------------------------------------------------------------------------------

/**
 * With `--gc` (and node's --expose-gc): a full collection before each timed run, not timed.
 * Off by default: the sweeping that follows a full collection of a multi-gigabyte heap runs
 * during the next timed call and inflates it.
 */
const gcFn = (globalThis as { gc?: () => void }).gc;
const collect: () => void = args.includes("--gc") && typeof gcFn === "function" ? gcFn : () => {};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Row {
  name: string;
  /** Median CPU time (user + system, this process) of the library call, ms. */
  lib: number;
  /** Median CPU time of the hand loop, ms. */
  hand: number;
  ratio: number;
  /** Median wall-clock times, ms. */
  libWall: number;
  handWall: number;
}

/** CPU time (user + system) and wall time of one call, in ms: the mean over `reps` calls. */
function measure(f: () => unknown, reps: number): [cpu: number, wall: number] {
  collect();
  const c = process.cpuUsage();
  const w = performance.now();
  for (let i = 0; i < reps; i++) f();
  const wall = performance.now() - w;
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000 / reps, wall / reps];
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
  // Short calls are repeated within a sample (the same number of times on both sides), so that
  // each sample lasts at least ~25 ms and the clocks' resolution does not matter.
  const once = Math.max(measure(lib, 1)[1], measure(hand, 1)[1], 0.01);
  const reps = Math.max(1, Math.min(1000, Math.ceil(25 / once)));
  const lc: number[] = [];
  const lw: number[] = [];
  const hc: number[] = [];
  const hw: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    // Alternate the order so neither side always runs first.
    if (k % 2 === 0) {
      const [c1, w1] = measure(lib, reps);
      const [c2, w2] = measure(hand, reps);
      lc.push(c1), lw.push(w1), hc.push(c2), hw.push(w2);
    } else {
      const [c2, w2] = measure(hand, reps);
      const [c1, w1] = measure(lib, reps);
      lc.push(c1), lw.push(w1), hc.push(c2), hw.push(w2);
    }
  }
  const row: Row = { name, lib: median(lc), hand: median(hc), ratio: median(lc) / median(hc), libWall: median(lw), handWall: median(hw) };
  console.log(
    `${name.padEnd(30)} ${row.lib.toFixed(1).padStart(9)} ${row.hand.toFixed(1).padStart(9)} ${row.ratio.toFixed(2).padStart(6)}×   ${row.libWall.toFixed(1).padStart(9)} ${row.handWall.toFixed(1).padStart(9)}`,
  );
  return row;
}

function main(): void {
  const scale = national ? "national" : "province";
  console.log(`grassroots metrics benchmark: ${scale} scale, seed ${SEED}, ${RUNS} runs, Node ${process.version}`);
  let t = performance.now();
  let input: ReturnType<typeof generateDataset> | undefined = generateDataset({ scale, seed: SEED, asOf: AS_OF });
  console.log(`generate ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const ds = parseDataset(input);
  input = undefined; // only the parsed dataset and its index stay alive
  console.log(`parse ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const ix = datasetIndex(ds);
  console.log(`compile ${(performance.now() - t).toFixed(0)} ms`);
  console.log(
    `${ix.people.count} people, ${ix.memberships.count} memberships, ${ix.organizations.count} organizations, ${ix.units.count} units, ${ix.posts.count} posts`,
  );
  const day = toDayNumber(AS_OF);
  const from10 = toDayNumber("2015-07-01");
  const y0 = toDayNumber("2025-01-01");
  const y1 = toDayNumber("2025-12-31");
  const y2 = toDayNumber("2026-12-31");
  console.log(`${"".padEnd(30)} ${"CPU ms (median)".padStart(20)} ${"".padStart(7)}   ${"wall ms (median)".padStart(19)}`);
  console.log(`${"metric".padEnd(30)} ${"library".padStart(9)} ${"hand".padStart(9)} ${"ratio".padStart(7)}   ${"library".padStart(9)} ${"hand".padStart(9)}`);
  const rows = [
    bench("unitCoverage", () => unitCoverage(ds, { asOf: AS_OF }), () => handCoverage(ix, day, false)),
    bench("unitCoverage by commune", () => unitCoverage(ds, { asOf: AS_OF, groupBy: ["commune", "ward"] }), () => handCoverage(ix, day, true)),
    bench("partyStrength", () => partyStrength(ds, AS_OF), () => handStrength(ix, day)),
    bench("roleOverlap heads/members", () => roleOverlap(ds, { asOf: AS_OF, holders: "village-head", also: "party-member" }), () => handHeadsMembers(ix, day)),
    bench(
      "roleOverlap secretaries/heads",
      () => roleOverlap(ds, { asOf: AS_OF, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true }),
      () => handSecretariesHeads(ix, day),
    ),
    bench("admissions 10 years", () => admissions(ds, { from: "2015-07-01", to: AS_OF }), () => handAdmissions(ix, from10, day)),
    bench("composition gender", () => composition(ds, { asOf: AS_OF, by: "gender" }), () => handComposition(ix, day, "gender")),
    bench("composition age", () => composition(ds, { asOf: AS_OF, by: "age" }), () => handComposition(ix, day, "age")),
    bench("composition party-age", () => composition(ds, { asOf: AS_OF, by: "party-age" }), () => handComposition(ix, day, "party-age")),
    bench("badgesDue 2025", () => badgesDue(ds, { from: "2025-01-01", to: "2025-12-31" }), () => handBadges(ix, y0, y1)),
    bench("retirementsDue 2025-2026", () => retirementsDue(ds, { from: "2025-01-01", to: "2026-12-31" }), () => handRetirements(ix, y0, y2)),
  ];
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const slowest = rows.reduce((a, b) => (b.lib > a.lib ? b : a));
  console.log(`worst ratio ${worst.ratio.toFixed(2)}× (${worst.name}); slowest ${slowest.lib.toFixed(1)} ms CPU (${slowest.name})`);
}

// Run when executed, not when imported (bench/suite.bench.ts and bench/guard.bench.ts reuse the hand loops).
if (isMain("metrics.bench")) main();
