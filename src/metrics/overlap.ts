/**
 * Role overlap: the share of the holders of one role who also hold another role, or are party
 * members ("village heads who are party members", "cell secretaries who are also the head of
 * their village", bí thư chi bộ kiêm trưởng bản).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { ORGANIZATION_KINDS, ROLES, UNIT_KINDS, type OrganizationKind, type Role, type UnitKind } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { peopleBytes } from "../rules/lifecycle.js";
import { asOfDay, codeMask, NO_IDS, partyStatusFast, wantsIds, type IdCount } from "./coverage-shared.js";
import type { IdRatio } from "./population.js";

/**
 * Which posts count: a role, optionally only in organizations of some kinds, or only for
 * units of some kinds. A post's units are its `unitId`; without one, the units its
 * organization covers (`coversUnitIds`, those in force), or else the organization's `unitId`.
 */
export interface RoleSelector {
  readonly role: Role;
  /** Only posts in an organization of one of these kinds (e.g. `["party-cell"]` for cell secretaries). */
  readonly organizationKinds?: readonly OrganizationKind[] | undefined;
  /** Only posts one of whose units is of one of these kinds (e.g. `["village"]`). */
  readonly unitKinds?: readonly UnitKind[] | undefined;
}

/** Options of {@link roleOverlap}. */
export interface RoleOverlapOptions {
  /** The date, `YYYY-MM-DD`; default `dataset.asOf`. */
  readonly asOf?: string | undefined;
  /** The holders counted (the denominator): a role code or a {@link RoleSelector}. */
  readonly holders: Role | RoleSelector;
  /**
   * What they should also be: the holder of another role (a code or a selector), or
   * `"party-member"` (official or probationary), or `"official-member"`.
   */
  readonly also: Role | RoleSelector | "party-member" | "official-member";
  /**
   * With a role in `also`: only when the other post is for the same unit — one of the
   * holder's post units is one of the other post's units. Default `false`.
   */
  readonly sameUnit?: boolean | undefined;
  /**
   * List the person ids behind the counts (default `true`). `false` gives the same counts with
   * `ids` and `holders.ids` empty.
   */
  readonly ids?: boolean | undefined;
}

/**
 * The result of {@link roleOverlap}: `numerator` of the `denominator` holders also are `also`;
 * `ids` are those holders, in dataset order.
 */
export interface RoleOverlap extends IdRatio {
  readonly asOf: string;
  /** The holders (distinct people holding a matching post on the date), in dataset order. */
  readonly holders: IdCount;
}

const ALSO = 1;
const HOLDER = 2;
const OVERLAP = 4;

interface Selector {
  role: number;
  orgKinds: Uint8Array | undefined;
  unitKinds: Uint8Array | undefined;
}

function selector(value: Role | RoleSelector, option: string): Selector {
  const s: RoleSelector = typeof value === "string" ? { role: value } : value;
  if (typeof s !== "object" || s === null) throw new GrassrootsError("invalid-argument", `roleOverlap: ${option} must be a role or { role, organizationKinds?, unitKinds? }`);
  const role = ROLES.indexOf(s.role);
  if (role < 0) throw new GrassrootsError("invalid-argument", `roleOverlap: ${JSON.stringify(s.role)} in ${option} is not one of ${ROLES.join(", ")}`);
  return {
    role,
    orgKinds: s.organizationKinds === undefined ? undefined : codeMask(ORGANIZATION_KINDS, s.organizationKinds, `${option}.organizationKinds`, "roleOverlap"),
    unitKinds: s.unitKinds === undefined ? undefined : codeMask(UNIT_KINDS, s.unitKinds, `${option}.unitKinds`, "roleOverlap"),
  };
}

/**
 * Units of post `i`, written into `out` from index 0; returns how many: its unit, or its
 * organization's covered units in force, or its organization's unit.
 */
function postUnits(ix: DatasetIndex, i: number, unitInForce: Uint8Array, out: Int32Array): number {
  const t = ix.posts;
  const unit = t.unit[i]!;
  if (unit >= 0) {
    out[0] = unit;
    return 1;
  }
  const org = t.organization[i]!;
  if (org < 0) return 0;
  const o = ix.organizations;
  const a = o.coversOffsets[org]!;
  const b = o.coversOffsets[org + 1]!;
  let n = 0;
  for (let k = a; k < b; k++) if (unitInForce[o.coversUnits[k]!] === 1) out[n++] = o.coversUnits[k]!;
  if (a === b && o.unit[org]! >= 0) out[n++] = o.unit[org]!;
  return n;
}

/** Whether post `i` (of the selector's role) passes the selector's organization and unit filters. */
function passes(ix: DatasetIndex, i: number, s: Selector, units: Int32Array, n: number): boolean {
  if (s.orgKinds !== undefined) {
    const org = ix.posts.organization[i]!;
    if (org < 0 || s.orgKinds[ix.organizations.kind[org]!] === 0) return false;
  }
  if (s.unitKinds !== undefined) {
    const kind = ix.units.kind;
    for (let k = 0; k < n; k++) if (s.unitKinds[kind[units[k]!]!] === 1) return true;
    return false;
  }
  return true;
}

/**
 * The share of the holders of a role on a date who also hold another role, or are party
 * members. Holders are the distinct people holding a matching post on the date (a post is held
 * from its start to its end date, both included); a person holding the role twice counts once,
 * and counts as overlapping when any of their posts matches.
 *
 * @param dataset - A parsed dataset.
 * @param options - `holders`, `also`, `sameUnit`, `asOf`, `ids` (`false`: the counts without the people).
 * @returns The ratio and the people behind it.
 * @throws {GrassrootsError} `invalid-argument` for an unknown role or kind, a missing date, or
 *   `sameUnit` with a party-member `also`; `invalid-date`.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "b1", name: "Bản 1", kind: "village" }, { id: "b2", name: "Bản 2", kind: "village" }],
 *   organizations: [{ id: "cb1", name: "Chi bộ bản 1", kind: "party-cell", coversUnitIds: ["b1"] }],
 *   people: [{ id: "a", name: "Lò Văn A" }, { id: "b", name: "Lò Văn B" }],
 *   memberships: [{ personId: "a", organizationId: "cb1", startDate: "2010-01-01", officialDate: "2011-01-01" }],
 *   posts: [
 *     { personId: "a", role: "village-head", unitId: "b1", startDate: "2022" },
 *     { personId: "a", role: "secretary", organizationId: "cb1", startDate: "2020" },
 *     { personId: "b", role: "village-head", unitId: "b2", startDate: "2022" },
 *   ],
 * });
 * roleOverlap(ds, { asOf: "2024-06-30", holders: "village-head", also: "party-member" }).ratio; //=> 0.5
 * const secretaries = { role: "secretary", organizationKinds: ["party-cell"] } as const;
 * roleOverlap(ds, { asOf: "2024-06-30", holders: secretaries, also: "village-head", sameUnit: true }).ids; //=> ["a"]
 * ```
 */
export function roleOverlap(dataset: Dataset, options: RoleOverlapOptions): RoleOverlap {
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", "roleOverlap: options { holders, also } are required");
  const { asOf, day } = asOfDay(dataset, options.asOf, "roleOverlap");
  if (options.holders === undefined || options.also === undefined) throw new GrassrootsError("invalid-argument", "roleOverlap: holders and also are required");
  const holders = selector(options.holders, "holders");
  const memberAlso = options.also === "party-member" ? 1 : options.also === "official-member" ? 2 : 0;
  const also = memberAlso === 0 ? selector(options.also as Role | RoleSelector, "also") : undefined;
  const sameUnit = options.sameUnit === true;
  const listIds = wantsIds(options.ids, "roleOverlap");
  if (sameUnit && also === undefined) throw new GrassrootsError("invalid-argument", "roleOverlap: sameUnit needs a role in also, not party membership");
  const ix = datasetIndex(dataset);
  const nu = ix.units.count;
  const t = ix.posts;
  const tRole = t.role;
  const tStart = t.start;
  const tEnd = t.end;
  const tPerson = t.person;
  // A post's units are needed only to match units (sameUnit) or unit kinds.
  const needUnits = sameUnit || holders.unitKinds !== undefined || also?.unitKinds !== undefined;
  const unitInForce = new Uint8Array(needUnits ? nu : 0);
  if (needUnits) for (let u = 0; u < nu; u++) if (ix.units.founding[u]! <= day && ix.units.dissolution[u]! >= day) unitInForce[u] = 1;
  // Room for the units of any post: the most units an organization covers, or one.
  let most = 1;
  const co = ix.organizations.coversOffsets;
  if (needUnits) for (let c = 0; c < ix.organizations.count; c++) if (co[c + 1]! - co[c]! > most) most = co[c + 1]! - co[c]!;
  const units = new Int32Array(most);
  let nUnits = 0;

  // Holders of `also`: per person, or per (unit, person) as linked lists by unit.
  // Flags per person: ALSO holds `also`, HOLDER holds the role, OVERLAP holds both for one unit.
  const flags = peopleBytes(ix);
  const head = sameUnit ? new Int32Array(nu).fill(-1) : undefined;
  const next: number[] = [];
  const who: number[] = [];
  if (also !== undefined) {
    for (let i = 0, n = t.count; i < n; i++) {
      if (tRole[i] !== also.role || tStart[i]! > day || tEnd[i]! < day) continue;
      if (needUnits) nUnits = postUnits(ix, i, unitInForce, units);
      if (!passes(ix, i, also, units, nUnits)) continue;
      const p = tPerson[i]!;
      if (head === undefined) flags[p] = flags[p]! | ALSO;
      else {
        for (let k = 0; k < nUnits; k++) {
          const u = units[k]!;
          next.push(head[u]!);
          who.push(p);
          head[u] = who.length - 1;
        }
      }
    }
  }

  // Holders, and whether each overlaps.
  const rows: number[] = [];
  for (let i = 0, n = t.count; i < n; i++) {
    if (tRole[i] !== holders.role || tStart[i]! > day || tEnd[i]! < day) continue;
    if (needUnits) nUnits = postUnits(ix, i, unitInForce, units);
    if (!passes(ix, i, holders, units, nUnits)) continue;
    const p = tPerson[i]!;
    if ((flags[p]! & HOLDER) === 0) {
      flags[p] = flags[p]! | HOLDER;
      rows.push(p);
    }
    if (head !== undefined && (flags[p]! & OVERLAP) === 0) {
      for (let k = 0; k < nUnits && (flags[p]! & OVERLAP) === 0; k++) {
        for (let e = head[units[k]!]!; e >= 0; e = next[e]!) {
          if (who[e] === p) {
            flags[p] = flags[p]! | OVERLAP;
            break;
          }
        }
      }
    }
  }
  // Holders in dataset order of people (a sort of the holders, not a scan of everyone).
  const order = Int32Array.from(rows).sort();
  const holderIds: string[] = [];
  const overlapIds: string[] = [];
  const pIds = ix.people.ids;
  let overlaps = 0;
  for (let k = 0; k < order.length; k++) {
    const p = order[k]!;
    if (listIds) holderIds.push(pIds[p]!);
    const yes = memberAlso !== 0 ? partyStatusFast(ix, p, day) >= memberAlso : (flags[p]! & (head === undefined ? ALSO : OVERLAP)) !== 0;
    if (!yes) continue;
    overlaps++;
    if (listIds) overlapIds.push(pIds[p]!);
  }
  const n = order.length;
  return {
    asOf,
    numerator: overlaps,
    denominator: n,
    ratio: n === 0 ? null : overlaps / n,
    ids: listIds ? overlapIds : NO_IDS,
    holders: { count: n, ids: listIds ? holderIds : NO_IDS },
  };
}
