/**
 * The membership lifecycle: probation (dự bị) and official recognition (công nhận chính thức).
 *
 * Month arithmetic is done on integer year/month/day, never on `Date`, so no result depends on
 * the process time zone. It agrees with date-fns `addMonths` (the tests check it against
 * date-fns): the same day of the month `n` months later, or the last day of that month when it
 * is shorter (31 January + 1 month = 28/29 February; 29 February 2024 + 12 months = 28
 * February 2025).
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth, firstDay, formatDay, formatDayAt, precisionOf } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND, statusOnDay } from "../model/status.js";
import { CHARTER_2011, type CharterRules } from "./charter.js";

// Scratch arrays the size of the people, one set per dataset index, reused from call to call.
// On a national dataset a fresh 6–24 MB typed array per call makes the engine collect the whole
// multi-gigabyte heap; reusing them keeps a metric's cost to its own pass. The functions using
// them run to completion without calling each other, so one set per index is enough.
interface PeopleScratch {
  bytes: Uint8Array | undefined;
  stamps: Int32Array | undefined;
  /** Stamps below or equal to this were written by earlier calls. */
  epoch: number;
}
const scratchCache = new WeakMap<DatasetIndex, PeopleScratch>();

function scratchOf(ix: DatasetIndex): PeopleScratch {
  let s = scratchCache.get(ix);
  if (s === undefined) {
    s = { bytes: undefined, stamps: undefined, epoch: 0 };
    scratchCache.set(ix, s);
  }
  return s;
}

/** @internal A zeroed byte per person row, reused across calls on the same index (not reentrant). */
export function peopleBytes(ix: DatasetIndex): Uint8Array {
  const s = scratchOf(ix);
  if (s.bytes === undefined) s.bytes = new Uint8Array(ix.people.count);
  else s.bytes.fill(0);
  return s.bytes;
}

/**
 * @internal An int per person row, and a base: the caller may write `base + k` for `1 ≤ k ≤ span`
 * and read back its own values as those above `base`; nothing needs clearing. Reused across calls
 * on the same index (not reentrant).
 */
export function peopleStamps(ix: DatasetIndex, span: number): { stamps: Int32Array; base: number } {
  const s = scratchOf(ix);
  if (s.stamps === undefined) s.stamps = new Int32Array(ix.people.count);
  if (s.epoch + span >= 0x7fffffff) {
    s.stamps.fill(0);
    s.epoch = 0;
  }
  const base = s.epoch;
  s.epoch += span;
  return { stamps: s.stamps, base };
}

/** @internal The day `months` calendar months after `day` (negative: before), clamped to the month's end. */
export function addMonthsToDay(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * @internal Whole calendar months from `from` to `to` (`to` ≥ `from`): the largest `k` with
 * `addMonthsToDay(from, k) <= to`.
 */
export function wholeMonthsBetween(from: number, to: number): number {
  const [y1, m1] = civilFromDays(from);
  const [y2, m2] = civilFromDays(to);
  let k = (y2 - y1) * 12 + (m2 - m1);
  while (k > 0 && addMonthsToDay(from, k) > to) k--;
  while (addMonthsToDay(from, k + 1) <= to) k++;
  return k;
}

/**
 * @internal The latest birth day of someone who is at least `years` whole years old on `day`,
 * with the month-end rule of {@link addMonthsToDay}: age ≥ n ⟺ addMonthsToDay(birth, 12n) ≤ day,
 * so someone born on 29 February is a year older on 28 February of a common year.
 */
export function latestBirthForAge(day: number, years: number): number {
  const [y, m, d] = civilFromDays(day);
  const yy = y - years;
  const dim = daysInMonth(yy, m);
  return daysFromCivil(yy, m, d === daysInMonth(y, m) ? dim : Math.min(d, dim));
}

/** @internal Whole years from `from` to `to` (`to` ≥ `from`), month ends as in {@link addMonthsToDay}. */
export function wholeYearsBetween(from: number, to: number): number {
  return Math.floor(wholeMonthsBetween(from, to) / 12);
}

/** @internal The date option `name` as a day number; `invalid-argument` when missing. */
export function dayOption(value: unknown, name: string, fn: string): number {
  if (value === undefined) throw new GrassrootsError("invalid-argument", `${fn}: the option ${name} (YYYY-MM-DD) is required`);
  return toDayNumber(value as string);
}

/** @internal The asOf option, or dataset.asOf; `invalid-argument` when neither is there. */
export function asOfOption(dataset: Dataset, asOf: string | undefined, fn: string): { asOf: string; day: number } {
  const d = asOf ?? dataset.asOf;
  if (d === undefined) throw new GrassrootsError("invalid-argument", `${fn} needs an asOf date (in the options or on the dataset)`);
  return { asOf: d, day: toDayNumber(d) };
}

/** @internal The row of a person id; `invalid-argument` when there is none. */
export function personRow(ix: DatasetIndex, personId: string, fn: string): number {
  const p = typeof personId === "string" ? ix.people.rowOf(personId) : -1;
  if (p < 0) throw new GrassrootsError("invalid-argument", `${fn}: no person with id ${JSON.stringify(personId)}`);
  return p;
}

/** Options of {@link officialDueDate}. */
export interface OfficialDueDateOptions {
  /** Probation length; default {@link CHARTER_2011} (12 months). */
  readonly rules?: Pick<CharterRules, "probationMonths"> | undefined;
}

/**
 * The day a probationary member's probation is complete and they can be recognised as
 * official: `probationMonths` (12) calendar months after the admission ceremony (Charter 2011,
 * Art. 5; rule R22), on the same day of the month, or on the last day of the month when that
 * month is shorter. The result has the precision of the input: `"2015-05"` gives `"2016-05"`.
 *
 * @param startDate - The admission date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known).
 * @param options - `rules` to change the probation length.
 * @returns The due date, at the precision of `startDate`.
 * @throws {GrassrootsError} `invalid-date` when `startDate` is not a date.
 * @example
 * ```ts
 * officialDueDate("2020-05-19"); //=> "2021-05-19"
 * officialDueDate("2024-02-29"); //=> "2025-02-28"
 * officialDueDate("2023-01-31"); //=> "2024-01-31"
 * officialDueDate("2015-05");    //=> "2016-05"
 * officialDueDate("2023-01-31", { rules: { probationMonths: 1 } }); //=> "2023-02-28"
 * ```
 */
export function officialDueDate(startDate: string, options: OfficialDueDateOptions = {}): string {
  const p = typeof startDate === "string" ? precisionOf(startDate) : 0;
  if (p === 0) throw new GrassrootsError("invalid-date", `officialDueDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(startDate)}`);
  const months = probationMonths(options.rules, "officialDueDate");
  return formatDayAt(addMonthsToDay(firstDay(startDate), months), p);
}

function probationMonths(rules: Pick<CharterRules, "probationMonths"> | undefined, fn: string): number {
  const months = (rules ?? CHARTER_2011).probationMonths;
  if (!Number.isInteger(months) || months < 0) throw new GrassrootsError("invalid-argument", `${fn}: probationMonths must be a whole number of months`);
  return months;
}

/**
 * @internal The membership row of person `p`'s latest admission or re-admission starting on
 * or before `day`, or -1. Same rule as `statusOnDay`: `admitted`, `readmitted`, or an
 * unspecified start reason on the person's first party membership.
 */
export function latestAdmissionRow(ix: DatasetIndex, p: number, day: number): number {
  const { personOffsets, personRows } = ix.people;
  const m = ix.memberships;
  const kind = ix.organizations.kind;
  let seenParty = false;
  let found = -1;
  for (let i = personOffsets[p]!; i < personOffsets[p + 1]!; i++) {
    const r = personRows[i]!;
    if (IS_PARTY_KIND[kind[m.organization[r]!]!] === 0) continue;
    if (m.start[r]! > day) break;
    const reason = m.startReason[r]!;
    if (reason === 1 || reason === 2 || (reason === 0 && !seenParty)) found = r;
    seenParty = true;
  }
  return found;
}

/** Options of {@link overdueProbations}. */
export interface OverdueProbationsOptions {
  /** The date to look at, `YYYY-MM-DD`; default `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /** Probation length; default {@link CHARTER_2011} (12 months). */
  readonly rules?: Pick<CharterRules, "probationMonths"> | undefined;
  /** Days allowed after the due date before a member is listed; default 0. */
  readonly graceDays?: number | undefined;
}

/** A member whose probation is complete but who has not been recognised as official. */
export interface OverdueProbation {
  readonly personId: string;
  /** The latest admission (or re-admission), `YYYY-MM-DD` (first day of a reduced-precision date). */
  readonly admittedOn: string;
  /** {@link officialDueDate} of that admission. */
  readonly dueDate: string;
  /** Days from the due date to `asOf` (0 on the due date itself). */
  readonly daysOverdue: number;
}

/**
 * Members who are still probationary on `asOf` although their probation was complete on the
 * due date ({@link officialDueDate} of their latest admission or re-admission) at least
 * `graceDays` days earlier: the chi bộ has not yet voted on their official membership, or the
 * vote is missing from the data. Members with no admission on record (a first membership
 * "transferred" in without an official date) are not listed: their due date is unknown.
 * People are listed in dataset order.
 *
 * @param dataset - A parsed dataset.
 * @param options - `asOf` (default `dataset.asOf`), `rules`, `graceDays` (default 0).
 * @returns The overdue members, in dataset order of people.
 * @throws {GrassrootsError} `invalid-argument` without a date, `invalid-date` for a bad one.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" }],
 *   people: [{ id: "p1", name: "Lò Văn A" }, { id: "p2", name: "Lò Thị B" }],
 *   memberships: [
 *     { personId: "p1", organizationId: "cb", startDate: "2023-03-01" },
 *     { personId: "p2", organizationId: "cb", startDate: "2023-03-01", officialDate: "2024-03-01" },
 *   ],
 * });
 * overdueProbations(ds, { asOf: "2024-03-11" });
 * //=> [{ personId: "p1", admittedOn: "2023-03-01", dueDate: "2024-03-01", daysOverdue: 10 }]
 * overdueProbations(ds, { asOf: "2024-03-11", graceDays: 30 }); //=> []
 * ```
 */
export function overdueProbations(dataset: Dataset, options: OverdueProbationsOptions = {}): OverdueProbation[] {
  const { day } = asOfOption(dataset, options.asOf, "overdueProbations");
  const months = probationMonths(options.rules, "overdueProbations");
  const grace = options.graceDays ?? 0;
  if (!Number.isInteger(grace) || grace < 0) throw new GrassrootsError("invalid-argument", "overdueProbations: graceDays must be a whole number ≥ 0");
  const ix = datasetIndex(dataset);
  const ids = ix.people.ids;
  const start = ix.memberships.start;
  const out: OverdueProbation[] = [];
  for (let p = 0; p < ix.people.count; p++) {
    if (statusOnDay(ix, p, day) !== 1) continue;
    const r = latestAdmissionRow(ix, p, day);
    if (r < 0) continue;
    const due = addMonthsToDay(start[r]!, months);
    if (day - due < grace) continue;
    out.push({ personId: ids[p]!, admittedOn: formatDay(start[r]!), dueDate: formatDay(due), daysOverdue: day - due });
  }
  return out;
}

