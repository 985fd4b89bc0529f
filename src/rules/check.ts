/**
 * Data-quality findings: problems that do not make a dataset unusable, returned, not thrown.
 * @module
 */
import { NO_END, NO_START, formatDay } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { datasetIndex } from "../model/compile.js";
import { ORGANIZATION_KINDS, type CollectionName } from "../model/codes.js";
import type { Language } from "../model/messages.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND, statusOnDay } from "../model/status.js";
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

  // 1. Cells below the minimum of official members.
  const official = new Int32Array(o.count);
  for (let c = 0; c < o.count; c++) {
    const kind = o.kind[c]!;
    if (kind !== CELL && kind !== GROUP) continue;
    if (o.founding[c]! > day || o.dissolution[c]! < day) continue;
    const target = kind === GROUP && o.parent[c]! >= 0 && o.kind[o.parent[c]!] === CELL ? o.parent[c]! : c;
    const seen = new Set<number>();
    for (let r = o.memberOffsets[c]!; r < o.memberOffsets[c + 1]!; r++) {
      if (m.start[r]! > day || m.end[r]! < day) continue;
      const p = m.person[r]!;
      if (seen.has(p)) continue;
      seen.add(p);
      if (statusOnDay(ix, p, day) === 2) official[target]!++;
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

  // 2. Overlapping party memberships (rows sorted by start within a person).
  for (let p = 0; p < pc.count; p++) {
    let prev = -1;
    for (let i = pc.personOffsets[p]!; i < pc.personOffsets[p + 1]!; i++) {
      const r = pc.personRows[i]!;
      if (IS_PARTY_KIND[o.kind[m.organization[r]!]!] === 0) continue;
      if (prev >= 0 && m.start[r]! < m.end[prev]!) {
        findings.push({
          code: "overlapping-party-memberships",
          message: msg["overlapping-party-memberships"](pc.ids[p]!, o.ids[m.organization[prev]!]!, o.ids[m.organization[r]!]!),
          records: [
            { collection: "people", index: p, id: pc.ids[p]! },
            membershipRecord(dataset, m.source[prev]!),
            membershipRecord(dataset, m.source[r]!),
          ],
        });
      }
      if (prev < 0 || m.end[r]! > m.end[prev]!) prev = r;
    }
  }

  // 3. Memberships outside their organization's lifetime (reported in dataset order).
  const outside: number[] = [];
  for (let r = 0; r < m.count; r++) {
    const org = m.organization[r]!;
    const f = o.founding[org]!;
    const d = o.dissolution[org]!;
    if ((f !== NO_START && m.start[r]! < f) || (d !== NO_END && m.end[r]! > d)) outside.push(m.source[r]!);
  }
  outside.sort((a, b) => a - b);
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
    const days: number[] = [];
    if (t.start[i]! !== NO_START && t.start[i]! <= day) days.push(t.start[i]!);
    if (t.start[i]! <= day && t.end[i]! >= day) days.push(day);
    const bad = days.find((d) => statusOnDay(ix, p, d) === 0);
    if (bad !== undefined) {
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
  // 5. Ratings that do not fit their scheme.
  const ratingIssues = validateRatings(dataset, options.schemes === undefined ? { locale: lang } : { locale: lang, schemes: options.schemes });
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

function membershipRecord(dataset: Dataset, index: number): FindingRecord {
  const id = dataset.memberships[index]!.id;
  return id === undefined ? { collection: "memberships", index } : { collection: "memberships", index, id };
}
