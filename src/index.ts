/**
 * grassroots: Vietnam's grassroots political system as data (party organizations, cadres and
 * members, training levels, rating schemes) and pure functions that compute coverage and
 * ranking metrics over it.
 * @module grassroots
 */
export { GrassrootsError, isGrassrootsError } from "./_lib/errors.js";
export type { DatasetIssue, IssueCode, GrassrootsErrorCode } from "./_lib/errors.js";
export * from "./model/codes.js";
export * from "./model/schemas.js";
export * from "./model/catalog.js";
export { parseDataset, safeParseDataset } from "./model/parse.js";
export type { ParseOptions, SafeParseResult, RecordLocation } from "./model/parse.js";
export type { Language } from "./model/messages.js";
export { isInForce, snapshot, toDayNumber, dateBounds, periodEnded } from "./model/asOf.js";
export type { Dated } from "./model/asOf.js";
export { compileDataset, datasetIndex, NO_START, NO_END } from "./model/compile.js";
export type {
  DatasetIndex,
  IdColumns,
  OrganizationColumns,
  UnitColumns,
  PersonColumns,
  MembershipColumns,
  PostColumns,
  QualificationColumns,
  RatingColumns,
  RatingPeriods,
} from "./model/compile.js";
export { partyStatus } from "./model/status.js";
export { readJsonLines, datasetToJsonLines, datasetToJsonLinesFiles, collectionOfFile } from "./model/jsonl.js";
export type { JsonLinesSource } from "./model/jsonl.js";
export { CHARTER_2011 } from "./rules/charter.js";
export type { CharterRules } from "./rules/charter.js";
export { checkDataset } from "./rules/check.js";
export type { Finding, FindingCode, FindingRecord, CheckOptions } from "./rules/check.js";
export * from "./locale/index.js";
export * from "./scales/index.js";
export * from "./schemes/index.js";
export * from "./metrics/index.js";
export * from "./ranking/index.js";
export * from "./rules/index.js";
export * from "./report/index.js";
