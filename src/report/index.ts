// Public API of src/report/.
export { buildReport } from "./build.js";
export { formatReport } from "./format.js";
export type {
  ReportOptions,
  Report,
  ReportFormat,
  FormatOptions,
  Figure,
  IdFigure,
  RatioFigure,
  IdRatioFigure,
  StrengthSection,
  CoverageRow,
  CommuneCoverage,
  CoverageSection,
  RolesSection,
  AdmissionCounts,
  AdmissionsSection,
  TrainingLevel,
  TrainingScale,
  StandardizationSummary,
  TrainingSection,
  RatingCategory,
  RatingLevelShare,
  RatingDistributionSummary,
  RatingsSection,
  LeagueRowSummary,
  LeagueSection,
  FindingSummary,
  DataQualitySection,
} from "./types.js";
export { mergeReports } from "./merge.js";
export type { MergeReportsOptions, CollectionSizes } from "./merge.js";
export { splitDataset } from "./split.js";
export type { SplitOptions, DatasetShard } from "./split.js";
