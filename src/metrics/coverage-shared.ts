/**
 * Result shapes and argument checks shared by the coverage, strength, overlap, admissions and
 * composition metrics (and the lifecycle rules). It sits under the `coverage` prefix only for
 * file ownership; nothing in it is specific to coverage.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "../model/asOf.js";
import type { DatasetIndex } from "../model/compile.js";
import type { Dataset } from "../model/schemas.js";
import { IS_PARTY_KIND, statusOnDay, type PartyStatusCode } from "../model/status.js";

import { ratioOf, type Ratio } from "../_lib/ratio.js";

export type { Ratio };
export { ratioOf };

/** A count and the ids of the records behind it, in a stable order (documented per metric). */
export interface IdCount {
  readonly count: number;
  readonly ids: readonly string[];
}


/** @internal an IdCount of a list of ids (the list is kept, not copied). */
export function idCount(ids: readonly string[]): IdCount {
  return { count: ids.length, ids };
}

/** @internal The `ids` of every count when a metric is asked for `ids: false`: one frozen empty list. */
export const NO_IDS: readonly string[] = Object.freeze([]);

/** @internal An IdCount of `count` records without their ids (`ids: false`). */
export function countOnly(count: number): IdCount {
  return { count, ids: NO_IDS };
}

/** @internal Whether a metric lists ids: its `ids` option, `true` unless `false`; anything else is an error. */
export function wantsIds(ids: unknown, fn: string): boolean {
  if (ids === undefined || ids === true) return true;
  if (ids === false) return false;
  throw new GrassrootsError("invalid-argument", `${fn}: ids must be true or false`);
}

/**
 * @internal The day number of `asOf`, or of `dataset.asOf` when it is left out. Throws
 * `invalid-argument` when neither is given and `invalid-date` when it is not `YYYY-MM-DD`.
 */
export function asOfDay(dataset: Dataset, asOf: string | undefined, fn: string): { asOf: string; day: number } {
  const d = asOf ?? dataset.asOf;
  if (d === undefined) throw new GrassrootsError("invalid-argument", `${fn} needs an asOf date (in the options or on the dataset)`);
  return { asOf: d, day: toDayNumber(d) };
}

/** @internal The day number of a required date option; `invalid-argument` when missing. */
export function requiredDay(value: unknown, name: string, fn: string): number {
  if (value === undefined) throw new GrassrootsError("invalid-argument", `${fn}: the option ${name} (YYYY-MM-DD) is required`);
  return toDayNumber(value as string);
}

/** @internal Checks that `options` is an object (or undefined) and returns it. */
export function optionsObject<T extends object>(options: T | undefined, fn: string): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) throw new GrassrootsError("invalid-argument", `${fn}: options must be an object`);
  return options;
}

/**
 * @internal A 0/1 mask over `codes` (by index) of the chosen `values`; throws
 * `invalid-argument` naming the option for a value that is not a code.
 */
export function codeMask(codes: readonly string[], values: readonly string[], option: string, fn: string): Uint8Array {
  if (!Array.isArray(values)) throw new GrassrootsError("invalid-argument", `${fn}: ${option} must be an array of codes`);
  const mask = new Uint8Array(codes.length);
  for (const v of values) {
    const i = codes.indexOf(v);
    if (i < 0) throw new GrassrootsError("invalid-argument", `${fn}: ${JSON.stringify(v)} in ${option} is not one of ${codes.join(", ")}`);
    mask[i] = 1;
  }
  return mask;
}

/**
 * @internal `statusOnDay` with a fast path for the common case of a person with exactly one
 * membership, where the history rule reduces to: a member while that membership (in a party
 * organization) is in force, official from its `officialDate`. Anyone else goes through
 * `statusOnDay`, so the answer is always the same; only the work differs (about 1.6× faster over
 * a whole dataset).
 */
export function partyStatusFast(ix: DatasetIndex, p: number, day: number): PartyStatusCode {
  const offsets = ix.people.personOffsets;
  const a = offsets[p]!;
  const n = offsets[p + 1]! - a;
  if (n === 0) return 0;
  if (n > 1) return statusOnDay(ix, p, day);
  const m = ix.memberships;
  const r = ix.people.personRows[a]!;
  if (IS_PARTY_KIND[ix.organizations.kind[m.organization[r]!]!] === 0 || m.start[r]! > day || m.end[r]! < day) return 0;
  return m.official[r]! <= day ? 2 : 1;
}

/**
 * @internal The party status of every person row on `day` (0 not a member, 1 probationary, 2
 * official; see `statusOnDay`) written into `out` (length: the people), and returned. One pass
 * over the people: a metric that needs the status of many people, or several metrics on one
 * date, compute it once with this rather than person by person.
 */
export function fillPartyStatuses(ix: DatasetIndex, day: number, out: Uint8Array): Uint8Array {
  const { personOffsets, personRows, count } = ix.people;
  const m = ix.memberships;
  const mOrg = m.organization;
  const mStart = m.start;
  const mEnd = m.end;
  const mOfficial = m.official;
  const kind = ix.organizations.kind;
  for (let p = 0; p < count; p++) {
    const a = personOffsets[p]!;
    const n = personOffsets[p + 1]! - a;
    if (n === 1) {
      // One membership (most people): the fast path of partyStatusFast.
      const r = personRows[a]!;
      out[p] = IS_PARTY_KIND[kind[mOrg[r]!]!] === 0 || mStart[r]! > day || mEnd[r]! < day ? 0 : mOfficial[r]! <= day ? 2 : 1;
    } else out[p] = n === 0 ? 0 : statusOnDay(ix, p, day);
  }
  return out;
}
