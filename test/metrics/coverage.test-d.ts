// Type tests of the coverage, strength, overlap, admissions and composition metrics.
import { describe, expectTypeOf, it } from "vitest";
import {
  admissions,
  composition,
  partyStrength,
  roleOverlap,
  unitCoverage,
  type Admissions,
  type Composition,
  type Dataset,
  type IdCount,
  type PartyStrength,
  type RoleOverlap,
  type UnitCoverage,
} from "../../src/index.js";

declare const ds: Dataset;

describe("metric types", () => {
  it("unitCoverage", () => {
    expectTypeOf(unitCoverage(ds, { asOf: "2024-01-01" })).toEqualTypeOf<UnitCoverage>();
    expectTypeOf(unitCoverage(ds).byKind.village).toEqualTypeOf<UnitCoverage["byKind"]["village"]>();
    expectTypeOf(unitCoverage(ds).ownCell.ratio).toEqualTypeOf<number | null>();
    expectTypeOf(unitCoverage(ds).groups[0]!.groupId).toEqualTypeOf<string | null>();
    // @ts-expect-error: not a unit kind
    unitCoverage(ds, { unitKinds: ["hamlet"] });
    // @ts-expect-error: not a unit kind
    unitCoverage(ds, { groupBy: "hamlet" });
    unitCoverage(ds, { groupBy: { b1: "north" } });
  });
  it("partyStrength", () => {
    expectTypeOf(partyStrength(ds, "2024-01-01")).toEqualTypeOf<PartyStrength>();
    expectTypeOf(partyStrength(ds).members.official).toEqualTypeOf<IdCount>();
    // @ts-expect-error: not a counting
    partyStrength(ds, "2024-01-01", { counting: "district" });
  });
  it("roleOverlap", () => {
    expectTypeOf(roleOverlap(ds, { holders: "village-head", also: "party-member" })).toEqualTypeOf<RoleOverlap>();
    roleOverlap(ds, { holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true });
    // @ts-expect-error: not a role
    roleOverlap(ds, { holders: "king", also: "party-member" });
    // @ts-expect-error: also is required
    roleOverlap(ds, { holders: "village-head" });
  });
  it("admissions", () => {
    expectTypeOf(admissions(ds, { from: "2020-01-01", to: "2020-12-31" })).toEqualTypeOf<Admissions>();
    expectTypeOf(admissions(ds, { from: "2020-01-01", to: "2020-12-31" }).departed.byReason.died).toEqualTypeOf<IdCount>();
    // @ts-expect-error: to is required
    admissions(ds, { from: "2020-01-01" });
    // @ts-expect-error: not a period
    admissions(ds, { from: "2020-01-01", to: "2020-12-31", by: "month" });
  });
  it("composition", () => {
    expectTypeOf(composition(ds, { by: "gender" })).toEqualTypeOf<Composition>();
    composition(ds, { by: "age", bands: [{ code: "young", toYears: 34 }, { code: "rest", fromYears: 35 }] });
    composition(ds, { by: "education", scale: "political-theory", population: "cadres" });
    // @ts-expect-error: not a dimension
    composition(ds, { by: "height" });
  });
});
