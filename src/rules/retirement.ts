/**
 * Retirement under the 2019 Labour Code roadmap (DOMAIN.md §5, rule R38), and what follows
 * from it for cadres: who retires in a window, who can still serve a full term.
 *
 * - The retirement age is the roadmap age of the year in which the person reaches it (Decree
 *   135/2020 Annex I, by month and year of birth); see {@link RETIREMENT_LABOUR_CODE_2019}.
 * - Retirement is at the end of the month in which the person reaches that age (Decree
 *   135/2020 Art. 4); the pension starts the next month.
 * - A birth date known only to the year counts from 1 January, one known to the month from its
 *   first day (Decree 158/2025/NĐ-CP Art. 12, as reported by
 *   https://ja.laodong.vn/xa-hoi/thoi-diem-huong-luong-huu-khi-can-cuoc-khong-ghi-ngay-thang-sinh-1650354.ldo).
 * - Earlier retirement (hard or hazardous work, very difficult areas) and later retirement
 *   (highly qualified people) are not modelled: pass other `rules` for them.
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth, firstDay, formatDay, precisionOf } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { ORGANIZATION_KINDS, type Gender } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { addMonthsToDay, dayOption, peopleBytes } from "./lifecycle.js";
import { RETIREMENT_LABOUR_CODE_2019, type RetirementRoadmap, type RetirementRules, type YearsMonths } from "./retirement-ages.js";

/** What retirement depends on: a birth date and a gender (a `Person` record has both). */
export interface RetirementPerson {
  readonly birthDate?: string | undefined;
  readonly gender?: Gender | undefined;
}

/** Options of the retirement functions. */
export interface RetirementOptions {
  /** Retirement-age rules; default {@link RETIREMENT_LABOUR_CODE_2019}. */
  readonly rules?: RetirementRules | undefined;
}

function months(a: YearsMonths): number {
  return a.years * 12 + a.months;
}

function checkRoadmap(r: RetirementRoadmap): void {
  const ok = [r.before, r.first, r.final].every((a) => Number.isInteger(a.years) && Number.isInteger(a.months) && a.years >= 0 && a.months >= 0);
  if (!ok || !Number.isInteger(r.stepMonths) || r.stepMonths < 0 || r.stepMonths >= 12 || months(r.final) < months(r.first)) {
    throw new GrassrootsError("invalid-argument", "retirement rules: ages must be whole years and months, the step 0–11 months, final ≥ first");
  }
}

/**
 * @internal Month index (year × 12 + month − 1) of the month in which someone born in month
 * index `birthMonth` reaches retirement age, and that age in months. `gender` 1 male, 2 female.
 */
export function retirementMonth(birthMonth: number, gender: number, rules: RetirementRules, out: Int32Array): void {
  const r = gender === 1 ? rules.male : rules.female;
  const before = months(r.before);
  const first = months(r.first);
  const final = months(r.final);
  let year = Math.floor((birthMonth + before) / 12);
  let age = before;
  if (year >= rules.firstYear) {
    // The age of a year applies to those who reach it in that year; the age grows by less than
    // 12 months a year, so the first year whose age is reached within it is the one.
    for (;;) {
      age = Math.min(final, first + r.stepMonths * (year - rules.firstYear));
      const reached = Math.floor((birthMonth + age) / 12);
      if (reached <= year) break;
      year = reached;
    }
  }
  out[0] = birthMonth + age;
  out[1] = age;
}

const scratch = new Int32Array(2);
const OTHER = ORGANIZATION_KINDS.indexOf("other");

function birthMonthOf(person: RetirementPerson, fn: string): number | undefined {
  if (typeof person !== "object" || person === null) throw new GrassrootsError("invalid-argument", `${fn}: expected a person with birthDate and gender`);
  const b = person.birthDate;
  if (b === undefined || person.gender === undefined) return undefined;
  if (typeof b !== "string" || precisionOf(b) === 0) throw new GrassrootsError("invalid-date", `${fn}: birthDate ${JSON.stringify(b)} is not a date`);
  const [y, m] = civilFromDays(firstDay(b));
  return y * 12 + m - 1;
}

function genderCode(g: Gender | undefined, fn: string): number {
  if (g === "male") return 1;
  if (g === "female") return 2;
  throw new GrassrootsError("invalid-argument", `${fn}: gender must be "male" or "female"`);
}

/**
 * The retirement age of a person under the roadmap: the age of the year in which they reach
 * it. `undefined` when the birth date or the gender is unknown.
 *
 * @param person - A person (or anything with `birthDate` and `gender`).
 * @param options - `rules` (default {@link RETIREMENT_LABOUR_CODE_2019}).
 * @returns The age in years and months, or `undefined`.
 * @throws {GrassrootsError} `invalid-date` for a malformed birth date; `invalid-argument` for bad rules.
 * @example
 * ```ts
 * retirementAge({ birthDate: "1961-09-15", gender: "male" });   //=> { years: 60, months: 3 }
 * retirementAge({ birthDate: "1961-10-15", gender: "male" });   //=> { years: 60, months: 6 }
 * retirementAge({ birthDate: "1975-05", gender: "female" });    //=> { years: 60, months: 0 }
 * retirementAge({ birthDate: "1970" });                         //=> undefined
 * ```
 */
export function retirementAge(person: RetirementPerson, options: RetirementOptions = {}): YearsMonths | undefined {
  const b = birthMonthOf(person, "retirementAge");
  if (b === undefined) return undefined;
  const rules = checkedRules(options.rules);
  retirementMonth(b, genderCode(person.gender, "retirementAge"), rules, scratch);
  return { years: Math.floor(scratch[1]! / 12), months: scratch[1]! % 12 };
}

/**
 * The day a person retires under the roadmap: the last day of the month in which they reach
 * their retirement age ({@link retirementAge}), `YYYY-MM-DD`. Exact to the month for every
 * month of birth; `undefined` when the birth date or the gender is unknown.
 *
 * @param person - A person (or anything with `birthDate` and `gender`).
 * @param options - `rules` (default {@link RETIREMENT_LABOUR_CODE_2019}).
 * @returns The retirement date, or `undefined`.
 * @throws {GrassrootsError} `invalid-date` for a malformed birth date; `invalid-argument` for bad rules.
 * @example
 * ```ts
 * retirementDate({ birthDate: "1963-01-20", gender: "male" });   //=> "2023-10-31"
 * retirementDate({ birthDate: "1968-09-02", gender: "female" }); //=> "2025-05-31"
 * retirementDate({ birthDate: "1960-10-01", gender: "male" });   //=> "2020-10-31"
 * retirementDate({ birthDate: "1980", gender: "female" });       //=> "2040-01-31"
 * ```
 */
export function retirementDate(person: RetirementPerson, options: RetirementOptions = {}): string | undefined {
  const b = birthMonthOf(person, "retirementDate");
  if (b === undefined) return undefined;
  const rules = checkedRules(options.rules);
  retirementMonth(b, genderCode(person.gender, "retirementDate"), rules, scratch);
  return formatDay(lastDayOfMonthIndex(scratch[0]!));
}

/** @internal Last day (day number) of the month with index year × 12 + month − 1. */
export function lastDayOfMonthIndex(index: number): number {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, daysInMonth(y, m));
}

function checkedRules(rules: RetirementRules | undefined): RetirementRules {
  const r = rules ?? RETIREMENT_LABOUR_CODE_2019;
  if (rules !== undefined) {
    if (!Number.isInteger(r.firstYear)) throw new GrassrootsError("invalid-argument", "retirement rules: firstYear must be a year");
    checkRoadmap(r.male);
    checkRoadmap(r.female);
  }
  return r;
}

/** Options of {@link canServeFullTerm}. */
export interface FullTermOptions extends RetirementOptions {
  /** First day of the term, `YYYY-MM-DD`. */
  readonly termStart: string;
  /** Length of the term in months; default 60 (one five-year term, Decree 33/2023 Art. 8). */
  readonly termMonths?: number | undefined;
}

/**
 * Whether a person can serve a whole term before retiring: their {@link retirementDate} is on
 * or after the last day of the term (`termMonths` months from `termStart`, minus one day).
 * This is the age condition for a first appointment or a planning pool (rules R30, R31, R35).
 * `undefined` when the birth date or gender is unknown.
 *
 * @param person - A person (or anything with `birthDate` and `gender`).
 * @param options - `termStart`, `termMonths` (default 60), `rules`.
 * @returns Whether the whole term fits before retirement, or `undefined`.
 * @throws {GrassrootsError} `invalid-argument` without `termStart` or with a bad `termMonths`.
 * @example
 * ```ts
 * // Born September 1968, male: 62 years, retires on 30 September 2030.
 * canServeFullTerm({ birthDate: "1968-09-10", gender: "male" }, { termStart: "2025-10-01" }); //=> true
 * canServeFullTerm({ birthDate: "1968-09-10", gender: "male" }, { termStart: "2025-10-02" }); //=> false
 * ```
 */
export function canServeFullTerm(person: RetirementPerson, options: FullTermOptions): boolean | undefined {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", "canServeFullTerm: options { termStart } are required");
  const start = dayOption(options.termStart, "termStart", "canServeFullTerm");
  const termMonths = options.termMonths ?? 60;
  if (!Number.isInteger(termMonths) || termMonths < 1) throw new GrassrootsError("invalid-argument", "canServeFullTerm: termMonths must be a whole number ≥ 1");
  const b = birthMonthOf(person, "canServeFullTerm");
  if (b === undefined) return undefined;
  const rules = checkedRules(options.rules);
  retirementMonth(b, genderCode(person.gender, "canServeFullTerm"), rules, scratch);
  return lastDayOfMonthIndex(scratch[0]!) >= addMonthsToDay(start, termMonths) - 1;
}

/** Options of {@link retirementsDue}. */
export interface RetirementsDueOptions extends RetirementOptions {
  /** First day of the window, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the window, inclusive. */
  readonly to: string;
  /**
   * The people to look at. Default: the cadres on `from`, as the metrics' `"cadres"` population
   * counts them: people holding a post (any role) in an organization of the political system
   * (any kind but `other`) that is in force that day. Posts held for a unit alone (village
   * heads) do not count.
   */
  readonly personIds?: readonly string[] | undefined;
}

/** A person who retires in the window. */
export interface RetirementDue {
  readonly personId: string;
  readonly retirementDate: string;
  readonly age: YearsMonths;
}

/**
 * The people who retire from `from` to `to` (their {@link retirementDate} falls in the
 * window): by default the cadres on `from`, or the given `personIds`. People
 * with an unknown birth date or gender are left out. Sorted by retirement date, then dataset
 * order.
 *
 * @param dataset - A parsed dataset.
 * @param options - `from`, `to`, optional `personIds` and `rules`.
 * @returns The retirements in the window.
 * @throws {GrassrootsError} `invalid-argument` for missing dates, `to` before `from`, or an unknown person id.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "ubnd", name: "Ủy ban nhân dân xã A", kind: "people-committee" }],
 *   people: [
 *     { id: "a", name: "Lò Văn A", birthDate: "1964-03-10", gender: "male" },
 *     { id: "b", name: "Lò Thị B", birthDate: "1969-02-01", gender: "female" },
 *     { id: "c", name: "Lò Văn C", birthDate: "1990-01-01", gender: "male" },
 *   ],
 *   posts: [
 *     { personId: "a", role: "chair", organizationId: "ubnd", startDate: "2021" },
 *     { personId: "b", role: "vice-chair", organizationId: "ubnd", startDate: "2021" },
 *     { personId: "c", role: "civil-servant", organizationId: "ubnd", startDate: "2021" },
 *   ],
 * });
 * retirementsDue(ds, { from: "2025-01-01", to: "2025-12-31" });
 * //=> [{ personId: "a", retirementDate: "2025-06-30", age: { years: 61, months: 3 } },
 * //    { personId: "b", retirementDate: "2025-10-31", age: { years: 56, months: 8 } }]
 * ```
 */
export function retirementsDue(dataset: Dataset, options: RetirementsDueOptions): RetirementDue[] {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", "retirementsDue: options { from, to } are required");
  const from = dayOption(options.from, "from", "retirementsDue");
  const to = dayOption(options.to, "to", "retirementsDue");
  if (to < from) throw new GrassrootsError("invalid-argument", "retirementsDue: to is before from");
  const rules = checkedRules(options.rules);
  const ix = datasetIndex(dataset);
  const pc = ix.people;
  const chosen = peopleBytes(ix);
  if (options.personIds !== undefined) {
    if (!Array.isArray(options.personIds)) throw new GrassrootsError("invalid-argument", "retirementsDue: personIds must be an array of ids");
    for (const id of options.personIds) {
      const p = pc.rowOf(id);
      if (p < 0) throw new GrassrootsError("invalid-argument", `retirementsDue: no person with id ${JSON.stringify(id)}`);
      chosen[p] = 1;
    }
  } else {
    const t = ix.posts;
    const o = ix.organizations;
    for (let i = 0; i < t.count; i++) {
      const org = t.organization[i]!;
      if (t.start[i]! > from || t.end[i]! < from || org < 0 || o.kind[org] === OTHER || o.founding[org]! > from || o.dissolution[org]! < from) continue;
      chosen[t.person[i]!] = 1;
    }
  }
  const found: { p: number; day: number; age: number }[] = [];
  const birth = pc.birth;
  const gender = pc.gender;
  for (let p = 0; p < pc.count; p++) {
    if (chosen[p] === 0 || gender[p] === 0 || pc.birthPrecision[p] === 0) continue;
    const [y, m] = civilFromDays(birth[p]!);
    retirementMonth(y * 12 + m - 1, gender[p]!, rules, scratch);
    const day = lastDayOfMonthIndex(scratch[0]!);
    if (day >= from && day <= to) found.push({ p, day, age: scratch[1]! });
  }
  found.sort((a, b) => a.day - b.day || a.p - b.p);
  return found.map((f) => ({ personId: pc.ids[f.p]!, retirementDate: formatDay(f.day), age: { years: Math.floor(f.age / 12), months: f.age % 12 } }));
}
