// Public API of src/ranking/.
export { rank, percentRank, cumeDist, RANK_METHODS } from "./rank.js";
export type { RankOptions, DistributionOptions, RankValue, RankMethod, RankOrder, MissingPolicy, Better } from "./rank.js";
export { rankBy } from "./rankBy.js";
export type { NumericKey, KeyCriterion, ValueCriterion, Criterion, RankByOptions, RankedRow } from "./rankBy.js";
export { compositeScore, NORMALIZATIONS } from "./compositeScore.js";
export type {
  Normalization,
  CompositeMissing,
  CompositeCriterion,
  CompositeOptions,
  CompositePart,
  CompositeRow,
  CompositeCriterionSummary,
  CompositeResult,
} from "./compositeScore.js";
export { leagueTable } from "./leagueTable.js";
export type { LeagueTableOptions, LeagueCell, LeagueRow, LeagueMetric, LeagueTable } from "./leagueTable.js";
export type { MetricValue, LeagueGroup, MetricContext, MetricAdapter } from "./metricAdapter.js";
export { METRIC_ADAPTERS, trainingLevelMetric, ratingShareMetric } from "./adapters.js";
export type { TrainingLevelMetricOptions, RatingShareMetricOptions } from "./adapters.js";
