export {
  buildDataset,
  buildMembership,
  buildOrganization,
  buildPerson,
  buildPost,
  buildQualification,
  buildRating,
  buildUnit,
  createBuilders,
} from "./builders.js";
export type { Builders, DatasetParts, FullDatasetInput } from "./builders.js";
export { BREAK_KINDS, arbitraryBrokenDataset, arbitraryDataset } from "./arbitraries.js";
export type {
  ArbitraryBrokenDatasetOptions,
  ArbitraryDatasetOptions,
  BreakKind,
  BrokenDataset,
  FastCheckModule,
} from "./arbitraries.js";
export { generateDataset, generateJsonLines } from "./generate.js";
export type { GenerateOptions, GeneratedScale, JsonLinesItem } from "./generate.js";
export { createRandom } from "./random.js";
export type { Random } from "./random.js";
export { NAM_NHUN_FIGURES, namNhun } from "./nam-nhun.js";
