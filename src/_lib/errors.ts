/**
 * Errors thrown by grassroots, and the issue records they carry.
 * @module
 */

/** Where a problem sits: JSON path, and for JSON Lines input the file and line. */
export interface DatasetIssue {
  /** JSON path of the offending value, e.g. `people[3].birthDate`; `""` for the whole input. */
  readonly path: string;
  /** Stable, machine-readable code such as `invalid-date` or `duplicate-id` (see {@link IssueCode}). */
  readonly code: IssueCode;
  /** Human-readable explanation in the requested language (Vietnamese by default). */
  readonly message: string;
  /** JSON Lines input only: the file the record came from (or `"-"` for a stream). */
  readonly file?: string;
  /** JSON Lines input only: 1-based line number of the record. */
  readonly line?: number;
}

/**
 * Stable codes of dataset issues. New codes may be added in minor versions; existing ones never
 * change meaning.
 */
export type IssueCode =
  | "not-an-object"
  | "invalid-json"
  | "invalid-type"
  | "missing-field"
  | "unknown-field"
  | "forbidden-key"
  | "invalid-value"
  | "invalid-date"
  | "too-small"
  | "too-large"
  | "duplicate-id"
  | "unresolved-reference"
  | "ambiguous-reference"
  | "parent-cycle"
  | "end-before-start"
  | "date-order"
  | "unknown-level"
  | "not-party-organization"
  | "too-many-issues";

/** Codes of {@link GrassrootsError}. */
export type GrassrootsErrorCode =
  | "invalid-dataset"
  | "invalid-argument"
  | "invalid-date"
  | "unknown-level"
  | "unknown-scale"
  | "unknown-scheme"
  | "io-error";

const BRAND: unique symbol = Symbol.for("grassroots.error") as never;

/**
 * The one error class grassroots throws. Detect it with {@link isGrassrootsError}, which also
 * works across the ESM and CommonJS copies of the package; `instanceof` does not.
 *
 * @example
 * ```ts
 * import { parseDataset, isGrassrootsError } from "grassroots";
 * let error: unknown;
 * try {
 *   parseDataset({ people: [{ id: "p1" }] });
 * } catch (e) {
 *   error = e;
 * }
 * isGrassrootsError(error);                         //=> true
 * isGrassrootsError(error) && error.code;           //=> "invalid-dataset"
 * isGrassrootsError(error) && error.issues?.[0]?.path; //=> "people[0].name"
 * ```
 */
export class GrassrootsError extends Error {
  /** Stable code of the error. */
  readonly code: GrassrootsErrorCode;
  /** For `invalid-dataset`: every problem found, each with its path. */
  readonly issues: readonly DatasetIssue[] | undefined;
  /** @internal brand checked by isGrassrootsError */
  readonly [BRAND]: true = true;

  constructor(code: GrassrootsErrorCode, message: string, issues?: readonly DatasetIssue[]) {
    super(`[grassroots] ${message}`);
    this.name = "GrassrootsError";
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Whether `value` is a {@link GrassrootsError} (from any copy of the package).
 *
 * @example
 * ```ts
 * isGrassrootsError(new Error("x")); //=> false
 * ```
 */
export function isGrassrootsError(value: unknown): value is GrassrootsError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
