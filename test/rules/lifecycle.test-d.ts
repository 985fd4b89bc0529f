// Type tests of the lifecycle rules.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import {
  badgesDue,
  canServeFullTerm,
  officialDueDate,
  overdueProbations,
  partyAge,
  planningStructure,
  retirementAge,
  retirementDate,
  retirementsDue,
  PARTY_BADGES_HD_01_2021,
  RETIREMENT_LABOUR_CODE_2019,
  type BadgeDue,
  type BadgeRules,
  type OverdueProbation,
  type PartyAge,
  type PlanningStructure,
  type RetirementDue,
  type RetirementRules,
  type YearsMonths,
} from "../../src/rules/index.js";

declare const ds: Dataset;

describe("lifecycle types", () => {
  it("return what they say", () => {
    expectTypeOf(officialDueDate("2020-01-01")).toEqualTypeOf<string>();
    expectTypeOf(overdueProbations(ds)).toEqualTypeOf<OverdueProbation[]>();
    expectTypeOf(partyAge(ds, "p", "2020-01-01")).toEqualTypeOf<PartyAge | undefined>();
    expectTypeOf(badgesDue(ds, { from: "2025-01-01", to: "2025-12-31" })).toEqualTypeOf<BadgeDue[]>();
    expectTypeOf(retirementDate({ birthDate: "1970", gender: "male" })).toEqualTypeOf<string | undefined>();
    expectTypeOf(retirementAge({ birthDate: "1970", gender: "male" })).toEqualTypeOf<YearsMonths | undefined>();
    expectTypeOf(canServeFullTerm({}, { termStart: "2025-01-01" })).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(retirementsDue(ds, { from: "2025-01-01", to: "2025-12-31" })).toEqualTypeOf<RetirementDue[]>();
    expectTypeOf(planningStructure(ds, { personIds: [] })).toEqualTypeOf<PlanningStructure>();
  });
  it("keep the rule data assignable to its shape", () => {
    expectTypeOf(PARTY_BADGES_HD_01_2021).toMatchTypeOf<BadgeRules>();
    expectTypeOf(RETIREMENT_LABOUR_CODE_2019).toMatchTypeOf<RetirementRules>();
    expectTypeOf(PARTY_BADGES_HD_01_2021.milestones[0]).toEqualTypeOf<30>();
  });
  it("reject wrong arguments", () => {
    // @ts-expect-error: gender is a code
    retirementDate({ birthDate: "1970", gender: "m" });
    // @ts-expect-error: termStart is required
    canServeFullTerm({}, {});
    // @ts-expect-error: early awards are for ids or "all"
    badgesDue(ds, { from: "2025-01-01", to: "2025-12-31", earlyAwardFor: true });
  });
});
