/**
 * Standardization of cadres (chuẩn hóa cán bộ): how many meet, exceed or fall below the
 * training standard of the posts they hold on a date.
 * @module
 */
import { firstDay, lastDay } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { ORGANIZATION_KINDS, ORGANIZATION_LEVELS, ROLES, SCALE_IDS, UNIT_KINDS, type Role, type ScaleId } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { applicableRequirements, flattenStandards, requirementRanks } from "../scales/assess.js";
import { personRanks, qualificationsByPerson, rankTables, scaleInfo } from "../scales/levels.js";
import { POSITION_STANDARDS } from "../scales/standards.js";
import type { PositionStandard, PositionStandardSet } from "../scales/types.js";
import { asOfDay, countOnly, idCount, NO_IDS, ratioOf, wantsIds, type IdCount, type Ratio } from "./coverage-shared.js";
import {
  acquireMask,
  fillPopulationMask,
  groupIds,
  groupSlots,
  idRatio,
  organizationGroups,
  places,
  populationTest,
  postInForce,
  releaseMask,
  resolveGroupBy,
  resolvePopulation,
  slotOf,
  slotsInGroupOrder,
  type GroupBy,
  type GroupSlots,
  type IdRatio,
  type Population,
} from "./population.js";

/**
 * Options of {@link standardization}.
 *
 * @example
 * ```ts
 * const o: StandardizationOptions = { asOf: "2024-06-30", standards: ND_33_2023, difficultAreas: ["xa-mu-ca"], groupBy: "commune" };
 * o.groupBy; //=> "commune"
 * ```
 */
export interface StandardizationOptions {
  /** The date, `YYYY-MM-DD`; default the dataset's `asOf`. */
  readonly asOf?: string | undefined;
  /**
   * The standards to judge by: standards, sets of them, or a mix. Default: every built-in set
   * ({@link POSITION_STANDARDS}); only those in force on the date are used.
   */
  readonly standards?: PositionStandardSet | PositionStandard | readonly (PositionStandardSet | PositionStandard)[] | undefined;
  /** Who is judged; default `"cadres"`. See {@link Population}. */
  readonly population?: Population | undefined;
  /** Also count per commune or per organization (of the posts judged). */
  readonly groupBy?: GroupBy | undefined;
  /**
   * Where a standard's difficult-area allowance applies: `true` everywhere, or the ids of units
   * (communes, districts, provinces) whose organizations, and those of the units under them,
   * are in difficult areas. Default: nowhere.
   */
  readonly difficultAreas?: boolean | readonly string[] | undefined;
  /**
   * List the person ids behind each count (default `true`). `false` gives the same counts with
   * every `ids` empty, when only the figures are wanted.
   */
  readonly ids?: boolean | undefined;
}

/**
 * Judgements on one scale.
 *
 * @example
 * ```ts
 * const s: ScaleStandardCounts = { required: { count: 1, ids: ["a"] }, below: { count: 1, ids: ["a"] }, meets: { count: 0, ids: [] }, above: { count: 0, ids: [] } };
 * s.below.ids; //=> ["a"]
 * ```
 */
export interface ScaleStandardCounts {
  /** Those with a requirement on the scale. */
  readonly required: IdCount;
  readonly below: IdCount;
  readonly meets: IdCount;
  readonly above: IdCount;
}

/**
 * Judgements of a set of people (everyone judged, one role, one standard, or one group).
 *
 * @example
 * ```ts
 * const c: StandardCounts = standardization(parseDataset({}), { asOf: "2024-06-30" });
 * [c.judged.count, c.meetsOrAbove.ratio]; //=> [0, null]
 * ```
 */
export interface StandardCounts {
  /** Those judged against a standard. */
  readonly judged: IdCount;
  /** Below the standard on some required scale. */
  readonly below: IdCount;
  /** Every required scale met exactly. */
  readonly meets: IdCount;
  /** Every required scale met, at least one exceeded. */
  readonly above: IdCount;
  /** Meets or above (đạt chuẩn và trên chuẩn), over those judged. */
  readonly meetsOrAbove: IdRatio;
  /** Per scale that anyone judged here has a requirement on. */
  readonly scales: Readonly<Partial<Record<ScaleId, ScaleStandardCounts>>>;
}

/**
 * The judgements of one group (a commune or an organization, by id).
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "x", name: "Xã Nậm Hàng", kind: "commune" }],
 *   organizations: [{ id: "du", name: "Đảng ủy xã Nậm Hàng", kind: "party-committee", unitId: "x" }],
 *   people: [{ id: "a", name: "Lò Văn A" }],
 *   posts: [{ personId: "a", role: "secretary", organizationId: "du" }],
 *   qualifications: [{ personId: "a", scale: "general-education", level: "12/12" }, { personId: "a", scale: "professional", level: "bachelor" }],
 * });
 * const g: StandardizationGroup | undefined = standardization(ds, { asOf: "2024-06-30", groupBy: "commune" }).groups?.[0];
 * [g?.id, g?.meets.ids]; //=> ["x", ["a"]]
 * ```
 */
export interface StandardizationGroup extends StandardCounts {
  readonly id: string;
}

/**
 * The result of {@link standardization}.
 *
 * @example
 * ```ts
 * const s: Standardization = standardization(parseDataset({}), { asOf: "2024-06-30" });
 * [s.asOf, s.population.count, s.byStandard]; //=> ["2024-06-30", 0, {}]
 * ```
 */
export interface Standardization extends StandardCounts {
  readonly asOf: string;
  /** Everyone in the population. */
  readonly population: IdCount;
  /** Those in the population holding no post a standard in force applies to. */
  readonly noStandard: IdCount;
  /** Per role held: each holder judged against the standards of their posts with that role. */
  readonly byRole: Readonly<Partial<Record<Role, StandardCounts>>>;
  /** Per standard (by id) that applied to anyone: each holder judged against it. */
  readonly byStandard: Readonly<Record<string, StandardCounts>>;
  /** With `groupBy`: per group with anyone judged, in dataset order of the groups. */
  readonly groups?: readonly StandardizationGroup[];
  /** With `groupBy`: those judged in no group. */
  readonly ungrouped?: IdCount;
}

const NS = SCALE_IDS.length;
const NR = ROLES.length;

// Judgements are counted and listed per block: everyone judged, each standard, each role, each
// group. A block has BLOCK slots, each a count and then a list of ids: judged, below, meets,
// above, meets-or-above, then for each scale required, below, meets, above. Lists are filled in
// a second pass into arrays of the exact size counted in the first: growing arrays of millions
// of ids by push is several times slower on the large heap of a national dataset.
const BLOCK = 5 + 4 * NS;

/**
 * Judges the ranks at `ranks[po..po+NS)` against the minimum ranks at `req[ro..ro+NS)` (-1: not
 * required). Returns the judgement as one small integer: the overall result (0 below, 1 meets,
 * 2 above) times 256, plus 2 bits per scale (0 not required, 1 below, 2 meets, 3 above).
 */
function judge(req: Int8Array, ro: number, ranks: Int8Array, po: number): number {
  let below = false;
  let above = false;
  let bits = 0;
  for (let s = 0; s < NS; s++) {
    const need = req[ro + s]!;
    if (need < 0) continue;
    const have = ranks[po + s]!;
    const v = have < need ? 0 : have > need ? 2 : 1;
    bits |= (v + 1) << (2 * s);
    if (v === 0) below = true;
    else if (v === 2) above = true;
  }
  return (below ? 0 : above ? 2 : 1) * 256 + bits;
}

/** First pass: counts a judgement in the block at slot `b` of the counts. */
function countJudgement(c: Int32Array, b: number, judgement: number): void {
  const result = judgement >> 8;
  c[b]!++;
  c[b + 1 + result]!++;
  if (result > 0) c[b + 4]!++;
  for (let s = 0; s < NS; s++) {
    const v = (judgement >> (2 * s)) & 3;
    if (v === 0) continue;
    const k = b + 5 + s * 4;
    c[k]!++;
    c[k + v]!++;
  }
}

/** Second pass: lists the id of a judgement in the block's lists `l`, at the cursors from slot `b`. */
function listJudgement(l: string[][], cur: Int32Array, b: number, id: string, judgement: number): void {
  const result = judgement >> 8;
  l[0]![cur[b]!++] = id;
  l[1 + result]![cur[b + 1 + result]!++] = id;
  if (result > 0) l[4]![cur[b + 4]!++] = id;
  for (let s = 0; s < NS; s++) {
    const v = (judgement >> (2 * s)) & 3;
    if (v === 0) continue;
    const k = 5 + s * 4;
    l[k]![cur[b + k]!++] = id;
    l[k + v]![cur[b + k + v]!++] = id;
  }
}

/** `bigger` with the values of `a` at its start. */
function grown<T extends Int32Array | Uint8Array>(a: T, bigger: T): T {
  bigger.set(a);
  return bigger;
}

/** The lists of a block, sized by its counts. */
function blockLists(c: Int32Array, b: number): string[][] {
  const l: string[][] = new Array<string[]>(BLOCK);
  for (let k = 0; k < BLOCK; k++) l[k] = new Array<string>(c[b + k]!);
  return l;
}

function counts(l: string[][]): StandardCounts {
  const scales: Partial<Record<ScaleId, ScaleStandardCounts>> = {};
  for (let s = 0; s < NS; s++) {
    const k = 5 + s * 4;
    if (l[k]!.length === 0) continue;
    scales[SCALE_IDS[s]!] = { required: idCount(l[k]!), below: idCount(l[k + 1]!), meets: idCount(l[k + 2]!), above: idCount(l[k + 3]!) };
  }
  return {
    judged: idCount(l[0]!),
    below: idCount(l[1]!),
    meets: idCount(l[2]!),
    above: idCount(l[3]!),
    meetsOrAbove: idRatio(l[4]!, l[0]!.length),
    scales,
  };
}

/** @internal Which standards apply to a post, compiled for the index and the date. */
interface StandardTable {
  readonly standards: readonly PositionStandard[];
  /** Minimum ranks: row `std * 2 + difficult`, `NS` values per row. */
  readonly rows: Int8Array;
  /**
   * Class of each organization: organizations of the same kind, level and kind of unit share
   * one, so standards are matched once per class rather than once per post.
   */
  readonly orgClass: Int32Array;
  /** Standards of (class, role): list[offsets[class * NR + role] .. offsets[class * NR + role + 1] - 1]. */
  readonly offsets: Int32Array;
  readonly list: Int32Array;
  /** 1 for organizations in a difficult area. */
  readonly difficult: Uint8Array;
}

function matches(s: PositionStandard, role: number, kind: number, level: number, unitKind: number): boolean {
  const m = s.appliesTo;
  if (!m.roles.includes(ROLES[role]!) || !m.organizationKinds.includes(ORGANIZATION_KINDS[kind]!)) return false;
  if (m.organizationLevels !== undefined && (level >= ORGANIZATION_LEVELS.length || !m.organizationLevels.includes(ORGANIZATION_LEVELS[level]!))) return false;
  if (m.unitKinds !== undefined && (unitKind >= UNIT_KINDS.length || !m.unitKinds.includes(UNIT_KINDS[unitKind]!))) return false;
  return true;
}

function compileStandards(
  ix: DatasetIndex,
  all: readonly PositionStandard[],
  asOf: string,
  difficultAreas: StandardizationOptions["difficultAreas"],
  fn: string,
): StandardTable {
  const day = toDayNumber(asOf);
  const standards = all.filter((s) => firstDay(s.effectiveFrom) <= day && (s.effectiveTo === undefined || lastDay(s.effectiveTo) >= day));
  const ns = standards.length;
  const rows = new Int8Array(ns * 2 * NS);
  const from = new Int32Array(ns);
  for (let i = 0; i < ns; i++) {
    const s = standards[i]!;
    rows.set(requirementRanks(s.requirements, fn), i * 2 * NS);
    rows.set(requirementRanks(applicableRequirements(s, { difficultArea: true, asOf }), fn), (i * 2 + 1) * NS);
    from[i] = firstDay(s.effectiveFrom);
  }

  // Classes of organizations: (kind, level, kind of unit), numbered in order of appearance.
  const o = ix.organizations;
  const { organizationUnit } = places(ix);
  const NL = ORGANIZATION_LEVELS.length + 1;
  const NU = UNIT_KINDS.length + 1;
  const classOfKey = new Int32Array(ORGANIZATION_KINDS.length * NL * NU).fill(-1);
  const classKeys: number[] = [];
  const orgClass = new Int32Array(o.count);
  for (let i = 0; i < o.count; i++) {
    const level = o.level[i] === 255 ? NL - 1 : o.level[i]!;
    const u = organizationUnit[i]!;
    const key = (o.kind[i]! * NL + level) * NU + (u < 0 ? NU - 1 : ix.units.kind[u]!);
    if (classOfKey[key] === -1) classOfKey[key] = classKeys.push(key) - 1;
    orgClass[i] = classOfKey[key]!;
  }
  // For each class and role, the matching standards of the newest regulation.
  const offsets = new Int32Array(classKeys.length * NR + 1);
  const list: number[] = [];
  for (let c = 0; c < classKeys.length; c++) {
    const key = classKeys[c]!;
    const unitKind = key % NU;
    const level = Math.floor(key / NU) % NL;
    const kind = Math.floor(key / (NU * NL));
    for (let role = 0; role < NR; role++) {
      const at = list.length;
      offsets[c * NR + role] = at;
      let newest = -Infinity;
      for (let i = 0; i < ns; i++) {
        if (!matches(standards[i]!, role, kind, level, unitKind)) continue;
        if (from[i]! > newest) {
          newest = from[i]!;
          list.length = at;
        }
        if (from[i] === newest) list.push(i);
      }
    }
  }
  offsets[classKeys.length * NR] = list.length;

  const difficult = new Uint8Array(o.count);
  if (difficultAreas === true) difficult.fill(1);
  else if (difficultAreas !== undefined && difficultAreas !== false) {
    if (!Array.isArray(difficultAreas)) throw new GrassrootsError("invalid-argument", `${fn}: difficultAreas must be a boolean or an array of unit ids`);
    const u = ix.units;
    const inArea = new Int8Array(u.count).fill(-1);
    for (const id of difficultAreas) {
      const r = u.rowOf(id);
      if (r < 0) throw new GrassrootsError("invalid-argument", `${fn}: no unit with id ${JSON.stringify(id)} in difficultAreas`);
      inArea[r] = 1;
    }
    for (let i = 0; i < u.count; i++) {
      let x = i;
      let steps = 0;
      while (x >= 0 && inArea[x] === -1 && steps++ <= u.count) x = u.parent[x]!;
      const answer = x >= 0 && inArea[x] === 1 ? 1 : 0;
      for (let y = i, k = 0; y >= 0 && inArea[y] === -1 && k <= u.count; y = u.parent[y]!, k++) inArea[y] = answer;
    }
    for (let i = 0; i < o.count; i++) difficult[i] = organizationUnit[i]! >= 0 && inArea[organizationUnit[i]!] === 1 ? 1 : 0;
  }
  return { standards, rows, orgClass, offsets, list: Int32Array.from(list), difficult };
}

/** The walk of {@link standardization}: who is judged and how, counted per block. */
interface Judged {
  readonly asOf: string;
  readonly ix: DatasetIndex;
  readonly standards: readonly PositionStandard[];
  readonly groupBy: GroupBy | undefined;
  /** The first group block: after everyone (0), the standards and the roles. */
  readonly groupBlock: number;
  readonly slots: GroupSlots;
  /** Counts per block, `BLOCK` slots each. */
  readonly c: Int32Array;
  /** Block * 1024 + judgement; each judged person's start with the overall one (block 0), in dataset order. */
  readonly judgements: readonly number[];
  /** The person rows judged, in dataset order. */
  readonly judged: readonly number[];
  /** Per person row: 0 outside the population, 1 no standard, 2 judged, 3 judged and in no group. Pooled: give it back with `releaseMask`. */
  readonly mask: Uint8Array;
  readonly popCount: number;
  readonly noStandardCount: number;
  readonly ungroupedCount: number;
}

/**
 * Judges the population (see {@link standardization}); `byStandardAndRole: false` leaves the
 * blocks of the standards and roles empty (the judgements overall and per group are the same).
 */
function judgeAll(dataset: Dataset, options: StandardizationOptions, fn: string, byStandardAndRole: boolean): Judged {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: expected an options object`);
  const { asOf, day } = asOfDay(dataset, options.asOf, fn);
  const pop = resolvePopulation(options.population, fn);
  const groupBy = resolveGroupBy(options.groupBy, fn);
  const standards = flattenStandards(options.standards ?? Object.values(POSITION_STANDARDS), fn);
  const ix = datasetIndex(dataset);
  const table = compileStandards(ix, standards, asOf, options.difficultAreas, fn);
  const tables = rankTables(
    ix,
    SCALE_IDS.map((s) => scaleInfo(s, fn)),
    fn,
  );
  const test = populationTest(ix, pop, day, fn);
  const quals = qualificationsByPerson(ix);
  const { offsets: postOffsets, rows: postRows } = test.posts;
  const { rows, orgClass, offsets, list, difficult } = table;
  const t = ix.posts;
  const np = ix.people.count;
  const S = table.standards.length;
  const orgGroup = groupBy === undefined ? undefined : organizationGroups(ix, groupBy);
  const nGroups = groupBy === undefined ? 0 : groupIds(ix, groupBy).length;
  const groupBlock = 1 + S + NR;

  // Scratch for one person: their ranks, the strictest requirement of all their posts, the
  // (standard, requirement row, role, organization) of each post judged, and the distinct
  // standards, roles or groups among those with their strictest requirement.
  const ranks = new Int8Array(NS);
  const req = new Int8Array(NS);
  let pairStd = new Int32Array(16);
  let pairRow = new Int32Array(16);
  let pairRole = new Uint8Array(16);
  let pairOrg = new Int32Array(16);
  const keys = new Int32Array(Math.max(NR, S));
  const keyReq = new Int8Array(NS * keys.length);
  let groupsOfPerson = new Int32Array(8);

  // The walk over the people of the population, in dataset order: judge, count per block, and
  // keep each judgement as one number (block * 1024 + judgement) in the order met; the mask
  // marks who was judged (2) and, of those, who is in no group (3).
  // Blocks: everyone judged (0), the standards, the roles, then the groups met in order of
  // first appearance (a slot each), growing the counts as groups appear.
  const slots = groupSlots(nGroups);
  let c = new Int32Array((groupBlock + 16) * BLOCK);
  const judgements: number[] = [];
  const judged: number[] = [];
  let popCount = 0;
  let noStandardCount = 0;
  let ungroupedCount = 0;
  const mask = acquireMask(ix);
  try {
    fillPopulationMask(test, mask);
    for (let p = 0; p < np; p++) {
      if (mask[p] === 0) continue;
      popCount++;

      // The posts judged and the strictest requirement among them.
      let n = 0;
      for (let s = 0; s < NS; s++) req[s] = -1;
      for (let i = postOffsets[p]!, end = postOffsets[p + 1]!; i < end; i++) {
        const r = postRows[i]!;
        const org = t.organization[r]!;
        if (org < 0 || !postInForce(ix, r, day)) continue;
        const k = orgClass[org]! * NR + t.role[r]!;
        for (let j = offsets[k]!, kEnd = offsets[k + 1]!; j < kEnd; j++) {
          if (n === pairStd.length) {
            pairStd = grown(pairStd, new Int32Array(2 * n));
            pairRow = grown(pairRow, new Int32Array(2 * n));
            pairRole = grown(pairRole, new Uint8Array(2 * n));
            pairOrg = grown(pairOrg, new Int32Array(2 * n));
          }
          const std = list[j]!;
          const row = (std * 2 + difficult[org]!) * NS;
          for (let s = 0; s < NS; s++) if (rows[row + s]! > req[s]!) req[s] = rows[row + s]!;
          pairStd[n] = std;
          pairRow[n] = row;
          pairRole[n] = t.role[r]!;
          pairOrg[n] = org;
          n++;
        }
      }
      if (n === 0) {
        noStandardCount++;
        continue;
      }
      mask[p] = 2;
      judged.push(p);

      // Overall: once, against the strictest requirement.
      personRanks(ix, quals, tables, p, day, ranks, 0);
      const overall = judge(req, 0, ranks, 0);
      countJudgement(c, 0, overall);
      judgements.push(overall);

      // Per standard and per role: each against its own posts.
      for (let kind = 0; kind < (byStandardAndRole ? 2 : 0); kind++) {
        const key = kind === 0 ? pairStd : pairRole;
        const first = kind === 0 ? 1 : 1 + S;
        let m = 0;
        for (let e = 0; e < n; e++) {
          const k = key[e]!;
          let j = 0;
          while (j < m && keys[j] !== k) j++;
          if (j === m) {
            keys[m++] = k;
            for (let s = 0; s < NS; s++) keyReq[j * NS + s] = -1;
          }
          const row = pairRow[e]!;
          for (let s = 0; s < NS; s++) if (rows[row + s]! > keyReq[j * NS + s]!) keyReq[j * NS + s] = rows[row + s]!;
        }
        for (let j = 0; j < m; j++) {
          const blk = first + keys[j]!;
          const judgement = judge(keyReq, j * NS, ranks, 0);
          countJudgement(c, blk * BLOCK, judgement);
          judgements.push(blk * 1024 + judgement);
        }
      }

      // Per group of the posts judged: the overall judgement, once per group.
      if (orgGroup === undefined) continue;
      if (groupsOfPerson.length < n) groupsOfPerson = new Int32Array(2 * n);
      let g = 0;
      for (let e = 0; e < n; e++) {
        const x = orgGroup[pairOrg[e]!]!;
        if (x < 0) continue;
        let seen = false;
        for (let i = 0; i < g; i++) if (groupsOfPerson[i] === x) seen = true;
        if (!seen) groupsOfPerson[g++] = x;
      }
      if (g === 0) {
        mask[p] = 3;
        ungroupedCount++;
      }
      for (let i = 0; i < g; i++) {
        const blk = groupBlock + slotOf(slots, groupsOfPerson[i]!);
        if ((blk + 1) * BLOCK > c.length) c = grown(c, new Int32Array(2 * c.length));
        countJudgement(c, blk * BLOCK, overall);
        judgements.push(blk * 1024 + overall);
      }
    }

  } catch (e) {
    releaseMask(ix, mask);
    throw e;
  }
  return { asOf, ix, standards: table.standards, groupBy, groupBlock, slots, c, judgements, judged, mask, popCount, noStandardCount, ungroupedCount };
}

/**
 * How many cadres meet (đạt chuẩn), exceed (trên chuẩn) or fall below the training standard of
 * the posts they hold on a date: overall, per role, per standard and per scale, with the ids
 * behind every count (so `scales.professional.below.ids` lists who is below on that scale).
 *
 * - **Which standard.** A post is judged by the standards in force on the date that apply to
 *   it (its role, its organization's kind and level, the kind of the organization's unit); when
 *   several regulations match, the newest (latest `effectiveFrom`) applies. In a difficult area
 *   (option `difficultAreas`) a standard's allowance replaces its requirements while in force.
 * - **Several posts.** A person is judged once overall, against the strictest requirement on
 *   each scale among the standards of all their posts — meeting it means meeting every post's
 *   standard. Per role and per standard, each holder is judged against that role's or
 *   standard's requirements alone.
 * - **Levels.** A person's level on a scale is their highest qualification dated on or before
 *   the date (undated ones count at every date; see {@link levelAt}); no record on a required
 *   scale is below. See {@link assessStandard} for below / meets / above.
 * - **Who.** The population (default `"cadres"`) is everyone judged; those of them holding no
 *   post a standard applies to are `noStandard` (village cell secretaries, for instance, whose
 *   posts have no national training standard). Every post they hold on the date is judged.
 *
 * @param options - `asOf`, `standards`, `population`, `groupBy`, `difficultAreas`, `ids`
 *   (`false`: the counts without the lists of people)
 * @throws {GrassrootsError} `invalid-argument` for bad options or standards; `invalid-date`;
 *   `unknown-scale` / `unknown-level` for a requirement or record off its scale.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "x", name: "Xã Nậm Hàng", kind: "commune" }],
 *   organizations: [{ id: "ubnd", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x" }],
 *   people: [{ id: "a", name: "Lò Văn A" }, { id: "b", name: "Lò Thị B" }, { id: "c", name: "Tao Văn C" }],
 *   posts: [
 *     { personId: "a", role: "chair", organizationId: "ubnd" },
 *     { personId: "b", role: "civil-servant", organizationId: "ubnd" },
 *     { personId: "c", role: "civil-servant", organizationId: "ubnd" },
 *   ],
 *   qualifications: [
 *     { personId: "a", scale: "general-education", level: "12/12" },
 *     { personId: "a", scale: "professional", level: "master" },
 *     { personId: "a", scale: "political-theory", level: "advanced" },
 *     { personId: "b", scale: "general-education", level: "upper-secondary" },
 *     { personId: "b", scale: "professional", level: "bachelor", date: "2024-06-30" },
 *     { personId: "c", scale: "general-education", level: "upper-secondary" },
 *     { personId: "c", scale: "professional", level: "intermediate" },
 *   ],
 * });
 * const s = standardization(ds, { asOf: "2024-06-30" });
 * [s.above.ids, s.meets.ids, s.below.ids]; //=> [["a"], ["b"], ["c"]]
 * s.meetsOrAbove.ratio;                    //=> 2 / 3
 * s.scales.professional?.below.ids;        //=> ["c"]
 * s.byStandard["nd-33-2023/civil-servant"]?.judged.count; //=> 2
 * standardization(ds, { asOf: "2024-06-29" }).below.ids;  //=> ["b", "c"]
 * standardization(ds, { asOf: "2024-06-30", difficultAreas: true }).below.ids; //=> []
 * ```
 */
export function standardization(dataset: Dataset, options: StandardizationOptions = {}): Standardization {
  const listIds = wantsIds((options as { ids?: unknown } | null)?.ids, "standardization");
  const judged = judgeAll(dataset, options, "standardization", true);
  if (!listIds) return standardizationCounts(judged);
  const { asOf, ix, standards, groupBy, groupBlock, slots, c, judgements, mask, popCount, noStandardCount, ungroupedCount } = judged;
  const np = ix.people.count;
  const ids = ix.people.ids;
  const S = standards.length;
  let population: string[];
  let noStandard: string[];
  let ungrouped: string[];
  let lists: (string[][] | undefined)[];
  try {
    // The lists, into arrays of the sizes counted.
    population = new Array<string>(popCount);
    noStandard = new Array<string>(noStandardCount);
    ungrouped = new Array<string>(ungroupedCount);
    let pi = 0;
    let ni = 0;
    let ui = 0;
    for (let p = 0; p < np; p++) {
      const m = mask[p]!;
      if (m === 0) continue;
      const id = ids[p]!;
      population[pi++] = id;
      if (m === 1) noStandard[ni++] = id;
      else if (m === 3) ungrouped[ui++] = id;
    }
    lists = new Array<string[][] | undefined>(groupBlock + slots.rows.length);
    for (let blk = 0; blk < lists.length; blk++) if (blk === 0 || c[blk * BLOCK]! > 0) lists[blk] = blockLists(c, blk * BLOCK);
    const cur = new Int32Array(c.length);
    let id = "";
    for (let i = 0, q = 0; i < judgements.length; i++) {
      const x = judgements[i]!;
      const blk = Math.floor(x / 1024);
      // Each judged person's judgements start with the overall one (block 0), in dataset order.
      if (blk === 0) {
        while (mask[q]! < 2) q++;
        id = ids[q++]!;
      }
      listJudgement(lists[blk]!, cur, blk * BLOCK, id, x - blk * 1024);
    }
  } finally {
    releaseMask(ix, mask);
  }

  const byStandard: Record<string, StandardCounts> = {};
  for (let i = 0; i < S; i++) if (lists[1 + i] !== undefined) byStandard[standards[i]!.id] = counts(lists[1 + i]!);
  const byRole: Partial<Record<Role, StandardCounts>> = {};
  for (let r = 0; r < NR; r++) if (lists[1 + S + r] !== undefined) byRole[ROLES[r]!] = counts(lists[1 + S + r]!);
  const out: Standardization = {
    asOf,
    population: idCount(population),
    noStandard: idCount(noStandard),
    ...counts(lists[0]!),
    byRole,
    byStandard,
  };
  if (groupBy === undefined) return out;
  const names = groupIds(ix, groupBy);
  const groups: StandardizationGroup[] = [];
  for (const slot of slotsInGroupOrder(slots)) groups.push({ id: names[slots.rows[slot]!]!, ...counts(lists[groupBlock + slot]!) });
  return { ...out, groups, ungrouped: idCount(ungrouped) };
}

/** The counts of the block at `b` of the counts `c`, every `ids` empty (`ids: false`). */
function countsOf(c: Int32Array, b: number): StandardCounts {
  const scales: Partial<Record<ScaleId, ScaleStandardCounts>> = {};
  for (let s = 0; s < NS; s++) {
    const k = b + 5 + s * 4;
    if (c[k] === 0) continue;
    scales[SCALE_IDS[s]!] = { required: countOnly(c[k]!), below: countOnly(c[k + 1]!), meets: countOnly(c[k + 2]!), above: countOnly(c[k + 3]!) };
  }
  const judged = c[b]!;
  const ok = c[b + 4]!;
  return {
    judged: countOnly(judged),
    below: countOnly(c[b + 1]!),
    meets: countOnly(c[b + 2]!),
    above: countOnly(c[b + 3]!),
    meetsOrAbove: { numerator: ok, denominator: judged, ratio: judged === 0 ? null : ok / judged, ids: NO_IDS },
    scales,
  };
}

/** {@link standardization} with `ids: false`: the same result from the counts alone. */
function standardizationCounts(j: Judged): Standardization {
  const { asOf, ix, standards, groupBy, groupBlock, slots, c, mask, popCount, noStandardCount, ungroupedCount } = j;
  releaseMask(ix, mask);
  const S = standards.length;
  const byStandard: Record<string, StandardCounts> = {};
  for (let i = 0; i < S; i++) if (c[(1 + i) * BLOCK]! > 0) byStandard[standards[i]!.id] = countsOf(c, (1 + i) * BLOCK);
  const byRole: Partial<Record<Role, StandardCounts>> = {};
  for (let r = 0; r < NR; r++) if (c[(1 + S + r) * BLOCK]! > 0) byRole[ROLES[r]!] = countsOf(c, (1 + S + r) * BLOCK);
  const out: Standardization = { asOf, population: countOnly(popCount), noStandard: countOnly(noStandardCount), ...countsOf(c, 0), byRole, byStandard };
  if (groupBy === undefined) return out;
  const names = groupIds(ix, groupBy);
  const groups: StandardizationGroup[] = [];
  for (const slot of slotsInGroupOrder(slots)) groups.push({ id: names[slots.rows[slot]!]!, ...countsOf(c, (groupBlock + slot) * BLOCK) });
  return { ...out, groups, ungrouped: countOnly(ungroupedCount) };
}

/**
 * @internal What a report keeps of {@link standardization}: the counts of everyone judged, the
 * ids of those below, and meets-or-above per group (with `groupBy`), the same figures without
 * the lists of every block.
 */
export interface StandardizationSummary {
  readonly population: number;
  readonly judged: number;
  readonly noStandard: number;
  readonly below: readonly string[];
  readonly meets: number;
  readonly above: number;
  readonly meetsOrAbove: Ratio;
  /** With `groupBy`: per group with anyone judged, in dataset order of the groups. */
  readonly groups: readonly { readonly id: string; readonly meetsOrAbove: Ratio }[];
}

/** @internal See {@link StandardizationSummary}; options and errors as {@link standardization}'s. */
export function standardizationSummary(dataset: Dataset, options: StandardizationOptions = {}): StandardizationSummary {
  const { ix, groupBy, groupBlock, slots, c, judgements, judged, mask, popCount, noStandardCount } = judgeAll(dataset, options, "standardization", false);
  releaseMask(ix, mask);
  // Those below overall: each judged person's judgements start with the overall one (block 0).
  const below: string[] = new Array<string>(c[1]!);
  const ids = ix.people.ids;
  for (let i = 0, q = 0, k = 0; i < judgements.length; i++) {
    const x = judgements[i]!;
    if (x >= 1024) continue;
    if (x >> 8 === 0) below[k++] = ids[judged[q]!]!;
    q++;
  }
  const groups: { id: string; meetsOrAbove: Ratio }[] = [];
  if (groupBy !== undefined) {
    const names = groupIds(ix, groupBy);
    for (const slot of slotsInGroupOrder(slots)) {
      const b = (groupBlock + slot) * BLOCK;
      groups.push({ id: names[slots.rows[slot]!]!, meetsOrAbove: ratioOf(c[b + 4]!, c[b]!) });
    }
  }
  return { population: popCount, judged: c[0]!, noStandard: noStandardCount, below, meets: c[2]!, above: c[3]!, meetsOrAbove: ratioOf(c[4]!, c[0]!), groups };
}
