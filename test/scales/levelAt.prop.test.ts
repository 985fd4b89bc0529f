import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levelAt, parseDataset } from "../../src/index.js";

// Ranks written by hand from the rule (R26): sơ cấp < trung cấp (≡ TC LLCT-HC) < cao cấp
// (≡ cử nhân chính trị ≡ cao cấp LLCT-HC ≡ giấy xác nhận tương đương).
const RANK: Readonly<Record<string, number>> = {
  none: 0,
  elementary: 1,
  intermediate: 2,
  "intermediate-administration": 2,
  advanced: 3,
  "bachelor-politics": 3,
  "advanced-administration": 3,
  "advanced-certificate": 3,
};
const CODES = Object.keys(RANK);

const pad = (n: number): string => String(n).padStart(2, "0");
/** A date of any precision, and the first day it stands for. */
const dateArb = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(1, 2, 3))
  .map(([y, m, d, p]) => (p === 1 ? `${y}` : p === 2 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));
const dayArb = fc
  .tuple(fc.integer({ min: 1985, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const qualArb = fc.record({ level: fc.constantFrom(...CODES), date: fc.option(dateArb, { nil: undefined }) });

const firstDayOf = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

function build(quals: readonly { level: string; date: string | undefined }[]): ReturnType<typeof parseDataset> {
  return parseDataset({
    people: [{ id: "p", name: "Lò Văn A" }],
    qualifications: quals.map((q) => (q.date === undefined ? { personId: "p", scale: "political-theory", level: q.level } : { personId: "p", scale: "political-theory", level: q.level, date: q.date })),
  });
}

describe("levelAt, properties", () => {
  it("is never lower at a later date", () => {
    fc.assert(
      fc.property(fc.array(qualArb, { maxLength: 6 }), dayArb, dayArb, (quals, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const ds = build(quals);
        const r1 = levelAt(ds, "p", "political-theory", early);
        const r2 = levelAt(ds, "p", "political-theory", late);
        expect(r1 === undefined ? -1 : RANK[r1]!).toBeLessThanOrEqual(r2 === undefined ? -1 : RANK[r2]!);
      }),
      { numRuns: 300 },
    );
  });

  it("has the rank of the highest qualification dated on or before the date (undated: always)", () => {
    fc.assert(
      fc.property(fc.array(qualArb, { maxLength: 6 }), dayArb, (quals, day) => {
        let expected = -1;
        for (const q of quals) if (q.date === undefined || firstDayOf(q.date) <= day) expected = Math.max(expected, RANK[q.level]!);
        const got = levelAt(build(quals), "p", "political-theory", day);
        expect(got === undefined ? -1 : RANK[got]!).toBe(expected);
        if (got !== undefined) expect(quals.some((q) => q.level === got)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
