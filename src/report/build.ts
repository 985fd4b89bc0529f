/**
 * `buildReport`: the report a district or commune party committee writes, every figure computed
 * by the library's metric functions, on a date and optionally compared with an earlier one.
 * @module
 */
import { civilFromDays, daysFromCivil, firstDay, formatDay, lastDay } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import type { Ratio } from "../_lib/ratio.js";
import { toDayNumber } from "../model/asOf.js";
import { COLLECTIONS, ORGANIZATION_KINDS, SCALE_IDS, UNIT_KINDS, type CollectionName, type OrganizationKind, type UnitKind } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { admissions, DEPARTURE_REASONS } from "../metrics/admissions.js";
import { COVERAGE_UNIT_KINDS, unitCoverage, type CoverageFigures, type UnitCoverage } from "../metrics/coverage.js";
import { educationProfile, type EducationProfile } from "../metrics/education.js";
import { roleOverlap, type RoleOverlap } from "../metrics/overlap.js";
import type { IdRatio, Population } from "../metrics/population.js";
import { standardization, type Standardization } from "../metrics/standardization.js";
import { partyStrength, type PartyStrength } from "../metrics/strength.js";
import { leagueTable } from "../ranking/leagueTable.js";
import { METRIC_ADAPTERS } from "../ranking/adapters.js";
import type { MetricAdapter, MetricContext, MetricValue } from "../ranking/metricAdapter.js";
import { checkDataset, type FindingCode } from "../rules/check.js";
import { COMMUNE_UNIT_KINDS, POSITION_STANDARDS } from "../scales/standards.js";
import { ratingDistribution, shareAtOrAbove, type RatingDistribution } from "../schemes/distribution.js";
import type {
  AdmissionCounts,
  AdmissionsSection,
  CommuneCoverage,
  CoverageRow,
  CoverageSection,
  DataQualitySection,
  Figure,
  IdFigure,
  IdRatioFigure,
  LeagueSection,
  RatingCategory,
  RatingDistributionSummary,
  RatingsSection,
  RatioFigure,
  Report,
  ReportOptions,
  RolesSection,
  StrengthSection,
  TrainingScale,
  TrainingSection,
} from "./types.js";

const FN = "buildReport";

/** The default metrics of the league table, weighted equally. */
const DEFAULT_LEAGUE_METRICS = ["cell-coverage", "member-coverage", "standardization"] as const;

// Every finding code, checked by the compiler: a new code must be added here.
const NO_FINDINGS: Readonly<Record<FindingCode, 0>> = {
  "cell-below-minimum": 0,
  "overlapping-party-memberships": 0,
  "membership-outside-organization": 0,
  "party-post-held-by-non-member": 0,
  "rating-inconsistent": 0,
};
const FINDING_CODES = Object.keys(NO_FINDINGS) as FindingCode[];

const MASS_KINDS = ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"] as const satisfies readonly OrganizationKind[];
/** @internal the rating categories of the report, in their order, with the organization kinds of each. */
export const RATING_CATEGORIES: readonly { readonly category: RatingCategory; readonly kinds: readonly OrganizationKind[] }[] = [
  { category: "commune-government", kinds: ["people-committee"] },
  { category: "front-and-mass", kinds: MASS_KINDS },
  ...MASS_KINDS.map((k) => ({ category: k, kinds: [k] })),
  { category: "party-organizations", kinds: ["party-committee", "party-cell"] },
];

/** @internal how many findings the data-quality section keeps in `first`. */
export const FIRST_FINDINGS = 20;

// ---------------------------------------------------------------------------------------------
// Figures of two dates

function figure(a: number, b: number | undefined): Figure {
  return b === undefined ? { asOf: a, compareTo: null, change: null } : { asOf: a, compareTo: b, change: a - b };
}

function idFigure(a: readonly string[], b: readonly string[] | undefined): IdFigure {
  return { ...figure(a.length, b?.length), ids: a, compareToIds: b ?? null };
}

function plainRatio(r: Ratio): Ratio {
  return { numerator: r.numerator, denominator: r.denominator, ratio: r.ratio };
}

function ratioFigure(a: Ratio, b: Ratio | undefined): RatioFigure {
  if (b === undefined) return { asOf: plainRatio(a), compareTo: null, change: null };
  return { asOf: plainRatio(a), compareTo: plainRatio(b), change: a.ratio === null || b.ratio === null ? null : a.ratio - b.ratio };
}

function idRatioFigure(a: IdRatio, b: IdRatio | undefined): IdRatioFigure {
  return { ...ratioFigure(a, b), ids: a.ids, compareToIds: b === undefined ? null : b.ids };
}

const EMPTY: IdRatio = { numerator: 0, denominator: 0, ratio: null, ids: [] };

// ---------------------------------------------------------------------------------------------
// Everything computed on one date

interface OnDate {
  readonly asOf: string;
  readonly strength: PartyStrength;
  readonly coverage: UnitCoverage;
  readonly heads: RoleOverlap;
  readonly secretaries: RoleOverlap;
  readonly education: readonly EducationProfile[];
  readonly standardization: Standardization;
}

function onDate(dataset: Dataset, asOf: string, unitKinds: readonly UnitKind[], cadres: Population | undefined): OnDate {
  const population = cadres ?? "cadres";
  return {
    asOf,
    strength: partyStrength(dataset, asOf),
    coverage: unitCoverage(dataset, { asOf, unitKinds, groupBy: COMMUNE_UNIT_KINDS }),
    heads: roleOverlap(dataset, { asOf, holders: "village-head", also: "party-member" }),
    secretaries: roleOverlap(dataset, { asOf, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true }),
    education: SCALE_IDS.map((scale) => educationProfile(dataset, { scale, asOf, population })),
    standardization: standardization(dataset, { asOf, population, groupBy: "commune" }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

function strengthSection(a: PartyStrength, b: PartyStrength | undefined): StrengthSection {
  return {
    grassroots: figure(a.grassroots.count, b?.grassroots.count),
    grassrootsCommittees: figure(a.grassroots.committees.count, b?.grassroots.committees.count),
    grassrootsCells: figure(a.grassroots.cells.count, b?.grassroots.cells.count),
    subordinateCells: figure(a.subordinateCells.count, b?.subordinateCells.count),
    subordinateCommittees: figure(a.subordinateCommittees.count, b?.subordinateCommittees.count),
    partyGroups: figure(a.partyGroups.count, b?.partyGroups.count),
    members: figure(a.members.count, b?.members.count),
    officialMembers: figure(a.members.official.count, b?.members.official.count),
    probationaryMembers: figure(a.members.probationary.count, b?.members.probationary.count),
    cellsBelowMinimum: idFigure(a.checks.cellsBelowMinimum.ids, b?.checks.cellsBelowMinimum.ids),
  };
}

/** Units of `f` without enough official members: the units not in `enoughOfficialMembers`. */
function notEnough(f: CoverageFigures): IdRatio {
  const n = f.units.count;
  const enough = f.enoughOfficialMembers.ids;
  const ids: string[] = [];
  if (enough.length === 0) ids.push(...f.units.ids);
  else if (enough.length < n) {
    // Both lists are in dataset order, the second a subsequence of the first: one merge.
    let k = 0;
    for (const id of f.units.ids) {
      if (k < enough.length && enough[k] === id) k++;
      else ids.push(id);
    }
  }
  return { numerator: ids.length, denominator: n, ratio: n === 0 ? null : ids.length / n, ids };
}

const NO_UNITS: CoverageFigures = {
  units: { count: 0, ids: [] },
  ownCell: EMPTY,
  jointCell: EMPTY,
  withCell: EMPTY,
  withoutCell: EMPTY,
  withMember: EMPTY,
  withoutMember: EMPTY,
  enoughOfficialMembers: EMPTY,
};

function coverageRow(kind: UnitKind | null, a: CoverageFigures, b: CoverageFigures | undefined): CoverageRow {
  return {
    kind,
    units: figure(a.units.count, b?.units.count),
    withCell: ratioFigure(a.withCell, b?.withCell),
    ownCell: ratioFigure(a.ownCell, b?.ownCell),
    jointCell: idRatioFigure(a.jointCell, b?.jointCell),
    withoutCell: idRatioFigure(a.withoutCell, b?.withoutCell),
    enoughOfficialMembers: ratioFigure(a.enoughOfficialMembers, b?.enoughOfficialMembers),
    notEnoughOfficialMembers: idRatioFigure(notEnough(a), b === undefined ? undefined : notEnough(b)),
    withMember: ratioFigure(a.withMember, b?.withMember),
    withoutMember: idRatioFigure(a.withoutMember, b?.withoutMember),
  };
}

function coverageSection(dataset: Dataset, unitKinds: readonly UnitKind[], a: UnitCoverage, b: UnitCoverage | undefined): CoverageSection {
  const byKind: CoverageRow[] = [];
  for (const kind of unitKinds) {
    const fa = a.byKind[kind];
    const fb = b?.byKind[kind];
    if (fa === undefined && fb === undefined) continue;
    byKind.push(coverageRow(kind, fa ?? NO_UNITS, b === undefined ? undefined : (fb ?? NO_UNITS)));
  }
  // Commune-level units in force on asOf, named; one pass over the units (not over people).
  const day = toDayNumber(a.asOf);
  const before = new Map<string, CoverageFigures>();
  if (b !== undefined) for (const g of b.groups) if (g.groupId !== null) before.set(g.groupId, g);
  const groups = new Map<string, CoverageFigures>();
  for (const g of a.groups) if (g.groupId !== null) groups.set(g.groupId, g);
  const communes: CommuneCoverage[] = [];
  const commune = new Set<string>(COMMUNE_UNIT_KINDS);
  for (const u of dataset.units) {
    if (!commune.has(u.kind)) continue;
    if ((u.foundingDate !== undefined && firstDay(u.foundingDate) > day) || (u.dissolutionDate !== undefined && lastDay(u.dissolutionDate) < day)) continue;
    const fa = groups.get(u.id) ?? NO_UNITS;
    const fb = b === undefined ? undefined : (before.get(u.id) ?? NO_UNITS);
    communes.push({
      id: u.id,
      name: u.name,
      units: figure(fa.units.count, fb?.units.count),
      withCell: ratioFigure(fa.withCell, fb?.withCell),
      withoutCell: idRatioFigure(fa.withoutCell, fb?.withoutCell),
      withMember: ratioFigure(fa.withMember, fb?.withMember),
    });
  }
  return { unitKinds: [...unitKinds], total: coverageRow(null, a, b), byKind, communes };
}

function rolesSection(a: OnDate, b: OnDate | undefined): RolesSection {
  return {
    villageHeadsPartyMembers: idRatioFigure(a.heads, b?.heads),
    cellSecretariesVillageHeads: idRatioFigure(a.secretaries, b?.secretaries),
  };
}

function admissionCounts(f: { admitted: { count: number }; readmitted: { count: number }; recognized: { count: number }; transferredIn: { count: number }; transferredOut: { count: number }; departed: { count: number }; net: number }): AdmissionCounts {
  return {
    admitted: f.admitted.count,
    readmitted: f.readmitted.count,
    recognized: f.recognized.count,
    transferredIn: f.transferredIn.count,
    transferredOut: f.transferredOut.count,
    departed: f.departed.count,
    net: f.net,
  };
}

function admissionsSection(dataset: Dataset, from: string, to: string): AdmissionsSection {
  const a = admissions(dataset, { from, to, by: "year" });
  const departedByReason = {} as Record<(typeof DEPARTURE_REASONS)[number], number>;
  for (const r of DEPARTURE_REASONS) departedByReason[r] = a.departed.byReason[r].count;
  return {
    from: a.from,
    to: a.to,
    ...admissionCounts(a),
    departedByReason,
    years: a.periods.map((p) => ({ year: p.period, from: p.from, to: p.to, ...admissionCounts(p) })),
  };
}

function levelFigure(profile: EducationProfile, other: EducationProfile | undefined, pick: (p: EducationProfile) => IdRatio | undefined): IdRatioFigure {
  const a = pick(profile) ?? EMPTY;
  return idRatioFigure(a, other === undefined ? undefined : (pick(other) ?? EMPTY));
}

function setsInForce(asOf: string): string[] {
  const day = toDayNumber(asOf);
  return Object.values(POSITION_STANDARDS)
    .filter((s) => firstDay(s.effectiveFrom) <= day && (!("effectiveTo" in s) || s.effectiveTo === undefined || lastDay(s.effectiveTo) >= day))
    .map((s) => s.id);
}

function trainingSection(a: OnDate, b: OnDate | undefined): TrainingSection {
  const [ge, pro, pt] = [0, 1, 2].map((i) => a.education[i]!) as [EducationProfile, EducationProfile, EducationProfile];
  const old = b === undefined ? undefined : ([0, 1, 2].map((i) => b.education[i]!) as [EducationProfile, EducationProfile, EducationProfile]);
  const scales: TrainingScale[] = a.education.map((p, i): TrainingScale => {
    const q = b?.education[i];
    return {
      scale: p.scale,
      noRecord: figure(p.noRecord.count, q?.noRecord.count),
      levels: p.levels.map((l, k) => ({ code: l.code, count: figure(l.count, q?.levels[k]?.count) })),
    };
  });
  const sa = a.standardization;
  const sb = b?.standardization;
  return {
    cadres: figure(ge.population.count, old?.[0].population.count),
    scales,
    belowPrimary: levelFigure(ge, old?.[0], (p) => p.below["primary"]),
    belowUpperSecondary: levelFigure(ge, old?.[0], (p) => p.below["upper-secondary"]),
    withoutProfessional: levelFigure(pro, old?.[1], (p) => p.below["elementary"]),
    withoutPoliticalTheory: levelFigure(pt, old?.[2], (p) => p.below["elementary"]),
    masterOrAbove: levelFigure(pro, old?.[1], (p) => p.atLeast["master"]),
    advancedPoliticalTheory: levelFigure(pt, old?.[2], (p) => p.atLeast["advanced"]),
    standardization: {
      standardSets: { asOf: setsInForce(a.asOf), compareTo: b === undefined ? null : setsInForce(b.asOf) },
      judged: figure(sa.judged.count, sb?.judged.count),
      noStandard: figure(sa.noStandard.count, sb?.noStandard.count),
      below: idFigure(sa.below.ids, sb?.below.ids),
      meets: figure(sa.meets.count, sb?.meets.count),
      above: figure(sa.above.count, sb?.above.count),
      meetsOrAbove: ratioFigure(sa.meetsOrAbove, sb?.meetsOrAbove),
    },
  };
}

/** The years whose yearly rating (taken on 31 December) falls in (after, asOf]. */
function ratingYears(after: number, asOf: number): [number, number] {
  const [ya, ma, da] = civilFromDays(after);
  const [yz, mz, dz] = civilFromDays(asOf);
  const from = ma === 12 && da === 31 ? ya + 1 : ya;
  const to = mz === 12 && dz === 31 ? yz : yz - 1;
  return [from, to];
}

function summarize(category: RatingCategory, kinds: readonly OrganizationKind[], d: RatingDistribution): RatingDistributionSummary {
  return {
    category,
    organizationKinds: [...kinds],
    scheme: d.scheme,
    schemes: [...d.schemes],
    byTier: d.byTier,
    rated: d.rated,
    levels: d.levels.map((l) => {
      const at = shareAtOrAbove(d, l.level);
      return {
        level: l.level,
        tier: l.tier,
        label: { vi: l.label.vi, en: l.label.en },
        count: l.count,
        pooled: plainRatio(l.pooled),
        periodMean: l.periodMean,
        atOrAbove: { numerator: at.numerator, denominator: at.denominator, ratio: at.ratio, periodMean: at.periodMean },
      };
    }),
    years: d.periods.map((p) => ({ period: p.period, rated: p.rated, counts: p.levels.map((l) => l.count), unrated: p.unrated.count })),
  };
}

/**
 * The schemes of the organization ratings in [lo, hi] (day numbers), per organization kind: of
 * every organization (`all`) and of those whose unit is commune-level (`commune`). One pass over
 * the rating columns of the index, with no string work.
 */
function schemesUsed(dataset: Dataset, lo: number, hi: number): { all: Uint8Array[]; commune: Uint8Array[]; names: readonly string[] } {
  const ix = datasetIndex(dataset);
  const R = ix.ratings;
  const O = ix.organizations;
  const ns = R.schemes.length;
  const all = ORGANIZATION_KINDS.map(() => new Uint8Array(ns));
  const commune = ORGANIZATION_KINDS.map(() => new Uint8Array(ns));
  const isCommune = new Uint8Array(UNIT_KINDS.length);
  for (const k of COMMUNE_UNIT_KINDS) isCommune[UNIT_KINDS.indexOf(k)] = 1;
  const uKind = ix.units.kind;
  const { start, end } = R.periods;
  const period = R.period;
  for (let r = 0; r < R.count; r++) {
    if (R.subjectKind[r] !== 1 || start[period[r]!]! < lo || end[period[r]!]! > hi) continue;
    const o = R.subject[r]!;
    const k = O.kind[o]!;
    const sc = R.scheme[r]!;
    all[k]![sc] = 1;
    const u = O.unit[o]!;
    if (u >= 0 && isCommune[uKind[u]!] === 1) commune[k]![sc] = 1;
  }
  return { all, commune, names: R.schemes };
}

function ratingsSection(dataset: Dataset, fromYear: number, toYear: number): RatingsSection {
  const distributions: RatingDistributionSummary[] = [];
  if (toYear >= fromYear) {
    const lo = daysFromCivil(fromYear, 1, 1);
    const hi = daysFromCivil(toYear, 12, 31);
    const used = schemesUsed(dataset, lo, hi);
    for (const { category, kinds } of RATING_CATEGORIES) {
      const commune = category !== "party-organizations";
      // The schemes of these organizations' ratings: one is counted by its levels, several
      // (HD 20, HD 27, QĐ 132 ... over the years) together by tier.
      const schemes: string[] = [];
      for (let sc = 0; sc < used.names.length; sc++) {
        if (kinds.some((k) => (commune ? used.commune : used.all)[ORGANIZATION_KINDS.indexOf(k)]![sc] === 1)) schemes.push(used.names[sc]!);
      }
      if (schemes.length === 0) continue;
      const d = ratingDistribution(dataset, {
        subjectKind: "organization",
        from: fromYear,
        to: toYear,
        organizationKinds: kinds,
        ids: false,
        ...(commune ? { unitKinds: COMMUNE_UNIT_KINDS } : {}),
        ...(schemes.length === 1 ? { scheme: schemes[0]! } : { scheme: schemes, byTier: true }),
      });
      if (d.rated === 0) continue;
      distributions.push(summarize(category, kinds, d));
    }
  }
  return { fromYear, toYear, distributions };
}

/**
 * Adapters of the league table that read the coverage and standardization already computed for
 * the report's dates, instead of computing them again; on another date they fall back to the
 * library's adapter.
 */
function cachedAdapters(dates: readonly OnDate[]): Record<string, MetricAdapter> {
  const byDate = new Map(dates.map((d) => [d.asOf, d]));
  const wrap = (id: string, values: (d: OnDate) => Record<string, MetricValue>): MetricAdapter => {
    const base = METRIC_ADAPTERS[id]!;
    return {
      id,
      label: base.label,
      better: base.better,
      ...(base.groupBy === undefined ? {} : { groupBy: base.groupBy }),
      compute: (dataset: Dataset, context: MetricContext) => {
        const d = byDate.get(context.asOf);
        return d === undefined ? base.compute(dataset, context) : values(d);
      },
    };
  };
  const fromCoverage = (pick: (f: CoverageFigures) => Ratio) => (d: OnDate) => {
    const out: Record<string, MetricValue> = {};
    for (const g of d.coverage.groups) if (g.groupId !== null) out[g.groupId] = plainRatio(pick(g));
    return out;
  };
  return {
    ...METRIC_ADAPTERS,
    "cell-coverage": wrap("cell-coverage", fromCoverage((f) => f.withCell)),
    "member-coverage": wrap("member-coverage", fromCoverage((f) => f.withMember)),
    standardization: wrap("standardization", (d) => {
      const out: Record<string, MetricValue> = {};
      for (const g of d.standardization.groups ?? []) out[g.id] = plainRatio(g.meetsOrAbove);
      return out;
    }),
  };
}

function leagueSection(dataset: Dataset, a: OnDate, b: OnDate | undefined, metrics: readonly (string | MetricAdapter)[]): LeagueSection {
  const weights: Record<string, number> = {};
  for (const m of metrics) weights[typeof m === "string" ? m : m.id] = 1 / metrics.length;
  const t = leagueTable(dataset, {
    asOf: a.asOf,
    ...(b === undefined ? {} : { compareTo: b.asOf }),
    groupBy: COMMUNE_UNIT_KINDS,
    metrics,
    weights,
    adapters: cachedAdapters(b === undefined ? [a] : [a, b]),
  });
  const better = new Map<string, "higher" | "lower">();
  for (const m of metrics) {
    const adapter = typeof m === "string" ? METRIC_ADAPTERS[m] : m;
    if (adapter !== undefined) better.set(adapter.id, adapter.better);
  }
  // The table on compareTo by itself (its metrics are cached already): the raw values behind the
  // previous ranks, so that reports of shards can be ranked together on that date too.
  let compareToRows: LeagueSection["compareToRows"] = null;
  if (b !== undefined) {
    const order = new Map<string, number>();
    dataset.units.forEach((u, i) => order.set(u.id, i));
    const past = leagueTable(dataset, { asOf: b.asOf, groupBy: COMMUNE_UNIT_KINDS, metrics, weights, adapters: cachedAdapters([b]) });
    compareToRows = [...past.rows]
      .sort((x, y) => order.get(x.id)! - order.get(y.id)!)
      .map((r) => ({ id: r.id, values: Object.fromEntries(Object.entries(r.metrics).map(([id, c]) => [id, { value: c.value, numerator: c.numerator, denominator: c.denominator }])) }));
  }
  return {
    groupBy: [...t.groupBy],
    metrics: t.metrics.map((m) => ({ id: m.id, label: { vi: m.label.vi, en: m.label.en }, weight: m.weight, better: better.get(m.id) ?? "higher" })),
    rows: t.rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      rank: r.rank,
      score: r.score,
      previousRank: r.previousRank,
      rankChange: r.rankChange,
      values: Object.fromEntries(Object.entries(r.metrics).map(([id, c]) => [id, { value: c.value, numerator: c.numerator, denominator: c.denominator }])),
    })),
    compareToRows,
  };
}

function dataQualitySection(dataset: Dataset, asOf: string, run: boolean): DataQualitySection {
  const byCode = {} as Record<FindingCode, number>;
  for (const c of FINDING_CODES) byCode[c] = 0;
  const collectionSizes = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) collectionSizes[c] = dataset[c].length;
  if (!run) return { checked: false, total: 0, byCode, first: [], collectionSizes };
  const findings = checkDataset(dataset, { asOf });
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  return {
    checked: true,
    total: findings.length,
    byCode,
    first: findings.slice(0, FIRST_FINDINGS).map((f) => ({ code: f.code, records: f.records.map((r) => ({ collection: r.collection, index: r.index, id: r.id ?? null })) })),
    collectionSizes,
  };
}

/** The name of the dataset's top unit: from the roots, down while there is exactly one administrative unit. */
function defaultTitle(dataset: Dataset, day: number): string {
  const u = datasetIndex(dataset).units;
  const admin = new Uint8Array(UNIT_KINDS.length);
  for (const k of ["province", "district", "commune", "ward", "special-zone"] as const) admin[UNIT_KINDS.indexOf(k)] = 1;
  const inForce = (i: number): boolean => u.founding[i]! <= day && u.dissolution[i]! >= day;
  // The single administrative unit in force under `parent` (-1: at the top), or -1 (none, or several).
  const only = (parent: number): number => {
    let found = -1;
    for (let i = 0; i < u.count; i++) {
      if (!inForce(i) || admin[u.kind[i]!] === 0) continue;
      const p = u.parent[i]!;
      const top = p < 0 || !inForce(p);
      if (parent < 0 ? !top : p !== parent) continue;
      if (found >= 0) return -1;
      found = i;
    }
    return found;
  };
  let top = -1;
  for (let next = only(-1), steps = 0; next >= 0 && steps < 10; next = only(next), steps++) top = next;
  return top < 0 ? "" : dataset.units[top]!.name;
}

/**
 * The report of a dataset on a date, optionally compared with an earlier date: party strength,
 * coverage of units by cells and members, role overlaps, admissions, cadre training and
 * standardization, ratings of organizations, a league table of communes and data quality —
 * every figure computed by the library's metric functions, with the ids behind the figures that
 * are lists of places or people (the villages without a cell, the cadres below primary school).
 *
 * Decided once:
 * - **Dates.** Every section gives its figures on `asOf`, on `compareTo` and the change
 *   (`asOf − compareTo`; for ratios the difference of the shares). Each metric runs once per
 *   date; the league table reuses the coverage and standardization already computed.
 * - **Period.** Admissions are counted over (compareTo, asOf], per calendar year; without
 *   `compareTo`, over the 12 months ending on `asOf`. Ratings cover the years whose yearly rating
 *   (taken on 31 December) falls in that period: with 2013-06-30 → 2023-06-30, the years
 *   2013–2022; without `compareTo`, the last full year.
 * - **Coverage**: `unitCoverage` over `unitKinds` (default `COVERAGE_UNIT_KINDS`), per kind and
 *   per commune-level unit; "without enough members" is the units with fewer than 3 official
 *   members living or working there.
 * - **Roles**: village heads who are party members; secretaries of party cells who are also
 *   the head of a village their cell covers (`sameUnit`), over all cell secretaries.
 * - **Training**: `educationProfile` on the four scales for the `cadres` population; the headline
 *   counts are over the cadres with a record on the scale ("without professional training" is
 *   the level "none"). Standardization is judged against the built-in position standards in
 *   force on each date (QĐ 04/2004 until 31 July 2023, NĐ 33/2023 from 1 August 2023, the 2025
 *   two-tier rules from 1 July 2025, the newest for each post).
 * - **Ratings** of commune-level organizations by kind (People's Committees; Fatherland Front and
 *   mass organizations together and by kind) and of party committees and cells, with the mean of
 *   the yearly shares (bình quân hằng năm) and the pooled share; ratings under several schemes
 *   are counted together by tier.
 * - **League table** of commune-level units with `leagueMetrics` weighted equally (default
 *   cell coverage, member coverage and standardization).
 * - **Data quality**: `checkDataset` on `asOf` (the findings are about the dataset, not about a
 *   date): counts by code and the first 20 findings. `dataQuality: false` skips it.
 *
 * @param dataset - A parsed dataset.
 * @param options - `asOf`, `compareTo`, `cadres`, `title`, `unitKinds`, `leagueMetrics`, `dataQuality`.
 * @returns The report: plain data, JSON-serialisable.
 * @throws {GrassrootsError} `invalid-argument` without a date, with `compareTo` not before
 *   `asOf`, or with bad options; `invalid-date` for a malformed date.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [
 *     { id: "x", name: "Xã Nậm Hàng", kind: "commune" },
 *     { id: "b1", name: "Bản Nậm Hàng", kind: "village", parentId: "x" },
 *     { id: "b2", name: "Bản Huổi Lếch", kind: "village", parentId: "x" },
 *   ],
 *   organizations: [
 *     { id: "dbx", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x" },
 *     { id: "cb1", name: "Chi bộ bản Nậm Hàng", kind: "party-cell", level: "branch", parentId: "dbx", coversUnitIds: ["b1"] },
 *     { id: "cb2", name: "Chi bộ bản Huổi Lếch", kind: "party-cell", level: "branch", parentId: "dbx", coversUnitIds: ["b2"], foundingDate: "2020-05-01" },
 *   ],
 * });
 * const r = buildReport(ds, { asOf: "2023-06-30", compareTo: "2013-06-30" });
 * r.title;                                           //=> "Xã Nậm Hàng"
 * r.coverage.byKind[0].withoutCell.compareToIds;     //=> ["b2"]
 * r.coverage.byKind[0].withoutCell.asOf.numerator;   //=> 0
 * r.strength.subordinateCells;                       //=> { asOf: 2, compareTo: 1, change: 1 }
 * r.admissions.from;                                 //=> "2013-07-01"
 * [r.ratings.fromYear, r.ratings.toYear];            //=> [2013, 2022]
 * ```
 */
export function buildReport(dataset: Dataset, options?: ReportOptions): Report {
  if (typeof dataset !== "object" || dataset === null || !Array.isArray(dataset.units)) throw new GrassrootsError("invalid-argument", `${FN}: expected a parsed dataset`);
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new GrassrootsError("invalid-argument", `${FN}: options must be an object`);
  const opts: ReportOptions = options ?? {};
  const asOf = opts.asOf ?? dataset.asOf;
  if (asOf === undefined) throw new GrassrootsError("invalid-argument", `${FN} needs an asOf date (in the options or on the dataset)`);
  const day = toDayNumber(asOf);
  const compareTo = opts.compareTo;
  if (compareTo !== undefined && toDayNumber(compareTo) >= day) throw new GrassrootsError("invalid-argument", `${FN}: compareTo (${compareTo}) must be before asOf (${asOf})`);
  if (opts.title !== undefined && typeof opts.title !== "string") throw new GrassrootsError("invalid-argument", `${FN}: title must be a string`);
  const unitKinds = opts.unitKinds ?? COVERAGE_UNIT_KINDS;
  if (!Array.isArray(unitKinds) || unitKinds.some((k) => !(UNIT_KINDS as readonly string[]).includes(k))) {
    throw new GrassrootsError("invalid-argument", `${FN}: unitKinds must be a list of ${UNIT_KINDS.join(", ")}`);
  }
  const leagueMetrics = opts.leagueMetrics ?? DEFAULT_LEAGUE_METRICS;

  const a = onDate(dataset, asOf, unitKinds, opts.cadres);
  const b = compareTo === undefined ? undefined : onDate(dataset, compareTo, unitKinds, opts.cadres);

  // The period: (compareTo, asOf], or the 12 months ending on asOf.
  const after = compareTo !== undefined ? toDayNumber(compareTo) : yearBefore(day);
  const [fromYear, toYear] = ratingYears(after, day);

  return {
    kind: "grassroots-report",
    version: 1,
    asOf: formatDay(day),
    compareTo: compareTo === undefined ? null : formatDay(toDayNumber(compareTo)),
    title: opts.title ?? defaultTitle(dataset, day),
    strength: strengthSection(a.strength, b?.strength),
    coverage: coverageSection(dataset, unitKinds, a.coverage, b?.coverage),
    roles: rolesSection(a, b),
    admissions: admissionsSection(dataset, formatDay(after + 1), formatDay(day)),
    training: trainingSection(a, b),
    ratings: ratingsSection(dataset, fromYear, toYear),
    league: leagueSection(dataset, a, b, leagueMetrics),
    dataQuality: dataQualitySection(dataset, asOf, opts.dataQuality !== false),
  };
}

/** The same day a year before (28 February for 29 February). */
function yearBefore(day: number): number {
  const [y, m, d] = civilFromDays(day);
  return daysFromCivil(y - 1, m, m === 2 && d === 29 ? 28 : d);
}
