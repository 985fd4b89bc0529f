/**
 * Label packs: the words for the model's codes, in Vietnamese (`vi`) and English (`en`). The core
 * returns codes; a pack, passed in explicitly, turns them into words.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { en } from "./en.js";
import type { LabelCode, LabelGroup, Locale } from "./types.js";
import { vi } from "./vi.js";

export { en } from "./en.js";
export { vi } from "./vi.js";
export type { LabelCode, LabelGroup, Locale } from "./types.js";

const GROUP_LIST = [
  "organizationKind",
  "organizationLevel",
  "organizationLevelDescription",
  "unitKind",
  "gender",
  "startReason",
  "endReason",
  "role",
  "scale",
  "subjectKind",
  "collection",
  "issue",
  "error",
  "departureReason",
  "finding",
  "compositionDimension",
] as const satisfies readonly LabelGroup[];
// A compile error here means Locale gained a label group that GROUP_LIST does not name.
type AssertNever<T extends never> = T;
type _EveryGroupListed = AssertNever<Exclude<LabelGroup, (typeof GROUP_LIST)[number]>>;

/**
 * The names of the label groups of a {@link Locale}, in a stable order.
 *
 * @example
 * ```ts
 * LABEL_GROUPS.includes("role"); //=> true
 * LABEL_GROUPS.length;          //=> 16
 * ```
 */
export const LABEL_GROUPS: readonly LabelGroup[] = /* @__PURE__ */ Object.freeze(GROUP_LIST);

/**
 * The built-in packs by language code, for picking one from user input such as `--locale en`.
 *
 * @example
 * ```ts
 * LOCALES.en.name; //=> "English"
 * LOCALES.vi.code; //=> "vi"
 * ```
 */
export const LOCALES: { readonly vi: typeof vi; readonly en: typeof en } = /* @__PURE__ */ Object.freeze({ vi, en });

/**
 * The label of a code in a pack.
 *
 * Lookups are by own property only, so `"toString"` or `"__proto__"` never resolve to
 * something inherited. The TypeScript signature rejects unknown groups and codes at compile time;
 * the runtime check is for untyped callers (JavaScript, values read from user input).
 *
 * @param locale - the label pack, e.g. `vi` or `en`
 * @param group - the label group, e.g. `"role"` (see {@link LABEL_GROUPS})
 * @param code - a code of that group, e.g. `"secretary"`
 * @returns the label, never empty
 * @throws {@link GrassrootsError} with code `invalid-argument` when `locale` is not a pack,
 *   `group` is not a label group, or `code` has no label in that group
 *
 * @example
 * ```ts
 * label(vi, "role", "secretary");                //=> "Bí thư"
 * label(en, "role", "secretary");                //=> "Secretary"
 * label(vi, "organizationKind", "party-cell");   //=> "Chi bộ"
 * label(vi, "unitKind", "special-zone");         //=> "Đặc khu"
 * label(vi, "organizationLevelDescription", "grassroots"); //=> "tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)"
 * label(en, "issue", "invalid-date");            //=> "Invalid date"
 * ```
 *
 * @example
 * ```ts
 * // A code read from untyped input that has no label:
 * const error = (() => { try { return label(vi, "role", "pope" as never); } catch (e) { return e; } })();
 * isGrassrootsError(error) && error.code; //=> "invalid-argument"
 * ```
 */
export function label<G extends LabelGroup>(locale: Locale, group: G, code: LabelCode<G>): string {
  if (typeof locale !== "object" || locale === null) {
    throw new GrassrootsError("invalid-argument", `label: expected a locale pack such as vi or en, got ${locale === null ? "null" : typeof locale}`);
  }
  const where = `locale "${String((locale as { code?: unknown }).code)}"`;
  if (typeof group !== "string" || !(LABEL_GROUPS as readonly string[]).includes(group)) {
    throw new GrassrootsError("invalid-argument", `label: unknown label group ${quote(group)}; expected one of ${LABEL_GROUPS.join(", ")}`);
  }
  const table: unknown = Object.hasOwn(locale, group) ? (locale as unknown as Record<string, unknown>)[group] : undefined;
  if (typeof table !== "object" || table === null) {
    throw new GrassrootsError("invalid-argument", `label: ${where} has no label group "${group}"`);
  }
  const text: unknown = typeof code === "string" && Object.hasOwn(table, code) ? (table as Record<string, unknown>)[code] : undefined;
  if (typeof text !== "string" || text.length === 0) {
    throw new GrassrootsError("invalid-argument", `label: ${quote(code)} is not a code of "${group}" in ${where}; expected one of ${Object.keys(table).join(", ")}`);
  }
  return text;
}

function quote(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) : typeof value;
}
