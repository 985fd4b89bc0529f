// Public API of src/schemes/: rating schemes as data, classification, quotas, distributions.
export {
  QD_366_2025,
  QD_124_2023,
  QD_132_2018,
  HD_27_2014,
  HD_27_2014_MEMBER,
  HD_20_2008,
  HD_20_2008_MEMBER,
  FOUR_GRADE_GOOD,
  FOUR_GRADE_STRONG,
  ND_335_2025,
  BUILT_IN_SCHEMES,
  SCHEME_TIMELINE,
} from "./catalog.js";
export type {
  BooleanFact,
  Condition,
  ConditionOp,
  CriterionFact,
  CriterionLevel,
  Exclusion,
  FactKey,
  ForcingRule,
  FourLevel,
  Fraction,
  LevelFact,
  LevelOf,
  LocalizedText,
  NumberFact,
  QuotaGroupKind,
  QuotaRule,
  Requirement,
  RuleMeta,
  Scheme,
  SchemeDocument,
  SchemeLevel,
  ScoreBand,
  ShareFact,
  ShareRatio,
  ShareValue,
  Source,
  SubjectRole,
  TimelineEntry,
  TimelineSubject,
  TreeRule,
} from "./types.js";
export { FACTS, CRITERION_LEVELS, FOUR_LEVELS } from "./facts.js";
export type { FactDefinition, FactKind, FactTable } from "./facts.js";
export type { LocaleOption } from "./_format.js";
export { defineScheme } from "./define.js";
export { SCHEMES, schemeById, applicableScheme } from "./lookup.js";
export type { BuiltInSchemeId } from "./lookup.js";
export { schemeLevel, levelLabel, levelForScore, compareSchemeLevels, rated, compareRated, compareByTier, mapLevelByTier, findLevel } from "./levels.js";
export type { RatedLevel } from "./levels.js";
export { classify, bestLevelFromChildren } from "./classify.js";
export type {
  ChildLevels,
  ChildrenInput,
  ChildrenLimit,
  Classification,
  ClassificationReason,
  ClassifyInput,
  ClassifyOptions,
  FactValues,
  ReasonCode,
} from "./classify.js";
export { checkQuota, byGrassrootsOrganization } from "./quota.js";
export type { QuotaCheck, QuotaEntry, QuotaGroup, QuotaOptions, QuotaRounding } from "./quota.js";
export { ratingDistribution, shareAtOrAbove } from "./distribution.js";
export type { AtOrAbove, IdList, LevelShare, PeriodDistribution, PeriodLevel, RatingDistribution, RatingDistributionOptions } from "./distribution.js";
export { validateRatings } from "./validate.js";
export type { ValidateRatingsOptions } from "./validate.js";
