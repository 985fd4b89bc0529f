// Private helpers of src/schemes/: language option, and numbers, shares and fractions in words.
// Formatting happens only here, when a message is written; results keep exact values.
import { GrassrootsError } from "../_lib/errors.js";
import type { Language } from "../model/messages.js";
import type { Fraction, LocalizedText, ShareValue } from "./types.js";

/** A language option as the public functions take it. */
export type LocaleOption = Language | { readonly code: Language } | undefined;

export function languageOf(locale: LocaleOption, fn: string): Language {
  if (locale === undefined) return "vi";
  const code = typeof locale === "string" ? locale : typeof locale === "object" && locale !== null ? locale.code : undefined;
  if (code === "vi" || code === "en") return code;
  throw new GrassrootsError("invalid-argument", `${fn}: locale must be "vi", "en" or a label pack, got ${JSON.stringify(code ?? locale)}`);
}

export function text(t: LocalizedText, lang: Language): string {
  return t[lang];
}

/** A number with at most two decimals, decimal comma in Vietnamese. */
export function num(x: number, lang: Language): string {
  const r = Math.round(x * 100) / 100;
  const s = String(Object.is(r, -0) ? 0 : r);
  return lang === "vi" ? s.replace(".", ",") : s;
}

export function percent(share: number, lang: Language): string {
  return `${num(share * 100, lang)}%`;
}

/** `[30, 100]` → "30%"; `[1, 3]` → "1/3". */
export function fraction(f: Fraction, lang: Language): string {
  const [n, d] = f;
  if ((n * 100) % d === 0) return `${num((n * 100) / d, lang)}%`;
  return `${n}/${d}`;
}

/** A share as given: a number → "25%"; counts → "6/8 (75%)". */
export function shareValue(v: ShareValue, lang: Language): string {
  if (typeof v === "number") return percent(v, lang);
  return `${num(v.numerator, lang)}/${num(v.denominator, lang)} (${percent(v.numerator / v.denominator, lang)})`;
}

export function quote(s: string): string {
  return `“${s}”`;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** JSON-ish rendering of an unexpected value in an error message. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value;
}
