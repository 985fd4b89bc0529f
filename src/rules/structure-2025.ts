/**
 * The party structure after the 2025 reform, as frozen, sourced data (DOMAIN.md §2 and §7,
 * rule R25).
 * @module
 */
import type { UnitKind } from "../model/codes.js";

/** When the district level ended, and which units are commune-level after it. */
export interface PartyStructureRules {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  /** First day of the new structure. */
  readonly effectiveFrom: string;
  /** Unit kinds of the commune level (cấp xã). */
  readonly communeUnitKinds: readonly UnitKind[];
  readonly source: readonly string[];
}

/**
 * QĐ 294-QĐ/TW (26/5/2025, in force from 1 July 2025) with HD 06-HD/TW (9/6/2025): the party
 * follows the administrative levels — commune (xã, phường, đặc khu), province, centre — with no
 * district level; commune and ward committees are piloted directly under the provincial
 * committee as the direct upper level of grassroots party organizations.
 *
 * UNCONFIRMED (DOMAIN.md §2): that the village and unit cells under a commune committee then
 * count as grassroots organizations (tổ chức cơ sở đảng). `partyStrength` counts by the
 * recorded `level` unless asked to apply this reading (`counting: "commune-as-upper-level"`).
 *
 * @example
 * ```ts
 * PARTY_STRUCTURE_QD_294_2025.effectiveFrom;    //=> "2025-07-01"
 * PARTY_STRUCTURE_QD_294_2025.communeUnitKinds; //=> ["commune", "ward", "special-zone"]
 * ```
 */
export const PARTY_STRUCTURE_QD_294_2025 = Object.freeze({
  id: "qd-294-2025-structure",
  name: Object.freeze({ vi: "Tổ chức đảng theo cấp hành chính hai cấp (QĐ 294-QĐ/TW, HD 06-HD/TW)", en: "Party organization under two-tier local government (QĐ 294-QĐ/TW, HD 06-HD/TW)" }),
  effectiveFrom: "2025-07-01",
  communeUnitKinds: Object.freeze(["commune", "ward", "special-zone"] as const),
  source: Object.freeze([
    "QĐ 294-QĐ/TW (26/5/2025), hiệu lực 01/7/2025; HD 06-HD/TW (09/6/2025)",
    "https://thads.moj.gov.vn/noidung/tintuc/Lists/CongTacDang/View_Detail.aspx?ItemID=288",
    "https://quanghungmedia.com/thoi-su/nhung-diem-moi-trong-quy-dinh-huong-dan-cua-trung-uong-ve-thi-hanh-dieu-le-dang",
  ] as const),
} as const satisfies PartyStructureRules);
