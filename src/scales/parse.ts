/**
 * Reading levels as people type them: "ĐH tại chức", "12/12", "Cao cấp LLCT", "cu nhan chinh tri".
 *
 * Matching ignores case, diacritics (NFC or NFD alike; đ is d), punctuation and extra spaces,
 * and the scale's `ignoredWords` ("trình độ", "tốt nghiệp", "LLCT" on the political-theory
 * scale ...). A text matches a level when, so reduced, it equals the reduced code, label,
 * abbreviation or spelling of exactly one level, or else starts with one of them followed by
 * more words ("Đại học Luật", "Thạc sĩ quản lý kinh tế", the longest such start wins). Every
 * spelling lives in the scale data, none in this code.
 * @module
 */
import { GrassrootsError } from "../_lib/errors.js";
import { scaleInfo, type ScaleRef } from "./levels.js";
import type { Scale } from "./types.js";

/**
 * @internal The reduced form of a text: no diacritics, lower case, đ as d, dots dropped
 * ("Th.S" is "ths"), spaces around "/" dropped, any other run of non-alphanumerics one space.
 */
export function normalizeLevelText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[.'’ʼ]/g, "")
    .replace(/\s*\/\s*/g, "/")
    .replace(/[^a-z0-9/]+/g, " ")
    .trim();
}

interface Parser {
  /** Reduced spelling → code, or null when two levels share it. */
  readonly exact: ReadonlyMap<string, string | null>;
  /** The same with the ignored words removed. */
  readonly loose: ReadonlyMap<string, string | null>;
  /** Unambiguous loose keys, longest first, for prefix matching. */
  readonly prefixes: readonly (readonly [string, string])[];
  /** Ignored phrases as token lists, longest first. */
  readonly ignored: readonly (readonly string[])[];
  /** Every reduced spelling with its code, for suggestions. */
  readonly spellings: readonly (readonly [string, string])[];
}

const parsers = new WeakMap<Scale, Parser>();

function strip(text: string, ignored: readonly (readonly string[])[]): string {
  if (text === "") return text;
  const tokens = text.split(" ");
  const out: string[] = [];
  outer: for (let i = 0; i < tokens.length; ) {
    for (const phrase of ignored) {
      let k = 0;
      while (k < phrase.length && tokens[i + k] === phrase[k]) k++;
      if (k === phrase.length) {
        i += k;
        continue outer;
      }
    }
    out.push(tokens[i]!);
    i++;
  }
  return out.join(" ");
}

function put(map: Map<string, string | null>, key: string, code: string): void {
  if (key === "") return;
  const had = map.get(key);
  if (had === undefined) map.set(key, code);
  else if (had !== code) map.set(key, null);
}

function parserOf(scale: Scale): Parser {
  let parser = parsers.get(scale);
  if (parser !== undefined) return parser;
  const ignored = scale.ignoredWords
    .map((w) => normalizeLevelText(w).split(" ").filter((t) => t !== ""))
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  const exact = new Map<string, string | null>();
  const loose = new Map<string, string | null>();
  const spellings: [string, string][] = [];
  for (const l of scale.levels) {
    for (const s of [l.code, l.label.vi, l.label.en, ...l.abbreviations, ...(l.spellings ?? [])]) {
      const n = normalizeLevelText(s);
      put(exact, n, l.code);
      put(loose, strip(n, ignored), l.code);
      if (n !== "") spellings.push([n, l.code]);
    }
  }
  const prefixes = [...loose]
    .filter((e): e is [string, string] => e[1] !== null)
    .sort((a, b) => b[0].length - a[0].length);
  parser = { exact, loose, prefixes, ignored, spellings };
  parsers.set(scale, parser);
  return parser;
}

function match(p: Parser, text: string): string | undefined {
  const n = normalizeLevelText(text);
  if (n === "") return undefined;
  const e = p.exact.get(n);
  if (e !== undefined) return e ?? undefined;
  const k = strip(n, p.ignored);
  if (k === "") return undefined;
  const l = p.loose.get(k);
  if (l !== undefined) return l ?? undefined;
  for (const [key, code] of p.prefixes) if (k.startsWith(key) && k.charCodeAt(key.length) === 32) return code;
  return undefined;
}

function checkText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== "string") throw new GrassrootsError("invalid-argument", `${fn}: expected the text of a level, got ${typeof text}`);
}

/**
 * Reads a level as people write it, or `undefined` when the text names no level of the scale
 * (or could name two).
 *
 * Accepts any case, with or without diacritics, NFC or NFD, extra spaces and punctuation, the
 * usual abbreviations (THCS, THPT, 9/12, 12/12, TC, CĐ, ĐH, ThS, TS, SC/TC/CC/CN LLCT, CV/CVC/CVCC)
 * and words that carry no level ("trình độ", "tốt nghiệp", "tại chức", "LLCT" ...). A grade
 * keeps its code (`"9/12"`); a bare grade or "lớp 9" is read in the 12-year system.
 *
 * @param scale - a scale, or the id of a built-in scale
 * @throws {GrassrootsError} `unknown-scale`; `invalid-argument` when `text` is not a string.
 * @example
 * ```ts
 * parseLevel("professional", "Đại học tại chức");          //=> "bachelor"
 * parseLevel("professional", "ThS");                       //=> "master"
 * parseLevel("political-theory", "Cao cấp LLCT");          //=> "advanced"
 * parseLevel("political-theory", "cu nhan chinh tri");     //=> "bachelor-politics"
 * parseLevel("general-education", " 9 / 12 ");             //=> "9/12"
 * parseLevel("general-education", "Tốt nghiệp THPT");      //=> "upper-secondary"
 * parseLevel("state-management", "CVC");                   //=> "principal-specialist"
 * parseLevel("professional", "bằng lái xe");               //=> undefined
 * ```
 */
export function parseLevel(scale: ScaleRef, text: string): string | undefined {
  const info = scaleInfo(scale, "parseLevel");
  checkText(text, "parseLevel");
  return match(parserOf(info.scale), text);
}

function distance(a: string, b: string): number {
  // Levenshtein distance, two rows.
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The level codes whose spellings are closest to a text (edit distance after reduction, ties in
 * scale order), at most `limit` of them. Used in the error of {@link parseLevelStrict}.
 *
 * @throws {GrassrootsError} `unknown-scale`; `invalid-argument` for a text that is not a string
 *   or a limit that is not a positive integer.
 * @example
 * ```ts
 * suggestLevels("political-theory", "Tung cấp LLCT", 2);   //=> ["intermediate", "elementary"]
 * suggestLevels("professional", "thac sy", 1);              //=> ["master"]
 * ```
 */
export function suggestLevels(scale: ScaleRef, text: string, limit = 3): string[] {
  const info = scaleInfo(scale, "suggestLevels");
  checkText(text, "suggestLevels");
  if (!Number.isInteger(limit) || limit < 1) throw new GrassrootsError("invalid-argument", "suggestLevels: limit must be a positive integer");
  const p = parserOf(info.scale);
  const n = normalizeLevelText(text);
  const k = strip(n, p.ignored);
  const best = new Map<string, number>();
  for (const [s, code] of p.spellings) {
    const d = Math.min(distance(n, s), distance(k, strip(s, p.ignored)));
    const had = best.get(code);
    if (had === undefined || d < had) best.set(code, d);
  }
  const order = info.scale.levels.map((l) => l.code);
  return [...best]
    .sort((a, b) => a[1] - b[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .slice(0, limit)
    .map((e) => e[0]);
}

/**
 * Like {@link parseLevel}, but throws when the text names no level: a `GrassrootsError` with code
 * `unknown-level` whose message lists the closest known levels.
 *
 * @throws {GrassrootsError} `unknown-level`; `unknown-scale`; `invalid-argument`.
 * @example
 * ```ts
 * parseLevelStrict("professional", "Thạc sỹ"); //=> "master"
 * let message = "";
 * try {
 *   parseLevelStrict("political-theory", "Tung cấp LLCT");
 * } catch (e) {
 *   message = isGrassrootsError(e) ? `${e.code}: ${e.message}` : "";
 * }
 * message.startsWith("unknown-level: [grassroots] parseLevelStrict: no level"); //=> true
 * message.includes("closest: intermediate (Trung cấp), elementary (Sơ cấp)"); //=> true
 * ```
 */
export function parseLevelStrict(scale: ScaleRef, text: string): string {
  const code = parseLevel(scale, text);
  if (code !== undefined) return code;
  const info = scaleInfo(scale, "parseLevelStrict");
  const near = suggestLevels(info.scale, text, 3).map((c) => `${c} (${info.byCode.get(c)!.label.vi})`);
  throw new GrassrootsError(
    "unknown-level",
    `parseLevelStrict: no level of the scale ${JSON.stringify(info.scale.id)} reads ${JSON.stringify(text)}; closest: ${near.join(", ")}`,
  );
}
