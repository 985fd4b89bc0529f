// An independent, deliberately naive oracle: every rank is counted straight from its SQL or pandas
// definition in O(n²), with no sorting, so it shares no code or idea with src/ranking.
//
//   RANK()          = 1 + number of rows that come strictly before        (pandas method="min")
//   pandas "max"    = number of rows that come before or are peers (self included)
//   DENSE_RANK()    = 1 + number of distinct peer groups strictly before
//   ROW_NUMBER()    = 1 + rows strictly before + peers earlier in the input (pandas "first")
//   pandas "average"= mean of the ROW_NUMBERs of the row's peers
//   PERCENT_RANK()  = (RANK() - 1) / (n - 1), 0 when n = 1
//   CUME_DIST()     = (rows before or peers) / n
//
// Missing values (null, undefined, NaN) are peers of each other and come after (NULLS LAST) or
// before (NULLS FIRST) every present value; with "unranked" they are left out and get null.

export type Value = number | null | undefined;
export type Order = "ascending" | "descending";
export type Missing = "last" | "first" | "unranked";
export type Method = "competition" | "modified-competition" | "dense" | "ordinal" | "fractional";

const isMissing = (v: Value): boolean => v === null || v === undefined || Number.isNaN(v);

/** -1 when a comes strictly before b, 1 when after, 0 when peers. */
function compare(a: Value, b: Value, order: Order, missing: Missing): number {
  const ma = isMissing(a);
  const mb = isMissing(b);
  if (ma && mb) return 0;
  if (ma) return missing === "first" ? -1 : 1;
  if (mb) return missing === "first" ? 1 : -1;
  if (a === b) return 0;
  const less = (a as number) < (b as number);
  return order === "ascending" ? (less ? -1 : 1) : less ? 1 : -1;
}

export function oracleRanks(values: readonly Value[], order: Order, missing: Missing, method: Method): (number | null)[] {
  const rows = values.map((v, i) => ({ v, i })).filter((r) => !(missing === "unranked" && isMissing(r.v)));
  const out: (number | null)[] = values.map(() => null);
  const ordinal = method === "fractional" ? oracleRanks(values, order, missing, "ordinal") : [];
  for (const r of rows) {
    let before = 0;
    let peersAndBefore = 0;
    let peersEarlier = 0;
    for (const s of rows) {
      const c = compare(s.v, r.v, order, missing);
      if (c < 0) before++;
      if (c <= 0) peersAndBefore++;
      if (c === 0 && s.i < r.i) peersEarlier++;
    }
    let rank: number;
    switch (method) {
      case "competition":
        rank = 1 + before;
        break;
      case "modified-competition":
        rank = peersAndBefore;
        break;
      case "ordinal":
        rank = 1 + before + peersEarlier;
        break;
      case "dense": {
        // distinct groups before: rows s before r that are the first of their peer group
        let groups = 0;
        for (const s of rows) {
          if (compare(s.v, r.v, order, missing) >= 0) continue;
          const firstOfGroup = rows.every((t) => t.i >= s.i || compare(t.v, s.v, order, missing) !== 0);
          if (firstOfGroup) groups++;
        }
        rank = 1 + groups;
        break;
      }
      case "fractional": {
        const numbers = rows
          .filter((s) => compare(s.v, r.v, order, missing) === 0)
          .map((s) => ordinal[s.i]!);
        rank = numbers.reduce((a, b) => a + b, 0) / numbers.length;
        break;
      }
    }
    out[r.i] = rank;
  }
  return out;
}

export function oraclePercentRank(values: readonly Value[], order: Order, missing: Missing): (number | null)[] {
  const ranks = oracleRanks(values, order, missing, "competition");
  const n = ranks.filter((r) => r !== null).length;
  return ranks.map((r) => (r === null ? null : n === 1 ? 0 : (r - 1) / (n - 1)));
}

export function oracleCumeDist(values: readonly Value[], order: Order, missing: Missing): (number | null)[] {
  const ranks = oracleRanks(values, order, missing, "modified-competition");
  const n = ranks.filter((r) => r !== null).length;
  return ranks.map((r) => (r === null ? null : r / n));
}
