// Random commune datasets for the property tests of the training metrics, and a naive reading
// of them written from the rules (string dates, hand-written ranks), independent of the code
// under test.
import fc from "fast-check";
import type { DatasetInput, OrganizationKind, Role, ScaleId, UnitKind } from "../../src/index.js";

export const ROLES_USED: readonly Role[] = ["secretary", "deputy-secretary", "chair", "vice-chair", "civil-servant", "committee-member", "head", "village-head"];

/** Ranks by hand from the rules (DOMAIN.md §3, R26–R29). */
export const RANKS: Readonly<Record<ScaleId, Readonly<Record<string, number>>>> = {
  "general-education": (() => {
    const r: Record<string, number> = { "below-primary": 0, primary: 1, "lower-secondary": 2, "upper-secondary": 3 };
    // 12 grades = 5 + 4 + 3; the 10-year system = 4 + 3 + 3.
    for (let x = 1; x <= 12; x++) r[`${x}/12`] = x < 5 ? 0 : x < 9 ? 1 : x < 12 ? 2 : 3;
    for (let x = 1; x <= 10; x++) r[`${x}/10`] = x < 4 ? 0 : x < 7 ? 1 : x < 10 ? 2 : 3;
    return r;
  })(),
  professional: { none: 0, elementary: 1, intermediate: 2, college: 3, bachelor: 4, master: 5, postgraduate: 5, doctor: 6 },
  "political-theory": {
    none: 0,
    elementary: 1,
    intermediate: 2,
    "intermediate-administration": 2,
    advanced: 3,
    "bachelor-politics": 3,
    "advanced-administration": 3,
    "advanced-certificate": 3,
  },
  "state-management": { none: 0, specialist: 1, "principal-specialist": 2, "senior-specialist": 3 },
};

export const UNITS: readonly { id: string; name: string; kind: UnitKind; parentId?: string }[] = [
  { id: "d1", name: "Huyện Nậm Nhùn", kind: "district" },
  { id: "x1", name: "Xã Nậm Hàng", kind: "commune", parentId: "d1" },
  { id: "x2", name: "Xã Mường Mô", kind: "commune", parentId: "d1" },
  { id: "w1", name: "Phường Tân Phong", kind: "ward" },
  { id: "b1", name: "Bản Nậm Hàng", kind: "village", parentId: "x1" },
];

/** Roles usually held in an organization of each kind. */
const ROLES_OF: Readonly<Partial<Record<OrganizationKind, readonly Role[]>>> = {
  "party-committee": ["secretary", "deputy-secretary", "committee-member"],
  "party-cell": ["secretary", "deputy-secretary"],
  "people-council": ["chair", "vice-chair"],
  "people-committee": ["chair", "vice-chair", "civil-servant", "civil-servant", "head"],
  "fatherland-front": ["chair"],
  "youth-union": ["secretary"],
  "women-union": ["chair"],
  other: ["head"],
};

/** Level codes to draw from, the levels standards ask for more often than others. */
const LIKELY: Readonly<Record<ScaleId, readonly string[]>> = {
  "general-education": ["upper-secondary", "12/12", "10/10", "12/12", "upper-secondary", "lower-secondary", "9/12", "7/10", "primary", "3/12", "below-primary", "11/12"],
  professional: ["bachelor", "bachelor", "master", "doctor", "college", "intermediate", "intermediate", "none", "postgraduate", "elementary"],
  "political-theory": ["intermediate", "intermediate", "advanced", "bachelor-politics", "intermediate-administration", "elementary", "none", "advanced-administration", "advanced-certificate"],
  "state-management": ["none", "specialist", "principal-specialist", "senior-specialist"],
};

const ORG_KINDS: readonly OrganizationKind[] = ["party-committee", "party-cell", "people-council", "people-committee", "fatherland-front", "youth-union", "women-union", "other"];

const pad = (n: number): string => String(n).padStart(2, "0");
const dateArb = fc
  .tuple(fc.integer({ min: 2008, max: 2032 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(1, 2, 3))
  .map(([y, m, d, p]) => (p === 1 ? `${y}` : p === 2 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));
export const dayArb = fc
  .tuple(fc.integer({ min: 2023, max: 2031 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`)
  .filter((d) => d >= "2023-08-01");
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
/** Undefined most of the time (an open end, a post with no date). */
const mostlyNone = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.tuple(fc.integer({ min: 0, max: 9 }), a).map(([x, v]) => (x < 6 ? undefined : v));

/** First and last day a date of any precision stands for, as comparable strings. */
export const first = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
export const last = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
export const inForce = (start: string | undefined, end: string | undefined, day: string): boolean =>
  (start === undefined || first(start) <= day) && (end === undefined || last(end) >= day);

/** A dataset of a few communes: organizations of several kinds, posts, memberships, qualifications. */
export const communeDatasetArb: fc.Arbitrary<DatasetInput> = fc
  .record({
    orgs: fc.array(
      fc.record({
        kind: fc.constantFrom(...ORG_KINDS),
        // Mostly communes (and a ward), where the commune standards apply.
        unit: opt(fc.constantFrom("x1", "x1", "x2", "x2", "w1", "d1", "b1")),
        parent: opt(fc.nat()),
        founding: mostlyNone(dateArb),
        dissolution: mostlyNone(dateArb),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    people: fc.integer({ min: 1, max: 8 }),
    posts: fc.array(
      fc.record({
        person: fc.nat(),
        role: fc.constantFrom(...ROLES_USED),
        aligned: fc.integer({ min: 0, max: 9 }).map((x) => x < 7),
        pick: fc.nat(),
        org: fc.nat(),
        unitOnly: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
        start: mostlyNone(dateArb),
        end: mostlyNone(dateArb),
      }),
      { maxLength: 20 },
    ),
    members: fc.array(fc.record({ person: fc.nat(), org: fc.nat(), start: dateArb, end: opt(dateArb) }), { maxLength: 8 }),
    // Most people have a record on each scale, leaning to the levels standards ask for, so that
    // standards are met and exceeded as often as missed; some have a second record.
    quals: fc.array(
      fc.record({ scale: fc.constantFrom(...(Object.keys(RANKS) as ScaleId[])), level: fc.nat(), date: mostlyNone(dateArb) }),
      { minLength: 20, maxLength: 40 },
    ),
  })
  .map((r) => {
    const organizations = r.orgs.map((o, i) => {
      const rec: Record<string, unknown> = { id: `o${i}`, name: `Tổ chức ${i}`, kind: o.kind };
      if (o.unit !== undefined) rec.unitId = o.unit;
      // Parents only point backwards, so there is no cycle.
      if (o.parent !== undefined && i > 0) rec.parentId = `o${o.parent % i}`;
      if (o.founding !== undefined) rec.foundingDate = o.founding;
      if (o.dissolution !== undefined && (o.founding === undefined || last(o.dissolution) >= first(o.founding))) rec.dissolutionDate = o.dissolution;
      return rec;
    });
    const n = organizations.length;
    const posts = r.posts.map((t) => {
      const org = organizations[t.org % n]!;
      const roles = ROLES_OF[org.kind as OrganizationKind];
      const role = t.aligned && roles !== undefined && !t.unitOnly ? roles[t.pick % roles.length]! : t.role;
      const rec: Record<string, unknown> = { personId: `p${t.person % r.people}`, role };
      if (t.unitOnly) rec.unitId = UNITS[t.org % UNITS.length]!.id;
      else rec.organizationId = org.id;
      if (t.start !== undefined) rec.startDate = t.start;
      if (t.end !== undefined && (t.start === undefined || last(t.end) >= first(t.start))) rec.endDate = t.end;
      return rec;
    });
    const partyOrgs = organizations.filter((o) => o.kind === "party-committee" || o.kind === "party-cell");
    const memberships =
      partyOrgs.length === 0
        ? []
        : r.members.map((m) => {
            const rec: Record<string, unknown> = { personId: `p${m.person % r.people}`, organizationId: partyOrgs[m.org % partyOrgs.length]!.id, startDate: m.start };
            if (m.end !== undefined && last(m.end) >= first(m.start)) rec.endDate = m.end;
            return rec;
          });
    const qualifications = r.quals.map((q, i) => {
      const codes = LIKELY[q.scale];
      const rec: Record<string, unknown> = { personId: `p${Math.floor(i / 4) % r.people}`, scale: q.scale, level: codes[q.level % codes.length] };
      if (q.date !== undefined) rec.date = q.date;
      return rec;
    });
    return {
      units: UNITS.map((u) => ({ ...u })),
      organizations,
      people: Array.from({ length: r.people }, (_, i) => ({ id: `p${i}`, name: `Người ${i}` })),
      posts,
      memberships,
      qualifications,
    } as DatasetInput;
  });

type Rec = Record<string, string | undefined>;

/** Naive: the cadres on `day` (posts in force, in an organization in force of a kind other than `other`). */
export function naiveCadres(input: DatasetInput, day: string): string[] {
  const orgs = new Map((input.organizations ?? []).map((o) => [o.id, o as unknown as Rec]));
  const ids = new Set<string>();
  for (const t of (input.posts ?? []) as unknown as Rec[]) {
    if (!inForce(t.startDate, t.endDate, day) || t.organizationId === undefined) continue;
    const o = orgs.get(t.organizationId)!;
    if (o.kind === "other" || !inForce(o.foundingDate, o.dissolutionDate, day)) continue;
    ids.add(t.personId!);
  }
  return (input.people ?? []).map((p) => p.id).filter((id) => ids.has(id));
}

/** Naive: a person's rank on a scale on `day` (-1: none). */
export function naiveRank(input: DatasetInput, personId: string, scale: ScaleId, day: string): number {
  let best = -1;
  for (const q of input.qualifications ?? []) {
    if (q.personId !== personId || q.scale !== scale) continue;
    if (q.date !== undefined && first(q.date) > day) continue;
    best = Math.max(best, RANKS[scale][q.level]!);
  }
  return best;
}
