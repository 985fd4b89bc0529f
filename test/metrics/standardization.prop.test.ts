import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ND_33_2023, parseDataset, standardization, type DatasetInput, type PositionStandard, type ScaleId, type StandardCounts } from "../../src/index.js";
import { communeDatasetArb, dayArb, inForce, naiveCadres, naiveRank, RANKS, UNITS } from "./population.fixtures.js";

const SCALES = Object.keys(RANKS) as ScaleId[];
const difficultArb = fc.subarray(UNITS.map((u) => u.id));

function consistent(c: StandardCounts): void {
  expect(c.below.count + c.meets.count + c.above.count).toBe(c.judged.count);
  expect(c.meetsOrAbove.numerator).toBe(c.meets.count + c.above.count);
  expect(c.meetsOrAbove.denominator).toBe(c.judged.count);
  expect(new Set([...c.below.ids, ...c.meets.ids, ...c.above.ids])).toEqual(new Set(c.judged.ids));
  for (const s of Object.values(c.scales)) {
    expect(s.below.count + s.meets.count + s.above.count).toBe(s.required.count);
    for (const id of s.below.ids) expect(c.below.ids).toContain(id);
  }
}

/** Naive judgement of everyone in the population against ND 33/2023, from the records. */
function naive(input: DatasetInput, day: string, difficult: readonly string[]): { below: string[]; meets: string[]; above: string[]; none: string[]; byScaleBelow: Record<string, string[]> } {
  const orgs = new Map((input.organizations ?? []).map((o) => [o.id, o]));
  const unitOf = (id: string): string | undefined => {
    const o = orgs.get(id)!;
    return o.unitId ?? (o.parentId === undefined ? undefined : unitOf(o.parentId));
  };
  const units = new Map(UNITS.map((u) => [u.id, u]));
  const inDifficult = (u: string | undefined): boolean => u !== undefined && (difficult.includes(u) || inDifficult(units.get(u)?.parentId));
  const out = { below: [] as string[], meets: [] as string[], above: [] as string[], none: [] as string[], byScaleBelow: {} as Record<string, string[]> };
  for (const id of naiveCadres(input, day)) {
    const need: Record<string, number> = {};
    let matched = false;
    for (const t of input.posts ?? []) {
      if (t.personId !== id || t.organizationId === undefined || !inForce(t.startDate, t.endDate, day)) continue;
      const o = orgs.get(t.organizationId)!;
      if (!inForce(o.foundingDate, o.dissolutionDate, day)) continue;
      const unit = unitOf(o.id);
      const unitKind = unit === undefined ? undefined : units.get(unit)!.kind;
      for (const s of ND_33_2023.standards as readonly PositionStandard[]) {
        const m = s.appliesTo;
        if (!m.roles.includes(t.role) || !m.organizationKinds.includes(o.kind) || unitKind === undefined || !m.unitKinds!.includes(unitKind)) continue;
        matched = true;
        const req = inDifficult(unit) && s.difficultArea !== undefined ? s.difficultArea.requirements : s.requirements;
        for (const [scale, code] of Object.entries(req)) need[scale] = Math.max(need[scale] ?? -1, RANKS[scale as ScaleId][code]!);
      }
    }
    if (!matched) {
      out.none.push(id);
      continue;
    }
    let below = false;
    let above = false;
    for (const scale of SCALES) {
      if (need[scale] === undefined) continue;
      const have = naiveRank(input, id, scale, day);
      if (have < need[scale]!) {
        below = true;
        (out.byScaleBelow[scale] ??= []).push(id);
      } else if (have > need[scale]!) above = true;
    }
    (below ? out.below : above ? out.above : out.meets).push(id);
  }
  return out;
}

describe("standardization, properties", () => {
  it("adds up: judged + no standard = population; below + meets + above = judged, overall and in every breakdown", () => {
    fc.assert(
      fc.property(communeDatasetArb, dayArb, difficultArb, fc.constantFrom(undefined, "commune" as const, "organization" as const), (input, asOf, difficultAreas, groupBy) => {
        const s = standardization(parseDataset(input), { asOf, difficultAreas, groupBy });
        expect(s.judged.count + s.noStandard.count).toBe(s.population.count);
        consistent(s);
        for (const c of Object.values(s.byRole)) consistent(c);
        for (const c of Object.values(s.byStandard)) consistent(c);
        for (const g of s.groups ?? []) consistent(g);
      }),
      { numRuns: 200 },
    );
  });

  it("agrees with a naive reading of ND 33/2023", () => {
    fc.assert(
      fc.property(communeDatasetArb, dayArb, difficultArb, (input, asOf, difficultAreas) => {
        const s = standardization(parseDataset(input), { asOf, difficultAreas, standards: ND_33_2023 });
        const n = naive(input, asOf, difficultAreas);
        expect(s.below.ids).toEqual(n.below);
        expect(s.meets.ids).toEqual(n.meets);
        expect(s.above.ids).toEqual(n.above);
        expect(s.noStandard.ids).toEqual(n.none);
        for (const scale of SCALES) expect(s.scales[scale]?.below.ids ?? [], scale).toEqual(n.byScaleBelow[scale] ?? []);
      }),
      { numRuns: 300 },
    );
  });
});
