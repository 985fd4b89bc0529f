/**
 * `mergeReports`: the report of a dataset from the reports of its shards (one per province, say),
 * built apart (in worker threads, on other machines) and added up. Every figure of a report is a
 * count, a ratio of counts or a list of ids, so the merge is exact: counts are added, ratios
 * recomputed from the summed numerators and denominators, id lists joined in shard order, means
 * of yearly shares recomputed from the summed yearly counts, and the league table re-ranked over
 * the union of its rows from their raw metric values.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { ratioOf } from "../_lib/ratio.js";
import { COLLECTIONS, type CollectionName } from "../model/codes.js";
import { compositeScore } from "../ranking/compositeScore.js";
import { FIRST_FINDINGS, RATING_CATEGORIES } from "./build.js";
import type { FindingCode } from "../rules/check.js";
import type {
  AdmissionCounts,
  AdmissionsSection,
  CoverageRow,
  CoverageSection,
  DataQualitySection,
  Figure,
  FindingSummary,
  IdFigure,
  IdRatioFigure,
  LeagueRowSummary,
  LeagueSection,
  RatingCategory,
  RatingDistributionSummary,
  RatingLevelShare,
  RatingsSection,
  RatioFigure,
  Report,
  RolesSection,
  StrengthSection,
  TrainingScale,
  TrainingSection,
} from "./types.js";

const FN = "mergeReports";

/**
 * The number of records in each collection of one shard's dataset.
 *
 * @example
 * ```ts
 * const s: CollectionSizes = { units: 4214, people: 96949 };
 * s.people; //=> 96949
 * ```
 */
export type CollectionSizes = Readonly<Partial<Record<CollectionName, number>>>;

/**
 * Options of {@link mergeReports}.
 *
 * @example
 * ```ts
 * const o: MergeReportsOptions = { title: "Ba tỉnh", collectionSizes: [{ organizations: 3 }, { organizations: 2 }] };
 * o.collectionSizes?.length; //=> 2
 * ```
 */
export interface MergeReportsOptions {
  /** The merged report's title; default the shards' title when they all have the same, else `""`. */
  readonly title?: string | undefined;
  /**
   * The size of each collection of each shard's dataset, in the order of the reports: the record
   * indices of the data-quality findings of a shard are shifted by the sizes of the shards before
   * it, so that they point into the concatenated dataset. Default: the sizes the reports carry in
   * `dataQuality.collectionSizes`.
   */
  readonly collectionSizes?: readonly CollectionSizes[] | undefined;
}

// ---------------------------------------------------------------------------------------------
// Checks

function fail(message: string): never {
  throw new GrassrootsError("invalid-argument", `${FN}: ${message}`);
}

function same(what: string, values: readonly unknown[]): void {
  const first = JSON.stringify(values[0]);
  for (let i = 1; i < values.length; i++) {
    const v = JSON.stringify(values[i]);
    if (v !== first) fail(`the reports differ in ${what}: ${first} (reports[0]) and ${v} (reports[${i}]); only reports built with the same options can be merged`);
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function figure(parts: readonly Figure[], compare: boolean): Figure {
  const a = sum(parts.map((f) => f.asOf));
  if (!compare) return { asOf: a, compareTo: null, change: null };
  const b = sum(parts.map((f) => f.compareTo ?? 0));
  return { asOf: a, compareTo: b, change: a - b };
}

function idFigure(parts: readonly IdFigure[], compare: boolean): IdFigure {
  return { ...figure(parts, compare), ids: parts.flatMap((f) => f.ids), compareToIds: compare ? parts.flatMap((f) => f.compareToIds ?? []) : null };
}

function ratioFigure(parts: readonly RatioFigure[], compare: boolean): RatioFigure {
  const a = ratioOf(sum(parts.map((f) => f.asOf.numerator)), sum(parts.map((f) => f.asOf.denominator)));
  if (!compare) return { asOf: a, compareTo: null, change: null };
  const b = ratioOf(sum(parts.map((f) => f.compareTo?.numerator ?? 0)), sum(parts.map((f) => f.compareTo?.denominator ?? 0)));
  return { asOf: a, compareTo: b, change: a.ratio === null || b.ratio === null ? null : a.ratio - b.ratio };
}

function idRatioFigure(parts: readonly IdRatioFigure[], compare: boolean): IdRatioFigure {
  return { ...ratioFigure(parts, compare), ids: parts.flatMap((f) => f.ids), compareToIds: compare ? parts.flatMap((f) => f.compareToIds ?? []) : null };
}

/** Merges the same key of every part with `merge`. */
function byKey<T extends object, K extends keyof T>(parts: readonly T[], keys: readonly K[], merge: (values: never[]) => unknown): Pick<T, K> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k as string] = merge(parts.map((p) => p[k]) as never[]);
  return out as Pick<T, K>;
}

// ---------------------------------------------------------------------------------------------
// Sections

function strength(parts: readonly StrengthSection[], compare: boolean): StrengthSection {
  const counts = ["grassroots", "grassrootsCommittees", "grassrootsCells", "subordinateCells", "subordinateCommittees", "partyGroups", "members", "officialMembers", "probationaryMembers"] as const;
  return {
    ...byKey(parts, counts, (fs: Figure[]) => figure(fs, compare)),
    cellsBelowMinimum: idFigure(parts.map((p) => p.cellsBelowMinimum), compare),
  };
}

const ZERO_FIGURE: Figure = { asOf: 0, compareTo: 0, change: 0 };
const ZERO_RATIO: IdRatioFigure = { asOf: ratioOf(0, 0), compareTo: ratioOf(0, 0), change: null, ids: [], compareToIds: [] };

function coverageRow(kind: CoverageRow["kind"], parts: readonly (CoverageRow | undefined)[], compare: boolean): CoverageRow {
  const rows = parts.map(
    (r): CoverageRow =>
      r ?? {
        kind,
        units: ZERO_FIGURE,
        withCell: ZERO_RATIO,
        ownCell: ZERO_RATIO,
        jointCell: ZERO_RATIO,
        withoutCell: ZERO_RATIO,
        enoughOfficialMembers: ZERO_RATIO,
        notEnoughOfficialMembers: ZERO_RATIO,
        withMember: ZERO_RATIO,
        withoutMember: ZERO_RATIO,
      },
  );
  return {
    kind,
    units: figure(rows.map((r) => r.units), compare),
    withCell: ratioFigure(rows.map((r) => r.withCell), compare),
    ownCell: ratioFigure(rows.map((r) => r.ownCell), compare),
    jointCell: idRatioFigure(rows.map((r) => r.jointCell), compare),
    withoutCell: idRatioFigure(rows.map((r) => r.withoutCell), compare),
    enoughOfficialMembers: ratioFigure(rows.map((r) => r.enoughOfficialMembers), compare),
    notEnoughOfficialMembers: idRatioFigure(rows.map((r) => r.notEnoughOfficialMembers), compare),
    withMember: ratioFigure(rows.map((r) => r.withMember), compare),
    withoutMember: idRatioFigure(rows.map((r) => r.withoutMember), compare),
  };
}

function coverage(parts: readonly CoverageSection[], compare: boolean): CoverageSection {
  const unitKinds = parts[0]!.unitKinds;
  const byKind: CoverageRow[] = [];
  for (const kind of unitKinds) {
    const rows = parts.map((p) => p.byKind.find((r) => r.kind === kind));
    if (rows.every((r) => r === undefined)) continue;
    byKind.push(coverageRow(kind, rows, compare));
  }
  return {
    unitKinds: [...unitKinds],
    total: coverageRow(null, parts.map((p) => p.total), compare),
    byKind,
    communes: parts.flatMap((p) => p.communes),
  };
}

function roles(parts: readonly RolesSection[], compare: boolean): RolesSection {
  return {
    villageHeadsPartyMembers: idRatioFigure(parts.map((p) => p.villageHeadsPartyMembers), compare),
    cellSecretariesVillageHeads: idRatioFigure(parts.map((p) => p.cellSecretariesVillageHeads), compare),
  };
}

const ADMISSION_KEYS = ["admitted", "readmitted", "recognized", "transferredIn", "transferredOut", "departed", "net"] as const satisfies readonly (keyof AdmissionCounts)[];

function admissions(parts: readonly AdmissionsSection[]): AdmissionsSection {
  const first = parts[0]!;
  same("the years of the admissions", parts.map((p) => p.years.map((y) => [y.year, y.from, y.to])));
  const departedByReason = {} as Record<string, number>;
  for (const r of Object.keys(first.departedByReason)) departedByReason[r] = sum(parts.map((p) => (p.departedByReason as Record<string, number>)[r] ?? 0));
  return {
    from: first.from,
    to: first.to,
    ...byKey(parts as readonly AdmissionCounts[], ADMISSION_KEYS, (vs: number[]) => sum(vs)),
    departedByReason: departedByReason as AdmissionsSection["departedByReason"],
    years: first.years.map((y, i) => ({ year: y.year, from: y.from, to: y.to, ...byKey(parts.map((p) => p.years[i]!), ADMISSION_KEYS, (vs: number[]) => sum(vs)) })),
  };
}

function training(parts: readonly TrainingSection[], compare: boolean): TrainingSection {
  same("the training scales", parts.map((p) => p.scales.map((s) => [s.scale, s.levels.map((l) => l.code)])));
  const headline = ["belowPrimary", "belowUpperSecondary", "withoutProfessional", "withoutPoliticalTheory", "masterOrAbove", "advancedPoliticalTheory"] as const;
  const st = parts.map((p) => p.standardization);
  return {
    cadres: figure(parts.map((p) => p.cadres), compare),
    scales: parts[0]!.scales.map(
      (s, i): TrainingScale => ({
        scale: s.scale,
        noRecord: figure(parts.map((p) => p.scales[i]!.noRecord), compare),
        levels: s.levels.map((l, k) => ({ code: l.code, count: figure(parts.map((p) => p.scales[i]!.levels[k]!.count), compare) })),
      }),
    ),
    ...byKey(parts, headline, (fs: IdRatioFigure[]) => idRatioFigure(fs, compare)),
    standardization: {
      standardSets: st[0]!.standardSets,
      judged: figure(st.map((s) => s.judged), compare),
      noStandard: figure(st.map((s) => s.noStandard), compare),
      below: idFigure(st.map((s) => s.below), compare),
      meets: figure(st.map((s) => s.meets), compare),
      above: figure(st.map((s) => s.above), compare),
      meetsOrAbove: ratioFigure(st.map((s) => s.meetsOrAbove), compare),
    },
  };
}

/** The mean over the periods with a rating of each period's share, in period order (as `ratingDistribution` sums it). */
function periodMean(years: RatingDistributionSummary["years"], count: (y: RatingDistributionSummary["years"][number]) => number): number | null {
  let s = 0;
  let n = 0;
  for (const y of years) {
    if (y.rated === 0) continue;
    n++;
    s += count(y) / y.rated;
  }
  return n === 0 ? null : s / n;
}

function distribution(category: RatingCategory, parts: readonly RatingDistributionSummary[]): RatingDistributionSummary {
  const first = parts[0]!;
  same(`the rating levels of ${category} (ratings under different schemes in different shards cannot be merged)`, parts.map((d) => [d.scheme, d.byTier, d.levels.map((l) => l.level)]));
  const schemes: string[] = [];
  for (const d of parts) for (const s of d.schemes) if (!schemes.includes(s)) schemes.push(s);
  const periods: string[] = [];
  for (const d of parts) for (const y of d.years) if (!periods.includes(y.period)) periods.push(y.period);
  periods.sort();
  const nl = first.levels.length;
  const years = periods.map((period) => {
    const ys = parts.map((d) => d.years.find((y) => y.period === period)).filter((y) => y !== undefined);
    const counts = Array.from({ length: nl }, (_, k) => sum(ys.map((y) => y.counts[k] ?? 0)));
    return { period, rated: sum(ys.map((y) => y.rated)), counts, unrated: sum(ys.map((y) => y.unrated)) };
  });
  const rated = sum(parts.map((d) => d.rated));
  const levels = first.levels.map((l, k): RatingLevelShare => {
    const count = sum(parts.map((d) => d.levels[k]!.count));
    let atOrAboveCount = 0;
    for (let i = 0; i <= k; i++) atOrAboveCount += sum(parts.map((d) => d.levels[i]!.count));
    return {
      level: l.level,
      tier: l.tier,
      label: l.label,
      count,
      pooled: ratioOf(count, rated),
      periodMean: periodMean(years, (y) => y.counts[k]!),
      atOrAbove: {
        ...ratioOf(atOrAboveCount, rated),
        periodMean: periodMean(years, (y) => {
          let c = 0;
          for (let i = 0; i <= k; i++) c += y.counts[i]!;
          return c;
        }),
      },
    };
  });
  return { category, organizationKinds: first.organizationKinds, scheme: first.scheme, schemes, byTier: first.byTier, rated, levels, years };
}

function ratings(parts: readonly RatingsSection[]): RatingsSection {
  const distributions: RatingDistributionSummary[] = [];
  const categories: RatingCategory[] = RATING_CATEGORIES.map((c) => c.category);
  for (const p of parts) for (const d of p.distributions) if (!categories.includes(d.category)) categories.push(d.category);
  for (const category of categories) {
    const ds = parts.flatMap((p) => p.distributions.filter((d) => d.category === category));
    if (ds.length > 0) distributions.push(distribution(category, ds));
  }
  return { fromYear: parts[0]!.fromYear, toYear: parts[0]!.toYear, distributions };
}

type LeagueValues = LeagueRowSummary["values"];

/** Ranks rows by the composite of `buildReport`'s league table: min-max, unranked when missing, competition ranks, tolerance 1e-9. */
function rankRows<R extends { readonly values: LeagueValues }>(rows: readonly R[], metrics: LeagueSection["metrics"]): { row: R; rank: number | null; score: number | null }[] {
  const result = compositeScore(
    rows,
    metrics.map((m) => ({ key: m.id, better: m.better, weight: m.weight, value: (r: R) => r.values[m.id]?.value ?? null })),
  );
  return result.rows.map((r) => ({ row: r.item, rank: r.rank, score: r.score }));
}

function league(reports: readonly Report[], compare: boolean): LeagueSection {
  const parts = reports.map((r) => r.league);
  const metrics = parts[0]!.metrics;
  // Each shard's rows back in dataset order (the order of its communes), the shards one after
  // the other: the order of the concatenated dataset, which breaks ties.
  const rows: LeagueRowSummary[] = [];
  reports.forEach((report, s) => {
    const order = new Map(report.coverage.communes.map((c, i) => [c.id, i]));
    const own = parts[s]!.rows.map((r, i) => ({ r, at: order.get(r.id) ?? order.size + i }));
    own.sort((x, y) => x.at - y.at);
    for (const { r } of own) rows.push(r);
  });
  const ranked = rankRows(rows, metrics);
  let previous: Map<string, number | null> | undefined;
  if (compare) {
    previous = new Map();
    for (const x of rankRows(parts.flatMap((p) => p.compareToRows ?? []), metrics)) previous.set(x.row.id, x.rank);
  }
  return {
    groupBy: parts[0]!.groupBy,
    metrics,
    rows: ranked.map(({ row, rank, score }): LeagueRowSummary => {
      const previousRank = previous?.get(row.id) ?? null;
      return { ...row, rank, score, previousRank, rankChange: previousRank === null || rank === null ? null : previousRank - rank };
    }),
    compareToRows: compare ? parts.flatMap((p) => p.compareToRows ?? []) : null,
  };
}

function dataQuality(reports: readonly Report[], given: readonly CollectionSizes[] | undefined): DataQualitySection {
  const parts = reports.map((r) => r.dataQuality);
  const sizes = given ?? parts.map((p) => p.collectionSizes);
  const byCode = {} as Record<FindingCode, number>;
  for (const p of parts) for (const code of Object.keys(p.byCode) as FindingCode[]) byCode[code] = (byCode[code] ?? 0) + p.byCode[code];
  // checkDataset lists the findings code by code, each code in dataset order: the merged first N
  // are, code by code, each shard's findings of that code. A finding among the merged first N is
  // among its own shard's first N (fewer findings come before it there), so none is missing.
  const offsets = parts.map(() => ({}) as Record<CollectionName, number>);
  const running = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) running[c] = 0;
  parts.forEach((_, s) => {
    for (const c of COLLECTIONS) {
      offsets[s]![c] = running[c];
      running[c] += sizes?.[s]?.[c] ?? 0;
    }
  });
  const first: FindingSummary[] = [];
  for (const code of Object.keys(byCode) as FindingCode[]) {
    parts.forEach((p, s) => {
      for (const f of p.first) {
        if (f.code !== code || first.length >= FIRST_FINDINGS) continue;
        first.push({ code, records: f.records.map((r) => ({ collection: r.collection, index: r.index + offsets[s]![r.collection], id: r.id })) });
      }
    });
  }
  const collectionSizes = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) collectionSizes[c] = sum(parts.map((p) => p.collectionSizes[c] ?? 0));
  return { checked: parts[0]!.checked, total: sum(parts.map((p) => p.total)), byCode, first, collectionSizes };
}

// ---------------------------------------------------------------------------------------------

/**
 * The report of a dataset from the reports of its shards: `buildReport` run on each part (one
 * per province, say, from `splitDataset`, possibly in worker threads or on other machines), then
 * added up. The result equals `buildReport` on the shards' datasets concatenated in the order of
 * the reports (their collections joined one after the other), built with the same options.
 *
 * How each figure is merged:
 * - **Counts** are added; the change is recomputed (`asOf − compareTo`).
 * - **Ratios** are recomputed from the summed numerators and denominators (never averaged).
 * - **Id lists** are joined in the order of the reports.
 * - **Coverage** rows of a unit kind that a shard lacks count 0 there; communes are joined.
 * - **Ratings**: per category, the yearly counts are added, then the pooled shares and the
 *   means of the yearly shares (bình quân hằng năm) are recomputed from them. Ratings counted
 *   under different schemes in different shards (one by level, another by tier) cannot be
 *   merged and throw.
 * - **League table**: the rows of all shards, ranked again from their raw metric values with
 *   the method of `buildReport` (min-max normalisation over every row, equal weights, missing
 *   values unranked, competition ranks, ties in dataset order); the ranks on `compareTo` the
 *   same way from every shard's `compareToRows`.
 * - **Data quality**: counts added; the first 20 findings taken code by code across the shards
 *   (as `checkDataset` orders them), their record indices shifted by the collection sizes of the
 *   shards before (`options.collectionSizes`, or `dataQuality.collectionSizes` when the reports
 *   carry it).
 * - **Title**: `options.title`, else the shards' title when they agree, else `""` (the default
 *   title of several top units).
 *
 * @param reports - Reports of `buildReport`, in shard order, built with the same options.
 * @param options - `title`, `collectionSizes`.
 * @returns The merged report.
 * @throws {GrassrootsError} `invalid-argument` for no report, or reports with different dates,
 *   unit kinds, league metrics, data-quality setting, standards or rating periods.
 * @example
 * ```ts
 * const shard = (p: string, cells: number) => parseDataset({
 *   units: [
 *     { id: `${p}x`, name: `Xã ${p}`, kind: "commune" },
 *     { id: `${p}b1`, name: "Bản Một", kind: "village", parentId: `${p}x` },
 *     { id: `${p}b2`, name: "Bản Hai", kind: "village", parentId: `${p}x` },
 *   ],
 *   organizations: [
 *     { id: `${p}cb1`, name: "Chi bộ bản Một", kind: "party-cell", coversUnitIds: [`${p}b1`] },
 *     ...(cells > 1 ? [{ id: `${p}cb2`, name: "Chi bộ bản Hai", kind: "party-cell" as const, coversUnitIds: [`${p}b2`] }] : []),
 *   ],
 * });
 * const options = { asOf: "2024-06-30", leagueMetrics: ["cell-coverage"] };
 * const a = buildReport(shard("a", 2), options);
 * const b = buildReport(shard("b", 1), options);
 * const m = mergeReports([a, b]);
 * m.coverage.total.withCell.asOf;          //=> { numerator: 3, denominator: 4, ratio: 0.75 }
 * m.coverage.total.withoutCell.ids;        //=> ["bb2"]
 * m.league.rows.map((r) => [r.id, r.rank]); //=> [["ax", 1], ["bx", 2]]
 * m.title;                                  //=> ""
 * ```
 */
export function mergeReports(reports: readonly Report[], options?: MergeReportsOptions): Report {
  if (!Array.isArray(reports) || reports.length === 0) fail("expected a non-empty array of reports");
  for (const [i, r] of reports.entries()) {
    if (typeof r !== "object" || r === null || r.kind !== "grassroots-report" || r.version !== 1) fail(`reports[${i}] is not a report of buildReport (version 1)`);
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) fail("options must be an object");
  const sizes = options?.collectionSizes;
  if (sizes !== undefined && (!Array.isArray(sizes) || sizes.length !== reports.length)) fail("collectionSizes must have one entry per report");
  same("asOf", reports.map((r) => r.asOf));
  same("compareTo", reports.map((r) => r.compareTo));
  same("unit kinds of the coverage", reports.map((r) => r.coverage.unitKinds));
  same("league table (groupBy, metrics)", reports.map((r) => [r.league.groupBy, r.league.metrics]));
  same("dataQuality", reports.map((r) => r.dataQuality.checked));
  same("admissions period", reports.map((r) => [r.admissions.from, r.admissions.to]));
  same("rating years", reports.map((r) => [r.ratings.fromYear, r.ratings.toYear]));
  same("standard sets", reports.map((r) => r.training.standardization.standardSets));
  const first = reports[0]!;
  const compare = first.compareTo !== null;
  const titles = new Set(reports.map((r) => r.title));
  return {
    kind: "grassroots-report",
    version: 1,
    asOf: first.asOf,
    compareTo: first.compareTo,
    title: options?.title ?? (titles.size === 1 ? first.title : ""),
    strength: strength(reports.map((r) => r.strength), compare),
    coverage: coverage(reports.map((r) => r.coverage), compare),
    roles: roles(reports.map((r) => r.roles), compare),
    admissions: admissions(reports.map((r) => r.admissions)),
    training: training(reports.map((r) => r.training), compare),
    ratings: ratings(reports.map((r) => r.ratings)),
    league: league(reports, compare),
    dataQuality: dataQuality(reports, sizes),
  };
}
