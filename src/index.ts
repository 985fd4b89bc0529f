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
