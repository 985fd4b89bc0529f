/**
 * Targets for the structure of cadre planning pools and party committees, as frozen, sourced
 * data (DOMAIN.md §5, rules R35 and R37).
 * @module
 */

/** An age band in whole years at the date of the check; both ends inclusive, either open. */
export interface AgeBand {
  /** Stable code of the band, e.g. `"under-40"`. */
  readonly code: string;
  /** Lowest age in the band (whole years); no lower bound when absent. */
  readonly fromYears?: number;
  /** Highest age in the band (whole years); no upper bound when absent. */
  readonly toYears?: number;
}

/** An age band with the share of a body it should make up. */
export interface AgeGroupTarget extends AgeBand {
  /** Minimum share (0–1), when there is one. */
  readonly min?: number;
  /** Maximum share (0–1), when there is one. */
  readonly max?: number;
}

/** Age-structure targets: bands that together cover every age. */
export interface AgeStructureRules {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly effectiveFrom: string;
  readonly groups: readonly AgeGroupTarget[];
  readonly source: readonly string[];
}

/** Structure targets of a cadre planning pool. */
export interface PlanningRules {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly effectiveFrom: string;
  /** Minimum share of women (0–1). */
  readonly womenMin: number;
  /** Minimum share of young cadres (0–1). */
  readonly youngMin: number;
  /** "Young" means younger than this many years, per level of the planning. */
  readonly youngUnderYears: { readonly central: number; readonly province: number; readonly district: number };
  readonly source: readonly string[];
}

/**
 * The "three age groups" (cơ cấu ba độ tuổi) of Chỉ thị 35-CT/TW (2019) for provincial and
 * district party committees and their standing committees: under 40 at least 10%; 40 to 50
 * "about 40–50%" (read here as 40% to 50% inclusive); the rest over 50, with no bound. Commune
 * committees follow provincial guidance: pass your own rules for them.
 *
 * @example
 * ```ts
 * THREE_AGE_GROUPS_CT_35_2019.groups.map((g) => g.code); //=> ["under-40", "40-50", "over-50"]
 * THREE_AGE_GROUPS_CT_35_2019.groups[1];                 //=> { code: "40-50", fromYears: 40, toYears: 50, min: 0.4, max: 0.5 }
 * ```
 */
export const THREE_AGE_GROUPS_CT_35_2019 = Object.freeze({
  id: "ct-35-2019-age-groups",
  name: Object.freeze({ vi: "Cơ cấu ba độ tuổi (Chỉ thị 35-CT/TW)", en: "Three age groups (Directive 35-CT/TW)" }),
  effectiveFrom: "2019-05-30",
  groups: Object.freeze([
    Object.freeze({ code: "under-40", toYears: 39, min: 0.1 }),
    Object.freeze({ code: "40-50", fromYears: 40, toYears: 50, min: 0.4, max: 0.5 }),
    Object.freeze({ code: "over-50", fromYears: 51 }),
  ] as const),
  source: Object.freeze([
    "Chỉ thị 35-CT/TW (30/5/2019) về đại hội đảng bộ các cấp tiến tới Đại hội XIII",
    "https://plo.vn/thoi-su/khong-de-bi-chi-phoi-boi-tin-gia-khi-lam-nhan-su-866310.html",
  ] as const),
} as const satisfies AgeStructureRules);

/**
 * The planning-pool targets of Quy định 50-QĐ/TW (2021/2022) with HD 16-HD/BTCTW (15/02/2022):
 * women at least 25%; young cadres at least 15%, "young" meaning under 45 for central-level
 * planning and under 40 for provincial and district planning. (The exact date of QĐ 50 is
 * given as December 2021 or January 2022 by the sources; the guidance is dated 15/02/2022.)
 *
 * @example
 * ```ts
 * PLANNING_QD_50_2022.womenMin;                 //=> 0.25
 * PLANNING_QD_50_2022.youngUnderYears.province; //=> 40
 * ```
 */
export const PLANNING_QD_50_2022 = Object.freeze({
  id: "qd-50-2022-planning",
  name: Object.freeze({ vi: "Quy hoạch cán bộ (Quy định 50-QĐ/TW, Hướng dẫn 16-HD/BTCTW)", en: "Cadre planning (Regulation 50-QĐ/TW, Guidance 16-HD/BTCTW)" }),
  effectiveFrom: "2022-02-15",
  womenMin: 0.25,
  youngMin: 0.15,
  youngUnderYears: Object.freeze({ central: 45, province: 40, district: 40 }),
  source: Object.freeze([
    "Quy định 50-QĐ/TW về công tác quy hoạch cán bộ; Hướng dẫn 16-HD/BTCTW (15/02/2022)",
    "https://vietnamnet.vn/ban-tin-sang-vietnamnet-04012022-preP476137.html",
    "https://vietbao.vn/quy-dinh-moi-ve-do-tuoi-can-bo-duoc-quy-hoach-309842.html",
  ] as const),
} as const satisfies PlanningRules);
