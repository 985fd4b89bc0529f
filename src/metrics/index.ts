// Public API of src/metrics/.
export { ratioOf } from "./coverage-shared.js";
export type { Ratio, IdCount } from "./coverage-shared.js";
export { unitCoverage, COVERAGE_UNIT_KINDS } from "./coverage.js";
export type { UnitCoverageOptions, CoverageGroupBy, CoverageFigures, CoverageTable, CoverageGroup, UnitCoverage } from "./coverage.js";
export { partyStrength } from "./strength.js";
export type { GrassrootsCounting, PartyStrengthOptions, PartyStrength } from "./strength.js";
export { roleOverlap } from "./overlap.js";
export type { RoleSelector, RoleOverlapOptions, RoleOverlap } from "./overlap.js";
export { selectPopulation, POLITICAL_SYSTEM_ORGANIZATION_KINDS } from "./population.js";
export type { Population, CadrePopulation, PartyMemberPopulation, EveryonePopulation, PeoplePopulation, GroupBy, IdRatio } from "./population.js";
export { educationProfile } from "./education.js";
export type { EducationProfileOptions, EducationProfile, EducationCounts, EducationGroup, LevelCount } from "./education.js";
export { standardization } from "./standardization.js";
export type { StandardizationOptions, Standardization, StandardCounts, StandardizationGroup, ScaleStandardCounts } from "./standardization.js";
export { admissions, DEPARTURE_REASONS } from "./admissions.js";
export type { DepartureReason, AdmissionsOptions, AdmissionFigures, AdmissionsPeriod, AdmissionsGroup, Admissions } from "./admissions.js";
export { composition, PARTY_AGE_BANDS } from "./composition.js";
export type { CompositionDimension, CompositionOptions, CompositionGroup, Composition } from "./composition.js";
