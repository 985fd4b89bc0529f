/**
 * Party badges due in a window (HD 01-HD/TW 2021 item 18; rule R24).
 * @module
 */
import { formatDay } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { PARTY_BADGES_HD_01_2021, type BadgeRules } from "./badge-milestones.js";
import { addMonthsToDay, dayOption, peopleBytes } from "./lifecycle.js";
import { partyTimeOnDay } from "./party-age.js";

/** Options of {@link badgesDue}. */
export interface BadgesDueOptions {
  /** First day of the window, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the window, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
  /** Milestones and early-award allowances; default {@link PARTY_BADGES_HD_01_2021}. */
  readonly rules?: BadgeRules | undefined;
  /**
   * Members who may receive a badge early (seriously ill members): their ids, or `"all"` to
   * show every badge that could be awarded early. Default: none.
   */
  readonly earlyAwardFor?: readonly string[] | "all" | undefined;
}

/** A badge due to a member. */
export interface BadgeDue {
  readonly personId: string;
  /** The milestone, in years of party age (30, 40, 45 ...). */
  readonly years: number;
  /** The day party age reaches `years` (see `partyAge`), `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The first day it may be awarded: `dueDate`, or earlier by the early-award allowance. */
  readonly earliestDate: string;
  /** True when `dueDate` is after the window and the badge is listed under the early-award allowance. */
  readonly early: boolean;
}

/**
 * The party badges due in a window: for every member, each milestone (30, 40, 45 ... 90 years
 * of party age) whose due date falls from `from` to `to`. The due date is the day party age
 * reaches the milestone: the anniversary of the first admission, moved later by every day
 * without party membership before it (see `partyAge`). The member must still be a member on
 * that day; a membership still open in the data is taken to continue. With `earlyAwardFor`,
 * badges due after `to` but within the early-award allowance (12 months for 30–65 years, 24
 * months for 70–90) are listed too, with `early: true`. Sorted by due date, then dataset order
 * of people.
 *
 * @param dataset - A parsed dataset.
 * @param options - `from`, `to`, optional `rules` and `earlyAwardFor`.
 * @returns The badges due.
 * @throws {GrassrootsError} `invalid-argument` for a missing date, `to` before `from`, an
 *   unknown person in `earlyAwardFor`, or bad rules; `invalid-date` for a malformed date.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" }],
 *   people: [{ id: "p1", name: "Lò Văn A" }, { id: "p2", name: "Lò Văn B" }],
 *   memberships: [
 *     { personId: "p1", organizationId: "cb", startDate: "1995-05-19", officialDate: "1996-05-19" },
 *     { personId: "p2", organizationId: "cb", startDate: "1986-02-03", officialDate: "1987-02-03" },
 *   ],
 * });
 * badgesDue(ds, { from: "2025-01-01", to: "2025-12-31" }).map((b) => [b.personId, b.years, b.dueDate]);
 * //=> [["p1", 30, "2025-05-19"]]
 * badgesDue(ds, { from: "2025-01-01", to: "2025-12-31", earlyAwardFor: ["p2"] }).map((b) => [b.personId, b.years, b.early]);
 * //=> [["p1", 30, false], ["p2", 40, true]]
 * ```
 */
export function badgesDue(dataset: Dataset, options: BadgesDueOptions): BadgeDue[] {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", "badgesDue: options { from, to } are required");
  const from = dayOption(options.from, "from", "badgesDue");
  const to = dayOption(options.to, "to", "badgesDue");
  if (to < from) throw new GrassrootsError("invalid-argument", "badgesDue: to is before from");
  const rules = options.rules ?? PARTY_BADGES_HD_01_2021;
  const milestones = rules.milestones;
  for (let i = 0; i < milestones.length; i++) {
    const n = milestones[i]!;
    if (!Number.isInteger(n) || n <= 0 || (i > 0 && n <= milestones[i - 1]!)) {
      throw new GrassrootsError("invalid-argument", "badgesDue: rules.milestones must be whole years, ascending");
    }
  }
  // Early-award allowance per milestone, in months.
  const allowance = milestones.map((n) => {
    let months = 0;
    for (const e of rules.earlyAward) if (n >= e.fromYears && n <= e.toYears && e.months > months) months = e.months;
    return months;
  });
  const ix = datasetIndex(dataset);
  const np = ix.people.count;
  const who = options.earlyAwardFor;
  const early = who === undefined || who === "all" ? undefined : peopleBytes(ix);
  const all = who === "all";
  if (early !== undefined) {
    if (!Array.isArray(who)) throw new GrassrootsError("invalid-argument", 'badgesDue: earlyAwardFor must be an array of person ids or "all"');
    for (const id of who) {
      const p = ix.people.rowOf(id);
      if (p < 0) throw new GrassrootsError("invalid-argument", `badgesDue: no person with id ${JSON.stringify(id)} in earlyAwardFor`);
      early[p] = 1;
    }
  }
  const earlyFor = (p: number): boolean => all || (early !== undefined && early[p] === 1);
  const maxAllowance = allowance.reduce((a, b) => (b > a ? b : a), 0);
  const horizon = addMonthsToDay(to, maxAllowance);

  const { personOffsets, personRows } = ix.people;
  const mStart = ix.memberships.start;
  // No milestone can fall due by `latest` for a person first admitted after `latestAdmission`:
  // a year has at least 365 days, and gaps only delay a milestone.
  const latest = who === undefined ? to : horizon;
  const latestAdmission = milestones.length === 0 ? -Infinity : latest - 365 * milestones[0]! + 1;
  const out = new Int32Array(3);
  const gaps: number[] = [];
  const found: { p: number; k: number; due: number; earliest: number; early: boolean }[] = [];
  for (let p = 0; p < np; p++) {
    const a = personOffsets[p]!;
    // Memberships are sorted by start, so the first one's start is a lower bound of the first
    // admission (a party membership): most people are ruled out without reading the others.
    if (a === personOffsets[p + 1] || mStart[personRows[a]!]! > latestAdmission) continue;
    if (gaps.length !== 0) gaps.length = 0;
    if (!partyTimeOnDay(ix, p, horizon, out, gaps)) continue;
    const admitted = out[0]!;
    const last = out[1]!;
    const totalGap = out[2]!;
    const canEarly = earlyFor(p);
    const limit = canEarly ? horizon : to;
    for (let k = 0; k < milestones.length; k++) {
      const years = milestones[k]!;
      // Cheap bounds before any calendar arithmetic: a year has 365 or 366 days.
      if (admitted + 365 * years - 1 > limit) break;
      if (admitted + 366 * years + totalGap < from) continue;
      let due = addMonthsToDay(admitted, 12 * years);
      for (let g = 0; g < gaps.length; g += 3) {
        if (gaps[g]! > due) break;
        due += gaps[g + 1]! - gaps[g]! + 1;
      }
      if (due > last) break; // no longer a member on that day (or beyond what we looked at)
      if (due < from) continue;
      if (due <= to) {
        found.push({ p, k, due, earliest: canEarly && allowance[k]! > 0 ? addMonthsToDay(due, -allowance[k]!) : due, early: false });
      } else if (canEarly && allowance[k]! > 0) {
        const earliest = addMonthsToDay(due, -allowance[k]!);
        if (earliest <= to) found.push({ p, k, due, earliest, early: true });
      }
    }
  }
  found.sort((a, b) => a.due - b.due || a.p - b.p || a.k - b.k);
  const ids = ix.people.ids;
  return found.map((f) => ({
    personId: ids[f.p]!,
    years: milestones[f.k]!,
    dueDate: formatDay(f.due),
    earliestDate: formatDay(f.earliest),
    early: f.early,
  }));
}
