/**
 * Party Charter thresholds as frozen, sourced data (DOMAIN.md §2, rules R18–R22).
 * @module
 */

/** The thresholds of a version of the Party Charter and its implementing rules. */
export interface CharterRules {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** A cell (chi bộ) needs at least this many official members (Art. 21, 24; R18). */
  readonly minOfficialMembersPerCell: number;
  /** A grassroots organization with at least this many members is a đảng bộ cơ sở, below it a chi bộ cơ sở (R19). */
  readonly committeeMemberThreshold: number;
  /** A cell with at least this many official members elects a chi ủy (QĐ 29 item 24; R20). */
  readonly cellCommitteeThreshold: number;
  /** At most this many chi ủy members (R20). */
  readonly maxCellCommitteeMembers: number;
  /** Probation length in months, from the admission ceremony (R22). */
  readonly probationMonths: number;
  /** Admission age bounds in years, counted in months (R21). */
  readonly admissionAge: { readonly min: number; readonly max: number };
  readonly source: readonly string[];
}

/**
 * The 2011 Charter (unchanged by Congresses XII and XIII) with its implementing rules
 * (QĐ 45/2011, QĐ 29/2016, QĐ 24/2021, QĐ 294/2025).
 *
 * @example
 * ```ts
 * CHARTER_2011.minOfficialMembersPerCell; //=> 3
 * CHARTER_2011.committeeMemberThreshold;  //=> 30
 * ```
 */
export const CHARTER_2011 = Object.freeze({
  id: "charter-2011",
  name: Object.freeze({ vi: "Điều lệ Đảng (2011) và các quy định thi hành", en: "Party Charter (2011) and its implementing rules" }),
  effectiveFrom: "2011-01-19",
  minOfficialMembersPerCell: 3,
  committeeMemberThreshold: 30,
  cellCommitteeThreshold: 9,
  maxCellCommitteeMembers: 7,
  probationMonths: 12,
  admissionAge: Object.freeze({ min: 18, max: 60 }),
  source: Object.freeze([
    "Điều lệ Đảng 2011, Điều 5, 21, 24",
    "QĐ 29-QĐ/TW (25/7/2016), mục 1, 24",
    "https://luatvietnam.vn/can-bo-cong-chuc/thanh-lap-chi-bo-dang-566-25916-article.html",
    "https://thuvienphapluat.vn/hoi-dap-phap-luat/4B40B-hd-mot-chi-bo-dang-co-bao-nhieu-chi-uy-vien.html",
    "https://luatvietnam.vn/can-bo-cong-chuc/tuoi-dang-tinh-tu-thoi-diem-nao-566-28649-article.html",
  ]),
} as const satisfies CharterRules);
