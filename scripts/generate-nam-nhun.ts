/**
 * The seeded generator of the Nậm Nhùn reference dataset (`namNhun` in `grassroots/testing`).
 *
 * `generateNamNhun()` builds the dataset deterministically (sfc32 from `createRandom`, fixed
 * seed, no clock); run directly (`npx tsx scripts/generate-nam-nhun.ts`) it writes
 * `src/testing/nam-nhun-data.ts`, the committed copy that `src/testing/nam-nhun.ts` loads. The
 * test test/testing/nam-nhun.test.ts checks that the two agree and that the library's metrics
 * compute every figure of the news report from these records; see src/testing/nam-nhun.ts for
 * the model and its choices.
 * @module
 */
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { civilFromDays, daysFromCivil, formatDay } from "../src/_lib/days.js";
import type { DatasetInput, Membership, Organization, Person, Post, Qualification, Rating, Unit } from "../src/index.js";
import { createRandom, type Random } from "../src/testing/random.js";

/** The seed: the district's founding date. */
export const NAM_NHUN_SEED = 20121102;

const FOUNDED = "2012-11-02";
const END = "2025-06-30"; // last day of the district (2025 reform)
const NEW_COMMUNES_FROM = "2025-07-01";
const T13 = "2013-06-30";
const T23 = "2023-06-30";
const WINDOW_FROM = "2013-07-01";

/** Targets the generator calibrates to (the published figures and the choices of the model). */
const TARGET = {
  members2023: 1890,
  admitted: 1090,
  cadres2013: { belowPrimary: 13, belowUpperSecondary: 106, noProfessional: 96, noPoliticalTheory: 154 },
  cadres2023: { master: 23, advanced: 51 },
  villageHeadMembers: 45,
  secretariesHeadingVillage: 36,
} as const;

// ---------------------------------------------------------------------------------------------
// Dates

function day(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
/** A random date in [from, to], its day of month moved to 2–28 (so +12 months and −1 day stay simple). */
function dateIn(r: Random, from: string, to: string): string {
  const [y, m, d] = civilFromDays(r.int(day(from), day(to)));
  const dd = Math.min(28, Math.max(2, d));
  const out = iso(y, m, dd);
  return out < from ? from : out > to ? to : out;
}
function plusMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Math.min(28, Number(date.slice(8, 10)));
  return iso(y + Math.floor(m / 12), (m % 12) + 1, d);
}
function plusYears(date: string, years: number): string {
  return plusMonths(date, 12 * years);
}
function dayBefore(date: string): string {
  return formatDay(day(date) - 1);
}
function min(a: string, b: string): string {
  return a < b ? a : b;
}
function max(a: string, b: string): string {
  return a > b ? a : b;
}
function inForce(date: string, start: string | undefined, end: string | undefined): boolean {
  return (start === undefined || start <= date) && (end === undefined || end >= date);
}

// ---------------------------------------------------------------------------------------------
// Names (invented: combinations of common family, middle and given names of each group)

type Ethnicity = "Thái" | "Hà Nhì" | "Mông" | "Dao" | "Cống" | "Si La" | "Mảng" | "La Hủ" | "Khơ Mú" | "Kinh";

interface NameParts {
  family: readonly string[];
  male: readonly string[];
  female: readonly string[];
  given: readonly string[];
  femaleGiven?: readonly string[];
}
const NAMES: Record<Ethnicity, NameParts> = {
  Thái: {
    family: ["Lò", "Lường", "Tòng", "Quàng", "Cầm", "Điêu", "Vì", "Lù", "Hoàng", "Mè", "Bạc", "Khoàng", "Sầm", "Chẩu", "Hà", "Lự"],
    male: ["Văn"],
    female: ["Thị"],
    given: ["Piêng", "Xuân", "Inh", "Chung", "Hặc", "Phanh", "Khăm", "Panh", "Ón", "Duẩn", "Khiêm", "Ngoan", "Hom", "Bun", "Chiến", "Lả", "Ún", "Xiêng", "Pọm", "Khao", "Thoan", "Pâng", "Ương", "Nọi", "Phóng", "Ản", "Lả", "Hiêng", "Tín", "Thắm", "Kiên", "Lợi", "Sương", "Chăn", "Dũng", "Hương", "Ngọc", "Thanh", "Tuyên", "Kim", "Lự", "Muôn", "Pặn", "Hưng", "Sáng", "Tiến", "Dương", "Thiêm", "Xôm", "Ngân", "Bình", "Cương", "Chính", "Diện", "Đôi", "Giáp", "Hào", "Hiến", "Hoan", "Huấn", "Kháy", "Khiết", "Lai", "Liêm", "Lịch", "Mạnh", "Minh", "Nghĩa", "Nhất", "Oai", "Pánh", "Phiêng", "Quân", "Quyết", "Sơn", "Sinh", "Tâm", "Thái", "Thể", "Thiện", "Thịnh", "Toán", "Tuân", "Uôn", "Vượng", "Xiền", "Yên", "Chiêm", "Hiếu", "Khánh"],
    femaleGiven: ["Ánh", "Thương", "Tươi", "Ín", "Pâng", "Ọn", "Xuân", "Hoa", "Lan", "Ngân", "Thoa", "Biên", "Hiền", "Mai", "Phương", "Thủy", "Xiêm", "Ương", "Nhung", "Hạnh", "Hằng", "Liên", "Mơ", "Ngọc", "Nga", "Oanh", "Quyên", "Sinh", "Tuyết", "Yến", "Bích", "Chăm", "Diệu", "Duyên", "Hà", "Hiên", "Hoài", "Kiều", "Lả", "Loan", "Ngoan", "Ón", "Phấn", "Sen", "Tâm", "Thắm", "Thơm", "Uyên", "Vân", "Xuyến"],
  },
  "Hà Nhì": {
    family: ["Pờ", "Chu", "Lỳ", "Phùng", "Sừng", "Lò", "Hù", "Ly", "Chang", "Pố"],
    male: ["A", "Xá", "Hừ", "Gà"],
    female: ["Thị", "Mỵ", "Lỳ"],
    given: ["Chà", "Xá", "Phì", "Chừ", "Gạ", "Hờ", "Lé", "Pha", "Chè", "Thó", "Mé", "Gố", "Hà", "Dế", "Chú", "Cà", "Sé", "Ló", "Pà", "Xè", "Tư", "Gừ", "Nhù", "Khừ", "Pù", "Chơ", "Dì", "Hồ", "Khó", "Lù", "Mơ", "Pơ", "Sừ", "Thè", "Xó"],
    femaleGiven: ["Chà", "Mé", "Pha", "Dế", "Ló", "Nhù", "Xè", "Hà", "Lé", "Sú", "Mừ", "Gạ", "Chú", "Hờ", "Thó"],
  },
  Mông: {
    family: ["Chang", "Giàng", "Sùng", "Vàng", "Lý", "Mùa", "Thào", "Hạng", "Lầu", "Hờ", "Cứ", "Tráng"],
    male: ["A", "Seo", "Chứ", "Sáy"],
    female: ["Thị", "Mỷ"],
    given: ["Sử", "Dơ", "Chứ", "Pó", "Páo", "Lử", "Chư", "Dình", "Tủa", "Súa", "Dế", "Sua", "Mang", "Chò", "Vư", "Của", "Nhè", "Chinh", "Lồng", "Tàng", "Sình", "Pềnh", "Dào", "Lầu", "Trống", "Chống", "Dũng", "Giàng", "Khua", "Lềnh", "Mua", "Nếnh", "Phử", "Sếnh", "Thào", "Vảng", "Xồng"],
    femaleGiven: ["Mỷ", "Dua", "Chá", "Sua", "Pàng", "Mai", "Dê", "Sính", "Lìa", "Dính", "Máy", "Chía", "Sú", "Xúa", "Lỳ"],
  },
  Dao: {
    family: ["Chảo", "Tẩn", "Lý", "Phàn", "Đặng", "Triệu", "Bàn", "Lò"],
    male: ["Văn", "Láo", "Ông", "Phủ"],
    female: ["Thị", "Mẩy", "Xa"],
    given: ["Phẩy", "Sơn", "Kiều", "Xoang", "Chòi", "Vảng", "Lở", "Tả", "Liều", "Sàng", "Quẩy", "Lìn", "Kiềm", "Tòn", "Xoan", "Phụ", "Chản", "Dùn"],
    femaleGiven: ["Mẩy", "Dính", "Xuân", "Chài", "Ton", "Nải", "Phây", "Quầy", "Liều", "Xoan"],
  },
  Cống: {
    family: ["Pạ", "Lò", "Hoàng", "Chang", "Lý", "Hù"],
    male: ["Văn"],
    female: ["Thị"],
    given: ["Sình", "Hừ", "Xe", "Pu", "Chạ", "Nhì", "Tùng", "Sàn", "Chí", "Phé", "Tọ", "Dê", "Lùng", "Hạy"],
    femaleGiven: ["Mê", "Pá", "Sa", "Chỉ", "Nọi", "Xè", "Hảy", "Lọi"],
  },
  "Si La": {
    family: ["Hù", "Pờ", "Lý", "Vàng", "Giàng"],
    male: ["Văn"],
    female: ["Thị"],
    given: ["Xuân", "Hừ", "Chà", "Lé", "Sá", "Chư", "Ly", "Kè", "Dơ", "Ngà"],
    femaleGiven: ["Ma", "Dé", "Chừ", "Xì", "Ngọa", "Pè"],
  },
  Mảng: {
    family: ["Lò", "Chìn", "Tao", "Vàng", "Lùng", "Pìn"],
    male: ["Văn"],
    female: ["Thị"],
    given: ["Tao", "Phìn", "Sơn", "Chăn", "Hiên", "Khằm", "Ươi", "Liệp", "Páo", "Tài", "Dùng", "Nhàn"],
    femaleGiven: ["Phiêng", "Ới", "Vìn", "Lạy", "Sinh", "Ún"],
  },
  "La Hủ": {
    family: ["Lý", "Chang", "Phàn", "Pờ", "Lò", "Vàng"],
    male: ["A", "Xà", "Gà"],
    female: ["Thị", "Na"],
    given: ["Pa", "Sá", "Thó", "Xe", "Gừ", "Nhi", "Phó", "Chè", "Dê", "Hừ", "Cừ", "Chà"],
    femaleGiven: ["Na", "Xú", "Mì", "Phá", "Sê", "Lừ"],
  },
  "Khơ Mú": {
    family: ["Lò", "Quàng", "Vì", "Cà", "Lường"],
    male: ["Văn"],
    female: ["Thị"],
    given: ["Khưn", "Ỏn", "Siêng", "Hương", "Cương", "Thoong", "Lanh", "Bun", "Khăn", "Mỏn", "Xiêng", "Pâu", "Chăm", "Dệt", "Hanh", "Khịa", "Lăm", "Ngọn", "Phòng", "Sưu", "Thoòng", "Uôn"],
    femaleGiven: ["Ói", "Siên", "Lả", "Khiêu", "Pẳng", "Xao", "Bua", "Chiên", "Hom", "Khoan", "Ngơi", "Phăn"],
  },
  Kinh: {
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Đinh", "Phan", "Hà", "Dương", "Lương", "Đào"],
    male: ["Văn", "Đức", "Minh", "Quang", "Trọng", "Xuân", "Hữu", "Mạnh", "Công", "Thế"],
    female: ["Thị", "Thu", "Thanh", "Ngọc", "Thúy", "Hồng"],
    given: ["Hùng", "Dũng", "Tuấn", "Hải", "Long", "Thắng", "Bình", "Cường", "Đông", "Giang", "Hiếu", "Huy", "Kiên", "Lâm", "Nam", "Phong", "Quý", "Sơn", "Thành", "Toàn", "Trung", "Việt", "Vinh", "Hòa", "Tâm"],
    femaleGiven: ["Hà", "Lan", "Hương", "Hằng", "Huyền", "Linh", "Loan", "Nga", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Vân", "Yến", "Dung", "Hạnh", "Liên", "Mai", "Thủy"],
  },
};

/** Shares of the groups among people in villages (most of the population) and among staff. */
const VILLAGE_MIX: readonly [Ethnicity, number][] = [
  ["Thái", 38], ["Hà Nhì", 15], ["Mông", 15], ["Dao", 8], ["Cống", 6], ["Mảng", 5], ["Khơ Mú", 5], ["La Hủ", 4], ["Si La", 2], ["Kinh", 2],
];
const STAFF_MIX: readonly [Ethnicity, number][] = [
  ["Thái", 45], ["Hà Nhì", 9], ["Mông", 9], ["Dao", 6], ["Cống", 3], ["Mảng", 3], ["Khơ Mú", 4], ["La Hủ", 2], ["Si La", 1], ["Kinh", 14],
];

function pickWeighted<T>(r: Random, items: readonly [T, number][]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = r.next() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return items[items.length - 1]![0];
}

// ---------------------------------------------------------------------------------------------
// Places

const COMMUNES: readonly { key: string; name: string; villages: readonly string[] }[] = [
  { key: "tt-nam-nhun", name: "Thị trấn Nậm Nhùn", villages: ["Nậm Nhùn", "Nậm Cầy", "Pá Kéo", "Co Lẹ", "Phiêng Pẳng"] },
  { key: "hua-bum", name: "Xã Hua Bum", villages: ["Hua Bum", "Pa Cheo", "Nậm Sảo", "Là Si", "Phi Chi", "Cò Khè", "Nậm Dê"] },
  { key: "muong-mo", name: "Xã Mường Mô", villages: ["Mường Mô", "Nậm Cuổi", "Huổi Dạo", "Nậm Hạ", "Tia Ma Mu", "Nậm Phìn"] },
  { key: "nam-cha", name: "Xã Nậm Chà", villages: ["Nậm Chà", "Nậm Piệt", "Nậm Sập", "Huổi Ban", "Nậm Đắc", "Pá Phao", "Nậm Cầu"] },
  { key: "nam-hang", name: "Xã Nậm Hàng", villages: ["Nậm Hàng", "Nậm Ngà", "Huổi Pao", "Lai Khoang", "Nậm Pặc", "Phiêng Lúc", "Huổi Lắc"] },
  { key: "nam-manh", name: "Xã Nậm Manh", villages: ["Nậm Manh", "Nậm Nhạt", "Huổi Chăn", "Pá Mít", "Nậm Lò", "Co Sản"] },
  { key: "pu-dao", name: "Xã Pú Đao", villages: ["Pú Đao", "Chăn Nuôi", "Nậm Ngập", "Pá Tần", "Huổi Đanh", "Nậm Mạ"] },
  { key: "le-loi", name: "Xã Lê Lợi", villages: ["Lê Lợi", "Chiêng Chăn", "Nậm Ngá", "Phìn Hồ", "Nậm Củm", "Pá Hạ", "Huổi Vạng"] },
  { key: "nam-pi", name: "Xã Nậm Pì", villages: ["Nậm Pì", "Nậm Lọ", "Ma Ký", "Tà Lò", "Nậm Xé", "Pa Mu"] },
  { key: "nam-ban", name: "Xã Nậm Ban", villages: ["Nậm Ban", "Nậm Khăn", "Nậm Xe", "Phìn Khò", "Huổi Ngá", "Pá Nậm", "Nậm Vạc"] },
  { key: "trung-chai", name: "Xã Trung Chải", villages: ["Trung Chải", "Nậm Sì", "Séo Lè", "Tả Phìn", "Lỳ Chồ", "Nậm Quá"] },
];

/** District agencies with a chi bộ cơ sở (grassroots cell) directly under the district committee. */
const DISTRICT_AGENCIES: readonly string[] = [
  "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy",
  "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp", "Phòng Tài nguyên và Môi trường",
  "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế và Hạ tầng", "Phòng Văn hóa và Thông tin", "Phòng Lao động - Thương binh và Xã hội",
  "Phòng Y tế", "Phòng Giáo dục và Đào tạo", "Thanh tra huyện", "Phòng Dân tộc", "Khối Mặt trận Tổ quốc và các đoàn thể huyện",
  "Trung tâm Y tế huyện", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "Trung tâm Văn hóa - Truyền thanh - Truyền hình",
  "Ban Quản lý dự án đầu tư xây dựng huyện", "Kho bạc Nhà nước huyện", "Chi cục Thuế huyện", "Chi cục Thống kê huyện",
  "Phòng giao dịch Ngân hàng Chính sách xã hội huyện", "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn huyện", "Hạt Kiểm lâm huyện",
  "Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện", "Chi cục Thi hành án dân sự huyện", "Bảo hiểm xã hội huyện",
  "Điện lực Nậm Nhùn", "Trung tâm Dịch vụ nông nghiệp huyện", "Trung tâm Chính trị huyện", "Trung tâm Phát triển quỹ đất huyện",
];
/** Founding dates of the agencies set up after the district's first months (index → date). */
const AGENCY_FOUNDED_LATER: Readonly<Record<number, string>> = { 20: "2014-03-12", 21: "2015-04-08", 22: "2016-02-15", 33: "2015-09-22", 34: "2017-05-10", 36: "2019-08-05" };

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * Builds the Nậm Nhùn reference dataset. Deterministic: every call returns the same data.
 *
 * @returns The dataset input, with every collection, `asOf` 2023-06-30.
 */
export function generateNamNhun(): DatasetInput & {
  asOf: string;
  organizations: Organization[];
  units: Unit[];
  people: Person[];
  memberships: Membership[];
  posts: Post[];
  qualifications: Qualification[];
  ratings: Rating[];
} {
  const r = createRandom(NAM_NHUN_SEED);
  const units: Unit[] = [];
  const organizations: Organization[] = [];
  const people: Person[] = [];
  const memberships: Membership[] = [];
  const posts: Post[] = [];
  const qualifications: Qualification[] = [];
  const ratings: Rating[] = [];
  const orgById = new Map<string, Organization>();
  const personById = new Map<string, Person>();
  const usedNames = new Set<string>();
  const birth = new Map<string, string>();

  const addUnit = (u: Unit): Unit => {
    units.push(u);
    return u;
  };
  const addOrg = (o: Organization): Organization => {
    organizations.push(o);
    orgById.set(o.id, o);
    return o;
  };

  // --- People -----------------------------------------------------------------------------
  let personSeq = 0;
  interface NewPerson {
    unitId: string;
    mix?: readonly [Ethnicity, number][];
    gender?: "male" | "female";
    /** Birth year range. */
    born: [number, number];
    ethnicity?: Ethnicity;
  }
  const newPerson = (o: NewPerson): string => {
    const id = `nn-p${String(++personSeq).padStart(4, "0")}`;
    const ethnicity = o.ethnicity ?? pickWeighted(r, o.mix ?? VILLAGE_MIX);
    const gender = o.gender ?? (r.chance(0.62) ? "male" : "female");
    const parts = NAMES[ethnicity];
    let name = "";
    for (let attempt = 0; attempt < 200; attempt++) {
      // Small groups share many given names with their Thái neighbours: borrow them when the
      // group's own combinations run out.
      const src = attempt < 60 ? parts : NAMES.Thái;
      const given = gender === "female" ? r.pick(src.femaleGiven ?? src.given) : r.pick(src.given);
      name = `${r.pick(parts.family)} ${r.pick(gender === "female" ? parts.female : parts.male)} ${given}`.normalize("NFC");
      if (!usedNames.has(name) && name !== "Trần Quốc Khanh") break;
    }
    usedNames.add(name);
    const b = dateIn(r, `${o.born[0]}-01-01`, `${o.born[1]}-12-28`);
    birth.set(id, b);
    const p: Person = { id, name, birthDate: b, gender, ethnicity, unitId: o.unitId };
    people.push(p);
    personById.set(id, p);
    return id;
  };

  // --- Memberships -------------------------------------------------------------------------
  interface Party {
    /** Index of the person's open membership in `memberships`, if any. */
    open?: number;
    admitted: string;
    official?: string;
    leftOn?: string;
  }
  const party = new Map<string, Party>();
  /** Ends a membership row on `date` (inclusive) for `reason`. */
  const endRow = (i: number, date: string, reason: NonNullable<Membership["endReason"]>): void => {
    const m = memberships[i]!;
    m.endDate = date;
    m.endReason = reason;
    if (m.officialDate !== undefined && m.officialDate > date && m.startReason === "admitted") delete m.officialDate;
  };
  /**
   * Makes `personId` a party member of organization `orgId`: admitted on `admission` when the
   * organization exists then, otherwise transferred in (from outside the district's records) on
   * the organization's founding date. Official 12 months after admission.
   */
  const join = (personId: string, orgId: string, admission: string): void => {
    const org = orgById.get(orgId)!;
    const founding = org.foundingDate;
    const official = plusYears(admission, 1);
    const m: Membership =
      founding !== undefined && admission < founding
        ? { personId, organizationId: orgId, startDate: founding, startReason: "transferred", officialDate: official }
        : { personId, organizationId: orgId, startDate: admission, startReason: "admitted", officialDate: official };
    memberships.push(m);
    party.set(personId, { open: memberships.length - 1, admitted: admission, official });
  };
  /** A member recognised elsewhere joins from outside the district on `date`. */
  const transferIn = (personId: string, orgId: string, date: string, admission: string): void => {
    memberships.push({ personId, organizationId: orgId, startDate: date, startReason: "transferred", officialDate: plusYears(admission, 1) });
    party.set(personId, { open: memberships.length - 1, admitted: admission, official: plusYears(admission, 1) });
  };
  /** Moves a member (official by then) to another organization: the old membership ends the day before. */
  const move = (personId: string, orgId: string, date: string): void => {
    const p = party.get(personId)!;
    const i = p.open!;
    const prev = memberships[i]!;
    if (prev.organizationId === orgId) return;
    endRow(i, dayBefore(date), "transferred");
    memberships.push({ personId, organizationId: orgId, startDate: date, startReason: "transferred" });
    p.open = memberships.length - 1;
  };
  const leave = (personId: string, date: string, reason: NonNullable<Membership["endReason"]>): void => {
    const p = party.get(personId)!;
    endRow(p.open!, date, reason);
    p.leftOn = date;
    delete p.open;
  };
  const isMember = (personId: string, date: string): boolean => {
    const p = party.get(personId);
    if (p === undefined) return false;
    const first = memberships.find((m) => m.personId === personId);
    return first !== undefined && first.startDate <= date && (p.leftOn === undefined || p.leftOn >= date);
  };
  /** A random admission date for someone born on `b`, at least 19 years old, in [from, to]. */
  const admissionFor = (b: string, from: string, to: string): string => dateIn(r, max(from, plusYears(b, 19)), max(max(from, plusYears(b, 19)), to));

  // --- Units and organizations --------------------------------------------------------------
  addUnit({ id: "lai-chau", name: "Tỉnh Lai Châu", kind: "province" });
  addUnit({ id: "nam-nhun", name: "Huyện Nậm Nhùn", kind: "district", parentId: "lai-chau", foundingDate: FOUNDED, dissolutionDate: END });
  addOrg({ id: "dang-bo-tinh", name: "Đảng bộ tỉnh Lai Châu", kind: "party-committee", level: "province", unitId: "lai-chau" });
  addOrg({ id: "huyen-uy", name: "Đảng bộ huyện Nậm Nhùn", kind: "party-committee", level: "district", parentId: "dang-bo-tinh", unitId: "nam-nhun", foundingDate: FOUNDED, dissolutionDate: END });
  const DISTRICT_BODY = (id: string, name: string, kind: Organization["kind"]): Organization =>
    addOrg({ id, name, kind, unitId: "nam-nhun", foundingDate: FOUNDED, dissolutionDate: END });
  DISTRICT_BODY("hdnd-huyen", "Hội đồng nhân dân huyện Nậm Nhùn", "people-council");
  DISTRICT_BODY("ubnd-huyen", "Ủy ban nhân dân huyện Nậm Nhùn", "people-committee");
  DISTRICT_BODY("mttq-huyen", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nậm Nhùn", "fatherland-front");
  DISTRICT_BODY("doan-huyen", "Huyện đoàn Nậm Nhùn", "youth-union");
  DISTRICT_BODY("phu-nu-huyen", "Hội Liên hiệp Phụ nữ huyện Nậm Nhùn", "women-union");
  DISTRICT_BODY("nong-dan-huyen", "Hội Nông dân huyện Nậm Nhùn", "farmers-union");
  DISTRICT_BODY("ccb-huyen", "Hội Cựu chiến binh huyện Nậm Nhùn", "veterans-union");

  interface Commune {
    key: string;
    name: string;
    unit: string;
    committee: string;
    council: string;
    government: string;
    agencyCell: string;
    bodies: string[]; // front, youth, women, farmers, veterans
    villages: string[];
    schools: string[];
    station: string;
    police: string;
    military: string;
  }
  const communes: Commune[] = [];
  const lower = (name: string): string => (name.startsWith("Thị trấn") ? `thị trấn${name.slice(8)}` : `xã${name.slice(2)}`);
  const BODY_KINDS = [
    ["mttq", "fatherland-front", "Ủy ban Mặt trận Tổ quốc Việt Nam"],
    ["doan", "youth-union", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
    ["phu-nu", "women-union", "Hội Liên hiệp Phụ nữ"],
    ["nong-dan", "farmers-union", "Hội Nông dân"],
    ["ccb", "veterans-union", "Hội Cựu chiến binh"],
  ] as const;
  for (const c of COMMUNES) {
    const unit = `x-${c.key}`;
    addUnit({ id: unit, name: c.name, kind: "commune", parentId: "nam-nhun", dissolutionDate: END });
    const committee = addOrg({ id: `du-${c.key}`, name: `Đảng bộ ${lower(c.name)}`, kind: "party-committee", level: "grassroots", parentId: "huyen-uy", unitId: unit, dissolutionDate: END }).id;
    const council = addOrg({ id: `hdnd-${c.key}`, name: `Hội đồng nhân dân ${lower(c.name)}`, kind: "people-council", unitId: unit, dissolutionDate: END }).id;
    const government = addOrg({ id: `ubnd-${c.key}`, name: `Ủy ban nhân dân ${lower(c.name)}`, kind: "people-committee", unitId: unit, dissolutionDate: END }).id;
    communes.push({ key: c.key, name: c.name, unit, committee, council, government, agencyCell: "", bodies: [], villages: [], schools: [], station: "", police: "", military: "" });
  }
  // Front and mass organizations of the communes: 36 in 2013, the others founded later (the
  // yearly table of ratings below follows these numbers).
  const BODIES_FOUNDED: readonly [number, number][] = [[2014, 4], [2015, 4], [2016, 4], [2017, 2], [2018, 2], [2019, 2], [2020, 1]];
  {
    const order: string[] = [];
    for (const [prefix, kind, title] of BODY_KINDS) {
      for (const c of communes) {
        const id = `${prefix}-${c.key}`;
        addOrg({ id, name: `${title} ${lower(c.name)}`, kind, unitId: c.unit, dissolutionDate: END });
        c.bodies.push(id);
        order.push(id);
      }
    }
    let k = 36;
    for (const [year, n] of BODIES_FOUNDED) {
      for (let i = 0; i < n; i++) orgById.get(order[k++]!)!.foundingDate = `${year}-03-0${1 + i}`;
    }
  }

  // Villages, schools, health stations, commune agencies, police and military units.
  const villageOf: { id: string; commune: Commune }[] = [];
  COMMUNES.forEach((c, ci) => {
    const commune = communes[ci]!;
    c.villages.forEach((v, vi) => {
      const id = `b-${c.key}-${vi + 1}`;
      addUnit({ id, name: `Bản ${v}`, kind: "village", parentId: commune.unit });
      commune.villages.push(id);
      villageOf.push({ id, commune });
    });
  });
  const schoolNames = (c: Commune): string[] => {
    const place = c.name.replace(/^(Xã|Thị trấn) /, "");
    if (c.key === "tt-nam-nhun") return [`Trường Mầm non Thị trấn Nậm Nhùn`, `Trường Tiểu học và THCS Thị trấn Nậm Nhùn`];
    return [`Trường Mầm non ${place}`, `Trường PTDTBT Tiểu học ${place}`, `Trường PTDTBT THCS ${place}`];
  };
  const schools: { id: string; commune: Commune }[] = [];
  for (const c of communes) {
    schoolNames(c).forEach((name, i) => {
      const id = `tr-${c.key}-${i + 1}`;
      addUnit({ id, name, kind: "school", parentId: c.unit });
      c.schools.push(id);
      schools.push({ id, commune: c });
    });
    c.station = addUnit({ id: `tyt-${c.key}`, name: `Trạm Y tế ${lower(c.name)}`, kind: "health-station", parentId: c.unit }).id;
    addUnit({ id: `cq-${c.key}`, name: `Cơ quan Đảng ủy, HĐND, UBND ${lower(c.name)}`, kind: "agency", parentId: c.unit });
    c.police = addUnit({ id: `ca-${c.key}`, name: `Công an ${lower(c.name)}`, kind: "armed-forces", parentId: c.unit }).id;
    c.military = addUnit({ id: `qs-${c.key}`, name: `Ban Chỉ huy Quân sự ${lower(c.name)}`, kind: "armed-forces", parentId: c.unit }).id;
  }
  // 31 schools so far (10 × 3 + 2 − 1): the 32nd is the boarding school of Nậm Hàng.
  {
    const c = communes.find((x) => x.key === "nam-hang")!;
    const id = `tr-${c.key}-4`;
    addUnit({ id, name: "Trường PTDTBT THCS Nậm Ngà", kind: "school", parentId: c.unit });
    c.schools.push(id);
    schools.push({ id, commune: c });
  }
  // Remove the extra: thị trấn has 2 schools, 10 communes have 3, Nậm Hàng a 4th = 33; drop the
  // kindergarten of Trung Chải, which shares the primary school's site (MN merged into TH).
  {
    const c = communes.find((x) => x.key === "trung-chai")!;
    const id = c.schools.shift()!;
    units.splice(units.findIndex((u) => u.id === id), 1);
    schools.splice(schools.findIndex((s) => s.id === id), 1);
  }

  // District agencies and their grassroots cells; police and military grassroots committees.
  const districtCells: string[] = [];
  DISTRICT_AGENCIES.forEach((name, i) => {
    const unit = addUnit({ id: `cqh-${i + 1}`, name, kind: "agency", parentId: "nam-nhun", foundingDate: AGENCY_FOUNDED_LATER[i] ?? FOUNDED, dissolutionDate: END }).id;
    const founding = AGENCY_FOUNDED_LATER[i] ?? FOUNDED;
    districtCells.push(addOrg({ id: `cbh-${i + 1}`, name: `Chi bộ ${name}`, kind: "party-cell", level: "grassroots", parentId: "huyen-uy", unitId: "nam-nhun", coversUnitIds: [unit], foundingDate: founding, dissolutionDate: END }).id);
  });
  addUnit({ id: "ca-huyen", name: "Công an huyện Nậm Nhùn", kind: "armed-forces", parentId: "nam-nhun", foundingDate: FOUNDED, dissolutionDate: END });
  addUnit({ id: "qs-huyen", name: "Ban Chỉ huy Quân sự huyện Nậm Nhùn", kind: "armed-forces", parentId: "nam-nhun", foundingDate: FOUNDED, dissolutionDate: END });
  addOrg({ id: "db-ca-huyen", name: "Đảng bộ Công an huyện Nậm Nhùn", kind: "party-committee", level: "grassroots", parentId: "huyen-uy", unitId: "nam-nhun", coversUnitIds: ["ca-huyen"], foundingDate: "2012-12-10", dissolutionDate: END });
  addOrg({ id: "db-qs-huyen", name: "Đảng bộ Quân sự huyện Nậm Nhùn", kind: "party-committee", level: "grassroots", parentId: "huyen-uy", unitId: "nam-nhun", coversUnitIds: ["qs-huyen"], foundingDate: "2012-12-12", dissolutionDate: END });
  const armedCells: string[] = [];
  for (const [k, name] of [["ca-1", "Chi bộ Cơ quan Công an huyện"], ["ca-2", "Chi bộ Đội Cảnh sát"], ["ca-3", "Chi bộ Đội An ninh"]] as const) {
    armedCells.push(addOrg({ id: `cb-${k}`, name, kind: "party-cell", level: "branch", parentId: "db-ca-huyen", unitId: "nam-nhun", foundingDate: "2012-12-10", dissolutionDate: END }).id);
  }
  for (const [k, name] of [["qs-1", "Chi bộ Cơ quan Quân sự huyện"], ["qs-2", "Chi bộ Đại đội Bộ binh"], ["qs-3", "Chi bộ Hậu cần - Kỹ thuật"]] as const) {
    armedCells.push(addOrg({ id: `cb-${k}`, name, kind: "party-cell", level: "branch", parentId: "db-qs-huyen", unitId: "nam-nhun", foundingDate: "2012-12-12", dissolutionDate: END }).id);
  }

  // Commune cells: the agency cell of each commune (all from before 2013).
  for (const c of communes) {
    c.agencyCell = addOrg({ id: `cb-cq-${c.key}`, name: `Chi bộ Cơ quan ${lower(c.name)}`, kind: "party-cell", level: "branch", parentId: c.committee, unitId: c.unit, coversUnitIds: [`cq-${c.key}`], dissolutionDate: END }).id;
  }

  // Village cells: 50 villages covered in June 2013 (38 own cells, 6 joint cells of two
  // villages), 20 not; later 12 own cells and 4 joint cells: 60 village cells in 2023.
  interface VillageCell {
    id: string;
    villages: string[];
    commune: Commune;
    founding?: string;
  }
  const villageCells: VillageCell[] = [];
  {
    // Pairs: the last two villages of every commune but the thị trấn: 10 pairs, the first 6
    // joint before 2013, the other 4 joint cells founded later.
    const paired = new Set<string>();
    const pairs: [string, string, Commune][] = [];
    for (const c of communes.slice(1)) {
      const a = c.villages[c.villages.length - 2]!;
      const b = c.villages[c.villages.length - 1]!;
      pairs.push([a, b, c]);
      paired.add(a);
      paired.add(b);
    }
    const singles = villageOf.filter((v) => !paired.has(v.id));
    // 50 singles: 12 of them got their cell later; spread over the communes.
    const late = new Set<string>();
    const shuffled = [...singles];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    // Keep the first village of each commune (its centre) covered in 2013.
    for (const v of shuffled) {
      if (late.size === 12) break;
      if (v.commune.villages[0] === v.id) continue;
      late.add(v.id);
    }
    for (const v of singles) {
      const name = units.find((u) => u.id === v.id)!.name;
      const cell: VillageCell = { id: `cb-${v.id}`, villages: [v.id], commune: v.commune };
      if (late.has(v.id)) cell.founding = dateIn(r, "2014-09-01", "2019-06-28");
      villageCells.push(cell);
      addOrg({
        id: cell.id,
        name: `Chi bộ ${name.replace(/^Bản/, "bản")}`,
        kind: "party-cell",
        level: "branch",
        parentId: v.commune.committee,
        unitId: v.commune.unit,
        coversUnitIds: [v.id],
        ...(cell.founding === undefined ? {} : { foundingDate: cell.founding }),
        dissolutionDate: END,
      });
    }
    pairs.forEach(([a, b, c], i) => {
      const na = units.find((u) => u.id === a)!.name.replace(/^Bản /, "");
      const nb = units.find((u) => u.id === b)!.name.replace(/^Bản /, "");
      const cell: VillageCell = { id: `cb-ghep-${c.key}`, villages: [a, b], commune: c };
      if (i >= 6) cell.founding = dateIn(r, "2015-03-01", "2019-12-28");
      villageCells.push(cell);
      addOrg({
        id: cell.id,
        name: `Chi bộ bản ${na} - ${nb}`,
        kind: "party-cell",
        level: "branch",
        parentId: c.committee,
        unitId: c.unit,
        coversUnitIds: [a, b],
        ...(cell.founding === undefined ? {} : { foundingDate: cell.founding }),
        dissolutionDate: END,
      });
    });
  }

  // School cells: 21 schools with a cell and enough members in 2013, 11 without (cells 2014–2019).
  const schoolCells: { id: string; school: string; commune: Commune; founding?: string }[] = [];
  {
    const idx = schools.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    const late = new Set(idx.slice(0, 11));
    schools.forEach((s, i) => {
      const founding = late.has(i) ? dateIn(r, "2014-08-15", "2019-09-28") : undefined;
      const name = units.find((u) => u.id === s.id)!.name;
      addOrg({
        id: `cb-${s.id}`,
        name: `Chi bộ ${name}`,
        kind: "party-cell",
        level: "branch",
        parentId: s.commune.committee,
        unitId: s.commune.unit,
        coversUnitIds: [s.id],
        ...(founding === undefined ? {} : { foundingDate: founding }),
        dissolutionDate: END,
      });
      schoolCells.push({ id: `cb-${s.id}`, school: s.id, commune: s.commune, ...(founding === undefined ? {} : { founding }) });
    });
  }
  // Health-station cells: 3 in 2013, 8 founded 2015–2020.
  const stationCells: { id: string; commune: Commune; founding?: string }[] = [];
  communes.forEach((c, i) => {
    const founding = i < 3 ? undefined : dateIn(r, "2015-05-01", "2020-10-28");
    addOrg({
      id: `cb-${c.station}`,
      name: `Chi bộ Trạm Y tế ${lower(c.name)}`,
      kind: "party-cell",
      level: "branch",
      parentId: c.committee,
      unitId: c.unit,
      coversUnitIds: [c.station],
      ...(founding === undefined ? {} : { foundingDate: founding }),
      dissolutionDate: END,
    });
    stationCells.push({ id: `cb-${c.station}`, commune: c, ...(founding === undefined ? {} : { founding }) });
  });
  // Commune police cells: regular police posted to the communes (2019–2020), except the thị trấn,
  // whose police stay in the district police committee.
  const policeCells: { id: string; commune: Commune; founding: string }[] = [];
  for (const c of communes.slice(1)) {
    const founding = dateIn(r, "2019-10-01", "2020-09-28");
    addOrg({ id: `cb-${c.police}`, name: `Chi bộ Công an ${lower(c.name)}`, kind: "party-cell", level: "branch", parentId: c.committee, unitId: c.unit, coversUnitIds: [c.police], foundingDate: founding, dissolutionDate: END });
    policeCells.push({ id: `cb-${c.police}`, commune: c, founding });
  }

  // --- Cadres: posts over the terms ----------------------------------------------------------
  interface Holder {
    person: string;
    start: string;
    end: string;
  }
  /** Holders of a seat: the first from `first`, replaced at each change date with probability `turnover`. */
  const seat = (first: string, changes: readonly string[], turnover: number, make: (start: string, index: number) => string): Holder[] => {
    const out: Holder[] = [{ person: make(first, 0), start: first, end: END }];
    for (const ch of changes) {
      if (ch <= first || !r.chance(turnover)) continue;
      const prev = out[out.length - 1]!;
      prev.end = dayBefore(ch);
      // Half of those replaced move on outside the district (rotation, transfer to the province).
      const st = party.get(prev.person);
      if (st?.open !== undefined && r.chance(0.5)) leave(prev.person, dayBefore(ch), "transferred");
      out.push({ person: make(ch, out.length), start: ch, end: END });
    }
    return out;
  };
  const hold = (h: Holder, role: Post["role"], organizationId: string): void => {
    const org = orgById.get(organizationId)!;
    const start = org.foundingDate !== undefined ? max(h.start, org.foundingDate) : h.start;
    posts.push({ personId: h.person, role, organizationId, startDate: start, endDate: h.end });
  };

  /** A staff member (commune or district), optionally a party member admitted before `by`. */
  const staff = (unitId: string, cell: string | undefined, start: string, o: { born: [number, number]; member: boolean; gender?: "male" | "female"; mix?: readonly [Ethnicity, number][] }): string => {
    const id = newPerson({ unitId, born: o.born, mix: o.mix ?? STAFF_MIX, ...(o.gender === undefined ? {} : { gender: o.gender }) });
    if (o.member && cell !== undefined) {
      const b = birth.get(id)!;
      const latest = plusMonths(start, -14);
      join(id, cell, admissionFor(b, plusYears(b, 19), latest));
    }
    return id;
  };
  const bornFor = (start: string, ageFrom: number, ageTo: number): [number, number] => [Number(start.slice(0, 4)) - ageTo, Number(start.slice(0, 4)) - ageFrom];

  // Commune seats.
  for (const c of communes) {
    const jitter = (d: string): string => dateIn(r, d, plusMonths(d, 1));
    const PARTY = [jitter("2015-05-04"), jitter("2020-05-04")];
    const GOV = [jitter("2016-06-20"), jitter("2021-06-20")];
    const first = (): string => dateIn(r, "2010-06-01", "2012-10-28");
    const cq = `cq-${c.key}`;
    const leader = (start: string): string => staff(cq, c.agencyCell, start, { born: bornFor(start, 32, 50), member: true });
    // Secretary (also chairs the People's Council); deputy secretary; People's Committee chair (deputy secretary).
    for (const h of seat(first(), PARTY, 0.6, leader)) {
      hold(h, "secretary", c.committee);
      hold(h, "chair", c.council);
    }
    for (const h of seat(first(), PARTY, 0.5, leader)) {
      hold(h, "deputy-secretary", c.committee);
      hold(h, "secretary", c.agencyCell);
    }
    for (const h of seat(first(), GOV, 0.6, leader)) {
      hold(h, "deputy-secretary", c.committee);
      hold(h, "chair", c.government);
    }
    for (const h of seat(first(), GOV, 0.5, leader)) {
      hold(h, "committee-member", c.committee);
      hold(h, "vice-chair", c.council);
    }
    for (const h of seat(first(), GOV, 0.5, leader)) {
      hold(h, "committee-member", c.committee);
      hold(h, "vice-chair", c.government);
    }
    for (const h of seat(first(), GOV, 0.5, leader)) hold(h, "vice-chair", c.government);
    // Front and mass organizations (the Front chair sits on the party committee).
    const MASS_TERMS = [[jitter("2014-09-01"), jitter("2019-09-01")], [jitter("2017-08-01"), jitter("2022-08-01")], [jitter("2016-06-01"), jitter("2021-06-01")], [jitter("2018-06-01"), jitter("2023-09-01")], [jitter("2017-04-01"), jitter("2022-04-01")]] as const;
    c.bodies.forEach((body, k) => {
      const org = orgById.get(body)!;
      const role: Post["role"] = k === 1 ? "secretary" : "chair";
      const gender = k === 2 ? "female" : k === 4 ? "male" : undefined;
      const ages: [number, number] = k === 1 ? [24, 30] : k === 4 ? [50, 58] : [30, 50];
      const make = (start: string): string =>
        staff(cq, c.agencyCell, start, { born: bornFor(start, ages[0], ages[1]), member: k === 0 || k === 1 || r.chance(0.8), ...(gender === undefined ? {} : { gender }), mix: VILLAGE_MIX });
      for (const h of seat(org.foundingDate ?? first(), MASS_TERMS[k]!, k === 1 ? 0.8 : 0.5, make)) {
        hold(h, role, body);
        if (k === 0) hold(h, "committee-member", c.committee);
      }
    });
    // Commune civil servants (8 posts of the 7 titles); the military commander sits on the party committee.
    for (let k = 0; k < 8; k++) {
      const changes = [dateIn(r, "2014-01-01", "2017-12-28"), dateIn(r, "2018-01-01", "2022-12-28")];
      const make = (start: string): string => staff(cq, c.agencyCell, start, { born: bornFor(start, 24, 42), member: k === 5 || r.chance(0.72) });
      for (const h of seat(first(), changes, 0.35, make)) {
        hold(h, "civil-servant", c.government);
        if (k === 5 && isMember(h.person, h.start)) hold(h, "committee-member", c.committee);
      }
    }
  }

  // District seats (members of the district agency cells).
  {
    const PARTY = ["2015-08-10", "2020-08-12"];
    const GOV = ["2016-06-24", "2021-06-25"];
    const cellOf = (i: number): string => districtCells[i]!;
    const leader = (cell: number) => (start: string): string => staff(`cqh-${cell + 1}`, cellOf(cell), start, { born: bornFor(start, 36, 52), member: true });
    for (const h of seat(FOUNDED, PARTY, 0.7, leader(0))) {
      hold(h, "secretary", "huyen-uy");
      hold(h, "chair", "hdnd-huyen");
    }
    for (const h of seat(FOUNDED, PARTY, 0.6, leader(0))) hold(h, "deputy-secretary", "huyen-uy");
    for (const h of seat(FOUNDED, GOV, 0.6, leader(5))) {
      hold(h, "deputy-secretary", "huyen-uy");
      hold(h, "chair", "ubnd-huyen");
    }
    for (let k = 0; k < 2; k++) {
      for (const h of seat(FOUNDED, GOV, 0.5, leader(5))) {
        hold(h, "standing-committee-member", "huyen-uy");
        hold(h, "vice-chair", "ubnd-huyen");
      }
    }
    for (const h of seat(FOUNDED, GOV, 0.5, leader(5))) {
      hold(h, "standing-committee-member", "huyen-uy");
      hold(h, "vice-chair", "hdnd-huyen");
    }
    const BODIES = ["mttq-huyen", "doan-huyen", "phu-nu-huyen", "nong-dan-huyen", "ccb-huyen"];
    BODIES.forEach((b, k) => {
      for (const h of seat(FOUNDED, [dateIn(r, "2014-06-01", "2017-12-28"), dateIn(r, "2019-06-01", "2022-12-28")], 0.5, leader(18))) {
        hold(h, k === 1 ? "secretary" : "chair", b);
        hold(h, k === 0 ? "standing-committee-member" : "committee-member", "huyen-uy");
      }
    });
    // Heads of the party boards (standing members) and of other agencies (committee members),
    // each the secretary of their agency's cell.
    for (let a = 1; a < DISTRICT_AGENCIES.length; a++) {
      const cell = districtCells[a]!;
      const founding = orgById.get(cell)!.foundingDate!;
      const make = leader(a);
      const role: Post["role"] | undefined = a <= 4 ? "standing-committee-member" : a <= 19 ? "committee-member" : undefined;
      for (const h of seat(founding, PARTY, 0.5, make)) {
        hold(h, "secretary", cell);
        if (role !== undefined) hold(h, role, "huyen-uy");
      }
    }
    // The secretary of the first cell (Văn phòng Huyện ủy): its chief of office.
    for (const h of seat(orgById.get(districtCells[0]!)!.foundingDate!, PARTY, 0.5, leader(0))) hold(h, "secretary", districtCells[0]!);
    // Police and military chiefs: secretaries of their committees, standing members.
    for (const [committee, unit, cells] of [["db-ca-huyen", "ca-huyen", armedCells.slice(0, 3)], ["db-qs-huyen", "qs-huyen", armedCells.slice(3)]] as const) {
      const make = (start: string): string => {
        const id = newPerson({ unitId: unit, born: bornFor(start, 38, 50), gender: "male", mix: STAFF_MIX });
        join(id, cells[0]!, admissionFor(birth.get(id)!, "1990-01-01", plusYears(start, -8)));
        return id;
      };
      for (const h of seat("2012-12-15", PARTY, 0.6, make)) {
        hold(h, "secretary", committee);
        hold(h, "standing-committee-member", "huyen-uy");
      }
    }
  }

  // --- Ordinary members ---------------------------------------------------------------------
  /** An ordinary member of `cell` living or working in `unitId`, admitted on `admission`. */
  const member = (unitId: string, cell: string, admission: string, o: { mix?: readonly [Ethnicity, number][]; ageMax?: number } = {}): string => {
    const age = r.int(20, o.ageMax ?? 40);
    const y = Number(admission.slice(0, 4)) - age;
    const id = newPerson({ unitId, born: [y, y], mix: o.mix ?? VILLAGE_MIX });
    // Born in year y: at least `age − 1` years old at admission; move admission if needed.
    const b = birth.get(id)!;
    join(id, cell, max(admission, plusYears(b, 19)));
    return id;
  };
  const old = (): string => dateIn(r, "1980-01-01", "2012-06-28");
  const recent = (): string => dateIn(r, WINDOW_FROM, "2023-06-28");
  const laterThan = (d: string): string => dateIn(r, plusMonths(d, 1), "2023-06-28");

  // District agency cells: transferred-in staff (pre-2012 admissions) and new admissions.
  districtCells.forEach((cell, a) => {
    const unit = `cqh-${a + 1}`;
    for (let k = 0; k < r.int(2, 5); k++) member(unit, cell, old(), { mix: STAFF_MIX });
    for (let k = 0; k < r.int(1, 4); k++) member(unit, cell, laterThan(orgById.get(cell)!.foundingDate!), { mix: STAFF_MIX });
  });
  for (const cell of armedCells) {
    const unit = cell.startsWith("cb-ca") ? "ca-huyen" : "qs-huyen";
    const chief = member(unit, cell, dateIn(r, "1995-01-01", "2008-12-28"), { mix: STAFF_MIX, ageMax: 28 });
    posts.push({ personId: chief, role: "secretary", organizationId: cell, startDate: orgById.get(cell)!.foundingDate!, endDate: END });
    for (let k = 0; k < r.int(3, 5); k++) member(unit, cell, old(), { mix: STAFF_MIX, ageMax: 30 });
    for (let k = 0; k < r.int(3, 5); k++) member(unit, cell, recent(), { mix: STAFF_MIX, ageMax: 28 });
  }
  // Commune agency cells: a few staff besides the cadres.
  for (const c of communes) {
    for (let k = 0; k < r.int(1, 3); k++) member(`cq-${c.key}`, c.agencyCell, recent(), { mix: VILLAGE_MIX });
  }
  // Commune police cells: founded by officers moved from the district police (their unit is the
  // commune police), plus officers posted from outside.
  for (const pc of policeCells) {
    const founders: string[] = [];
    for (let k = 0; k < 3; k++) {
      const id = member(pc.commune.police, armedCells[r.int(0, 2)]!, dateIn(r, "2008-01-01", plusMonths(pc.founding, -14)), { mix: STAFF_MIX, ageMax: 30 });
      founders.push(id);
      move(id, pc.id, pc.founding);
    }
    for (let k = 0; k < r.int(1, 3); k++) {
      const id = newPerson({ unitId: pc.commune.police, born: [1988, 1997], mix: STAFF_MIX, gender: "male" });
      transferIn(id, pc.id, dateIn(r, pc.founding, "2022-12-28"), admissionFor(birth.get(id)!, "2008-01-01", "2018-12-28"));
    }
    // The chief is the cell's secretary.
    posts.push({ personId: founders[0]!, role: "secretary", organizationId: pc.id, startDate: pc.founding, endDate: END });
  }

  // School cells. 2013: 21 schools with ≥ 3 official members (teachers) and a cell; of the 11
  // without, 6 have one or two official members (in the commune agency cell), 5 none.
  schoolCells.forEach((sc, i) => {
    const teacher = (cell: string, admission: string): string => member(sc.school, cell, admission, { mix: STAFF_MIX });
    const cellMembers: string[] = [];
    if (sc.founding === undefined) {
      // The first (the secretary since before 2013) admitted by 2005.
      for (let k = 0; k < r.int(3, 4); k++) cellMembers.push(teacher(sc.id, dateIn(r, "1990-01-01", k === 0 ? "2005-12-28" : "2012-05-28")));
      for (let k = 0; k < r.int(2, 5); k++) cellMembers.push(teacher(sc.id, recent()));
    } else {
      const early = i % 2 === 0 ? r.int(1, 2) : 0;
      for (let k = 0; k < early; k++) cellMembers.push(teacher(sc.commune.agencyCell, dateIn(r, "1995-01-01", "2011-12-28")));
      // Teachers admitted in the commune agency cell before the school's cell was founded.
      while (cellMembers.length < 3) cellMembers.push(teacher(sc.commune.agencyCell, dateIn(r, WINDOW_FROM, plusMonths(sc.founding, -13))));
      for (const p of cellMembers) move(p, sc.id, sc.founding);
      for (let k = 0; k < r.int(1, 2); k++) {
        const id = newPerson({ unitId: sc.school, born: [1980, 1992], mix: STAFF_MIX });
        transferIn(id, sc.id, dateIn(r, sc.founding, "2022-12-28"), admissionFor(birth.get(id)!, "2004-01-01", "2014-12-28"));
        cellMembers.push(id);
      }
      for (let k = 0; k < r.int(1, 3); k++) cellMembers.push(teacher(sc.id, laterThan(sc.founding)));
    }
    // The principal or a senior teacher is the secretary: the first member (official by then).
    const first = cellMembers[0]!;
    const start = sc.founding ?? dateIn(r, "2010-08-01", "2012-09-28");
    const term = dateIn(r, max("2017-08-01", plusMonths(start, 12)), max(plusMonths(start, 13), "2020-09-28"));
    const second = cellMembers.find((p) => p !== first && party.get(p)!.official! <= term) ?? first;
    posts.push({ personId: first, role: "secretary", organizationId: sc.id, startDate: start, endDate: second === first ? END : dayBefore(term) });
    if (second !== first) posts.push({ personId: second, role: "secretary", organizationId: sc.id, startDate: term, endDate: END });
  });

  // Health-station cells: staff in the commune agency cell until their station's cell.
  for (const st of stationCells) {
    const unit = st.commune.station;
    const staffer = (cell: string, admission: string): string => member(unit, cell, admission, { mix: STAFF_MIX });
    const list: string[] = [];
    if (st.founding === undefined) {
      for (let k = 0; k < 3; k++) list.push(staffer(st.id, dateIn(r, "1995-01-01", "2012-05-28")));
      list.push(staffer(st.id, recent()));
    } else {
      list.push(staffer(st.commune.agencyCell, dateIn(r, "1998-01-01", "2012-05-28")));
      while (list.length < 3) list.push(staffer(st.commune.agencyCell, dateIn(r, WINDOW_FROM, plusMonths(st.founding, -13))));
      for (const p of list) move(p, st.id, st.founding);
      for (let k = 0; k < r.int(0, 2); k++) list.push(staffer(st.id, laterThan(st.founding)));
    }
    posts.push({ personId: list[0]!, role: "secretary", organizationId: st.id, startDate: st.founding ?? dateIn(r, "2010-01-01", "2012-09-28"), endDate: END });
  }

  // Village cells. Cells before 2013: old members (admitted 1978 – mid 2012) and new ones.
  // Cells founded later: founded by members living in the village, admitted in a neighbouring
  // cell of the same commune and moved on the founding date.
  const villageMembers = new Map<string, string[]>(); // cell id → members in order
  const hostOf = (vc: VillageCell): VillageCell => villageCells.find((x) => x.commune === vc.commune && x.founding === undefined && x.villages.length === 1)!;
  for (const vc of villageCells) {
    const list: string[] = [];
    villageMembers.set(vc.id, list);
    const home = (k: number): string => vc.villages[k % vc.villages.length]!;
    if (vc.founding === undefined) {
      const n = r.int(3, 6);
      list.push(member(home(0), vc.id, dateIn(r, "1985-01-01", "2005-12-28")));
      for (let k = 1; k < n; k++) list.push(member(home(k), vc.id, old()));
    } else {
      const host = hostOf(vc);
      for (let k = 0; k < 3; k++) {
        const id = member(home(k), host.id, dateIn(r, k === 0 ? "2006-01-01" : WINDOW_FROM, plusMonths(vc.founding, -13)));
        list.push(id);
        move(id, vc.id, vc.founding);
      }
    }
  }
  // New admissions in village cells: filled in below to reach the calibrated totals.

  // --- Village heads and cell secretaries -----------------------------------------------------
  // Village-head terms (2.5 years, then 5 years from 2022): holders per village.
  // Secretaries of village cells: a first one from before 2013 (or the founding) and a second
  // from the 2020 cell congress for some.
  const HEAD_TERMS = ["2015-06-15", "2017-12-15", "2020-06-15", "2022-12-10"];
  const villageHeads = new Map<string, Holder[]>();
  const cellSecretaries = new Map<string, Holder[]>();
  // Calibration of 2023: 45 of 69 heads are party members; 36 of them also secretary of their
  // village's cell. Villages in order: the first 36 get a head who is the cell secretary, the next
  // 9 a head who is an ordinary member, the next 24 a head who is not a member; the last village's
  // head resigned in May 2023 and the post was vacant on 30 June 2023.
  const villageOrder = villageOf.map((v) => v.id);
  for (let i = villageOrder.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [villageOrder[i], villageOrder[j]] = [villageOrder[j]!, villageOrder[i]!];
  }
  const cellOfVillage = (v: string): VillageCell => villageCells.find((vc) => vc.villages.includes(v))!;
  // A joint cell's secretary can head only one of its villages: keep the secretary-heads to one per cell.
  const usedCells = new Set<string>();
  const secretaryHeads: string[] = [];
  const rest: string[] = [];
  for (const v of villageOrder) {
    const vc = cellOfVillage(v);
    if (secretaryHeads.length < TARGET.secretariesHeadingVillage && !usedCells.has(vc.id)) {
      secretaryHeads.push(v);
      usedCells.add(vc.id);
    } else rest.push(v);
  }
  const memberHeads = rest.slice(0, TARGET.villageHeadMembers - TARGET.secretariesHeadingVillage);
  const vacant = rest[rest.length - 1]!;
  // The other 24 villages get a head who is not a party member.

  for (const vc of villageCells) {
    const list = villageMembers.get(vc.id)!;
    const start = vc.founding ?? dateIn(r, "2008-06-01", "2012-10-28");
    // Second secretary from the 2020 congress (first 2/3 of cells) — a member admitted by 2017.
    const term = dateIn(r, "2020-03-01", "2020-05-28");
    const holders: Holder[] = [];
    const head = secretaryHeads.find((v) => vc.villages.includes(v));
    if (head !== undefined || r.chance(0.6)) {
      const second = member(head ?? vc.villages[0]!, vc.id, dateIn(r, vc.founding === undefined ? "2005-01-01" : plusMonths(vc.founding, 1), "2017-06-28"), { ageMax: 32 });
      list.push(second);
      holders.push({ person: list[0]!, start, end: dayBefore(term) }, { person: second, start: term, end: END });
    } else holders.push({ person: list[0]!, start, end: END });
    cellSecretaries.set(vc.id, holders);
    for (const h of holders) posts.push({ personId: h.person, role: "secretary", organizationId: vc.id, startDate: h.start, endDate: h.end });
  }
  for (const v of villageOf) {
    const vc = cellOfVillage(v.id);
    const holders: Holder[] = [];
    // Earlier heads: every term a new head with probability 0.5; some are party members.
    const nonMember = (start: string): string => newPerson({ unitId: v.id, born: bornFor(start, 28, 55), mix: VILLAGE_MIX, gender: r.chance(0.9) ? "male" : "female" });
    let current = nonMember("2010-12-15");
    let since = dateIn(r, "2010-06-01", "2012-12-28");
    for (const t of HEAD_TERMS.slice(0, 3)) {
      if (!r.chance(0.5)) continue;
      holders.push({ person: current, start: since, end: dayBefore(t) });
      current = nonMember(t);
      since = t;
    }
    // The head elected in December 2022 (calibrated), the one before serving until then.
    holders.push({ person: current, start: since, end: "2022-12-09" });
    let head: string;
    if (secretaryHeads.includes(v.id)) {
      head = cellSecretaries.get(vc.id)!.at(-1)!.person;
    } else if (memberHeads.includes(v.id)) {
      const list = villageMembers.get(vc.id)!;
      head = list.find((p) => personById.get(p)!.unitId === v.id && !cellSecretaries.get(vc.id)!.some((h) => h.person === p)) ?? member(v.id, vc.id, dateIn(r, max(WINDOW_FROM, plusMonths(vc.founding ?? WINDOW_FROM, 1)), max(plusMonths(vc.founding ?? WINDOW_FROM, 2), "2021-06-28")));
      if (!list.includes(head)) list.push(head);
    } else {
      head = nonMember("2022-12-10");
    }
    if (v.id === vacant) {
      holders.push({ person: head, start: "2022-12-10", end: "2023-05-12" });
      holders.push({ person: nonMember("2023-08-20"), start: "2023-08-20", end: END });
    } else holders.push({ person: head, start: "2022-12-10", end: END });
    villageHeads.set(v.id, holders);
    for (const h of holders) posts.push({ personId: h.person, role: "village-head", unitId: v.id, startDate: h.start, ...(h.end === END ? {} : { endDate: h.end }) });
  }

  // --- Departures and calibration -------------------------------------------------------------
  const holdsPost = new Set(posts.map((p) => p.personId));
  // Some old members of village cells died or moved away, some members transferred in.
  const pre2013Village = villageCells.filter((vc) => vc.founding === undefined);
  for (const vc of pre2013Village) {
    const list = villageMembers.get(vc.id)!;
    for (const p of list) {
      if (holdsPost.has(p)) continue;
      if (list.filter((x) => party.get(x)!.leftOn === undefined).length <= 3) break;
      const b = birth.get(p)!;
      if ((b < "1955-01-01" && r.chance(0.5)) || (b < "1968-01-01" && r.chance(0.15))) leave(p, dateIn(r, "2014-01-01", "2023-05-28"), "died");
      else if (r.chance(0.03)) leave(p, dateIn(r, "2014-01-01", "2023-05-28"), "transferred");
    }
  }
  // One member expelled (2019) and one struck off (2021) for realism; both village members.
  {
    const pick = (vc: VillageCell): string | undefined => villageMembers.get(vc.id)!.find((p) => !holdsPost.has(p) && party.get(p)!.leftOn === undefined);
    const a = pick(pre2013Village[3]!);
    if (a !== undefined) leave(a, "2019-10-15", "expelled");
    const b = pick(pre2013Village[17]!);
    if (b !== undefined) leave(b, "2021-04-20", "struck-off");
  }

  const countAt = (date: string): number => {
    let n = 0;
    for (const p of party.keys()) if (isMember(p, date)) n++;
    return n;
  };
  const admittedInWindow = (): number => {
    let n = 0;
    const seen = new Set<string>();
    for (const m of memberships) {
      if (seen.has(m.personId)) continue;
      seen.add(m.personId);
      if (m.startReason === "admitted" && m.startDate >= WINDOW_FROM && m.startDate <= T23) n++;
    }
    return n;
  };
  // Fill: new admissions in village cells (round robin over cells in force), then old members
  // (or extra departures) to reach the member total.
  {
    let k = 0;
    while (admittedInWindow() < TARGET.admitted) {
      const vc = villageCells[k++ % villageCells.length]!;
      const from = vc.founding === undefined ? WINDOW_FROM : plusMonths(vc.founding, 1);
      const id = member(vc.villages[k % vc.villages.length]!, vc.id, dateIn(r, from, "2023-06-28"));
      villageMembers.get(vc.id)!.push(id);
    }
    let diff = TARGET.members2023 - countAt(T23);
    k = 0;
    while (diff > 0) {
      const vc = pre2013Village[k++ % pre2013Village.length]!;
      villageMembers.get(vc.id)!.push(member(vc.villages[0]!, vc.id, old()));
      diff--;
    }
    k = 0;
    let idle = 0;
    while (diff < 0) {
      if (idle++ > pre2013Village.length) throw new Error(`nam-nhun: ${-diff} members too many to calibrate`);
      const vc = pre2013Village[k++ % pre2013Village.length]!;
      const active = villageMembers.get(vc.id)!.filter((x) => party.get(x)!.leftOn === undefined && party.get(x)!.admitted < "2012-06-30");
      const p = active.find((x) => !holdsPost.has(x));
      if (p === undefined || active.length <= 4) continue;
      leave(p, dateIn(r, "2015-01-01", "2023-05-28"), "died");
      diff++;
      idle = 0;
    }
  }

  // Admissions go on after June 2023 (about 60 a year) until the district's end; those admitted
  // after 30 June 2024 are still probationary when the records end.
  for (let k = 0; k < 120; k++) {
    const vc = villageCells[(k * 7) % villageCells.length]!;
    villageMembers.get(vc.id)!.push(member(vc.villages[k % vc.villages.length]!, vc.id, dateIn(r, "2023-07-03", "2025-05-28")));
  }

  // --- The 2025 end: every old organization dissolved on 30 June 2025 --------------------------
  // New communes (names from DOMAIN.md §7), founded 1 July 2025 with their party committees and
  // People's Committees; the last secretaries and chairs of four old communes lead them.
  const NEW = [
    ["le-loi", "Xã Lê Lợi", "le-loi"],
    ["nam-hang", "Xã Nậm Hàng", "nam-hang"],
    ["muong-mo", "Xã Mường Mô", "muong-mo"],
    ["hua-bum", "Xã Hua Bum", "hua-bum"],
  ] as const;
  const lastHolder = (role: Post["role"], org: string): string => posts.filter((p) => p.role === role && p.organizationId === org).at(-1)!.personId;
  for (const [key, name, old] of NEW) {
    const unit = addUnit({ id: `xm-${key}`, name, kind: "commune", parentId: "lai-chau", foundingDate: NEW_COMMUNES_FROM }).id;
    const committee = addOrg({ id: `dum-${key}`, name: `Đảng bộ ${lower(name)}`, kind: "party-committee", level: "grassroots", parentId: "dang-bo-tinh", unitId: unit, foundingDate: NEW_COMMUNES_FROM }).id;
    const government = addOrg({ id: `ubndm-${key}`, name: `Ủy ban nhân dân ${lower(name)}`, kind: "people-committee", unitId: unit, foundingDate: NEW_COMMUNES_FROM }).id;
    const secretary = lastHolder("secretary", `du-${old}`);
    const chair = lastHolder("chair", `ubnd-${old}`);
    for (const [person, role, org] of [[secretary, "secretary", committee], [chair, "deputy-secretary", committee], [chair, "chair", government]] as const) {
      posts.push({ personId: person, role, organizationId: org, startDate: NEW_COMMUNES_FROM });
    }
    for (const p of new Set([secretary, chair])) {
      const st = party.get(p)!;
      endRow(st.open!, END, "transferred");
      memberships.push({ personId: p, organizationId: committee, startDate: NEW_COMMUNES_FROM, startReason: "transferred" });
      st.open = memberships.length - 1;
    }
  }
  // Every other open membership ends with the district: transferred to the new communes'
  // organizations, which the dataset does not record.
  for (const st of party.values()) {
    if (st.open === undefined) continue;
    const m = memberships[st.open]!;
    if (m.startDate >= NEW_COMMUNES_FROM) continue;
    endRow(st.open, END, "transferred");
    delete st.open;
  }
  // Probation: no officialDate for those admitted after 30 June 2024 (still probationary when
  // the records end), or who left before it.
  for (const m of memberships) {
    if (m.officialDate !== undefined && m.startReason === "admitted" && m.endDate !== undefined && m.officialDate > m.endDate) delete m.officialDate;
  }

  // --- Qualifications -------------------------------------------------------------------------
  const orgInForce = (id: string, date: string): boolean => {
    const o = orgById.get(id)!;
    return o.kind !== "other" && inForce(date, o.foundingDate, o.dissolutionDate);
  };
  const cadresAt = (date: string): string[] => {
    const out = new Set<string>();
    for (const p of posts) if (p.organizationId !== undefined && orgInForce(p.organizationId, date) && inForce(date, p.startDate, p.endDate)) out.add(p.personId);
    return [...out];
  };
  const c13 = cadresAt(T13);
  const c23 = cadresAt(T23);
  const everCadre = new Set<string>();
  for (const p of posts) if (p.organizationId !== undefined) everCadre.add(p.personId);
  // Seniority: district leaders, commune leaders, civil servants, cell secretaries.
  const rankOf = new Map<string, number>();
  for (const p of posts) {
    if (p.organizationId === undefined) continue;
    const o = orgById.get(p.organizationId)!;
    let s = 1;
    if (o.unitId === "nam-nhun" && o.kind !== "party-cell") s = 5;
    else if (o.kind === "party-cell" && o.level === "grassroots") s = 4;
    else if (o.kind === "party-committee" || o.kind === "people-council" || (o.kind === "people-committee" && p.role !== "civil-servant")) s = 3;
    else if (p.role === "civil-servant" || ["fatherland-front", "youth-union", "women-union", "farmers-union", "veterans-union"].includes(o.kind)) s = 2.5;
    else if (o.kind === "party-cell" && (o.coversUnitIds ?? []).some((u) => u.startsWith("tr-") || u.startsWith("tyt-") || u.startsWith("ca-"))) s = 3.5;
    else if (o.kind === "party-cell" && o.id.startsWith("cb-cq-")) s = 3;
    rankOf.set(p.personId, Math.max(rankOf.get(p.personId) ?? 0, s));
  }
  const score = new Map<string, number>();
  for (const p of everCadre) score.set(p, (rankOf.get(p) ?? 1) + r.next() * 2.2);
  const lowest = (list: readonly string[], n: number, noise: number): Set<string> => {
    const keyed = list.map((p) => [p, score.get(p)! + r.next() * noise] as const).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    return new Set(keyed.slice(0, n).map(([p]) => p));
  };
  const ordered13 = [...c13];
  const belowUS = lowest(ordered13, TARGET.cadres2013.belowUpperSecondary, 0.6);
  const belowPrimary = lowest([...belowUS], TARGET.cadres2013.belowPrimary, 0.4);
  const noProf = lowest(ordered13, TARGET.cadres2013.noProfessional, 0.8);
  const noPT = lowest(ordered13, TARGET.cadres2013.noPoliticalTheory, 1.2);
  const c13set = new Set(c13);
  const firstPost = new Map<string, string>();
  for (const p of posts) {
    if (p.organizationId === undefined) continue;
    const s = p.startDate ?? FOUNDED;
    if (!firstPost.has(p.personId) || s < firstPost.get(p.personId)!) firstPost.set(p.personId, s);
  }
  const lastPostEnd = new Map<string, string>();
  for (const p of posts) if (p.organizationId !== undefined) lastPostEnd.set(p.personId, max(lastPostEnd.get(p.personId) ?? "0000", p.endDate ?? END));
  const q = (personId: string, scale: Qualification["scale"], level: string, date?: string): void => {
    qualifications.push({ personId, scale, level, ...(date === undefined ? {} : { date }) });
  };
  const year = (d: string): string => d.slice(0, 4);
  const before = (d: string, yearsBefore: number): string => year(plusYears(d, -yearsBefore));
  // Improvements only while still a cadre; master's and advanced political theory decided below.
  const c23set = new Set(c23);
  const sorted = [...everCadre].sort();
  const masters = lowest(c23.filter((p) => (rankOf.get(p) ?? 0) >= 3), 10_000, 0);
  const mastersList = [...masters].reverse().slice(0, TARGET.cadres2023.master); // the most senior
  const advancedList = [...lowest(c23.filter((p) => (rankOf.get(p) ?? 0) >= 3), 10_000, 0)].reverse().slice(0, TARGET.cadres2023.advanced + 12);
  const masterSet = new Set(mastersList);
  // Advanced political theory: 51 of the 2023 cadres; a few who left earlier had it too.
  const advancedSet = new Set(advancedList.slice(0, TARGET.cadres2023.advanced));
  for (const p of sorted) {
    const b = birth.get(p)!;
    const start = firstPost.get(p)!;
    const end = lastPostEnd.get(p)!;
    const in13 = c13set.has(p);
    const rank = rankOf.get(p) ?? 1;
    const improveBy = (from: string, to: string): string | undefined => {
      const hi = min(to, end);
      return hi <= from ? undefined : dateIn(r, from, hi);
    };
    // General education.
    if (in13 && belowPrimary.has(p)) {
      q(p, "general-education", r.pick(["2/12", "3/12", "4/12", "2/10", "3/10"]), year(plusYears(b, 13)));
    } else if (in13 && belowUS.has(p)) {
      q(p, "general-education", r.pick(["5/12", "7/12", "9/12", "9/12", "9/12", "7/10"]), year(plusYears(b, 16)));
    } else if (!in13 && rank <= 1 && r.chance(0.15)) {
      q(p, "general-education", "9/12", year(plusYears(b, 16)));
    } else {
      q(p, "general-education", r.chance(0.1) ? "10/10" : "12/12", year(plusYears(b, 18)));
    }
    if (in13 && belowUS.has(p)) {
      const d = improveBy("2014-06-01", "2021-06-28");
      if (d !== undefined && r.chance(0.8)) q(p, "general-education", "12/12", d);
    }
    // Professional training.
    let prof: string;
    if (in13 && noProf.has(p)) {
      q(p, "professional", "none");
      prof = "none";
      const d = improveBy("2014-03-01", "2020-12-28");
      if (d !== undefined && r.chance(0.8)) {
        prof = r.chance(0.6) ? "intermediate" : "elementary";
        q(p, "professional", prof, d);
      }
    } else {
      prof = rank >= 2.5 || r.chance(0.3) ? ((rank >= 3 || !in13) && r.chance(0.6) ? "bachelor" : "intermediate") : "elementary";
      q(p, "professional", prof, in13 ? min(before(start, 1), year(T13)) : before(start, 1));
    }
    if (prof !== "bachelor" && rank >= 2.5) {
      const d = improveBy(max(start, "2014-01-01"), "2022-12-28");
      if (d !== undefined && r.chance(0.85)) q(p, "professional", "bachelor", d);
    }
    if (masterSet.has(p)) q(p, "professional", "master", dateIn(r, max("2015-01-01", start), "2023-05-28"));
    // Political theory.
    let pt = "elementary";
    if (in13 && noPT.has(p)) {
      q(p, "political-theory", "none");
      const d = improveBy("2013-09-01", "2017-12-28");
      if (d !== undefined && r.chance(0.9)) q(p, "political-theory", "elementary", d);
    } else {
      pt = rank >= 3 ? "intermediate" : "elementary";
      q(p, "political-theory", pt, in13 ? min(before(start, 1), year(T13)) : before(start, 1));
    }
    if (rank >= 2.5 && pt !== "intermediate" && !advancedSet.has(p)) {
      const d = improveBy(max(start, "2014-01-01"), "2022-12-28");
      if (d !== undefined && r.chance(0.75)) q(p, "political-theory", "intermediate", d);
    }
    if (advancedSet.has(p)) q(p, "political-theory", "advanced", dateIn(r, max("2014-01-01", start), "2023-05-28"));
    else if (!c23set.has(p) && rank >= 4 && r.chance(0.4)) q(p, "political-theory", "advanced", dateIn(r, max("2013-07-01", start), "2020-12-28"));
    // State management for leaders.
    if (rank >= 3 && r.chance(0.5)) q(p, "state-management", "specialist", dateIn(r, max("2013-07-01", start), "2024-12-28"));
  }

  // --- Ratings --------------------------------------------------------------------------------
  // Party organizations: grassroots committees and cells in force at the end of the year (and
  // founded by 30 June), under the scheme in force that year.
  const partyScheme = (y: number): string => (y <= 2013 ? "hd-20-2008" : y <= 2017 ? "hd-27-2014" : y <= 2022 ? "qd-132-2018" : "qd-124-2023");
  const partyLevels = (y: number): readonly [string, number][] =>
    y <= 2017
      ? [["clean-strong-exemplary", 8], ["clean-strong", 42], ["good", 40], ["completed", 9], ["weak", 1]]
      : [["excellent", 14], ["good", 72], ["completed", 13], ["not-completed", 1]];
  // Front and mass organizations: the yearly counts
  // (tốt, khá, trung bình, yếu) whose mean shares are 38.9%, 43.0%, 16.4% (2013–2022).
  const YEARLY: Readonly<Record<number, readonly [number, number, number, number]>> = {
    2013: [10, 16, 9, 1],
    2014: [11, 19, 9, 1],
    2015: [14, 20, 9, 1],
    2016: [16, 22, 9, 1],
    2017: [19, 22, 9, 0],
    2018: [21, 22, 8, 1],
    2019: [21, 23, 8, 2],
    2020: [26, 23, 6, 0],
    2021: [28, 21, 5, 1],
    2022: [29, 21, 5, 0],
    2023: [30, 21, 4, 0],
    2024: [31, 20, 4, 0],
  };
  const massBodies = communes.flatMap((c) => c.bodies);
  const massOrder = BODY_KINDS.flatMap(([prefix]) => communes.map((c) => `${prefix}-${c.key}`));
  for (let y = 2013; y <= 2024; y++) {
    const yearEnd = `${y}-12-31`;
    const mid = `${y}-06-30`;
    for (const o of organizations) {
      if ((o.kind !== "party-cell" && o.kind !== "party-committee") || (o.level !== "grassroots" && o.level !== "branch")) continue;
      if (!inForce(yearEnd, o.foundingDate, o.dissolutionDate) || (o.foundingDate !== undefined && o.foundingDate > mid)) continue;
      ratings.push({ subjectId: o.id, scheme: partyScheme(y), period: y, level: pickWeighted(r, partyLevels(y)) });
    }
    // Rated tốt every year to 2022 (so "khá, tốt trở lên" holds however it is read); 2023–2024 mostly tốt.
    for (const c of communes) ratings.push({ subjectId: c.government, scheme: "four-grade-good", period: y, level: y <= 2022 || r.chance(0.8) ? "good" : "fair" });
    const existing = massOrder.filter((id) => inForce(mid, orgById.get(id)!.foundingDate, undefined));
    const counts = YEARLY[y]!;
    if (existing.length !== counts[0] + counts[1] + counts[2] + counts[3]) throw new Error(`nam-nhun: ${y}: ${existing.length} bodies, table has another total`);
    const shuffled = [...existing];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const levelOf = new Map<string, string>();
    let i = 0;
    (["good", "fair", "average", "weak"] as const).forEach((level, l) => {
      for (let k = 0; k < counts[l]!; k++) levelOf.set(shuffled[i++]!, level);
    });
    for (const id of massBodies) {
      const level = levelOf.get(id);
      if (level !== undefined) ratings.push({ subjectId: id, scheme: "four-grade-good", period: y, level });
    }
  }

  // Stable order of memberships: by person, then start date.
  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  memberships.sort((a, b) => personIndex.get(a.personId)! - personIndex.get(b.personId)! || (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  qualifications.sort((a, b) => personIndex.get(a.personId)! - personIndex.get(b.personId)!);

  // Village heads before 2022 who were party members: in 2 of every 5 villages whose cell
  // predates 2013, the first head on record is a member of the village (in 1 of those 2, the
  // cell's secretary), so that 2013 shows heads who are members and secretaries who head their
  // village, as in every district. Deterministic: it draws no random numbers, so the calibrated
  // 2023 figures (heads elected in December 2022) do not move.
  {
    const replaced = new Set<string>();
    let k = 0;
    for (const v of villageOf) {
      const vc = cellOfVillage(v.id);
      if (vc.founding !== undefined) continue;
      const slot = k++ % 5;
      if (slot > 1) continue;
      const h0 = villageHeads.get(v.id)![0]!;
      if (h0.end > "2022-12-09") continue;
      const serves = (p: string): boolean => isMember(p, h0.start) && isMember(p, h0.end);
      const secretary = cellSecretaries.get(vc.id)![0]!.person;
      const candidate =
        slot === 0 && vc.villages.length === 1 && serves(secretary)
          ? secretary
          : villageMembers.get(vc.id)!.find((p) => p !== secretary && personById.get(p)!.unitId === v.id && serves(p));
      if (candidate === undefined) continue;
      const post = posts.find((x) => x.role === "village-head" && x.unitId === v.id && x.personId === h0.person && x.startDate === h0.start)!;
      replaced.add(h0.person);
      post.personId = candidate;
      h0.person = candidate;
    }
    // The non-members those posts were first drawn for hold nothing else: drop them.
    const referenced = new Set<string>([...memberships, ...posts, ...qualifications].map((x) => x.personId));
    for (let i = people.length - 1; i >= 0; i--) if (replaced.has(people[i]!.id) && !referenced.has(people[i]!.id)) people.splice(i, 1);
  }

  return {
    asOf: T23,
    organizations: organizations.map(normalizeOrg),
    units,
    people,
    memberships: memberships.map(normalizeMembership),
    posts: posts.map(normalizePost),
    qualifications,
    ratings,
  };
}

// Records with a fixed key order (the order of the data-format guide).
function normalizeOrg(o: Organization): Organization {
  const out: Organization = { id: o.id, name: o.name, kind: o.kind };
  if (o.level !== undefined) out.level = o.level;
  if (o.parentId !== undefined) out.parentId = o.parentId;
  if (o.unitId !== undefined) out.unitId = o.unitId;
  if (o.coversUnitIds !== undefined) out.coversUnitIds = o.coversUnitIds;
  if (o.foundingDate !== undefined) out.foundingDate = o.foundingDate;
  if (o.dissolutionDate !== undefined) out.dissolutionDate = o.dissolutionDate;
  return out;
}
function normalizeMembership(m: Membership): Membership {
  const out: Membership = { personId: m.personId, organizationId: m.organizationId, startDate: m.startDate };
  if (m.startReason !== undefined) out.startReason = m.startReason;
  if (m.officialDate !== undefined) out.officialDate = m.officialDate;
  if (m.endDate !== undefined) out.endDate = m.endDate;
  if (m.endReason !== undefined) out.endReason = m.endReason;
  return out;
}
function normalizePost(p: Post): Post {
  const out: Post = { personId: p.personId, role: p.role };
  if (p.organizationId !== undefined) out.organizationId = p.organizationId;
  if (p.unitId !== undefined) out.unitId = p.unitId;
  if (p.startDate !== undefined) out.startDate = p.startDate;
  if (p.endDate !== undefined) out.endDate = p.endDate;
  return out;
}

/**
 * The dataset as the text of a JSON document: two-space indentation at the top, one record per
 * line, keys in a fixed order, Unicode NFC, ending with a newline.
 */
export function serializeNamNhun(data: ReturnType<typeof generateNamNhun>): string {
  const lines: string[] = ["{", `  "asOf": ${JSON.stringify(data.asOf)},`];
  const keys = ["units", "organizations", "people", "memberships", "posts", "qualifications", "ratings"] as const;
  keys.forEach((k, i) => {
    const records = data[k] as readonly unknown[];
    lines.push(`  ${JSON.stringify(k)}: [`);
    records.forEach((rec, j) => lines.push(`    ${JSON.stringify(rec)}${j === records.length - 1 ? "" : ","}`));
    lines.push(`  ]${i === keys.length - 1 ? "" : ","}`);
  });
  lines.push("}");
  return `${lines.join("\n")}\n`.normalize("NFC");
}

/** The text of src/testing/nam-nhun-data.ts for the given dataset. */
export function namNhunModule(data: ReturnType<typeof generateNamNhun>): string {
  const json = serializeNamNhun(data);
  if (/[`\\]|\$\{/.test(json)) throw new Error("nam-nhun: the JSON text cannot go into a template literal as it is");
  return [
    "// Generated by scripts/generate-nam-nhun.ts (`npx tsx scripts/generate-nam-nhun.ts`); do not edit by hand.",
    "// The Nậm Nhùn reference dataset as the text of a JSON document, one record per line; read it",
    "// through `namNhun` (src/testing/nam-nhun.ts).",
    "",
    "/** @internal The Nậm Nhùn reference dataset as JSON text. */",
    `export const NAM_NHUN_JSON: string = String.raw\`${json}\`;`,
    "",
  ].join("\n");
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(here, "../src/testing/nam-nhun-data.ts");
  writeFileSync(out, namNhunModule(generateNamNhun()), "utf8");
  console.log(`wrote ${out}`);
}
