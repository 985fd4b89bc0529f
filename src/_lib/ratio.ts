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

/**
 * A ratio with its numerator and denominator, `ratio` `null` when the denominator is 0.
 *
 * @example
 * ```ts
 * ratioOf(20, 70).ratio;  //=> 20 / 70
 * ratioOf(0, 0);          //=> { numerator: 0, denominator: 0, ratio: null }
 * ```
 */
export function ratioOf(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator };
}
