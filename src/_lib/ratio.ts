/**
 * A share: `numerator` out of `denominator`, and `ratio` = numerator / denominator, or `null`
 * when the denominator is 0. Never rounded; round when formatting.
 *
 * @example
 * ```ts
 * const r: Ratio = ratioOf(13, 300);
 * r.ratio === 13 / 300; //=> true
 * ratioOf(0, 0).ratio;  //=> null
 * ```
 */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly ratio: number | null;
}
