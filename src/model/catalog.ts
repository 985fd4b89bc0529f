/**
 * The level catalog: which level codes exist on each training scale and rating scheme. Dataset
 * validation consults it, so the tables that arrive with the scales and schemes modules plug in
 * without changing the parser.
 * @module
 */
import { SCALE_LEVEL_TABLES } from "../scales/catalog.js";
import { SCHEME_LEVEL_TABLES } from "../schemes/catalog.js";
import type { ScaleId } from "./codes.js";

/** Anything with a list of level codes: a training scale or a rating scheme. */
export interface LevelTable {
  /** Id of the scale or scheme, used in messages. */
  readonly id: string;
  /** Its levels; only `code` is read here. */
  readonly levels: readonly { readonly code: string }[];
}

/**
 * The tables dataset validation checks level codes against.
 *
 * - A qualification on a scale that has a table must use one of its codes (`unknown-level`).
 * - A rating under a scheme that has a table must use one of its codes.
 * - A rating under a scheme with no table is accepted when `unknownSchemes` is `"accept"` (the
 *   default: users may rate under schemes of their own), reported when `"reject"`.
 */
export interface LevelCatalog {
  readonly scales?: Readonly<Partial<Record<ScaleId, LevelTable>>>;
  readonly schemes?: Readonly<Record<string, LevelTable>>;
  readonly unknownSchemes?: "accept" | "reject";
}

/**
 * The catalog used when none is given: the built-in training scales (`src/scales/`) and rating
 * schemes (`src/schemes/`). Those tables are plain data modules, so the model can read them
 * without depending on the logic of the layers below it. Schemes not in it are accepted
 * (`unknownSchemes: "accept"`): users may rate under schemes of their own.
 *
 * @example
 * ```ts
 * DEFAULT_LEVEL_CATALOG.unknownSchemes; //=> "accept"
 * ```
 */
export const DEFAULT_LEVEL_CATALOG: LevelCatalog = levelCatalog({
  scales: SCALE_LEVEL_TABLES as readonly (LevelTable & { readonly id: ScaleId })[],
  schemes: SCHEME_LEVEL_TABLES,
});

/**
 * A catalog built from scales and schemes (each keyed by its `id`).
 *
 * @example
 * ```ts
 * const cat = levelCatalog({ schemes: [{ id: "my-scheme", levels: [{ code: "a" }, { code: "b" }] }] });
 * Object.keys(cat.schemes ?? {}); //=> ["my-scheme"]
 * ```
 */
export function levelCatalog(parts: {
  scales?: readonly (LevelTable & { readonly id: ScaleId })[];
  schemes?: readonly LevelTable[];
  unknownSchemes?: "accept" | "reject";
}): LevelCatalog {
  const scales: Partial<Record<ScaleId, LevelTable>> = {};
  for (const s of parts.scales ?? []) scales[s.id] = s;
  const schemes: Record<string, LevelTable> = Object.create(null) as Record<string, LevelTable>;
  for (const s of parts.schemes ?? []) schemes[s.id] = s;
  return Object.freeze({
    scales: Object.freeze(scales),
    schemes: Object.freeze(schemes),
    unknownSchemes: parts.unknownSchemes ?? "accept",
  });
}
