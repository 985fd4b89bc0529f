/**
 * Membership flows over a period: admissions, re-admissions, official recognitions, transfers
 * and departures, per year or quarter and per organization.
 * @module
 */
import { civilFromDays, daysFromCivil, formatDay, NO_END } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { ORGANIZATION_LEVELS } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND } from "../model/status.js";
import { NO_IDS, requiredDay, wantsIds, type IdCount } from "./coverage-shared.js";

/** Why a member left, for {@link AdmissionFigures.departed}; `unspecified` when the data does not say. */
export type DepartureReason = "died" | "expelled" | "struck-off" | "resigned" | "other" | "unspecified";

/**
 * The departure reasons, in the order of `byReason`.
 *
 * @example
 * ```ts
 * DEPARTURE_REASONS; //=> ["died", "expelled", "struck-off", "resigned", "other", "unspecified"]
 * ```
 */
export const DEPARTURE_REASONS: readonly DepartureReason[] = Object.freeze(["died", "expelled", "struck-off", "resigned", "other", "unspecified"] as const);

/** Options of {@link admissions}. */
export interface AdmissionsOptions {
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
  /** Periods to break the window into: calendar years (default) or quarters, clipped to the window. */
  readonly by?: "year" | "quarter" | undefined;
  /**
   * Per organization as well: each membership's own organization (`"organization"`), or its
   * grassroots organization — itself or its nearest ancestor with level `grassroots`
   * (`"grassroots"`). Default: none.
   */
  readonly groupBy?: "organization" | "grassroots" | undefined;
  /**
   * List the person ids behind each count (default `true`). `false` gives the same counts with
   * every `ids` empty.
   */
  readonly ids?: boolean | undefined;
}

/**
 * Membership events in a scope (the whole dataset, or one organization) and a period. Counts are
 * events, and `ids` lists the person of each event (a person who transferred in twice appears
 * twice), in dataset order of people.
 */
export interface AdmissionFigures {
  /** First admissions (kết nạp): `startReason` `admitted`, or unspecified on a person's first party membership. Transfers are not admissions. */
  readonly admitted: IdCount;
  /** Re-admissions (kết nạp lại). */
  readonly readmitted: IdCount;
  /** Official recognitions (công nhận chính thức): an `officialDate` in the period, on or after the start of its membership. */
  readonly recognized: IdCount;
  /** Transfers in from outside the scope: for the dataset, a first party membership that starts as a transfer; for an organization, also a transfer from another organization. */
  readonly transferredIn: IdCount;
  /** Transfers out of the scope: for the dataset, a membership ended by transfer with no party membership after it; for an organization, also a transfer to another organization. */
  readonly transferredOut: IdCount;
  /** Departures other than transfers, with the reason: died, expelled, struck off, resigned, other, or unspecified (an end with no reason and no transfer after it). */
  readonly departed: IdCount & { readonly byReason: { readonly [R in DepartureReason]: IdCount } };
  /** admitted + readmitted + transferredIn − transferredOut − departed. */
  readonly net: number;
}

/** Figures of one period. */
export interface AdmissionsPeriod extends AdmissionFigures {
  /** `"2024"` or `"2024-Q1"`. */
  readonly period: string;
  /** First day of the period within the window. */
  readonly from: string;
  /** Last day of the period within the window. */
  readonly to: string;
}

/** Figures of one organization (or grassroots organization). */
export interface AdmissionsGroup extends AdmissionFigures {
  /** The organization id; `null` for memberships with no grassroots organization above them. */
  readonly organizationId: string | null;
  readonly periods: readonly AdmissionsPeriod[];
}

/** The result of {@link admissions}: totals for the window, per period, and per organization. */
export interface Admissions extends AdmissionFigures {
  readonly from: string;
  readonly to: string;
  readonly by: "year" | "quarter";
  readonly periods: readonly AdmissionsPeriod[];
  /** Per organization when `groupBy` is given, in dataset order (the `null` group last); organizations without any event are left out. */
  readonly organizations: readonly AdmissionsGroup[];
}

// Event kinds, and departure reasons after them.
const ADMITTED = 0;
const READMITTED = 1;
const RECOGNIZED = 2;
const IN = 3;
const OUT = 4;
const DEPARTED = 5; // + index in DEPARTURE_REASONS
const ALL_DEPARTED = DEPARTED + 6; // every departure, whatever the reason
const EVENTS = ALL_DEPARTED + 1;
// END_REASONS codes in the index (1 + index): transferred 1, died 2, expelled 3, struck-off 4, resigned 5, other 6.
const DEPARTURE_OF_END = [5, -1, 0, 1, 2, 3, 4]; // end reason code → DEPARTURE_REASONS index (unspecified 5)

type Acc = string[][];
function acc(): Acc {
  const a: Acc = [];
  for (let k = 0; k < EVENTS; k++) a.push([]);
  return a;
}
function figures(a: Acc, listIds: boolean): AdmissionFigures {
  const count = (ids: string[]): IdCount => ({ count: ids.length, ids: listIds ? ids : NO_IDS });
  const byReason = {} as { [R in DepartureReason]: IdCount };
  for (let k = 0; k < DEPARTURE_REASONS.length; k++) byReason[DEPARTURE_REASONS[k]!] = count(a[DEPARTED + k]!);
  const departed = a[ALL_DEPARTED]!;
  return {
    admitted: count(a[ADMITTED]!),
    readmitted: count(a[READMITTED]!),
    recognized: count(a[RECOGNIZED]!),
    transferredIn: count(a[IN]!),
    transferredOut: count(a[OUT]!),
    departed: { ...count(departed), byReason },
    net: a[ADMITTED]!.length + a[READMITTED]!.length + a[IN]!.length - a[OUT]!.length - departed.length,
  };
}

/**
 * Membership flows in a window: first admissions (not transfers), re-admissions, official
 * recognitions, transfers in and out, departures by reason and the net change, for the whole
 * dataset, per calendar year or quarter, and optionally per organization. Only memberships of
 * party organizations count. An event counts on its day: admission and transfer in on the
 * membership's `startDate`, recognition on its `officialDate`, transfer out and departure on its
 * `endDate` (first day of a reduced-precision start, last day of a reduced-precision end). A
 * transfer between two organizations of the dataset (a membership ended by a transfer, or
 * without a reason, followed by one that starts as a transfer) moves no one in or out of the
 * dataset; per organization it is a transfer out of one and into the other (unless both have the
 * same grassroots organization under `groupBy: "grassroots"`).
 *
 * @param dataset - A parsed dataset.
 * @param options - `from`, `to`, `by` (default `"year"`), `groupBy`, `ids` (`false`: the counts
 *   without the people behind them).
 * @returns The figures, with the people behind every count.
 * @throws {GrassrootsError} `invalid-argument` for a missing date, `to` before `from`, or a bad
 *   `by` or `groupBy`; `invalid-date`.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb1", name: "Chi bộ 1", kind: "party-cell" }, { id: "cb2", name: "Chi bộ 2", kind: "party-cell" }],
 *   people: [{ id: "a", name: "A" }, { id: "b", name: "B" }, { id: "c", name: "C" }],
 *   memberships: [
 *     { personId: "a", organizationId: "cb1", startDate: "2022-05-19", officialDate: "2023-05-19" },
 *     { personId: "b", organizationId: "cb1", startDate: "2000-01-01", endDate: "2023-02-28", endReason: "transferred" },
 *     { personId: "b", organizationId: "cb2", startDate: "2023-03-01", startReason: "transferred" },
 *     { personId: "c", organizationId: "cb2", startDate: "1990", endDate: "2023-08-10", endReason: "died" },
 *   ],
 * });
 * const a = admissions(ds, { from: "2022-01-01", to: "2023-12-31" });
 * [a.admitted.ids, a.recognized.ids, a.departed.byReason.died.ids, a.net]; //=> [["a"], ["a"], ["c"], 0]
 * a.periods.map((p) => [p.period, p.net]);                                    //=> [["2022", 1], ["2023", -1]]
 * admissions(ds, { from: "2023-01-01", to: "2023-12-31", groupBy: "organization" }).organizations.map((o) => [o.organizationId, o.net]);
 * //=> [["cb1", -1], ["cb2", 0]]
 * ```
 */
export function admissions(dataset: Dataset, options: AdmissionsOptions): Admissions {
  const w = windowOf(options);
  const listIds = wantsIds(options.ids, "admissions");
  const { from, to, by, groupBy, starts, ends, labels } = w;
  const ix = datasetIndex(dataset);
  const o = ix.organizations;
  const no = o.count;

  // Group of each organization.
  let group: Int32Array | undefined;
  if (groupBy === "organization") {
    group = new Int32Array(no);
    for (let c = 0; c < no; c++) group[c] = c;
  } else if (groupBy === "grassroots") {
    const GRASSROOTS = ORGANIZATION_LEVELS.indexOf("grassroots");
    group = new Int32Array(no);
    for (let c = 0; c < no; c++) {
      let a = c;
      for (let steps = 0; a >= 0 && o.level[a] !== GRASSROOTS && steps < no; steps++) a = o.parent[a]!;
      group[c] = a >= 0 && o.level[a] === GRASSROOTS ? a : -1;
    }
  }

  const total = acc();
  const periods: Acc[] = starts.map(() => acc());
  const groupTotal: (Acc | undefined)[] = [];
  const groupPeriods: (Acc | undefined)[][] = [];
  const used = new Uint8Array(no + 1);
  const pIds = ix.people.ids;
  // Each event in the dataset totals (unless it counts for its group only) and in its group.
  eventsOf(ix, from, to, group, "person", (data, n) => {
    for (let i = 0; i < 4 * n; i += 4) {
      const e = data[i]!;
      const event = e & EVENT_MASK;
      const id = pIds[data[i + 1]!]!;
      const k = periodOf(starts, data[i + 2]!);
      const both = event >= DEPARTED; // a departure also counts among all departures
      if ((e & GROUP_ONLY) === 0) {
        total[event]!.push(id);
        periods[k]![event]!.push(id);
        if (both) {
          total[ALL_DEPARTED]!.push(id);
          periods[k]![ALL_DEPARTED]!.push(id);
        }
      }
      if (group === undefined) continue;
      const slot = data[i + 3]! + 1;
      used[slot] = 1;
      let gt = groupTotal[slot];
      if (gt === undefined) {
        groupTotal[slot] = gt = acc();
        groupPeriods[slot] = [];
      }
      gt[event]!.push(id);
      const gp = groupPeriods[slot]!;
      let a = gp[k];
      if (a === undefined) gp[k] = a = acc();
      a[event]!.push(id);
      if (both) {
        gt[ALL_DEPARTED]!.push(id);
        a[ALL_DEPARTED]!.push(id);
      }
    }
  });

  const periodList = (accs: (Acc | undefined)[]): AdmissionsPeriod[] =>
    labels.map((label, k) => ({ period: label, from: formatDay(starts[k]!), to: formatDay(ends[k]!), ...figures(accs[k] ?? acc(), listIds) }));

  const organizations: AdmissionsGroup[] = [];
  if (group !== undefined) {
    for (let slot = 1; slot <= no; slot++) {
      if (used[slot] === 1) organizations.push({ organizationId: o.ids[slot - 1]!, ...figures(groupTotal[slot]!, listIds), periods: periodList(groupPeriods[slot]!) });
    }
    if (used[0] === 1) organizations.push({ organizationId: null, ...figures(groupTotal[0]!, listIds), periods: periodList(groupPeriods[0]!) });
  }
  return {
    from: formatDay(from),
    to: formatDay(to),
    by,
    ...figures(total, listIds),
    periods: periodList(periods),
    organizations,
  };
}

/** The window of {@link admissions}, checked, and its periods: [start, end] day pairs and labels. */
interface Window {
  readonly from: number;
  readonly to: number;
  readonly by: "year" | "quarter";
  readonly groupBy: AdmissionsOptions["groupBy"];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly labels: readonly string[];
}

function windowOf(options: AdmissionsOptions): Window {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", "admissions: options { from, to } are required");
  const from = requiredDay(options.from, "from", "admissions");
  const to = requiredDay(options.to, "to", "admissions");
  if (to < from) throw new GrassrootsError("invalid-argument", "admissions: to is before from");
  const by = options.by ?? "year";
  if (by !== "year" && by !== "quarter") throw new GrassrootsError("invalid-argument", 'admissions: by must be "year" or "quarter"');
  const groupBy = options.groupBy;
  if (groupBy !== undefined && groupBy !== "organization" && groupBy !== "grassroots") {
    throw new GrassrootsError("invalid-argument", 'admissions: groupBy must be "organization" or "grassroots"');
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const labels: string[] = [];
  const [y0, m0] = civilFromDays(from);
  let y = y0;
  let q = by === "quarter" ? Math.floor((m0 - 1) / 3) : 0;
  for (;;) {
    const s = by === "year" ? daysFromCivil(y, 1, 1) : daysFromCivil(y, q * 3 + 1, 1);
    if (s > to) break;
    const e = by === "year" ? daysFromCivil(y + 1, 1, 1) - 1 : (q === 3 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, q * 3 + 4, 1)) - 1;
    starts.push(s < from ? from : s);
    ends.push(e > to ? to : e);
    labels.push(by === "year" ? String(y) : `${y}-Q${q + 1}`);
    if (by === "year" || q === 3) {
      y++;
      q = 0;
    } else q++;
  }
  return { from, to, by, groupBy, starts, ends, labels };
}

/** The period (index in `starts`, ascending) of a day of the window. */
function periodOf(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// An event of the log: its kind, plus GROUP_ONLY when it counts for its group only (a move
// between two organizations of the dataset).
const EVENT_MASK = 31;
const GROUP_ONLY = 32;

/**
 * Events are handed over in chunks of this many (in the order met: person by person in dataset
 * order, each person's memberships by start), four numbers each in `data[4 * i ..]`: the event
 * (with GROUP_ONLY), the person row, the day, and the group of the membership's organization
 * (-1 for none; all -1 without groups).
 */
const EVENT_CHUNK = 1 << 14;

/**
 * The membership rows with a start, official or end date in [from, to]: a superset of the rows
 * with events (eventsOf checks each exactly). Branch-free range tests: `(d - from) >>> 0` is at
 * most `to - from` exactly when `from ≤ d ≤ to`, for any day number or open-end sentinel.
 */
function rowsWithin(m: DatasetIndex["memberships"], from: number, to: number): Int32Array {
  const mStart = m.start;
  const mOfficial = m.official;
  const mEnd = m.end;
  const n = m.count;
  const span = to - from;
  let out = new Int32Array(1024);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const hit = (((mStart[r]! - from) >>> 0) <= span ? 1 : 0) | (((mOfficial[r]! - from) >>> 0) <= span ? 1 : 0) | (((mEnd[r]! - from) >>> 0) <= span ? 1 : 0);
    if (hit === 0) continue;
    if (k === out.length) {
      const bigger = new Int32Array(2 * k);
      bigger.set(out);
      out = bigger;
    }
    out[k++] = r;
  }
  return out.subarray(0, k);
}

/**
 * The events of [from, to] in one pass over the party memberships: person by person (`"person"`,
 * the order of the lists of {@link admissions}), or in the order of the membership rows
 * (`"rows"`, for counts: only the memberships with a date in the window are looked at with their
 * person's others).
 */
function eventsOf(ix: DatasetIndex, from: number, to: number, group: Int32Array | undefined, order: "person" | "rows", sink: (data: Int32Array, n: number) => void): void {
  // A fixed buffer handed to `sink` whenever full, and once at the end: a log growing with the
  // events (millions at national scale) cost more in garbage collection than the events took.
  const data = new Int32Array(4 * EVENT_CHUNK);
  let n = 0;
  const record = (event: number, p: number, day: number, g: number): void => {
    if (n === EVENT_CHUNK) {
      sink(data, n);
      n = 0;
    }
    const at = 4 * n++;
    data[at] = event;
    data[at + 1] = p;
    data[at + 2] = day;
    data[at + 3] = g;
  };
  const pc = ix.people;
  const m = ix.memberships;
  const kind = ix.organizations.kind;
  const mOrg = m.organization;
  const mStart = m.start;
  const mEnd = m.end;
  const mOfficial = m.official;
  const mStartReason = m.startReason;
  const mEndReason = m.endReason;
  const { personOffsets, personRows } = pc;
  // The events of the party membership at personRows[i] of person p, whose memberships end
  // before b; prev is their previous party membership row (-1 for none).
  const eventsAt = (p: number, i: number, b: number, prev: number): void => {
    const r = personRows[i]!;
    const g = group === undefined ? -1 : group[mOrg[r]!]!;
    const s = mStart[r]!;
    const sr = mStartReason[r]!; // 0 unspecified, 1 admitted, 2 readmitted, 3 transferred
    if (s >= from && s <= to) {
      if (sr === 1 || (sr === 0 && prev < 0)) record(ADMITTED, p, s, g);
      else if (sr === 2) record(READMITTED, p, s, g);
      else if (prev < 0) record(IN, p, s, g); // from outside the dataset
      else if (group !== undefined && group[mOrg[prev]!] !== g) record(IN + GROUP_ONLY, p, s, g); // from another organization
    }
    const off = mOfficial[r]!;
    if (off !== NO_END && off >= s && off >= from && off <= to) record(RECOGNIZED, p, off, g);
    const e = mEnd[r]!;
    if (e !== NO_END && e >= from && e <= to) {
      const er = mEndReason[r]!; // 0 unspecified, 1 transferred, 2 died ...
      // The next party membership of the person, if any.
      let next = -1;
      for (let j = i + 1; j < b; j++) {
        const rr = personRows[j]!;
        if (IS_PARTY_KIND[kind[mOrg[rr]!]!] === 1) {
          next = rr;
          break;
        }
      }
      const internal = (er === 0 || er === 1) && next >= 0 && (mStartReason[next] === 3 || mStartReason[next] === 0);
      if (internal) {
        if (group !== undefined && group[mOrg[next]!] !== g) record(OUT + GROUP_ONLY, p, e, g);
      } else if (er === 1) record(OUT, p, e, g);
      else record(DEPARTED + DEPARTURE_OF_END[er]!, p, e, g);
    }
  };
  if (order === "person") {
    const span = to - from;
    for (let p = 0, np = pc.count; p < np; p++) {
      const a = personOffsets[p]!;
      const b = personOffsets[p + 1]!;
      let prev = -1;
      for (let i = a; i < b; i++) {
        const r = personRows[i]!;
        if (IS_PARTY_KIND[kind[mOrg[r]!]!] === 0) continue;
        // Only a membership with a date in the window has events (see rowsWithin).
        if ((((mStart[r]! - from) >>> 0) <= span ? 1 : 0) | (((mOfficial[r]! - from) >>> 0) <= span ? 1 : 0) | (((mEnd[r]! - from) >>> 0) <= span ? 1 : 0)) eventsAt(p, i, b, prev);
        prev = r;
      }
    }
  } else {
    const mPerson = m.person;
    const rows = rowsWithin(m, from, to);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      if (IS_PARTY_KIND[kind[mOrg[r]!]!] === 0) continue;
      const p = mPerson[r]!;
      const a = personOffsets[p]!;
      const b = personOffsets[p + 1]!;
      let i = a;
      while (personRows[i] !== r) i++;
      let prev = -1;
      for (let j = i - 1; j >= a && prev < 0; j--) if (IS_PARTY_KIND[kind[mOrg[personRows[j]!]!]!] === 1) prev = personRows[j]!;
      eventsAt(p, i, b, prev);
    }
  }
  if (n > 0) sink(data, n);
}

/**
 * @internal The counts of {@link admissions} without groups: what a report keeps of it. The
 * same window, periods and events, counted instead of listed.
 */
export interface AdmissionTally {
  readonly from: string;
  readonly to: string;
  readonly total: AdmissionNumbers;
  readonly departedByReason: { readonly [R in DepartureReason]: number };
  readonly periods: readonly (AdmissionNumbers & { readonly period: string; readonly from: string; readonly to: string })[];
}

/** @internal {@link AdmissionFigures} as counts. */
export interface AdmissionNumbers {
  readonly admitted: number;
  readonly readmitted: number;
  readonly recognized: number;
  readonly transferredIn: number;
  readonly transferredOut: number;
  readonly departed: number;
  readonly net: number;
}

function numbers(c: Int32Array, b: number): AdmissionNumbers {
  return {
    admitted: c[b + ADMITTED]!,
    readmitted: c[b + READMITTED]!,
    recognized: c[b + RECOGNIZED]!,
    transferredIn: c[b + IN]!,
    transferredOut: c[b + OUT]!,
    departed: c[b + ALL_DEPARTED]!,
    net: c[b + ADMITTED]! + c[b + READMITTED]! + c[b + IN]! - c[b + OUT]! - c[b + ALL_DEPARTED]!,
  };
}

/** @internal See {@link AdmissionTally}; options (but `groupBy`) and errors as {@link admissions}'. */
export function admissionTally(dataset: Dataset, options: Omit<AdmissionsOptions, "groupBy">): AdmissionTally {
  const { from, to, starts, ends, labels } = windowOf(options); // a groupBy given is left unused
  // Counts per event kind: the whole window (block 0), then each period (block k + 1).
  const c = new Int32Array((starts.length + 1) * EVENTS);
  eventsOf(datasetIndex(dataset), from, to, undefined, "rows", (data, n) => {
    for (let i = 0; i < 4 * n; i += 4) {
      const event = data[i]!; // no group: no event counts for a group only
      const b = (periodOf(starts, data[i + 2]!) + 1) * EVENTS;
      c[event]!++;
      c[b + event]!++;
      if (event >= DEPARTED) {
        c[ALL_DEPARTED]!++;
        c[b + ALL_DEPARTED]!++;
      }
    }
  });
  const departedByReason = {} as { [R in DepartureReason]: number };
  for (let k = 0; k < DEPARTURE_REASONS.length; k++) departedByReason[DEPARTURE_REASONS[k]!] = c[DEPARTED + k]!;
  return {
    from: formatDay(from),
    to: formatDay(to),
    total: numbers(c, 0),
    departedByReason,
    periods: labels.map((period, k) => ({ period, from: formatDay(starts[k]!), to: formatDay(ends[k]!), ...numbers(c, (k + 1) * EVENTS) })),
  };
}
