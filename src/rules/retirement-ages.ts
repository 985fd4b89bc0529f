/**
 * Retirement ages under the 2019 Labour Code roadmap, as frozen, sourced data (DOMAIN.md §5,
 * rule R38).
 * @module
 */

/** An age in whole years and months. */
export interface YearsMonths {
  readonly years: number;
  readonly months: number;
}

/** One gender's roadmap: the age before it, the age in its first year, the yearly step, the final age. */
export interface RetirementRoadmap {
  /** Retirement age of people who reach it before `firstYear` (the 2012 Labour Code). */
  readonly before: YearsMonths;
  /** Retirement age of people who reach it in `firstYear`. */
  readonly first: YearsMonths;
  /** Months added for each later year. */
  readonly stepMonths: number;
  /** The age the roadmap stops at. */
  readonly final: YearsMonths;
}

/** Retirement-age rules: a roadmap per gender from `firstYear`. */
export interface RetirementRules {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly effectiveFrom: string;
  /** The first calendar year of the roadmap. */
  readonly firstYear: number;
  readonly male: RetirementRoadmap;
  readonly female: RetirementRoadmap;
  readonly source: readonly string[];
}

/**
 * Normal-conditions retirement age under the Labour Code 2019 (Bộ luật Lao động 2019, Art.
 * 169) and Decree 135/2020/NĐ-CP (Annex I): from 2021, men 60 years 3 months and women 55
 * years 4 months, then 3 months more each year for men until 62 (2028) and 4 months more each
 * year for women until 60 (2035). People who reached 60 (men) or 55 (women) before 2021
 * retired at that age. The age applies in the year a person reaches it; Annex I lists it by
 * month and year of birth. Retirement (thời điểm nghỉ hưu) is at the end of the month in which
 * the person reaches the age; the pension starts on the first day of the next month.
 *
 * @example
 * ```ts
 * RETIREMENT_LABOUR_CODE_2019.male.first;   //=> { years: 60, months: 3 }
 * RETIREMENT_LABOUR_CODE_2019.female.final; //=> { years: 60, months: 0 }
 * ```
 */
export const RETIREMENT_LABOUR_CODE_2019 = Object.freeze({
  id: "labour-code-2019-retirement",
  name: Object.freeze({
    vi: "Tuổi nghỉ hưu trong điều kiện lao động bình thường (Bộ luật Lao động 2019, Nghị định 135/2020/NĐ-CP)",
    en: "Retirement age in normal working conditions (Labour Code 2019, Decree 135/2020/ND-CP)",
  }),
  effectiveFrom: "2021-01-01",
  firstYear: 2021,
  male: Object.freeze({
    before: Object.freeze({ years: 60, months: 0 }),
    first: Object.freeze({ years: 60, months: 3 }),
    stepMonths: 3,
    final: Object.freeze({ years: 62, months: 0 }),
  }),
  female: Object.freeze({
    before: Object.freeze({ years: 55, months: 0 }),
    first: Object.freeze({ years: 55, months: 4 }),
    stepMonths: 4,
    final: Object.freeze({ years: 60, months: 0 }),
  }),
  source: Object.freeze([
    "Bộ luật Lao động 2019, Điều 169",
    "Nghị định 135/2020/NĐ-CP (18/11/2020), Điều 4 và Phụ lục I",
    "https://ja.laodong.vn/cong-doan/chi-tiet-bang-tra-cuu-tuoi-nghi-huu-nam-2026-theo-nam-sinh-moi-nhat-1624291.ldo",
    "https://soha.vn/chinh-sach-voi-can-bo-tu-cap-xa-tro-len-da-du-tuoi-nghi-huu-nghi-viec-ngay-do-sap-xep-bo-may-198250919070828662.htm",
  ] as const),
} as const satisfies RetirementRules);
