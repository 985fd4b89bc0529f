// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), done with
// integers only so that no result can depend on the process time zone.

/** Sentinel for "no lower bound" in day-number columns. */
export const NO_START = -2147483648;
/** Sentinel for "no upper bound" in day-number columns. */
export const NO_END = 2147483647;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a civil date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? y + 1 : y, m, d];
}

/** Precision of a date string: 0 invalid, 1 year, 2 month, 3 day. */
export type Precision = 0 | 1 | 2 | 3;

// A non-digit reads as -100000: whatever the other digits, the number it is part of is then
// negative (a year's other digits add at most 9990), so the text is rejected. (It was -1000,
// which let "200x" through as the year 1000.)
/** @internal The digit at `s[i]`, or -100000 for any other character. */
export function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100000;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` by character arithmetic. Returns the precision (0 when the
 * text is not such a date or names a day that does not exist) and writes year, month, day into `out`.
 */
export function readDate(s: string, out: Int32Array): Precision {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return 0;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  if (y < 0) return 0;
  out[0] = y;
  if (n === 4) return 1;
  if (s.charCodeAt(4) !== 45) return 0;
  const m = digit(s, 5) * 10 + digit(s, 6);
  if (m < 1 || m > 12) return 0;
  out[1] = m;
  if (n === 7) return 2;
  if (s.charCodeAt(7) !== 45) return 0;
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (d < 1 || d > daysInMonth(y, m)) return 0;
  out[2] = d;
  return 3;
}

const scratch = new Int32Array(3);

/** First day (as a day number) of a valid date of any precision, or NaN. */
export function firstDay(s: string): number {
  const p = readDate(s, scratch);
  if (p === 0) return Number.NaN;
  return daysFromCivil(scratch[0]!, p >= 2 ? scratch[1]! : 1, p === 3 ? scratch[2]! : 1);
}

/** Last day (as a day number) of a valid date of any precision, or NaN. */
export function lastDay(s: string): number {
  const p = readDate(s, scratch);
  if (p === 0) return Number.NaN;
  const y = scratch[0]!;
  if (p === 1) return daysFromCivil(y, 12, 31);
  const m = scratch[1]!;
  return daysFromCivil(y, m, p === 3 ? scratch[2]! : daysInMonth(y, m));
}

/** Precision of a date string (0 when invalid). */
export function precisionOf(s: string): Precision {
  return readDate(s, scratch);
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The date string of a day number at a precision (inverse of firstDay/lastDay for that precision). */
export function formatDayAt(day: number, precision: 1 | 2 | 3): string {
  const [y, m, d] = civilFromDays(day);
  if (precision === 1) return pad(y, 4);
  if (precision === 2) return `${pad(y, 4)}-${pad(m, 2)}`;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
