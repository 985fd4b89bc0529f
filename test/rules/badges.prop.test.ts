// badgesDue against a reference computed here from the raw memberships, by rule R23 (party age
// runs from the first party admission, the days without party membership after it deducted) and
// HD 01 item 18 (badge on the day the party age reaches the milestone; early awards up to the
// allowance before it): merged party-membership segments, walked until the milestone's number of
// counted days. No library code but parseDataset is involved, so the shortcuts badgesDue takes
// (the lower bound on the admission day, the cheap year bounds) are checked from outside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/index.js";
import { badgesDue, PARTY_BADGES_HD_01_2021 } from "../../src/rules/index.js";

const DAY = 86_400_000;
const BASE = Date.UTC(2015, 0, 1) / DAY;
const isoOf = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);
/** `d` plus `k` calendar months, the day clamped to the month's last (29 Feb + 12 months = 28 Feb). */
function addMonths(d: number, k: number): number {
  const t = new Date(d * DAY);
  const total = t.getUTCFullYear() * 12 + t.getUTCMonth() + k;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(t.getUTCDate(), last)) / DAY;
}

interface Seg {
  readonly party: boolean;
  readonly start: number;
  /** Days after start; null: open. */
  readonly length: number | null;
}

const segment = fc.record({
  party: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
  start: fc.integer({ min: -3000, max: 2500 }),
  length: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null, freq: 3 }),
});
const caseArb = fc.record({
  people: fc.array(fc.array(segment, { maxLength: 4 }), { minLength: 1, maxLength: 6 }),
  from: fc.integer({ min: -500, max: 3000 }),
  span: fc.integer({ min: 0, max: 1200 }),
  milestones: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }).map((xs) => [...xs].sort((a, b) => a - b)),
  months: fc.integer({ min: 1, max: 24 }),
  early: fc.constantFrom<"none" | "all" | "first">("none", "all", "first"),
  // Half the cases put the window's end within 3 days of some person's milestone (or of its
  // earliest early award), where a bound on the admission day that is too tight would show.
  anchor: fc.option(fc.record({ p: fc.nat(), k: fc.nat(), delta: fc.integer({ min: -3, max: 3 }), early: fc.boolean() }), { nil: undefined, freq: 2 }),
});

type Row = [string, number, string, string, boolean];

/** A person's party membership as merged [first, last] day ranges, up to `horizon`. */
function partyRanges(segs: readonly Seg[], horizon: number): [number, number][] {
  const party = segs
    .filter((s) => s.party && BASE + s.start <= horizon)
    .map((s) => [BASE + s.start, s.length === null ? horizon : Math.min(BASE + s.start + s.length, horizon)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of party) {
    const last = merged[merged.length - 1];
    if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** The day n years of party age are complete (the (target - admitted + 1)-th day of membership), or undefined. */
function dueDay(merged: readonly [number, number][], n: number): number | undefined {
  if (merged.length === 0) return undefined;
  const admitted = merged[0]![0];
  let remaining = addMonths(admitted, 12 * n) - admitted + 1;
  for (const [a, b] of merged) {
    if (remaining <= b - a + 1) return a + remaining - 1;
    remaining -= b - a + 1;
  }
  return undefined;
}

/** The badges due by the rules, from the segments alone. */
function reference(people: readonly (readonly Seg[])[], from: number, to: number, milestones: readonly number[], months: number, early: "none" | "all" | "first"): Row[] {
  const horizon = early === "none" ? to : addMonths(to, months);
  const rows: { due: number; p: number; k: number; row: Row }[] = [];
  people.forEach((segs, p) => {
    const merged = partyRanges(segs, horizon);
    const canEarly = early === "all" || (early === "first" && p === 0);
    milestones.forEach((n, k) => {
      const due = dueDay(merged, n);
      if (due === undefined || due < from) return;
      const earliest = canEarly ? addMonths(due, -months) : due;
      if (due <= to) rows.push({ due, p, k, row: [`p${p}`, n, isoOf(due), isoOf(earliest), false] });
      else if (canEarly && earliest <= to) rows.push({ due, p, k, row: [`p${p}`, n, isoOf(due), isoOf(earliest), true] });
    });
  });
  rows.sort((a, b) => a.due - b.due || a.p - b.p || a.k - b.k);
  return rows.map((r) => r.row);
}

describe("badgesDue (property)", () => {
  it("lists exactly the badges a walk over the merged party memberships finds, early awards included", () => {
    let listed = 0;
    let early = 0;
    fc.assert(
      fc.property(caseArb, ({ people, from: f, span, milestones, months, early: mode, anchor }) => {
        const ds = parseDataset({
          organizations: [
            { id: "cb", name: "Chi bộ", kind: "party-cell" },
            { id: "dtn", name: "Chi đoàn", kind: "youth-union" },
          ],
          people: people.map((_, p) => ({ id: `p${p}`, name: `Người ${p}` })),
          memberships: people.flatMap((segs, p) =>
            segs.map((s) => ({
              personId: `p${p}`,
              organizationId: s.party ? "cb" : "dtn",
              startDate: isoOf(BASE + s.start),
              ...(s.length === null ? {} : { endDate: isoOf(BASE + s.start + s.length) }),
            })),
          ),
        });
        let from = BASE + f;
        let to = from + span;
        const due = anchor === undefined ? undefined : dueDay(partyRanges(people[anchor.p % people.length]!, Infinity), milestones[anchor.k % milestones.length]!);
        if (anchor !== undefined && due !== undefined) {
          to = (anchor.early && mode !== "none" ? addMonths(due, -months) : due) + anchor.delta;
          from = to - span;
        }
        const rules = { ...PARTY_BADGES_HD_01_2021, milestones, earlyAward: [{ fromYears: 1, toYears: 8, months }] };
        const earlyAwardFor = mode === "none" ? undefined : mode === "all" ? ("all" as const) : ["p0"];
        const got = badgesDue(ds, { from: isoOf(from), to: isoOf(to), rules, ...(earlyAwardFor === undefined ? {} : { earlyAwardFor }) });
        const want = reference(people, from, to, milestones, months, mode);
        expect(got.map((b): Row => [b.personId, b.years, b.dueDate, b.earliestDate, b.early])).toEqual(want);
        listed += want.length;
        early += want.filter((r) => r[4]).length;
      }),
      { numRuns: 400, seed: 31 },
    );
    // The cases list badges, early ones among them.
    expect(listed).toBeGreaterThan(100);
    expect(early).toBeGreaterThan(10);
  });
});
