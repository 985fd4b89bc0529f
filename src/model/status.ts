/**
 * Party status of a person on a date, from their membership history.
 * @module
 */
import { NO_END } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import { toDayNumber } from "./asOf.js";
import { isPartyOrganizationKind, ORGANIZATION_KINDS } from "./codes.js";
import { datasetIndex, type DatasetIndex } from "./compile.js";
import type { Dataset } from "./schemas.js";

/** 0: not a member; 1: probationary (dự bị); 2: official (chính thức). */
export type PartyStatusCode = 0 | 1 | 2;

/** @internal isPartyKind[k] is 1 when ORGANIZATION_KINDS[k] is a party organization kind. */
export const IS_PARTY_KIND: Uint8Array = Uint8Array.from(ORGANIZATION_KINDS, (k) => (isPartyOrganizationKind(k) ? 1 : 0));

/**
 * @internal Party status of person row `p` on day `day`, over the index.
 *
 * A person is a member on `day` when one of their memberships in a party organization is in
 * force. They are official when, since their latest admission or re-admission on or before that
 * day, one of their memberships carries an officialDate on or before the day (official status
 * travels with transfers, and a re-admission starts a new probation).
 */
export function statusOnDay(ix: DatasetIndex, p: number, day: number): PartyStatusCode {
  const { personOffsets, personRows } = ix.people;
  const m = ix.memberships;
  const kind = ix.organizations.kind;
  const a = personOffsets[p]!;
  const b = personOffsets[p + 1]!;
  let member = false;
  let official = false;
  let seenParty = false;
  for (let i = a; i < b; i++) {
    const r = personRows[i]!;
    if (IS_PARTY_KIND[kind[m.organization[r]!]!] === 0) continue;
    const start = m.start[r]!;
    if (start > day) break;
    const reason = m.startReason[r]!; // 0 unspecified, 1 admitted, 2 readmitted, 3 transferred
    const admission = reason === 1 || reason === 2 || (reason === 0 && !seenParty);
    seenParty = true;
    if (admission) official = false;
    if (m.official[r]! !== NO_END && m.official[r]! <= day) official = true;
    if (m.end[r]! >= day) member = true;
  }
  if (!member) return 0;
  return official ? 2 : 1;
}

/**
 * Party status of a person on a date: `"official"`, `"probationary"`, or `undefined` when they
 * are not a party member that day. See {@link isInForce} for the date rules.
 *
 * @example
 * ```ts
 * const ds = parseDataset({
 *   organizations: [{ id: "cb", name: "Chi bộ bản A", kind: "party-cell" }],
 *   people: [{ id: "p", name: "Lò Văn C" }],
 *   memberships: [{ personId: "p", organizationId: "cb", startDate: "2020-05-19", officialDate: "2021-05-19" }],
 * });
 * partyStatus(ds, "p", "2020-12-31"); //=> "probationary"
 * partyStatus(ds, "p", "2021-05-19"); //=> "official"
 * partyStatus(ds, "p", "2019-01-01"); //=> undefined
 * ```
 */
export function partyStatus(dataset: Dataset, personId: string, asOf: string): "official" | "probationary" | undefined {
  const ix = datasetIndex(dataset);
  const p = ix.people.rowOf(personId);
  if (p < 0) throw new GrassrootsError("invalid-argument", `No person with id ${JSON.stringify(personId)}`);
  const s = statusOnDay(ix, p, toDayNumber(asOf));
  return s === 2 ? "official" : s === 1 ? "probationary" : undefined;
}
