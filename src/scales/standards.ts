/**
 * Training standards of commune-level positions (DOMAIN.md §4, rules R30–R33) as frozen,
 * sourced data: Nghị định 33/2023/NĐ-CP, the older Quyết định 04/2004/QĐ-BNV, and the 2025
 * rules for the new communes of the two-tier local government.
 *
 * Only training levels are modelled; age, term length and residence conditions are not levels
 * and are left to the `note` of each standard. A standard marked `confirmed: false` contains an
 * assumption (UNCONFIRMED in DOMAIN.md): it is a documented default, and users can pass their
 * own standards instead.
 * @module
 */
import { deepFreeze } from "../_lib/freeze.js";
import type { UnitKind } from "../model/codes.js";
import type { PositionStandardSet, PostMatcher, Requirements, StandardSetData } from "./types.js";

/**
 * The unit kinds of commune-level units (xã, phường, thị trấn, đặc khu): the units whose
 * organizations the commune standards apply to.
 *
 * @example
 * ```ts
 * COMMUNE_UNIT_KINDS; //=> ["commune", "ward", "special-zone"]
 * ```
 */
export const COMMUNE_UNIT_KINDS = /* @__PURE__ */ deepFreeze(["commune", "ward", "special-zone"] as const satisfies readonly UnitKind[]);

const ND33_SOURCE_SECRETARY = "https://lawnet.vn/thong-tin-phap-luat/en/can-bo-cong-chuc-vien-chuc/latest-regulations-on-standards-of-each-tittles-of-commune-level-officials-in-vietnam-118596.html";
const ND33_SOURCE_CHAIR = "https://ja.congdoanvietnam.vn/quan-he-lao-dong/tieu-chuan-de-tro-thanh-pho-chu-tich-uy-ban-nhan-dan-cap-xa-nam-2025-4330.tld";
const ND33_SOURCE_CIVIL_SERVANT = [
  "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/standards-of-each-title-of-commune-level-officials-in-vietnam-138972.html",
  "https://news.laodong.vn/cong-doan/nguoi-lam-cong-chuc-cap-xa-can-bang-tot-nghiep-dai-hoc-khong-1533316.ldo",
] as const;

const commune = (roles: PostMatcher["roles"], organizationKinds: PostMatcher["organizationKinds"]): PostMatcher => ({
  roles,
  organizationKinds,
  unitKinds: COMMUNE_UNIT_KINDS,
});

// The requirements that recur, named once.
const THPT_DH = { "general-education": "upper-secondary", professional: "bachelor" } as const satisfies Requirements;
const THPT_DH_TC_LLCT = { ...THPT_DH, "political-theory": "intermediate" } as const satisfies Requirements;
const AGE_NOTE_2023 = {
  vi: "Ngoài trình độ: người giữ chức lần đầu phải đủ tuổi công tác ít nhất một nhiệm kỳ (60 tháng).",
  en: "Besides training: a first-time holder must be young enough to serve at least one full term (60 months).",
} as const;
const MASS_ORG_NOTE = {
  vi: "CHƯA XÁC NHẬN: nguồn không nêu điều 8 cho người đứng đầu MTTQ và đoàn thể; mặc định như Chủ tịch HĐND, UBND (THPT, đại học, trung cấp LLCT), điều lệ của tổ chức được ưu tiên.",
  en: "UNCONFIRMED: the sources do not give Article 8 for the heads of the Fatherland Front and mass organizations; the default is that of the council and committee chairs (upper secondary, bachelor, intermediate political theory), the organization's charter prevailing.",
} as const;

const nd33 = {
  id: "nd-33-2023",
  name: { vi: "Nghị định 33/2023/NĐ-CP về cán bộ, công chức cấp xã", en: "Decree 33/2023/ND-CP on commune-level cadres and civil servants" },
  source: [ND33_SOURCE_SECRETARY, ND33_SOURCE_CHAIR, ...ND33_SOURCE_CIVIL_SERVANT],
  effectiveFrom: "2023-08-01",
  standards: [
    {
      id: "nd-33-2023/party-secretary",
      name: { vi: "Bí thư, Phó Bí thư Đảng ủy cấp xã", en: "Secretary and deputy secretary of the commune party committee" },
      appliesTo: commune(["secretary", "deputy-secretary"], ["party-committee"]),
      requirements: THPT_DH,
      source: [ND33_SOURCE_SECRETARY],
      effectiveFrom: "2023-08-01",
      confirmed: true,
      note: {
        vi: "Đại học trở lên, trừ trường hợp Điều lệ Đảng có quy định khác. " + AGE_NOTE_2023.vi,
        en: "A bachelor's degree or higher unless the Party Charter provides otherwise. " + AGE_NOTE_2023.en,
      },
    },
    {
      id: "nd-33-2023/council-chair",
      name: { vi: "Chủ tịch, Phó Chủ tịch Hội đồng nhân dân cấp xã", en: "Chair and vice-chair of the commune People's Council" },
      appliesTo: commune(["chair", "vice-chair"], ["people-council"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_CHAIR],
      effectiveFrom: "2023-08-01",
      confirmed: true,
      note: AGE_NOTE_2023,
    },
    {
      id: "nd-33-2023/committee-chair",
      name: { vi: "Chủ tịch, Phó Chủ tịch Ủy ban nhân dân cấp xã", en: "Chair and vice-chair of the commune People's Committee" },
      appliesTo: commune(["chair", "vice-chair"], ["people-committee"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_CHAIR],
      effectiveFrom: "2023-08-01",
      confirmed: true,
      note: AGE_NOTE_2023,
    },
    {
      id: "nd-33-2023/front-chair",
      name: { vi: "Chủ tịch Ủy ban Mặt trận Tổ quốc cấp xã", en: "Chair of the commune Fatherland Front committee" },
      appliesTo: commune(["chair"], ["fatherland-front"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_SECRETARY],
      effectiveFrom: "2023-08-01",
      confirmed: false,
      note: MASS_ORG_NOTE,
    },
    {
      id: "nd-33-2023/youth-union-secretary",
      name: { vi: "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh cấp xã", en: "Secretary of the commune Youth Union" },
      appliesTo: commune(["secretary"], ["youth-union"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_SECRETARY],
      effectiveFrom: "2023-08-01",
      confirmed: false,
      note: MASS_ORG_NOTE,
    },
    {
      id: "nd-33-2023/women-union-chair",
      name: { vi: "Chủ tịch Hội Liên hiệp Phụ nữ cấp xã", en: "Chair of the commune Women's Union" },
      appliesTo: commune(["chair"], ["women-union"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_SECRETARY],
      effectiveFrom: "2023-08-01",
      confirmed: false,
      note: MASS_ORG_NOTE,
    },
    {
      id: "nd-33-2023/farmers-union-chair",
      name: { vi: "Chủ tịch Hội Nông dân cấp xã", en: "Chair of the commune Farmers' Union" },
      appliesTo: commune(["chair"], ["farmers-union"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_SECRETARY],
      effectiveFrom: "2023-08-01",
      confirmed: false,
      note: MASS_ORG_NOTE,
    },
    {
      id: "nd-33-2023/veterans-union-chair",
      name: { vi: "Chủ tịch Hội Cựu chiến binh cấp xã", en: "Chair of the commune Veterans' Association" },
      appliesTo: commune(["chair"], ["veterans-union"]),
      requirements: THPT_DH_TC_LLCT,
      source: [ND33_SOURCE_SECRETARY],
      effectiveFrom: "2023-08-01",
      confirmed: false,
      note: MASS_ORG_NOTE,
    },
    {
      id: "nd-33-2023/civil-servant",
      name: { vi: "Công chức cấp xã", en: "Commune civil servant" },
      appliesTo: commune(["civil-servant"], ["people-committee"]),
      requirements: THPT_DH,
      difficultArea: {
        requirements: { "general-education": "upper-secondary", professional: "intermediate" },
        note: {
          vi: "Ở miền núi, biên giới, hải đảo, vùng dân tộc thiểu số, vùng đặc biệt khó khăn, tỉnh có thể cho phép trung cấp trở lên (Điều 10).",
          en: "In mountain, border, island, ethnic-minority and very difficult areas the province may allow an intermediate qualification or higher (Article 10).",
        },
      },
      source: [...ND33_SOURCE_CIVIL_SERVANT],
      effectiveFrom: "2023-08-01",
      confirmed: true,
      note: { vi: "Ngoài trình độ: đủ 18 tuổi trở lên.", en: "Besides training: aged 18 or over." },
    },
  ],
} as const satisfies PositionStandardSet;

/**
 * Nghị định 33/2023/NĐ-CP (10/6/2023, in force 1/8/2023): standards of commune cadres and civil
 * servants.
 *
 * - Party secretary and deputy (Article 8.1): THPT, đại học (rule R30).
 * - Chairs and vice-chairs of the People's Council and People's Committee (Article 8.3): THPT,
 *   đại học, trung cấp LLCT (rule R31).
 * - Chair of the Fatherland Front, secretary of the Youth Union, chairs of the Women's,
 *   Farmers' and Veterans' unions: assumed as the chairs (UNCONFIRMED, `confirmed: false`).
 * - Commune civil servants (Article 10): THPT, đại học; the province may allow trung cấp in
 *   difficult areas (rule R33), the `difficultArea` allowance.
 *
 * @example
 * ```ts
 * ND_33_2023.standards.map((s) => s.id.split("/")[1]);
 * //=> ["party-secretary", "council-chair", "committee-chair", "front-chair", "youth-union-secretary",
 * //    "women-union-chair", "farmers-union-chair", "veterans-union-chair", "civil-servant"]
 * ND_33_2023.standards[2].requirements; //=> { "general-education": "upper-secondary", professional: "bachelor", "political-theory": "intermediate" }
 * ND_33_2023.standards[8].difficultArea?.requirements.professional; //=> "intermediate"
 * ```
 */
export const ND_33_2023: StandardSetData<typeof nd33> = /* @__PURE__ */ deepFreeze(nd33);

const QD04_SECRETARY = [
  "https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/bo-may-hanh-chinh/bi-thu-dang-uy-xa-co-phai-tot-nghiep-dai-hoc-khong-308344",
  "http://thukyluat.vn/vb/quyet-dinh-04-2004-qd-bnv-quy-dinh-tieu-chuan-cu-the-can-bo-cong-chuc-xa-phuong-thi-tran-cf5b.html",
] as const;
const QD04_COUNCIL = "https://thuvienphapluat.vn/hoi-dap-phap-luat/3DC58-hd-tieu-chuan-doi-voi-chu-tich-pho-chu-tich-hoi-dong-nhan-dan-cap-xa.html";
const QD04_COMMITTEE = "https://lsvn.vn/tieu-chuan-de-tro-thanh-chu-tich-ubnd-cap-xa1614269688.html";

const qd04 = {
  id: "qd-04-2004",
  name: {
    vi: "Quyết định 04/2004/QĐ-BNV về tiêu chuẩn cụ thể cán bộ, công chức xã, phường, thị trấn",
    en: "Decision 04/2004/QD-BNV on the standards of commune, ward and township cadres and civil servants",
  },
  source: [...QD04_SECRETARY, QD04_COUNCIL, QD04_COMMITTEE],
  effectiveFrom: "2004-01-16",
  effectiveTo: "2023-07-31",
  standards: [
    {
      id: "qd-04-2004/party-secretary",
      name: { vi: "Bí thư Đảng ủy xã", en: "Secretary of the commune party committee" },
      appliesTo: commune(["secretary"], ["party-committee"]),
      requirements: { "general-education": "upper-secondary", "political-theory": "intermediate", professional: "intermediate" },
      difficultArea: {
        requirements: { "general-education": "upper-secondary", "political-theory": "intermediate", professional: "elementary" },
        note: {
          vi: "Miền núi: chuyên môn tương đương sơ cấp; người giữ chức lần đầu vẫn cần trung cấp.",
          en: "Mountain areas: professional training equivalent to elementary; a first-time holder still needs intermediate.",
        },
      },
      source: [...QD04_SECRETARY],
      effectiveFrom: "2004-01-16",
      effectiveTo: "2023-07-31",
      confirmed: true,
      note: {
        vi: "Ngoài trình độ: không quá 45 tuổi khi giữ chức lần đầu; được bồi dưỡng công tác xây dựng Đảng, quản lý hành chính nhà nước, quản lý kinh tế.",
        en: "Besides training: at most 45 at first appointment; training in party building, state administration and economic management.",
      },
    },
    {
      id: "qd-04-2004/council-chair",
      name: { vi: "Chủ tịch, Phó Chủ tịch Hội đồng nhân dân xã", en: "Chair and vice-chair of the commune People's Council" },
      appliesTo: commune(["chair", "vice-chair"], ["people-council"]),
      requirements: { "general-education": "upper-secondary", "political-theory": "intermediate" },
      difficultArea: {
        requirements: { "general-education": "upper-secondary", "political-theory": "elementary" },
        note: {
          vi: "Miền núi: \"được bồi dưỡng lý luận chính trị\", hiểu là sơ cấp LLCT (suy ra).",
          en: "Mountain areas: \"trained in political theory\", read as elementary political theory (derived).",
        },
      },
      source: [QD04_COUNCIL],
      effectiveFrom: "2004-01-16",
      effectiveTo: "2023-07-31",
      confirmed: true,
      note: {
        vi: "Ngoài trình độ: tuổi do tỉnh quy định, người giữ chức lần đầu phải đủ tuổi công tác ít nhất hai nhiệm kỳ.",
        en: "Besides training: age set by the province; a first-time holder must be able to serve at least two terms.",
      },
    },
    {
      id: "qd-04-2004/committee-chair",
      name: { vi: "Chủ tịch Ủy ban nhân dân xã", en: "Chair of the commune People's Committee" },
      appliesTo: commune(["chair"], ["people-committee"]),
      requirements: { "general-education": "upper-secondary", "political-theory": "intermediate" },
      difficultArea: {
        requirements: { "general-education": "upper-secondary", "political-theory": "elementary" },
        note: { vi: "Như Chủ tịch HĐND xã (giả định).", en: "As the council chair (assumed)." },
      },
      source: [QD04_COMMITTEE],
      effectiveFrom: "2004-01-16",
      effectiveTo: "2023-07-31",
      confirmed: false,
      note: {
        vi: "CHƯA XÁC NHẬN: nguồn chỉ dẫn Điều 8.4 mà không nêu nội dung; mặc định như Chủ tịch HĐND xã.",
        en: "UNCONFIRMED: the source cites Article 8.4 without its content; the default is that of the council chair.",
      },
    },
  ],
} as const satisfies PositionStandardSet;

/**
 * Quyết định 04/2004/QĐ-BNV (16/1/2004): the older standards of commune cadres, in force until
 * Nghị định 33/2023 (taken here to end on 31/7/2023; rule R32 says "pre-2023").
 *
 * - Party secretary (Article 5): THPT, trung cấp LLCT, trung cấp professional; in mountain
 *   areas sơ cấp professional (the `difficultArea` allowance; a first-time holder there still
 *   needs trung cấp, which levels alone cannot tell).
 * - Chair and vice-chair of the People's Council (Article 7): THPT, trung cấp LLCT; in mountain
 *   areas "political training", read as sơ cấp LLCT.
 * - Chair of the People's Committee (Article 8.4): assumed as the council chair (UNCONFIRMED).
 *
 * @example
 * ```ts
 * QD_04_2004.effectiveTo; //=> "2023-07-31"
 * QD_04_2004.standards[0].requirements; //=> { "general-education": "upper-secondary", "political-theory": "intermediate", professional: "intermediate" }
 * QD_04_2004.standards[0].difficultArea?.requirements.professional; //=> "elementary"
 * ```
 */
export const QD_04_2004: StandardSetData<typeof qd04> = /* @__PURE__ */ deepFreeze(qd04);

const TWO_TIER_LEADERS = [
  "https://news.laodong.vn/thoi-su/cong-chuc-lanh-dao-cap-xa-phai-tot-nghiep-trung-cap-ly-luan-chinh-tri-tro-len-1518625.ldo",
  "https://news.laodong.vn/thoi-su/han-ban-hanh-huong-dan-tieu-chuan-cong-chuc-xa-dac-khu-1513421.ldo",
] as const;
const TWO_TIER_STAFF = "https://news.laodong.vn/cong-doan/tieu-chuan-doi-voi-cong-chuc-cap-xa-moi-khong-phai-lanh-dao-quan-ly-1520174.ldo";

const twoTier = {
  id: "two-tier-2025",
  name: {
    vi: "Tiêu chuẩn công chức xã sau sắp xếp, chính quyền địa phương hai cấp (2025)",
    en: "Standards of commune civil servants under the two-tier local government (2025)",
  },
  source: [...TWO_TIER_LEADERS, TWO_TIER_STAFF],
  effectiveFrom: "2025-07-01",
  standards: [
    {
      id: "two-tier-2025/leadership-civil-servant",
      name: { vi: "Công chức lãnh đạo, quản lý cấp xã", en: "Commune leadership civil servant" },
      appliesTo: commune(["head", "deputy-head"], ["people-committee"]),
      requirements: THPT_DH_TC_LLCT,
      source: [...TWO_TIER_LEADERS],
      effectiveFrom: "2025-07-01",
      confirmed: false,
      note: {
        vi: "Trung cấp LLCT trở lên theo CV 11/CV-BCĐ; THPT và đại học suy ra từ tiêu chuẩn cấp huyện trước đây (CV 03/CV-BCĐ), CHƯA XÁC NHẬN.",
        en: "Intermediate political theory or higher per CV 11/CV-BCĐ; upper secondary and a bachelor's degree derived from the former district-level standards (CV 03/CV-BCĐ), UNCONFIRMED.",
      },
    },
    {
      id: "two-tier-2025/civil-servant",
      name: { vi: "Công chức cấp xã (không giữ chức vụ lãnh đạo)", en: "Commune civil servant (non-leadership)" },
      appliesTo: commune(["civil-servant"], ["people-committee"]),
      requirements: THPT_DH,
      difficultArea: {
        requirements: { "general-education": "upper-secondary", professional: "intermediate" },
        effectiveTo: "2030-06-30",
        note: {
          vi: "Người dân tộc thiểu số hoặc ở vùng khó khăn chưa có bằng đại học phải hoàn thành trong 5 năm kể từ khi thành lập xã mới; trong thời gian đó lấy mức trung cấp như Nghị định 33 (suy ra).",
          en: "Ethnic-minority or difficult-area civil servants without a degree must obtain one within 5 years of the new commune's founding; meanwhile intermediate, as under Decree 33, is accepted (derived).",
        },
      },
      source: [TWO_TIER_STAFF],
      effectiveFrom: "2025-07-01",
      confirmed: true,
    },
  ],
} as const satisfies PositionStandardSet;

/**
 * The 2025 rules for the civil servants of the new communes of the two-tier local government
 * (from 1/7/2025; CV 03/CV-BCĐ and CV 11/CV-BCĐ, DOMAIN.md §4):
 *
 * - Leadership civil servants (heads and deputy heads of the commune's specialised offices,
 *   posts with role `head` or `deputy-head` in the People's Committee): trung cấp LLCT or higher
 *   (CV 11); THPT and đại học assumed from the former district-level standards (CV 03), so
 *   `confirmed: false`.
 * - Other civil servants: THPT, đại học; those in ethnic-minority or difficult areas without a
 *   degree must obtain one within 5 years, so the `difficultArea` allowance (trung cấp, as under
 *   Nghị định 33) ends on 30/6/2030.
 *
 * Elected commune posts keep the Nghị định 33 standards.
 *
 * @example
 * ```ts
 * TWO_TIER_2025.standards[0].requirements["political-theory"]; //=> "intermediate"
 * TWO_TIER_2025.standards[1].difficultArea?.effectiveTo;       //=> "2030-06-30"
 * ```
 */
export const TWO_TIER_2025: StandardSetData<typeof twoTier> = /* @__PURE__ */ deepFreeze(twoTier);

/**
 * The built-in position standards, by regulation id. `standardization` uses all of them by
 * default and, for each post, the one in force on the date (the newest when several match).
 *
 * @example
 * ```ts
 * Object.keys(POSITION_STANDARDS); //=> ["qd-04-2004", "nd-33-2023", "two-tier-2025"]
 * POSITION_STANDARDS["nd-33-2023"] === ND_33_2023; //=> true
 * ```
 */
export const POSITION_STANDARDS = /* @__PURE__ */ deepFreeze({
  "qd-04-2004": QD_04_2004,
  "nd-33-2023": ND_33_2023,
  "two-tier-2025": TWO_TIER_2025,
} as const satisfies Readonly<Record<string, PositionStandardSet>>);
