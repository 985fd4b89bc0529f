// The id table that resolves references (src/_lib/idtable.ts) against a Map<string, number>
// oracle with first-occurrence-wins semantics, as parseDataset reports duplicates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashId, IdTable } from "../../src/_lib/idtable.js";

/** Adds `ids` row by row to a table and to a Map oracle; returns both and the rows add() gave. */
function build(ids: readonly string[], expected: number): { table: IdTable; oracle: Map<string, number>; firstOf: number[] } {
  const table = new IdTable(expected);
  const oracle = new Map<string, number>();
  const firstOf: number[] = [];
  ids.forEach((id, row) => {
    firstOf.push(table.add(id, row));
    if (!oracle.has(id)) oracle.set(id, row);
  });
  return { table, oracle, firstOf };
}

describe("IdTable", () => {
  it("finds every id at its row, and -1 for others", () => {
    const t = new IdTable(3);
    expect(t.add("p1", 0)).toBe(-1);
    expect(t.add("p2", 1)).toBe(-1);
    expect(t.add("Nguyễn", 2)).toBe(-1);
    expect([t.get("p1"), t.get("p2"), t.get("Nguyễn"), t.get("p3"), t.get(""), t.get("P1")]).toEqual([0, 1, 2, -1, -1, -1]);
    expect(t.size).toBe(3);
    expect(t.has("p2")).toBe(true);
    expect(t.has("p4")).toBe(false);
    // From JavaScript, anything may come in as an id: not found, rather than a TypeError.
    expect([t.get(undefined as unknown as string), t.get(1 as unknown as string), t.get(null as unknown as string)]).toEqual([-1, -1, -1]);
    expect([...t.keys()]).toEqual(["p1", "p2", "Nguyễn"]);
  });

  it("keeps the first row of a duplicate and returns it", () => {
    const t = new IdTable(4);
    t.add("a", 0);
    t.add("b", 1);
    expect(t.add("a", 2)).toBe(0);
    expect(t.add("b", 3)).toBe(1);
    expect(t.get("a")).toBe(0);
    expect(t.size).toBe(2);
    expect([...t.keys()]).toEqual(["a", "b"]);
  });

  it("treats keys that mean something to objects as plain ids", () => {
    const ids = ["__proto__", "constructor", "toString", "hasOwnProperty", "0", "length"];
    const t = new IdTable(0);
    ids.forEach((id, i) => t.add(id, i));
    expect(ids.map((id) => t.get(id))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(t.get("valueOf")).toBe(-1);
  });

  it("tells apart ids with the same hash", () => {
    // Find two different ids with equal hashes by brute force over short ids (a 30-bit hash:
    // by the birthday bound, ~40 k ids give a collision with probability ~50%, 150 k almost surely).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 2_000_000; i++) {
      const id = `x${i.toString(36)}`;
      const h = hashId(id);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, id];
      else seen.set(h, id);
    }
    expect(pair).toBeDefined();
    const [a, b] = pair!;
    expect(hashId(a)).toBe(hashId(b));
    const t = new IdTable(2);
    expect(t.add(a, 0)).toBe(-1);
    expect(t.get(b)).toBe(-1);
    expect(t.add(b, 1)).toBe(-1);
    expect([t.get(a), t.get(b)]).toEqual([0, 1]);
  });

  it("grows past the size it was given and keeps every id", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `u${i}`);
    const { table } = build(ids, 1);
    expect(table.size).toBe(5000);
    for (let i = 0; i < ids.length; i++) expect(table.get(ids[i]!)).toBe(i);
    expect(table.get("u5000")).toBe(-1);
  });

  it("agrees with a Map for any list of ids, duplicates and any text included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 }), fc.constantFrom("p1", "p2", "Bản A", "__proto__")), { maxLength: 300 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }),
        fc.nat(400),
        (ids, probes, expected) => {
          const { table, oracle, firstOf } = build(ids, expected);
          expect(table.size).toBe(oracle.size);
          ids.forEach((id, row) => expect(firstOf[row]).toBe(oracle.get(id) === row ? -1 : oracle.get(id)));
          for (const id of [...ids, ...probes]) expect(table.get(id)).toBe(oracle.get(id) ?? -1);
          expect([...table.keys()]).toEqual([...oracle.keys()]);
        },
      ),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
