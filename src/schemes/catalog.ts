// The built-in rating-scheme level tables, as plain data for the default level catalog.
// This module must import nothing but types: the model layer reads it.
import type { LevelTable } from "../model/catalog.js";

/** @internal level tables of the built-in rating schemes. */
export const SCHEME_LEVEL_TABLES: readonly LevelTable[] = [];
