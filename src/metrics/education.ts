/**
 * Training profile of a population on a date: how many reached each level of a scale.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { SCALE_IDS, type ScaleId } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { personRank, personRanks, qualificationsByPerson, rankTable, rankTables, scaleInfo, type ScaleRef } from "../scales/levels.js";
import type { Level } from "../scales/types.js";
import { asOfDay, countOnly, idCount, NO_IDS, wantsIds, type IdCount } from "./coverage-shared.js";
import {
  acquireMask,
  fillPopulationMask,
  groupIds,
  groupSlots,
  groupsOf,
  idRatio,
  organizationGroups,
  populationTest,
  releaseMask,
  resolveGroupBy,
  resolvePopulation,
  slotOf,
  slotsInGroupOrder,
  type GroupBy,
  type GroupScratch,
  type IdRatio,
  type Population,
} from "./population.js";

/**
 * Options of {@link educationProfile}.
 *
 * @example
 * ```ts
 * const o: EducationProfileOptions = { scale: "political-theory", asOf: "2013-06-30", population: "party-members", groupBy: "commune" };
 * o.groupBy; //=> "commune"
 * ```
 */
export interface EducationProfileOptions {
  /** The scale, or the id of a built-in scale. */
  readonly scale: ScaleRef;
  /** The date, `YYYY-MM-DD`; default the dataset's `asOf`. */
  readonly asOf?: string | undefined;
  /** Who is counted; default `"cadres"`. See {@link Population}. */
  readonly population?: Population | undefined;
  /** Also count per commune or per organization. */
  readonly groupBy?: GroupBy | undefined;
  /**
   * List the person ids behind each count (default `true`). `false` gives the same counts with
   * every `ids` empty, when only the figures are wanted.
   */
  readonly ids?: boolean | undefined;
}

/**
 * People at one main level of the scale (grades and equivalents counted with their main level).
 *
 * @example
 * ```ts
 * const l: LevelCount = { code: "advanced", count: 2, ids: ["a", "b"] };
 * l.count === l.ids.length; //=> true
 * ```
 */
export interface LevelCount {
  readonly code: string;
  readonly count: number;
  readonly ids: readonly string[];
}

/**
 * The counts of a profile, for the whole population or one group.
 *
 * @example
 * ```ts
 * const c: EducationCounts = educationProfile(parseDataset({}), { scale: "professional", asOf: "2024-01-01" });
 * [c.population.count, c.atLeast["bachelor"]?.ratio]; //=> [0, null]
 * ```
 */
export interface EducationCounts {
  /** Everyone counted. */
  readonly population: IdCount;
  /** Those with no qualification on the scale by the date. */
  readonly noRecord: IdCount;
  /** Per main level, lowest first; with `noRecord`, they add up to the population. */
  readonly levels: readonly LevelCount[];
  /**
   * Per main level X: those at X or higher, over those with a record (`noRecord` left out of
   * both sides: an unknown level is neither at least nor below anything).
   */
  readonly atLeast: Readonly<Record<string, IdRatio>>;
  /** Per main level X: those below X, over those with a record. */
  readonly below: Readonly<Record<string, IdRatio>>;
}

/**
 * The counts of one group (a commune or an organization, by id).
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "x", name: "Xã Nậm Hàng", kind: "commune" }],
 *   organizations: [{ id: "ubnd", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x" }],
 *   people: [{ id: "a", name: "Lò Văn A" }],
 *   posts: [{ personId: "a", role: "chair", organizationId: "ubnd" }],
 * });
 * const g: EducationGroup | undefined = educationProfile(ds, { scale: "professional", asOf: "2024-01-01", groupBy: "commune" }).groups?.[0];
 * [g?.id, g?.noRecord.ids]; //=> ["x", ["a"]]
 * ```
 */
export interface EducationGroup extends EducationCounts {
  readonly id: string;
}

/**
 * The result of {@link educationProfile}.
 *
 * @example
 * ```ts
 * const p: EducationProfile = educationProfile(parseDataset({}), { scale: "general-education", asOf: "2024-01-01" });
 * [p.scale, p.asOf, p.levels.length, p.groups]; //=> ["general-education", "2024-01-01", 4, undefined]
 * ```
 */
export interface EducationProfile extends EducationCounts {
  readonly scale: ScaleId;
  readonly asOf: string;
  /** With `groupBy`: one entry per group with anyone in it, in dataset order of the groups. */
  readonly groups?: readonly EducationGroup[];
  /** With `groupBy`: those in no group. */
  readonly ungrouped?: IdCount;
}

// Counts and ids per bucket: bucket 0 is "no record", bucket r + 1 is rank r. The lists are
// filled in a second pass into arrays of the exact size counted in the first: growing arrays of
// millions of ids by push is several times slower on the large heap of a national dataset.

interface Lists {
  readonly population: string[];
  /** By bucket. */
  readonly bucket: string[][];
  /** By rank k: at k or higher; below k. */
  readonly atLeast: string[][];
  readonly below: string[][];
  /** Next free slot: population, then buckets, then atLeast, then below. */
  readonly cur: Int32Array;
}

/** Lists sized by the counts per bucket at `n[b..b+B)`. */
function lists(n: Int32Array, b: number, B: number): Lists {
  const L = B - 1;
  let total = 0;
  for (let k = 0; k < B; k++) total += n[b + k]!;
  const recorded = total - n[b]!;
  const atLeast: string[][] = [];
  const below: string[][] = [];
  let higher = recorded;
  for (let k = 0; k < L; k++) {
    atLeast.push(new Array<string>(higher));
    below.push(new Array<string>(recorded - higher));
    higher -= n[b + k + 1]!;
  }
  const bucket: string[][] = [];
  for (let k = 0; k < B; k++) bucket.push(new Array<string>(n[b + k]!));
  return { population: new Array<string>(total), bucket, atLeast, below, cur: new Int32Array(1 + B + 2 * L) };
}

/** Lists a person at rank `r` (-1: no record). */
function put(l: Lists, id: string, r: number): void {
  const cur = l.cur;
  const L = l.atLeast.length;
  l.population[cur[0]!++] = id;
  l.bucket[r + 1]![cur[r + 2]!++] = id;
  const a = L + 2;
  for (let k = 0; k <= r; k++) l.atLeast[k]![cur[a + k]!++] = id;
  if (r >= 0) for (let k = r + 1; k < L; k++) l.below[k]![cur[a + L + k]!++] = id;
}

function counts(l: Lists, main: readonly Level[]): EducationCounts {
  const noRecord = l.bucket[0]!;
  const recorded = l.population.length - noRecord.length;
  const atLeast: Record<string, IdRatio> = {};
  const below: Record<string, IdRatio> = {};
  for (let k = 0; k < main.length; k++) {
    atLeast[main[k]!.code] = idRatio(l.atLeast[k]!, recorded);
    below[main[k]!.code] = idRatio(l.below[k]!, recorded);
  }
  return {
    population: idCount(l.population),
    noRecord: idCount(noRecord),
    levels: main.map((level, k) => ({ code: level.code, count: l.bucket[k + 1]!.length, ids: l.bucket[k + 1]! })),
    atLeast,
    below,
  };
}

/** {@link counts} from the counts per bucket at `n[b..b+B)` alone, every `ids` empty (`ids: false`). */
function countsOf(n: Int32Array, b: number, main: readonly Level[]): EducationCounts {
  const B = main.length + 1;
  let total = 0;
  for (let k = 0; k < B; k++) total += n[b + k]!;
  const recorded = total - n[b]!;
  const ratio = (count: number): IdRatio => ({ numerator: count, denominator: recorded, ratio: recorded === 0 ? null : count / recorded, ids: NO_IDS });
  const atLeast: Record<string, IdRatio> = {};
  const below: Record<string, IdRatio> = {};
  let higher = recorded;
  for (let k = 0; k < main.length; k++) {
    atLeast[main[k]!.code] = ratio(higher);
    below[main[k]!.code] = ratio(recorded - higher);
    higher -= n[b + k + 1]!;
  }
  return {
    population: countOnly(total),
    noRecord: countOnly(n[b]!),
    levels: main.map((level, k) => ({ code: level.code, count: n[b + k + 1]!, ids: NO_IDS })),
    atLeast,
    below,
  };
}

/**
 * How many people of a population had reached each level of a scale on a date, with the ids
 * behind every count; optionally per commune or per organization.
 *
 * - A person's level is their highest qualification on the scale dated on or before `asOf`
 *   (see {@link levelAt}: an undated qualification counts at every date, a date of reduced
 *   precision from its first day). Grades and equivalent levels count with their main level
 *   (`"9/12"` as lower secondary, cử nhân chính trị as cao cấp).
 * - People with no qualification on the scale are `noRecord`; `levels` and `noRecord` add up
 *   to the population. `atLeast` and `below` are over those with a record.
 * - The population is cadres by default (anyone holding a post in an organization of the
 *   political system on the date); see {@link Population}.
 * - One pass over the qualification columns and one over the population's source columns.
 *
 * @param options - `scale`, `asOf` (default the dataset's), `population`, `groupBy`, `ids`
 *   (`false`: the counts without the lists of people)
 * @throws {GrassrootsError} `invalid-argument` for bad options or a missing date;
 *   `invalid-date`; `unknown-scale`; `unknown-level` for a record whose code is not on the scale.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "ubnd", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee" }],
 *   people: [{ id: "a", name: "Lò Văn A" }, { id: "b", name: "Lò Thị B" }, { id: "c", name: "Tao Văn C" }],
 *   posts: [
 *     { personId: "a", role: "chair", organizationId: "ubnd" },
 *     { personId: "b", role: "civil-servant", organizationId: "ubnd" },
 *     { personId: "c", role: "civil-servant", organizationId: "ubnd" },
 *   ],
 *   qualifications: [
 *     { personId: "a", scale: "general-education", level: "12/12" },
 *     { personId: "b", scale: "general-education", level: "4/12" },
 *   ],
 * });
 * const p = educationProfile(ds, { scale: "general-education", asOf: "2013-06-30" });
 * p.levels.map((l) => [l.code, l.count]);
 * //=> [["below-primary", 1], ["primary", 0], ["lower-secondary", 0], ["upper-secondary", 1]]
 * p.noRecord.ids;              //=> ["c"]
 * p.below["primary"].ids;      //=> ["b"]
 * p.atLeast["upper-secondary"]; //=> { numerator: 1, denominator: 2, ratio: 0.5, ids: ["a"] }
 * ```
 */
export function educationProfile(dataset: Dataset, options: EducationProfileOptions): EducationProfile {
  const fn = "educationProfile";
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: expected an options object`);
  const info = scaleInfo(options.scale, fn);
  const { asOf, day } = asOfDay(dataset, options.asOf, fn);
  const listIds = wantsIds((options as { ids?: unknown }).ids, fn);
  const pop = resolvePopulation(options.population, fn);
  const groupBy = resolveGroupBy(options.groupBy, fn);
  const ix = datasetIndex(dataset);
  const test = populationTest(ix, pop, day, fn);
  const table = rankTable(ix, info, fn);
  const s = SCALE_IDS.indexOf(info.scale.id);
  const quals = qualificationsByPerson(ix);
  const main = info.mainByRank;
  const ids = ix.people.ids;
  const np = ix.people.count;
  const B = main.length + 1;
  const orgGroup = groupBy === undefined ? undefined : organizationGroups(ix, groupBy);
  const nGroups = groupBy === undefined ? 0 : groupIds(ix, groupBy).length;
  const scratch: GroupScratch = { values: new Int32Array(8) };

  // Two walks over the people of the population in dataset order: count per bucket (and
  // group), then list into arrays of the sizes counted. A person counts in each of their groups.
  const mask = acquireMask(ix);
  const n = new Int32Array(B);
  const slots = groupSlots(nGroups);
  const groupCounts: number[] = []; // B per group slot
  let all: Lists;
  const byGroup: Lists[] = [];
  let ungroupedCount = 0;
  let ungrouped: string[];
  try {
    fillPopulationMask(test, mask);
    for (let p = 0; p < np; p++) {
      if (mask[p] === 0) continue;
      const b = personRank(ix, quals, s, table, p, day) + 1;
      mask[p] = b + 1; // kept for the second walk
      n[b]!++;
      if (orgGroup === undefined) continue;
      const k = groupsOf(test, p, groupBy!, orgGroup, scratch);
      if (k === 0) ungroupedCount++;
      for (let i = 0; i < k; i++) {
        const slot = slotOf(slots, scratch.values[i]!);
        if (slot * B === groupCounts.length) for (let j = 0; j < B; j++) groupCounts.push(0);
        groupCounts[slot * B + b]!++;
      }
    }
    if (!listIds) {
      // Counts only: the first walk is all it takes.
      const gn = Int32Array.from(groupCounts);
      const result = { scale: info.scale.id, asOf, ...countsOf(n, 0, main) };
      if (groupBy === undefined) return result;
      const names = groupIds(ix, groupBy);
      const out = slotsInGroupOrder(slots).map((slot): EducationGroup => ({ id: names[slots.rows[slot]!]!, ...countsOf(gn, slot * B, main) }));
      return { ...result, groups: out, ungrouped: countOnly(ungroupedCount) };
    }
    all = lists(n, 0, B);
    const gn = Int32Array.from(groupCounts);
    for (let slot = 0; slot < slots.rows.length; slot++) byGroup.push(lists(gn, slot * B, B));
    ungrouped = new Array<string>(ungroupedCount);
    let u = 0;
    for (let p = 0; p < np; p++) {
      if (mask[p] === 0) continue;
      const r = mask[p]! - 2;
      put(all, ids[p]!, r);
      if (orgGroup === undefined) continue;
      const k = groupsOf(test, p, groupBy!, orgGroup, scratch);
      if (k === 0) ungrouped[u++] = ids[p]!;
      for (let j = 0; j < k; j++) put(byGroup[slots.slotOf[scratch.values[j]!]!]!, ids[p]!, r);
    }
  } finally {
    releaseMask(ix, mask);
  }

  const result = { scale: info.scale.id, asOf, ...counts(all, main) };
  if (groupBy === undefined) return result;
  const names = groupIds(ix, groupBy);
  const out = slotsInGroupOrder(slots).map((slot): EducationGroup => ({ id: names[slots.rows[slot]!]!, ...counts(byGroup[slot]!, main) }));
  return { ...result, groups: out, ungrouped: idCount(ungrouped) };
}

/**
 * @internal The counts of {@link educationProfile} on one scale, without its lists: what a
 * report keeps. `bucket[i]` is the bucket of person row `rows[i]`: 0 no record on the scale,
 * k + 1 main level k; {@link educationShare} lists the people below or at least a level from it.
 */
export interface ScaleBuckets {
  readonly scale: ScaleId;
  /** The codes of the main levels, lowest first. */
  readonly codes: readonly string[];
  /** The person rows of the population, ascending. */
  readonly rows: Int32Array;
  readonly bucket: Uint8Array;
  /** Per bucket: [0] no record, [k + 1] main level k. */
  readonly counts: Int32Array;
}

/**
 * @internal {@link educationProfile}'s counts on each built-in scale (in SCALE_IDS order) over
 * the population given by its person rows in ascending order (see `populationRows`), in one walk
 * over each person's qualifications; see {@link ScaleBuckets}.
 */
export function scaleBuckets(ix: DatasetIndex, day: number, rows: Int32Array): ScaleBuckets[] {
  const fn = "educationProfile";
  const infos = SCALE_IDS.map((s) => scaleInfo(s, fn));
  const tables = rankTables(ix, infos, fn);
  const quals = qualificationsByPerson(ix);
  const NS = infos.length;
  const ranks = new Int8Array(NS);
  const buckets = infos.map(() => new Uint8Array(rows.length));
  const counts = infos.map((info) => new Int32Array(info.mainByRank.length + 1));
  for (let i = 0; i < rows.length; i++) {
    personRanks(ix, quals, tables, rows[i]!, day, ranks, 0);
    for (let s = 0; s < NS; s++) {
      const b = ranks[s]! + 1;
      buckets[s]![i] = b;
      counts[s]![b]!++;
    }
  }
  return infos.map((info, s) => ({ scale: info.scale.id, codes: info.mainByRank.map((l) => l.code), rows, bucket: buckets[s]!, counts: counts[s]! }));
}

/**
 * @internal `educationProfile(...).below[code]` (`"below"`) or `.atLeast[code]` (`"atLeast"`)
 * from the buckets of {@link scaleBuckets}, the same ids in the same order; `undefined` when
 * the scale has no main level `code`.
 */
export function educationShare(ix: DatasetIndex, b: ScaleBuckets, which: "below" | "atLeast", code: string): IdRatio | undefined {
  const k = b.codes.indexOf(code);
  if (k < 0) return undefined;
  // Buckets 1 .. k are the ranks below k; k + 1 and above, the ranks at least k.
  const lo = which === "below" ? 1 : k + 1;
  const hi = which === "below" ? k : b.codes.length;
  let n = 0;
  for (let j = lo; j <= hi; j++) n += b.counts[j]!;
  const out = new Array<string>(n);
  const { rows, bucket } = b;
  const ids = ix.people.ids;
  if (n > 0) {
    for (let i = 0, j = 0; i < rows.length; i++) {
      const x = bucket[i]!;
      if (x >= lo && x <= hi) out[j++] = ids[rows[i]!]!;
    }
  }
  return idRatio(out, rows.length - b.counts[0]!);
}
