/**
 * The built-in rating schemes, 2008–2025, as frozen data with their sources (DOMAIN.md §1 and
 * its rule table R1–R17). A published scheme is never edited: a new regulation, or a different
 * reading of an UNCONFIRMED rule, is a new object with a new id (see {@link defineScheme}).
 *
 * This module imports nothing but types and the dependency-free `_lib/freeze`, because the model
 * layer reads it to check rating levels in datasets and to order level codes in the columnar
 * index.
 * @module
 */
import { deepFreeze as frozen } from "../_lib/freeze.js";
import type { LevelTable } from "../model/catalog.js";
import type { Scheme, SchemeLevel, Source, TimelineEntry } from "./types.js";


// ---------------------------------------------------------------------------------------------
// Sources (DOMAIN.md §1).

const S = {
  hd20: { title: "luatminhkhue: Hướng dẫn 20-HD/BTCTW (2008)", url: "https://luatminhkhue.vn/huong-dan-20-hd-btctw-ve-danh-gia-chat-luong-to-chuc-co-so-dang-va-dang-vien-do-ban-to-chuc-trung-uong-ban-hanh.aspx" },
  hd27: { title: "minhtungland: Hướng dẫn 27-HD/BTCTW (2014)", url: "https://minhtungland.com/huong-dan-so-27-ngay-25-thang-9-nam-2014/" },
  hd27Weak: { title: "thuvienphapluat 341EB: when a chi bộ is rated Yếu kém (HD 27)", url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/341EB-hd-chi-bo-dang-bi-xep-loai-yeu-kem-khi-nao.html" },
  dongThap: { title: "baodongthap 29592: 2012 results, labels of organizations and members", url: "https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx" },
  schoolCell: { title: "donghy.edu.vn: a school chi bộ's 2016 review (member labels)", url: "http://thso2vanlang.donghy.edu.vn/gioi-thieu/kiem-diem-tap-the-ca-nhan-va-danh-gia-xep-loai-chat-luong-tc.html" },
  canTho: { title: "baocantho a19333: 2016 results", url: "https://baocantho.com.vn/nang-cao-nang-luc-lanh-dao-pham-chat-cua-nguoi-dung-dau-van-de-cap-bach-a19333.html" },
  hd16: { title: "thuvienphapluat 396122: Hướng dẫn 16-HD/BTCTW (2018)", url: "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Huong-dan-16-HD-BTCTW-2018-kiem-diem-danh-gia-chat-luong-to-chuc-dang-dang-vien-can-bo-396122.aspx?newsid=21536" },
  hd21: { title: "baohaiduong 364328: year-end review under HD 21", url: "https://baohaiduong.vn/en/lam-tot-viec-kiem-diem-cuoi-nam-364328.html" },
  q132MemberExcellent: { title: "thuvienphapluat 4C187: member HTXSNV and its 20% quota (HD 21)", url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/4C187-hd-co-giay-khen-hoan-thanh-xuat-sac-nhiem-vu-co-duoc-coi-la-dang-vien-du-tu-cach-hoan-thanh-xuat-sac-nhiem-vu.html" },
  q132Quota: { title: "lawnet 315501: HTXSNV of a chi bộ with a disciplined member", url: "https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/bo-may-hanh-chinh/chi-bo-co-dang-vien-vi-pham-ky-luat-dang-thi-chi-uy-co-duoc-xet-hoan-thanh-xuat-sac-nhiem-vu-315501" },
  q132MemberNotCompleted: { title: "thuvienphapluat 4B9E1: member KHTNV from 18/10/2019 (HD 21)", url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/4B9E1-hd-tieu-chuan-danh-gia-dang-vien-khong-hoan-thanh-nhiem-vu-tu-18-10-2019.html" },
  hd16NotCompleted: { title: "nguyenxuanphuc.org: member KHTNV under HD 16", url: "https://nguyenxuanphuc.org/nhung-truong-hop-dang-vien-bi-danh-gia-khong-hoan-thanh-nhiem-vu.html" },
  q132OrgExcellent: { title: "thuvienphapluat 127357-56271: HTXSNV of a party organization (HD 21)", url: "https://thuvienphapluat.vn/phap-luat/dieu-kien-de-to-chuc-dang-duoc-danh-gia-xep-loai-chat-luong-o-muc-hoan-thanh-xuat-sac-nhiem-vu-la-g-127357-56271.html" },
  q132Warning: { title: "thuvienphapluat 4BA5B: leadership member disciplined at cảnh cáo (HD 21)", url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/4BA5B-hd-dang-vien-giu-chuc-vu-quan-ly-bi-ky-luat-canh-cao-thi-xep-loai-dang-vien-ra-sao.html" },
  hd21Changes: { title: "dautri.mobi: HD 21 changes from HD 16", url: "https://dautri.mobi/huong-dan-phan-loai-dang-vien-nam-2018/" },
  q124Scope: { title: "baonghean 10261996: QĐ 124, who is rated", url: "https://baonghean.vn/en/quy-dinh-moi-cua-bo-chinh-tri-ve-kiem-diem-danh-gia-xep-loai-can-bo-10261996.html" },
  q124Collective: { title: "lawnet 15768: QĐ 124 levels of collectives and the 20% quota", url: "https://lawnet.vn/giao-duc/en/guidelines-for-evaluation-and-classification-of-communist-party-members-according-to-regulation-124--15768.html" },
  q124Individual: { title: "lawnet 126034: QĐ 124 HTXSNV of an individual", url: "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/new-regulations-on-annual-quality-ranking-criteria-in-the-political-system-in-vietnam-126034.html" },
  q124NotCompleted: { title: "xaydungchinhsach.chinhphu.vn: QĐ 124 cases of KHTNV", url: "https://xaydungchinhsach.chinhphu.vn/print/quy-dinh-124-qd-tw-cac-truong-hop-tap-the-ca-nhan-duoc-xep-loai-khong-hoan-thanh-nhiem-vu-119231009165620474.htm" },
  q124Disciplined: { title: "thuvienphapluat 14143: individual disciplined → KHTNV (Art. 12, 4.3.d)", url: "https://thuvienphapluat.vn/lao-dong-tien-luong/cong-chuc-vien-chuc-la-dang-vien-bi-ky-luat-khien-trach-thi-cuoi-nam-xep-loai-gi-14143.html" },
  q124Process: { title: "lawnet 167960: QĐ 124 process (Art. 11)", url: "https://lawnet.vn/en/laws/process-for-evaluating-and-classifying-quality-in-the-political-system-as-stipulated-by-regulation-1-167960.html" },
  hd25: { title: "hieuluat 43683: Hướng dẫn 25-HD/BTCTW (2023)", url: "https://hieuluat.vn/hanh-chinh/huong-dan-25-hd-btctw-ban-to-chuc-ban-chap-hanh-trung-uong-43683.html" },
  q366News: { title: "laodong 1577427: QĐ 366 of the Politburo", url: "https://news.laodong.vn/thoi-su/quy-dinh-moi-cua-bo-chinh-tri-ve-kiem-diem-danh-gia-xep-loai-tap-the-ca-nhan-1577427.ldo" },
  q366Dantri: { title: "dantri: QĐ 366, scoring from the centre to the grassroots", url: "https://dantri.com.vn/thoi-su/bo-chinh-tri-quy-dinh-cham-diem-lanh-dao-tu-cap-cao-den-co-so-20250920071540684.htm" },
  q366Scope: { title: "thanhnien 185250920111919699: QĐ 366, 100-point scale and scope", url: "https://thanhnien.vn/bo-chinh-tri-ban-hanh-tieu-chi-danh-gia-can-bo-dang-vien-theo-thang-diem-100-185250920111919699.htm" },
  q366Framework: { title: "vietnamnet 2444515: QĐ 366 criteria frameworks (30 + 70 points)", url: "https://vietnamnet.vn/khung-tieu-chi-danh-gia-thang-diem-100-voi-can-bo-dien-trung-uong-quan-ly-2444515.html" },
  q366Excellent: { title: "tintuc.thuvienphapluat 100238: HTXSNV under QĐ 366", url: "http://tintuc.thuvienphapluat.com/ho-tro-phap-luat/tu-van-phap-luat/100238/ty-le-dang-vien-hoan-thanh-xuat-sac-nhiem-vu-nam-2025" },
  q366ExcellentScore: { title: "laodong 1578058: score for HTXSNV under QĐ 366", url: "https://ja.laodong.vn/thoi-su/diem-danh-gia-de-tinh-xep-loai-tap-the-ca-nhan-hoan-thanh-xuat-sac-nhiem-vu-1578058.ldo" },
  q366Good: { title: "laodong 1579399: HTTNV and HTNV under QĐ 366", url: "https://ja.laodong.vn/thoi-su/thang-diem-danh-gia-de-tinh-xep-loai-tap-the-ca-nhan-hoan-thanh-tot-nhiem-vu-1579399.ldo" },
  hd43: { title: "encovietnam 5216: Hướng dẫn 43-HD/BTCTW (2025)", url: "https://www.encovietnam.com/ban-tin-phap-luat/140-hanh-chinh/5216-da-co-huong-dan-43-hd-btctw-ve-kiem-diem-danh-gia-xep-loai-chat-luong-trong-he-thong-chinh-tri.html" },
  nd335: { title: "cafef 188251228100335529: Nghị định 335/2025/NĐ-CP, civil servants", url: "https://cafef.vn/cong-chuc-khong-hoan-thanh-nhiem-vu-trong-truong-hop-nao-188251228100335529.chn" },
  nd335Rules: { title: "laodong 1631174: civil-servant ratings from 1/1/2026", url: "https://news.laodong.vn/thoi-su/quy-dinh-moi-ve-danh-gia-xep-loai-chat-luong-cong-chuc-tu-112026-1631174.ldo" },
  nd335Leaders: { title: "laodong 1632999: deputy heads rated on more criteria", url: "https://news.laodong.vn/thoi-su/cong-chuc-lanh-dao-quan-ly-la-cap-pho-duoc-danh-gia-nhieu-tieu-chi-1632999.ldo" },
  hnd: { title: "Hội Nông dân Yên Bái: HD 413-HD/HNDTW (2012), four levels of a cơ sở Hội", url: "http://hoinongdanyenbai.org.vn/FAQ/?Userkey=Cau-hoi-Can-cu-de-danh-gia-phan-xep-loai-co-so-Hoi-" },
  namNhun: { title: "Nông thôn Ngày nay / Dân Việt / Trang Trại Việt: Nậm Nhùn report (MTTQ and mass organizations rated tốt / khá / trung bình; commune governments “khá, tốt trở lên”)" },
} as const satisfies Record<string, Source>;

// ---------------------------------------------------------------------------------------------
// The four labels used since 2018, shared by QĐ 132, QĐ 124, QĐ 366 and ND 335.

const L_EXCELLENT = {
  code: "excellent",
  tier: 1,
  label: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Tasks completed excellently" },
  abbreviations: ["HTXSNV", "HTXS"],
} as const satisfies SchemeLevel;
const L_GOOD = {
  code: "good",
  tier: 2,
  label: { vi: "Hoàn thành tốt nhiệm vụ", en: "Tasks completed well" },
  abbreviations: ["HTTNV", "HTT"],
} as const satisfies SchemeLevel;
const L_COMPLETED = {
  code: "completed",
  tier: 3,
  label: { vi: "Hoàn thành nhiệm vụ", en: "Tasks completed" },
  abbreviations: ["HTNV", "HT"],
} as const satisfies SchemeLevel;
const L_NOT_COMPLETED = {
  code: "not-completed",
  tier: 4,
  label: { vi: "Không hoàn thành nhiệm vụ", en: "Tasks not completed" },
  abbreviations: ["KHTNV", "KHT"],
} as const satisfies SchemeLevel;

const POLITBURO = { vi: "Bộ Chính trị", en: "Politburo" } as const;
const BTCTW = { vi: "Ban Tổ chức Trung ương", en: "Central Organization Commission" } as const;
const GOVERNMENT = { vi: "Chính phủ", en: "Government" } as const;

// ---------------------------------------------------------------------------------------------

/**
 * Quy định 366-QĐ/TW (Politburo, 30/8/2025), guided by HD 43-HD/BTCTW (31/10/2025): a 100-point
 * scale (30 general + 70 task results) for collectives and individuals from the centre to the
 * grassroots, including the Fatherland Front and the socio-political organizations (R1–R5).
 *
 * - HTXSNV from 90 points, with 100% of tasks on time and ≥ 30% exceeded, 100% of past
 *   shortcomings fixed, and for a collective no subordinate unit and no member of the leadership
 *   disciplined (leaders: the units they lead complete 100% with ≥ 30% exceeded);
 * - HTTNV from 70 points, with 100% of tasks on time (leaders: their units too);
 * - HTNV from 50 points, with 100% of tasks done and at most 20% behind schedule;
 * - KHTNV below 50 points.
 *
 * UNCONFIRMED, kept as documented defaults (`confirmed: false`): the effective date (taken as
 * the signing date); the conditions forcing KHTNV (by analogy with QĐ 124 and ND 335); who is
 * not rated (as in QĐ 124); and the quota, 20% of those rated HTTNV per group of similar role.
 *
 * @example
 * ```ts
 * QD_366_2025.id;                                  //=> "qd-366-2025"
 * QD_366_2025.levels.map((l) => l.band?.min ?? 0); //=> [90, 70, 50, 0]
 * QD_366_2025.quotas[0].confirmed;                 //=> false
 * Object.isFrozen(QD_366_2025.levels[0]);          //=> true
 * ```
 */
export const QD_366_2025 = /* @__PURE__ */ frozen({
  id: "qd-366-2025",
  name: {
    vi: "Quy định 366-QĐ/TW về kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân trong hệ thống chính trị",
    en: "Regulation 366-QĐ/TW on reviewing, assessing and rating the quality of collectives and individuals in the political system",
  },
  shortName: { vi: "QĐ 366-QĐ/TW (2025)", en: "Regulation 366 (2025)" },
  documents: [
    { number: "366-QĐ/TW", issuer: POLITBURO, date: "2025-08-30" },
    { number: "43-HD/BTCTW", issuer: BTCTW, date: "2025-10-31" },
  ],
  effectiveFrom: "2025-08-30",
  assessmentYears: { from: 2025 },
  replaces: "qd-124-2023",
  sources: [S.q366News, S.q366Dantri, S.q366Scope, S.q366Framework, S.q366Excellent, S.q366ExcellentScore, S.q366Good, S.hd43],
  appliesTo: { subjectKinds: ["person", "organization"], roles: ["individual", "leader", "collective"] },
  score: { min: 0, max: 100 },
  levels: [
    {
      ...L_EXCELLENT,
      band: { min: 90 },
      requires: [
        { fact: "tasksOnTime", op: ">=", value: [100, 100], subjects: ["individual", "collective"], source: S.q366Excellent.url },
        { fact: "tasksExceeded", op: ">=", value: [30, 100], subjects: ["individual", "collective"], source: S.q366Excellent.url },
        { fact: "ledUnitTasksOnTime", op: ">=", value: [100, 100], subjects: ["leader"], source: S.q366Excellent.url },
        { fact: "ledUnitTasksExceeded", op: ">=", value: [30, 100], subjects: ["leader"], source: S.q366Excellent.url },
        { fact: "subordinateDisciplined", op: "==", value: false, subjects: ["collective"], source: S.q366Excellent.url },
        { fact: "leadershipMemberDisciplined", op: "==", value: false, subjects: ["collective"], source: S.q366Excellent.url },
        { fact: "shortcomingsFixed", op: ">=", value: [100, 100], source: S.q366Excellent.url },
      ],
    },
    {
      ...L_GOOD,
      band: { min: 70, below: 90 },
      requires: [
        { fact: "tasksOnTime", op: ">=", value: [100, 100], subjects: ["individual", "collective"], source: S.q366Good.url },
        { fact: "ledUnitTasksOnTime", op: ">=", value: [100, 100], subjects: ["leader"], source: S.q366Good.url },
      ],
    },
    {
      ...L_COMPLETED,
      band: { min: 50, below: 70 },
      requires: [
        { fact: "tasksCompleted", op: ">=", value: [100, 100], source: S.q366Good.url },
        { fact: "tasksBehindSchedule", op: "<=", value: [20, 100], source: S.q366Good.url },
      ],
    },
    { ...L_NOT_COMPLETED, band: { below: 50 } },
  ],
  forcing: [
    { level: "not-completed", when: [{ fact: "disciplined", op: "==", value: true }], subjects: ["individual", "leader"], confirmed: false },
    { level: "not-completed", when: [{ fact: "degradation", op: "==", value: true }], subjects: ["individual", "leader"], confirmed: false },
    { level: "not-completed", when: [{ fact: "prohibitedConduct", op: "==", value: true }], subjects: ["individual", "leader"], confirmed: false },
    { level: "not-completed", when: [{ fact: "corruptionInManagedUnit", op: "==", value: true }], subjects: ["leader"], confirmed: false },
  ],
  quotas: [
    {
      level: "excellent",
      share: [20, 100],
      baseLevel: "good",
      base: "level",
      per: "similar-group",
      confirmed: false,
      note: {
        vi: "Chưa xác nhận: Quy định 366 có hạn mức hay không; mặc định 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” như Quy định 124, Hướng dẫn 21 và Nghị định 335.",
        en: "Unconfirmed: whether Regulation 366 has a cap at all; the default is 20% of those rated “tasks completed well”, as in Regulation 124, Guidance 21 and Decree 335.",
      },
    },
  ],
  exclusions: [
    { when: [{ fact: "suspended", op: "==", value: true }], subjects: ["individual", "leader"], confirmed: false },
    { when: [{ fact: "monthsSinceAdmission", op: "<", value: 6 }], subjects: ["individual", "leader"], confirmed: false },
  ],
  notes: [
    {
      vi: "Ngày hiệu lực chưa xác nhận: lấy ngày ký 30/8/2025; báo chí đưa tin ngày 20/9/2025.",
      en: "Effective date unconfirmed: taken as the signing date, 30/8/2025; the press reported it on 20/9/2025.",
    },
    {
      vi: "Các trường hợp buộc xếp loại “Không hoàn thành nhiệm vụ” và các trường hợp không xếp loại chưa xác nhận; tạm theo Quy định 124 và Nghị định 335.",
      en: "The cases forcing “tasks not completed” and the cases not rated are unconfirmed; taken from Regulation 124 and Decree 335 by analogy.",
    },
    {
      vi: "Có thể kiểm điểm theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần thiết (kỳ đánh giá có thể là quý, ví dụ \"2026-Q1\").",
      en: "Reviews may be per term, yearly, quarterly or when needed (a rating period may be a quarter, e.g. \"2026-Q1\").",
    },
  ],
} as const satisfies Scheme);

/**
 * Quy định 124-QĐ/TW (Politburo, 04/10/2023), guided by HD 25-HD/BTCTW (10/11/2023), for the
 * assessment years 2023 and 2024 (R6–R10). Levels follow the per-criterion levels (Xuất sắc /
 * Tốt / Trung bình / Kém):
 *
 * - HTXSNV: all criteria Tốt or above and the task-result criteria Xuất sắc; a collective has
 *   no subordinate organization and no leadership member disciplined; an individual met 100% of
 *   targets on schedule with ≥ 50% exceeded;
 * - HTTNV: all criteria Trung bình or above, task results Tốt or above;
 * - HTNV: all criteria Trung bình or above;
 * - KHTNV: a criterion at Kém, or one of the forcing cases (collective: < 50% of targets with key
 *   targets missed, the leadership disciplined, > 20% of subordinate units disciplined, corruption
 *   in a subordinate unit, disunity, a degraded member; individual: disciplined in the year, the
 *   unit led met < 50% of targets, degradation, forbidden conduct, breach of the duty to set an
 *   example).
 *
 * Quota: HTXSNV ≤ 20% of HTTNV per group of similar role, function and tasks. Not rated: members
 * suspended from party activity, and members admitted less than 6 months earlier.
 *
 * @example
 * ```ts
 * QD_124_2023.assessmentYears;                      //=> { from: 2023, to: 2024 }
 * QD_124_2023.quotas[0].share;                      //=> [20, 100]
 * QD_124_2023.exclusions.map((e) => e.when[0].fact); //=> ["suspended", "monthsSinceAdmission"]
 * ```
 */
export const QD_124_2023 = /* @__PURE__ */ frozen({
  id: "qd-124-2023",
  name: {
    vi: "Quy định 124-QĐ/TW về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    en: "Regulation 124-QĐ/TW on the yearly review and quality rating of collectives and individuals in the political system",
  },
  shortName: { vi: "QĐ 124-QĐ/TW (2023)", en: "Regulation 124 (2023)" },
  documents: [
    { number: "124-QĐ/TW", issuer: POLITBURO, date: "2023-10-04" },
    { number: "25-HD/BTCTW", issuer: BTCTW, date: "2023-11-10" },
  ],
  effectiveFrom: "2023-10-04",
  effectiveTo: "2025-08-29",
  assessmentYears: { from: 2023, to: 2024 },
  replaces: "qd-132-2018",
  sources: [S.q124Scope, S.q124Collective, S.q124Individual, S.q124NotCompleted, S.q124Disciplined, S.q124Process, S.hd25],
  appliesTo: { subjectKinds: ["person", "organization"], roles: ["individual", "leader", "collective"] },
  levels: [
    {
      ...L_EXCELLENT,
      requires: [
        { fact: "criteriaLowest", op: ">=", value: "good", source: S.q124Collective.url },
        { fact: "taskCriteriaLowest", op: ">=", value: "excellent", source: S.q124Collective.url },
        { fact: "subordinateDisciplined", op: "==", value: false, subjects: ["collective"], source: S.q124Collective.url },
        { fact: "leadershipMemberDisciplined", op: "==", value: false, subjects: ["collective"], source: S.q124Collective.url },
        { fact: "tasksOnTime", op: ">=", value: [100, 100], subjects: ["individual", "leader"], source: S.q124Individual.url },
        { fact: "tasksExceeded", op: ">=", value: [50, 100], subjects: ["individual", "leader"], source: S.q124Individual.url },
      ],
    },
    {
      ...L_GOOD,
      requires: [
        { fact: "criteriaLowest", op: ">=", value: "average", source: S.q124Collective.url },
        { fact: "taskCriteriaLowest", op: ">=", value: "good", source: S.q124Collective.url },
      ],
    },
    {
      ...L_COMPLETED,
      requires: [{ fact: "criteriaLowest", op: ">=", value: "average", source: S.q124Collective.url }],
    },
    L_NOT_COMPLETED,
  ],
  forcing: [
    { level: "not-completed", when: [{ fact: "criteriaLowest", op: "<=", value: "poor" }], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "corruptionInSubordinate", op: "==", value: true }], subjects: ["collective"], source: S.q124NotCompleted.url },
    {
      level: "not-completed",
      when: [
        { fact: "targetsMet", op: "<", value: [50, 100] },
        { fact: "keyTargetsMissed", op: "==", value: true },
      ],
      subjects: ["collective"],
      source: S.q124NotCompleted.url,
    },
    { level: "not-completed", when: [{ fact: "leadershipDisciplined", op: "==", value: true }], subjects: ["collective"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "subordinatesDisciplined", op: ">", value: [20, 100] }], subjects: ["collective"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "disunity", op: "==", value: true }], subjects: ["collective"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "memberDegraded", op: "==", value: true }], subjects: ["collective"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "disciplined", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q124Disciplined.url },
    { level: "not-completed", when: [{ fact: "ledUnitTargetsMet", op: "<", value: [50, 100] }], subjects: ["leader"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "degradation", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "prohibitedConduct", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q124NotCompleted.url },
    { level: "not-completed", when: [{ fact: "exampleDutyBreach", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q124NotCompleted.url },
  ],
  quotas: [{ level: "excellent", share: [20, 100], baseLevel: "good", base: "level", per: "similar-group", source: S.q124Collective.url }],
  exclusions: [
    { when: [{ fact: "suspended", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q124Scope.url },
    { when: [{ fact: "monthsSinceAdmission", op: "<", value: 6 }], subjects: ["individual", "leader"], source: S.q124Scope.url },
  ],
  notes: [
    {
      vi: "Điều kiện “Hoàn thành tốt nhiệm vụ” và “Hoàn thành nhiệm vụ” được nguồn nêu cho tập thể; ở đây áp dụng cả cho cá nhân.",
      en: "The sources word the “tasks completed well” and “tasks completed” conditions for collectives; they are applied to individuals too.",
    },
    {
      vi: "Kỷ luật do tự phát hiện và khắc phục thì không tính (khi ghi dữ kiện “disciplined”, “corruptionInSubordinate”, hãy loại các trường hợp này).",
      en: "Discipline for a violation the subject detected and fixed itself does not count (leave such cases out of “disciplined” and “corruptionInSubordinate”).",
    },
    {
      vi: "Chưa xác nhận: ngưỡng về tỷ lệ đảng viên “Không hoàn thành nhiệm vụ” của chi bộ theo Quy định 124 / Hướng dẫn 25.",
      en: "Unconfirmed: any threshold on the share of a cell's members rated “tasks not completed” under Regulation 124 / Guidance 25.",
    },
  ],
} as const satisfies Scheme);

/**
 * Quy định 132-QĐ/TW (08/3/2018), guided by HD 16-HD/BTCTW (24/9/2018, assessment year 2018) and
 * HD 21-HD/BTCTW (18/10/2019, assessment years 2019–2022) (R11–R13). The rules here are HD 21's:
 *
 * - HTXSNV: the task-result criteria Xuất sắc and the rest Tốt or above; a member who is a cadre,
 *   civil servant or public employee also rated HTXSNV as such; a cell needs 100% of its members
 *   HTNV or above with ≥ 80% HTTNV or above, a committee the same of its subordinate
 *   organizations, and the same-level government, Fatherland Front and mass organizations HTTNV
 *   or above;
 * - KHTNV: member degraded, < 50% of targets met, rated KHTNV as a civil servant, or disciplined
 *   in the year; a collective whose leadership member was disciplined at "cảnh cáo" or above.
 *
 * Quota: members HTXSNV ≤ 20% of those rated HTTNV per grassroots party organization; a 20% cap
 * also applies to organizations (its grouping unconfirmed). Suspended members are not rated
 * (HD 21; HD 16 still rated them). The HTTNV and HTNV conditions are not in the sources and are
 * taken from QĐ 124 (`confirmed: false`).
 *
 * @example
 * ```ts
 * QD_132_2018.tree.map((t) => `${t.parentKinds[0]} ${t.childLevel} ${t.value.join("/")}`);
 * //=> ["party-cell completed 100/100", "party-cell good 80/100", "party-committee completed 100/100", "party-committee good 80/100"]
 * ```
 */
export const QD_132_2018 = /* @__PURE__ */ frozen({
  id: "qd-132-2018",
  name: {
    vi: "Quy định 132-QĐ/TW về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    en: "Regulation 132-QĐ/TW on the yearly review and quality rating of collectives and individuals in the political system",
  },
  shortName: { vi: "QĐ 132-QĐ/TW (2018)", en: "Regulation 132 (2018)" },
  documents: [
    { number: "132-QĐ/TW", issuer: POLITBURO, date: "2018-03-08" },
    { number: "16-HD/BTCTW", issuer: BTCTW, date: "2018-09-24" },
    { number: "21-HD/BTCTW", issuer: BTCTW, date: "2019-10-18" },
  ],
  effectiveFrom: "2018-03-08",
  effectiveTo: "2023-10-03",
  assessmentYears: { from: 2018, to: 2022 },
  sources: [S.hd16, S.hd21, S.q132MemberExcellent, S.q132Quota, S.q132MemberNotCompleted, S.hd16NotCompleted, S.q132OrgExcellent, S.q132Warning, S.hd21Changes],
  appliesTo: { subjectKinds: ["person", "organization"], roles: ["individual", "leader", "collective"] },
  levels: [
    {
      ...L_EXCELLENT,
      requires: [
        { fact: "taskCriteriaLowest", op: ">=", value: "excellent", source: S.q132MemberExcellent.url },
        { fact: "criteriaLowest", op: ">=", value: "good", source: S.q132MemberExcellent.url },
        { fact: "civilServiceLevel", op: ">=", value: "excellent", subjects: ["individual", "leader"], source: S.q132MemberExcellent.url },
        { fact: "sameLevelBodyBelowGood", op: "==", value: false, subjects: ["collective"], source: S.q132OrgExcellent.url },
      ],
    },
    {
      ...L_GOOD,
      requires: [
        { fact: "criteriaLowest", op: ">=", value: "average", confirmed: false },
        { fact: "taskCriteriaLowest", op: ">=", value: "good", confirmed: false },
      ],
    },
    { ...L_COMPLETED, requires: [{ fact: "criteriaLowest", op: ">=", value: "average", confirmed: false }] },
    L_NOT_COMPLETED,
  ],
  forcing: [
    { level: "not-completed", when: [{ fact: "degradation", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q132MemberNotCompleted.url },
    { level: "not-completed", when: [{ fact: "targetsMet", op: "<", value: [50, 100] }], subjects: ["individual", "leader"], source: S.q132MemberNotCompleted.url },
    { level: "not-completed", when: [{ fact: "civilServiceLevel", op: "<=", value: "not-completed" }], subjects: ["individual", "leader"], source: S.q132MemberNotCompleted.url },
    { level: "not-completed", when: [{ fact: "disciplined", op: "==", value: true }], subjects: ["individual", "leader"], source: S.q132MemberNotCompleted.url },
    { level: "not-completed", when: [{ fact: "leadershipMemberDisciplinedWarning", op: "==", value: true }], subjects: ["collective"], source: S.q132Warning.url },
  ],
  tree: [
    { parentKinds: ["party-cell"], children: "members", childLevel: "completed", direction: "at-or-above", op: ">=", value: [100, 100], effect: "required-for", level: "excellent", source: S.q132OrgExcellent.url },
    { parentKinds: ["party-cell"], children: "members", childLevel: "good", direction: "at-or-above", op: ">=", value: [80, 100], effect: "required-for", level: "excellent", source: S.q132OrgExcellent.url },
    { parentKinds: ["party-committee"], children: "subordinates", childLevel: "completed", direction: "at-or-above", op: ">=", value: [100, 100], effect: "required-for", level: "excellent", source: S.q132OrgExcellent.url },
    { parentKinds: ["party-committee"], children: "subordinates", childLevel: "good", direction: "at-or-above", op: ">=", value: [80, 100], effect: "required-for", level: "excellent", source: S.q132OrgExcellent.url },
  ],
  quotas: [
    { level: "excellent", share: [20, 100], baseLevel: "good", base: "level", per: "grassroots-organization", subjects: ["individual", "leader"], source: S.q132MemberExcellent.url },
    { level: "excellent", share: [20, 100], baseLevel: "good", base: "level", per: "similar-group", subjects: ["collective"], confirmed: false, source: S.q132OrgExcellent.url },
  ],
  exclusions: [{ when: [{ fact: "suspended", op: "==", value: true }], subjects: ["individual", "leader"], source: S.hd21Changes.url }],
  notes: [
    {
      vi: "Năm 2018 đánh giá theo Hướng dẫn 16 (vẫn xếp loại đảng viên bị đình chỉ sinh hoạt); từ năm 2019 theo Hướng dẫn 21.",
      en: "The 2018 review followed Guidance 16 (suspended members were still rated); from 2019, Guidance 21.",
    },
    {
      vi: "Điều kiện “Hoàn thành tốt nhiệm vụ” và “Hoàn thành nhiệm vụ” không có trong nguồn; tạm theo Quy định 124.",
      en: "The conditions of “tasks completed well” and “tasks completed” are not in the sources; taken from Regulation 124.",
    },
    {
      vi: "Tổ chức đảng xếp loại “Hoàn thành xuất sắc nhiệm vụ” được xét tặng danh hiệu “Trong sạch, vững mạnh” tiêu biểu.",
      en: "Party organizations rated “tasks completed excellently” are considered for the title of exemplary “clean and strong”.",
    },
  ],
} as const satisfies Scheme);

const HD_ORG_LEVELS = {
  exemplary: {
    code: "clean-strong-exemplary",
    tier: 1,
    label: { vi: "Trong sạch, vững mạnh tiêu biểu", en: "Clean and strong, exemplary" },
    abbreviations: ["TSVM tiêu biểu", "TSVMTB"],
    refines: "clean-strong",
  },
  cleanStrong: {
    code: "clean-strong",
    tier: 1,
    label: { vi: "Trong sạch, vững mạnh", en: "Clean and strong" },
    abbreviations: ["TSVM"],
  },
  good: { code: "good", tier: 2, label: L_GOOD.label, abbreviations: ["HTTNV", "HTT"] },
  completed: { code: "completed", tier: 3, label: L_COMPLETED.label, abbreviations: ["HTNV", "HT"] },
  weak: { code: "weak", tier: 4, label: { vi: "Yếu kém", en: "Weak" }, abbreviations: ["YK"] },
} as const satisfies Record<string, SchemeLevel>;

const HD_MEMBER_LEVELS = [
  {
    code: "excellent",
    tier: 1,
    label: { vi: "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", en: "Qualified, tasks completed excellently" },
    abbreviations: ["HTXSNV", "HTXS"],
  },
  {
    code: "good",
    tier: 2,
    label: { vi: "Đủ tư cách, hoàn thành tốt nhiệm vụ", en: "Qualified, tasks completed well" },
    abbreviations: ["HTTNV", "HTT"],
  },
  {
    code: "completed",
    tier: 3,
    label: { vi: "Đủ tư cách, hoàn thành nhiệm vụ", en: "Qualified, tasks completed" },
    abbreviations: ["HTNV", "HT"],
  },
  {
    code: "violated",
    tier: 4,
    label: { vi: "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", en: "In breach of membership standards, or tasks not completed" },
    abbreviations: ["VPTC", "KHTNV"],
  },
] as const satisfies readonly SchemeLevel[];

/**
 * Hướng dẫn 27-HD/BTCTW (25/9/2014), grassroots party organizations, assessment years 2014–2017
 * (R14, R15): a 100-point score and the labels Trong sạch, vững mạnh (with its "tiêu biểu"
 * subset, awarded by selection), Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Yếu kém.
 *
 * Yếu kém: under 50 points, or 50 or more with one of: disunity in the committee; corruption or
 * degradation serious enough that a member was disciplined; the same-level government rated at
 * the lowest level; at least 2 same-level Fatherland Front or socio-political organizations rated
 * at the lowest level; a committee with more than 1/3 of its subordinate organizations Yếu kém;
 * a cell with more than 1/2 of its members rated "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ"
 * (under {@link HD_27_2014_MEMBER}).
 *
 * UNCONFIRMED: the bands of TSVM (from 90) and HTTNV (from 70); any quota on "tiêu biểu".
 *
 * @example
 * ```ts
 * HD_27_2014.levels.map((l) => l.code);
 * //=> ["clean-strong-exemplary", "clean-strong", "good", "completed", "weak"]
 * HD_27_2014.levels[1].band; //=> { min: 90, confirmed: false }
 * ```
 */
export const HD_27_2014 = /* @__PURE__ */ frozen({
  id: "hd-27-2014",
  name: {
    vi: "Hướng dẫn 27-HD/BTCTW về đánh giá chất lượng tổ chức cơ sở đảng (chấm điểm 100)",
    en: "Guidance 27-HD/BTCTW on rating grassroots party organizations (100-point score)",
  },
  shortName: { vi: "HD 27-HD/BTCTW (2014), tổ chức cơ sở đảng", en: "Guidance 27 (2014), party organizations" },
  documents: [{ number: "27-HD/BTCTW", issuer: BTCTW, date: "2014-09-25" }],
  effectiveFrom: "2014-09-25",
  effectiveTo: "2018-03-07",
  assessmentYears: { from: 2014, to: 2017 },
  replaces: "hd-20-2008",
  sources: [S.hd27, S.hd27Weak, S.dongThap, S.canTho],
  appliesTo: { subjectKinds: ["organization"], organizationKinds: ["party-committee", "party-cell"], roles: ["collective"] },
  score: { min: 0, max: 100 },
  levels: [
    { ...HD_ORG_LEVELS.exemplary, band: { min: 90, confirmed: false }, requires: [{ fact: "selectedExemplary", op: "==", value: true }] },
    { ...HD_ORG_LEVELS.cleanStrong, band: { min: 90, confirmed: false } },
    { ...HD_ORG_LEVELS.good, band: { min: 70, below: 90, confirmed: false } },
    { ...HD_ORG_LEVELS.completed, band: { min: 50, below: 70 } },
    { ...HD_ORG_LEVELS.weak, band: { below: 50 } },
  ],
  forcing: [
    { level: "weak", when: [{ fact: "disunity", op: "==", value: true }], source: S.hd27Weak.url },
    { level: "weak", when: [{ fact: "corruptionDisciplined", op: "==", value: true }], source: S.hd27Weak.url },
    { level: "weak", when: [{ fact: "governmentLowest", op: "==", value: true }], source: S.hd27Weak.url },
    { level: "weak", when: [{ fact: "massOrganizationsLowest", op: ">=", value: 2 }], source: S.hd27Weak.url },
  ],
  tree: [
    { parentKinds: ["party-committee"], children: "subordinates", childLevel: "weak", direction: "at-or-below", op: ">", value: [1, 3], effect: "forces", level: "weak", source: S.hd27Weak.url },
    { parentKinds: ["party-cell"], children: "members", childScheme: "hd-27-2014-member", childLevel: "violated", direction: "at-or-below", op: ">", value: [1, 2], effect: "forces", level: "weak", source: S.hd27Weak.url },
  ],
  notes: [
    {
      vi: "Chưa xác nhận: mức điểm của “Trong sạch, vững mạnh” (từ 90) và “Hoàn thành tốt nhiệm vụ” (từ 70); hạn mức “tiêu biểu”.",
      en: "Unconfirmed: the score bands of “clean and strong” (from 90) and “tasks completed well” (from 70); any cap on “exemplary”.",
    },
    {
      vi: "“Tiêu biểu” do cấp có thẩm quyền chọn trong số tổ chức “Trong sạch, vững mạnh” (dữ kiện selectedExemplary).",
      en: "“Exemplary” is selected by the competent level among the “clean and strong” organizations (fact selectedExemplary).",
    },
  ],
} as const satisfies Scheme);

/**
 * Hướng dẫn 27-HD/BTCTW (25/9/2014), party members, assessment years 2014–2017 (R15): Đủ tư
 * cách, hoàn thành xuất sắc / tốt / nhiệm vụ, and Vi phạm tư cách hoặc không hoàn thành nhiệm vụ.
 * The sources give the labels only, so {@link classify} cannot derive a level under it.
 *
 * @example
 * ```ts
 * HD_27_2014_MEMBER.levels[3].label.vi; //=> "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ"
 * ```
 */
export const HD_27_2014_MEMBER = /* @__PURE__ */ frozen({
  id: "hd-27-2014-member",
  name: {
    vi: "Hướng dẫn 27-HD/BTCTW về đánh giá chất lượng đảng viên",
    en: "Guidance 27-HD/BTCTW on rating party members",
  },
  shortName: { vi: "HD 27-HD/BTCTW (2014), đảng viên", en: "Guidance 27 (2014), party members" },
  documents: [{ number: "27-HD/BTCTW", issuer: BTCTW, date: "2014-09-25" }],
  effectiveFrom: "2014-09-25",
  effectiveTo: "2018-03-07",
  assessmentYears: { from: 2014, to: 2017 },
  replaces: "hd-20-2008-member",
  sources: [S.hd27, S.dongThap, S.schoolCell],
  appliesTo: { subjectKinds: ["person"], roles: ["individual", "leader"] },
  levels: HD_MEMBER_LEVELS,
  notes: [
    {
      vi: "Chưa xác nhận: hạn mức đảng viên xuất sắc (Đồng Tháp 2012: 16,19% số hoàn thành tốt, phù hợp với mức khoảng 20%).",
      en: "Unconfirmed: a cap on excellent members (Đồng Tháp 2012: 16.19% of those rated “well”, consistent with about 20%).",
    },
  ],
} as const satisfies Scheme);

/**
 * Hướng dẫn 20-HD/BTCTW (10/10/2008), grassroots party organizations, assessment years 2008–2013
 * (R15): the labels of {@link HD_27_2014} without a score. The sources give the labels only, so
 * {@link classify} cannot derive a level under it.
 *
 * @example
 * ```ts
 * HD_20_2008.levels.map((l) => l.tier); //=> [1, 1, 2, 3, 4]
 * ```
 */
export const HD_20_2008 = /* @__PURE__ */ frozen({
  id: "hd-20-2008",
  name: {
    vi: "Hướng dẫn 20-HD/BTCTW về đánh giá chất lượng tổ chức cơ sở đảng",
    en: "Guidance 20-HD/BTCTW on rating grassroots party organizations",
  },
  shortName: { vi: "HD 20-HD/BTCTW (2008), tổ chức cơ sở đảng", en: "Guidance 20 (2008), party organizations" },
  documents: [{ number: "20-HD/BTCTW", issuer: BTCTW, date: "2008-10-10" }],
  effectiveFrom: "2008-10-10",
  effectiveTo: "2014-09-24",
  assessmentYears: { from: 2008, to: 2013 },
  sources: [S.hd20, S.dongThap],
  appliesTo: { subjectKinds: ["organization"], organizationKinds: ["party-committee", "party-cell"], roles: ["collective"] },
  levels: [HD_ORG_LEVELS.exemplary, HD_ORG_LEVELS.cleanStrong, HD_ORG_LEVELS.good, HD_ORG_LEVELS.completed, HD_ORG_LEVELS.weak],
} as const satisfies Scheme);

/**
 * Hướng dẫn 20-HD/BTCTW (10/10/2008), party members, assessment years 2008–2013 (R15): the labels
 * of {@link HD_27_2014_MEMBER}.
 *
 * @example
 * ```ts
 * HD_20_2008_MEMBER.levels[0].label.vi; //=> "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ"
 * ```
 */
export const HD_20_2008_MEMBER = /* @__PURE__ */ frozen({
  id: "hd-20-2008-member",
  name: {
    vi: "Hướng dẫn 20-HD/BTCTW về đánh giá chất lượng đảng viên",
    en: "Guidance 20-HD/BTCTW on rating party members",
  },
  shortName: { vi: "HD 20-HD/BTCTW (2008), đảng viên", en: "Guidance 20 (2008), party members" },
  documents: [{ number: "20-HD/BTCTW", issuer: BTCTW, date: "2008-10-10" }],
  effectiveFrom: "2008-10-10",
  effectiveTo: "2014-09-24",
  assessmentYears: { from: 2008, to: 2013 },
  sources: [S.hd20, S.dongThap],
  appliesTo: { subjectKinds: ["person"], roles: ["individual", "leader"] },
  levels: HD_MEMBER_LEVELS,
} as const satisfies Scheme);

const MASS_AND_GOVERNMENT = [
  "people-council",
  "people-committee",
  "fatherland-front",
  "youth-union",
  "women-union",
  "farmers-union",
  "veterans-union",
  "trade-union",
] as const;

/**
 * The four-grade scale Tốt / Khá / Trung bình / Yếu, used for commune governments ("khá, tốt trở
 * lên") and, in the Nậm Nhùn report, for the Fatherland Front and mass organizations ("xếp loại
 * tốt 38,9%, khá 43%, trung bình 16,4%"). No rule derives a level: record the level given.
 *
 * UNCONFIRMED: the regulation behind it and its dates (DOMAIN.md §1e).
 *
 * @example
 * ```ts
 * FOUR_GRADE_GOOD.levels.map((l) => l.label.vi); //=> ["Tốt", "Khá", "Trung bình", "Yếu"]
 * ```
 */
export const FOUR_GRADE_GOOD = /* @__PURE__ */ frozen({
  id: "four-grade-good",
  name: {
    vi: "Thang bốn mức Tốt, Khá, Trung bình, Yếu (chính quyền, Mặt trận Tổ quốc, đoàn thể)",
    en: "Four-grade scale Good, Fair, Average, Weak (governments, Fatherland Front, mass organizations)",
  },
  shortName: { vi: "Tốt / Khá / Trung bình / Yếu", en: "Good / Fair / Average / Weak" },
  documents: [],
  assessmentYears: { from: 2008 },
  sources: [S.namNhun],
  appliesTo: { subjectKinds: ["organization"], organizationKinds: MASS_AND_GOVERNMENT, roles: ["collective"] },
  levels: [
    { code: "good", tier: 1, label: { vi: "Tốt", en: "Good" }, abbreviations: ["T"] },
    { code: "fair", tier: 2, label: { vi: "Khá", en: "Fair" }, abbreviations: ["K"] },
    { code: "average", tier: 3, label: { vi: "Trung bình", en: "Average" }, abbreviations: ["TB"] },
    { code: "weak", tier: 4, label: { vi: "Yếu", en: "Weak" }, abbreviations: ["Y"] },
  ],
  notes: [
    {
      vi: "Chưa xác nhận: văn bản quy định và thời gian áp dụng. Từ năm 2018, Quy định 132, 124, 366 áp dụng cho cả chính quyền, Mặt trận và đoàn thể, nhưng báo cáo Nậm Nhùn vẫn dùng thang này.",
      en: "Unconfirmed: the regulation behind it and its dates. From 2018 Regulations 132, 124 and 366 cover governments, the Front and mass organizations too, but the Nậm Nhùn report still uses this scale.",
    },
  ],
} as const satisfies Scheme);

/**
 * The four-grade scale Vững mạnh / Khá / Trung bình / Yếu of mass organizations' own ratings
 * (Hội Nông dân, HD 413-HD/HNDTW of 29/5/2012: four levels, the top one "Cơ sở Hội vững mạnh";
 * a chapter founded less than 6 months earlier is not rated). No rule derives a level.
 *
 * UNCONFIRMED: the names of the three lower levels (DOMAIN.md §1e).
 *
 * @example
 * ```ts
 * FOUR_GRADE_STRONG.levels[0].label; //=> { vi: "Vững mạnh", en: "Strong" }
 * ```
 */
export const FOUR_GRADE_STRONG = /* @__PURE__ */ frozen({
  id: "four-grade-strong",
  name: {
    vi: "Thang bốn mức Vững mạnh, Khá, Trung bình, Yếu (đánh giá của các đoàn thể)",
    en: "Four-grade scale Strong, Fair, Average, Weak (mass organizations' own ratings)",
  },
  shortName: { vi: "Vững mạnh / Khá / Trung bình / Yếu", en: "Strong / Fair / Average / Weak" },
  documents: [{ number: "413-HD/HNDTW", issuer: { vi: "Trung ương Hội Nông dân Việt Nam", en: "Vietnam Farmers' Union (central)" }, date: "2012-05-29" }],
  effectiveFrom: "2012-05-29",
  assessmentYears: { from: 2012 },
  sources: [S.hnd],
  appliesTo: {
    subjectKinds: ["organization"],
    organizationKinds: ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union", "trade-union"],
    roles: ["collective"],
  },
  levels: [
    { code: "strong", tier: 1, label: { vi: "Vững mạnh", en: "Strong" }, abbreviations: ["VM"] },
    { code: "fair", tier: 2, label: { vi: "Khá", en: "Fair" }, abbreviations: ["K"] },
    { code: "average", tier: 3, label: { vi: "Trung bình", en: "Average" }, abbreviations: ["TB"] },
    { code: "weak", tier: 4, label: { vi: "Yếu", en: "Weak" }, abbreviations: ["Y"] },
  ],
  exclusions: [{ when: [{ fact: "monthsSinceFounding", op: "<", value: 6 }], source: S.hnd.url }],
  notes: [
    {
      vi: "Chưa xác nhận: tên ba mức dưới (thường là Khá, Trung bình, Yếu).",
      en: "Unconfirmed: the names of the three lower levels (usually Fair, Average, Weak).",
    },
  ],
} as const satisfies Scheme);

/**
 * Nghị định 335/2025/NĐ-CP, civil servants and state administrative agencies, from 1/1/2026
 * (R17): HTXSNV from 90 points, HTTNV 70 to under 90, HTNV 50 to under 70, KHTNV under 50;
 * KHTNV also when degraded or violating what party members must not do, disciplined at
 * "khiển trách" or above in the year, or (managers) corruption in the unit; HTXSNV ≤ 20% of
 * HTTNV within the same agency and similar-task group. Scoring is monthly or quarterly; each
 * late product, or one failing its quality assessment, loses 25% of its points.
 *
 * @example
 * ```ts
 * ND_335_2025.effectiveFrom;           //=> "2026-01-01"
 * ND_335_2025.quotas[0].per;           //=> "agency-and-similar-group"
 * ```
 */
export const ND_335_2025 = /* @__PURE__ */ frozen({
  id: "nd-335-2025",
  name: {
    vi: "Nghị định 335/2025/NĐ-CP về đánh giá, xếp loại chất lượng công chức",
    en: "Decree 335/2025/NĐ-CP on assessing and rating civil servants",
  },
  shortName: { vi: "NĐ 335/2025/NĐ-CP", en: "Decree 335/2025" },
  documents: [{ number: "335/2025/NĐ-CP", issuer: GOVERNMENT }],
  effectiveFrom: "2026-01-01",
  assessmentYears: { from: 2026 },
  sources: [S.nd335, S.nd335Rules, S.nd335Leaders],
  appliesTo: { subjectKinds: ["person", "organization"], roles: ["individual", "leader", "collective"] },
  score: { min: 0, max: 100 },
  levels: [
    { ...L_EXCELLENT, band: { min: 90 } },
    { ...L_GOOD, band: { min: 70, below: 90 } },
    { ...L_COMPLETED, band: { min: 50, below: 70 } },
    { ...L_NOT_COMPLETED, band: { below: 50 } },
  ],
  forcing: [
    { level: "not-completed", when: [{ fact: "degradation", op: "==", value: true }], subjects: ["individual", "leader"], source: S.nd335.url },
    { level: "not-completed", when: [{ fact: "prohibitedConduct", op: "==", value: true }], subjects: ["individual", "leader"], source: S.nd335.url },
    { level: "not-completed", when: [{ fact: "disciplined", op: "==", value: true }], subjects: ["individual", "leader"], source: S.nd335.url },
    { level: "not-completed", when: [{ fact: "corruptionInManagedUnit", op: "==", value: true }], subjects: ["leader"], source: S.nd335.url },
  ],
  quotas: [
    {
      level: "excellent",
      share: [20, 100],
      baseLevel: "good",
      base: "level",
      per: "agency-and-similar-group",
      source: S.nd335.url,
      note: {
        vi: "Có ngoại lệ cho cơ quan, tổ chức có thành tích nổi trội.",
        en: "There is an exception for agencies with outstanding results.",
      },
    },
  ],
  notes: [
    {
      vi: "Chấm điểm theo tháng hoặc quý; mỗi sản phẩm chậm tiến độ hoặc không đạt yêu cầu chất lượng bị trừ 25% số điểm của sản phẩm đó.",
      en: "Scoring is monthly or quarterly; each product that is late or fails its quality assessment loses 25% of its points.",
    },
    {
      vi: "Kỷ luật tính từ mức khiển trách trở lên trong năm đánh giá.",
      en: "Discipline counts from a reprimand (khiển trách) upwards in the year assessed.",
    },
  ],
} as const satisfies Scheme);

/**
 * Every built-in scheme, newest first (the same objects as {@link SCHEMES}).
 *
 * @example
 * ```ts
 * BUILT_IN_SCHEMES.length;                          //=> 10
 * BUILT_IN_SCHEMES.filter((s) => s.score).map((s) => s.id); //=> ["qd-366-2025", "nd-335-2025", "hd-27-2014"]
 * ```
 */
export const BUILT_IN_SCHEMES = /* @__PURE__ */ Object.freeze([
  QD_366_2025,
  ND_335_2025,
  QD_124_2023,
  QD_132_2018,
  HD_27_2014,
  HD_27_2014_MEMBER,
  HD_20_2008,
  HD_20_2008_MEMBER,
  FOUR_GRADE_GOOD,
  FOUR_GRADE_STRONG,
] as const);

const PARTY_ORGS = ["organization", "party-committee", "party-cell", "party-group"] as const;
const ALL_ORGS = [...PARTY_ORGS, ...MASS_AND_GOVERNMENT, "other"] as const;

/**
 * Which scheme governs which assessment years for whom (DOMAIN.md §1 timeline), read by
 * {@link applicableScheme}. The first matching entry wins.
 *
 * @example
 * ```ts
 * SCHEME_TIMELINE.filter((e) => e.subjects.includes("person")).map((e) => e.scheme);
 * //=> ["hd-20-2008-member", "hd-27-2014-member", "qd-132-2018", "qd-124-2023", "qd-366-2025"]
 * ```
 */
export const SCHEME_TIMELINE: readonly TimelineEntry[] = /* @__PURE__ */ frozen([
  { from: 2008, to: 2013, subjects: PARTY_ORGS, scheme: "hd-20-2008" },
  { from: 2008, to: 2013, subjects: ["person"], scheme: "hd-20-2008-member" },
  { from: 2014, to: 2017, subjects: PARTY_ORGS, scheme: "hd-27-2014" },
  { from: 2014, to: 2017, subjects: ["person"], scheme: "hd-27-2014-member" },
  {
    from: 2008,
    to: 2017,
    subjects: MASS_AND_GOVERNMENT,
    scheme: "four-grade-good",
    confirmed: false,
    note: {
      vi: "Chưa xác nhận: thang Tốt / Khá / Trung bình / Yếu cho chính quyền, Mặt trận và đoàn thể trước năm 2018.",
      en: "Unconfirmed: the Good / Fair / Average / Weak scale for governments, the Front and mass organizations before 2018.",
    },
  },
  { from: 2018, to: 2022, subjects: ["person", ...ALL_ORGS], scheme: "qd-132-2018" },
  { from: 2023, to: 2024, subjects: ["person", ...ALL_ORGS], scheme: "qd-124-2023" },
  { from: 2025, subjects: ["person", ...ALL_ORGS], scheme: "qd-366-2025" },
  { from: 2026, subjects: ["civil-servant"], scheme: "nd-335-2025" },
] satisfies TimelineEntry[]);

/** @internal level tables of the built-in rating schemes, for the default level catalog. */
export const SCHEME_LEVEL_TABLES: readonly LevelTable[] = BUILT_IN_SCHEMES;
