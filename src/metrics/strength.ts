/**
 * Party strength on a date: organizations by level, members by status, and the charter checks
 * of DOMAIN.md §2 (rules R18–R20).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { ORGANIZATION_KINDS, ORGANIZATION_LEVELS, UNIT_KINDS } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND } from "../model/status.js";
import { CHARTER_2011, type CharterRules } from "../rules/charter.js";
import { peopleBytes, peopleStamps } from "../rules/lifecycle.js";
import { PARTY_STRUCTURE_QD_294_2025, type PartyStructureRules } from "../rules/structure-2025.js";
import { asOfDay, codeMask, countOnly, fillPartyStatuses, optionsObject, wantsIds, type IdCount } from "./coverage-shared.js";

/**
 * How grassroots party organizations (tổ chức cơ sở đảng) are told apart:
 * - `"recorded"` (default): by each organization's recorded `level` (`grassroots` = đảng bộ cơ
 *   sở or chi bộ cơ sở; `branch` = chi bộ trực thuộc or đảng bộ bộ phận), on any date.
 * - `"commune-as-upper-level"`: from the 2025 reform on (1 July 2025), a party committee of a
 *   commune, ward or special zone is the direct upper level of grassroots organizations
 *   (QĐ 294-QĐ/TW), so it is counted among `upperCommittees`, and the cells and committees
 *   directly under it count as grassroots cells and grassroots committees. This reading is
 *   UNCONFIRMED (DOMAIN.md §2); before the reform date it changes nothing.
 */
export type GrassrootsCounting = "recorded" | "commune-as-upper-level";

/** Options of {@link partyStrength}. */
export interface PartyStrengthOptions {
  /** How grassroots organizations are counted; default `"recorded"`. */
  readonly counting?: GrassrootsCounting | undefined;
  /** Charter thresholds (3 official members, 30 members, 9 official members); default {@link CHARTER_2011}. */
  readonly rules?: Pick<CharterRules, "minOfficialMembersPerCell" | "committeeMemberThreshold" | "cellCommitteeThreshold"> | undefined;
  /** The 2025 structure for `"commune-as-upper-level"`; default `PARTY_STRUCTURE_QD_294_2025`. */
  readonly structure?: PartyStructureRules | undefined;
  /**
   * List the ids behind each count (default `true`). `false` gives the same counts with every
   * `ids` empty: at national scale the member lists alone hold millions of strings, most of the
   * function's time when only the figures are wanted.
   */
  readonly ids?: boolean | undefined;
}

/** The result of {@link partyStrength}. Organization ids and person ids are in dataset order. */
export interface PartyStrength {
  readonly asOf: string;
  readonly counting: GrassrootsCounting;
  /** Grassroots party organizations (tổ chức cơ sở đảng) in force: committees and cells. */
  readonly grassroots: IdCount & {
    /** Grassroots party committees (đảng bộ cơ sở). */
    readonly committees: IdCount;
    /** Grassroots cells (chi bộ cơ sở). */
    readonly cells: IdCount;
  };
  /** Cells under a grassroots committee (chi bộ trực thuộc). */
  readonly subordinateCells: IdCount;
  /** Committees under a grassroots committee (đảng bộ bộ phận). */
  readonly subordinateCommittees: IdCount;
  /** Party groups (tổ đảng). */
  readonly partyGroups: IdCount;
  /** Party committees above the grassroots: central, province and district levels (and commune committees under `"commune-as-upper-level"`). */
  readonly upperCommittees: IdCount;
  /** Party cells and committees in force with no recorded `level`: counted nowhere else. */
  readonly unclassified: IdCount;
  /** Party members on the date (person ids). */
  readonly members: IdCount & { readonly official: IdCount; readonly probationary: IdCount };
  /** Charter checks (organization ids). Members of an organization include those of the organizations under it. */
  readonly checks: {
    /** Party cells with fewer than 3 official members (R18; Charter Art. 21, 24). */
    readonly cellsBelowMinimum: IdCount;
    /** Grassroots cells with 30 members or more, which should be grassroots committees (R19). */
    readonly cellsToBecomeCommittees: IdCount;
    /** Grassroots committees with fewer than 30 members, which would be cells (R19; exceptions need written approval). */
    readonly committeesBelowThreshold: IdCount;
    /** Party cells with 9 official members or more, which should elect a cell committee (chi ủy) (R20). */
    readonly cellsToElectCommittee: IdCount;
  };
}

const CELL = ORGANIZATION_KINDS.indexOf("party-cell");
const COMMITTEE = ORGANIZATION_KINDS.indexOf("party-committee");
const GROUP = ORGANIZATION_KINDS.indexOf("party-group");
const GRASSROOTS = ORGANIZATION_LEVELS.indexOf("grassroots");
const BRANCH = ORGANIZATION_LEVELS.indexOf("branch");
const NO_LEVEL = 255;
/** Effective level of a commune committee under "commune-as-upper-level". */
const UPPER = 254;

function ids(list: string[]): IdCount {
  return { count: list.length, ids: list };
}

/**
 * Party strength on a date: grassroots organizations (đảng bộ cơ sở and chi bộ cơ sở),
 * subordinate cells and committees, party groups, members official and probationary, and the
 * charter checks, each with the ids behind it.
 *
 * - Organizations count when in force on the date; members are people who are party members on
 *   the date (see `partyStatus`), each counted once.
 * - An organization's members, for the checks, are the people whose party membership in force
 *   on the date is in it or in an organization under it (a cell's party groups, a committee's
 *   cells); someone with two memberships at once in one organization counts once.
 * - The 30-member threshold counts all members, official and probationary ("đảng viên"); the
 *   3- and 9-member thresholds count official members only.
 * - After the 2025 reform (no district level; commune committees directly under the province)
 *   the recorded levels are used by default; see {@link GrassrootsCounting} for the other
 *   reading.
 *
 * @param dataset - A parsed dataset.
 * @param asOf - The date, `YYYY-MM-DD`; default `dataset.asOf`.
 * @param options - `counting`, `rules`, `structure`, `ids` (`false`: counts only, every `ids` empty).
 * @returns The counts and checks.
 * @throws {GrassrootsError} `invalid-argument` for a missing date or bad options; `invalid-date`.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [
 *     { id: "dbx", name: "Đảng bộ xã A", kind: "party-committee", level: "grassroots" },
 *     { id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", level: "branch", parentId: "dbx" },
 *     { id: "cb2", name: "Chi bộ bản 2", kind: "party-cell", level: "branch", parentId: "dbx" },
 *   ],
 *   people: [{ id: "a", name: "A" }, { id: "b", name: "B" }, { id: "c", name: "C" }, { id: "d", name: "D" }],
 *   memberships: [
 *     { personId: "a", organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01" },
 *     { personId: "b", organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01" },
 *     { personId: "c", organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01" },
 *     { personId: "d", organizationId: "cb2", startDate: "2024-01-01" },
 *   ],
 * });
 * const s = partyStrength(ds, "2024-06-30");
 * [s.grassroots.count, s.subordinateCells.count];             //=> [1, 2]
 * [s.members.official.count, s.members.probationary.count];   //=> [3, 1]
 * s.checks.cellsBelowMinimum.ids;                             //=> ["cb2"]
 * s.checks.committeesBelowThreshold.ids;                      //=> ["dbx"]
 * ```
 */
export function partyStrength(dataset: Dataset, asOf?: string, options?: PartyStrengthOptions): PartyStrength {
  const opts = optionsObject(options, "partyStrength");
  const { asOf: date, day } = asOfDay(dataset, asOf, "partyStrength");
  const counting = checkedCounting(opts);
  checkedRules(opts);
  const listIds = wantsIds(opts.ids, "partyStrength");
  const ix = datasetIndex(dataset);
  const status = fillPartyStatuses(ix, day, peopleBytes(ix));
  const rows = strengthRows(ix, day, status, opts);
  if (!listIds) return strengthCounts(ix, date, counting, status, rows);

  // Members: one status per person, in dataset order.
  const pIds = ix.people.ids;
  const np = ix.people.count;
  const memberIds: string[] = [];
  const officialIds: string[] = [];
  const probationIds: string[] = [];
  for (let p = 0; p < np; p++) {
    const s = status[p]!;
    if (s === 0) continue;
    const id = pIds[p]!;
    memberIds.push(id);
    if (s === 2) officialIds.push(id);
    else probationIds.push(id);
  }

  // Organizations by kind and level, and the checks, in dataset order.
  const lists: string[][] = [];
  for (let k = 0; k <= UNCLASSIFIED; k++) lists.push([]);
  const grassroots: string[] = [];
  const checks: string[][] = [[], [], [], []];
  const { category, flags } = rows;
  const oIds = ix.organizations.ids;
  for (let c = 0, no = ix.organizations.count; c < no; c++) {
    const k = category[c]!;
    if (k === 0) continue;
    const id = oIds[c]!;
    lists[k]!.push(id);
    if (k === GRASSROOTS_COMMITTEE || k === GRASSROOTS_CELL) grassroots.push(id);
    const f = flags[c]!;
    if (f === 0) continue;
    for (let b = 0; b < 4; b++) if ((f & (1 << b)) !== 0) checks[b]!.push(id);
  }
  return {
    asOf: date,
    counting,
    grassroots: { ...ids(grassroots), committees: ids(lists[GRASSROOTS_COMMITTEE]!), cells: ids(lists[GRASSROOTS_CELL]!) },
    subordinateCells: ids(lists[SUBORDINATE_CELL]!),
    subordinateCommittees: ids(lists[SUBORDINATE_COMMITTEE]!),
    partyGroups: ids(lists[PARTY_GROUP]!),
    upperCommittees: ids(lists[UPPER_COMMITTEE]!),
    unclassified: ids(lists[UNCLASSIFIED]!),
    members: { ...ids(memberIds), official: ids(officialIds), probationary: ids(probationIds) },
    checks: {
      cellsBelowMinimum: ids(checks[0]!),
      cellsToBecomeCommittees: ids(checks[1]!),
      committeesBelowThreshold: ids(checks[2]!),
      cellsToElectCommittee: ids(checks[3]!),
    },
  };
}

/** {@link partyStrength} with `ids: false`: the same counts, every `ids` empty. */
function strengthCounts(ix: DatasetIndex, asOf: string, counting: GrassrootsCounting, status: Uint8Array, rows: { category: Uint8Array; flags: Uint8Array }): PartyStrength {
  const members = new Int32Array(3);
  countStatuses(status, ix.people.count, members);
  const official = members[2]!;
  const probationary = members[1]!;
  const n = new Int32Array(UNCLASSIFIED + 1);
  const checks = new Int32Array(4);
  tallyRows(rows.category, rows.flags, ix.organizations.count, n, checks);
  return {
    asOf,
    counting,
    grassroots: { ...countOnly(n[GRASSROOTS_COMMITTEE]! + n[GRASSROOTS_CELL]!), committees: countOnly(n[GRASSROOTS_COMMITTEE]!), cells: countOnly(n[GRASSROOTS_CELL]!) },
    subordinateCells: countOnly(n[SUBORDINATE_CELL]!),
    subordinateCommittees: countOnly(n[SUBORDINATE_COMMITTEE]!),
    partyGroups: countOnly(n[PARTY_GROUP]!),
    upperCommittees: countOnly(n[UPPER_COMMITTEE]!),
    unclassified: countOnly(n[UNCLASSIFIED]!),
    members: { ...countOnly(official + probationary), official: countOnly(official), probationary: countOnly(probationary) },
    checks: {
      cellsBelowMinimum: countOnly(checks[0]!),
      cellsToBecomeCommittees: countOnly(checks[1]!),
      committeesBelowThreshold: countOnly(checks[2]!),
      cellsToElectCommittee: countOnly(checks[3]!),
    },
  };
}

// The loops over people and organizations are functions of their own, ending in nothing but a
// return: V8 compiles a long loop on its first run (on-stack replacement) before the code after
// it has run, and keeps that compiled loop; code after the loop in the same function then had no
// type feedback, and every later call left the compiled code there and ran the rest in the
// interpreter (seen with --trace-deopt: two bailouts per call of partyStrength and the report).

/** Adds the people of each status (0, 1, 2) to `out[status]`. */
function countStatuses(status: Uint8Array, np: number, out: Int32Array): void {
  for (let p = 0; p < np; p++) out[status[p]!]!++;
}

/** Adds each organization to `n[category]` and each failed check to `checks[bit]`. */
function tallyRows(category: Uint8Array, flags: Uint8Array, no: number, n: Int32Array, checks: Int32Array): void {
  for (let c = 0; c < no; c++) {
    n[category[c]!]!++;
    const f = flags[c]!;
    if (f === 0) continue;
    for (let b = 0; b < 4; b++) if ((f & (1 << b)) !== 0) checks[b]!++;
  }
}

// Where strengthRows puts an organization (0: nowhere: not in force, or not a party organization).
const GRASSROOTS_COMMITTEE = 1;
const GRASSROOTS_CELL = 2;
const SUBORDINATE_CELL = 3;
const SUBORDINATE_COMMITTEE = 4;
const PARTY_GROUP = 5;
const UPPER_COMMITTEE = 6;
const UNCLASSIFIED = 7;
// The charter checks an organization fails, as bits (in the order of PartyStrength["checks"]).
const BELOW_MINIMUM = 1;
const TO_COMMITTEE = 2;
const COMMITTEE_BELOW = 4;
const ELECT_CHI_UY = 8;

function checkedCounting(opts: Partial<PartyStrengthOptions>): GrassrootsCounting {
  const counting = opts.counting ?? "recorded";
  if (counting !== "recorded" && counting !== "commune-as-upper-level") {
    throw new GrassrootsError("invalid-argument", `partyStrength: counting must be "recorded" or "commune-as-upper-level"`);
  }
  return counting;
}

function checkedRules(opts: Partial<PartyStrengthOptions>): NonNullable<PartyStrengthOptions["rules"]> {
  const rules = opts.rules ?? CHARTER_2011;
  for (const v of [rules.minOfficialMembersPerCell, rules.committeeMemberThreshold, rules.cellCommitteeThreshold]) {
    if (!Number.isInteger(v) || v < 1) throw new GrassrootsError("invalid-argument", "partyStrength: charter thresholds must be whole numbers ≥ 1");
  }
  return rules;
}

/**
 * @internal The organizations of {@link partyStrength} as codes per organization row:
 * `category` (1 grassroots committee, 2 grassroots cell, 3 subordinate cell, 4 subordinate
 * committee, 5 party group, 6 upper committee, 7 unclassified; 0 not counted) and `flags` (the
 * charter checks failed, one bit each in the order of `PartyStrength["checks"]`). `status` is
 * the party status of every person on `day` ({@link fillPartyStatuses}). Options as
 * partyStrength's (checked again here).
 */
export function strengthRows(ix: DatasetIndex, day: number, status: Uint8Array, options: Partial<PartyStrengthOptions>): { category: Uint8Array; flags: Uint8Array } {
  const counting = checkedCounting(options);
  const rules = checkedRules(options);
  const o = ix.organizations;
  const no = o.count;
  const oKind = o.kind;
  const parent = o.parent;

  // Effective level of each organization.
  const level = o.level.slice();
  if (counting === "commune-as-upper-level") {
    const structure = options.structure ?? PARTY_STRUCTURE_QD_294_2025;
    if (day >= toDayNumber(structure.effectiveFrom)) {
      communeLevels(ix, codeMask(UNIT_KINDS, structure.communeUnitKinds, "structure.communeUnitKinds", "partyStrength"), level);
    }
  }

  // Direct members per organization in force, then rolled up to every organization above.
  const all = new Int32Array(no);
  const official = new Int32Array(no);
  const inForce = new Uint8Array(no);
  const { stamps, base } = peopleStamps(ix, no);
  directMembers(ix, day, status, stamps, base, inForce, all, official);
  const allUp = all.slice();
  const officialUp = official.slice();
  rollUp(parent, all, official, allUp, officialUp);

  // Organizations by kind and level, and the checks.
  const category = new Uint8Array(no);
  const flags = new Uint8Array(no);
  categorize(oKind, level, inForce, allUp, officialUp, rules, category, flags);
  return { category, flags };
}

/**
 * The 2025 reading of `level`: a grassroots committee of a commune-level unit (`communeKind`)
 * becomes an upper level, and the branch organizations directly under it grassroots ones.
 */
function communeLevels(ix: DatasetIndex, communeKind: Uint8Array, level: Uint8Array): void {
  const o = ix.organizations;
  const no = o.count;
  const oKind = o.kind;
  const parent = o.parent;
  const uKind = ix.units.kind;
  const isCommune = new Uint8Array(no);
  for (let c = 0; c < no; c++) {
    const unit = o.unit[c]!;
    if (oKind[c] === COMMITTEE && level[c] === GRASSROOTS && unit >= 0 && communeKind[uKind[unit]!] === 1) isCommune[c] = 1;
  }
  for (let c = 0; c < no; c++) {
    if (isCommune[c] === 1) level[c] = UPPER;
    else if (level[c] === BRANCH && parent[c]! >= 0 && isCommune[parent[c]!] === 1) level[c] = GRASSROOTS;
  }
}

/**
 * For each party organization in force on `day` (`inForce`), its distinct members in force
 * (`all`) and those of them official (`official`); `stamps` (from `base`) marks a person seen.
 */
function directMembers(ix: DatasetIndex, day: number, status: Uint8Array, stamp: Int32Array, base: number, inForce: Uint8Array, all: Int32Array, official: Int32Array): void {
  const o = ix.organizations;
  const oKind = o.kind;
  const founding = o.founding;
  const dissolution = o.dissolution;
  const offsets = o.memberOffsets;
  const m = ix.memberships;
  const mStart = m.start;
  const mEnd = m.end;
  const mPerson = m.person;
  for (let c = 0, no = o.count; c < no; c++) {
    if (IS_PARTY_KIND[oKind[c]!] === 0 || founding[c]! > day || dissolution[c]! < day) continue;
    inForce[c] = 1;
    let n = 0;
    let off = 0;
    for (let r = offsets[c]!; r < offsets[c + 1]!; r++) {
      if (mStart[r]! > day || mEnd[r]! < day) continue;
      const p = mPerson[r]!;
      if (stamp[p] === base + c + 1) continue;
      stamp[p] = base + c + 1;
      n++;
      if (status[p] === 2) off++;
    }
    all[c] = n;
    official[c] = off;
  }
}

/** Adds each organization's `all` and `official` to every organization above it in `allUp` / `officialUp`. */
function rollUp(parent: Int32Array, all: Int32Array, official: Int32Array, allUp: Int32Array, officialUp: Int32Array): void {
  const no = all.length;
  for (let c = 0; c < no; c++) {
    const n = all[c]!;
    if (n === 0) continue;
    const off = official[c]!;
    let a = parent[c]!;
    for (let steps = 0; a >= 0 && steps < no; steps++) {
      allUp[a]! += n;
      officialUp[a]! += off;
      a = parent[a]!;
    }
  }
}

/** Writes each organization's category and failed checks (see strengthRows). */
function categorize(
  oKind: ArrayLike<number>,
  level: ArrayLike<number>,
  inForce: Uint8Array,
  allUp: Int32Array,
  officialUp: Int32Array,
  rules: { readonly minOfficialMembersPerCell: number; readonly committeeMemberThreshold: number; readonly cellCommitteeThreshold: number },
  category: Uint8Array,
  flags: Uint8Array,
): void {
  const minOfficial = rules.minOfficialMembersPerCell;
  const committeeSize = rules.committeeMemberThreshold;
  const chiUy = rules.cellCommitteeThreshold;
  for (let c = 0, no = inForce.length; c < no; c++) {
    if (inForce[c] === 0) continue;
    const kind = oKind[c]!;
    const lv = level[c]!;
    if (kind === GROUP) {
      category[c] = PARTY_GROUP;
      continue;
    }
    if (kind === CELL) {
      let f = 0;
      if (lv === GRASSROOTS) {
        category[c] = GRASSROOTS_CELL;
        if (allUp[c]! >= committeeSize) f |= TO_COMMITTEE;
      } else category[c] = lv === NO_LEVEL ? UNCLASSIFIED : SUBORDINATE_CELL; // branch (or a level above, which a cell should not have)
      if (officialUp[c]! < minOfficial) f |= BELOW_MINIMUM;
      if (officialUp[c]! >= chiUy) f |= ELECT_CHI_UY;
      flags[c] = f;
    } else if (kind === COMMITTEE) {
      if (lv === GRASSROOTS) {
        category[c] = GRASSROOTS_COMMITTEE;
        if (allUp[c]! < committeeSize) flags[c] = COMMITTEE_BELOW;
      } else category[c] = lv === BRANCH ? SUBORDINATE_COMMITTEE : lv === NO_LEVEL ? UNCLASSIFIED : UPPER_COMMITTEE;
    }
  }
}

/**
 * @internal What a report keeps of {@link partyStrength} (default options): the counts, and the
 * ids of the cells below the minimum. `status` is the party status of every person on `day`
 * ({@link fillPartyStatuses}); no list of members is built.
 */
export interface PartyStrengthCounts {
  readonly grassroots: number;
  readonly grassrootsCommittees: number;
  readonly grassrootsCells: number;
  readonly subordinateCells: number;
  readonly subordinateCommittees: number;
  readonly partyGroups: number;
  readonly members: number;
  readonly officialMembers: number;
  readonly probationaryMembers: number;
  readonly cellsBelowMinimum: readonly string[];
}

/** @internal See {@link PartyStrengthCounts}. */
export function partyStrengthCounts(ix: DatasetIndex, day: number, status: Uint8Array): PartyStrengthCounts {
  const rows = strengthRows(ix, day, status, {});
  const s = strengthCounts(ix, "", "recorded", status, rows);
  const below: string[] = [];
  const oIds = ix.organizations.ids;
  const flags = rows.flags;
  for (let c = 0, no = ix.organizations.count; c < no; c++) if ((flags[c]! & BELOW_MINIMUM) !== 0) below.push(oIds[c]!);
  return {
    grassroots: s.grassroots.count,
    grassrootsCommittees: s.grassroots.committees.count,
    grassrootsCells: s.grassroots.cells.count,
    subordinateCells: s.subordinateCells.count,
    subordinateCommittees: s.subordinateCommittees.count,
    partyGroups: s.partyGroups.count,
    members: s.members.count,
    officialMembers: s.members.official.count,
    probationaryMembers: s.members.probationary.count,
    cellsBelowMinimum: below,
  };
}
