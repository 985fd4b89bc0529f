// Public API of src/scales/: training scales, level comparison and parsing, position standards.
export { GENERAL_EDUCATION, PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT, SCALES } from "./catalog.js";
export type { Bilingual, Level, Scale, ScaleData, StandardSetData, Requirements, PostMatcher, DifficultAreaAllowance, PositionStandard, PositionStandardSet } from "./types.js";
export { compareLevels, levelRank, mainLevel, mainLevels, levelAt } from "./levels.js";
export type { ScaleRef } from "./levels.js";
export { parseLevel, parseLevelStrict, suggestLevels } from "./parse.js";
export { COMMUNE_UNIT_KINDS, ND_33_2023, QD_04_2004, TWO_TIER_2025, POSITION_STANDARDS } from "./standards.js";
export { assessStandard, applicableRequirements } from "./assess.js";
export type { StandardResult, ScaleAssessment, StandardAssessment, AssessOptions } from "./assess.js";
