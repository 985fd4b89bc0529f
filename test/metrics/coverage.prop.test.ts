import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/_lib/days.js";
import { parseDataset, unitCoverage, UNIT_KINDS, type DatasetInput, type UnitCoverage } from "../../src/index.js";
import { arbitraryDataset } from "../../src/testing/arbitraries.js";

const SHARES = ["ownCell", "jointCell", "withCell", "withoutCell", "withMember", "withoutMember", "enoughOfficialMembers"] as const;

/** Small datasets made for coverage: units, cells covering some of them, people and memberships, in force around 2020. */
const coverageDataset = fc
  .record({
    units: fc.array(fc.record({ kind: fc.constantFrom("village", "school", "health-station", "agency"), parent: fc.nat(3), gone: fc.boolean() }), { maxLength: 12 }),
    cells: fc.array(fc.record({ covers: fc.uniqueArray(fc.nat(11), { maxLength: 4 }), committee: fc.boolean(), gone: fc.boolean() }), { maxLength: 8 }),
    people: fc.array(
      fc.record({
        unit: fc.option(fc.nat(11), { nil: undefined }),
        cell: fc.option(fc.nat(7), { nil: undefined }),
        admitted: fc.integer({ min: 2015, max: 2021 }),
        official: fc.boolean(),
        ended: fc.boolean(),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ units, cells, people }): DatasetInput => {
    const communes = [0, 1, 2, 3].map((i) => ({ id: `x${i}`, name: `Xã ${i}`, kind: "commune" as const }));
    const us = units.map((u, i) => ({
      id: `u${i}`,
      name: `Đơn vị ${i}`,
      kind: u.kind,
      parentId: `x${u.parent}`,
      ...(u.gone ? { dissolutionDate: "2019-12-31" } : {}),
    }));
    const n = us.length;
    const orgs = cells.map((c, i) => ({
      id: `c${i}`,
      name: `Chi bộ ${i}`,
      kind: c.committee ? ("party-committee" as const) : ("party-cell" as const),
      coversUnitIds: c.covers.filter((k) => k < n).map((k) => `u${k}`),
      ...(c.gone ? { dissolutionDate: "2019-12-31" } : {}),
    }));
    const ps = people.map((p, i) => ({ id: `p${i}`, name: `Người ${i}`, ...(p.unit !== undefined && p.unit < n ? { unitId: `u${p.unit}` } : {}) }));
    const ms = people.flatMap((p, i) =>
      p.cell === undefined || p.cell >= orgs.length
        ? []
        : [
            {
              personId: `p${i}`,
              organizationId: `c${p.cell}`,
              startDate: `${p.admitted}-03-01`,
              ...(p.official ? { officialDate: `${p.admitted + 1}-03-01` } : {}),
              ...(p.ended ? { endDate: "2022-12-31", endReason: "died" as const } : {}),
            },
          ],
    );
    return { units: [...communes, ...us], organizations: orgs, people: ps, memberships: ms };
  });

function checkInvariants(c: UnitCoverage): void {
  const all = c.units.ids;
  const sorted = (xs: readonly string[]): string[] => [...xs].sort();
  // own, joint and none partition the units; so do withMember and withoutMember.
  expect(sorted([...c.ownCell.ids, ...c.jointCell.ids, ...c.withoutCell.ids])).toEqual(sorted(all));
  expect(sorted([...c.withMember.ids, ...c.withoutMember.ids])).toEqual(sorted(all));
  expect(c.withCell.ids).toEqual(all.filter((id) => c.ownCell.ids.includes(id) || c.jointCell.ids.includes(id)));
  for (const id of c.enoughOfficialMembers.ids) expect(c.withMember.ids).toContain(id);
  for (const s of SHARES) {
    const r = c[s];
    expect(r.denominator).toBe(all.length);
    expect(r.numerator).toBe(r.ids.length);
    if (r.denominator === 0) expect(r.ratio).toBeNull();
    else {
      expect(r.ratio).toBeGreaterThanOrEqual(0);
      expect(r.ratio).toBeLessThanOrEqual(1);
    }
    // Ids are in dataset order, each once.
    expect(r.ids).toEqual(all.filter((id) => r.ids.includes(id)));
  }
  // Per kind and per group, the counts add up to the totals.
  for (const s of ["units", ...SHARES] as const) {
    const total = s === "units" ? c.units.count : c[s].numerator;
    const byKind = Object.values(c.byKind).reduce((n, f) => n + (s === "units" ? f!.units.count : f![s].numerator), 0);
    expect(byKind).toBe(total);
    if (c.groups.length > 0) expect(c.groups.reduce((n, g) => n + (s === "units" ? g.units.count : g[s].numerator), 0)).toBe(total);
  }
}

/** Adds a village unrelated to everything: no parent, no cell, nobody lives there. */
function withUnrelatedUnit(input: DatasetInput, id: string): DatasetInput {
  return { ...input, units: [...(input.units ?? []), { id, name: "Bản mới", kind: "village" }] };
}

function checkUnrelated(before: UnitCoverage, after: UnitCoverage, id: string): void {
  expect(after.units.ids).toEqual([...before.units.ids, id]);
  for (const s of SHARES) {
    const expected = s === "withoutCell" || s === "withoutMember" ? [...before[s].ids, id] : before[s].ids;
    expect(after[s].ids).toEqual(expected);
  }
  for (const kind of Object.keys(after.byKind)) {
    if (kind !== "village") expect(after.byKind[kind as keyof UnitCoverage["byKind"]]).toEqual(before.byKind[kind as keyof UnitCoverage["byKind"]]);
  }
}

describe("unitCoverage properties", () => {
  it("partitions the units, keeps ratios in [0, 1], and adds up per kind and group (coverage datasets)", () => {
    fc.assert(
      fc.property(coverageDataset, fc.integer({ min: 2014, max: 2023 }), (input, year) => {
        const ds = parseDataset(input);
        const asOf = `${year}-06-30`;
        checkInvariants(unitCoverage(ds, { asOf, groupBy: "commune" }));
        checkInvariants(unitCoverage(ds, { asOf, unitKinds: [...UNIT_KINDS], groupBy: "parent" }));
      }),
      { numRuns: 100 },
    );
  });

  it("holds on arbitrary valid datasets too", () => {
    fc.assert(
      fc.property(arbitraryDataset(fc, { maxLength: 10 }), fc.integer({ min: -25000, max: 22000 }), (input, day) => {
        const ds = parseDataset(input);
        checkInvariants(unitCoverage(ds, { asOf: formatDay(day), unitKinds: [...UNIT_KINDS], groupBy: "parent" }));
      }),
      { numRuns: 100 },
    );
  });

  it("changes no other count when an unrelated unit is added", () => {
    fc.assert(
      fc.property(coverageDataset, fc.integer({ min: 2014, max: 2023 }), (input, year) => {
        const asOf = `${year}-06-30`;
        const id = "unrelated-village";
        const before = unitCoverage(parseDataset(input), { asOf });
        const after = unitCoverage(parseDataset(withUnrelatedUnit(input, id)), { asOf });
        checkUnrelated(before, after, id);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(arbitraryDataset(fc, { maxLength: 10 }), fc.integer({ min: -25000, max: 22000 }), (input, day) => {
        const asOf = formatDay(day);
        // An id no arbitrary dataset uses (theirs are at most 12 graphemes or short codes).
        const id = "unrelated-village-with-a-long-id";
        const before = unitCoverage(parseDataset(input), { asOf, unitKinds: [...UNIT_KINDS] });
        const after = unitCoverage(parseDataset(withUnrelatedUnit(input, id)), { asOf, unitKinds: [...UNIT_KINDS] });
        checkUnrelated(before, after, id);
      }),
      { numRuns: 100 },
    );
  });
});
