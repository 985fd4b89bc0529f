/**
 * Structure checks of a cadre planning pool or a party committee (DOMAIN.md §5, rules R35 and
 * R37): share of women, share of young cadres, and the three age groups.
 *
 * Ages are whole years on `asOf` from the birth date (a birth date known only to the year or
 * month counts from its first day), with the month-end rule of `officialDueDate`.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { ROLES } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { asOfOption, latestBirthForAge } from "./lifecycle.js";
import { PLANNING_QD_50_2022, THREE_AGE_GROUPS_CT_35_2019, type AgeGroupTarget, type AgeStructureRules, type PlanningRules } from "./planning-targets.js";

/** Options of {@link planningStructure}: the pool is `personIds`, or the committee of `organizationId`. */
export interface PlanningStructureOptions {
  /** The date of the check, `YYYY-MM-DD`; default `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /** The people of the pool (a planning list is not part of the dataset). */
  readonly personIds?: readonly string[] | undefined;
  /**
   * Instead of `personIds`: the committee (cấp ủy) of this party organization on `asOf`, that is
   * the distinct holders of its `secretary`, `deputy-secretary`, `standing-committee-member` and
   * `committee-member` posts.
   */
  readonly organizationId?: string | undefined;
  /** Level of the planning, for the age limit of "young"; default `"province"`. */
  readonly level?: "central" | "province" | "district" | undefined;
  /** Targets for women and young cadres; default {@link PLANNING_QD_50_2022}. */
  readonly rules?: PlanningRules | undefined;
  /** Age groups; default {@link THREE_AGE_GROUPS_CT_35_2019}. */
  readonly ageGroups?: AgeStructureRules | undefined;
}

/** A share of the pool checked against a target. */
export interface PlanningShare {
  readonly numerator: number;
  /** The whole pool (people of unknown gender or age count in it and never in the numerator). */
  readonly denominator: number;
  /** numerator / denominator, `null` for an empty pool. */
  readonly ratio: number | null;
  /** The people counted in the numerator, in dataset order. */
  readonly personIds: readonly string[];
  /** The minimum share, when there is one. */
  readonly min?: number;
  /** The maximum share, when there is one. */
  readonly max?: number;
  /** Whether the share is within the bounds; `null` for an empty pool or a share without bounds. */
  readonly meets: boolean | null;
}

/** The result of {@link planningStructure}. */
export interface PlanningStructure {
  readonly asOf: string;
  /** The people checked, in dataset order. */
  readonly personIds: readonly string[];
  readonly women: PlanningShare;
  /** Young cadres: younger than `underYears`. */
  readonly young: PlanningShare & { readonly underYears: number };
  /** One share per age group, in the order of the rules. */
  readonly ageGroups: readonly (PlanningShare & { readonly code: string })[];
  /** People whose gender is unknown. */
  readonly unknownGender: readonly string[];
  /** People whose birth date is unknown (or who were not born by `asOf`). */
  readonly unknownAge: readonly string[];
}

/** 1 for the roles that make up a committee (cấp ủy), by index in ROLES. */
const COMMITTEE_ROLE: Uint8Array = Uint8Array.from(ROLES, (r) =>
  r === "secretary" || r === "deputy-secretary" || r === "standing-committee-member" || r === "committee-member" ? 1 : 0,
);

function share(ids: string[], total: number, min: number | undefined, max: number | undefined): PlanningShare {
  const ratio = total === 0 ? null : ids.length / total;
  const meets = ratio === null || (min === undefined && max === undefined) ? null : (min === undefined || ratio >= min) && (max === undefined || ratio <= max);
  const out: { -readonly [K in keyof PlanningShare]: PlanningShare[K] } = { numerator: ids.length, denominator: total, ratio, personIds: ids, meets };
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  return out;
}

/**
 * Checks the structure of a planning pool or a committee on a date: the share of women against
 * the minimum (25%), the share of young cadres (under 40 for provincial and district planning,
 * under 45 for central planning) against the minimum (15%), and the three age groups of
 * Chỉ thị 35 (under 40 ≥ 10%, 40–50 from 40% to 50%, the rest over 50). Every share is of the
 * whole pool.
 *
 * @param dataset - A parsed dataset.
 * @param options - `personIds` or `organizationId`, and `asOf`, `level`, `rules`, `ageGroups`.
 * @returns The shares, each with the people behind it and whether it meets its target.
 * @throws {GrassrootsError} `invalid-argument` without a pool (or with both kinds), for an
 *   unknown id, or without a date.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   people: [
 *     { id: "a", name: "Lò Thị A", gender: "female", birthDate: "1990-05-01" },
 *     { id: "b", name: "Lò Văn B", gender: "male", birthDate: "1980-05-01" },
 *     { id: "c", name: "Lò Văn C", gender: "male", birthDate: "1976-05-01" },
 *     { id: "d", name: "Lò Văn D", gender: "male", birthDate: "1966-05-01" },
 *   ],
 * });
 * const s = planningStructure(ds, { asOf: "2025-06-30", personIds: ["a", "b", "c", "d"] });
 * [s.women.ratio, s.women.meets];   //=> [0.25, true]
 * [s.young.personIds, s.young.meets]; //=> [["a"], true]
 * s.ageGroups.map((g) => [g.code, g.numerator, g.meets]);
 * //=> [["under-40", 1, true], ["40-50", 2, true], ["over-50", 1, null]]
 * ```
 */
export function planningStructure(dataset: Dataset, options: PlanningStructureOptions): PlanningStructure {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", "planningStructure: options are required");
  const { asOf, day } = asOfOption(dataset, options.asOf, "planningStructure");
  const rules = options.rules ?? PLANNING_QD_50_2022;
  const groups: readonly AgeGroupTarget[] = (options.ageGroups ?? THREE_AGE_GROUPS_CT_35_2019).groups;
  const level = options.level ?? "province";
  const under = rules.youngUnderYears[level];
  if (under === undefined) throw new GrassrootsError("invalid-argument", `planningStructure: level must be "central", "province" or "district"`);
  const ix = datasetIndex(dataset);
  const pc = ix.people;
  const inPool = new Uint8Array(pc.count);
  if ((options.personIds === undefined) === (options.organizationId === undefined)) {
    throw new GrassrootsError("invalid-argument", "planningStructure: give either personIds or organizationId");
  }
  if (options.personIds !== undefined) {
    if (!Array.isArray(options.personIds)) throw new GrassrootsError("invalid-argument", "planningStructure: personIds must be an array of ids");
    for (const id of options.personIds) {
      const p = pc.rowOf(id);
      if (p < 0) throw new GrassrootsError("invalid-argument", `planningStructure: no person with id ${JSON.stringify(id)}`);
      inPool[p] = 1;
    }
  } else {
    const o = ix.organizations.rowOf(options.organizationId!);
    if (o < 0) throw new GrassrootsError("invalid-argument", `planningStructure: no organization with id ${JSON.stringify(options.organizationId)}`);
    const t = ix.posts;
    for (let i = 0; i < t.count; i++) {
      if (t.organization[i] === o && t.start[i]! <= day && t.end[i]! >= day && COMMITTEE_ROLE[t.role[i]!] === 1) inPool[t.person[i]!] = 1;
    }
  }
  // Birth-day bounds of each age group and of "young".
  const youngAfter = latestBirthForAge(day, under);
  const lo = groups.map((g) => (g.toYears === undefined ? -Infinity : latestBirthForAge(day, g.toYears + 1)));
  const hi = groups.map((g) => (g.fromYears === undefined ? day : latestBirthForAge(day, g.fromYears)));
  const ids: string[] = [];
  const women: string[] = [];
  const young: string[] = [];
  const unknownGender: string[] = [];
  const unknownAge: string[] = [];
  const byGroup: string[][] = groups.map(() => []);
  const FEMALE = 2;
  for (let p = 0; p < pc.count; p++) {
    if (inPool[p] === 0) continue;
    const id = pc.ids[p]!;
    ids.push(id);
    const g = pc.gender[p]!;
    if (g === 0) unknownGender.push(id);
    else if (g === FEMALE) women.push(id);
    const b = pc.birth[p]!;
    if (pc.birthPrecision[p] === 0 || b > day) {
      unknownAge.push(id);
      continue;
    }
    if (b > youngAfter) young.push(id);
    for (let k = 0; k < groups.length; k++) if (b > lo[k]! && b <= hi[k]!) byGroup[k]!.push(id);
  }
  const n = ids.length;
  return {
    asOf,
    personIds: ids,
    women: share(women, n, rules.womenMin, undefined),
    young: { ...share(young, n, rules.youngMin, undefined), underYears: under },
    ageGroups: groups.map((g, k) => ({ code: g.code, ...share(byGroup[k]!, n, g.min, g.max) })),
    unknownGender,
    unknownAge,
  };
}
