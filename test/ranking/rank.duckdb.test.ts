// rank, percentRank and cumeDist against SQL itself: DuckDB's RANK, DENSE_RANK, ROW_NUMBER,
// PERCENT_RANK and CUME_DIST (and, for pandas' "max" and "average", COUNT(*) over the same
// window: the rows before or tied). DuckDB is a development-only oracle, never a dependency of
// the library.
//
// Needs the dev dependency `@duckdb/node-api` (1.5.6-r.1); without it the suite fails. To run it
// against another copy, point DUCKDB_NODE_API at that copy's entry file, e.g.
//   DUCKDB_NODE_API=/tmp/duck/node_modules/@duckdb/node-api/lib/index.js npx vitest run test/ranking
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cumeDist, percentRank, rank } from "../../src/index.js";
import type { MissingPolicy, RankMethod, RankOrder } from "../../src/index.js";

interface Reader {
  getRows(): unknown[][];
}
interface Connection {
  runAndReadAll(sql: string): Promise<Reader>;
  closeSync?(): void;
}
interface DuckModule {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<Connection>; closeSync?(): void }> };
}

const specifier = process.env.DUCKDB_NODE_API ?? "@duckdb/node-api";
let duck: DuckModule | undefined;
try {
  duck = (await import(/* @vite-ignore */ specifier)) as DuckModule;
} catch {
  duck = undefined;
}

type Value = number | null | undefined;
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -4, max: 4 }) },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.constantFrom<Value>(null, undefined, Number.NaN, Infinity, -Infinity, -0) },
);
const isMissing = (v: Value): boolean => v === null || v === undefined || Number.isNaN(v);

/** One query answering every method for one input, order and missing policy. */
function sql(values: readonly Value[], order: RankOrder, missing: MissingPolicy): string {
  const rows = values.map((v, i) => `(${i}, ${isMissing(v) ? "NULL" : `'${String(v)}'`}::DOUBLE)`);
  const dir = order === "ascending" ? "ASC" : "DESC";
  const nulls = missing === "first" ? "NULLS FIRST" : "NULLS LAST";
  const where = missing === "unranked" ? "WHERE v IS NOT NULL" : "";
  return `
    WITH t(i, v) AS (VALUES ${rows.join(", ")})
    SELECT i,
      RANK() OVER w AS competition,
      COUNT(*) OVER w AS modified,
      DENSE_RANK() OVER w AS dense,
      ROW_NUMBER() OVER (ORDER BY v ${dir} ${nulls}, i) AS ordinal,
      PERCENT_RANK() OVER w AS pr,
      CUME_DIST() OVER w AS cd
    FROM t ${where}
    WINDOW w AS (ORDER BY v ${dir} ${nulls})
    ORDER BY i`;
}

describe("rank agrees with DuckDB's window functions", () => {
  let instance: { connect(): Promise<Connection>; closeSync?(): void };
  let db: Connection;
  beforeAll(async () => {
    if (duck === undefined) return;
    instance = await duck.DuckDBInstance.create(":memory:");
    db = await instance.connect();
  });
  afterAll(() => {
    db?.closeSync?.();
    instance?.closeSync?.();
  });

  it("on random inputs, every method, order and missing policy", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { minLength: 1, maxLength: 40 }),
        fc.constantFrom<RankOrder>("ascending", "descending"),
        fc.constantFrom<MissingPolicy>("last", "first", "unranked"),
        async (values, order, missing) => {
          if (values.every(isMissing) && missing === "unranked") return;
          const rows = (await db.runAndReadAll(sql(values, order, missing))).getRows();
          const expected: Record<RankMethod | "pr" | "cd", (number | null)[]> = {
            competition: values.map(() => null),
            "modified-competition": values.map(() => null),
            dense: values.map(() => null),
            ordinal: values.map(() => null),
            fractional: values.map(() => null),
            pr: values.map(() => null),
            cd: values.map(() => null),
          };
          for (const [i, comp, mod, dense, ord, pr, cd] of rows) {
            const k = Number(i);
            expected.competition[k] = Number(comp);
            expected["modified-competition"][k] = Number(mod);
            expected.dense[k] = Number(dense);
            expected.ordinal[k] = Number(ord);
            expected.fractional[k] = (Number(comp) + Number(mod)) / 2;
            expected.pr[k] = Number(pr);
            expected.cd[k] = Number(cd);
          }
          for (const method of ["competition", "modified-competition", "dense", "ordinal", "fractional"] as const) {
            expect(rank(values, { order, missing, method }), method).toEqual(expected[method]);
          }
          const pr = percentRank(values, { order, missing });
          const cd = cumeDist(values, { order, missing });
          pr.forEach((x, k) => (x === null ? expect(expected.pr[k]).toBe(null) : expect(x).toBeCloseTo(expected.pr[k]!, 12)));
          cd.forEach((x, k) => (x === null ? expect(expected.cd[k]).toBe(null) : expect(x).toBeCloseTo(expected.cd[k]!, 12)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the DuckDB oracle", () => {
  it("has DuckDB to compare with (a dev dependency; its absence is a failure, not a skip)", () => {
    expect(duck).toBeDefined();
  });
});
