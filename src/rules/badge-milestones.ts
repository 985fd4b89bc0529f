/**
 * Party badge (Huy hiệu Đảng) milestones as frozen, sourced data (DOMAIN.md §2, rule R24).
 * @module
 */

/** When party badges are due, and how early a seriously ill member may receive one. */
export interface BadgeRules {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** Years of party age at which a badge is awarded, ascending. */
  readonly milestones: readonly number[];
  /**
   * How many months early a seriously ill member may receive the badges from `fromYears` to
   * `toYears` (inclusive).
   */
  readonly earlyAward: readonly { readonly fromYears: number; readonly toYears: number; readonly months: number }[];
  readonly source: readonly string[];
}

/**
 * The badge milestones of HD 01-HD/TW (28/9/2021), item 18: 30, 40, 45, 50, 55, 60, 65, 70,
 * 75, 80, 85 and 90 years of party age; a seriously ill member may receive the 30–65 year
 * badges up to 12 months early and the 70–90 year badges up to 24 months early.
 *
 * @example
 * ```ts
 * PARTY_BADGES_HD_01_2021.milestones.length; //=> 12
 * PARTY_BADGES_HD_01_2021.milestones[0];     //=> 30
 * PARTY_BADGES_HD_01_2021.earlyAward[1];     //=> { fromYears: 70, toYears: 90, months: 24 }
 * ```
 */
export const PARTY_BADGES_HD_01_2021 = Object.freeze({
  id: "hd-01-2021-badges",
  name: Object.freeze({ vi: "Huy hiệu Đảng (Hướng dẫn 01-HD/TW, mục 18)", en: "Party badges (HD 01-HD/TW, item 18)" }),
  effectiveFrom: "2021-09-28",
  milestones: Object.freeze([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const),
  earlyAward: Object.freeze([
    Object.freeze({ fromYears: 30, toYears: 65, months: 12 }),
    Object.freeze({ fromYears: 70, toYears: 90, months: 24 }),
  ] as const),
  source: Object.freeze([
    "HD 01-HD/TW (28/9/2021), mục 18",
    "https://thuvienphapluat.vn/hoi-dap-phap-luat/55C58-hd-se-duoc-xet-tang-huy-hieu-dang-vao-nhung-nam-nao.html",
  ] as const),
} as const satisfies BadgeRules);
