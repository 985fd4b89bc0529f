/**
 * @internal The layout of a report shared by the text, markdown and HTML renderers: sections
 * of tables, notes and charts, every number already formatted in the chosen language. Rounding
 * happens here and only here.
 * @module
 */
import type { Ratio } from "../_lib/ratio.js";
import type { Locale } from "../locale/types.js";
import { SCALES } from "../scales/catalog.js";
import { POSITION_STANDARDS } from "../scales/standards.js";
import { SCHEMES } from "../schemes/lookup.js";
import { REPORT_LABELS, type ReportLabels } from "./labels.js";
import { formatDate, formatDecimal, formatInteger, formatPercent, formatPoints, formatSignedInteger, NUMBER_STYLES, type NumberStyle } from "./numbers.js";
import type { CoverageRow, Figure, IdFigure, IdRatioFigure, RatioFigure, Report } from "./types.js";

/** A table: a header row and rows of cells; the first column is text, the others numbers. */
export interface TableBlock {
  readonly kind: "table";
  readonly caption?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Rows to set apart (a total): indices into `rows`. */
  readonly strong?: readonly number[];
}

/** A paragraph. */
export interface NoteBlock {
  readonly kind: "note";
  readonly text: string;
}

/** Horizontal bars, one group per category, one bar per series; values are shares 0..1 or null. */
export interface BarsBlock {
  readonly kind: "bars";
  readonly title: string;
  readonly series: readonly string[];
  readonly groups: readonly { readonly label: string; readonly values: readonly (number | null)[]; readonly texts: readonly string[] }[];
}

/** Stacked 100% bars: one per row, parts in the order of `legend` (shares summing to ≤ 1). */
export interface StackBlock {
  readonly kind: "stack";
  readonly title: string;
  readonly legend: readonly string[];
  readonly rows: readonly { readonly label: string; readonly parts: readonly number[]; readonly texts: readonly string[] }[];
}

export type Block = TableBlock | NoteBlock | BarsBlock | StackBlock;

export interface Section {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Layout {
  readonly lang: "vi" | "en";
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly Section[];
}

/** Ids shown after a figure at most; the rest are counted. */
const MAX_IDS = 20;

class Words {
  readonly w: ReportLabels;
  readonly n: NumberStyle;
  constructor(
    readonly lang: "vi" | "en",
    readonly locale: Locale,
    readonly compare: boolean,
  ) {
    this.w = REPORT_LABELS[lang];
    this.n = NUMBER_STYLES[lang];
  }
  int(n: number): string {
    return formatInteger(n, this.n);
  }
  pct(r: number | null): string {
    return formatPercent(r, this.n);
  }
  ratio(r: Ratio): string {
    return `${this.int(r.numerator)}/${this.int(r.denominator)}${r.ratio === null ? "" : ` (${this.pct(r.ratio)})`}`;
  }
  points(change: number | null): string {
    return change === null ? "–" : `${formatPoints(change, this.n)} ${this.w.points}`;
  }
  date(iso: string): string {
    return formatDate(iso, this.lang);
  }
  /** The cells of a count after its label: [compareTo,] asOf[, change]. */
  count(f: Figure): string[] {
    return this.compare ? [f.compareTo === null ? "–" : this.int(f.compareTo), this.int(f.asOf), f.change === null ? "–" : formatSignedInteger(f.change, this.n)] : [this.int(f.asOf)];
  }
  share(f: RatioFigure): string[] {
    return this.compare ? [f.compareTo === null ? "–" : this.ratio(f.compareTo), this.ratio(f.asOf), this.points(f.change)] : [this.ratio(f.asOf)];
  }
  header(first: string): string[] {
    return this.compare ? [first, this.date(this.compareToDate), this.date(this.asOfDate), this.w.change] : [first, this.date(this.asOfDate)];
  }
  asOfDate = "";
  compareToDate = "";
}

function idList(label: string, date: string, ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_IDS).join(", ");
  const more = ids.length > MAX_IDS ? `, … (+${ids.length - MAX_IDS})` : "";
  return `${label} (${date}): ${shown}${more}`;
}

/** Notes listing the ids of a figure on each date (none when empty). */
function idNotes(x: Words, label: string, f: IdFigure | IdRatioFigure): NoteBlock[] {
  const out: NoteBlock[] = [];
  if (f.compareToIds !== null && f.compareToIds.length > 0) out.push({ kind: "note", text: idList(label, x.date(x.compareToDate), f.compareToIds) });
  if (f.ids.length > 0) out.push({ kind: "note", text: idList(label, x.date(x.asOfDate), f.ids) });
  return out;
}

function strength(x: Words, r: Report): Section {
  const s = r.strength;
  const w = x.w.strength;
  const rows = [
    [w.grassroots, s.grassroots],
    [w.grassrootsCommittees, s.grassrootsCommittees],
    [w.grassrootsCells, s.grassrootsCells],
    [w.subordinateCells, s.subordinateCells],
    [w.subordinateCommittees, s.subordinateCommittees],
    [w.partyGroups, s.partyGroups],
    [w.members, s.members],
    [w.officialMembers, s.officialMembers],
    [w.probationaryMembers, s.probationaryMembers],
    [w.cellsBelowMinimum, s.cellsBelowMinimum],
  ] as const;
  return {
    title: x.w.sections.strength,
    blocks: [
      { kind: "table", header: x.header(x.w.figure), rows: rows.map(([label, f]) => [label, ...x.count(f)]) },
      ...idNotes(x, w.cellsBelowMinimum, s.cellsBelowMinimum),
    ],
  };
}

function coverageTable(x: Words, row: CoverageRow, caption: string): Block[] {
  const w = x.w.coverage;
  return [
    {
      kind: "table",
      caption,
      header: x.header(x.w.figure),
      rows: [
        [w.units, ...x.count(row.units)],
        [w.withCell, ...x.share(row.withCell)],
        [w.ownCell, ...x.share(row.ownCell)],
        [w.jointCell, ...x.share(row.jointCell)],
        [w.withoutCell, ...x.share(row.withoutCell)],
        [w.enoughOfficialMembers, ...x.share(row.enoughOfficialMembers)],
        [w.notEnoughOfficialMembers, ...x.share(row.notEnoughOfficialMembers)],
        [w.withMember, ...x.share(row.withMember)],
        [w.withoutMember, ...x.share(row.withoutMember)],
      ],
    },
    ...idNotes(x, `${w.unitsWithoutCell} – ${caption}`, row.withoutCell),
  ];
}

function coverage(x: Words, r: Report): Section[] {
  const c = r.coverage;
  const w = x.w.coverage;
  const blocks: Block[] = [];
  blocks.push({
    kind: "bars",
    title: w.chart,
    series: x.compare ? [x.date(r.compareTo!), x.date(r.asOf)] : [x.date(r.asOf)],
    groups: c.byKind.map((k) => {
      const vals = x.compare ? [k.withCell.compareTo!, k.withCell.asOf] : [k.withCell.asOf];
      return { label: x.locale.unitKind[k.kind!], values: vals.map((v) => v.ratio), texts: vals.map((v) => x.ratio(v)) };
    }),
  });
  for (const k of c.byKind) blocks.push(...coverageTable(x, k, x.locale.unitKind[k.kind!]));
  if (c.byKind.length > 1) blocks.push(...coverageTable(x, c.total, w.allKinds));
  const out: Section[] = [{ title: x.w.sections.coverage, blocks }];
  if (c.communes.length > 0) {
    const header = x.compare
      ? [w.commune, w.units, `${w.withCell} ${x.date(r.compareTo!)}`, `${w.withCell} ${x.date(r.asOf)}`, `${w.withMember} ${x.date(r.asOf)}`]
      : [w.commune, w.units, w.withCell, w.withMember];
    const frac = (q: Ratio | null): string => (q === null ? "–" : `${x.int(q.numerator)}/${x.int(q.denominator)}`);
    out.push({
      title: x.w.sections.communes,
      blocks: [
        {
          kind: "table",
          header,
          rows: c.communes.map((g) =>
            x.compare ? [g.name, x.int(g.units.asOf), frac(g.withCell.compareTo), frac(g.withCell.asOf), frac(g.withMember.asOf)] : [g.name, x.int(g.units.asOf), frac(g.withCell.asOf), frac(g.withMember.asOf)],
          ),
        },
      ],
    });
  }
  return out;
}

function roles(x: Words, r: Report): Section {
  const w = x.w.roles;
  return {
    title: x.w.sections.roles,
    blocks: [
      {
        kind: "table",
        header: x.header(x.w.figure),
        rows: [
          [w.villageHeadsPartyMembers, ...x.share(r.roles.villageHeadsPartyMembers)],
          [w.cellSecretariesVillageHeads, ...x.share(r.roles.cellSecretariesVillageHeads)],
        ],
      },
    ],
  };
}

function admissions(x: Words, r: Report): Section {
  const a = r.admissions;
  const w = x.w.admissions;
  const cells = (c: typeof a): string[] => [x.int(c.admitted), x.int(c.readmitted), x.int(c.recognized), x.int(c.transferredIn), x.int(c.transferredOut), x.int(c.departed), formatSignedInteger(c.net, x.n)];
  const rows = a.years.map((y) => [y.year, ...cells({ ...a, ...y })]);
  rows.push([w.total, ...cells(a)]);
  const reasons = (Object.keys(a.departedByReason) as (keyof typeof a.departedByReason)[]).filter((k) => a.departedByReason[k] > 0);
  return {
    title: x.w.sections.admissions,
    blocks: [
      { kind: "note", text: w.period(x.date(a.from), x.date(a.to)) },
      { kind: "table", header: [w.year, w.admitted, w.readmitted, w.recognized, w.transferredIn, w.transferredOut, w.departed, w.net], rows, strong: [rows.length - 1] },
      ...(reasons.length === 0 ? [] : [{ kind: "note" as const, text: `${w.departed}: ${reasons.map((k) => `${x.locale.departureReason[k]} ${x.int(a.departedByReason[k])}`).join("; ")}` }]),
    ],
  };
}

function levelLabel(x: Words, scale: keyof typeof SCALES, code: string): string {
  const level = SCALES[scale].levels.find((l) => l.code === code);
  return level === undefined ? code : level.label[x.lang];
}

function standardName(x: Words, id: string): string {
  const set = (POSITION_STANDARDS as Readonly<Record<string, { readonly name: { readonly vi: string; readonly en: string } }>>)[id];
  return set === undefined ? id : set.name[x.lang];
}

function training(x: Words, r: Report): Section[] {
  const t = r.training;
  const w = x.w.training;
  const blocks: Block[] = [
    {
      kind: "table",
      caption: w.headline,
      header: x.header(x.w.figure),
      rows: [
        [w.cadres, ...x.count(t.cadres)],
        [w.belowPrimary, ...x.share(t.belowPrimary)],
        [w.belowUpperSecondary, ...x.share(t.belowUpperSecondary)],
        [w.withoutProfessional, ...x.share(t.withoutProfessional)],
        [w.withoutPoliticalTheory, ...x.share(t.withoutPoliticalTheory)],
        [w.masterOrAbove, ...x.share(t.masterOrAbove)],
        [w.advancedPoliticalTheory, ...x.share(t.advancedPoliticalTheory)],
      ],
    },
  ];
  for (const s of t.scales) {
    blocks.push({
      kind: "table",
      caption: x.locale.scale[s.scale],
      header: x.header(w.level),
      rows: [...s.levels.map((l) => [levelLabel(x, s.scale, l.code), ...x.count(l.count)]), [w.noRecord, ...x.count(s.noRecord)]],
    });
  }
  const st = t.standardization;
  const ws = x.w.standardization;
  const sets = (ids: readonly string[] | null): string => (ids === null ? "–" : ids.length === 0 ? "–" : ids.map((id) => standardName(x, id)).join("; "));
  const std: Block[] = [];
  if (x.compare) std.push({ kind: "note", text: `${ws.sets} (${x.date(r.compareTo!)}): ${sets(st.standardSets.compareTo)}` });
  std.push({ kind: "note", text: `${ws.sets} (${x.date(r.asOf)}): ${sets(st.standardSets.asOf)}` });
  std.push({
    kind: "table",
    header: x.header(x.w.figure),
    rows: [
      [ws.judged, ...x.count(st.judged)],
      [ws.below, ...x.count(st.below)],
      [ws.meets, ...x.count(st.meets)],
      [ws.above, ...x.count(st.above)],
      [ws.meetsOrAbove, ...x.share(st.meetsOrAbove)],
      [ws.noStandard, ...x.count(st.noStandard)],
    ],
  });
  return [
    { title: x.w.sections.training, blocks },
    { title: x.w.sections.standardization, blocks: std },
  ];
}

function ratings(x: Words, r: Report): Section {
  const g = r.ratings;
  const w = x.w.ratings;
  const blocks: Block[] = [];
  if (g.distributions.length === 0) blocks.push({ kind: "note", text: g.toYear >= g.fromYear ? `${w.years(g.fromYear, g.toYear)}. ${w.none}` : w.none });
  else {
    blocks.push({ kind: "note", text: `${w.years(g.fromYear, g.toYear)}.` });
    // One stacked bar per distribution; levels by tier across distributions (tiers are comparable).
    const maxTier = Math.max(...g.distributions.flatMap((d) => d.levels.map((l) => l.tier)));
    const legend: string[] = [];
    for (let t = 1; t <= maxTier; t++) {
      const names = new Set<string>();
      for (const d of g.distributions) for (const l of d.levels) if (l.tier === t) names.add(l.label[x.lang]);
      legend.push([...names].join(" / "));
    }
    blocks.push({
      kind: "stack",
      title: w.chart,
      legend,
      rows: g.distributions.map((d) => {
        const parts = new Array<number>(maxTier).fill(0);
        for (const l of d.levels) parts[l.tier - 1]! += l.periodMean ?? 0;
        return { label: w.category[d.category], parts, texts: parts.map((p) => x.pct(p)) };
      }),
    });
    for (const d of g.distributions) {
      const names = d.schemes.map((id) => (Object.hasOwn(SCHEMES, id) ? SCHEMES[id as keyof typeof SCHEMES].shortName[x.lang] : id));
      const schemes = `${w.schemes}: ${names.join("; ")}${d.byTier ? ` (${w.byTier})` : ""}`;
      blocks.push({
        kind: "table",
        caption: `${w.category[d.category]} — ${schemes}`,
        header: [w.level, w.count, w.periodMean, w.pooled, `${w.atOrAbove} (${w.periodMean.toLowerCase()})`],
        rows: d.levels.map((l) => [l.label[x.lang], x.int(l.count), x.pct(l.periodMean), x.pct(l.pooled.ratio), x.pct(l.atOrAbove.periodMean)]),
      });
    }
  }
  return { title: x.w.sections.ratings, blocks };
}

function league(x: Words, r: Report): Section {
  const l = r.league;
  const w = x.w.league;
  if (l.rows.length === 0) return { title: x.w.sections.league, blocks: [{ kind: "note", text: w.none }] };
  const header = [w.unit, w.rank, w.score, ...(x.compare ? [w.previousRank] : []), ...l.metrics.map((m) => m.label[x.lang])];
  const rows = l.rows.map((row) => [
    row.name,
    row.rank === null ? "–" : x.int(row.rank),
    row.score === null ? "–" : formatDecimal(row.score, 3, x.n),
    ...(x.compare ? [row.previousRank === null ? "–" : x.int(row.previousRank)] : []),
    ...l.metrics.map((m) => x.pct(row.values[m.id]?.value ?? null)),
  ]);
  return {
    title: x.w.sections.league,
    blocks: [
      { kind: "note", text: w.weights },
      {
        kind: "bars",
        title: `${x.w.sections.league} (${w.score.toLowerCase()})`,
        series: [x.date(r.asOf)],
        groups: l.rows.map((row) => ({ label: row.name, values: [row.score], texts: [row.score === null ? "–" : formatDecimal(row.score, 3, x.n)] })),
      },
      { kind: "table", header, rows },
    ],
  };
}

function dataQuality(x: Words, r: Report): Section {
  const q = r.dataQuality;
  const w = x.w.dataQuality;
  if (!q.checked) return { title: x.w.sections.dataQuality, blocks: [{ kind: "note", text: w.skipped }] };
  if (q.total === 0) return { title: x.w.sections.dataQuality, blocks: [{ kind: "note", text: w.none }] };
  const codes = (Object.keys(q.byCode) as (keyof typeof q.byCode)[]).filter((c) => q.byCode[c] > 0);
  return {
    title: x.w.sections.dataQuality,
    blocks: [
      { kind: "table", header: [w.code, w.count], rows: [...codes.map((c) => [x.locale.finding[c], x.int(q.byCode[c])]), [w.total, x.int(q.total)]], strong: [codes.length] },
      {
        kind: "table",
        caption: w.first(q.first.length),
        header: [w.code, w.records],
        rows: q.first.map((f) => [x.locale.finding[f.code], f.records.map((rec) => `${x.locale.collection[rec.collection]} #${rec.index}${rec.id === null ? "" : ` ${rec.id}`}`).join("; ")]),
      },
    ],
  };
}

/** @internal The layout of a report in a language, with a label pack for the model's codes. */
export function layout(report: Report, lang: "vi" | "en", locale: Locale): Layout {
  const compare = report.compareTo !== null;
  const x = new Words(lang, locale, compare);
  x.asOfDate = report.asOf;
  x.compareToDate = report.compareTo ?? "";
  const w = x.w;
  return {
    lang,
    title: report.title === "" ? w.heading : `${w.heading} — ${report.title}`,
    subtitle: compare ? w.compared(x.date(report.asOf), x.date(report.compareTo!)) : w.onDate(x.date(report.asOf)),
    sections: [strength(x, report), ...coverage(x, report), roles(x, report), admissions(x, report), ...training(x, report), ratings(x, report), league(x, report), dataQuality(x, report)],
  };
}
