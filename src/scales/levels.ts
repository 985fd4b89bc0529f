/**
 * Comparing levels on a scale, and the level a person had reached on a date.
 *
 * A person's level on a scale on a date is the highest-ranked level among their qualifications
 * on that scale reached on or before the date. A qualification with no date counts at every
 * date (the record says the person has the level, not since when), and a date of reduced
 * precision counts from the first day of its period (`"2015"` from 2015-01-01), as everywhere
 * in the model (see {@link isInForce}).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { SCALE_IDS, type ScaleId } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { SCALES } from "./catalog.js";
import type { Level, Scale } from "./types.js";

/**
 * A scale, or the id of a built-in scale.
 *
 * @example
 * ```ts
 * const refs: ScaleRef[] = ["professional", PROFESSIONAL];
 * refs.map((r) => levelRank(r, "master")); //=> [5, 5]
 * ```
 */
export type ScaleRef = Scale | ScaleId;

interface ScaleInfo {
  readonly scale: Scale;
  readonly byCode: ReadonlyMap<string, Level>;
  /** The main level of each rank, by rank. */
  readonly mainByRank: readonly Level[];
}

const infos = new WeakMap<Scale, ScaleInfo>();

function checkScale(scale: Scale): ScaleInfo {
  const byCode = new Map<string, Level>();
  const mainByRank: Level[] = [];
  const bad = (why: string): never => {
    throw new GrassrootsError("invalid-argument", `Scale ${JSON.stringify(scale.id)}: ${why}`);
  };
  if (!Array.isArray(scale.levels) || scale.levels.length === 0) bad("expected a non-empty array of levels");
  for (const l of scale.levels) {
    if (typeof l?.code !== "string" || l.code === "") bad("every level needs a code");
    if (byCode.has(l.code)) bad(`the level code ${JSON.stringify(l.code)} appears twice`);
    if (!Number.isInteger(l.rank) || l.rank < 0 || l.rank > 100) bad(`the rank of ${JSON.stringify(l.code)} must be an integer from 0 to 100`);
    byCode.set(l.code, l);
    if (l.equivalentTo === undefined) {
      if (mainByRank[l.rank] !== undefined) bad(`rank ${l.rank} has two main levels, ${JSON.stringify(mainByRank[l.rank]!.code)} and ${JSON.stringify(l.code)}`);
      mainByRank[l.rank] = l;
    }
  }
  for (let r = 0; r < mainByRank.length; r++) if (mainByRank[r] === undefined) bad(`rank ${r} has no main level (ranks run from 0 without gaps)`);
  for (const l of scale.levels) {
    if (l.equivalentTo === undefined) continue;
    const main = byCode.get(l.equivalentTo);
    if (main === undefined || main.equivalentTo !== undefined || main.rank !== l.rank) {
      bad(`${JSON.stringify(l.code)} must be equivalent to a main level of the same rank`);
    }
  }
  return { scale, byCode, mainByRank };
}

/** @internal A scale (checked once, then cached) from a scale object or a built-in id. */
export function scaleInfo(ref: ScaleRef, fn: string): ScaleInfo {
  let scale: Scale;
  if (typeof ref === "string") {
    if (!Object.prototype.hasOwnProperty.call(SCALES, ref)) {
      throw new GrassrootsError("unknown-scale", `${fn}: unknown scale ${JSON.stringify(ref)}; expected one of ${SCALE_IDS.join(", ")}`);
    }
    scale = SCALES[ref];
  } else if (typeof ref === "object" && ref !== null && typeof ref.id === "string") {
    if (!(SCALE_IDS as readonly string[]).includes(ref.id)) {
      throw new GrassrootsError("unknown-scale", `${fn}: unknown scale ${JSON.stringify(ref.id)}; expected one of ${SCALE_IDS.join(", ")}`);
    }
    scale = ref;
  } else {
    throw new GrassrootsError("invalid-argument", `${fn}: expected a scale or a scale id`);
  }
  let info = infos.get(scale);
  if (info === undefined) {
    info = checkScale(scale);
    infos.set(scale, info);
  }
  return info;
}

/** @internal The level of a code on a scale; throws `unknown-level` when it is not on it. */
export function levelOf(info: ScaleInfo, code: string, fn: string): Level {
  const l = typeof code === "string" ? info.byCode.get(code) : undefined;
  if (l === undefined) {
    throw new GrassrootsError("unknown-level", `${fn}: ${JSON.stringify(code)} is not a level of the scale ${JSON.stringify(info.scale.id)}`);
  }
  return l;
}

/**
 * Compares two levels of a scale by rank: `-1` when `a` is lower, `0` when they are equivalent,
 * `1` when `a` is higher. Equivalent levels (cử nhân chính trị and cao cấp; the grade 12/12 and
 * upper secondary) compare equal.
 *
 * @param scale - a scale, or the id of a built-in scale
 * @throws {GrassrootsError} `unknown-scale` for an unknown scale id; `unknown-level` when a code
 *   is not on the scale.
 * @example
 * ```ts
 * compareLevels(POLITICAL_THEORY, "intermediate", "advanced"); //=> -1
 * compareLevels("political-theory", "bachelor-politics", "advanced"); //=> 0
 * compareLevels("general-education", "9/12", "primary"); //=> 1
 * [..."doctor,none,bachelor".split(",")].sort((a, b) => compareLevels("professional", a, b)); //=> ["none", "bachelor", "doctor"]
 * ```
 */
export function compareLevels(scale: ScaleRef, a: string, b: string): -1 | 0 | 1 {
  const info = scaleInfo(scale, "compareLevels");
  const ra = levelOf(info, a, "compareLevels").rank;
  const rb = levelOf(info, b, "compareLevels").rank;
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/**
 * The rank of a level on its scale (0 for the lowest; equivalent levels share a rank).
 *
 * @throws {GrassrootsError} `unknown-scale`, `unknown-level`.
 * @example
 * ```ts
 * levelRank("professional", "master"); //=> 5
 * levelRank("general-education", "12/12") === levelRank("general-education", "upper-secondary"); //=> true
 * ```
 */
export function levelRank(scale: ScaleRef, code: string): number {
  const info = scaleInfo(scale, "levelRank");
  return levelOf(info, code, "levelRank").rank;
}

/**
 * The main level a code counts as: itself for a main level, the level it completes for a grade,
 * the level it is equivalent to otherwise.
 *
 * @throws {GrassrootsError} `unknown-scale`, `unknown-level`.
 * @example
 * ```ts
 * mainLevel("general-education", "9/12");            //=> "lower-secondary"
 * mainLevel("general-education", "3/12");            //=> "below-primary"
 * mainLevel("general-education", "10/10");           //=> "upper-secondary"
 * mainLevel("political-theory", "bachelor-politics"); //=> "advanced"
 * mainLevel("professional", "bachelor");             //=> "bachelor"
 * ```
 */
export function mainLevel(scale: ScaleRef, code: string): string {
  const info = scaleInfo(scale, "mainLevel");
  return info.mainByRank[levelOf(info, code, "mainLevel").rank]!.code;
}

/**
 * The main levels of a scale, lowest first: one per rank, without grades and equivalents. These
 * are the rows metrics count by.
 *
 * @throws {GrassrootsError} `unknown-scale`.
 * @example
 * ```ts
 * mainLevels("political-theory"); //=> ["none", "elementary", "intermediate", "advanced"]
 * ```
 */
export function mainLevels(scale: ScaleRef): string[] {
  return scaleInfo(scale, "mainLevels").mainByRank.map((l) => l.code);
}

// ---------------------------------------------------------------------------------------------
// Over the columnar index.

/**
 * @internal Rank of each level code of the index on a scale: `table[levelIndex]`, where
 * levelIndex is the value in `ix.qualifications.level` for this scale. Codes the index knows but
 * the scale does not get -2. Throws `unknown-level` if a qualification uses such a code.
 */
export function rankTable(ix: DatasetIndex, info: ScaleInfo, fn: string): Int8Array {
  const codes = ix.qualifications.levelCodes[info.scale.id];
  const table = new Int8Array(codes.length);
  let unknown = false;
  for (let i = 0; i < codes.length; i++) {
    const l = info.byCode.get(codes[i]!);
    if (l === undefined) unknown = true;
    table[i] = l === undefined ? -2 : l.rank;
  }
  if (unknown) {
    // Rare (a custom catalog or scale): find a qualification that uses such a code.
    const q = ix.qualifications;
    const s = SCALE_IDS.indexOf(info.scale.id);
    for (let r = 0; r < q.count; r++) {
      if (q.scale[r] === s && table[q.level[r]!] === -2) {
        throw new GrassrootsError(
          "unknown-level",
          `${fn}: qualifications[${r}] has the level ${JSON.stringify(codes[q.level[r]!])}, which is not on the scale ${JSON.stringify(info.scale.id)}`,
        );
      }
    }
  }
  return table;
}

/** @internal The rank tables of every scale in one: `flat[offset[s] + levelIndex]`, `s` the index in SCALE_IDS. */
export interface RankTables {
  readonly flat: Int8Array;
  readonly offset: Int32Array;
}

/** @internal Rank tables of the four scales (see {@link rankTable}). */
export function rankTables(ix: DatasetIndex, infos: readonly ScaleInfo[], fn: string): RankTables {
  const tables = infos.map((info) => rankTable(ix, info, fn));
  const offset = new Int32Array(tables.length);
  let total = 0;
  tables.forEach((t, s) => {
    offset[s] = total;
    total += t.length;
  });
  const flat = new Int8Array(total);
  tables.forEach((t, s) => flat.set(t, offset[s]!));
  return { flat, offset };
}

/**
 * @internal The rank person row `p` had reached on `day` on the scale at index `s` of
 * SCALE_IDS (`table` from {@link rankTable}), -1 for none: their qualifications on it dated on or
 * before the day (undated: always).
 */
export function personRank(ix: DatasetIndex, byPerson: ByPerson, s: number, table: Int8Array, p: number, day: number): number {
  const q = ix.qualifications;
  const { offsets, rows } = byPerson;
  let best = -1;
  for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
    const r = rows[i]!;
    if (q.scale[r] !== s || q.date[r]! > day) continue;
    const rank = table[q.level[r]!]!;
    if (rank > best) best = rank;
  }
  return best;
}

/** @internal The ranks person row `p` had reached on `day` on every scale, written to `out[o + s]` (-1 for none). */
export function personRanks(ix: DatasetIndex, byPerson: ByPerson, t: RankTables, p: number, day: number, out: Int8Array, o: number): void {
  const q = ix.qualifications;
  const { offsets, rows } = byPerson;
  const n = t.offset.length;
  for (let s = 0; s < n; s++) out[o + s] = -1;
  for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
    const r = rows[i]!;
    if (q.date[r]! > day) continue;
    const s = q.scale[r]!;
    const rank = t.flat[t.offset[s]! + q.level[r]!]!;
    if (rank > out[o + s]!) out[o + s] = rank;
  }
}

/** @internal Rows grouped by person: `rows[offsets[p] .. offsets[p + 1] - 1]`. */
export interface ByPerson {
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}
const byPersonCache = new WeakMap<DatasetIndex, ByPerson>();

/** @internal Qualification rows grouped by person (dataset order within a person), cached per index. */
export function qualificationsByPerson(ix: DatasetIndex): ByPerson {
  let g = byPersonCache.get(ix);
  if (g !== undefined) return g;
  const np = ix.people.count;
  const q = ix.qualifications;
  const offsets = new Int32Array(np + 1);
  for (let r = 0; r < q.count; r++) offsets[q.person[r]! + 1]!++;
  for (let p = 0; p < np; p++) offsets[p + 1]! += offsets[p]!;
  const fill = offsets.slice(0, np);
  const rows = new Int32Array(q.count);
  for (let r = 0; r < q.count; r++) rows[fill[q.person[r]!]!++] = r;
  g = { offsets, rows };
  byPersonCache.set(ix, g);
  return g;
}

/**
 * The level a person had reached on a scale on a date: the highest-ranked of their
 * qualifications on that scale dated on or before `asOf`, or `undefined` when there is none.
 *
 * - A qualification **with no date counts at every date**: the record says the person has the
 *   level, not since when. A reduced date counts from its first day (`"2015"` from 2015-01-01).
 * - The code is returned as recorded (`"9/12"`, `"bachelor-politics"`); use {@link mainLevel}
 *   for the level it counts as. Among equivalent levels the most recently reached wins (an
 *   undated record counts as the earliest), then the first in dataset order.
 * - The person's qualifications are found through the columnar index, grouped by person once
 *   per dataset, so calling it for every person of a large dataset stays linear.
 *
 * @param asOf - the date, `YYYY-MM-DD`
 * @throws {GrassrootsError} `invalid-argument` for an unknown person; `invalid-date`;
 *   `unknown-scale`; `unknown-level` when a record's code is not on the scale.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   people: [{ id: "p1", name: "Lò Văn Xuân" }],
 *   qualifications: [
 *     { personId: "p1", scale: "political-theory", level: "elementary" },
 *     { personId: "p1", scale: "political-theory", level: "intermediate", date: "2016-05-20" },
 *   ],
 * });
 * levelAt(ds, "p1", "political-theory", "2016-05-19"); //=> "elementary"
 * levelAt(ds, "p1", "political-theory", "2016-05-20"); //=> "intermediate"
 * levelAt(ds, "p1", "professional", "2020-01-01");     //=> undefined
 * ```
 */
export function levelAt(dataset: Dataset, personId: string, scale: ScaleRef, asOf: string): string | undefined {
  const info = scaleInfo(scale, "levelAt");
  const day = toDayNumber(asOf);
  const ix = datasetIndex(dataset);
  const p = ix.people.rowOf(personId);
  if (p < 0) throw new GrassrootsError("invalid-argument", `levelAt: no person with id ${JSON.stringify(personId)}`);
  const { offsets, rows } = qualificationsByPerson(ix);
  const q = ix.qualifications;
  const s = SCALE_IDS.indexOf(info.scale.id);
  const codes = q.levelCodes[info.scale.id];
  let best: Level | undefined;
  let bestDate = 0;
  for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
    const r = rows[i]!;
    if (q.scale[r] !== s || q.date[r]! > day) continue;
    const level = levelOf(info, codes[q.level[r]!]!, "levelAt");
    if (best === undefined || level.rank > best.rank || (level.rank === best.rank && q.date[r]! > bestDate)) {
      best = level;
      bestDate = q.date[r]!;
    }
  }
  return best?.code;
}
