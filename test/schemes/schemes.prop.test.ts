import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkQuota,
  classify,
  HD_27_2014,
  levelForScore,
  ND_335_2025,
  parseDataset,
  QD_366_2025,
  ratingDistribution,
  shareAtOrAbove,
  type ClassifyInput,
  type Scheme,
} from "../../src/index.js";

const share = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 40 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ numerator: n, denominator: d }))),
);
const facts366 = fc.record(
  {
    subject: fc.constantFrom("individual", "leader", "collective"),
    tasksOnTime: share,
    tasksExceeded: share,
    shortcomingsFixed: share,
    tasksCompleted: share,
    tasksBehindSchedule: share,
    ledUnitTasksOnTime: share,
    ledUnitTasksExceeded: share,
    subordinateDisciplined: fc.boolean(),
    leadershipMemberDisciplined: fc.boolean(),
    disciplined: fc.boolean(),
    degradation: fc.boolean(),
  },
  { requiredKeys: ["subject"] },
) as fc.Arbitrary<ClassifyInput>;
const facts27 = fc.record({ disunity: fc.boolean(), massOrganizationsLowest: fc.integer({ min: 0, max: 4 }), selectedExemplary: fc.boolean() }, { requiredKeys: [] }) as fc.Arbitrary<ClassifyInput>;
const score = fc.double({ min: 0, max: 100, noNaN: true });

function rank(s: Scheme, code: string | null): number {
  return code === null ? Number.POSITIVE_INFINITY : s.levels.findIndex((l) => l.code === code);
}

describe("classify: a higher score never gives a worse level when the other facts are equal", () => {
  for (const [s, facts] of [
    [QD_366_2025, facts366],
    [ND_335_2025, fc.constant({} as ClassifyInput)],
    [HD_27_2014, facts27],
  ] as const) {
    it(s.id, () => {
      fc.assert(
        fc.property(facts, score, score, fc.constantFrom<"assume-met" | "not-met">("assume-met", "not-met"), (f, a, b, missing) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = classify(s, { ...f, score: lo }, { missing }).level;
          const y = classify(s, { ...f, score: hi }, { missing }).level;
          return rank(s, y) <= rank(s, x);
        }),
        { numRuns: 400 },
      );
    });
  }
  it("and the level is never better than the score's band", () => {
    fc.assert(
      fc.property(facts366, score, (f, sc) => rank(QD_366_2025, classify(QD_366_2025, { ...f, score: sc }).level) >= rank(QD_366_2025, levelForScore(QD_366_2025, sc))),
      { numRuns: 400 },
    );
  });
});

describe("checkQuota", () => {
  it("the limit never decreases with the base, and round lies between floor and ceil", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 100 }), (good, x, pct) => {
        const entries = (g: number) => [
          ...Array.from({ length: x }, (_, i) => ({ subjectId: `x${i}`, level: "excellent" })),
          ...Array.from({ length: g }, (_, i) => ({ subjectId: `g${i}`, level: "good" })),
        ];
        const lim = (g: number, rounding: "floor" | "round" | "ceil") => checkQuota(entries(g), { scheme: QD_366_2025, share: [pct, 100], rounding }).groups[0]!.limit;
        const f = lim(good, "floor");
        const r = lim(good, "round");
        const c = lim(good, "ceil");
        return f <= r && r <= c && c - f <= 1 && lim(good + 1, "floor") >= f && f * 100 <= pct * good && c * 100 >= pct * good;
      }),
      { numRuns: 200 },
    );
  });
});

describe("ratingDistribution", () => {
  const level = fc.constantFrom("excellent", "good", "completed", "not-completed");
  const rating = fc.record({
    org: fc.integer({ min: 0, max: 11 }),
    period: fc.constantFrom<number | string>(2025, 2026, "2026", "2026-Q1", "2026-Q2", 2027),
    level: fc.option(level, { nil: undefined }),
    score: fc.double({ min: 0, max: 100, noNaN: true }),
  });
  it("counts sum to the ratings selected, shares sum to 1, and each count matches a plain filter of the records", () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 60 }), fc.constantFrom<"pooled" | "period-mean">("pooled", "period-mean"), (rs, average) => {
        const ds = parseDataset({
          organizations: Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, name: `Tổ chức ${i}`, kind: i % 2 === 0 ? ("party-cell" as const) : ("youth-union" as const) })),
          ratings: rs.map((r) => ({ subjectId: `o${r.org}`, scheme: "qd-366-2025", period: r.period, ...(r.level === undefined ? { score: r.score } : { level: r.level }) })),
        });
        const d = ratingDistribution(ds, { subjectKind: "organization", scheme: QD_366_2025, from: 2025, to: 2027, average });
        // Oracle: the records themselves.
        const levelOf = (r: (typeof rs)[number]): string => r.level ?? (r.score >= 90 ? "excellent" : r.score >= 70 ? "good" : r.score >= 50 ? "completed" : "not-completed");
        expect(d.rated).toBe(rs.length);
        for (const l of d.levels) expect(l.count, l.level).toBe(rs.filter((r) => levelOf(r) === l.level).length);
        expect(d.levels.reduce((a, l) => a + l.count, 0)).toBe(rs.length);
        for (const l of d.levels) expect(l.ids.length).toBe(l.count);
        for (const p of d.periods) {
          expect(p.levels.reduce((a, l) => a + l.count, 0)).toBe(p.rated);
          if (p.rated > 0) expect(p.levels.reduce((a, l) => a + l.share.ratio!, 0)).toBeCloseTo(1, 12);
        }
        if (rs.length > 0) {
          expect(d.levels.reduce((a, l) => a + l.share!, 0)).toBeCloseTo(1, 12);
          expect(d.levels.reduce((a, l) => a + l.periodMean!, 0)).toBeCloseTo(1, 12);
          expect(shareAtOrAbove(d, "not-completed").ratio).toBe(1);
        }
        // Periods: a year and its quarters are distinct.
        const keys = new Set(rs.map((r) => String(r.period)));
        expect(d.periods.map((p) => p.period).sort()).toEqual([...keys].sort());
        // Unrated per period: organizations without a rating in it.
        for (const p of d.periods) {
          const rated = new Set(rs.filter((r) => String(r.period) === p.period).map((r) => `o${r.org}`));
          expect(p.unrated.count).toBe(12 - rated.size);
        }
      }),
      { numRuns: 150 },
    );
  });
});
