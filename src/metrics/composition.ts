/**
 * Composition of a population on a date by gender, ethnicity, age band, party age or training
 * level.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { GENDERS, SCALE_IDS } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND } from "../model/status.js";
import { latestBirthForAge, peopleBytes } from "../rules/lifecycle.js";
import { partyTimeOnDay } from "../rules/party-age.js";
import { THREE_AGE_GROUPS_CT_35_2019, type AgeBand } from "../rules/planning-targets.js";
import { personRank, qualificationsByPerson, rankTable, scaleInfo, type ScaleRef } from "../scales/levels.js";
import { asOfDay, NO_IDS, wantsIds, type IdCount } from "./coverage-shared.js";
import { inPopulation, populationTest, resolvePopulation, type IdRatio, type Population } from "./population.js";

/** What {@link composition} breaks a population down by. */
export type CompositionDimension = "gender" | "ethnicity" | "age" | "party-age" | "education";

/**
 * Party-age bands used by default for `by: "party-age"`: under 10, 10–19, 20–29, 30–39 and 40
 * years or more. A presentation choice, not a regulation (the badge milestones start at 30).
 *
 * @example
 * ```ts
 * PARTY_AGE_BANDS.map((b) => b.code); //=> ["under-10", "10-19", "20-29", "30-39", "40-plus"]
 * ```
 */
export const PARTY_AGE_BANDS: readonly AgeBand[] = Object.freeze([
  Object.freeze({ code: "under-10", toYears: 9 }),
  Object.freeze({ code: "10-19", fromYears: 10, toYears: 19 }),
  Object.freeze({ code: "20-29", fromYears: 20, toYears: 29 }),
  Object.freeze({ code: "30-39", fromYears: 30, toYears: 39 }),
  Object.freeze({ code: "40-plus", fromYears: 40 }),
]);

/** Options of {@link composition}. */
export interface CompositionOptions {
  /** The date, `YYYY-MM-DD`; default the dataset's `asOf`. */
  readonly asOf?: string | undefined;
  /** Who is counted; default `"party-members"`. See `Population`. */
  readonly population?: Population | undefined;
  /** The breakdown. */
  readonly by: CompositionDimension;
  /**
   * Bands for `age` (default: the three age groups of Chỉ thị 35, under 40 / 40–50 / over 50)
   * and `party-age` (default {@link PARTY_AGE_BANDS}): whole years, ascending, not overlapping.
   */
  readonly bands?: readonly AgeBand[] | undefined;
  /** The scale for `education`; default `"general-education"`. */
  readonly scale?: ScaleRef | undefined;
  /**
   * List the person ids behind each count (default `true`). `false` gives the same counts with
   * every `ids` empty, when only the figures are wanted.
   */
  readonly ids?: boolean | undefined;
}

/** One group of a composition: the people in it over the whole population. */
export interface CompositionGroup extends IdRatio {
  /** `male` / `female`; the ethnicity as recorded; a band code; a main level code of the scale. */
  readonly code: string;
}

/** The result of {@link composition}. */
export interface Composition {
  readonly asOf: string;
  readonly by: CompositionDimension;
  /** Everyone counted, in dataset order. */
  readonly population: IdCount;
  /**
   * The groups, each over the whole population: genders in code order, ethnicities by size
   * (then first appearance), bands in the given order, levels lowest first. Every band and level
   * is listed, even when empty.
   */
  readonly groups: readonly CompositionGroup[];
  /**
   * People with no value: unknown gender, ethnicity or birth date; not a party member on the date
   * (party age); no qualification on the scale by the date (education); or a value in no band.
   * With `groups` it adds up to the population.
   */
  readonly unknown: IdRatio;
}

function checkBands(bands: readonly AgeBand[], fn: string): void {
  if (!Array.isArray(bands) || bands.length === 0) throw new GrassrootsError("invalid-argument", `${fn}: bands must be a non-empty array`);
  let prevTo = -1;
  const codes = new Set<string>();
  for (let k = 0; k < bands.length; k++) {
    const b = bands[k]!;
    const bad = (why: string): never => {
      throw new GrassrootsError("invalid-argument", `${fn}: band ${k} ${why}`);
    };
    if (typeof b?.code !== "string" || b.code === "" || codes.has(b.code)) bad("needs a code of its own");
    codes.add(b.code);
    const from = b.fromYears ?? 0;
    if (!Number.isInteger(from) || from < 0) bad("fromYears must be a whole number ≥ 0");
    if (b.toYears !== undefined && (!Number.isInteger(b.toYears) || b.toYears < from)) bad("toYears must be a whole number ≥ fromYears");
    if (from <= prevTo) bad("overlaps the band before it (bands must be ascending)");
    if (b.toYears === undefined && k < bands.length - 1) bad("has no upper end but is not the last");
    prevTo = b.toYears ?? Number.MAX_SAFE_INTEGER;
  }
}

/**
 * The composition of a population on a date: how many people fall in each group of a
 * dimension, each with its share of the whole population and the ids behind it.
 *
 * - `gender`, `ethnicity`: as recorded.
 * - `age`: whole years on `asOf` from the birth date (a birth date known only to the year or the
 *   month counts from its first day), month ends as in `officialDueDate`.
 * - `party-age`: the party age on `asOf` of those who are members that day (see `partyAge`:
 *   from the first admission, minus the time without membership).
 * - `education`: the level reached by `asOf` on `scale` (see `levelAt`), counted under its main
 *   level.
 *
 * One pass over the people, with no array the size of the people allocated per call.
 *
 * @param dataset - A parsed dataset.
 * @param options - `by`, and `asOf`, `population`, `bands`, `scale`, `ids` (`false`: the counts without the lists of people).
 * @returns The groups and the unknowns.
 * @throws {GrassrootsError} `invalid-argument` for a bad dimension, population or bands, or a
 *   missing date; `invalid-date`; `unknown-scale`; `unknown-level` for a record not on the scale.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" }],
 *   people: [
 *     { id: "a", name: "Lò Thị A", gender: "female", ethnicity: "Thái", birthDate: "1990-03-01" },
 *     { id: "b", name: "Giàng A B", gender: "male", ethnicity: "Mông", birthDate: "1975" },
 *     { id: "c", name: "Lò Văn C", gender: "male", ethnicity: "Thái" },
 *   ],
 *   memberships: ["a", "b", "c"].map((p) => ({ personId: p, organizationId: "cb", startDate: "2015-05-19", officialDate: "2016-05-19" })),
 * });
 * composition(ds, { asOf: "2025-06-30", by: "gender" }).groups.map((g) => [g.code, g.numerator]);
 * //=> [["male", 2], ["female", 1]]
 * composition(ds, { asOf: "2025-06-30", by: "ethnicity" }).groups[0]; //=> { code: "Thái", numerator: 2, denominator: 3, ratio: 2 / 3, ids: ["a", "c"] }
 * const ages = composition(ds, { asOf: "2025-06-30", by: "age" });
 * ages.groups.map((g) => [g.code, g.ids]); //=> [["under-40", ["a"]], ["40-50", ["b"]], ["over-50", []]]
 * ages.unknown.ids;                        //=> ["c"]
 * ```
 */
export function composition(dataset: Dataset, options: CompositionOptions): Composition {
  const fn = "composition";
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: options { by } are required`);
  const by = options.by;
  if (by !== "gender" && by !== "ethnicity" && by !== "age" && by !== "party-age" && by !== "education") {
    throw new GrassrootsError("invalid-argument", `${fn}: by must be "gender", "ethnicity", "age", "party-age" or "education"`);
  }
  const { asOf, day } = asOfDay(dataset, options.asOf, fn);
  const listIds = wantsIds((options as { ids?: unknown }).ids, fn);
  const pop = resolvePopulation(options.population ?? "party-members", fn);
  const ix = datasetIndex(dataset);
  const pc = ix.people;
  const np = pc.count;
  const ids = pc.ids;
  const test = populationTest(ix, pop, day, fn);
  const m = ix.memberships;
  const oKind = ix.organizations.kind;

  // The group codes, and what each dimension needs.
  let codes: string[];
  const dim = by === "gender" ? 0 : by === "ethnicity" ? 1 : by === "education" ? 2 : by === "age" ? 3 : 4;
  let scaleIndex = 0;
  let rankTableOf: Int8Array<ArrayBufferLike> = new Int8Array(0);
  const quals = dim === 2 ? qualificationsByPerson(ix) : undefined;
  let nb = 0;
  let lower = new Float64Array(0);
  let hi = new Float64Array(0);
  let bands: readonly AgeBand[] = [];
  if (dim === 0) codes = [...GENDERS];
  else if (dim === 1) codes = [...pc.ethnicities];
  else if (dim === 2) {
    const info = scaleInfo(options.scale ?? "general-education", fn);
    rankTableOf = rankTable(ix, info, fn);
    scaleIndex = SCALE_IDS.indexOf(info.scale.id);
    codes = info.mainByRank.map((l) => l.code);
  } else {
    bands = options.bands ?? (dim === 3 ? THREE_AGE_GROUPS_CT_35_2019.groups : PARTY_AGE_BANDS);
    checkBands(bands, fn);
    codes = bands.map((b) => b.code);
    nb = bands.length;
    lower = new Float64Array(nb);
    hi = new Float64Array(nb);
  }
  // Day bounds: someone aged within band k has lower[k] < start ≤ hi[k], where start is the birth
  // day (age) or the first admission (party age, for members with no gap).
  const bounds = (d: number): void => {
    for (let k = 0; k < nb; k++) {
      const b = bands[k]!;
      hi[k] = b.fromYears === undefined || b.fromYears === 0 ? d : latestBirthForAge(d, b.fromYears);
      lower[k] = b.toYears === undefined ? -Infinity : latestBirthForAge(d, b.toYears + 1);
    }
  };
  bounds(day);

  const lists: string[][] = codes.map(() => []);
  const unknown: string[] = [];
  const all: string[] = [];
  // With ids: false, counts only (group k at k, unknown at the end).
  const tally = new Int32Array(codes.length + 1);
  let total = 0;
  const out = new Int32Array(3);
  const { personOffsets, personRows } = pc;
  const birth = pc.birth;
  const precision = pc.birthPrecision;
  // Party members of any status: a membership of a party organization in force on the day,
  // marked in one pass over the membership columns (reused scratch, nothing allocated).
  const anyMember = test.kind === 1 && test.status === 0;
  const member = anyMember ? peopleBytes(ix) : undefined;
  if (member !== undefined) {
    const mStart = m.start;
    const mEnd = m.end;
    const mOrg = m.organization;
    const mPerson = m.person;
    for (let r = 0, n = m.count; r < n; r++) {
      if (mStart[r]! <= day && mEnd[r]! >= day && IS_PARTY_KIND[oKind[mOrg[r]!]!] === 1) member[mPerson[r]!] = 1;
    }
  }
  // One pass over the people: in the population? which group?
  for (let p = 0; p < np; p++) {
    if (member !== undefined ? member[p] === 0 : !inPopulation(test, p)) continue;
    total++;
    let g = -1;
    if (dim === 0) g = pc.gender[p]! - 1;
    else if (dim === 1) g = pc.ethnicity[p]! - 1;
    else if (dim === 2) g = personRank(ix, quals!, scaleIndex, rankTableOf, p, day);
    else {
      let start = Number.NaN;
      let gap = 0;
      if (dim === 3) {
        if (precision[p] !== 0) start = birth[p]!;
      } else if (personOffsets[p + 1]! - personOffsets[p]! === 1) {
        // One membership (most people): a member on the day with no gap, counted from its start.
        const r = personRows[personOffsets[p]!]!;
        if (IS_PARTY_KIND[oKind[m.organization[r]!]!] === 1 && m.start[r]! <= day && m.end[r]! >= day) start = m.start[r]!;
      } else if (partyTimeOnDay(ix, p, day, out) && out[1]! >= day) {
        start = out[0]!;
        gap = out[2]!;
      }
      if (start === start) {
        if (gap !== 0) bounds(day - gap); // rare: shift the bounds by the days not counted
        for (let k = 0; k < nb; k++) {
          if (start > lower[k]! && start <= hi[k]!) {
            g = k;
            break;
          }
        }
        if (gap !== 0) bounds(day);
      }
    }
    if (!listIds) tally[g >= 0 ? g : codes.length]!++;
    else {
      const id = ids[p]!;
      all.push(id);
      if (g >= 0) lists[g]!.push(id);
      else unknown.push(id);
    }
  }
  const n = total;
  const share = (k: number): IdRatio => {
    const list = k < codes.length ? lists[k]! : unknown;
    const count = listIds ? list.length : tally[k]!;
    return { numerator: count, denominator: n, ratio: n === 0 ? null : count / n, ids: listIds ? list : NO_IDS };
  };
  let groups: CompositionGroup[] = codes.map((code, k) => ({ code, ...share(k) }));
  if (by === "ethnicity") {
    // Largest first, then first appearance; ethnicities with nobody in the population are left out.
    groups = groups.map((g, k) => ({ g, k })).filter((x) => x.g.numerator > 0).sort((x, y) => y.g.numerator - x.g.numerator || x.k - y.k).map((x) => x.g);
  }
  return { asOf, by, population: { count: n, ids: listIds ? all : NO_IDS }, groups, unknown: share(codes.length) };
}
