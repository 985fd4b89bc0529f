/**
 * Party strength on a date: organizations by level, members by status, and the charter checks
 * of DOMAIN.md §2 (rules R18–R20).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import { ORGANIZATION_KINDS, ORGANIZATION_LEVELS, UNIT_KINDS } from "../model/codes.js";
import { datasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND } from "../model/status.js";
import { CHARTER_2011, type CharterRules } from "../rules/charter.js";
import { peopleBytes, peopleStamps } from "../rules/lifecycle.js";
import { PARTY_STRUCTURE_QD_294_2025, type PartyStructureRules } from "../rules/structure-2025.js";
import { asOfDay, codeMask, optionsObject, partyStatusFast, type IdCount } from "./coverage-shared.js";

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
 * @param options - `counting`, `rules`, `structure`.
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
  const counting = opts.counting ?? "recorded";
  if (counting !== "recorded" && counting !== "commune-as-upper-level") {
    throw new GrassrootsError("invalid-argument", `partyStrength: counting must be "recorded" or "commune-as-upper-level"`);
  }
  const rules = opts.rules ?? CHARTER_2011;
  const minOfficial = rules.minOfficialMembersPerCell;
  const committeeSize = rules.committeeMemberThreshold;
  const chiUy = rules.cellCommitteeThreshold;
  for (const v of [minOfficial, committeeSize, chiUy]) {
    if (!Number.isInteger(v) || v < 1) throw new GrassrootsError("invalid-argument", "partyStrength: charter thresholds must be whole numbers ≥ 1");
  }
  const ix = datasetIndex(dataset);
  const o = ix.organizations;
  const no = o.count;
  const oKind = o.kind;
  const parent = o.parent;

  // Effective level of each organization.
  const level = o.level.slice();
  if (counting === "commune-as-upper-level") {
    const structure = opts.structure ?? PARTY_STRUCTURE_QD_294_2025;
    if (day >= toDayNumber(structure.effectiveFrom)) {
      const communeKind = codeMask(UNIT_KINDS, structure.communeUnitKinds, "structure.communeUnitKinds", "partyStrength");
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
  }

  // Members: one status per person.
  const pc = ix.people;
  const np = pc.count;
  const status = peopleBytes(ix);
  const memberIds: string[] = [];
  const officialIds: string[] = [];
  const probationIds: string[] = [];
  for (let p = 0; p < np; p++) {
    if (pc.personOffsets[p] === pc.personOffsets[p + 1]) continue;
    const s = partyStatusFast(ix, p, day);
    if (s === 0) continue;
    status[p] = s;
    const id = pc.ids[p]!;
    memberIds.push(id);
    if (s === 2) officialIds.push(id);
    else probationIds.push(id);
  }

  // Direct members per organization in force, then rolled up to every organization above.
  const m = ix.memberships;
  const mStart = m.start;
  const mEnd = m.end;
  const mPerson = m.person;
  const offsets = o.memberOffsets;
  const all = new Int32Array(no);
  const official = new Int32Array(no);
  const { stamps: stamp, base } = peopleStamps(ix, no);
  const inForce = new Uint8Array(no);
  for (let c = 0; c < no; c++) {
    if (IS_PARTY_KIND[oKind[c]!] === 0 || o.founding[c]! > day || o.dissolution[c]! < day) continue;
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
  const allUp = all.slice();
  const officialUp = official.slice();
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

  // Organizations by kind and level, and the checks.
  const grassroots: string[] = [];
  const gCommittees: string[] = [];
  const gCells: string[] = [];
  const subCells: string[] = [];
  const subCommittees: string[] = [];
  const groups: string[] = [];
  const upper: string[] = [];
  const unclassified: string[] = [];
  const belowMinimum: string[] = [];
  const toCommittee: string[] = [];
  const committeeBelow: string[] = [];
  const electChiUy: string[] = [];
  const oIds = o.ids;
  for (let c = 0; c < no; c++) {
    if (inForce[c] === 0) continue;
    const kind = oKind[c]!;
    const lv = level[c]!;
    const id = oIds[c]!;
    if (kind === GROUP) {
      groups.push(id);
      continue;
    }
    if (kind === CELL) {
      if (lv === GRASSROOTS) {
        grassroots.push(id);
        gCells.push(id);
        if (allUp[c]! >= committeeSize) toCommittee.push(id);
      } else if (lv === NO_LEVEL) unclassified.push(id);
      else subCells.push(id); // branch (or a level above, which a cell should not have)
      if (officialUp[c]! < minOfficial) belowMinimum.push(id);
      if (officialUp[c]! >= chiUy) electChiUy.push(id);
    } else if (kind === COMMITTEE) {
      if (lv === GRASSROOTS) {
        grassroots.push(id);
        gCommittees.push(id);
        if (allUp[c]! < committeeSize) committeeBelow.push(id);
      } else if (lv === BRANCH) subCommittees.push(id);
      else if (lv === NO_LEVEL) unclassified.push(id);
      else upper.push(id);
    }
  }
  return {
    asOf: date,
    counting,
    grassroots: { ...ids(grassroots), committees: ids(gCommittees), cells: ids(gCells) },
    subordinateCells: ids(subCells),
    subordinateCommittees: ids(subCommittees),
    partyGroups: ids(groups),
    upperCommittees: ids(upper),
    unclassified: ids(unclassified),
    members: { ...ids(memberIds), official: ids(officialIds), probationary: ids(probationIds) },
    checks: {
      cellsBelowMinimum: ids(belowMinimum),
      cellsToBecomeCommittees: ids(toCommittee),
      committeesBelowThreshold: ids(committeeBelow),
      cellsToElectCommittee: ids(electChiUy),
    },
  };
}
