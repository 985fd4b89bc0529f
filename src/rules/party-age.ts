/**
 * Party age (tuổi đảng): Charter 2011 Art. 5.4, QĐ 45 item 11.2a, HD 01-HD/TW (2021); rule R23.
 *
 * - It runs from the first admission: the start of the person's first party membership on
 *   record. (The dataset keeps the admission ceremony date; HD 01 counts from the date of the
 *   admission decision. Give that date as `startDate` if you have it.) A re-admitted member's
 *   party age still runs from the first admission.
 * - Time without party membership after the first admission is deducted: gaps in transferring
 *   activity, and the time between an expulsion, striking off or resignation and a
 *   re-admission. A gap is every day between the first admission and the date that no party
 *   membership covers (a transfer that ends one membership on the day the next starts, or the
 *   day before, leaves no gap).
 * - After a member leaves for good (dies, is expelled ...), party age stops at their last day.
 * - Party age is formally counted once the member is official; for a probationary member the
 *   figures are provisional (`status: "probationary"`).
 *
 * Years, months and days are whole calendar units from the first admission to the counted
 * date minus the deducted days, with month ends clamped as in {@link officialDueDate}: a member
 * admitted on 29 February 2000 with no gap has 30 years on 28 February 2030.
 * @module
 */
import { formatDay } from "../_lib/days.js";
import { END_REASONS, type EndReason } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND, statusOnDay } from "../model/status.js";
import { addMonthsToDay, asOfOption, personRow, wholeMonthsBetween } from "./lifecycle.js";

/**
 * @internal Party time of person `p` up to `day`. Returns false when no party membership
 * starts on or before `day`. Otherwise writes into `out`: [0] first admission day, [1] last
 * day counted (`day`, or the last day of party membership if earlier), [2] days deducted.
 * When `gaps` is given, pushes each gap as (first day, last day, end reason code of the
 * membership before it: 0 unspecified, else 1 + index in END_REASONS); a gap still open at
 * `day` (after a final departure) is not pushed.
 */
export function partyTimeOnDay(ix: DatasetIndex, p: number, day: number, out: Int32Array, gaps?: number[]): boolean {
  const { personOffsets, personRows } = ix.people;
  const m = ix.memberships;
  const kind = ix.organizations.kind;
  let admitted = 0;
  let coveredTo = 0;
  let covered = 0;
  let lastReason = 0;
  let any = false;
  for (let i = personOffsets[p]!; i < personOffsets[p + 1]!; i++) {
    const r = personRows[i]!;
    if (IS_PARTY_KIND[kind[m.organization[r]!]!] === 0) continue;
    const s = m.start[r]!;
    if (s > day) break;
    const e = m.end[r]! < day ? m.end[r]! : day;
    if (!any) {
      any = true;
      admitted = s;
      coveredTo = s - 1;
    }
    if (e > coveredTo) {
      if (gaps !== undefined && s > coveredTo + 1) gaps.push(coveredTo + 1, s - 1, lastReason);
      covered += e - (s > coveredTo ? s : coveredTo + 1) + 1;
      coveredTo = e;
      lastReason = m.endReason[r]!;
    }
  }
  if (!any) return false;
  out[0] = admitted;
  out[1] = coveredTo;
  out[2] = coveredTo - admitted + 1 - covered;
  return true;
}

/** A period without party membership that party age does not count. */
export interface PartyAgeGap {
  /** First day without membership, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day without membership. */
  readonly to: string;
  readonly days: number;
  /** Why the membership before the gap ended (`transferred` for a transfer gap), `unspecified` when not recorded. */
  readonly reason: EndReason | "unspecified";
}

/** The party age of a member on a date. */
export interface PartyAge {
  readonly personId: string;
  readonly asOf: string;
  /** First admission (start of the first party membership), `YYYY-MM-DD`. */
  readonly admittedOn: string;
  /** Status on `asOf`: `former` when no longer a member (party age stopped at `countedUntil`). */
  readonly status: "official" | "probationary" | "former";
  /** The last day counted: `asOf`, or the last day of party membership of a former member. */
  readonly countedUntil: string;
  /** Whole years of party age. */
  readonly years: number;
  /** Whole months beyond `years`. */
  readonly months: number;
  /** Days beyond `months`. */
  readonly days: number;
  /** Days counted, first admission to `countedUntil` inclusive, minus `gapDays`. */
  readonly countedDays: number;
  /** Days deducted. */
  readonly gapDays: number;
  /** The deducted periods, oldest first. */
  readonly gaps: readonly PartyAgeGap[];
}

const scratch = new Int32Array(3);

/**
 * The party age of a person on a date: from the first admission, minus the time without party
 * membership (see the module notes for the rules). `undefined` when the person had not been
 * admitted by `asOf`.
 *
 * @param dataset - A parsed dataset.
 * @param personId - The person's id.
 * @param asOf - The date, `YYYY-MM-DD` (default `dataset.asOf` when `undefined`).
 * @returns The party age, or `undefined` before the first admission.
 * @throws {GrassrootsError} `invalid-argument` for an unknown person or a missing date; `invalid-date`.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb1", name: "Chi bộ 1", kind: "party-cell" }, { id: "cb2", name: "Chi bộ 2", kind: "party-cell" }],
 *   people: [{ id: "p", name: "Lò Văn A" }],
 *   memberships: [
 *     { personId: "p", organizationId: "cb1", startDate: "1990-03-01", officialDate: "1991-03-01", endDate: "2000-06-30", endReason: "transferred" },
 *     { personId: "p", organizationId: "cb2", startDate: "2000-08-01", startReason: "transferred" },
 *   ],
 * });
 * const age = partyAge(ds, "p", "2020-03-01");
 * [age?.years, age?.months, age?.days]; //=> [29, 10, 29]
 * age?.gaps;  //=> [{ from: "2000-07-01", to: "2000-07-31", days: 31, reason: "transferred" }]
 * partyAge(ds, "p", "1989-12-31");      //=> undefined
 * ```
 */
export function partyAge(dataset: Dataset, personId: string, asOf?: string): PartyAge | undefined {
  const { asOf: date, day } = asOfOption(dataset, asOf, "partyAge");
  const ix = datasetIndex(dataset);
  const p = personRow(ix, personId, "partyAge");
  const gaps: number[] = [];
  if (!partyTimeOnDay(ix, p, day, scratch, gaps)) return undefined;
  const admitted = scratch[0]!;
  const until = scratch[1]!;
  const gapDays = scratch[2]!;
  const effective = until - gapDays;
  const months = wholeMonthsBetween(admitted, effective);
  const days = effective - addMonthsToDay(admitted, months);
  const status = statusOnDay(ix, p, day);
  const list: PartyAgeGap[] = [];
  for (let i = 0; i < gaps.length; i += 3) {
    const code = gaps[i + 2]!;
    list.push({
      from: formatDay(gaps[i]!),
      to: formatDay(gaps[i + 1]!),
      days: gaps[i + 1]! - gaps[i]! + 1,
      reason: code === 0 ? "unspecified" : END_REASONS[code - 1]!,
    });
  }
  return {
    personId,
    asOf: date,
    admittedOn: formatDay(admitted),
    status: status === 2 ? "official" : status === 1 ? "probationary" : "former",
    countedUntil: formatDay(until),
    years: Math.floor(months / 12),
    months: months % 12,
    days,
    countedDays: until - admitted + 1 - gapDays,
    gapDays,
    gaps: list,
  };
}
