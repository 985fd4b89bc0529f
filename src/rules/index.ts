// Public API of the lifecycle rules in src/rules/ (CHARTER_2011 and checkDataset are exported
// from src/index.ts directly).
export { officialDueDate, overdueProbations } from "./lifecycle.js";
export type { OfficialDueDateOptions, OverdueProbationsOptions, OverdueProbation } from "./lifecycle.js";
export { partyAge } from "./party-age.js";
export type { PartyAge, PartyAgeGap } from "./party-age.js";
export { PARTY_BADGES_HD_01_2021 } from "./badge-milestones.js";
export type { BadgeRules } from "./badge-milestones.js";
export { badgesDue } from "./badges.js";
export type { BadgesDueOptions, BadgeDue } from "./badges.js";
export { RETIREMENT_LABOUR_CODE_2019 } from "./retirement-ages.js";
export type { RetirementRules, RetirementRoadmap, YearsMonths } from "./retirement-ages.js";
export { retirementAge, retirementDate, canServeFullTerm, retirementsDue } from "./retirement.js";
export type { RetirementPerson, RetirementOptions, FullTermOptions, RetirementsDueOptions, RetirementDue } from "./retirement.js";
export { THREE_AGE_GROUPS_CT_35_2019, PLANNING_QD_50_2022 } from "./planning-targets.js";
export type { AgeBand, AgeGroupTarget, AgeStructureRules, PlanningRules } from "./planning-targets.js";
export { planningStructure } from "./planning.js";
export type { PlanningStructureOptions, PlanningShare, PlanningStructure } from "./planning.js";
export { PARTY_STRUCTURE_QD_294_2025 } from "./structure-2025.js";
export type { PartyStructureRules } from "./structure-2025.js";
