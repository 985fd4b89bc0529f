/**
 * Who a metric counts on a date: cadres, party members, everyone, or given people; and how they
 * fall into groups (per commune, per organization). Shared by the training metrics and meant for
 * any metric over people.
 *
 * - **Cadres** (cán bộ) are, by default, the people holding a post on the date in an
 *   organization of the political system (every organization kind except `other`: party
 *   organizations, People's Councils and Committees, the Fatherland Front and the mass
 *   organizations) that is itself in force that day. Which organization kinds and roles count,
 *   and whether posts held for a unit alone (village heads) count, are options.
 * - **Party members** are the people with a party membership in force on the date; optionally
 *   only official or only probationary members (see {@link partyStatus}).
 * - **Everyone** is every person born on or before the date (or with no birth date).
 * - **People** is an explicit list of person ids.
 *
 * Posts and memberships are in force on the date by the as-of rules ({@link isInForce}).
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { ORGANIZATION_KINDS, ROLES, UNIT_KINDS, type OrganizationKind, type Role } from "../model/codes.js";
import { datasetIndex, type DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND, statusOnDay } from "../model/status.js";
import { COMMUNE_UNIT_KINDS } from "../scales/standards.js";
import { asOfDay, codeMask, type Ratio } from "./coverage-shared.js";

/**
 * The organization kinds of the political system (hệ thống chính trị): every kind except
 * `other`. Posts in these make a person a cadre by default.
 *
 * @example
 * ```ts
 * POLITICAL_SYSTEM_ORGANIZATION_KINDS.includes("fatherland-front"); //=> true
 * POLITICAL_SYSTEM_ORGANIZATION_KINDS.includes("other");            //=> false
 * ```
 */
export const POLITICAL_SYSTEM_ORGANIZATION_KINDS: readonly OrganizationKind[] = Object.freeze(ORGANIZATION_KINDS.filter((k) => k !== "other"));

/**
 * Cadres: people holding a post on the date; see {@link Population}.
 *
 * @example
 * ```ts
 * const heads: CadrePopulation = { kind: "cadres", roles: ["village-head"], unitPosts: true };
 * heads.unitPosts; //=> true
 * ```
 */
export interface CadrePopulation {
  readonly kind: "cadres";
  /** Kinds of organization whose posts count. Default {@link POLITICAL_SYSTEM_ORGANIZATION_KINDS}. */
  readonly organizationKinds?: readonly OrganizationKind[] | undefined;
  /** Roles that count. Default: every role. */
  readonly roles?: readonly Role[] | undefined;
  /** Whether posts held for a unit with no organization (a village head) count too. Default `false`. */
  readonly unitPosts?: boolean | undefined;
}

/**
 * Party members on the date; see {@link Population}.
 *
 * @example
 * ```ts
 * const official: PartyMemberPopulation = { kind: "party-members", status: "official" };
 * official.status; //=> "official"
 * ```
 */
export interface PartyMemberPopulation {
  readonly kind: "party-members";
  /** `any` (default), `official` or `probationary`. */
  readonly status?: "any" | "official" | "probationary" | undefined;
}

/**
 * Every person born on or before the date (or with no birth date).
 *
 * @example
 * ```ts
 * const all: EveryonePopulation = { kind: "everyone" };
 * all.kind; //=> "everyone"
 * ```
 */
export interface EveryonePopulation {
  readonly kind: "everyone";
}

/**
 * The given people (ids of persons), whatever their posts or memberships.
 *
 * @example
 * ```ts
 * const some: PeoplePopulation = { kind: "people", ids: ["p1", "p2"] };
 * some.ids.length; //=> 2
 * ```
 */
export interface PeoplePopulation {
  readonly kind: "people";
  readonly ids: readonly string[];
}

/**
 * Who a metric counts: `"cadres"` (the default of the training metrics), `"party-members"`,
 * `"everyone"`, or one of the object forms with options.
 *
 * @example
 * ```ts
 * const villageHeadsToo: Population = { kind: "cadres", unitPosts: true };
 * villageHeadsToo.kind; //=> "cadres"
 * ```
 */
export type Population =
  | "cadres"
  | "party-members"
  | "everyone"
  | CadrePopulation
  | PartyMemberPopulation
  | EveryonePopulation
  | PeoplePopulation;

/**
 * How a metric splits its population: `"commune"` (by commune-level unit: xã, phường, đặc khu)
 * or `"organization"`. A person counts in every group they belong to on the date: a cadre in
 * each organization they hold a post in (or its commune), a party member in the party
 * organization of their membership; everyone and explicit people by both, and by their own
 * unit's commune.
 *
 * @example
 * ```ts
 * const g: GroupBy = "commune";
 * g; //=> "commune"
 * ```
 */
export type GroupBy = "commune" | "organization";

/**
 * A ratio with the ids behind its numerator (in dataset order); `ratio` is `null` when the
 * denominator is 0.
 *
 * @example
 * ```ts
 * const r: IdRatio = { numerator: 1, denominator: 4, ratio: 0.25, ids: ["c"] };
 * r.ratio; //=> 0.25
 * ```
 */
export interface IdRatio extends Ratio {
  readonly ids: readonly string[];
}

/** @internal An IdRatio of a numerator list over a denominator (the list is kept, not copied). */
export function idRatio(ids: readonly string[], denominator: number): IdRatio {
  const numerator = ids.length;
  return { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator, ids };
}

/** @internal A population, checked and turned into masks. */
export interface ResolvedPopulation {
  /** 0 cadres, 1 party members, 2 everyone, 3 people. */
  readonly kind: 0 | 1 | 2 | 3;
  /** Cadres: 1 for each organization kind that counts. */
  readonly organizationKinds: Uint8Array;
  /** Cadres: 1 for each role that counts. */
  readonly roles: Uint8Array;
  readonly unitPosts: boolean;
  /** Party members: 0 any, 1 official, 2 probationary. */
  readonly status: 0 | 1 | 2;
  readonly ids: readonly string[];
}

/** @internal Checks a population argument. */
export function resolvePopulation(population: Population | undefined, fn: string): ResolvedPopulation {
  const p: Population = population ?? "cadres";
  const spec = typeof p === "string" ? ({ kind: p } as Exclude<Population, string>) : p;
  if (typeof spec !== "object" || spec === null) throw new GrassrootsError("invalid-argument", `${fn}: population must be "cadres", "party-members", "everyone" or an object`);
  const none = new Uint8Array(0);
  switch (spec.kind) {
    case "cadres":
      return {
        kind: 0,
        organizationKinds: codeMask(ORGANIZATION_KINDS, spec.organizationKinds ?? POLITICAL_SYSTEM_ORGANIZATION_KINDS, "population.organizationKinds", fn),
        roles: spec.roles === undefined ? new Uint8Array(ROLES.length).fill(1) : codeMask(ROLES, spec.roles, "population.roles", fn),
        unitPosts: spec.unitPosts === true,
        status: 0,
        ids: [],
      };
    case "party-members": {
      const s = spec.status ?? "any";
      if (s !== "any" && s !== "official" && s !== "probationary") throw new GrassrootsError("invalid-argument", `${fn}: population.status must be "any", "official" or "probationary"`);
      return { kind: 1, organizationKinds: none, roles: none, unitPosts: false, status: s === "any" ? 0 : s === "official" ? 1 : 2, ids: [] };
    }
    case "everyone":
      return { kind: 2, organizationKinds: none, roles: none, unitPosts: false, status: 0, ids: [] };
    case "people":
      if (!Array.isArray(spec.ids)) throw new GrassrootsError("invalid-argument", `${fn}: population.ids must be an array of person ids`);
      return { kind: 3, organizationKinds: none, roles: none, unitPosts: false, status: 0, ids: spec.ids };
    default:
      throw new GrassrootsError("invalid-argument", `${fn}: unknown population ${JSON.stringify((spec as { kind?: unknown }).kind)}`);
  }
}

/** @internal Checks a groupBy argument. */
export function resolveGroupBy(groupBy: unknown, fn: string): GroupBy | undefined {
  if (groupBy === undefined || groupBy === "commune" || groupBy === "organization") return groupBy;
  throw new GrassrootsError("invalid-argument", `${fn}: groupBy must be "commune" or "organization"`);
}

/** @internal Rows of one collection grouped by person: `rows[offsets[p] .. offsets[p + 1] - 1]`, in dataset order. */
export interface PersonRows {
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

const postsCache = new WeakMap<DatasetIndex, PersonRows>();

/** @internal Post rows grouped by person, built once per index. */
export function postsByPerson(ix: DatasetIndex): PersonRows {
  let g = postsCache.get(ix);
  if (g !== undefined) return g;
  const np = ix.people.count;
  const t = ix.posts;
  const offsets = new Int32Array(np + 1);
  for (let r = 0; r < t.count; r++) offsets[t.person[r]! + 1]!++;
  for (let p = 0; p < np; p++) offsets[p + 1]! += offsets[p]!;
  const fill = offsets.slice(0, np);
  const rows = new Int32Array(t.count);
  for (let r = 0; r < t.count; r++) rows[fill[t.person[r]!]!++] = r;
  g = { offsets, rows };
  postsCache.set(ix, g);
  return g;
}

/**
 * @internal A population ready to test person by person. Metrics walk the people in dataset
 * order and test each through the posts or memberships grouped by person, so that no array
 * the size of the people is allocated per call: on a national dataset, tens of megabytes of
 * fresh typed arrays per call make the engine collect the whole (multi-gigabyte) heap.
 */
export interface PopulationTest extends ResolvedPopulation {
  readonly ix: DatasetIndex;
  readonly posts: PersonRows;
  /** For `people`: 1 for the rows given. */
  readonly chosen: Uint8Array | undefined;
  readonly day: number;
}

/** @internal Prepares a population for {@link inPopulation} on `day`. */
export function populationTest(ix: DatasetIndex, pop: ResolvedPopulation, day: number, fn: string): PopulationTest {
  let chosen: Uint8Array | undefined;
  if (pop.kind === 3) {
    chosen = new Uint8Array(ix.people.count);
    for (const id of pop.ids) {
      const p = ix.people.rowOf(id);
      if (p < 0) throw new GrassrootsError("invalid-argument", `${fn}: no person with id ${JSON.stringify(id)} in population.ids`);
      chosen[p] = 1;
    }
  }
  return { ...pop, ix, posts: postsByPerson(ix), chosen, day };
}

/** @internal Whether a post row is in force on `day`, in an organization in force (or for a unit only). */
export function postInForce(ix: DatasetIndex, r: number, day: number): boolean {
  const t = ix.posts;
  if (t.start[r]! > day || t.end[r]! < day) return false;
  const org = t.organization[r]!;
  return org < 0 || (ix.organizations.founding[org]! <= day && ix.organizations.dissolution[org]! >= day);
}

/**
 * @internal Whether a post row (in force) makes its holder a cadre of the population: its role
 * counts and its organization is of a kind that counts (or it is held for a unit, and unit
 * posts count).
 */
export function cadrePost(t: PopulationTest, r: number): boolean {
  const posts = t.ix.posts;
  if (t.roles[posts.role[r]!] === 0) return false;
  const org = posts.organization[r]!;
  return org < 0 ? t.unitPosts : t.organizationKinds[t.ix.organizations.kind[org]!] === 1;
}

/** @internal Whether person row `p` is in the population. */
export function inPopulation(t: PopulationTest, p: number): boolean {
  const ix = t.ix;
  const day = t.day;
  switch (t.kind) {
    case 0: {
      const { offsets, rows } = t.posts;
      for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
        const r = rows[i]!;
        if (postInForce(ix, r, day) && cadrePost(t, r)) return true;
      }
      return false;
    }
    case 1: {
      if (ix.people.personOffsets[p] === ix.people.personOffsets[p + 1]) return false;
      const status = statusOnDay(ix, p, day);
      return t.status === 0 ? status !== 0 : t.status === 1 ? status === 2 : status === 1;
    }
    case 2:
      return ix.people.birth[p]! <= day;
    default:
      return t.chosen![p] === 1;
  }
}

/**
 * @internal Marks the people of the population with 1 in `mask` (length: the people), in one
 * pass over the posts (cadres), the memberships (party members) or the people.
 */
export function fillPopulationMask(t: PopulationTest, mask: Uint8Array): void {
  const ix = t.ix;
  const day = t.day;
  const np = ix.people.count;
  mask.fill(0);
  if (t.kind === 0) {
    const posts = ix.posts;
    const o = ix.organizations;
    const { start, end, organization, role, person } = posts;
    const { kind, founding, dissolution } = o;
    const roles = t.roles;
    const kinds = t.organizationKinds;
    const unitPosts = t.unitPosts;
    for (let r = 0, n = posts.count; r < n; r++) {
      if (start[r]! > day || end[r]! < day || roles[role[r]!] === 0) continue;
      const org = organization[r]!;
      if (org < 0) {
        if (unitPosts) mask[person[r]!] = 1;
      } else if (kinds[kind[org]!] === 1 && founding[org]! <= day && dissolution[org]! >= day) mask[person[r]!] = 1;
    }
  } else if (t.kind === 1) {
    const m = ix.memberships;
    const kind = ix.organizations.kind;
    for (let r = 0, n = m.count; r < n; r++) {
      if (m.start[r]! <= day && m.end[r]! >= day && IS_PARTY_KIND[kind[m.organization[r]!]!] === 1) mask[m.person[r]!] = 1;
    }
    if (t.status !== 0) {
      const want = t.status === 1 ? 2 : 1;
      for (let p = 0; p < np; p++) if (mask[p] === 1 && statusOnDay(ix, p, day) !== want) mask[p] = 0;
    }
  } else if (t.kind === 2) {
    const birth = ix.people.birth;
    for (let p = 0; p < np; p++) if (birth[p]! <= day) mask[p] = 1;
  } else mask.set(t.chosen!);
}

/** @internal The person rows marked (non-zero) in a mask over the people, ascending. */
export function populationRows(mask: Uint8Array): Int32Array {
  let n = 0;
  for (let p = 0; p < mask.length; p++) if (mask[p] !== 0) n++;
  const rows = new Int32Array(n);
  for (let p = 0, i = 0; i < n; p++) if (mask[p] !== 0) rows[i++] = p;
  return rows;
}

// Masks over the people are reused between calls on the same index: allocating tens of
// megabytes of typed arrays per call on a national dataset makes the engine collect the whole
// (multi-gigabyte) heap. A mask in use is never handed out twice.
const maskPool = new WeakMap<DatasetIndex, Uint8Array[]>();

/** @internal A mask over the people of the index, zero-filled by the caller; give it back with {@link releaseMask}. */
export function acquireMask(ix: DatasetIndex): Uint8Array {
  return maskPool.get(ix)?.pop() ?? new Uint8Array(ix.people.count);
}

/** @internal Gives a mask back for reuse. */
export function releaseMask(ix: DatasetIndex, mask: Uint8Array): void {
  let free = maskPool.get(ix);
  if (free === undefined) maskPool.set(ix, (free = []));
  if (free.length < 2) free.push(mask);
}

/**
 * @internal Dense numbers for the groups met, in order of first appearance, so that per-group
 * counts take room for the groups that have anyone rather than for every unit or organization.
 */
export interface GroupSlots {
  /** Group row → slot, -1 when not met yet. */
  readonly slotOf: Int32Array;
  /** Slot → group row. */
  readonly rows: number[];
}

/** @internal Empty slots for groups numbered 0 .. n-1. */
export function groupSlots(n: number): GroupSlots {
  return { slotOf: new Int32Array(n).fill(-1), rows: [] };
}

/** @internal The slot of group row `g`, numbering it if new. */
export function slotOf(slots: GroupSlots, g: number): number {
  let k = slots.slotOf[g]!;
  if (k < 0) {
    k = slots.rows.push(g) - 1;
    slots.slotOf[g] = k;
  }
  return k;
}

/** @internal The slots in the order of their group rows (dataset order of the groups). */
export function slotsInGroupOrder(slots: GroupSlots): number[] {
  return slots.rows.map((_, k) => k).sort((a, b) => slots.rows[a]! - slots.rows[b]!);
}

/** @internal Scratch for {@link groupsOf}: grows as needed. */
export interface GroupScratch {
  values: Int32Array;
}

function pushGroup(s: GroupScratch, n: number, g: number): number {
  if (g < 0) return n;
  for (let i = 0; i < n; i++) if (s.values[i] === g) return n;
  if (n === s.values.length) {
    const bigger = new Int32Array(2 * n);
    bigger.set(s.values);
    s.values = bigger;
  }
  s.values[n] = g;
  return n + 1;
}

/**
 * @internal The groups of person row `p` (see {@link GroupBy}) written to `s.values[0 .. n-1]`,
 * without repeats; returns `n`. `orgGroup` is from {@link organizationGroups}.
 */
export function groupsOf(t: PopulationTest, p: number, groupBy: GroupBy, orgGroup: Int32Array, s: GroupScratch): number {
  const ix = t.ix;
  const day = t.day;
  const byCommune = groupBy === "commune";
  const { unitCommune } = places(ix);
  let n = 0;
  if (t.kind !== 1) {
    const posts = ix.posts;
    const { offsets, rows } = t.posts;
    for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
      const r = rows[i]!;
      if (!postInForce(ix, r, day) || (t.kind === 0 && !cadrePost(t, r))) continue;
      const org = posts.organization[r]!;
      if (org >= 0) n = pushGroup(s, n, orgGroup[org]!);
      else if (byCommune && posts.unit[r]! >= 0) n = pushGroup(s, n, unitCommune[posts.unit[r]!]!);
    }
  }
  if (t.kind !== 0) {
    const m = ix.memberships;
    const { personOffsets, personRows } = ix.people;
    for (let i = personOffsets[p]!, end = personOffsets[p + 1]!; i < end; i++) {
      const r = personRows[i]!;
      if (m.start[r]! > day) break;
      if (m.end[r]! < day || IS_PARTY_KIND[ix.organizations.kind[m.organization[r]!]!] === 0) continue;
      n = pushGroup(s, n, orgGroup[m.organization[r]!]!);
    }
  }
  if (byCommune && (t.kind === 2 || t.kind === 3) && ix.people.unit[p]! >= 0) n = pushGroup(s, n, unitCommune[ix.people.unit[p]!]!);
  return n;
}

interface Places {
  /** Row of the unit an organization belongs to: its unitId, else its first covered unit, else its parent's; -1 for none. */
  readonly organizationUnit: Int32Array;
  /** Row of the commune-level unit a unit is in (itself for a commune), -1 for none. */
  readonly unitCommune: Int32Array;
  /** Row of the commune-level unit an organization's unit is in, -1 for none. */
  readonly organizationCommune: Int32Array;
  /** Organization row → itself. */
  readonly organizationSelf: Int32Array;
}
const placesCache = new WeakMap<DatasetIndex, Places>();
const UNRESOLVED = -2;

/** @internal Where organizations and units are, cached per index. Parent chains are walked once each. */
export function places(ix: DatasetIndex): Places {
  let pl = placesCache.get(ix);
  if (pl !== undefined) return pl;
  const u = ix.units;
  const isCommune = Uint8Array.from(UNIT_KINDS, (k) => ((COMMUNE_UNIT_KINDS as readonly string[]).includes(k) ? 1 : 0));
  const unitCommune = new Int32Array(u.count).fill(UNRESOLVED);
  for (let i = 0; i < u.count; i++) {
    // Walk up to a commune or an already resolved unit (a step limit guards against cycles in
    // data that did not go through parseDataset), then write the answer along the path.
    let x = i;
    for (let steps = 0; x >= 0 && unitCommune[x] === UNRESOLVED && isCommune[u.kind[x]!] === 0 && steps <= u.count; steps++) x = u.parent[x]!;
    const answer = x < 0 ? -1 : unitCommune[x] !== UNRESOLVED ? unitCommune[x]! : isCommune[u.kind[x]!] === 1 ? x : -1;
    for (let y = i, steps = 0; y >= 0 && unitCommune[y] === UNRESOLVED && steps <= u.count; y = u.parent[y]!, steps++) unitCommune[y] = answer;
  }
  const o = ix.organizations;
  const organizationUnit = new Int32Array(o.count).fill(UNRESOLVED);
  const ownUnit = (x: number): number =>
    o.unit[x]! >= 0 ? o.unit[x]! : o.coversOffsets[x + 1]! > o.coversOffsets[x]! ? o.coversUnits[o.coversOffsets[x]!]! : UNRESOLVED;
  for (let i = 0; i < o.count; i++) {
    let x = i;
    for (let steps = 0; x >= 0 && organizationUnit[x] === UNRESOLVED && ownUnit(x) === UNRESOLVED && steps <= o.count; steps++) x = o.parent[x]!;
    const answer = x < 0 ? -1 : organizationUnit[x] !== UNRESOLVED ? organizationUnit[x]! : ownUnit(x) !== UNRESOLVED ? ownUnit(x) : -1;
    for (let y = i, steps = 0; y >= 0 && organizationUnit[y] === UNRESOLVED && steps <= o.count; y = o.parent[y]!, steps++) organizationUnit[y] = answer;
  }
  const organizationCommune = new Int32Array(o.count);
  const organizationSelf = new Int32Array(o.count);
  for (let i = 0; i < o.count; i++) {
    organizationCommune[i] = organizationUnit[i]! < 0 ? -1 : unitCommune[organizationUnit[i]!]!;
    organizationSelf[i] = i;
  }
  pl = { organizationUnit, unitCommune, organizationCommune, organizationSelf };
  placesCache.set(ix, pl);
  return pl;
}

/** @internal The group of each organization: itself, or the row of its commune (-1 for none). Cached per index. */
export function organizationGroups(ix: DatasetIndex, groupBy: GroupBy): Int32Array {
  const pl = places(ix);
  return groupBy === "organization" ? pl.organizationSelf : pl.organizationCommune;
}

/** @internal Ids of the groups of a grouping: unit ids for communes, organization ids for organizations. */
export function groupIds(ix: DatasetIndex, groupBy: GroupBy): readonly string[] {
  return groupBy === "commune" ? ix.units.ids : ix.organizations.ids;
}

/**
 * The ids of the people in a population on a date, in dataset order. See {@link Population} for
 * who counts; `asOf` defaults to the dataset's `asOf`.
 *
 * @throws {GrassrootsError} `invalid-argument` for a bad population or a missing date;
 *   `invalid-date`.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [
 *     { id: "ubnd", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee" },
 *     { id: "cb", name: "Chi bộ bản Nậm Hàng", kind: "party-cell" },
 *   ],
 *   people: [{ id: "a", name: "Lò Văn A" }, { id: "b", name: "Lò Thị B" }, { id: "c", name: "Tao Văn C" }],
 *   posts: [
 *     { personId: "a", role: "chair", organizationId: "ubnd", startDate: "2021-06" },
 *     { personId: "c", role: "village-head", unitId: "b1", startDate: "2020" },
 *   ],
 *   units: [{ id: "b1", name: "Bản Nậm Hàng", kind: "village" }],
 *   memberships: [{ personId: "b", organizationId: "cb", startDate: "2019-05-19" }],
 * });
 * selectPopulation(ds, { population: "cadres", asOf: "2024-01-01" });        //=> ["a"]
 * selectPopulation(ds, { population: "cadres", asOf: "2021-05-31" });        //=> []
 * selectPopulation(ds, { population: { kind: "cadres", unitPosts: true }, asOf: "2024-01-01" }); //=> ["a", "c"]
 * selectPopulation(ds, { population: "party-members", asOf: "2024-01-01" }); //=> ["b"]
 * selectPopulation(ds, { population: "everyone", asOf: "2024-01-01" });      //=> ["a", "b", "c"]
 * ```
 */
export function selectPopulation(dataset: Dataset, options: { readonly population?: Population | undefined; readonly asOf?: string | undefined }): string[] {
  const fn = "selectPopulation";
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: expected an options object`);
  const pop = resolvePopulation(options.population, fn);
  const { day } = asOfDay(dataset, options.asOf, fn);
  const ix = datasetIndex(dataset);
  const test = populationTest(ix, pop, day, fn);
  const ids = ix.people.ids;
  const out: string[] = [];
  for (let p = 0; p < ix.people.count; p++) if (inPopulation(test, p)) out.push(ids[p]!);
  return out;
}
