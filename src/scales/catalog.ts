/**
 * The built-in training scales (DOMAIN.md §3, rules R26–R29) as frozen, sourced data, and their
 * level tables for the default level catalog.
 *
 * This module imports nothing but types and the dependency-free `_lib/freeze`: the model layer
 * reads it (dataset validation checks level codes against these tables, and the columnar index
 * orders level codes lowest first by them), so it must not pull in any logic.
 *
 * Recording conventions, decided here once:
 *
 * - **General education.** Record the main level (`primary`, `lower-secondary`,
 *   `upper-secondary`) or the grade as written (`"9/12"`, `"7/10"`): a grade is kept as given
 *   and counts as the level it completes. In the 12-year system, 5/12 completes primary, 9/12
 *   lower secondary and 12/12 upper secondary. In the former 10-year system (4 + 3 + 3 grades),
 *   4/10 completes primary, 7/10 lower secondary and 10/10 upper secondary. **Below primary
 *   school** (chưa tốt nghiệp tiểu học) is the level `below-primary`, or a grade below 5/12
 *   (below 4/10).
 * - **Equivalent levels** keep their own code, so nothing a user recorded is changed:
 *   cử nhân chính trị (`bachelor-politics`), cao cấp LLCT – hành chính
 *   (`advanced-administration`) and a certificate of equivalence (`advanced-certificate`) all
 *   rank with cao cấp (`advanced`); "sau đại học" (`postgraduate`) ranks with thạc sĩ.
 * @module
 */
import { deepFreeze as frozen } from "../_lib/freeze.js";
import type { LevelTable } from "../model/catalog.js";
import type { Scale, ScaleData } from "./types.js";


const FORMS = [
  // Phiếu đảng viên (Mẫu 2-HSĐV) and Lý lịch người xin vào Đảng (Mẫu 2-KNĐ), HD 09-HD/BTCTW (05/6/2017).
  "https://pgdgiolinhqt.edu.vn/phieu-dang-vien-moi-nhat/",
  "https://nhaxinhplaza.vn/?p=99991",
] as const;

const generalEducation = {
  id: "general-education",
  name: { vi: "Giáo dục phổ thông", en: "General education" },
  abbreviations: ["GDPT", "VH"],
  levels: [
    {
      code: "below-primary",
      rank: 0,
      label: { vi: "Chưa tốt nghiệp tiểu học", en: "Below primary school" },
      abbreviations: [],
      spellings: [
        "chưa đạt trình độ tiểu học",
        "chưa học hết tiểu học",
        "chưa hết tiểu học",
        "chưa xong tiểu học",
        "dưới tiểu học",
        "chưa tốt nghiệp cấp 1",
        "mù chữ",
        "không biết chữ",
        "chưa đi học",
        "below primary",
      ],
    },
    { code: "1/12", rank: 0, label: { vi: "Lớp 1/12", en: "Grade 1 of 12" }, abbreviations: [], spellings: ["1", "1 hệ 12 năm"], equivalentTo: "below-primary", grade: { completed: 1, of: 12 } },
    { code: "2/12", rank: 0, label: { vi: "Lớp 2/12", en: "Grade 2 of 12" }, abbreviations: [], spellings: ["2", "2 hệ 12 năm"], equivalentTo: "below-primary", grade: { completed: 2, of: 12 } },
    { code: "3/12", rank: 0, label: { vi: "Lớp 3/12", en: "Grade 3 of 12" }, abbreviations: [], spellings: ["3", "3 hệ 12 năm"], equivalentTo: "below-primary", grade: { completed: 3, of: 12 } },
    { code: "4/12", rank: 0, label: { vi: "Lớp 4/12", en: "Grade 4 of 12" }, abbreviations: [], spellings: ["4", "4 hệ 12 năm"], equivalentTo: "below-primary", grade: { completed: 4, of: 12 } },
    { code: "1/10", rank: 0, label: { vi: "Lớp 1/10", en: "Grade 1 of 10" }, abbreviations: [], spellings: ["1 hệ 10 năm"], equivalentTo: "below-primary", grade: { completed: 1, of: 10 } },
    { code: "2/10", rank: 0, label: { vi: "Lớp 2/10", en: "Grade 2 of 10" }, abbreviations: [], spellings: ["2 hệ 10 năm"], equivalentTo: "below-primary", grade: { completed: 2, of: 10 } },
    { code: "3/10", rank: 0, label: { vi: "Lớp 3/10", en: "Grade 3 of 10" }, abbreviations: [], spellings: ["3 hệ 10 năm"], equivalentTo: "below-primary", grade: { completed: 3, of: 10 } },
    {
      code: "primary",
      rank: 1,
      label: { vi: "Tiểu học", en: "Primary school" },
      abbreviations: ["TH"],
      spellings: ["cấp 1", "cấp I", "cấp một", "phổ thông cấp 1", "primary"],
    },
    { code: "5/12", rank: 1, label: { vi: "Lớp 5/12", en: "Grade 5 of 12" }, abbreviations: [], spellings: ["5", "5 hệ 12 năm"], equivalentTo: "primary", grade: { completed: 5, of: 12 } },
    { code: "6/12", rank: 1, label: { vi: "Lớp 6/12", en: "Grade 6 of 12" }, abbreviations: [], spellings: ["6", "6 hệ 12 năm"], equivalentTo: "primary", grade: { completed: 6, of: 12 } },
    { code: "7/12", rank: 1, label: { vi: "Lớp 7/12", en: "Grade 7 of 12" }, abbreviations: [], spellings: ["7", "7 hệ 12 năm"], equivalentTo: "primary", grade: { completed: 7, of: 12 } },
    { code: "8/12", rank: 1, label: { vi: "Lớp 8/12", en: "Grade 8 of 12" }, abbreviations: [], spellings: ["8", "8 hệ 12 năm"], equivalentTo: "primary", grade: { completed: 8, of: 12 } },
    { code: "4/10", rank: 1, label: { vi: "Lớp 4/10", en: "Grade 4 of 10" }, abbreviations: [], spellings: ["4 hệ 10 năm"], equivalentTo: "primary", grade: { completed: 4, of: 10 } },
    { code: "5/10", rank: 1, label: { vi: "Lớp 5/10", en: "Grade 5 of 10" }, abbreviations: [], spellings: ["5 hệ 10 năm"], equivalentTo: "primary", grade: { completed: 5, of: 10 } },
    { code: "6/10", rank: 1, label: { vi: "Lớp 6/10", en: "Grade 6 of 10" }, abbreviations: [], spellings: ["6 hệ 10 năm"], equivalentTo: "primary", grade: { completed: 6, of: 10 } },
    {
      code: "lower-secondary",
      rank: 2,
      label: { vi: "Trung học cơ sở", en: "Lower secondary school" },
      abbreviations: ["THCS", "PTCS"],
      spellings: ["cấp 2", "cấp II", "cấp hai", "phổ thông cơ sở", "phổ thông cấp 2", "lower secondary"],
    },
    { code: "9/12", rank: 2, label: { vi: "Lớp 9/12", en: "Grade 9 of 12" }, abbreviations: [], spellings: ["9", "9 hệ 12 năm"], equivalentTo: "lower-secondary", grade: { completed: 9, of: 12 } },
    { code: "10/12", rank: 2, label: { vi: "Lớp 10/12", en: "Grade 10 of 12" }, abbreviations: [], spellings: ["10", "10 hệ 12 năm"], equivalentTo: "lower-secondary", grade: { completed: 10, of: 12 } },
    { code: "11/12", rank: 2, label: { vi: "Lớp 11/12", en: "Grade 11 of 12" }, abbreviations: [], spellings: ["11", "11 hệ 12 năm"], equivalentTo: "lower-secondary", grade: { completed: 11, of: 12 } },
    { code: "7/10", rank: 2, label: { vi: "Lớp 7/10", en: "Grade 7 of 10" }, abbreviations: [], spellings: ["7 hệ 10 năm"], equivalentTo: "lower-secondary", grade: { completed: 7, of: 10 } },
    { code: "8/10", rank: 2, label: { vi: "Lớp 8/10", en: "Grade 8 of 10" }, abbreviations: [], spellings: ["8 hệ 10 năm"], equivalentTo: "lower-secondary", grade: { completed: 8, of: 10 } },
    { code: "9/10", rank: 2, label: { vi: "Lớp 9/10", en: "Grade 9 of 10" }, abbreviations: [], spellings: ["9 hệ 10 năm"], equivalentTo: "lower-secondary", grade: { completed: 9, of: 10 } },
    {
      code: "upper-secondary",
      rank: 3,
      label: { vi: "Trung học phổ thông", en: "Upper secondary school" },
      abbreviations: ["THPT", "PTTH", "BTTHPT"],
      spellings: ["cấp 3", "cấp III", "cấp ba", "phổ thông trung học", "phổ thông cấp 3", "tú tài", "upper secondary"],
    },
    { code: "12/12", rank: 3, label: { vi: "Lớp 12/12", en: "Grade 12 of 12" }, abbreviations: [], spellings: ["12", "12 hệ 12 năm"], equivalentTo: "upper-secondary", grade: { completed: 12, of: 12 } },
    { code: "10/10", rank: 3, label: { vi: "Lớp 10/10", en: "Grade 10 of 10" }, abbreviations: [], spellings: ["10 hệ 10 năm"], equivalentTo: "upper-secondary", grade: { completed: 10, of: 10 } },
  ],
  ignoredWords: [
    "trình độ văn hóa",
    "trình độ",
    "văn hóa",
    "giáo dục phổ thông",
    "đã tốt nghiệp",
    "tốt nghiệp",
    "bằng",
    "học hết lớp",
    "hết lớp",
    "lớp",
    "học hết",
    "học xong",
    "bổ túc văn hóa",
    "bổ túc",
    "BTVH",
    "BT",
  ],
  source: ["https://riclix.com/what-is-a-qualification-qualification/", ...FORMS],
  effectiveFrom: "2017-06-05",
  notes: {
    vi: "Cách ghi x/12, x/10 theo nguồn không chính thức (riclix); hệ 10 năm (4 + 3 + 3 lớp) là giả định. effectiveFrom là ngày của các mẫu 2-HSĐV, 2-KNĐ (HD 09-HD/BTCTW); thang được áp dụng cho văn bằng ở mọi thời điểm.",
    en: "The x/12 and x/10 notation comes from a non-official source (riclix); the 10-year system's 4 + 3 + 3 grades are assumed. effectiveFrom is the date of forms 2-HSĐV and 2-KNĐ (HD 09-HD/BTCTW); the scale is applied to qualifications of any date.",
  },
} as const satisfies Scale;

/**
 * General education (giáo dục phổ thông, trình độ văn hóa): below primary < tiểu học < trung học
 * cơ sở (THCS) < trung học phổ thông (THPT), and the grades `x/12` and `x/10` that count as them
 * (rule R28).
 *
 * @example
 * ```ts
 * GENERAL_EDUCATION.levels.filter((l) => l.equivalentTo === undefined).map((l) => l.code);
 * //=> ["below-primary", "primary", "lower-secondary", "upper-secondary"]
 * GENERAL_EDUCATION.levels.find((l) => l.code === "7/10")?.equivalentTo; //=> "lower-secondary"
 * Object.isFrozen(GENERAL_EDUCATION.levels[0]); //=> true
 * ```
 */
export const GENERAL_EDUCATION: ScaleData<typeof generalEducation> = /* @__PURE__ */ frozen(generalEducation);

const professional = {
  id: "professional",
  name: { vi: "Chuyên môn, nghiệp vụ", en: "Professional qualification" },
  abbreviations: ["CMNV"],
  levels: [
    {
      code: "none",
      rank: 0,
      label: { vi: "Chưa qua đào tạo", en: "No professional training" },
      abbreviations: [],
      spellings: ["chưa đào tạo", "không qua đào tạo", "chưa được đào tạo", "chưa", "không", "chưa có", "không có", "lao động phổ thông", "LĐPT", "none"],
    },
    {
      code: "elementary",
      rank: 1,
      label: { vi: "Sơ cấp", en: "Elementary vocational" },
      abbreviations: ["SC"],
      spellings: ["sơ cấp nghề", "chứng chỉ sơ cấp", "elementary"],
    },
    {
      code: "intermediate",
      rank: 2,
      label: { vi: "Trung cấp", en: "Intermediate vocational" },
      abbreviations: ["TC", "TCCN", "THCN"],
      spellings: ["trung cấp chuyên nghiệp", "trung cấp nghề", "trung học chuyên nghiệp", "trung cấp sư phạm", "intermediate"],
    },
    {
      code: "college",
      rank: 3,
      label: { vi: "Cao đẳng", en: "College" },
      abbreviations: ["CĐ", "CĐSP", "CĐN"],
      spellings: ["cao đẳng nghề", "cao đẳng sư phạm", "college"],
    },
    {
      code: "bachelor",
      rank: 4,
      label: { vi: "Đại học", en: "University (bachelor's)" },
      abbreviations: ["ĐH", "CN", "KS", "ĐHTC", "ĐHSP", "ĐHCQ"],
      spellings: ["cử nhân", "kỹ sư", "kĩ sư", "bác sĩ", "bác sỹ", "dược sĩ", "dược sỹ", "kiến trúc sư", "đại học sư phạm", "bachelor", "university"],
    },
    {
      code: "master",
      rank: 5,
      label: { vi: "Thạc sĩ", en: "Master's degree" },
      abbreviations: ["ThS", "Th.S"],
      spellings: ["thạc sỹ", "cao học", "bác sĩ chuyên khoa I", "bác sĩ chuyên khoa cấp I", "bác sĩ chuyên khoa 1", "BSCKI", "BSCK I", "master"],
    },
    {
      code: "postgraduate",
      rank: 5,
      label: { vi: "Sau đại học", en: "Postgraduate" },
      abbreviations: ["SĐH"],
      spellings: ["trên đại học", "postgraduate"],
      equivalentTo: "master",
    },
    {
      code: "doctor",
      rank: 6,
      label: { vi: "Tiến sĩ", en: "Doctorate" },
      abbreviations: ["TS", "TSKH", "PGS.TS", "GS.TS"],
      spellings: [
        "tiến sỹ",
        "tiến sĩ khoa học",
        "phó giáo sư",
        "phó giáo sư tiến sĩ",
        "giáo sư",
        "giáo sư tiến sĩ",
        "PGS TS",
        "GS TS",
        "bác sĩ chuyên khoa II",
        "bác sĩ chuyên khoa cấp II",
        "bác sĩ chuyên khoa 2",
        "BSCKII",
        "BSCK II",
        "doctor",
        "PhD",
      ],
    },
  ],
  ignoredWords: [
    "trình độ chuyên môn nghiệp vụ",
    "trình độ chuyên môn",
    "trình độ",
    "chuyên môn nghiệp vụ",
    "chuyên môn",
    "nghiệp vụ",
    "đã tốt nghiệp",
    "tốt nghiệp",
    "bằng",
    "hệ",
    "chính quy",
    "tại chức",
    "vừa làm vừa học",
    "từ xa",
    "liên thông",
    "văn bằng 2",
    "văn bằng hai",
    "chuyên ngành",
    "ngành",
  ],
  source: ["https://baolamdong.vn/toasoan-bandoc/202109/7256-cong-chuc-cap-xa-co-trinh-do-dai-hoc-sau-dai-hoc-3077610/", ...FORMS],
  effectiveFrom: "2017-06-05",
  notes: {
    vi: "effectiveFrom là ngày của các mẫu 2-HSĐV, 2-KNĐ (HD 09-HD/BTCTW); thang được áp dụng cho văn bằng ở mọi thời điểm. \"Sau đại học\" không rõ bậc được xếp ngang thạc sĩ.",
    en: "effectiveFrom is the date of forms 2-HSĐV and 2-KNĐ (HD 09-HD/BTCTW); the scale is applied to qualifications of any date. An unspecified \"sau đại học\" ranks with a master's degree.",
  },
} as const satisfies Scale;

/**
 * Professional qualification (trình độ chuyên môn, nghiệp vụ): chưa qua đào tạo < sơ cấp <
 * trung cấp < cao đẳng < đại học < thạc sĩ < tiến sĩ (rule R29). "Sau đại học" without more
 * detail is `postgraduate`, ranked with thạc sĩ (the least it can mean).
 *
 * @example
 * ```ts
 * PROFESSIONAL.levels.map((l) => l.code);
 * //=> ["none", "elementary", "intermediate", "college", "bachelor", "master", "postgraduate", "doctor"]
 * PROFESSIONAL.levels.find((l) => l.code === "master")?.label.vi; //=> "Thạc sĩ"
 * ```
 */
export const PROFESSIONAL: ScaleData<typeof professional> = /* @__PURE__ */ frozen(professional);

const politicalTheory = {
  id: "political-theory",
  name: { vi: "Lý luận chính trị", en: "Political theory" },
  abbreviations: ["LLCT"],
  levels: [
    {
      code: "none",
      rank: 0,
      label: { vi: "Chưa qua đào tạo", en: "No political-theory training" },
      abbreviations: [],
      spellings: ["chưa đào tạo", "không qua đào tạo", "chưa được đào tạo", "chưa", "không", "chưa có", "không có", "chưa học", "none"],
    },
    {
      code: "elementary",
      rank: 1,
      label: { vi: "Sơ cấp", en: "Elementary political theory" },
      abbreviations: ["SC", "SCLLCT", "SCCT"],
      spellings: ["elementary"],
    },
    {
      code: "intermediate",
      rank: 2,
      label: { vi: "Trung cấp", en: "Intermediate political theory" },
      abbreviations: ["TC", "TCLLCT", "TCCT"],
      spellings: ["intermediate"],
    },
    {
      code: "intermediate-administration",
      rank: 2,
      label: { vi: "Trung cấp lý luận chính trị – hành chính", en: "Intermediate political theory and public administration" },
      abbreviations: ["TC LLCT-HC", "TCLLCT-HC", "TCCT-HC", "TC-HC"],
      spellings: ["trung cấp LLCT-HC", "trung cấp chính trị hành chính", "trung cấp chính trị hành chánh"],
      equivalentTo: "intermediate",
    },
    {
      code: "advanced",
      rank: 3,
      label: { vi: "Cao cấp", en: "Advanced political theory" },
      abbreviations: ["CC", "CCLLCT", "CCCT"],
      spellings: ["advanced"],
    },
    {
      code: "bachelor-politics",
      rank: 3,
      label: { vi: "Cử nhân chính trị", en: "Bachelor of political theory" },
      abbreviations: ["CN", "CNCT", "CNLLCT"],
      spellings: ["cử nhân"],
      equivalentTo: "advanced",
    },
    {
      code: "advanced-administration",
      rank: 3,
      label: { vi: "Cao cấp lý luận chính trị – hành chính", en: "Advanced political theory and public administration" },
      abbreviations: ["CC LLCT-HC", "CCLLCT-HC", "CCCT-HC", "CC-HC"],
      spellings: ["cao cấp LLCT-HC", "cao cấp chính trị hành chính", "cao cấp chính trị hành chánh"],
      equivalentTo: "advanced",
    },
    {
      code: "advanced-certificate",
      rank: 3,
      label: { vi: "Giấy xác nhận tương đương cao cấp lý luận chính trị", en: "Certified equivalent of advanced political theory" },
      abbreviations: [],
      spellings: ["tương đương cao cấp", "xác nhận tương đương cao cấp", "giấy xác nhận tương đương trình độ cao cấp", "giấy xác nhận cao cấp"],
      equivalentTo: "advanced",
    },
  ],
  ignoredWords: [
    "trình độ lý luận chính trị",
    "trình độ",
    "lý luận chính trị",
    "lý luận",
    "chính trị",
    "LLCT",
    "đã tốt nghiệp",
    "tốt nghiệp",
    "bằng",
    "hệ",
    "tập trung",
    "không tập trung",
    "tại chức",
    "chứng chỉ",
  ],
  source: [
    "https://plo.vn/ban-to-chuc-trung-uong-huong-dan-ve-viec-xac-dinh-trinh-do-ly-luan-chinh-tri-post852822.html",
    "https://travelhhb.com/viec-lam-24h/huong-dan-khai-muc-trinh-do-chinh-tri-trong-so-yeu-ly-lich-c9355.html",
    "https://www.tinhhungyen.com/2022/08/hung-yen-79-5-so-cong-chuc-cap-xa-co-trinh-do-chuyen-mon-dai-hoc.html",
  ],
  effectiveFrom: "2004-01-09",
  notes: {
    vi: "effectiveFrom là ngày của QĐ 12-QĐ/TC-TTVH (09/1/2004) về cách ghi trình độ chính trị; thang được áp dụng cho văn bằng ở mọi thời điểm. Giấy xác nhận tương đương cấp trước 09/7/2021 được công nhận (KL 09-KL/TW).",
    en: "effectiveFrom is the date of QĐ 12-QĐ/TC-TTVH (09/1/2004) on recording political-theory levels; the scale is applied to qualifications of any date. Certificates of equivalence issued before 9 July 2021 are recognised (KL 09-KL/TW).",
  },
} as const satisfies Scale;

/**
 * Political theory (lý luận chính trị, LLCT): chưa qua đào tạo < sơ cấp < trung cấp < cao cấp,
 * with cử nhân chính trị, cao cấp LLCT – hành chính and a certificate of equivalence (giấy xác
 * nhận tương đương) ranked with cao cấp, and trung cấp LLCT – hành chính with trung cấp (rule R26).
 *
 * @example
 * ```ts
 * POLITICAL_THEORY.levels.filter((l) => l.rank === 3).map((l) => l.code);
 * //=> ["advanced", "bachelor-politics", "advanced-administration", "advanced-certificate"]
 * POLITICAL_THEORY.levels.find((l) => l.code === "bachelor-politics")?.label.vi; //=> "Cử nhân chính trị"
 * ```
 */
export const POLITICAL_THEORY: ScaleData<typeof politicalTheory> = /* @__PURE__ */ frozen(politicalTheory);

const stateManagement = {
  id: "state-management",
  name: { vi: "Quản lý nhà nước", en: "State management" },
  abbreviations: ["QLNN"],
  levels: [
    {
      code: "none",
      rank: 0,
      label: { vi: "Chưa qua bồi dưỡng", en: "No state-management training" },
      abbreviations: [],
      spellings: ["chưa qua đào tạo", "chưa", "không", "chưa có", "không có", "chưa học", "none"],
    },
    {
      code: "specialist",
      rank: 1,
      label: { vi: "Chuyên viên", en: "Specialist" },
      abbreviations: ["CV"],
      spellings: ["specialist"],
    },
    {
      code: "principal-specialist",
      rank: 2,
      label: { vi: "Chuyên viên chính", en: "Principal specialist" },
      abbreviations: ["CVC"],
      spellings: ["CV chính", "principal specialist"],
    },
    {
      code: "senior-specialist",
      rank: 3,
      label: { vi: "Chuyên viên cao cấp", en: "Senior specialist" },
      abbreviations: ["CVCC"],
      spellings: ["CV cao cấp", "senior specialist"],
    },
  ],
  ignoredWords: [
    "kiến thức quản lý nhà nước",
    "trình độ",
    "quản lý nhà nước",
    "QLNN",
    "kiến thức",
    "đã bồi dưỡng",
    "bồi dưỡng",
    "ngạch",
    "chương trình",
    "và tương đương",
    "tương đương",
    "chứng chỉ",
    "bằng",
    "tốt nghiệp",
    "hoàn thành",
    "lớp",
  ],
  source: [
    "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/guidelines-for-the-state-management-standards-for-individuals-with-a-degree-in-advanced-political-theory-in-vietnam-405134",
    ...FORMS,
  ],
  effectiveFrom: "2017-06-05",
  notes: {
    vi: "effectiveFrom là ngày của các mẫu 2-HSĐV, 2-KNĐ (HD 09-HD/BTCTW); thang được áp dụng cho chứng chỉ ở mọi thời điểm. \"Cán sự\" (chưa xác nhận) không có trong thang.",
    en: "effectiveFrom is the date of forms 2-HSĐV and 2-KNĐ (HD 09-HD/BTCTW); the scale is applied to certificates of any date. \"Cán sự\" (UNCONFIRMED as a tier) is not on the scale.",
  },
} as const satisfies Scale;

/**
 * State management (quản lý nhà nước, QLNN): chuyên viên < chuyên viên chính < chuyên viên cao
 * cấp (rule R27), with `none` for "chưa qua bồi dưỡng".
 *
 * @example
 * ```ts
 * STATE_MANAGEMENT.levels.map((l) => l.abbreviations[0] ?? l.code); //=> ["none", "CV", "CVC", "CVCC"]
 * ```
 */
export const STATE_MANAGEMENT: ScaleData<typeof stateManagement> = /* @__PURE__ */ frozen(stateManagement);

/** @internal level tables of the built-in scales, keyed by scale id. */
export const SCALE_LEVEL_TABLES: readonly LevelTable[] = [GENERAL_EDUCATION, PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT];

/**
 * The built-in training scales, by id.
 *
 * @example
 * ```ts
 * Object.keys(SCALES); //=> ["general-education", "professional", "political-theory", "state-management"]
 * SCALES["political-theory"] === POLITICAL_THEORY; //=> true
 * ```
 */
export const SCALES = /* @__PURE__ */ frozen({
  "general-education": GENERAL_EDUCATION,
  professional: PROFESSIONAL,
  "political-theory": POLITICAL_THEORY,
  "state-management": STATE_MANAGEMENT,
} as const satisfies { readonly [K in Scale["id"]]: Scale & { readonly id: K } });
