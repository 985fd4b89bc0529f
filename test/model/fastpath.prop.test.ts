// The hand-written fast-path validators (src/model/fastpath.ts) against the zod schemas they
// stand in for: whatever the fast path accepts, zod accepts with the very same output (keys,
// key order, values, NFC names, unknown fields kept or dropped), and the whole parse (issues,
// paths, messages, data) is the same with the fast path on and off.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { COLLECTIONS, type CollectionName } from "../../src/model/codes.js";
import { compileDataset } from "../../src/model/compile.js";
import { FAST_PATH, FAST_RECORD, MAYBE_NOT_NFC, type FieldMode } from "../../src/model/fastpath.js";
import { readJsonLines } from "../../src/model/jsonl.js";
import { safeParseDataset, type ParseOptions } from "../../src/model/parse.js";
import { RECORD_SCHEMAS } from "../../src/model/schemas.js";
import { arbitraryBrokenDataset, arbitraryDataset } from "../../src/testing/index.js";

const runs = (numRuns: number, seed: number): fc.Parameters<unknown> => ({ numRuns, seed });
const MODES: readonly FieldMode[] = ["reject", "keep", "strip"];

afterEach(() => {
  FAST_PATH.enabled = true;
});

/** A key-order-sensitive picture of a value: every own key in order, -0 and NaN told apart. */
function canon(x: unknown): unknown {
  if (typeof x === "number") return Object.is(x, -0) ? "number:-0" : Number.isNaN(x) ? "number:NaN" : x;
  if (typeof x !== "object" || x === null) return x;
  if (Array.isArray(x)) return ["array", ...x.map(canon)];
  return ["object", Object.getPrototypeOf(x) === null ? "null-proto" : "proto", ...Reflect.ownKeys(x).map((k) => [String(k), canon((x as Record<PropertyKey, unknown>)[k])])];
}

function zodParse(c: CollectionName, mode: FieldMode, value: unknown): { success: boolean; data?: unknown } {
  const base = RECORD_SCHEMAS[c];
  const schema = mode === "reject" ? base : mode === "keep" ? base.loose() : base.strip();
  return schema.safeParse(value);
}

const SHAPE_KEYS: Readonly<Record<CollectionName, readonly string[]>> = {
  organizations: ["id", "name", "kind", "level", "parentId", "unitId", "coversUnitIds", "foundingDate", "dissolutionDate"],
  units: ["id", "name", "kind", "parentId", "foundingDate", "dissolutionDate"],
  people: ["id", "name", "birthDate", "gender", "ethnicity", "unitId"],
  memberships: ["id", "personId", "organizationId", "startDate", "startReason", "officialDate", "endDate", "endReason"],
  posts: ["id", "personId", "role", "organizationId", "unitId", "startDate", "endDate"],
  qualifications: ["id", "personId", "scale", "level", "date"],
  ratings: ["id", "subjectId", "subjectKind", "scheme", "period", "level", "score"],
};
const EXTRA_KEYS = ["note", "birthdate", "1", "__proto__", "constructor", "prototype", "toString"];

// Values at the edges of what the schemas accept.
const emoji = "\u{1F600}";
const SPECIAL: readonly unknown[] = [
  undefined, null, true, 0, -0, 1, 999, 1000, 2024, 9999, 10000, 2024.5, Number.NaN, Number.POSITIVE_INFINITY, -1e9, 1e9, 1e9 + 1, -1e9 - 1,
  "", "x", " ", "a".repeat(100), "a".repeat(101), "a".repeat(200), "a".repeat(201), "a".repeat(1000), "a".repeat(1001),
  emoji.repeat(100), emoji.repeat(101), emoji.repeat(150), "\uD800", "e\u0301", "Nguye\u0302\u0303n", "Nguyễn Thị Hương", "Ω", "\u212B", "ﬁ",
  "2024", "2024-02", "2024-02-29", "2023-02-29", "2024-13", "2024-00", "0999", "24", "2024-1", "2024-Q1", "2024-Q4", "2024-Q5", "2024-Q0", "2024-q1", "٢٠٢٤", "2024\n",
  "party-cell", "village", "male", "female", "admitted", "transferred", "died", "secretary", "political-theory", "person", "organization", "grassroots",
  [], ["b1"], ["b1", "b1"], [""], [1], new Array(3), { a: 1 }, { id: "x" },
];
const special = fc.constantFrom(...SPECIAL);
const weird = fc.oneof(special, special, fc.string({ maxLength: 12 }), fc.integer({ min: -5000, max: 20000 }), fc.double(), fc.array(fc.oneof(special, fc.string({ maxLength: 4 })), { maxLength: 3 }));

type Mutation =
  | { kind: "set"; key: number; extra: boolean; value: unknown }
  | { kind: "delete"; key: number }
  | { kind: "reverse" }
  | { kind: "hidden"; key: number; value: unknown }
  | { kind: "null-proto" }
  | { kind: "none" };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key: fc.nat(20), extra: fc.boolean(), value: weird }),
  fc.record({ kind: fc.constant("delete" as const), key: fc.nat(20) }),
  fc.constant({ kind: "reverse" as const }),
  fc.record({ kind: fc.constant("hidden" as const), key: fc.nat(20), value: weird }),
  fc.constant({ kind: "null-proto" as const }),
  fc.constant({ kind: "none" as const }),
);

function copyArrays(v: unknown): unknown {
  return Array.isArray(v) ? [...(v as unknown[])] : v;
}

/** A fresh, mutated copy of a record (never the arbitrary's own object). */
function mutate(c: CollectionName, rec: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const keys = SHAPE_KEYS[c];
  const entries: [string, unknown][] = Object.keys(rec).map((k) => [k, copyArrays(rec[k])]);
  if (m.kind === "reverse") entries.reverse();
  let out: Record<string, unknown> = m.kind === "null-proto" ? Object.create(null) : {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (m.kind === "set") {
    const k = m.extra ? EXTRA_KEYS[m.key % EXTRA_KEYS.length]! : keys[m.key % keys.length]!;
    // An own property even for "__proto__", as JSON.parse makes it.
    Object.defineProperty(out, k, { value: m.value, enumerable: true, writable: true, configurable: true });
  } else if (m.kind === "delete") {
    delete out[keys[m.key % keys.length]!];
  } else if (m.kind === "hidden") {
    const k = keys[m.key % keys.length]!;
    if (!Object.prototype.hasOwnProperty.call(out, k)) Object.defineProperty(out, k, { value: m.value, enumerable: false, writable: true, configurable: true });
  }
  if (m.kind === "none") out = { ...out };
  return out;
}

const recordCase = fc.tuple(arbitraryDataset(fc, { maxLength: 4 }), fc.constantFrom(...COLLECTIONS), fc.nat(), mutation, fc.constantFrom(...MODES), fc.boolean());

describe("fast-path record validators", () => {
  it("accept only what zod accepts, with zod's exact output, frozen, leaving the input alone", () => {
    let accepted = 0;
    let fellBack = 0;
    fc.assert(
      fc.property(recordCase, ([ds, c, pick, m, mode, owned]) => {
        const list = (ds[c] ?? []) as Record<string, unknown>[];
        if (list.length === 0) return;
        const rec = mutate(c, list[pick % list.length]!, m);
        const before = canon(rec);
        const fast = FAST_RECORD[c](rec, mode, owned);
        // zod never writes to its input; the fast path at most froze it (owned).
        const expected = zodParse(c, mode, rec);
        if (fast === undefined) {
          fellBack++;
          expect(canon(rec)).toEqual(before);
          return;
        }
        accepted++;
        expect(expected.success).toBe(true);
        expect(canon(fast)).toEqual(canon(expected.data));
        if (!owned) {
          expect(fast).not.toBe(rec);
          expect(canon(rec)).toEqual(before);
          expect(Object.isFrozen(rec)).toBe(false);
        }
        const hasExtra = Object.keys(fast).some((k) => !SHAPE_KEYS[c].includes(k));
        if (!hasExtra) expect(Object.isFrozen(fast)).toBe(true);
        const covers = (fast as { coversUnitIds?: unknown }).coversUnitIds;
        if (Array.isArray(covers) && !hasExtra) expect(Object.isFrozen(covers)).toBe(true);
      }),
      runs(1500, 11),
    );
    // Both branches were exercised.
    expect(accepted).toBeGreaterThan(250);
    expect(fellBack).toBeGreaterThan(150);
  });

  it("accept every record of a valid dataset as it comes (reject mode)", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc), fc.boolean(), (ds, owned) => {
        for (const c of COLLECTIONS) {
          for (const rec of (ds[c] ?? []) as Record<string, unknown>[]) {
            const copy = mutate(c, rec, { kind: "none" });
            expect(FAST_RECORD[c](copy, "reject", owned)).toBeDefined();
          }
        }
      }),
      runs(100, 12),
    );
  });

  it("give zod's output for every combination of optional fields, in shape order or not", () => {
    // A valid value for every field of every collection.
    const full: Readonly<Record<CollectionName, Record<string, unknown>>> = {
      organizations: { id: "o1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", level: "branch", parentId: "o0", unitId: "u1", coversUnitIds: ["u1", "u2"], foundingDate: "1990", dissolutionDate: "2025-06-30" },
      units: { id: "u1", name: "Bản Nậm Nhùn", kind: "village", parentId: "u0", foundingDate: "1990-05", dissolutionDate: "2025-07-01" },
      people: { id: "p1", name: "Lò Văn A", birthDate: "1980-02-29", gender: "male", ethnicity: "Thái", unitId: "u1" },
      memberships: { id: "m1", personId: "p1", organizationId: "o1", startDate: "2005", startReason: "admitted", officialDate: "2006-05", endDate: "2020-01-31", endReason: "died" },
      posts: { id: "t1", personId: "p1", role: "secretary", organizationId: "o1", unitId: "u1", startDate: "2020", endDate: "2025-06" },
      qualifications: { id: "q1", personId: "p1", scale: "political-theory", level: "intermediate", date: "2015-09-01" },
      ratings: { id: "r1", subjectId: "p1", subjectKind: "person", scheme: "qd-124-2023", period: "2024-Q2", level: "good", score: 87.5 },
    };
    let checked = 0;
    for (const c of COLLECTIONS) {
      const keys = SHAPE_KEYS[c];
      const shape = RECORD_SCHEMAS[c].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
      const required = keys.filter((k) => !shape[k]!.safeParse(undefined).success);
      const optional = keys.filter((k) => !required.includes(k));
      for (let mask = 0; mask < 1 << optional.length; mask++) {
        const present = keys.filter((k) => required.includes(k) || (mask & (1 << optional.indexOf(k))) !== 0);
        for (const order of [present, [...present].reverse()]) {
          for (const mode of MODES) {
            for (const owned of [false, true]) {
              const rec: Record<string, unknown> = {};
              for (const k of order) rec[k] = copyArrays(full[c][k]);
              const expected = zodParse(c, mode, rec);
              const fast = FAST_RECORD[c](rec, mode, owned);
              expect(expected.success).toBe(true);
              expect([c, order.join(","), canon(fast)]).toEqual([c, order.join(","), canon(expected.data)]);
              expect(Object.isFrozen(fast)).toBe(true);
              if (!owned) expect(fast).not.toBe(rec);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("skip NFC normalisation only for text that is NFC: every pair of the code units it skips", () => {
    const safe: string[] = [];
    for (let u = 0; u <= 0xffff; u++) if (!MAYBE_NOT_NFC.test(String.fromCharCode(u))) safe.push(String.fromCharCode(u));
    expect(safe.length).toBe(0x300 + 0x100);
    // For each a: "a b a b' a b'' ..." holds the pairs (a, b) and (b, a) for every b.
    for (const a of safe) {
      const s = safe.map((b) => a + b).join("");
      expect(s.normalize("NFC") === s).toBe(true);
    }
    expect(MAYBE_NOT_NFC.test("Nguyễn Thị Hương Lò Văn Đức")).toBe(false);
    expect(MAYBE_NOT_NFC.test("Nguye\u0302\u0303n")).toBe(true);
  });

  it("keep an owned record that already has the output's shape instead of copying it", () => {
    const rec = { id: "p1", name: "Lò Văn A", birthDate: "1980" };
    const out = FAST_RECORD.people(rec, "reject", true);
    expect(out).toBe(rec);
    expect(Object.isFrozen(rec)).toBe(true);
    // Not in shape order, or a name that is not NFC: copied.
    const swapped = { name: "Lò Văn A", id: "p1" };
    expect(FAST_RECORD.people(swapped, "reject", true)).not.toBe(swapped);
    const decomposed = { id: "p1", name: "Lo\u0300 Va\u0306n A" };
    const n = FAST_RECORD.people(decomposed, "reject", true);
    expect(n).not.toBe(decomposed);
    expect(n?.["name"]).toBe("Lò Văn A");
  });
});

// Datasets with one record mutated: whole-parse equivalence with the fast path on and off.
const datasetCase = fc.tuple(
  fc.oneof(
    arbitraryDataset(fc, { maxLength: 6 }).map((d) => d as unknown),
    arbitraryBrokenDataset(fc, { maxLength: 6 }).map((b) => b.input),
  ),
  fc.constantFrom(...COLLECTIONS),
  fc.nat(),
  mutation,
  fc.constantFrom(...MODES),
);

function withMutation(input: unknown, c: CollectionName, pick: number, m: Mutation): unknown {
  if (typeof input !== "object" || input === null) return input;
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const list = copy[c];
  if (!Array.isArray(list) || list.length === 0) return copy;
  const i = pick % list.length;
  const rec = list[i];
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) return copy;
  copy[c] = list.map((r, k) => (k === i ? mutate(c, rec as Record<string, unknown>, m) : r));
  return copy;
}

function both<T>(run: () => T): [T, T] {
  FAST_PATH.enabled = true;
  const fast = run();
  FAST_PATH.enabled = false;
  const slow = run();
  FAST_PATH.enabled = true;
  return [fast, slow];
}

describe("safeParseDataset and readJsonLines with and without the fast path", () => {
  it("give the same result: success, issues, and data to the key order", () => {
    fc.assert(
      fc.property(datasetCase, ([input, c, pick, m, mode]) => {
        const mutated = withMutation(input, c, pick, m);
        const options: ParseOptions = { unknownFields: mode, locale: pick % 2 === 0 ? "en" : "vi" };
        const [fast, slow] = both(() => safeParseDataset(mutated, options));
        expect(fast.success).toBe(slow.success);
        expect(fast.issues).toEqual(slow.issues);
        expect(canon(fast.data)).toEqual(canon(slow.data));
        if (fast.success) {
          expect(Object.isFrozen(fast.data)).toBe(true);
          for (const col of COLLECTIONS) for (const r of fast.data[col]) expect(Object.isFrozen(r)).toBe(true);
        }
      }),
      runs(600, 21),
    );
  });

  it("give the same result with copy: false, keeping only the records already in shape (frozen) and leaving the others alone", () => {
    // A copy that keeps what the parse looks at: prototypes, hidden and "__proto__" own keys.
    const cloneRecord = (r: unknown): unknown => {
      if (Array.isArray(r)) return [...(r as unknown[])];
      if (typeof r !== "object" || r === null) return r;
      const descriptors = Object.getOwnPropertyDescriptors(r);
      for (const d of Object.values(descriptors)) if (Array.isArray(d.value)) d.value = [...(d.value as unknown[])];
      return Object.create(Object.getPrototypeOf(r) as object | null, descriptors) as unknown;
    };
    const cloneInput = (input: unknown): Record<string, unknown> => {
      const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
      for (const c of COLLECTIONS) if (Array.isArray(out[c])) out[c] = (out[c] as unknown[]).map(cloneRecord);
      return out;
    };
    let adopted = 0;
    let copied = 0;
    fc.assert(
      fc.property(datasetCase, ([input, c, pick, m, mode]) => {
        const mutated = withMutation(input, c, pick, m);
        if (typeof mutated !== "object" || mutated === null || Array.isArray(mutated)) return;
        const mine = cloneInput(mutated);
        const given = cloneInput(mutated);
        const options: ParseOptions = { unknownFields: mode, locale: pick % 2 === 0 ? "en" : "vi" };
        const copiedResult = safeParseDataset(mine, options);
        const keptResult = safeParseDataset(given, { ...options, copy: false });
        expect(keptResult.success).toBe(copiedResult.success);
        expect(keptResult.issues).toEqual(copiedResult.issues);
        expect(canon(keptResult.data)).toEqual(canon(copiedResult.data));
        for (const col of COLLECTIONS) {
          const src = mine[col];
          // By default nothing of the input is kept or frozen.
          if (Array.isArray(src)) for (const r of src) if (typeof r === "object" && r !== null) expect(Object.isFrozen(r)).toBe(false);
          if (copiedResult.success) for (const r of copiedResult.data[col]) expect((src as unknown[] | undefined)?.includes(r) ?? false).toBe(false);
        }
        if (!keptResult.success) return;
        for (const col of COLLECTIONS) {
          const src = (given[col] ?? []) as unknown[];
          keptResult.data[col].forEach((r, i) => {
            expect(Object.isFrozen(r)).toBe(true);
            if (r === src[i]) adopted++;
            else {
              copied++;
              // A record that was copied is left as it was.
              if (typeof src[i] === "object" && src[i] !== null) expect(Object.isFrozen(src[i])).toBe(false);
            }
          });
        }
      }),
      runs(400, 23),
    );
    // Both cases came up.
    expect(adopted).toBeGreaterThan(100);
    expect(copied).toBeGreaterThan(0);
  });

  it("read JSON Lines the same way", async () => {
    await fc.assert(
      fc.asyncProperty(datasetCase, async ([input, c, pick, m, mode]) => {
        const mutated = withMutation(input, c, pick, m) as Record<string, unknown>;
        if (typeof mutated !== "object" || mutated === null) return;
        const sources = COLLECTIONS.filter((col) => Array.isArray(mutated[col])).map((col) => ({
          name: `${col}.jsonl`,
          collection: col,
          // JSON turns the mutations into plain data: "__proto__" stays an own key, undefined goes.
          content: (mutated[col] as unknown[]).map((r) => JSON.stringify(r) ?? "null").join("\n"),
        }));
        const [fast, slow] = await Promise.all(both(() => readJsonLines(sources, { unknownFields: mode })));
        expect(fast.issues).toEqual(slow.issues);
        expect(canon(fast.data)).toEqual(canon(slow.data));
      }),
      runs(250, 22),
    );
  });

  it("compile to the same index whether or not the references resolved while parsing are reused", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc, { maxLength: 10 }), (input) => {
        const r = safeParseDataset(input);
        if (!r.success) throw new Error("arbitraryDataset did not parse");
        // An unfrozen structural copy has no resolved references: compiled from the records.
        const copy = JSON.parse(JSON.stringify(r.data)) as typeof r.data;
        const a = compileDataset(r.data);
        const b = compileDataset(copy);
        // A second compilation gets its own columns.
        const again = compileDataset(r.data);
        for (const col of ["organizations", "units", "people", "memberships", "posts", "qualifications", "ratings"] as const) {
          const pa = a[col] as unknown as Record<string, unknown>;
          const pb = b[col] as unknown as Record<string, unknown>;
          const pc = again[col] as unknown as Record<string, unknown>;
          for (const k of Object.keys(pa)) {
            if (typeof pa[k] === "function") continue;
            expect([col, k, pa[k]]).toEqual([col, k, pb[k]]);
            expect([col, k, pc[k]]).toEqual([col, k, pb[k]]);
            if (ArrayBuffer.isView(pa[k])) expect(pc[k]).not.toBe(pa[k]);
          }
        }
      }),
      runs(100, 23),
    );
  });
});
