/**
 * Number and date formatting of reports, by hand so that the output never depends on the
 * machine's locale or ICU data: Vietnamese `1.900` and `38,9%`, English `1,900` and `38.9%`.
 * @module
 */
import { deepFreeze } from "../_lib/freeze.js";

/** Separators of a language. */
export interface NumberStyle {
  readonly group: string;
  readonly decimal: string;
}

/** @internal */
export const NUMBER_STYLES: { readonly vi: NumberStyle; readonly en: NumberStyle } = /* @__PURE__ */ deepFreeze({
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
});

function groupDigits(digits: string, sep: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** @internal An integer with thousands separators: `1.900` / `1,900`; a minus sign for negatives. */
export function formatInteger(n: number, style: NumberStyle): string {
  const r = Math.round(n);
  const s = groupDigits(String(Math.abs(r)), style.group);
  return r < 0 ? `-${s}` : s;
}

/**
 * @internal `x` rounded half away from zero to `decimals` places, as text with the style's
 * separators. Rounds the decimal text of `x` (12 significant digits), not its binary value, so
 * 0.1645 × 100 shows as 16.5 rather than 16.4.
 */
export function formatDecimal(x: number, decimals: number, style: NumberStyle): string {
  const clean = Number(x.toPrecision(12));
  const f = 10 ** decimals;
  const scaled = Math.round(Math.abs(clean) * f + 1e-9);
  const int = Math.floor(scaled / f);
  const frac = scaled - int * f;
  const sign = clean < 0 && scaled !== 0 ? "-" : "";
  const head = groupDigits(String(int), style.group);
  return decimals === 0 ? `${sign}${head}` : `${sign}${head}${style.decimal}${String(frac).padStart(decimals, "0")}`;
}

/**
 * @internal A share as a percentage with one decimal, a zero decimal left out as the news
 * reports write it: `38,9%`, `43%`, `100%`; `–` for `null`.
 */
export function formatPercent(ratio: number | null, style: NumberStyle): string {
  if (ratio === null) return "–";
  const s = formatDecimal(ratio * 100, 1, style);
  return `${s.endsWith(`${style.decimal}0`) ? s.slice(0, -2) : s}%`;
}

/** @internal A signed count change: `+11`, `-3`, `0`. */
export function formatSignedInteger(n: number, style: NumberStyle): string {
  const s = formatInteger(n, style);
  return n > 0 ? `+${s}` : s;
}

/** @internal A signed change of a share in percentage points, without the unit: `+28,6`, `-75`, `0`. */
export function formatPoints(change: number, style: NumberStyle): string {
  let s = formatDecimal(change * 100, 1, style);
  if (s.endsWith(`${style.decimal}0`)) s = s.slice(0, -2);
  return s.startsWith("-") || s === "0" ? s : `+${s}`;
}

/** @internal A date `YYYY-MM-DD` as `30/06/2023` (vi) or `2023-06-30` (en). */
export function formatDate(iso: string, code: "vi" | "en"): string {
  if (code === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
