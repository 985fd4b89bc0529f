// Type tests of the ranking API: result types follow the options, criterion keys are checked
// against the item type, and misuse does not compile.
import { describe, expectTypeOf, it } from "vitest";
import { compositeScore, cumeDist, leagueTable, percentRank, rank, rankBy } from "../../src/index.js";
import type {
  CompositeResult,
  Criterion,
  Dataset,
  LeagueTable,
  MetricAdapter,
  MetricContext,
  MetricValue,
  NumericKey,
  RankedRow,
  RankOptions,
} from "../../src/index.js";

declare const ds: Dataset;
interface Commune {
  id: string;
  coverage: number;
  good: number | null;
  late?: number;
  name: string;
}
declare const communes: readonly Commune[];

describe("rank", () => {
  it("returns number[] unless missing values may be unranked", () => {
    expectTypeOf(rank([1, 2], { order: "ascending" })).toEqualTypeOf<number[]>();
    expectTypeOf(rank([1, null], { order: "ascending", missing: "last" })).toEqualTypeOf<number[]>();
    expectTypeOf(rank([1, null], { order: "ascending", missing: "unranked" })).toEqualTypeOf<(number | null)[]>();
    const options = { order: "descending" } as RankOptions;
    expectTypeOf(rank([1], options)).toEqualTypeOf<(number | null)[]>();
    expectTypeOf(percentRank([1], { order: "ascending" })).toEqualTypeOf<(number | null)[]>();
    expectTypeOf(cumeDist([1], { order: "ascending" })).toEqualTypeOf<(number | null)[]>();
  });
  it("requires an order and known methods", () => {
    // @ts-expect-error order is required
    rank([1, 2], {});
    // @ts-expect-error options are required
    rank([1, 2]);
    // @ts-expect-error pandas' name is not a method here
    rank([1, 2], { order: "ascending", method: "min" });
    // @ts-expect-error strings are not ranked
    rank(["a"], { order: "ascending" });
  });
});

describe("rankBy", () => {
  it("checks property keys against the numeric properties of the item", () => {
    expectTypeOf<NumericKey<Commune>>().toEqualTypeOf<"coverage" | "good" | "late">();
    rankBy(communes, [{ key: "coverage", better: "higher" }, { key: "late", better: "lower" }]);
    // @ts-expect-error a typo in the key
    rankBy(communes, [{ key: "coverag", better: "higher" }]);
    // @ts-expect-error a text property is not a criterion without a value function
    rankBy(communes, [{ key: "name", better: "higher" }]);
    // @ts-expect-error better is "higher" or "lower"
    rankBy(communes, [{ key: "coverage", better: "more" }]);
    rankBy(communes, [{ key: "nameLength", better: "lower", value: (c) => c.name.length }]);
  });
  it("types the rows by the item type", () => {
    const rows = rankBy(communes, [{ key: "good", better: "higher" }], { tieBreak: (a, b) => a.name.localeCompare(b.name) });
    expectTypeOf(rows).toEqualTypeOf<RankedRow<Commune>[]>();
    expectTypeOf(rows[0]!.item).toEqualTypeOf<Commune>();
    expectTypeOf(rows[0]!.rank).toEqualTypeOf<number | null>();
    expectTypeOf(rows[0]!.values).toEqualTypeOf<Readonly<Record<string, number | null>>>();
    const c: Criterion<Commune> = { key: "share", better: "higher", value: (x) => x.coverage / 2 };
    expectTypeOf(c.key).toEqualTypeOf<string>();
  });
});

describe("compositeScore", () => {
  it("requires a weight and types the result", () => {
    const r = compositeScore(communes, [{ key: "coverage", better: "higher", weight: 2, normalize: "rank" }]);
    expectTypeOf(r).toEqualTypeOf<CompositeResult<Commune>>();
    expectTypeOf(r.rows[0]!.score).toEqualTypeOf<number | null>();
    // @ts-expect-error weight is required
    compositeScore(communes, [{ key: "coverage", better: "higher" }]);
    // @ts-expect-error unknown normalisation
    compositeScore(communes, [{ key: "coverage", better: "higher", weight: 1, normalize: "minmax" }]);
    // @ts-expect-error unknown missing policy
    compositeScore(communes, [{ key: "coverage", better: "higher", weight: 1 }], { missing: "last" });
  });
});

describe("leagueTable", () => {
  it("takes adapters and ids, and returns a LeagueTable", () => {
    const adapter: MetricAdapter = {
      id: "x",
      label: { vi: "x", en: "x" },
      better: "higher",
      compute: (dataset, context) => {
        expectTypeOf(dataset).toEqualTypeOf<Dataset>();
        expectTypeOf(context).toEqualTypeOf<MetricContext>();
        const out: Record<string, MetricValue> = {};
        for (const g of context.groups) out[g.id] = { numerator: 1, denominator: 2, ratio: 0.5 };
        return out;
      },
    };
    const t = leagueTable(ds, { asOf: "2024-12-31", groupBy: ["commune", "ward"], metrics: ["coverage", adapter], weights: { coverage: 1, x: 1 } });
    expectTypeOf(t).toEqualTypeOf<LeagueTable>();
    expectTypeOf(t.rows[0]!.rankChange).toEqualTypeOf<number | null>();
    // @ts-expect-error groupBy is a unit kind
    leagueTable(ds, { asOf: "2024-12-31", groupBy: "xã", metrics: [adapter], weights: { x: 1 } });
    // @ts-expect-error weights are required
    leagueTable(ds, { asOf: "2024-12-31", groupBy: "commune", metrics: [adapter] });
  });
});
