/**
 * `splitDataset`: a dataset cut into shards, one per province (or any unit kind), to build the
 * report of each shard apart (in worker threads) and merge them with `mergeReports`.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { COLLECTIONS, UNIT_KINDS, type CollectionName, type UnitKind } from "../model/codes.js";
import type { Dataset } from "../model/schemas.js";

/**
 * Options of {@link splitDataset}.
 *
 * @example
 * ```ts
 * const o: SplitOptions = { by: "district", crossShard: "duplicate" };
 * o.by; //=> "district"
 * ```
 */
export interface SplitOptions {
  /** The kind of unit that makes a shard; default `"province"`. */
  readonly by?: UnitKind | undefined;
  /**
   * A record that refers to a record of another shard (a person with memberships in two
   * provinces, a province unit under a national unit): `"refuse"` (default) throws, listing them;
   * `"duplicate"` copies the referenced record into the referring shard (see {@link splitDataset}).
   */
  readonly crossShard?: "refuse" | "duplicate" | undefined;
}

/**
 * One shard of {@link splitDataset}.
 *
 * @example
 * ```ts
 * const s: Pick<DatasetShard, "key" | "source"> = { key: "u1", source: "unit" };
 * s.source; //=> "unit"
 * ```
 */
export interface DatasetShard {
  /** The id of the unit the shard is named after (or of the top-level organization, see `source`). */
  readonly key: string;
  readonly source: "unit" | "organization";
  readonly name: string;
  /** The shard's records, in dataset order (the input's record objects, not copies), with the input's `asOf`. */
  readonly dataset: { readonly asOf?: string } & { readonly [C in CollectionName]: Dataset[C] };
  /** Ids of the records copied into this shard from another one (with `crossShard: "duplicate"`), by collection. */
  readonly duplicated: Readonly<Partial<Record<CollectionName, readonly string[]>>>;
}

const FN = "splitDataset";

interface Shard {
  key: string;
  source: "unit" | "organization";
  name: string;
  /** Per collection: the record indices in the shard. */
  rows: Record<CollectionName, Set<number>>;
  copied: Record<CollectionName, Set<number>>;
}

function emptyRows(): Record<CollectionName, Set<number>> {
  const r = {} as Record<CollectionName, Set<number>>;
  for (const c of COLLECTIONS) r[c] = new Set();
  return r;
}

/**
 * The dataset cut into shards, one per unit of the `by` kind (default: per province), each shard
 * holding the records that belong to it, so that the reports of the shards can be built apart and
 * merged with `mergeReports`; the merged report equals the report of the shards' datasets
 * concatenated in shard order.
 *
 * Which shard a record belongs to:
 * - a **unit**: its outermost ancestor (or itself) of the `by` kind; a unit with none belongs to
 *   the shard of its top-level unit (a dataset without provinces is one shard per top unit);
 * - an **organization**: the shard of its `unitId`, else of its first covered unit, else of its
 *   parent organization; a top-level organization with none of these makes its own shard;
 * - a **person**: the shard of their `unitId`, else of the organization of their first
 *   membership, else of their first post; a person with none of these goes to the first shard
 *   (a shard with key `""` when there is no other);
 * - a **membership** and a **post**: the shard of their organization (a post without one: of its
 *   unit, else of its person); a **qualification**: its person's; a **rating**: its subject's.
 *
 * Shards come in the order their units appear in `units`, then the organizations' own shards.
 *
 * **Cross-shard references** (a person with memberships in two provinces, a village covered by a
 * cell of another province, a province unit under a national unit): with `crossShard: "refuse"`
 * (default) the split throws, naming the first of them. With `"duplicate"` the referenced record
 * is copied into the referring shard, and so are the records it refers to in turn (a copied
 * person brings their qualifications; a copied organization its parents and units), and the
 * copies are listed in `duplicated`. Memberships, posts and ratings are never copied, so a person
 * is counted as a member, a cadre or a rated subject only in the shard of those records; but a
 * copied unit or organization is counted in every shard that holds it (a commune covered from
 * two provinces is two communes in the merged report), so the merge of duplicated shards can
 * differ from the report of the whole dataset.
 *
 * @param dataset - A parsed dataset.
 * @param options - `by`, `crossShard`.
 * @returns The shards, each with its dataset (ready for `parseDataset` or `buildReportFromShards`).
 * @throws {GrassrootsError} `invalid-argument` for bad options, or for a cross-shard reference
 *   with `crossShard: "refuse"`.
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [
 *     { id: "t1", name: "Tỉnh Lai Châu", kind: "province" },
 *     { id: "x1", name: "Xã Nậm Hàng", kind: "commune", parentId: "t1" },
 *     { id: "t2", name: "Tỉnh Điện Biên", kind: "province" },
 *     { id: "x2", name: "Xã Mường Mô", kind: "commune", parentId: "t2" },
 *   ],
 *   people: [{ id: "p1", name: "Lò Văn A", unitId: "x1" }, { id: "p2", name: "Lò Thị B", unitId: "x2" }],
 * });
 * const shards = splitDataset(ds);
 * shards.map((s) => [s.key, s.dataset.units.map((u) => u.id), s.dataset.people.map((p) => p.id)]);
 * //=> [["t1", ["t1", "x1"], ["p1"]], ["t2", ["t2", "x2"], ["p2"]]]
 * ```
 * @example
 * ```ts
 * const ds = parseDataset({
 *   units: [{ id: "t1", name: "Tỉnh A", kind: "province" }, { id: "t2", name: "Tỉnh B", kind: "province" }],
 *   organizations: [
 *     { id: "o1", name: "Đảng bộ tỉnh A", kind: "party-committee", unitId: "t1" },
 *     { id: "o2", name: "Đảng bộ tỉnh B", kind: "party-committee", unitId: "t2" },
 *   ],
 *   people: [{ id: "p1", name: "Lò Văn A", unitId: "t1" }],
 *   memberships: [{ personId: "p1", organizationId: "o1", startDate: "2000" , endDate: "2010" }, { personId: "p1", organizationId: "o2", startDate: "2010" }],
 * });
 * let error: unknown;
 * try { splitDataset(ds); } catch (e) { error = e; }
 * isGrassrootsError(error) && error.code;                                     //=> "invalid-argument"
 * splitDataset(ds, { crossShard: "duplicate" })[1].duplicated;                //=> { people: ["p1"], units: ["t1"] }
 * ```
 */
export function splitDataset(dataset: Dataset, options?: SplitOptions): DatasetShard[] {
  if (typeof dataset !== "object" || dataset === null || !Array.isArray(dataset.units)) throw new GrassrootsError("invalid-argument", `${FN}: expected a parsed dataset`);
  const by = options?.by ?? "province";
  if (!(UNIT_KINDS as readonly string[]).includes(by)) throw new GrassrootsError("invalid-argument", `${FN}: by must be one of ${UNIT_KINDS.join(", ")}`);
  const mode = options?.crossShard ?? "refuse";
  if (mode !== "refuse" && mode !== "duplicate") throw new GrassrootsError("invalid-argument", `${FN}: crossShard must be "refuse" or "duplicate"`);

  const { units, organizations: orgs, people } = dataset;
  const unitIx = new Map(units.map((u, i) => [u.id, i]));
  const orgIx = new Map(orgs.map((o, i) => [o.id, i]));
  const personIx = new Map(people.map((p, i) => [p.id, i]));

  const shards: Shard[] = [];
  const shardByKey = new Map<string, Shard>();
  const shardOf = (source: "unit" | "organization", key: string, name: string): Shard => {
    const k = `${source}:${key}`;
    let s = shardByKey.get(k);
    if (s === undefined) {
      s = { key, source, name, rows: emptyRows(), copied: emptyRows() };
      shardByKey.set(k, s);
      shards.push(s);
    }
    return s;
  };

  // Units: the outermost ancestor of the `by` kind, else the top unit.
  const unitShard: Shard[] = new Array<Shard>(units.length);
  const unitKey = (i: number): number => {
    let top = i;
    let outer = -1;
    for (let u: number | undefined = i, steps = 0; u !== undefined && steps <= units.length; steps++) {
      top = u;
      if (units[u]!.kind === by) outer = u;
      const p: string | undefined = units[u]!.parentId;
      u = p === undefined ? undefined : unitIx.get(p);
    }
    return outer >= 0 ? outer : top;
  };
  const keys = units.map((_, i) => unitKey(i));
  // Shards in the order of their units.
  units.forEach((_, i) => {
    const k = keys[i]!;
    unitShard[i] = shardOf("unit", units[k]!.id, units[k]!.name);
  });
  const ofUnit = (id: string | undefined): Shard | undefined => {
    const i = id === undefined ? undefined : unitIx.get(id);
    return i === undefined ? undefined : unitShard[i];
  };

  // Organizations: unit, covered unit, parent; else their own.
  const orgShard: (Shard | undefined)[] = new Array<Shard | undefined>(orgs.length);
  const ofOrgIndex = (i: number): Shard => {
    const path: number[] = [];
    let found: Shard | undefined;
    for (let o: number | undefined = i, steps = 0; o !== undefined && steps <= orgs.length; steps++) {
      if (orgShard[o] !== undefined) {
        found = orgShard[o];
        break;
      }
      path.push(o);
      const rec: Dataset["organizations"][number] = orgs[o]!;
      found = ofUnit(rec.unitId) ?? ofUnit(rec.coversUnitIds?.[0]);
      if (found !== undefined) break;
      const parent: number | undefined = rec.parentId === undefined ? undefined : orgIx.get(rec.parentId);
      if (parent === undefined) {
        found = shardOf("organization", rec.id, rec.name);
        break;
      }
      o = parent;
    }
    for (const o of path) orgShard[o] = found;
    return found!;
  };
  orgs.forEach((_, i) => ofOrgIndex(i));
  const ofOrg = (id: string | undefined): Shard | undefined => {
    const i = id === undefined ? undefined : orgIx.get(id);
    return i === undefined ? undefined : orgShard[i];
  };

  // People: unit, first membership, first post; else the first shard.
  const firstRef = new Map<string, Shard>();
  for (const m of dataset.memberships) if (!firstRef.has(m.personId)) { const s = ofOrg(m.organizationId); if (s !== undefined) firstRef.set(m.personId, s); }
  for (const p of dataset.posts) if (!firstRef.has(p.personId)) { const s = ofOrg(p.organizationId) ?? ofUnit(p.unitId); if (s !== undefined) firstRef.set(p.personId, s); }
  const personShard: Shard[] = people.map((p) => {
    const s = ofUnit(p.unitId) ?? firstRef.get(p.id);
    if (s !== undefined) return s;
    return shards[0] ?? shardOf("unit", "", "");
  });
  const ofPerson = (id: string): Shard | undefined => {
    const i = personIx.get(id);
    return i === undefined ? undefined : personShard[i];
  };

  // Every record in its own shard; every reference checked (and satisfied, with "duplicate").
  const conflicts: string[] = [];
  let qualificationIndex: Map<string, number[]> | undefined;
  const qualificationsOf = (personId: string): readonly number[] => {
    if (qualificationIndex === undefined) {
      qualificationIndex = new Map();
      dataset.qualifications.forEach((q, k) => {
        let list = qualificationIndex!.get(q.personId);
        if (list === undefined) qualificationIndex!.set(q.personId, (list = []));
        list.push(k);
      });
    }
    return qualificationIndex.get(personId) ?? [];
  };
  const need = (shard: Shard, collection: "units" | "organizations" | "people", id: string | undefined, from: string): void => {
    if (id === undefined) return;
    const ix = collection === "units" ? unitIx : collection === "organizations" ? orgIx : personIx;
    const i = ix.get(id);
    if (i === undefined) return;
    const home = collection === "units" ? unitShard[i] : collection === "organizations" ? orgShard[i] : personShard[i];
    if (home === shard || shard.rows[collection].has(i)) return;
    if (mode === "refuse") {
      if (conflicts.length < 5) conflicts.push(`${from} refers to ${collection} ${JSON.stringify(id)} of the shard ${JSON.stringify(home!.key)}, not its own ${JSON.stringify(shard.key)}`);
      else conflicts.push("");
      return;
    }
    shard.rows[collection].add(i);
    shard.copied[collection].add(i);
    if (collection === "units") need(shard, "units", units[i]!.parentId, from);
    else if (collection === "organizations") {
      const o = orgs[i]!;
      need(shard, "organizations", o.parentId, from);
      need(shard, "units", o.unitId, from);
      for (const u of o.coversUnitIds ?? []) need(shard, "units", u, from);
    } else {
      need(shard, "units", people[i]!.unitId, from);
      for (const k of qualificationsOf(people[i]!.id)) shard.rows.qualifications.add(k);
    }
  };
  units.forEach((u, i) => {
    const s = unitShard[i]!;
    s.rows.units.add(i);
    need(s, "units", u.parentId, `units[${i}]`);
  });
  orgs.forEach((o, i) => {
    const s = orgShard[i]!;
    s.rows.organizations.add(i);
    need(s, "organizations", o.parentId, `organizations[${i}]`);
    need(s, "units", o.unitId, `organizations[${i}]`);
    for (const u of o.coversUnitIds ?? []) need(s, "units", u, `organizations[${i}]`);
  });
  people.forEach((p, i) => {
    const s = personShard[i]!;
    s.rows.people.add(i);
    need(s, "units", p.unitId, `people[${i}]`);
  });
  dataset.memberships.forEach((m, i) => {
    const s = ofOrg(m.organizationId) ?? ofPerson(m.personId)!;
    s.rows.memberships.add(i);
    need(s, "people", m.personId, `memberships[${i}]`);
  });
  dataset.posts.forEach((p, i) => {
    const s = ofOrg(p.organizationId) ?? ofUnit(p.unitId) ?? ofPerson(p.personId)!;
    s.rows.posts.add(i);
    need(s, "people", p.personId, `posts[${i}]`);
    need(s, "units", p.unitId, `posts[${i}]`);
  });
  dataset.qualifications.forEach((q, i) => {
    ofPerson(q.personId)!.rows.qualifications.add(i);
  });
  dataset.ratings.forEach((r, i) => {
    const s = r.subjectKind === "person" ? ofPerson(r.subjectId) : r.subjectKind === "organization" ? ofOrg(r.subjectId) : (ofOrg(r.subjectId) ?? ofPerson(r.subjectId));
    (s ?? shards[0] ?? shardOf("unit", "", "")).rows.ratings.add(i);
  });
  if (conflicts.length > 0) {
    const more = conflicts.length > 5 ? ` (and ${conflicts.length - 5} more)` : "";
    throw new GrassrootsError("invalid-argument", `${FN}: ${conflicts.slice(0, 5).join("; ")}${more}; pass crossShard: "duplicate" to copy such records into the referring shard`);
  }

  return shards.map((s): DatasetShard => {
    const data = (dataset.asOf === undefined ? {} : { asOf: dataset.asOf }) as Record<string, unknown>;
    const duplicated: Partial<Record<CollectionName, string[]>> = {};
    for (const c of COLLECTIONS) {
      const list = dataset[c] as readonly unknown[];
      const rows = [...s.rows[c]].sort((a, b) => a - b);
      data[c] = rows.map((i) => list[i]);
      if (s.copied[c].size > 0) duplicated[c] = [...s.copied[c]].sort((a, b) => a - b).map((i) => (list[i] as { id: string }).id);
    }
    return { key: s.key, source: s.source, name: s.name, dataset: data as DatasetShard["dataset"], duplicated };
  });
}
