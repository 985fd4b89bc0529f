/**
 * `buildReport`: the report a district or commune party committee writes, every figure computed
 * by the library's metric functions, on a date and optionally compared with an earlier one.
 * @module
 */
import { civilFromDays, daysFromCivil, firstDay, formatDay, lastDay } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import type { Ratio } from "../_lib/ratio.js";
import { toDayNumber } from "../model/asOf.js";
import { COLLECTIONS, ORGANIZATION_KINDS, UNIT_KINDS, type CollectionName, type OrganizationKind, type ScaleId, type UnitKind } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { admissionTally } from "../metrics/admissions.js";
import { COVERAGE_UNIT_KINDS, coverageSummary, type CoverageFigures, type CoverageSummary } from "../metrics/coverage.js";
import { fillPartyStatuses } from "../metrics/coverage-shared.js";
import { educationShare, scaleBuckets, type ScaleBuckets } from "../metrics/education.js";
import { roleOverlap, type RoleOverlap } from "../metrics/overlap.js";
import { acquireMask, fillPopulationMask, populationRows, populationTest, releaseMask, resolvePopulation, type IdRatio, type Population } from "../metrics/population.js";
import { standardizationSummary, type StandardizationSummary } from "../metrics/standardization.js";
import { partyStrengthCounts, type PartyStrengthCounts } from "../metrics/strength.js";
import { leagueTable, type LeagueRow } from "../ranking/leagueTable.js";
import { METRIC_ADAPTERS } from "../ranking/adapters.js";
import type { MetricAdapter, MetricContext, MetricValue } from "../ranking/metricAdapter.js";
import { checkDatasetWithStatus, type FindingCode } from "../rules/check.js";
import { COMMUNE_UNIT_KINDS, POSITION_STANDARDS } from "../scales/standards.js";
import { ratingDistribution, shareAtOrAbove, type RatingDistribution } from "../schemes/distribution.js";
import type {
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

/** 1 for the commune-level unit kinds, by index in UNIT_KINDS. */
const IS_COMMUNE = Uint8Array.from(UNIT_KINDS, (k) => ((COMMUNE_UNIT_KINDS as readonly string[]).includes(k) ? 1 : 0));

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
  readonly strength: PartyStrengthCounts;
  readonly coverage: CoverageSummary;
  readonly heads: RoleOverlap;
  readonly secretaries: RoleOverlap;
  readonly training: TrainingOnDate;
  readonly standardization: StandardizationSummary;
}

/** What the training section keeps of `educationProfile` on the four scales. */
interface TrainingOnDate {
  /** The cadres (the population of every scale). */
  readonly cadres: number;
  /** By scale, in SCALE_IDS order: those with no record, and the count at each main level. */
  readonly scales: readonly { readonly scale: ScaleId; readonly noRecord: number; readonly levels: readonly { readonly code: string; readonly count: number }[] }[];
  readonly belowPrimary: IdRatio;
  readonly belowUpperSecondary: IdRatio;
  readonly withoutProfessional: IdRatio;
  readonly withoutPoliticalTheory: IdRatio;
  readonly masterOrAbove: IdRatio;
  readonly advancedPoliticalTheory: IdRatio;
}

/**
 * The figures on one date. With `keepStatus`, everyone's party status on the date is handed back
 * (a pooled array: give it back with releaseMask) for the data-quality checks of `asOf`.
 */
function onDate(dataset: Dataset, asOf: string, unitKinds: readonly UnitKind[], cadres: Population | undefined, keepStatus = false): OnDate & { status?: Uint8Array } {
  const population = cadres ?? "cadres";
  const ix = datasetIndex(dataset);
  const day = toDayNumber(asOf);
  // The party status of everyone on the date, once for the strength and coverage figures (in a
  // pooled array the size of the people: a fresh one per date weighs on the heap nationally).
  const status = fillPartyStatuses(ix, day, acquireMask(ix));
  let strength: PartyStrengthCounts;
  let coverage: CoverageSummary;
  try {
    strength = partyStrengthCounts(ix, day, status);
    coverage = coverageSummary(dataset, { asOf, unitKinds, groupBy: COMMUNE_UNIT_KINDS }, status);
  } finally {
    if (!keepStatus) releaseMask(ix, status);
  }
  return {
    ...(keepStatus ? { status } : {}),
    asOf,
    strength,
    coverage,
    heads: roleOverlap(dataset, { asOf, holders: "village-head", also: "party-member" }),
    secretaries: roleOverlap(dataset, { asOf, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true }),
    training: trainingOnDate(dataset, day, population),
    standardization: standardizationSummary(dataset, { asOf, population, groupBy: "commune" }),
  };
}

/**
 * `educationProfile`'s figures on the four scales for `population`: the population once, then
 * one walk over each one's qualifications for all four scales; only the lists the section shows
 * are built.
 */
function trainingOnDate(dataset: Dataset, day: number, population: Population): TrainingOnDate {
  const fn = "educationProfile";
  const ix = datasetIndex(dataset);
  const test = populationTest(ix, resolvePopulation(population, fn), day, fn);
  const mask = acquireMask(ix);
  let rows: Int32Array;
  try {
    fillPopulationMask(test, mask);
    rows = populationRows(mask);
  } finally {
    releaseMask(ix, mask);
  }
  const scales: TrainingOnDate["scales"][number][] = [];
  const share = (b: ScaleBuckets, which: "below" | "atLeast", code: string): IdRatio => educationShare(ix, b, which, code) ?? EMPTY;
  let belowPrimary = EMPTY;
  let belowUpperSecondary = EMPTY;
  let withoutProfessional = EMPTY;
  let withoutPoliticalTheory = EMPTY;
  let masterOrAbove = EMPTY;
  let advancedPoliticalTheory = EMPTY;
  for (const b of scaleBuckets(ix, day, rows)) {
    scales.push({ scale: b.scale, noRecord: b.counts[0]!, levels: b.codes.map((code, k) => ({ code, count: b.counts[k + 1]! })) });
    if (b.scale === "general-education") {
      belowPrimary = share(b, "below", "primary");
      belowUpperSecondary = share(b, "below", "upper-secondary");
    } else if (b.scale === "professional") {
      withoutProfessional = share(b, "below", "elementary");
      masterOrAbove = share(b, "atLeast", "master");
    } else if (b.scale === "political-theory") {
      withoutPoliticalTheory = share(b, "below", "elementary");
      advancedPoliticalTheory = share(b, "atLeast", "advanced");
    }
  }
  return { cadres: rows.length, scales, belowPrimary, belowUpperSecondary, withoutProfessional, withoutPoliticalTheory, masterOrAbove, advancedPoliticalTheory };
}

// ---------------------------------------------------------------------------------------------
// Sections

function strengthSection(a: PartyStrengthCounts, b: PartyStrengthCounts | undefined): StrengthSection {
  return {
    grassroots: figure(a.grassroots, b?.grassroots),
    grassrootsCommittees: figure(a.grassrootsCommittees, b?.grassrootsCommittees),
    grassrootsCells: figure(a.grassrootsCells, b?.grassrootsCells),
    subordinateCells: figure(a.subordinateCells, b?.subordinateCells),
    subordinateCommittees: figure(a.subordinateCommittees, b?.subordinateCommittees),
    partyGroups: figure(a.partyGroups, b?.partyGroups),
    members: figure(a.members, b?.members),
    officialMembers: figure(a.officialMembers, b?.officialMembers),
    probationaryMembers: figure(a.probationaryMembers, b?.probationaryMembers),
    cellsBelowMinimum: idFigure(a.cellsBelowMinimum, b?.cellsBelowMinimum),
  };
}

/** Units of `f` without enough official members: the units not in `enoughOfficialMembers`. */
function notEnough(f: CoverageFigures): IdRatio {
  const n = f.units.count;
  const enough = f.enoughOfficialMembers.ids;
  let ids: string[] = [];
  if (enough.length === 0) ids = f.units.ids.slice();
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

type CommuneFigures = CoverageSummary["groups"][number];
const NO_COMMUNE_UNITS: CommuneFigures = { groupId: null, units: 0, withCell: EMPTY, withoutCell: EMPTY, withMember: EMPTY };

function coverageSection(dataset: Dataset, unitKinds: readonly UnitKind[], a: CoverageSummary, b: CoverageSummary | undefined): CoverageSection {
  const byKind: CoverageRow[] = [];
  for (const kind of unitKinds) {
    const fa = a.byKind[kind];
    const fb = b?.byKind[kind];
    if (fa === undefined && fb === undefined) continue;
    byKind.push(coverageRow(kind, fa ?? NO_UNITS, b === undefined ? undefined : (fb ?? NO_UNITS)));
  }
  // Commune-level units in force on asOf, named; one pass over the units (not over people).
  const day = toDayNumber(a.asOf);
  const before = new Map<string, CommuneFigures>();
  if (b !== undefined) for (const g of b.groups) if (g.groupId !== null) before.set(g.groupId, g);
  const groups = new Map<string, CommuneFigures>();
  for (const g of a.groups) if (g.groupId !== null) groups.set(g.groupId, g);
  const communes: CommuneCoverage[] = [];
  const u = datasetIndex(dataset).units;
  for (let i = 0; i < u.count; i++) {
    if (IS_COMMUNE[u.kind[i]!] === 0 || u.founding[i]! > day || u.dissolution[i]! < day) continue;
    const id = u.ids[i]!;
    const fa = groups.get(id) ?? NO_COMMUNE_UNITS;
    const fb = b === undefined ? undefined : (before.get(id) ?? NO_COMMUNE_UNITS);
    communes.push({
      id,
      name: dataset.units[i]!.name,
      units: figure(fa.units, fb?.units),
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

function admissionsSection(dataset: Dataset, from: string, to: string): AdmissionsSection {
  const a = admissionTally(dataset, { from, to, by: "year" });
  return {
    from: a.from,
    to: a.to,
    ...a.total,
    departedByReason: { ...a.departedByReason },
    years: a.periods.map(({ period, from, to, ...counts }) => ({ year: period, from, to, ...counts })),
  };
}

function setsInForce(asOf: string): string[] {
  const day = toDayNumber(asOf);
  return Object.values(POSITION_STANDARDS)
    .filter((s) => firstDay(s.effectiveFrom) <= day && (!("effectiveTo" in s) || s.effectiveTo === undefined || lastDay(s.effectiveTo) >= day))
    .map((s) => s.id);
}

function trainingSection(a: OnDate, b: OnDate | undefined): TrainingSection {
  const ta = a.training;
  const tb = b?.training;
  const scales: TrainingScale[] = ta.scales.map((p, i): TrainingScale => {
    const q = tb?.scales[i];
    return {
      scale: p.scale,
      noRecord: figure(p.noRecord, q?.noRecord),
      levels: p.levels.map((l, k) => ({ code: l.code, count: figure(l.count, q?.levels[k]?.count) })),
    };
  });
  const sa = a.standardization;
  const sb = b?.standardization;
  return {
    cadres: figure(ta.cadres, tb?.cadres),
    scales,
    belowPrimary: idRatioFigure(ta.belowPrimary, tb?.belowPrimary),
    belowUpperSecondary: idRatioFigure(ta.belowUpperSecondary, tb?.belowUpperSecondary),
    withoutProfessional: idRatioFigure(ta.withoutProfessional, tb?.withoutProfessional),
    withoutPoliticalTheory: idRatioFigure(ta.withoutPoliticalTheory, tb?.withoutPoliticalTheory),
    masterOrAbove: idRatioFigure(ta.masterOrAbove, tb?.masterOrAbove),
    advancedPoliticalTheory: idRatioFigure(ta.advancedPoliticalTheory, tb?.advancedPoliticalTheory),
    standardization: {
      standardSets: { asOf: setsInForce(a.asOf), compareTo: b === undefined ? null : setsInForce(b.asOf) },
      judged: figure(sa.judged, sb?.judged),
      noStandard: figure(sa.noStandard, sb?.noStandard),
      below: idFigure(sa.below, sb?.below),
      meets: figure(sa.meets, sb?.meets),
      above: figure(sa.above, sb?.above),
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
 * Per rating period of the index, organization kind and scheme: 1 when an organization of the
 * kind has a rating under the scheme for the period, + 2 when one whose unit is commune-level
 * has; at `(period * ORGANIZATION_KINDS.length + kind) * schemes + scheme`. A property of the
 * dataset, not of a date: one pass over the rating columns, once per index.
 */
const SCHEMES_BY_PERIOD = new WeakMap<DatasetIndex, Uint8Array>();

function schemesByPeriod(ix: DatasetIndex): Uint8Array {
  let used = SCHEMES_BY_PERIOD.get(ix);
  if (used !== undefined) return used;
  const R = ix.ratings;
  const O = ix.organizations;
  const ns = R.schemes.length;
  const NK = ORGANIZATION_KINDS.length;
  used = new Uint8Array(R.periods.count * NK * ns);
  const uKind = ix.units.kind;
  const { subjectKind, period, subject, scheme } = R;
  const oKind = O.kind;
  const oUnit = O.unit;
  for (let r = 0, n = R.count; r < n; r++) {
    if (subjectKind[r] !== 1) continue;
    const o = subject[r]!;
    const u = oUnit[o]!;
    used[(period[r]! * NK + oKind[o]!) * ns + scheme[r]!]! |= u >= 0 && IS_COMMUNE[uKind[u]!] === 1 ? 3 : 1;
  }
  SCHEMES_BY_PERIOD.set(ix, used);
  return used;
}

/**
 * The schemes of the organization ratings of periods within [lo, hi] (day numbers) of
 * organizations of `kinds`: of every organization, or (`commune`) of those whose unit is
 * commune-level; in the order of the index's schemes.
 */
function schemesUsed(ix: DatasetIndex, lo: number, hi: number, kinds: readonly OrganizationKind[], commune: boolean): string[] {
  const used = schemesByPeriod(ix);
  const P = ix.ratings.periods;
  const names = ix.ratings.schemes;
  const ns = names.length;
  const NK = ORGANIZATION_KINDS.length;
  const bit = commune ? 2 : 1;
  const out: string[] = [];
  for (let sc = 0; sc < ns; sc++) {
    let found = false;
    for (let p = 0; p < P.count && !found; p++) {
      if (P.start[p]! < lo || P.end[p]! > hi) continue;
      for (const k of kinds) if ((used[(p * NK + ORGANIZATION_KINDS.indexOf(k)) * ns + sc]! & bit) !== 0) found = true;
    }
    if (found) out.push(names[sc]!);
  }
  return out;
}

function ratingsSection(dataset: Dataset, fromYear: number, toYear: number): RatingsSection {
  const distributions: RatingDistributionSummary[] = [];
  if (toYear >= fromYear) {
    const lo = daysFromCivil(fromYear, 1, 1);
    const hi = daysFromCivil(toYear, 12, 31);
    const ix = datasetIndex(dataset);
    // The schemes of each category's ratings: one is counted by its levels, several (HD 20,
    // HD 27, QĐ 132 ... over the years) together by tier.
    const schemesOf = RATING_CATEGORIES.map(({ category, kinds }) => schemesUsed(ix, lo, hi, kinds, category !== "party-organizations"));
    // The Front and mass organizations together, grouped by kind, give each kind's distribution
    // too when every kind with ratings has the same schemes as all of them together: one call
    // instead of one per kind.
    const front = RATING_CATEGORIES.findIndex((c) => c.category === "front-and-mass");
    const together = schemesOf[front]!.join("\n");
    const byKind = RATING_CATEGORIES.every((c, i) => !(MASS_KINDS as readonly string[]).includes(c.category) || schemesOf[i]!.length === 0 || schemesOf[i]!.join("\n") === together);
    let massGroups: Map<string, RatingDistribution> | undefined;
    RATING_CATEGORIES.forEach(({ category, kinds }, i) => {
      const commune = category !== "party-organizations";
      const schemes = schemesOf[i]!;
      if (schemes.length === 0) return;
      const isKind = (MASS_KINDS as readonly string[]).includes(category);
      let d: RatingDistribution | undefined;
      if (isKind && massGroups !== undefined) d = massGroups.get(category);
      else {
        d = ratingDistribution(dataset, {
          subjectKind: "organization",
          from: fromYear,
          to: toYear,
          organizationKinds: kinds,
          ids: false,
          ...(commune ? { unitKinds: COMMUNE_UNIT_KINDS } : {}),
          ...(schemes.length === 1 ? { scheme: schemes[0]! } : { scheme: schemes, byTier: true }),
          ...(i === front && byKind ? { groupBy: "organization-kind" as const } : {}),
        });
        if (i === front && byKind) massGroups = new Map((d.groups ?? []).map((g) => [g.key, g.distribution]));
      }
      if (d === undefined || d.rated === 0) return;
      distributions.push(summarize(category, kinds, d));
    });
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
  const fromCoverage = (pick: (f: CommuneFigures) => Ratio) => (d: OnDate) => {
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
      for (const g of d.standardization.groups) out[g.id] = plainRatio(g.meetsOrAbove);
      return out;
    }),
  };
}

function leagueSection(dataset: Dataset, a: OnDate, b: OnDate | undefined, metrics: readonly (string | MetricAdapter)[]): LeagueSection {
  const weights: Record<string, number> = {};
  for (const m of metrics) weights[typeof m === "string" ? m : m.id] = 1 / metrics.length;
  const t = leagueTable(dataset, { asOf: a.asOf, groupBy: COMMUNE_UNIT_KINDS, metrics, weights, adapters: cachedAdapters(b === undefined ? [a] : [a, b]) });
  const better = new Map<string, "higher" | "lower">();
  for (const m of metrics) {
    const adapter = typeof m === "string" ? METRIC_ADAPTERS[m] : m;
    if (adapter !== undefined) better.set(adapter.id, adapter.better);
  }
  // The table on compareTo by itself (its metrics are cached already): the previous ranks, as
  // leagueTable's compareTo gives them, and the raw values behind them, so that reports of
  // shards can be ranked together on that date too. One table per date.
  let compareToRows: LeagueSection["compareToRows"] = null;
  let rows: readonly LeagueRow[] = t.rows;
  if (b !== undefined) {
    const past = leagueTable(dataset, { asOf: b.asOf, groupBy: COMMUNE_UNIT_KINDS, metrics, weights, adapters: cachedAdapters([b]) });
    const before = new Map<string, number | null>();
    for (const r of past.rows) before.set(r.id, r.rank);
    rows = t.rows.map((r) => {
      const previousRank = before.get(r.id) ?? null;
      return { ...r, previousRank, rankChange: previousRank === null || r.rank === null ? null : previousRank - r.rank };
    });
    const units = datasetIndex(dataset).units;
    compareToRows = past.rows
      .map((r) => ({ row: units.rowOf(r.id), r }))
      .sort((x, y) => x.row - y.row)
      .map(({ r }) => ({ id: r.id, values: cellValues(r) }));
  }
  return {
    groupBy: [...t.groupBy],
    metrics: t.metrics.map((m) => ({ id: m.id, label: { vi: m.label.vi, en: m.label.en }, weight: m.weight, better: better.get(m.id) ?? "higher" })),
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      rank: r.rank,
      score: r.score,
      previousRank: r.previousRank,
      rankChange: r.rankChange,
      values: cellValues(r),
    })),
    compareToRows,
  };
}

/** The raw value of each metric of a league row. */
function cellValues(r: LeagueRow): LeagueSection["rows"][number]["values"] {
  return Object.fromEntries(Object.entries(r.metrics).map(([id, c]) => [id, { value: c.value, numerator: c.numerator, denominator: c.denominator }]));
}

/** `status`: everyone's party status on `asOf`, from onDate; given back to the pool here. */
function dataQualitySection(dataset: Dataset, asOf: string, run: boolean, status: Uint8Array | undefined): DataQualitySection {
  const byCode = {} as Record<FindingCode, number>;
  for (const c of FINDING_CODES) byCode[c] = 0;
  const collectionSizes = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) collectionSizes[c] = dataset[c].length;
  if (!run) return { checked: false, total: 0, byCode, first: [], collectionSizes };
  let findings: ReturnType<typeof checkDatasetWithStatus>;
  try {
    findings = checkDatasetWithStatus(dataset, { asOf }, status);
  } finally {
    if (status !== undefined) releaseMask(datasetIndex(dataset), status);
  }
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
 *   date, through the summaries of the metrics (their figures, without the lists of ids the
 *   report does not show), with everyone's party status worked out once per date; the league
 *   table reuses the coverage and standardization already computed.
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

  const runChecks = opts.dataQuality !== false;
  const a = onDate(dataset, asOf, unitKinds, opts.cadres, runChecks);
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
    dataQuality: dataQualitySection(dataset, asOf, runChecks, a.status),
  };
}

/** The same day a year before (28 February for 29 February). */
function yearBefore(day: number): number {
  const [y, m, d] = civilFromDays(day);
  return daysFromCivil(y - 1, m, m === 2 && d === 29 ? 28 : d);
}
