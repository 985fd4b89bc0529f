/**
 * League tables (bảng xếp hạng thi đua): the communes (or districts, or any kind of unit) of a
 * dataset ranked on a date by a weighted mix of metrics, with the change of rank since another
 * date.
 *
 * A metric enters a table through a {@link MetricAdapter}: an id, labels, a direction, and a
 * function from the dataset and the date to one value per group. The library's own adapters,
 * built on its public metric functions, are in {@link METRIC_ADAPTERS} (named by id) and come
 * from factories for the metrics that take parameters ({@link trainingLevelMetric},
 * {@link ratingShareMetric}); any other adapter object can be passed directly, so a table can
 * rank on a figure the library does not compute.
 * @module
 */
import { UNIT_KINDS, type UnitKind } from "../model/codes.js";
import { toDayNumber } from "../model/asOf.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset, Organization, Unit } from "../model/schemas.js";
import { fail, type RankMethod } from "./_core.js";
import { METRIC_ADAPTERS } from "./adapters.js";
import { compositeScore, type CompositeCriterionSummary, type CompositeMissing, type Normalization } from "./compositeScore.js";
import type { LeagueGroup, MetricAdapter, MetricContext } from "./metricAdapter.js";

/** Options of {@link leagueTable}. */
export interface LeagueTableOptions {
  /** The date, `YYYY-MM-DD`; default `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /** The kind (or kinds) of unit to rank, e.g. `"commune"` or `["commune", "ward"]`. */
  readonly groupBy: UnitKind | readonly UnitKind[];
  /** The metrics: ids of {@link METRIC_ADAPTERS} (or of `adapters`), and adapter objects (your own or from a factory). */
  readonly metrics: readonly (string | MetricAdapter)[];
  /** A weight per metric id (finite, ≥ 0, not all 0), divided by their sum. Every metric needs one. */
  readonly weights: Readonly<Record<string, number>>;
  /** An earlier (or later) date to compare ranks with. */
  readonly compareTo?: string | undefined;
  /** Normalisation of every metric; default `min-max`. See {@link Normalization}. */
  readonly normalize?: Normalization | undefined;
  /** Missing values; default `unranked`. See {@link CompositeMissing}. */
  readonly missing?: CompositeMissing | undefined;
  /** Tie method; default `competition`. */
  readonly method?: RankMethod | undefined;
  /** Score tolerance for ties, as in {@link compositeScore}; default `1e-9`. */
  readonly tolerance?: number | undefined;
  /** The registry that metric ids are looked up in; default {@link METRIC_ADAPTERS}. */
  readonly adapters?: Readonly<Record<string, MetricAdapter>> | undefined;
}

/** One metric in one row of a league table. */
export interface LeagueCell {
  /** The metric's value (a ratio's `ratio`); `null` when missing. */
  readonly value: number | null;
  /** For a ratio, its numerator and denominator; otherwise `null`. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Normalised value, share of the score and contribution, as in {@link CompositePart}. */
  readonly normalized: number | null;
  readonly weight: number;
  readonly contribution: number | null;
}

/** One group in a league table. */
export interface LeagueRow {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** Rank on `asOf` (1 = best), `null` when unranked for a missing value. */
  readonly rank: number | null;
  readonly score: number | null;
  /** Rank on `compareTo`; `null` without `compareTo`, or when the group was not ranked then. */
  readonly previousRank: number | null;
  /** `previousRank - rank`: positive when the group moved up; `null` when either is. */
  readonly rankChange: number | null;
  /** Each metric's cell, by metric id. */
  readonly metrics: Readonly<Record<string, LeagueCell>>;
}

/** A metric of a league table: the adapter's identity and how it was weighted and normalised. */
export interface LeagueMetric extends Omit<CompositeCriterionSummary, "key"> {
  readonly id: string;
  readonly label: { readonly vi: string; readonly en: string };
}

/** The result of {@link leagueTable}. */
export interface LeagueTable {
  readonly asOf: string;
  readonly compareTo: string | null;
  readonly groupBy: readonly UnitKind[];
  /** The metrics in the order given, with the statistics on `asOf`. */
  readonly metrics: readonly LeagueMetric[];
  /** Best first; tied rows in dataset order; unranked rows last. */
  readonly rows: readonly LeagueRow[];
}

const FN = "leagueTable";

function checkAdapter(a: unknown, where: string): MetricAdapter {
  const x = a as Partial<MetricAdapter> | null;
  if (typeof x !== "object" || x === null) fail(FN, `${where} must be a metric id or an adapter object`);
  if (typeof x.id !== "string" || x.id === "") fail(FN, `${where}: an adapter needs a non-empty string id`);
  const label = x.label as { vi?: unknown; en?: unknown } | undefined;
  if (typeof label !== "object" || label === null || typeof label.vi !== "string" || typeof label.en !== "string") {
    fail(FN, `adapter ${JSON.stringify(x.id)} needs label: { vi, en }`);
  }
  if (x.better !== "higher" && x.better !== "lower") fail(FN, `adapter ${JSON.stringify(x.id)}: better must be "higher" or "lower"`);
  if (typeof x.compute !== "function") fail(FN, `adapter ${JSON.stringify(x.id)} needs a compute function`);
  if (x.groupBy !== undefined && !Array.isArray(x.groupBy)) fail(FN, `adapter ${JSON.stringify(x.id)}: groupBy must be a list of unit kinds`);
  return x as MetricAdapter;
}

/** @internal the groups and the lookups of a table on one date. */
function contextOn(dataset: Dataset, asOf: string, groupBy: readonly UnitKind[]): MetricContext {
  const day = toDayNumber(asOf);
  // The units of the groupBy kinds in force on the day, read from the index's columns (in force
  // as inForceOnDay says: founding ≤ day ≤ dissolution, the first and last day of each date)
  // rather than from every unit record (a quarter of a million nationally).
  const ix = datasetIndex(dataset);
  const kindMask = new Uint8Array(UNIT_KINDS.length);
  for (const k of groupBy) kindMask[UNIT_KINDS.indexOf(k)] = 1;
  const { kind, founding, dissolution, count } = ix.units;
  const groups: LeagueGroup[] = [];
  for (let i = 0; i < count; i++) {
    if (kindMask[kind[i]!] === 1 && founding[i]! <= day && dissolution[i]! >= day) {
      const u = dataset.units[i]!;
      groups.push({ id: u.id, name: u.name, kind: u.kind });
    }
  }
  let isGroupSet: Set<string> | undefined;
  const isGroup = (id: string): boolean => (isGroupSet ??= new Set(groups.map((g) => g.id))).has(id);
  // The id lookups are built on the first call of groupOf / groupOfOrganization: the library's
  // coverage and standardization adapters never call them, and at national scale the maps hold
  // half a million entries.
  let units: Map<string, Readonly<Unit>> | undefined;
  let orgs: Map<string, Readonly<Organization>> | undefined;
  const unitMemo = new Map<string, string | undefined>();
  const groupOf = (unitId: string | undefined): string | undefined => {
    if (unitId === undefined) return undefined;
    if (unitMemo.has(unitId)) return unitMemo.get(unitId);
    if (units === undefined) {
      units = new Map<string, Readonly<Unit>>();
      for (const u of dataset.units) units.set(u.id, u);
    }
    let found: string | undefined;
    let u: string | undefined = unitId;
    for (let steps = 0; u !== undefined && steps <= units.size; steps++) {
      if (isGroup(u)) {
        found = u;
        break;
      }
      u = units.get(u)?.parentId;
    }
    unitMemo.set(unitId, found);
    return found;
  };
  const orgMemo = new Map<string, string | undefined>();
  const groupOfOrganization = (organizationId: string | undefined): string | undefined => {
    if (organizationId === undefined) return undefined;
    if (orgMemo.has(organizationId)) return orgMemo.get(organizationId);
    if (orgs === undefined) {
      orgs = new Map<string, Readonly<Organization>>();
      for (const o of dataset.organizations) orgs.set(o.id, o);
    }
    let found: string | undefined;
    let o = orgs.get(organizationId);
    for (let steps = 0; o !== undefined && steps <= orgs.size; steps++) {
      found = groupOf(o.unitId) ?? groupOf(o.coversUnitIds?.[0]);
      if (found !== undefined) break;
      o = o.parentId === undefined ? undefined : orgs.get(o.parentId);
    }
    orgMemo.set(organizationId, found);
    return found;
  };
  return { asOf, groupBy, groups, groupOf, groupOfOrganization };
}

interface Cell {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

function readValue(adapter: MetricAdapter, group: string, v: unknown): Cell {
  if (v === null || v === undefined) return { value: null, numerator: null, denominator: null };
  if (typeof v === "number") return { value: Number.isNaN(v) ? null : v, numerator: null, denominator: null };
  if (typeof v === "object") {
    const r = v as { numerator?: unknown; denominator?: unknown; ratio?: unknown };
    if (typeof r.numerator === "number" && typeof r.denominator === "number" && (r.ratio === null || typeof r.ratio === "number")) {
      return { value: r.ratio === null || Number.isNaN(r.ratio) ? null : r.ratio, numerator: r.numerator, denominator: r.denominator };
    }
  }
  return fail(FN, `adapter ${JSON.stringify(adapter.id)} gave group ${JSON.stringify(group)} a value that is not a number or a ratio`);
}

interface Computed {
  readonly rows: LeagueRow[];
  readonly metrics: LeagueMetric[];
}

/**
 * A row's figures by metric id, in the adapters' order: written into one object rather than
 * built from entries (an array per metric and per row; at national scale, ten thousand rows).
 */
function rowMetrics(adapters: readonly MetricAdapter[], cells: readonly (readonly Cell[])[], r: { readonly item: number; readonly parts: Readonly<Record<string, { readonly normalized: number | null; readonly weight: number; readonly contribution: number | null }>> }): Record<string, LeagueCell> {
  const out: Record<string, LeagueCell> = {};
  for (let m = 0; m < adapters.length; m++) {
    const id = adapters[m]!.id;
    const part = r.parts[id]!;
    const cell = cells[m]![r.item]!;
    // Fields written out: a spread here cost most of the table's time (issue 8).
    const value: LeagueCell = { value: cell.value, numerator: cell.numerator, denominator: cell.denominator, normalized: part.normalized, weight: part.weight, contribution: part.contribution };
    // (compositeScore has refused "__proto__" as a key, so this is an own property.)
    out[id] = value;
  }
  return out;
}

function tableOn(dataset: Dataset, asOf: string, groupBy: readonly UnitKind[], adapters: readonly MetricAdapter[], options: LeagueTableOptions): Computed {
  const context = contextOn(dataset, asOf, groupBy);
  const cells: Cell[][] = adapters.map((a) => {
    const out = a.compute(dataset, context) as unknown;
    if (typeof out !== "object" || out === null) fail(FN, `adapter ${JSON.stringify(a.id)} must return an object of values by group id`);
    const byGroup = out as Record<string, unknown>;
    return context.groups.map((g) => readValue(a, g.id, Object.hasOwn(byGroup, g.id) ? byGroup[g.id] : undefined));
  });
  const indices = context.groups.map((_, i) => i);
  const result = compositeScore(
    indices,
    adapters.map((a, m) => ({
      key: a.id,
      better: a.better,
      weight: options.weights[a.id]!,
      value: (i: number) => cells[m]![i]!.value,
    })),
    {
      normalize: options.normalize,
      missing: options.missing,
      method: options.method,
      tolerance: options.tolerance,
    },
  );
  const rows = result.rows.map((r): LeagueRow => {
    const g = context.groups[r.item]!;
    return {
      id: g.id,
      name: g.name,
      kind: g.kind,
      rank: r.rank,
      score: r.score,
      previousRank: null,
      rankChange: null,
      metrics: rowMetrics(adapters, cells, r),
    };
  });
  const metrics = result.criteria.map(({ key: _key, ...summary }, m): LeagueMetric => ({
    id: adapters[m]!.id,
    label: { vi: adapters[m]!.label.vi, en: adapters[m]!.label.en },
    ...summary,
  }));
  return { rows, metrics };
}

/**
 * A league table: the groups of a dataset (the units of the `groupBy` kinds in force on `asOf`)
 * ranked by a weighted composite of metrics, each metric computed by its adapter and the mix
 * scored by {@link compositeScore}. With `compareTo`, the table is also computed on that date
 * (its own groups, its own normalisation) and each row gets its rank then and the change.
 *
 * Decided once:
 * - **Weights**: every metric needs one; a weight for an unknown metric is an error (catches
 *   typos). They are divided by their sum (see {@link compositeScore}).
 * - **Missing values** (a group the adapter left out, `null`, `NaN`, a ratio with denominator 0):
 *   per `missing`, default `unranked`: such a group is listed last without a rank rather than
 *   given an invented value.
 * - **Normalisation**: per `normalize`, default `min-max`, over the groups of the date (so a
 *   table of ratios with `normalize: "none"` ranks by the weighted mean of the ratios).
 * - **Ties**: per `method` (default `competition`: 1 2 2 4); tied rows in dataset order.
 * - **No groups** on the date give an empty table. A group present on `asOf` but not on
 *   `compareTo` has `previousRank` `null`; groups that existed only on `compareTo` are not listed.
 *
 * To rank on a figure the library does not compute, pass your own {@link MetricAdapter}: it gets
 * the dataset and a {@link MetricContext} (the date, the groups, and `groupOf` /
 * `groupOfOrganization` to attribute records to groups) and returns a value per group id.
 *
 * @param dataset a parsed dataset.
 * @param options `asOf`, `groupBy`, `metrics`, `weights`, and optionally `compareTo`,
 * `normalize`, `missing`, `method`, `tolerance`, `adapters`.
 * @returns the table: the metrics with their weights and statistics, and the rows best first.
 * @throws GrassrootsError `invalid-date` for a bad date; `invalid-argument` for an unknown metric
 * id or unit kind, a missing or extra weight, a malformed adapter or adapter result, or a metric
 * that cannot group by the `groupBy` kinds.
 *
 * @example
 * ```ts
 * // The share of villages with a party cell, per commune, from the records.
 * const ds = parseDataset({
 *   units: [
 *     { id: "x1", name: "Xã Nậm Hàng", kind: "commune" },
 *     { id: "x2", name: "Xã Mường Mô", kind: "commune" },
 *     { id: "b1", name: "Bản Nậm Nhùn", kind: "village", parentId: "x1" },
 *     { id: "b2", name: "Bản Pú Đao", kind: "village", parentId: "x2" },
 *     { id: "b3", name: "Bản Nậm Manh", kind: "village", parentId: "x2" },
 *   ],
 *   organizations: [
 *     { id: "cb1", name: "Chi bộ bản Nậm Nhùn", kind: "party-cell", coversUnitIds: ["b1"] },
 *     { id: "cb2", name: "Chi bộ bản Pú Đao", kind: "party-cell", coversUnitIds: ["b2"] },
 *   ],
 * });
 * const t = leagueTable(ds, { asOf: "2024-12-31", groupBy: "commune", metrics: ["cell-coverage"], weights: { "cell-coverage": 1 } });
 * t.rows.map((r) => [r.name, r.rank, r.metrics["cell-coverage"].numerator, r.metrics["cell-coverage"].denominator]);
 * //=> [["Xã Nậm Hàng", 1, 1, 1], ["Xã Mường Mô", 2, 1, 2]]
 * ```
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [
 *     { id: "x1", name: "Xã Nậm Hàng", kind: "commune" },
 *     { id: "x2", name: "Xã Mường Mô", kind: "commune" },
 *     { id: "b1", name: "Bản Nậm Nhùn", kind: "village", parentId: "x1" },
 *     { id: "b2", name: "Bản Pú Đao", kind: "village", parentId: "x2" },
 *     { id: "b3", name: "Bản Nậm Manh", kind: "village", parentId: "x2", foundingDate: "2020" },
 *   ],
 * });
 * // A metric of your own: the number of villages of each commune.
 * const villages: MetricAdapter = {
 *   id: "villages",
 *   label: { vi: "Số bản", en: "Villages" },
 *   better: "higher",
 *   compute: (dataset, { asOf, groups, groupOf }) => {
 *     const count = Object.fromEntries(groups.map((g) => [g.id, 0]));
 *     for (const u of dataset.units) {
 *       const g = u.kind === "village" && isInForce(u, asOf) ? groupOf(u.id) : undefined;
 *       if (g !== undefined) count[g] += 1;
 *     }
 *     return count;
 *   },
 * };
 * const table = leagueTable(ds, {
 *   asOf: "2024-12-31", compareTo: "2019-12-31", groupBy: "commune",
 *   metrics: [villages], weights: { villages: 1 },
 * });
 * table.rows.map((r) => [r.name, r.rank, r.previousRank, r.rankChange]);
 * //=> [["Xã Mường Mô", 1, 1, 0], ["Xã Nậm Hàng", 2, 1, -1]]
 * table.rows[0].metrics.villages; //=> { value: 2, numerator: null, denominator: null, normalized: 1, weight: 1, contribution: 1 }
 * ```
 */
export function leagueTable(dataset: Dataset, options: LeagueTableOptions): LeagueTable {
  if (typeof dataset !== "object" || dataset === null || !Array.isArray(dataset.units) || !Array.isArray(dataset.organizations)) {
    fail(FN, "dataset must be a parsed dataset (see parseDataset)");
  }
  if (typeof options !== "object" || options === null) fail(FN, "options { asOf, groupBy, metrics, weights } are required");
  const asOf = options.asOf ?? dataset.asOf;
  if (asOf === undefined) fail(FN, "an asOf date is required (in the options or on the dataset)");
  toDayNumber(asOf);
  const compareTo = options.compareTo;
  if (compareTo !== undefined) toDayNumber(compareTo);

  const groupBy: readonly UnitKind[] = typeof options.groupBy === "string" ? [options.groupBy] : options.groupBy;
  if (!Array.isArray(groupBy) || groupBy.length === 0) fail(FN, "groupBy must be a unit kind or a non-empty list of unit kinds");
  for (const k of groupBy) {
    if (!(UNIT_KINDS as readonly string[]).includes(k)) fail(FN, `groupBy: ${JSON.stringify(k)} is not one of ${UNIT_KINDS.join(", ")}`);
  }

  const registry = options.adapters ?? METRIC_ADAPTERS;
  if (!Array.isArray(options.metrics) || options.metrics.length === 0) fail(FN, "metrics must be a non-empty array of metric ids or adapters");
  const adapters = options.metrics.map((m, i): MetricAdapter => {
    if (typeof m === "string") {
      if (!Object.hasOwn(registry, m)) {
        const known = Object.keys(registry);
        fail(FN, `unknown metric ${JSON.stringify(m)}; known: ${known.length > 0 ? known.join(", ") : "none"} (or pass an adapter object)`);
      }
      return checkAdapter(registry[m], `metrics[${i}]`);
    }
    return checkAdapter(m, `metrics[${i}]`);
  });
  const ids = new Set<string>();
  for (const a of adapters) {
    if (ids.has(a.id)) fail(FN, `the metric ${JSON.stringify(a.id)} is listed twice`);
    ids.add(a.id);
    const kinds = a.groupBy;
    const refused = kinds === undefined ? undefined : groupBy.find((k) => !kinds.includes(k));
    if (refused !== undefined) fail(FN, `the metric ${JSON.stringify(a.id)} groups by ${kinds!.join(", ")} only, not by ${JSON.stringify(refused)}`);
  }
  const weights = options.weights as unknown;
  if (typeof weights !== "object" || weights === null) fail(FN, "weights must be an object { [metricId]: number }");
  for (const id of ids) if (!Object.hasOwn(weights, id)) fail(FN, `no weight for the metric ${JSON.stringify(id)}`);
  for (const key of Object.keys(weights)) if (!ids.has(key)) fail(FN, `a weight is given for ${JSON.stringify(key)}, which is not among the metrics`);

  const now = tableOn(dataset, asOf, groupBy, adapters, options);
  let rows = now.rows;
  if (compareTo !== undefined) {
    const before = new Map<string, number | null>();
    for (const r of tableOn(dataset, compareTo, groupBy, adapters, options).rows) before.set(r.id, r.rank);
    rows = rows.map((r) => {
      const previousRank = before.get(r.id) ?? null;
      return { ...r, previousRank, rankChange: previousRank === null || r.rank === null ? null : previousRank - r.rank };
    });
  }
  return { asOf, compareTo: compareTo ?? null, groupBy: [...groupBy], metrics: now.metrics, rows };
}
