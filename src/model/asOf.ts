/**
 * "In force on a date": the one definition every metric uses.
 *
 * - A date of full precision `YYYY-MM-DD` is that day.
 * - A start date (`startDate`, `foundingDate`) of reduced precision counts from the FIRST day of
 *   its period: `"2015"` → 2015-01-01, `"2015-05"` → 2015-05-01.
 * - An end date (`endDate`, `dissolutionDate`) is the LAST day the record holds, and a reduced
 *   one counts to the LAST day of its period: `"2020"` → 2020-12-31 inclusive.
 * - No start date: in force since always. No end date: still in force.
 * - So a record is in force on `asOf` when `start ≤ asOf ≤ end`, both ends inclusive.
 * - A qualification counts from its date (first day of the period when reduced); with no date
 *   it counts at every date. A rating counts once its period has ended.
 * - A person exists from the first day of the birth date's period (always, if unknown).
 *
 * The reading is generous on purpose: a record whose dates are known only to the year is in
 * force on every day of that year it could have been. Dates are compared as day numbers, so no
 * result depends on the process time zone.
 * @module
 */
import { firstDay, formatDay as formatIso, lastDay, precisionOf } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { deepFreeze } from "../_lib/freeze.js";
import type { Dataset, Organization, Rating, Unit } from "./schemas.js";

/** Anything with a period: organizations, units, memberships and posts. */
export interface Dated {
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly foundingDate?: string | undefined;
  readonly dissolutionDate?: string | undefined;
}

/**
 * Day number (days since 1970-01-01) of a full ISO date; throws `invalid-date` otherwise.
 *
 * @example
 * ```ts
 * toDayNumber("1970-01-02"); //=> 1
 * toDayNumber("2000-03-01"); //=> 11017
 * ```
 */
export function toDayNumber(date: string): number {
  if (typeof date !== "string" || date.length !== 10 || precisionOf(date) !== 3) {
    throw new GrassrootsError("invalid-date", `Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  return firstDay(date);
}

/**
 * The first and last day (as `YYYY-MM-DD`) that a date of any precision covers.
 *
 * @example
 * ```ts
 * dateBounds("2024-02"); //=> { first: "2024-02-01", last: "2024-02-29" }
 * dateBounds("2023");    //=> { first: "2023-01-01", last: "2023-12-31" }
 * ```
 */
export function dateBounds(date: string): { first: string; last: string } {
  const f = firstDay(date);
  if (Number.isNaN(f)) throw new GrassrootsError("invalid-date", `Expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return { first: formatIso(f), last: formatIso(lastDay(date)) };
}

function startOf(r: Dated): string | undefined {
  return r.startDate ?? r.foundingDate;
}
function endOf(r: Dated): string | undefined {
  return r.endDate ?? r.dissolutionDate;
}

/**
 * Whether a dated record (organization, unit, membership, post) is in force on `asOf`
 * (`YYYY-MM-DD`). Both ends are inclusive; see the module notes for reduced-precision dates.
 *
 * @example
 * ```ts
 * isInForce({ startDate: "2015", endDate: "2020-06-30" }, "2020-06-30"); //=> true
 * isInForce({ startDate: "2015", endDate: "2020-06-30" }, "2020-07-01"); //=> false
 * isInForce({ startDate: "2015" }, "2015-01-01");                        //=> true
 * ```
 */
export function isInForce(record: Dated, asOf: string): boolean {
  const day = toDayNumber(asOf);
  return inForceOnDay(record, day);
}

/** @internal day-number form of isInForce. */
export function inForceOnDay(record: Dated, day: number): boolean {
  const s = startOf(record);
  if (s !== undefined && firstDay(s) > day) return false;
  const e = endOf(record);
  if (e !== undefined && lastDay(e) < day) return false;
  return true;
}

/**
 * Whether a rating's period has ended on or before `asOf`: a year rating `2024` counts from
 * 2024-12-31, a quarter `"2026-Q1"` from 2026-03-31.
 *
 * @example
 * ```ts
 * periodEnded(2024, "2024-12-31");      //=> true
 * periodEnded("2026-Q2", "2026-06-29"); //=> false
 * ```
 */
export function periodEnded(period: Rating["period"], asOf: string): boolean {
  return periodLastDay(period) <= toDayNumber(asOf);
}

/** @internal last day of a rating period. */
export function periodLastDay(period: Rating["period"]): number {
  const s = String(period);
  if (s.length === 4) return lastDay(s);
  const q = s.charCodeAt(6) - 48;
  return lastDay(`${s.slice(0, 4)}-${String(q * 3).padStart(2, "0")}`);
}

/**
 * What is in force on a date: the organizations and units that exist, the memberships and posts
 * held, the people born by then, the qualifications reached by then (undated ones always), and
 * the ratings whose period has ended. The result is a frozen dataset with `asOf` set; records
 * are shared with the input, not copied.
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "b1", name: "Bản A", kind: "village" }],
 *   organizations: [{ id: "cb1", name: "Chi bộ bản A", kind: "party-cell", foundingDate: "2014-03" }],
 * });
 * snapshot(ds, "2013-06-30").organizations.length; //=> 0
 * snapshot(ds, "2014-03-01").organizations.length; //=> 1
 * ```
 */
export function snapshot(dataset: Dataset, asOf: string): Dataset {
  const day = toDayNumber(asOf);
  const keep = <T extends Dated>(list: readonly T[]): T[] => list.filter((r) => inForceOnDay(r, day));
  const out: Dataset = {
    asOf,
    organizations: keep<Organization>(dataset.organizations),
    units: keep<Unit>(dataset.units),
    people: dataset.people.filter((p) => p.birthDate === undefined || firstDay(p.birthDate) <= day),
    memberships: keep(dataset.memberships),
    posts: keep(dataset.posts),
    qualifications: dataset.qualifications.filter((q) => q.date === undefined || firstDay(q.date) <= day),
    ratings: dataset.ratings.filter((r) => periodLastDay(r.period) <= day),
  };
  return deepFreeze(out);
}
