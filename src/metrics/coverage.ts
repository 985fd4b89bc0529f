/**
 * Coverage of units by party cells and party members (DOMAIN.md §9: "thôn/bản có chi bộ",
 * "bản trắng đảng viên", chi bộ độc lập vs chi bộ ghép).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { ORGANIZATION_KINDS, UNIT_KINDS, type UnitKind } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { CHARTER_2011, type CharterRules } from "../rules/charter.js";
import { asOfDay, codeMask, countOnly, NO_IDS, optionsObject, partyStatusFast, ratioOf, wantsIds, type IdCount, type Ratio } from "./coverage-shared.js";
import type { IdRatio } from "./population.js";

/**
 * The unit kinds {@link unitCoverage} looks at by default: the places that should have a
 * cell — villages, residential groups, schools, health stations, agencies, enterprises,
 * armed-forces units and other units — but not the administrative areas (province, district,
 * commune, ward, special zone).
 *
 * @example
 * ```ts
 * COVERAGE_UNIT_KINDS.includes("village"); //=> true
 * COVERAGE_UNIT_KINDS.includes("commune"); //=> false
 * ```
 */
export const COVERAGE_UNIT_KINDS: readonly UnitKind[] = Object.freeze([
  "village",
  "residential-group",
  "school",
  "health-station",
  "agency",
  "enterprise",
  "armed-forces",
  "other",
] as const);

/** How {@link unitCoverage} groups units (besides the totals). */
export type CoverageGroupBy =
  /** By the nearest ancestor (through `parentId`) of this kind, or of any of these kinds. */
  | UnitKind
  | readonly UnitKind[]
  /** By the unit's direct parent. */
  | "parent"
  /** By a key of your own: unit id → group key. Units missing from it fall in the group `null`. */
  | { readonly [unitId: string]: string };

/** Options of {@link unitCoverage}. */
export interface UnitCoverageOptions {
  /** The date, `YYYY-MM-DD`; default `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /** The kinds of unit to count; default {@link COVERAGE_UNIT_KINDS}. */
  readonly unitKinds?: readonly UnitKind[] | undefined;
  /** Grouping besides the totals, e.g. `"commune"` or `["commune", "ward"]`; default none. */
  readonly groupBy?: CoverageGroupBy | undefined;
  /** `minOfficialMembersPerCell` (3) for "enough official members"; default {@link CHARTER_2011}. */
  readonly rules?: Pick<CharterRules, "minOfficialMembersPerCell"> | undefined;
  /**
   * List the unit ids behind each figure (default `true`). `false` gives the same figures with
   * every `ids` empty, when only the counts and shares are wanted.
   */
  readonly ids?: boolean | undefined;
}

/**
 * The coverage figures of a set of units. Every share is an `IdRatio` over the number of units,
 * with the ids of the units in its numerator, in dataset order.
 */
export interface CoverageFigures {
  /** Units counted (in force on the date, of the chosen kinds), in dataset order. */
  readonly units: IdCount;
  /** With a cell of their own (chi bộ độc lập): a party cell or committee in force covers the unit and no other unit in force. */
  readonly ownCell: IdRatio;
  /** Covered only by joint cells (chi bộ ghép): every covering organization covers other units in force too. */
  readonly jointCell: IdRatio;
  /** With a cell, own or joint (ownCell + jointCell). */
  readonly withCell: IdRatio;
  /** Without a cell (chưa có chi bộ). */
  readonly withoutCell: IdRatio;
  /** With at least one party member (official or probationary) living or working there. */
  readonly withMember: IdRatio;
  /** Without any party member ("trắng" đảng viên). */
  readonly withoutMember: IdRatio;
  /** With at least `minOfficialMembersPerCell` (3) official members living or working there: enough for a cell of their own. */
  readonly enoughOfficialMembers: IdRatio;
}

/** Coverage figures, overall and per unit kind. */
export interface CoverageTable extends CoverageFigures {
  /** Per unit kind; a kind with no unit counted is absent. */
  readonly byKind: { readonly [K in UnitKind]?: CoverageFigures };
}

/** Coverage of one group of units. */
export interface CoverageGroup extends CoverageTable {
  /** The group: the ancestor or parent unit id, your key, or `null` for units outside every group. */
  readonly groupId: string | null;
}

/** The result of {@link unitCoverage}. */
export interface UnitCoverage extends CoverageTable {
  readonly asOf: string;
  readonly unitKinds: readonly UnitKind[];
  /** Per group when `groupBy` is given (else empty), in dataset order of the group unit (or of first appearance of the key). */
  readonly groups: readonly CoverageGroup[];
}

// Accumulators: one per table (total, kind, group, group × kind).
interface Acc {
  units: string[];
  own: string[];
  joint: string[];
  withCell: string[];
  none: string[];
  member: string[];
  noMember: string[];
  enough: string[];
}

function acc(): Acc {
  return { units: [], own: [], joint: [], withCell: [], none: [], member: [], noMember: [], enough: [] };
}

function shareOf(ids: string[], n: number): IdRatio {
  return { numerator: ids.length, denominator: n, ratio: n === 0 ? null : ids.length / n, ids };
}

function figures(a: Acc): CoverageFigures {
  const n = a.units.length;
  return {
    units: { count: n, ids: a.units },
    ownCell: shareOf(a.own, n),
    jointCell: shareOf(a.joint, n),
    withCell: shareOf(a.withCell, n),
    withoutCell: shareOf(a.none, n),
    withMember: shareOf(a.member, n),
    withoutMember: shareOf(a.noMember, n),
    enoughOfficialMembers: shareOf(a.enough, n),
  };
}

function table(total: Acc, kinds: (Acc | undefined)[]): CoverageTable {
  const byKind: { [K in UnitKind]?: CoverageFigures } = {};
  for (let k = 0; k < kinds.length; k++) {
    const a = kinds[k];
    if (a !== undefined) byKind[UNIT_KINDS[k]!] = figures(a);
  }
  return { ...figures(total), byKind };
}

const K = UNIT_KINDS.length;
const CELL = ORGANIZATION_KINDS.indexOf("party-cell");
const COMMITTEE = ORGANIZATION_KINDS.indexOf("party-committee");

/**
 * Coverage of units by party cells and party members on a date, overall, per unit kind and,
 * with `groupBy`, per group (per commune, say).
 *
 * Definitions (every count is of units in force on the date, of the chosen kinds):
 * - A unit is **covered** by a party cell or party committee in force whose `coversUnitIds`
 *   names it (party groups, tổ đảng, cover nothing). It has **its own cell** when one such
 *   organization covers it and no other unit in force (so a joint cell left with one unit
 *   after a merger counts as the unit's own), a **joint cell** when every covering organization
 *   also covers other units in force, and is **without a cell** otherwise.
 * - A unit **has a member** when a party member (official or probationary on the date, see
 *   `partyStatus`) lives or works there: the person's `unitId` is the unit. Members of the cell
 *   covering the unit who live elsewhere do not count: a joint cell whose members all live in
 *   one of its villages leaves the other villages "trắng" đảng viên.
 * - A unit has **enough official members** for a cell of its own when at least
 *   `minOfficialMembersPerCell` (3) **official** members live or work there; probationary
 *   members do not count (Charter Art. 21, 24).
 *
 * The shares of a table all have the number of units of that table as denominator; `ownCell`,
 * `jointCell` and `withoutCell` partition the units, and so do `withMember` and `withoutMember`.
 *
 * @param dataset - A parsed dataset.
 * @param options - `asOf` (default `dataset.asOf`), `unitKinds`, `groupBy`, `rules`, `ids`
 *   (`false`: the figures without the lists of unit ids).
 * @returns The figures, with the unit ids behind every count.
 * @throws {GrassrootsError} `invalid-argument` for a missing date, an unknown unit kind or a
 *   bad `groupBy`; `invalid-date` for a malformed date.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [
 *     { id: "x", name: "Xã A", kind: "commune" },
 *     { id: "b1", name: "Bản 1", kind: "village", parentId: "x" },
 *     { id: "b2", name: "Bản 2", kind: "village", parentId: "x" },
 *     { id: "b3", name: "Bản 3", kind: "village", parentId: "x" },
 *   ],
 *   organizations: [
 *     { id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", coversUnitIds: ["b1"] },
 *     { id: "cb23", name: "Chi bộ bản 2 - 3", kind: "party-cell", coversUnitIds: ["b2", "b3"] },
 *   ],
 *   people: [{ id: "p", name: "Lò Văn A", unitId: "b2" }],
 *   memberships: [{ personId: "p", organizationId: "cb23", startDate: "2020-01-01" }],
 * });
 * const c = unitCoverage(ds, { asOf: "2024-06-30" });
 * c.ownCell.ids;          //=> ["b1"]
 * c.jointCell.ids;        //=> ["b2", "b3"]
 * c.withMember.ids;       //=> ["b2"]
 * c.withoutMember.ratio;   //=> 2 / 3
 * unitCoverage(ds, { asOf: "2024-06-30", groupBy: "commune" }).groups[0]?.groupId; //=> "x"
 * ```
 */
export function unitCoverage(dataset: Dataset, options?: UnitCoverageOptions): UnitCoverage {
  const listIds = wantsIds((options as { ids?: unknown } | undefined)?.ids, "unitCoverage");
  const rows = coverageRows(dataset, options, undefined);
  if (!listIds) return coverageCounts(rows);
  const { asOf, kinds, ix, counted, cover, members, officials, min, group } = rows;
  const totals = totalTable(rows);
  const groups: CoverageGroup[] = [];
  if (group === undefined) return { asOf, unitKinds: [...kinds], ...totals, groups };

  // 5. Tables per group (and per kind within it).
  const u = ix.units;
  const groupAccs: Acc[] = [];
  const groupKinds: (Acc | undefined)[][] = [];
  const ids = u.ids;
  for (let i = 0, nu = u.count; i < nu; i++) {
    if (counted[i] === 0) continue;
    const id = ids[i]!;
    const kind = u.kind[i]!;
    const g = group.index[i]!;
    let ga = groupAccs[g];
    if (ga === undefined) {
      groupAccs[g] = ga = acc();
      groupKinds[g] = new Array<Acc | undefined>(K);
    }
    const gk = groupKinds[g]!;
    let gka = gk[kind];
    if (gka === undefined) gk[kind] = gka = acc();
    add(ga, id, cover[i]!, members[i]!, officials[i]!, min);
    add(gka, id, cover[i]!, members[i]!, officials[i]!, min);
  }
  for (let g = 0; g < group.keys.length; g++) groups.push({ groupId: group.keys[g]!, ...table(groupAccs[g]!, groupKinds[g]!) });
  return { asOf, unitKinds: [...kinds], ...totals, groups };
}

/** The table of all the units counted, and per unit kind, with the ids behind every figure. */
function totalTable(r: CoverageRows): CoverageTable {
  const { ix, counted, cover, members, officials, min } = r;
  const u = ix.units;
  const total = acc();
  const totalKinds: (Acc | undefined)[] = new Array<Acc | undefined>(K);
  const ids = u.ids;
  for (let i = 0, nu = u.count; i < nu; i++) {
    if (counted[i] === 0) continue;
    const id = ids[i]!;
    const kind = u.kind[i]!;
    let ka = totalKinds[kind];
    if (ka === undefined) totalKinds[kind] = ka = acc();
    add(total, id, cover[i]!, members[i]!, officials[i]!, min);
    add(ka, id, cover[i]!, members[i]!, officials[i]!, min);
  }
  return table(total, totalKinds);
}

// Counters of one table for `ids: false`, at these offsets of a block of an Int32Array.
const C_UNITS = 0;
const C_OWN = 1;
const C_JOINT = 2;
const C_NONE = 3;
const C_MEMBER = 4;
const C_ENOUGH = 5;
const C_SIZE = 6;

function countedFigures(c: Int32Array, b: number): CoverageFigures {
  const n = c[b + C_UNITS]!;
  const share = (k: number): IdRatio => ({ numerator: k, denominator: n, ratio: n === 0 ? null : k / n, ids: NO_IDS });
  const own = c[b + C_OWN]!;
  const joint = c[b + C_JOINT]!;
  const member = c[b + C_MEMBER]!;
  return {
    units: countOnly(n),
    ownCell: share(own),
    jointCell: share(joint),
    withCell: share(own + joint),
    withoutCell: share(c[b + C_NONE]!),
    withMember: share(member),
    withoutMember: share(n - member),
    enoughOfficialMembers: share(c[b + C_ENOUGH]!),
  };
}

/** The tables of a block of counters: the block itself, then one block per unit kind. */
function countedTable(c: Int32Array, b: number): CoverageTable {
  const byKind: { [K in UnitKind]?: CoverageFigures } = {};
  for (let k = 0; k < K; k++) {
    const kb = b + (1 + k) * C_SIZE;
    if (c[kb + C_UNITS]! > 0) byKind[UNIT_KINDS[k]!] = countedFigures(c, kb);
  }
  return { ...countedFigures(c, b), byKind };
}

/** {@link unitCoverage} with `ids: false`: the same tables from counters, every `ids` empty. */
function coverageCounts(r: CoverageRows): UnitCoverage {
  const { asOf, kinds, ix, counted, cover, members, officials, min, group } = r;
  const u = ix.units;
  const TABLE = (1 + K) * C_SIZE; // a table: its total, then one block per unit kind
  const ng = group === undefined ? 0 : group.keys.length;
  const c = new Int32Array(TABLE * (1 + ng));
  for (let i = 0, nu = u.count; i < nu; i++) {
    if (counted[i] === 0) continue;
    const kind = u.kind[i]!;
    const cv = cover[i]!;
    const slot = cv === 2 ? C_OWN : cv === 1 ? C_JOINT : C_NONE;
    const member = members[i]! > 0 ? 1 : 0;
    const enough = officials[i]! >= min ? 1 : 0;
    const kb = (1 + kind) * C_SIZE;
    // The total and its kind, then the group and its kind.
    for (let t = 0, tables = group === undefined ? 1 : 2; t < tables; t++) {
      const base = t === 0 ? 0 : (1 + group!.index[i]!) * TABLE;
      for (let h = 0; h < 2; h++) {
        const b = h === 0 ? base : base + kb;
        c[b + C_UNITS]!++;
        c[b + slot]!++;
        c[b + C_MEMBER]! += member;
        c[b + C_ENOUGH]! += enough;
      }
    }
  }
  const groups: CoverageGroup[] = [];
  for (let g = 0; g < ng; g++) groups.push({ groupId: group!.keys[g]!, ...countedTable(c, (1 + g) * TABLE) });
  return { asOf, unitKinds: [...kinds], ...countedTable(c, 0), groups };
}

/** What {@link unitCoverage} decides per unit row, before its tables. */
interface CoverageRows {
  readonly asOf: string;
  readonly kinds: readonly UnitKind[];
  readonly ix: DatasetIndex;
  /** 1 for the units counted. */
  readonly counted: Uint8Array;
  /** 2 own cell, 1 joint cell, 0 none. */
  readonly cover: Uint8Array;
  /** Party members, and official ones, living or working in the unit. */
  readonly members: Int32Array;
  readonly officials: Int32Array;
  readonly min: number;
  /** With `groupBy`: the group of each counted unit, and the groups' keys. */
  readonly group: { readonly index: Int32Array; readonly keys: readonly (string | null)[] } | undefined;
}

/** Steps 1–4 of {@link unitCoverage}, with the party statuses of the day given or computed person by person. */
function coverageRows(dataset: Dataset, options: UnitCoverageOptions | undefined, status: Uint8Array | undefined): CoverageRows {
  const opts = optionsObject(options, "unitCoverage");
  const { asOf, day } = asOfDay(dataset, opts.asOf, "unitCoverage");
  const kinds = opts.unitKinds ?? COVERAGE_UNIT_KINDS;
  const kindMask = codeMask(UNIT_KINDS, kinds, "unitKinds", "unitCoverage");
  const min = (opts.rules ?? CHARTER_2011).minOfficialMembersPerCell;
  if (!Number.isInteger(min) || min < 1) throw new GrassrootsError("invalid-argument", "unitCoverage: minOfficialMembersPerCell must be a whole number ≥ 1");
  const ix = datasetIndex(dataset);
  const u = ix.units;
  const o = ix.organizations;
  const nu = u.count;

  // 1. Units counted: in force, of a chosen kind.
  const counted = new Uint8Array(nu);
  const inForce = new Uint8Array(nu);
  for (let i = 0; i < nu; i++) {
    if (u.founding[i]! <= day && u.dissolution[i]! >= day) {
      inForce[i] = 1;
      if (kindMask[u.kind[i]!] === 1) counted[i] = 1;
    }
  }

  // 2. Cells: 2 own, 1 joint, 0 none.
  const cover = new Uint8Array(nu);
  const { coversOffsets, coversUnits } = o;
  for (let c = 0; c < o.count; c++) {
    const kind = o.kind[c]!;
    if ((kind !== CELL && kind !== COMMITTEE) || o.founding[c]! > day || o.dissolution[c]! < day) continue;
    const a = coversOffsets[c]!;
    const b = coversOffsets[c + 1]!;
    let n = 0;
    for (let k = a; k < b; k++) n += inForce[coversUnits[k]!]!;
    const mark = n === 1 ? 2 : 1;
    for (let k = a; k < b; k++) {
      const unit = coversUnits[k]!;
      if (cover[unit]! < mark) cover[unit] = mark;
    }
  }

  // 3. Members and official members living or working in each counted unit.
  const members = new Int32Array(nu);
  const officials = new Int32Array(nu);
  const pUnit = ix.people.unit;
  for (let p = 0; p < ix.people.count; p++) {
    const unit = pUnit[p]!;
    if (unit < 0 || counted[unit] === 0) continue;
    const s = status === undefined ? partyStatusFast(ix, p, day) : status[p]!;
    if (s !== 0) {
      members[unit]!++;
      if (s === 2) officials[unit]!++;
    }
  }

  // 4. Groups.
  const group = groupsOf(ix.units, counted, opts.groupBy);

  return { asOf, kinds, ix, counted, cover, members, officials, min, group };
}

/**
 * @internal What a report keeps of {@link unitCoverage}: the table of the units counted and
 * per kind as unitCoverage gives them, and per group only the units, the shares with a cell
 * and with a member, and the units without a cell (the tables per group and kind are not
 * built). `status` is the party status of every person on the date (`fillPartyStatuses`),
 * computed once for all the figures of a date.
 */
export interface CoverageSummary extends CoverageTable {
  readonly asOf: string;
  readonly unitKinds: readonly UnitKind[];
  readonly groups: readonly {
    readonly groupId: string | null;
    readonly units: number;
    readonly withCell: Ratio;
    readonly withoutCell: IdRatio;
    readonly withMember: Ratio;
  }[];
}

/** @internal See {@link CoverageSummary}; options and errors as {@link unitCoverage}'s. */
export function coverageSummary(dataset: Dataset, options: UnitCoverageOptions | undefined, status: Uint8Array): CoverageSummary {
  const rows = coverageRows(dataset, options, status);
  const { asOf, kinds } = rows;
  const groups: CoverageSummary["groups"][number][] = [];
  for (const g of groupTallies(rows, true)) {
    groups.push({ groupId: g.groupId, units: g.units, withCell: g.withCell, withoutCell: shareOf(g.without!, g.units), withMember: g.withMember });
  }
  return { asOf, unitKinds: [...kinds], ...totalTable(rows), groups };
}

/**
 * @internal Per group of {@link unitCoverage} (with `groupBy`), counts only: the units counted
 * and the shares with a cell and with a member, equal to the numerators and denominators of
 * `unitCoverage(dataset, options).groups[g]` (`withCell`, `withMember`), without building the
 * lists of ids behind them (at national scale those lists are most of the time). For the
 * league-table adapters. `status`, when given, is the party status of every person on the date
 * (`fillPartyStatuses`).
 */
export function coverageGroupCounts(dataset: Dataset, options: UnitCoverageOptions, status?: Uint8Array): readonly CoverageGroupCounts[] {
  return groupTallies(coverageRows(dataset, options, status), false);
}

/** @internal See {@link coverageGroupCounts}. */
export interface CoverageGroupCounts {
  readonly groupId: string | null;
  readonly units: number;
  readonly withCell: Ratio;
  readonly withMember: Ratio;
  /** Only from coverageSummary: the ids of the units without a cell. */
  readonly without?: string[];
}

/** The groups' tallies, in the order of the group keys; `without`: also list the units without a cell. */
function groupTallies(r: CoverageRows, without: boolean): CoverageGroupCounts[] {
  const { group, counted, cover, members } = r;
  if (group === undefined) return [];
  const ids = r.ix.units.ids;
  const ng = group.keys.length;
  const gUnits = new Int32Array(ng);
  const gWithCell = new Int32Array(ng);
  const gWithMember = new Int32Array(ng);
  const gWithout: string[][] = [];
  if (without) for (let g = 0; g < ng; g++) gWithout.push([]);
  const index = group.index;
  for (let i = 0, nu = r.ix.units.count; i < nu; i++) {
    if (counted[i] === 0) continue;
    const g = index[i]!;
    gUnits[g]!++;
    if (cover[i]! > 0) gWithCell[g]!++;
    else if (without) gWithout[g]!.push(ids[i]!);
    if (members[i]! > 0) gWithMember[g]!++;
  }
  const out: CoverageGroupCounts[] = [];
  for (let g = 0; g < ng; g++) {
    const n = gUnits[g]!;
    const t = { groupId: group.keys[g]!, units: n, withCell: ratioOf(gWithCell[g]!, n), withMember: ratioOf(gWithMember[g]!, n) };
    out.push(without ? { ...t, without: gWithout[g]! } : t);
  }
  return out;
}

function add(a: Acc, id: string, cover: number, members: number, officials: number, min: number): void {
  a.units.push(id);
  if (cover === 2) {
    a.own.push(id);
    a.withCell.push(id);
  } else if (cover === 1) {
    a.joint.push(id);
    a.withCell.push(id);
  } else a.none.push(id);
  if (members > 0) a.member.push(id);
  else a.noMember.push(id);
  if (officials >= min) a.enough.push(id);
}

/**
 * Group index of every counted unit, and the group keys in order of first appearance among
 * counted units (for ancestor groups: ordered by the ancestor's row, so dataset order).
 */
function groupsOf(
  units: { readonly count: number; readonly kind: Uint8Array; readonly parent: Int32Array; readonly ids: readonly string[] },
  counted: Uint8Array,
  groupBy: CoverageGroupBy | undefined,
): { index: Int32Array; keys: (string | null)[] } | undefined {
  if (groupBy === undefined) return undefined;
  const nu = units.count;
  const key = new Int32Array(nu); // per unit: a "raw" group id, -1 for none
  let byRow = true;
  const names: string[] = [];
  if (groupBy === "parent") {
    for (let i = 0; i < nu; i++) key[i] = units.parent[i]!;
  } else if (typeof groupBy === "string" || Array.isArray(groupBy)) {
    const mask = codeMask(UNIT_KINDS, typeof groupBy === "string" ? [groupBy] : (groupBy as readonly string[]), "groupBy", "unitCoverage");
    for (let i = 0; i < nu; i++) {
      if (counted[i] === 0) continue;
      let a = units.parent[i]!;
      let steps = 0;
      while (a >= 0 && mask[units.kind[a]!] === 0 && steps++ < nu) a = units.parent[a]!;
      key[i] = a;
    }
  } else if (typeof groupBy === "object" && groupBy !== null) {
    // A key of the user's: strings resolved once per unit, before the tables are built.
    byRow = false;
    const seen = new Map<string, number>();
    const table = groupBy as Readonly<Record<string, unknown>>;
    for (let i = 0; i < nu; i++) {
      if (counted[i] === 0) continue;
      const id = units.ids[i]!;
      const k = Object.hasOwn(table, id) ? table[id] : undefined;
      if (k === undefined) {
        key[i] = -1;
        continue;
      }
      if (typeof k !== "string") throw new GrassrootsError("invalid-argument", `unitCoverage: groupBy[${JSON.stringify(id)}] must be a string`);
      let g = seen.get(k);
      if (g === undefined) {
        g = names.length;
        names.push(k);
        seen.set(k, g);
      }
      key[i] = g;
    }
  } else {
    throw new GrassrootsError("invalid-argument", "unitCoverage: groupBy must be a unit kind, a list of unit kinds, \"parent\" or an object of unit id → key");
  }
  // Dense group indices: ancestors in row order (then the null group), user keys in order of first use.
  const index = new Int32Array(nu);
  const keys: (string | null)[] = [];
  if (byRow) {
    const slot = new Int32Array(nu + 1).fill(-1);
    const used = new Uint8Array(nu + 1);
    for (let i = 0; i < nu; i++) if (counted[i] === 1) used[key[i]! + 1] = 1;
    for (let r = 0; r < nu; r++) {
      if (used[r + 1] === 1) {
        slot[r + 1] = keys.length;
        keys.push(units.ids[r]!);
      }
    }
    if (used[0] === 1) {
      slot[0] = keys.length;
      keys.push(null);
    }
    for (let i = 0; i < nu; i++) if (counted[i] === 1) index[i] = slot[key[i]! + 1]!;
  } else {
    for (const k of names) keys.push(k);
    let nullSlot = -1;
    for (let i = 0; i < nu; i++) {
      if (counted[i] === 0) continue;
      if (key[i]! >= 0) index[i] = key[i]!;
      else {
        if (nullSlot < 0) {
          nullSlot = keys.length; // the null group comes after the named keys
          keys.push(null);
        }
        index[i] = nullSlot;
      }
    }
  }
  return { index, keys };
}
