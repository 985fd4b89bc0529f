import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset, safeParseDataset } from "../../src/model/parse.js";
import { BREAK_KINDS, arbitraryBrokenDataset, arbitraryDataset } from "../../src/testing/index.js";

// Fixed seeds keep the suite reproducible; the run counts keep it at a few seconds on 2 cores.
const runs = (numRuns: number, seed: number): fc.Parameters<unknown> => ({ numRuns, seed });

function pollution(): unknown[] {
  const probe: Record<string, unknown> = {};
  return [Object.keys(Object.prototype), probe["polluted"], probe["people"], Object.getOwnPropertyNames(Object.prototype).length];
}

describe("arbitraryDataset", () => {
  it("produces datasets that parse", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc), (input) => {
        const r = safeParseDataset(input);
        expect(r.issues).toEqual([]);
        expect(r.success).toBe(true);
      }),
      runs(150, 1),
    );
  });

  it("produces larger datasets that parse", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc, { maxLength: 25 }), (input) => {
        expect(safeParseDataset(input).issues).toEqual([]);
      }),
      runs(30, 2),
    );
  });

  it("survives a JSON round trip", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc), (input) => {
        expect(parseDataset(JSON.parse(JSON.stringify(input)))).toStrictEqual(parseDataset(input));
      }),
      runs(100, 3),
    );
  });

  it("respects maxLength", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc, { maxLength: 2 }), (input) => {
        for (const c of ["units", "organizations", "people", "memberships", "posts", "qualifications", "ratings"] as const) {
          expect((input[c] ?? []).length).toBeLessThanOrEqual(2);
        }
      }),
      runs(50, 4),
    );
  });

  it("covers the interesting cases: partial dates, party memberships, both rating forms", () => {
    const samples = fc.sample(arbitraryDataset(fc), { numRuns: 200, seed: 5 });
    const dates = samples.flatMap((d) => (d.people ?? []).map((p) => p.birthDate).filter((x): x is string => x !== undefined));
    expect(dates.some((d) => d.length === 4)).toBe(true);
    expect(dates.some((d) => d.length === 7)).toBe(true);
    expect(dates.some((d) => d.length === 10)).toBe(true);
    expect(samples.some((d) => (d.memberships ?? []).some((m) => m.officialDate !== undefined))).toBe(true);
    expect(samples.some((d) => (d.ratings ?? []).some((r) => r.level === undefined && r.score !== undefined))).toBe(true);
    expect(samples.some((d) => (d.organizations ?? []).some((o) => o.parentId !== undefined))).toBe(true);
    expect(samples.some((d) => d.people === undefined)).toBe(true);
  });
});

describe("arbitraryBrokenDataset", () => {
  it("fails to parse, with the expected issue among those reported", () => {
    fc.assert(
      fc.property(arbitraryBrokenDataset(fc), ({ input, expected }) => {
        const r = safeParseDataset(input);
        expect(r.success).toBe(false);
        expect(r.issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual(expected);
      }),
      runs(300, 6),
    );
  });

  it.each(BREAK_KINDS)("breaks datasets by %s", (kind) => {
    fc.assert(
      fc.property(arbitraryBrokenDataset(fc, { kinds: [kind], maxLength: 5 }), (b) => {
        expect(b.kind).toBe(kind);
        const r = safeParseDataset(b.input);
        expect(r.issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual(b.expected);
      }),
      runs(25, 7),
    );
  });

  it("breaks even empty datasets", () => {
    fc.assert(
      fc.property(arbitraryBrokenDataset(fc, { maxLength: 0 }), ({ input, expected }) => {
        expect(safeParseDataset(input).issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual(expected);
      }),
      runs(100, 8),
    );
  });
});

describe("safeParseDataset on arbitrary input", () => {
  const before = pollution();

  it("never throws on anything", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }), (value) => {
        const r = safeParseDataset(value);
        expect(typeof r.success).toBe("boolean");
      }),
      runs(300, 9),
    );
  });

  it("never throws on JSON values, nor on datasets holding them", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("people", "units", "organizations", "memberships", "ratings", "asOf"), (value, key) => {
        expect(typeof safeParseDataset(value).success).toBe("boolean");
        expect(typeof safeParseDataset({ [key]: value }).success).toBe("boolean");
        expect(typeof safeParseDataset({ [key]: [value] }).success).toBe("boolean");
      }),
      runs(300, 10),
    );
  });

  it("never throws on __proto__ / constructor / prototype keys, and pollutes nothing", () => {
    const key = fc.constantFrom("__proto__", "constructor", "prototype", "people", "id", "name", "polluted");
    const value = fc.oneof(fc.jsonValue(), fc.constant({ polluted: true }), fc.constant([{ polluted: true }]));
    // JSON.parse creates own "__proto__" keys, as an attacker's payload would.
    const record = fc.dictionary(key, value, { maxKeys: 4 }).map((d) => JSON.parse(JSON.stringify(d).replace(/"polluted"/g, '"__proto__"')) as unknown);
    const dataset = fc.record({ top: fc.dictionary(key, value, { maxKeys: 3 }), records: fc.array(record, { maxLength: 3 }), collection: fc.constantFrom("people", "units", "organizations") });
    fc.assert(
      fc.property(dataset, ({ top, records, collection }) => {
        const text = JSON.stringify({ ...top, [collection]: records });
        const input = JSON.parse(text.replace(/"polluted"/g, '"__proto__"')) as unknown;
        const r = safeParseDataset(input);
        expect(typeof r.success).toBe("boolean");
        if (/"(__proto__|constructor|prototype)"\s*:/.test(JSON.stringify(input))) expect(r.success).toBe(false);
        expect(pollution()).toEqual(before);
      }),
      runs(300, 11),
    );
    expect(pollution()).toEqual(before);
  });
});

describe("the testing entry", () => {
  it("does not import fast-check at run time", () => {
    for (const file of ["arbitraries.ts", "builders.ts", "generate.ts", "random.ts", "index.ts"]) {
      const text = readFileSync(join(import.meta.dirname, "../../src/testing", file), "utf8");
      const imports = text.match(/^import[^;]*from\s+"fast-check";/gm) ?? [];
      for (const line of imports) expect(line, file).toMatch(/^import type /);
      expect(text, file).not.toMatch(/import\(\s*["']fast-check["']\s*\)|require\(\s*["']fast-check["']\s*\)/);
    }
  });
});
