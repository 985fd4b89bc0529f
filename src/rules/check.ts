/**
 * Data-quality findings: problems that do not make a dataset unusable, returned, not thrown.
 * @module
 */
import { NO_END, NO_START, daysFromCivil, formatDay } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import { ORGANIZATION_KINDS, type CollectionName } from "../model/codes.js";
import type { Language } from "../model/messages.js";
import type { Dataset } from "../model/schemas.js";
import { fillPartyStatuses } from "../metrics/coverage-shared.js";
import { IS_PARTY_KIND, statusOnDay } from "../model/status.js";
import { BUILT_IN_SCHEMES } from "../schemes/catalog.js";
import { checkScheme } from "../schemes/define.js";
import { bandRank } from "../schemes/levels.js";
import { validateRatings } from "../schemes/validate.js";
import type { Scheme } from "../schemes/types.js";
import { CHARTER_2011, type CharterRules } from "./charter.js";

/** Codes of data-quality findings. */
export type FindingCode =
  | "cell-below-minimum"
  | "overlapping-party-memberships"
  | "membership-outside-organization"
  | "party-post-held-by-non-member"
  | "rating-inconsistent";

/** A record a finding is about. */
export interface FindingRecord {
  readonly collection: CollectionName;
  /** Index in the dataset's collection. */
  readonly index: number;
  /** The record's id, when it has one. */
  readonly id?: string;
}

/** One data-quality finding. */
export interface Finding {
  readonly code: FindingCode;
  readonly message: string;
  readonly records: readonly FindingRecord[];
}

/** Options of {@link checkDataset}. */
export interface CheckOptions {
  /** Date of the checks that depend on one (cells below the minimum, posts held now). Default: `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /** Thresholds; default {@link CHARTER_2011}. */
  readonly rules?: CharterRules | undefined;
  /** Language of messages, default `"vi"`. */
  readonly locale?: Language | { readonly code: Language } | undefined;
  /** Rating schemes of your own to check ratings against, besides the built-in ones. */
  readonly schemes?: readonly Scheme[] | undefined;
}

const MESSAGES = {
  vi: {
    "cell-below-minimum": (id: string, n: number, min: number, d: string) => `Chi bộ ${id} chỉ có ${n} đảng viên chính thức vào ngày ${d} (tối thiểu ${min})`,
    "overlapping-party-memberships": (id: string, a: string, b: string) => `Đảng viên ${id} có hai lần sinh hoạt đảng chồng nhau (${a} và ${b})`,
    "membership-outside-organization": (id: string, org: string) => `Sinh hoạt của ${id} ở ${org} nằm ngoài thời gian tồn tại của tổ chức`,
    "party-post-held-by-non-member": (id: string, org: string, d: string) => `${id} giữ chức vụ trong tổ chức đảng ${org} nhưng không là đảng viên vào ngày ${d}`,
  },
  en: {
    "cell-below-minimum": (id: string, n: number, min: number, d: string) => `Party cell ${id} has only ${n} official members on ${d} (minimum ${min})`,
    "overlapping-party-memberships": (id: string, a: string, b: string) => `Member ${id} has two overlapping party memberships (${a} and ${b})`,
    "membership-outside-organization": (id: string, org: string) => `Membership of ${id} in ${org} lies outside the organization's lifetime`,
    "party-post-held-by-non-member": (id: string, org: string, d: string) => `${id} holds a post in party organization ${org} but is not a party member on ${d}`,
  },
} as const;

/**
 * Data-quality findings that do not block parsing:
 * - `cell-below-minimum`: a party cell in force on `asOf` with fewer official members than the
 *   charter minimum (3), counting members of the cell and of its party groups (tổ đảng);
 * - `overlapping-party-memberships`: a person whose party memberships overlap by more than a
 *   day (the same day as the end of one and the start of the next is a normal transfer);
 * - `membership-outside-organization`: a membership that starts before its organization was
 *   founded or ends after it was dissolved (or is still open after it was dissolved);
 * - `party-post-held-by-non-member`: a post in a party organization whose holder is not a party
 *   member on the post's start date, or on `asOf` while the post is held;
 * - `rating-inconsistent`: a rating that does not fit its scheme (see `validateRatings`): a
 *   level better than its score allows, a score off the scheme's scale, a scheme that does not
 *   rate that kind of subject, or a year the scheme does not govern.
 * Findings are listed in that order, each group in dataset order.
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" }],
 *   people: [{ id: "p", name: "Lò Văn D" }],
 *   memberships: [{ personId: "p", organizationId: "cb", startDate: "2010", officialDate: "2011" }],
 * });
 * checkDataset(ds, { asOf: "2024-01-01", locale: "en" }).map((f) => f.code); //=> ["cell-below-minimum"]
 * ```
 */
export function checkDataset(dataset: Dataset, options: CheckOptions = {}): Finding[] {
  return checkDatasetWithStatus(dataset, options, undefined);
}

/**
 * @internal {@link checkDataset}, with everyone's party status on the date when the caller has
 * it already (`fillPartyStatuses` on the day of `options.asOf`, as a report has).
 */
export function checkDatasetWithStatus(dataset: Dataset, options: CheckOptions, status: Uint8Array | undefined): Finding[] {
  const asOf = options.asOf ?? dataset.asOf;
  if (asOf === undefined) throw new GrassrootsError("invalid-argument", "checkDataset needs an asOf date (in the options or on the dataset)");
  const day = toDayNumber(asOf);
  const rules = options.rules ?? CHARTER_2011;
  const lang: Language = (typeof options.locale === "string" ? options.locale : options.locale?.code) === "en" ? "en" : "vi";
  const msg = MESSAGES[lang];
  const ix = datasetIndex(dataset);
  const o = ix.organizations;
  const m = ix.memberships;
  const pc = ix.people;
  const findings: Finding[] = [];
  const CELL = ORGANIZATION_KINDS.indexOf("party-cell");
  const GROUP = ORGANIZATION_KINDS.indexOf("party-group");

  // Everyone's party status on the day, in one pass (checks 1 and 4 read it per member).
  const statusToday = status ?? fillPartyStatuses(ix, day, new Uint8Array(pc.count));

  // 1. Cells below the minimum of official members.
  const official = new Int32Array(o.count);
  // seen[p] === c + 1: person p already counted for organization c (one pass, no set per cell).
  const seen = new Int32Array(pc.count);
  for (let c = 0; c < o.count; c++) {
    const kind = o.kind[c]!;
    if (kind !== CELL && kind !== GROUP) continue;
    if (o.founding[c]! > day || o.dissolution[c]! < day) continue;
    const target = kind === GROUP && o.parent[c]! >= 0 && o.kind[o.parent[c]!] === CELL ? o.parent[c]! : c;
    for (let r = o.memberOffsets[c]!; r < o.memberOffsets[c + 1]!; r++) {
      if (m.start[r]! > day || m.end[r]! < day) continue;
      const p = m.person[r]!;
      if (seen[p] === c + 1) continue;
      seen[p] = c + 1;
      if (statusToday[p] === 2) official[target]!++;
    }
  }
  for (let c = 0; c < o.count; c++) {
    if (o.kind[c] !== CELL || o.founding[c]! > day || o.dissolution[c]! < day) continue;
    if (official[c]! < rules.minOfficialMembersPerCell) {
      findings.push({
        code: "cell-below-minimum",
        message: msg["cell-below-minimum"](o.ids[c]!, official[c]!, rules.minOfficialMembersPerCell, asOf),
        records: [{ collection: "organizations", index: c, id: o.ids[c]! }],
      });
    }
  }

  // 2. Overlapping party memberships, and 3. memberships outside their organization's lifetime:
  // neither depends on the date, so the rows are found once per index (see membershipProblems).
  const { overlaps, outside } = membershipProblems(ix);
  for (let k = 0; k < overlaps.length; k += 3) {
    const p = overlaps[k]!;
    const prev = overlaps[k + 1]!;
    const r = overlaps[k + 2]!;
    findings.push({
      code: "overlapping-party-memberships",
      message: msg["overlapping-party-memberships"](pc.ids[p]!, o.ids[m.organization[prev]!]!, o.ids[m.organization[r]!]!),
      records: [{ collection: "people", index: p, id: pc.ids[p]! }, membershipRecord(dataset, m.source[prev]!), membershipRecord(dataset, m.source[r]!)],
    });
  }
  for (const i of outside) {
    const rec = dataset.memberships[i]!;
    findings.push({
      code: "membership-outside-organization",
      message: msg["membership-outside-organization"](rec.personId, rec.organizationId),
      records: [membershipRecord(dataset, i), { collection: "organizations", index: o.rowOf(rec.organizationId), id: rec.organizationId }],
    });
  }

  // 4. Posts in party organizations held by non-members.
  const t = ix.posts;
  for (let i = 0; i < t.count; i++) {
    const org = t.organization[i]!;
    if (org < 0 || IS_PARTY_KIND[o.kind[org]!] === 0) continue;
    const p = t.person[i]!;
    // The first of the post's start date (when known and not after the day) and the day (while
    // the post is held) on which the holder is not a member.
    const start = t.start[i]!;
    let bad = 0;
    let found = false;
    if (start !== NO_START && start <= day && statusOnDay(ix, p, start) === 0) {
      bad = start;
      found = true;
    } else if (start <= day && t.end[i]! >= day && statusToday[p] === 0) {
      bad = day;
      found = true;
    }
    if (found) {
      const post = dataset.posts[i]!;
      findings.push({
        code: "party-post-held-by-non-member",
        message: msg["party-post-held-by-non-member"](post.personId, o.ids[org]!, formatDay(bad)),
        records: [
          post.id === undefined ? { collection: "posts", index: i } : { collection: "posts", index: i, id: post.id },
          { collection: "people", index: p, id: pc.ids[p]! },
        ],
      });
    }
  }
  // 5. Ratings that do not fit their scheme. validateRatings builds each message from the
  // records; when a screen over the index's columns shows that no rating can give one (the usual
  // case), it is not called.
  const ratingIssues = ratingsAllFit(ix, options.schemes) ? [] : validateRatings(dataset, options.schemes === undefined ? { locale: lang } : { locale: lang, schemes: options.schemes });
  for (const issue of ratingIssues) {
    const index = Number(/^ratings\[(\d+)\]/.exec(issue.path)?.[1] ?? -1);
    if (index < 0) continue;
    const id = dataset.ratings[index]?.id;
    findings.push({
      code: "rating-inconsistent",
      message: `${issue.path}: ${issue.message}`,
      records: [id === undefined ? { collection: "ratings", index } : { collection: "ratings", index, id }],
    });
  }
  return findings;
}

/**
 * The membership rows behind checks 2 and 3 of {@link checkDataset}, which do not depend on the
 * date: computed once per index (a report checks its dataset on each of its dates, and an app
 * on many).
 * - `overlaps`: triples (person row, earlier membership row, later membership row) of party
 *   memberships of one person that overlap, in person order then by start (rows of a person are
 *   sorted by start date; the earlier row is the one reaching furthest so far).
 * - `outside`: dataset indices of memberships that start before their organization's founding
 *   or end after its dissolution, ascending.
 */
function membershipProblems(ix: DatasetIndex): { readonly overlaps: Int32Array; readonly outside: Int32Array } {
  let found = MEMBERSHIP_PROBLEMS.get(ix);
  if (found !== undefined) return found;
  const o = ix.organizations;
  const m = ix.memberships;
  const pc = ix.people;
  const overlaps: number[] = [];
  for (let p = 0; p < pc.count; p++) {
    let prev = -1;
    for (let i = pc.personOffsets[p]!; i < pc.personOffsets[p + 1]!; i++) {
      const r = pc.personRows[i]!;
      if (IS_PARTY_KIND[o.kind[m.organization[r]!]!] === 0) continue;
      if (prev >= 0 && m.start[r]! < m.end[prev]!) overlaps.push(p, prev, r);
      if (prev < 0 || m.end[r]! > m.end[prev]!) prev = r;
    }
  }
  const outside: number[] = [];
  for (let r = 0; r < m.count; r++) {
    const org = m.organization[r]!;
    const f = o.founding[org]!;
    const d = o.dissolution[org]!;
    if ((f !== NO_START && m.start[r]! < f) || (d !== NO_END && m.end[r]! > d)) outside.push(m.source[r]!);
  }
  found = { overlaps: Int32Array.from(overlaps), outside: Int32Array.from(outside).sort() };
  MEMBERSHIP_PROBLEMS.set(ix, found);
  return found;
}
const MEMBERSHIP_PROBLEMS = new WeakMap<DatasetIndex, { readonly overlaps: Int32Array; readonly outside: Int32Array }>();

/**
 * Whether `validateRatings` would report nothing: the same tests (a known scheme; a level of the
 * scheme; a score on a scheme that scores, within its scale and not below the level's band; a
 * subject kind the scheme rates; a year it governs) over the index's columns, without building
 * any message. Conservative: any rating it cannot clear makes it answer false, and the caller
 * then runs `validateRatings` itself.
 */
function ratingsAllFit(ix: DatasetIndex, schemes: readonly Scheme[] | undefined): boolean {
  // With the built-in schemes only, the answer depends on the index alone (not on the date):
  // computed once per index.
  if (schemes !== undefined) return ratingsAllFitNow(ix, schemes);
  let fit = BUILT_IN_FIT.get(ix);
  if (fit === undefined) BUILT_IN_FIT.set(ix, (fit = ratingsAllFitNow(ix, undefined)));
  return fit;
}
const BUILT_IN_FIT = new WeakMap<DatasetIndex, boolean>();

function ratingsAllFitNow(ix: DatasetIndex, schemes: readonly Scheme[] | undefined): boolean {
  const byId = new Map<string, Scheme>();
  for (const sc of BUILT_IN_SCHEMES) byId.set(sc.id, sc);
  for (const sc of schemes ?? []) byId.set(sc.id, checkScheme(sc, "validateRatings"));
  const R = ix.ratings;
  const ns = R.schemes.length;
  const known: (Scheme | undefined)[] = new Array<Scheme | undefined>(ns);
  const ranks: Int16Array[] = new Array<Int16Array>(ns);
  const mains: Int16Array[] = new Array<Int16Array>(ns);
  const kindOk = new Uint8Array(ns * 2);
  const lo = new Int32Array(ns);
  const hi = new Int32Array(ns);
  const scoring = new Uint8Array(ns);
  const min = new Float64Array(ns);
  const max = new Float64Array(ns);
  // Periods whose first four characters are not their year (before 1000, after 9999) are left to validateRatings.
  const first = daysFromCivil(1000, 1, 1);
  const last = daysFromCivil(9999, 12, 31);
  for (let s = 0; s < ns; s++) {
    const sc = byId.get(R.schemes[s]!);
    known[s] = sc;
    if (sc === undefined) continue;
    const codes = R.levelCodes[s]!;
    const rank = new Int16Array(codes.length + 1);
    rank[0] = -1;
    for (let k = 0; k < codes.length; k++) rank[k + 1] = sc.levels.findIndex((l) => l.code === codes[k]);
    ranks[s] = rank;
    const main = new Int16Array(sc.levels.length);
    for (let k = 0; k < sc.levels.length; k++) {
      const refines = sc.levels[k]!.refines;
      main[k] = refines === undefined ? k : sc.levels.findIndex((x) => x.code === refines);
    }
    mains[s] = main;
    kindOk[s * 2] = sc.appliesTo.subjectKinds.includes("person") ? 1 : 0;
    kindOk[s * 2 + 1] = sc.appliesTo.subjectKinds.includes("organization") ? 1 : 0;
    const years = sc.assessmentYears;
    lo[s] = Math.max(first, daysFromCivil(years.from, 1, 1));
    hi[s] = Math.min(last, years.to === undefined ? last : daysFromCivil(years.to, 12, 31));
    if (sc.score !== undefined && sc.levels.some((l) => l.band !== undefined)) {
      scoring[s] = 1;
      min[s] = sc.score.min;
      max[s] = sc.score.max;
    }
  }
  for (let r = 0; r < R.count; r++) {
    const s = R.scheme[r]!;
    const sc = known[s];
    if (sc === undefined) continue;
    const rank = ranks[s]![R.level[r]!]!;
    if (R.level[r] !== 0 && rank < 0) return false;
    const score = R.score[r]!;
    if (score === score) {
      if (scoring[s] === 0 || score < min[s]! || score > max[s]!) return false;
      if (rank >= 0 && mains[s]![rank]! < bandRank(sc, score, "validateRatings")) return false;
    }
    if (kindOk[s * 2 + R.subjectKind[r]!] === 0) return false;
    const start = R.periods.start[R.period[r]!]!;
    if (start < lo[s]! || start > hi[s]!) return false;
  }
  return true;
}

function membershipRecord(dataset: Dataset, index: number): FindingRecord {
  const id = dataset.memberships[index]!.id;
  return id === undefined ? { collection: "memberships", index } : { collection: "memberships", index, id };
}
