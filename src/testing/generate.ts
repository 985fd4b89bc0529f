/**
 * A deterministic synthetic dataset generator, at commune, province or national scale.
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth, formatDay, precisionOf } from "../_lib/days.js";
import { GrassrootsError } from "../_lib/errors.js";
import type { CollectionName, OrganizationKind, UnitKind } from "../model/codes.js";
import type { Membership, Organization, Person, Post, Qualification, Rating, Unit } from "../model/schemas.js";
import type { FullDatasetInput } from "./builders.js";
import { createRandom, type Random } from "./random.js";

/**
 * The sizes {@link generateDataset} can produce: `"commune"`, `"province"` or `"national"`.
 *
 * @example
 * ```ts
 * const scale: GeneratedScale = "commune";
 * generateDataset({ scale }).units.filter((u) => u.kind === "commune").length; //=> 1
 * ```
 */
export type GeneratedScale = "commune" | "province" | "national";

/**
 * Options of {@link generateDataset} and {@link generateJsonLines}.
 *
 * @example
 * ```ts
 * const options: GenerateOptions = { scale: "commune", seed: 7, asOf: "2023-06-30" };
 * generateDataset(options).asOf; //=> "2023-06-30"
 * ```
 */
export interface GenerateOptions {
  /**
   * - `"commune"`: one mountain commune (with its district and province as context), a few
   *   hundred party members;
   * - `"province"`: one province of 12 districts, about 93 thousand members;
   * - `"national"`: 63 provinces, about 5.6 million members.
   */
  readonly scale: GeneratedScale;
  /** Seed of the pseudo-random generator (a safe integer). Default `1`. */
  readonly seed?: number | undefined;
  /** The date the data describes, `YYYY-MM-DD`; no generated date is later. Default `"2025-06-30"`. */
  readonly asOf?: string | undefined;
}

/**
 * One line of JSON Lines output: which file it belongs to, and the line (without `\n`).
 *
 * @example
 * ```ts
 * const item: JsonLinesItem = generateJsonLines({ scale: "commune" }).next().value!;
 * item.file; //=> "meta.json"
 * ```
 */
export interface JsonLinesItem {
  /** The collection of the record, or `"meta"` for the `meta.json` document. */
  readonly collection: CollectionName | "meta";
  /** The file the line belongs in: `<collection>.jsonl`, or `meta.json`. */
  readonly file: string;
  /** One JSON document, without a trailing newline. */
  readonly line: string;
}

const DEFAULT_AS_OF = "2025-06-30";

// ---------------------------------------------------------------------------------------------
// Vocabulary. Every string is NFC with full Vietnamese diacritics.

const words = (s: string): readonly string[] => s.split(",");

// Naming styles: how a full name is composed.
const KINH = 0;
const THAI = 1;
const MONG = 2;
const DAO = 3;
const HANHI = 4;
const EDE = 5;
const KHMER = 6;

interface Style {
  readonly middleMale: readonly string[];
  readonly middleFemale: readonly string[];
  readonly givenMale: readonly string[];
  readonly givenFemale: readonly string[];
}

const STYLES: readonly Style[] = [
  {
    middleMale: words("Văn,Đức,Hữu,Minh,Quang,Xuân,Công,Thanh,Ngọc,Tiến,Văn,Văn"),
    middleFemale: words("Thị,Thị,Thị,Ngọc,Thu,Thanh,Kim,Hồng,Minh,Thị"),
    givenMale: words("Hùng,Dũng,Tuấn,Minh,Hải,Nam,Thắng,Long,Quân,Sơn,Cường,Hiếu,Phong,Trung,Tùng,Bình,Hòa,Đạt,Khánh,Thành,Lâm,Phúc,Việt,Huy"),
    givenFemale: words("Lan,Hương,Mai,Hoa,Hạnh,Hằng,Linh,Thảo,Nga,Trang,Nhung,Yến,Thủy,Phương,Dung,Loan,Huyền,Hà,Ngân,Oanh"),
  },
  {
    middleMale: words("Văn"),
    middleFemale: words("Thị"),
    givenMale: words("Pánh,Chăn,Khăm,Ún,Phanh,Xuân,Ngoan,Biên,Hặc,Thưởng,Piếng,Ươi,Inh,Pặn"),
    givenFemale: words("Xoan,Ún,Pản,Bích,Ngọc,Hoa,Lả,Phương,Đôi,Nọi,Ín,Kiên"),
  },
  {
    middleMale: words("A,Seo,Văn,Mí,A"),
    middleFemale: words("Thị,Mí,Thị"),
    givenMale: words("Páo,Chứ,Dế,Súa,Lử,Sính,Pó,Chở,Tủa,Dình,Sử,Nhè"),
    givenFemale: words("Mỷ,Dở,Pà,Xua,Sua,Mai,Dua,Chu,Ly,Sí"),
  },
  {
    middleMale: words("Văn,Láo,Seo,A"),
    middleFemale: words("Thị,Mý,Mẩy"),
    givenMale: words("Chiêu,Quẩy,Lở,Phin,Kiềm,Sành,Chài,Vần,Tả,Xuân"),
    givenFemale: words("Chài,Liều,Sai,Dín,Lai,Phương,Xuân,Nải"),
  },
  {
    middleMale: words("Văn,Gò,Xé,A"),
    middleFemale: words("Thị,Mỳ,Dì"),
    givenMale: words("Xá,Chừ,Gạ,Phà,Pó,Sơ,Hừ,Chà,Lù,Xè"),
    givenFemale: words("Gạ,Mé,Xè,Pà,Dì,Chừ,Me,Hờ"),
  },
  {
    middleMale: words("Y"),
    middleFemale: words("H'"),
    givenMale: words("Bhim,Đam,Krai,Nuôl,Ngông,Blin,Kha,Thuih,Hmok,Ban"),
    givenFemale: words("Luy,Blan,Dơk,Nhiên,Bét,Hoa,Nga,Ly"),
  },
  {
    middleMale: words(""),
    middleFemale: words("Thị"),
    givenMale: words("Sóc,Sa Rươne,Pha,Ren,Sà Phát,Vanh,Sang,Chanh"),
    givenFemale: words("Sa Ri,Sô Phia,Mỹ,Phol,Sa Vane,Thi,Đa"),
  },
];

interface Ethnic {
  readonly name: string;
  readonly style: number;
  readonly surnames: readonly string[];
}

const KINH_SURNAMES = words(
  "Nguyễn,Nguyễn,Nguyễn,Nguyễn,Trần,Trần,Lê,Lê,Phạm,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Trịnh,Đào,Mai,Cao,Lương",
);

const ETHNICS: readonly Ethnic[] = [
  { name: "Kinh", style: KINH, surnames: KINH_SURNAMES }, // 0
  { name: "Thái", style: THAI, surnames: words("Lò,Lò,Lường,Quàng,Tòng,Cầm,Điêu,Cà,Lù,Vì,Hoàng") }, // 1
  { name: "Mông", style: MONG, surnames: words("Giàng,Sùng,Thào,Vàng,Lý,Mùa,Hạng,Lầu,Vừ,Hờ,Sình,Chá") }, // 2
  { name: "Dao", style: DAO, surnames: words("Triệu,Bàn,Phàn,Đặng,Lý,Chảo,Tẩn") }, // 3
  { name: "Hà Nhì", style: HANHI, surnames: words("Lò,Chu,Pờ,Phù,Lỳ,Sừ,Ly,Mã") }, // 4
  { name: "Cống", style: HANHI, surnames: words("Chang,Pạc,Lò,Hoàng") }, // 5
  { name: "Mảng", style: HANHI, surnames: words("Lò,Chang,Pìn,Vàng,Tao") }, // 6
  { name: "La Hủ", style: HANHI, surnames: words("Lý,Pờ,Chảo,Vàng,Lò") }, // 7
  { name: "Si La", style: HANHI, surnames: words("Lò,Hù,Pờ,Vàng,Lý") }, // 8
  { name: "Khơ Mú", style: THAI, surnames: words("Lò,Vi,Quàng,Cụt") }, // 9
  { name: "Giáy", style: KINH, surnames: words("Hoàng,Lồ,Vương,Lù") }, // 10
  { name: "Lự", style: THAI, surnames: words("Lò,Tao,Pồn") }, // 11
  { name: "Tày", style: KINH, surnames: words("Hoàng,Nông,Lục,Hà,Ma,Đinh,Triệu,Bế,Lương") }, // 12
  { name: "Nùng", style: KINH, surnames: words("Nông,Hoàng,Vi,Lý,Mông,Chu,Lăng") }, // 13
  { name: "Mường", style: KINH, surnames: words("Bùi,Đinh,Quách,Hà,Xa,Trương") }, // 14
  { name: "Sán Dìu", style: KINH, surnames: words("Trương,Lâm,Diệp,Lý,Tạ") }, // 15
  { name: "Hoa", style: KINH, surnames: words("Lâm,Trương,Quách,Huỳnh,Lưu,Lý,Mã,Tạ") }, // 16
  { name: "Ê Đê", style: EDE, surnames: words("Niê,Êban,Mlô,Byă,Ayun,Ktla,Adrơng") }, // 17
  { name: "Gia Rai", style: EDE, surnames: words("Ksor,Siu,Rơ Chăm,Rơ Mah,Nay,Kpă,Rah Lan") }, // 18
  { name: "Ba Na", style: KINH, surnames: words("Đinh,Hồ,Lê") }, // 19
  { name: "Xơ Đăng", style: KINH, surnames: words("A,Y,Đinh") }, // 20
  { name: "Khmer", style: KHMER, surnames: words("Thạch,Sơn,Danh,Kim,Lâm,Châu,Lý") }, // 21
];

interface Profile {
  readonly village: string;
  readonly first: readonly string[];
  readonly second: readonly string[];
  /** [ethnic index, weight] pairs. */
  readonly ethnic: readonly (readonly [number, number])[];
  readonly villages: readonly [number, number];
  /** Mean party members of a village cell. */
  readonly cellSize: number;
  readonly noCell: number;
  readonly wardShare: number;
  readonly femaleShare: number;
  /** 0 (well schooled) .. 1 (remote, little schooling), for qualifications of village cadres. */
  readonly remote: number;
}

const MOUNTAIN_FIRST = words("Nậm,Pa,Huổi,Mường,Phìn,Sin,Nà,Pú,Hua,Tà,Lao,Pắc,Co,Mù,Sìn,Pá,Tả,Chăn,Là,Phiêng");
const MOUNTAIN_SECOND = words("Nhùn,Bum,Mô,Chà,Hàng,Manh,Đao,Ban,Pì,Hồ,Lếch,Thàng,Phăng,Củng,Khao,Lìu,Xe,Tè,Sáng,Cang,Chải,Tở,Lồng,Ngà,Só");
const PLAIN_FIRST = words("An,Tân,Phú,Hòa,Bình,Đông,Tây,Nam,Bắc,Vĩnh,Thanh,Quang,Xuân,Hưng,Long,Trung,Đại,Thượng,Mỹ,Minh,Phúc,Yên,Cẩm,Hồng");
const PLAIN_SECOND = words("Bình,Lợi,Phú,Hòa,Thịnh,Hưng,Lạc,Sơn,Thuận,Tiến,Phong,An,Thành,Lộc,Khánh,Định,Mỹ,Trung,Quý,Hải,Tân,Đức,Nghĩa,Xuyên");
const HIGHLAND_FIRST = words("Ea,Cư,Krông,Đăk,Ia,Kon,Buôn");
const HIGHLAND_SECOND = words("Kmar,Pắc,Knốp,Bông,Sup,Hleo,Tur,Drăng,Grai,Pa,Blang,Mơ Nông,Ktur");

const PROFILES: readonly Profile[] = [
  {
    // mountain (north-west: Lai Châu, Điện Biên, Sơn La)
    village: "Bản",
    first: MOUNTAIN_FIRST,
    second: MOUNTAIN_SECOND,
    ethnic: [[1, 30], [2, 25], [3, 10], [0, 12], [4, 8], [9, 3], [5, 2], [6, 2], [7, 3], [8, 1], [10, 2], [11, 2]],
    villages: [4, 12],
    cellSize: 18,
    noCell: 0.08,
    wardShare: 0,
    femaleShare: 0.3,
    remote: 0.8,
  },
  {
    // midland and northern uplands
    village: "Thôn",
    first: PLAIN_FIRST,
    second: PLAIN_SECOND,
    ethnic: [[0, 55], [12, 15], [13, 10], [14, 10], [3, 5], [15, 3], [1, 2]],
    villages: [6, 14],
    cellSize: 38,
    noCell: 0.03,
    wardShare: 0.1,
    femaleShare: 0.36,
    remote: 0.4,
  },
  {
    // Red River delta and coast
    village: "Thôn",
    first: PLAIN_FIRST,
    second: PLAIN_SECOND,
    ethnic: [[0, 97], [16, 1], [14, 1], [12, 1]],
    villages: [5, 15],
    cellSize: 50,
    noCell: 0.01,
    wardShare: 0.15,
    femaleShare: 0.4,
    remote: 0.1,
  },
  {
    // Central Highlands
    village: "Buôn",
    first: HIGHLAND_FIRST,
    second: HIGHLAND_SECOND,
    ethnic: [[0, 55], [17, 15], [18, 15], [19, 6], [20, 4], [13, 3], [12, 2]],
    villages: [6, 14],
    cellSize: 30,
    noCell: 0.05,
    wardShare: 0.08,
    femaleShare: 0.35,
    remote: 0.6,
  },
  {
    // Mekong delta
    village: "Ấp",
    first: PLAIN_FIRST,
    second: PLAIN_SECOND,
    ethnic: [[0, 88], [21, 10], [16, 2]],
    villages: [4, 12],
    cellSize: 42,
    noCell: 0.02,
    wardShare: 0.12,
    femaleShare: 0.38,
    remote: 0.3,
  },
];
const PROFILE_WEIGHTS: readonly number[] = [25, 20, 40, 7, 8];

// District agencies organised as a chi bộ cơ sở: [name, unit kind].
const DISTRICT_AGENCIES: readonly (readonly [string, UnitKind])[] = [
  ["Văn phòng Huyện ủy", "agency"],
  ["Ban Tổ chức Huyện ủy", "agency"],
  ["Ủy ban Kiểm tra Huyện ủy", "agency"],
  ["Ban Tuyên giáo Huyện ủy", "agency"],
  ["Ban Dân vận Huyện ủy", "agency"],
  ["Văn phòng HĐND và UBND huyện", "agency"],
  ["Phòng Nội vụ huyện", "agency"],
  ["Phòng Tư pháp huyện", "agency"],
  ["Phòng Tài chính - Kế hoạch huyện", "agency"],
  ["Phòng Tài nguyên và Môi trường huyện", "agency"],
  ["Phòng Lao động - Thương binh và Xã hội huyện", "agency"],
  ["Phòng Văn hóa và Thông tin huyện", "agency"],
  ["Phòng Giáo dục và Đào tạo huyện", "agency"],
  ["Phòng Y tế huyện", "agency"],
  ["Phòng Nông nghiệp và Phát triển nông thôn huyện", "agency"],
  ["Phòng Kinh tế - Hạ tầng huyện", "agency"],
  ["Phòng Dân tộc huyện", "agency"],
  ["Thanh tra huyện", "agency"],
  ["Ủy ban MTTQ Việt Nam huyện", "agency"],
  ["Huyện đoàn", "agency"],
  ["Hội Liên hiệp Phụ nữ huyện", "agency"],
  ["Hội Nông dân huyện", "agency"],
  ["Hội Cựu chiến binh huyện", "agency"],
  ["Trung tâm Văn hóa - Thể thao huyện", "agency"],
  ["Trung tâm Dịch vụ nông nghiệp huyện", "agency"],
  ["Ban Quản lý dự án đầu tư xây dựng huyện", "agency"],
  ["Kho bạc Nhà nước huyện", "agency"],
  ["Chi cục Thuế huyện", "agency"],
  ["Chi cục Thống kê huyện", "agency"],
  ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện", "enterprise"],
  ["Chi nhánh Ngân hàng Nông nghiệp huyện", "enterprise"],
  ["Bưu điện huyện", "enterprise"],
  ["Điện lực huyện", "enterprise"],
  ["Hạt Kiểm lâm huyện", "agency"],
  ["Tòa án nhân dân huyện", "agency"],
  ["Viện Kiểm sát nhân dân huyện", "agency"],
  ["Chi cục Thi hành án dân sự huyện", "agency"],
  ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "school"],
  ["Trường Phổ thông Dân tộc Nội trú huyện", "school"],
  ["Trường THPT số 1 huyện", "school"],
  ["Trường THPT số 2 huyện", "school"],
  ["Trường THPT số 3 huyện", "school"],
  ["Trường THPT số 4 huyện", "school"],
  ["Trường THPT số 5 huyện", "school"],
  ["Công ty TNHH MTV Lâm nghiệp huyện", "enterprise"],
  ["Công ty Cổ phần Môi trường Đô thị huyện", "enterprise"],
  ["Hợp tác xã Nông nghiệp huyện", "enterprise"],
  ["Trạm Khuyến nông huyện", "agency"],
  ["Đội Quản lý thị trường huyện", "agency"],
  ["Ban Quản lý rừng phòng hộ huyện", "agency"],
  ["Đài Truyền thanh - Truyền hình huyện", "agency"],
  ["Trung tâm Phát triển quỹ đất huyện", "agency"],
  ["Hội Chữ thập đỏ huyện", "agency"],
  ["Liên đoàn Lao động huyện", "agency"],
  ["Trường Mầm non thị trấn huyện", "school"],
  ["Trường Tiểu học thị trấn huyện", "school"],
];

// District agencies organised as a đảng bộ cơ sở with subordinate cells: [name, unit kind, cells].
const DISTRICT_BLOCS: readonly (readonly [string, UnitKind, readonly string[]])[] = [
  ["Cơ quan Chính quyền huyện", "agency", words("Văn phòng HĐND và UBND,Phòng Nội vụ - Tư pháp,Phòng Tài chính - Kế hoạch,Phòng Kinh tế,Phòng Tài nguyên và Môi trường,Phòng Văn hóa - Xã hội")],
  ["Cơ quan Đảng - Đoàn thể huyện", "agency", words("Văn phòng Huyện ủy,Các ban xây dựng Đảng,Mặt trận Tổ quốc,Các đoàn thể,Trung tâm Chính trị")],
  ["Công an huyện", "armed-forces", words("Đội Tổng hợp,Đội Cảnh sát hình sự,Đội Cảnh sát giao thông,Đội An ninh,Đội Cảnh sát điều tra,Đội Quản lý hành chính,Trại tạm giam")],
  ["Ban Chỉ huy Quân sự huyện", "armed-forces", words("Cơ quan Tham mưu,Cơ quan Chính trị,Cơ quan Hậu cần - Kỹ thuật,Trung đội Dân quân cơ động")],
  ["Trung tâm Y tế huyện", "agency", words("Khoa Khám bệnh,Khoa Nội,Khoa Ngoại - Sản,Khoa Kiểm soát bệnh tật,Phòng Kế hoạch - Tài chính,Khoa Dược")],
  ["Khối Giáo dục huyện", "agency", words("Trường THCS thị trấn,Trường Tiểu học số 1,Trường Tiểu học số 2,Trường Mầm non số 1,Trường PTDTBT THCS")],
  ["Đồn Biên phòng", "armed-forces", words("Đội Trinh sát,Đội Vận động quần chúng,Đội Tuần tra kiểm soát,Trạm Kiểm soát biên phòng")],
  ["Công ty Cổ phần Thủy điện", "enterprise", words("Phân xưởng Vận hành,Phòng Kỹ thuật,Phòng Tổ chức - Hành chính,Phân xưởng Sửa chữa")],
  ["Công ty Cổ phần Chè", "enterprise", words("Đội sản xuất số 1,Đội sản xuất số 2,Phân xưởng chế biến,Văn phòng công ty")],
  ["Ngân hàng và Kho bạc huyện", "enterprise", words("Kho bạc Nhà nước,Ngân hàng Chính sách xã hội,Ngân hàng Nông nghiệp")],
  ["Khối Kinh tế huyện", "enterprise", words("Điện lực,Bưu điện,Viễn thông,Hợp tác xã")],
];

const SCHOOL_PREFIXES = words("Trường Mầm non,Trường Tiểu học,Trường THCS,Trường Tiểu học và THCS,Trường Mầm non số 2");
const SCHOOL_PREFIXES_MOUNTAIN = words("Trường Mầm non,Trường PTDTBT Tiểu học,Trường PTDTBT THCS,Trường Tiểu học và THCS,Trường Mầm non số 2");

const MASS_ORGS: readonly (readonly [OrganizationKind, string])[] = [
  ["people-council", "Hội đồng nhân dân"],
  ["people-committee", "Ủy ban nhân dân"],
  ["fatherland-front", "Ủy ban Mặt trận Tổ quốc Việt Nam"],
  ["youth-union", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
  ["women-union", "Hội Liên hiệp Phụ nữ"],
  ["farmers-union", "Hội Nông dân"],
  ["veterans-union", "Hội Cựu chiến binh"],
];

const LEVELS4 = ["excellent", "good", "completed", "not-completed"] as const;

// ---------------------------------------------------------------------------------------------
// Scales.

function repeat<T>(value: T, n: number): T[] {
  return new Array<T>(n).fill(value);
}

interface ScaleSpec {
  /** The profile (index into PROFILES) of each province, shuffled by the seed. */
  readonly provinces: readonly number[];
  /** Total districts, split over the provinces (each 7 to 15). */
  readonly districts: number;
  /** Total communes, split over the districts (each 9 to 21). */
  readonly communes: number;
  /** At province scale: the profiles of the districts (shuffled); otherwise districts mostly follow their province. */
  readonly districtProfiles?: readonly number[];
  readonly memberRatingYears: number;
  readonly orgRatingYears: number;
  /** Villages per commune, when not the profile's. */
  readonly villages?: readonly [number, number];
}

const SCALES: Readonly<Record<GeneratedScale, ScaleSpec>> = {
  commune: { provinces: [0], districts: 1, communes: 1, memberRatingYears: 3, orgRatingYears: 7, villages: [8, 12] },
  // An average province: midland, with a few upland and delta districts.
  province: { provinces: [1], districts: 12, communes: 180, memberRatingYears: 3, orgRatingYears: 7, districtProfiles: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 2, 2] },
  // 63 provinces (before the 2025 mergers): 16 mountain, 13 midland, 25 delta, 4 highland, 5 Mekong.
  national: {
    provinces: [...repeat(0, 16), ...repeat(1, 13), ...repeat(2, 25), ...repeat(3, 4), ...repeat(4, 5)],
    districts: 705,
    communes: 10600,
    memberRatingYears: 1,
    orgRatingYears: 2,
  },
};

// ---------------------------------------------------------------------------------------------
// The walk. Records are produced commune by commune (and district agencies by district) into a
// sink; generateDataset keeps them, generateJsonLines serialises and drops them after each chunk.

interface Sink {
  readonly organizations: Organization[];
  readonly units: Unit[];
  readonly people: Person[];
  readonly memberships: Membership[];
  readonly posts: Post[];
  readonly qualifications: Qualification[];
  readonly ratings: Rating[];
}

/** A current member of a cell, for choosing post holders. */
interface MemberRef {
  readonly id: string;
  readonly birth: number;
  readonly female: boolean;
  readonly official: boolean;
  readonly since: number;
  readonly unitId: string;
  readonly admitted: number;
}

interface Cell {
  readonly id: string;
  readonly unitIds: readonly string[];
  /** Day the cell was founded; members admitted earlier transferred in on that day. */
  readonly founding: number;
  readonly working: boolean;
  readonly members: MemberRef[];
}

interface Ctx {
  readonly r: Random;
  readonly out: Sink;
  readonly asOfDay: number;
  readonly asOfYear: number;
  readonly villageRange: readonly [number, number] | undefined;
  readonly orgYears: readonly number[];
  unitSeq: number;
  orgSeq: number;
  personSeq: number;
  readonly dayCache: (string | undefined)[];
  readonly monthCache: Map<number, string>;
  readonly yearCache: Map<number, string>;
  /** Full names by (ethnic, surname, middle, given, gender) code; dense for fast lookups. */
  readonly names: (string | undefined)[];
  readonly memberYearBounds: readonly (readonly [year: number, lastAdmission: number, firstEnd: number])[];
  // Per district / commune state.
  profile: Profile;
  ethnicCum: number[];
  dominant: number;
  /** Cells (of this commune or district) that existed long before asOf, as transfer sources. */
  oldCells: string[];
  qualified: Set<string>;
}

const DAY_BASE = daysFromCivil(1800, 1, 1);
const scratch = new Int32Array(3);

/** Year, month, day of a day number into `out` (days.ts civilFromDays without the allocation). */
function civilInto(z: number, out: Int32Array): void {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yoe + era * 400 + (m <= 2 ? 1 : 0);
  out[1] = m;
  out[2] = doy - Math.floor((153 * mp + 2) / 5) + 1;
}

// Name codes per ethnic group: up to 32 surnames, 16 middle names, 32 given names, 2 genders
// (the tables above have at most 28, 12 and 24).
const NAME_KEYS = 32 * 16 * 32 * 2;
const OLD_RECORDS = daysFromCivil(1976, 1, 1);
const FIRST_RATED_YEAR = 2018;
// Calibrates cell sizes so that the national scale has about 5.6 million members.
const MEMBER_FACTOR = 1.075;

function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const w of weights) out.push((s += w));
  return out;
}

function pickCum(r: Random, cum: readonly number[]): number {
  const x = r.next() * (cum[cum.length - 1] ?? 1);
  for (let i = 0; i < cum.length; i++) if (x < cum[i]!) return i;
  return cum.length - 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dayStr(g: Ctx, day: number): string {
  const k = day - DAY_BASE;
  let s = g.dayCache[k];
  if (s === undefined) g.dayCache[k] = s = formatDay(day);
  return s;
}

function monthStr(g: Ctx, day: number): string {
  const [y, m] = civilFromDays(day);
  const k = y * 12 + m;
  let s = g.monthCache.get(k);
  if (s === undefined) g.monthCache.set(k, (s = `${y}-${pad2(m)}`));
  return s;
}

function yearStr(g: Ctx, y: number): string {
  let s = g.yearCache.get(y);
  if (s === undefined) g.yearCache.set(y, (s = String(y)));
  return s;
}

function minusYears(day: number, years: number): number {
  const [y, m, d] = civilFromDays(day);
  return daysFromCivil(y - years, m, Math.min(d, daysInMonth(y - years, m)));
}

function yearOf(day: number): number {
  return civilFromDays(day)[0];
}

function placeName(g: Ctx, used: Set<string>): string {
  const p = g.profile;
  let name = "";
  for (let tries = 0; tries < 8; tries++) {
    name = `${g.r.pick(p.first)} ${g.r.pick(p.second)}`;
    if (!used.has(name)) break;
  }
  if (used.has(name)) {
    let k = 2;
    while (used.has(`${name} ${k}`)) k++;
    name = `${name} ${k}`;
  }
  used.add(name);
  return name;
}

function personName(g: Ctx, ethnic: number, female: boolean): string {
  const e = ETHNICS[ethnic]!;
  const st = STYLES[e.style]!;
  const r = g.r;
  const si = Math.floor(r.next() * e.surnames.length);
  const mids = female ? st.middleFemale : st.middleMale;
  const givens = female ? st.givenFemale : st.givenMale;
  const mi = Math.floor(r.next() * mids.length);
  const gi = Math.floor(r.next() * givens.length);
  const key = ethnic * NAME_KEYS + ((si * 16 + mi) * 32 + gi) * 2 + (female ? 1 : 0);
  let name = g.names[key];
  if (name === undefined) {
    const sur = e.surnames[si]!;
    const mid = mids[mi]!;
    const given = givens[gi]!;
    if (e.style === EDE) name = `${mid === "H'" ? "H'" : "Y "}${given} ${sur}`;
    else if (mid === "") name = `${sur} ${given}`;
    else name = `${sur} ${mid} ${given}`;
    g.names[key] = name;
  }
  return name;
}

function pickEthnic(g: Ctx): number {
  if (g.r.chance(0.6)) return g.dominant;
  return g.profile.ethnic[pickCum(g.r, g.ethnicCum)]![0];
}

function setDistrictProfile(g: Ctx, profileIndex: number): void {
  g.profile = PROFILES[profileIndex]!;
  g.ethnicCum = cumulative(g.profile.ethnic.map((e) => e[1]));
}

function newUnit(g: Ctx, name: string, kind: UnitKind, parentId: string | undefined): string {
  const id = `u${++g.unitSeq}`;
  g.out.units.push(parentId === undefined ? { id, name, kind } : { id, name, kind, parentId });
  return id;
}

function newOrg(g: Ctx, org: Omit<Organization, "id">): string {
  const id = `o${++g.orgSeq}`;
  g.out.organizations.push({ id, ...org });
  return id;
}

function newPerson(g: Ctx, ethnic: number, female: boolean, birth: number, birthPrecision: 1 | 2 | 3, unitId: string): string {
  const id = `p${++g.personSeq}`;
  const birthDate = birthPrecision === 3 ? dayStr(g, birth) : birthPrecision === 2 ? monthStr(g, birth) : yearStr(g, yearOf(birth));
  g.out.people.push({
    id,
    name: personName(g, ethnic, female),
    birthDate,
    gender: female ? "female" : "male",
    ethnicity: ETHNICS[ethnic]!.name,
    unitId,
  });
  return id;
}

function levelFor(r: Random, pExcellent: number, pGood: number, pCompleted: number): (typeof LEVELS4)[number] {
  const x = r.next();
  if (x < pExcellent) return "excellent";
  if (x < pExcellent + pGood) return "good";
  if (x < pExcellent + pGood + pCompleted) return "completed";
  return "not-completed";
}

function schemeFor(year: number): string {
  if (year >= 2025) return "qd-366-2025";
  if (year >= 2023) return "qd-124-2023";
  return "qd-132-2018";
}

function pushRating(g: Ctx, subjectId: string, year: number, level: (typeof LEVELS4)[number]): void {
  const scheme = schemeFor(year);
  if (year >= 2025) {
    // QĐ 366 rates on 100 points: HTXS >= 90, HTT 70-89, HT 50-69, KHT < 50.
    const r = g.r;
    const score = level === "excellent" ? r.int(90, 100) : level === "good" ? r.int(70, 89) : level === "completed" ? r.int(50, 69) : r.int(20, 49);
    g.out.ratings.push({ subjectId, scheme, period: year, level, score });
  } else g.out.ratings.push({ subjectId, scheme, period: year, level });
}

function rateOrganization(g: Ctx, id: string, founding: number, mass: boolean, government: boolean): void {
  const r = g.r;
  for (const y of g.orgYears) {
    if (founding > daysFromCivil(y, 6, 30)) continue;
    const level = government
      ? r.chance(0.25) ? "excellent" : "good"
      : mass
        ? levelFor(r, 0.12, 0.45, 0.41)
        : levelFor(r, 0.16, 0.7, 0.125);
    pushRating(g, id, y, level);
  }
}

/**
 * Adds one party member of `cell` (a person, one or two memberships, and yearly ratings).
 * Admission is at age 18 or later; the official date is 12 months after admission (a few are
 * recorded a little later); members admitted in the last 12 months are still probationary.
 */
function addMember(g: Ctx, cell: Cell, former: boolean): void {
  const r = g.r;
  const asOf = g.asOfDay;
  const female = r.chance(cell.working ? 0.45 : g.profile.femaleShare);
  const ethnic = pickEthnic(g);

  // Years since admission: exponential (about 36% admitted in the last ten years).
  let yearsAgo = former ? 3 + -Math.log(1 - r.next()) * 25 : -Math.log(1 - r.next()) * 22;
  const maxYears = cell.working ? 35 : 64;
  if (yearsAgo > maxYears) yearsAgo = maxYears * r.next();
  let admitted = asOf - Math.floor(yearsAgo * 365.2425) - r.int(0, 20);
  if (admitted > asOf) admitted = asOf;
  if (former) {
    if (cell.founding > admitted) admitted = cell.founding + r.int(0, 300);
    if (admitted > asOf - 400) admitted = asOf - 400 - r.int(0, 2000);
  }
  const partial = admitted < OLD_RECORDS && r.chance(0.3);
  civilInto(admitted, scratch);
  const ay = scratch[0]!;
  const am = scratch[1]!;
  let ad = scratch[2]!;
  if (partial) {
    admitted -= ad - 1;
    ad = 1;
  }

  const yrs = Math.floor((asOf - admitted) / 365.2425);
  const maxAge = cell.working ? Math.max(18, Math.min(45, 58 - yrs)) : Math.max(18, Math.min(47, 90 - yrs));
  const ageAtAdmission = 18 + Math.floor(r.next() * r.next() * (maxAge - 18 + 1));
  // Born on or before the day `ageAtAdmission` years before admission: at least 18 at admission.
  const birth = daysFromCivil(ay - ageAtAdmission, am, Math.min(ad, daysInMonth(ay - ageAtAdmission, am))) - r.int(0, 364);
  let precision: 1 | 2 | 3 = 3;
  const px = r.next();
  if (px < 0.09) {
    // A reduced-precision birth date only when every day it could stand for is 18 years or
    // more before admission.
    civilInto(birth, scratch);
    const by = scratch[0]!;
    const bm = scratch[1]!;
    if (px < 0.05 && by + 18 < ay) precision = 1;
    else if ((by + 18) * 12 + bm < ay * 12 + am) precision = 2;
  }

  // Where the member is now (or was last).
  const unitId = cell.unitIds.length === 1 ? cell.unitIds[0]! : r.pick(cell.unitIds);
  const personId = newPerson(g, ethnic, female, birth, precision, unitId);

  // 12 months after admission (29 February → 28 February).
  const due = daysFromCivil(ay + 1, am, Math.min(ad, daysInMonth(ay + 1, am)));
  let hasOfficial = due <= asOf;
  let official = due;
  if (hasOfficial && !partial && r.chance(0.08)) {
    const late = due + r.int(1, 75);
    if (late <= asOf) official = late;
  }

  // Transfers: into a cell founded after admission, or now and then between cells.
  let from: string | undefined;
  let transfer = 0;
  if (cell.founding > admitted && g.oldCells.length > 0) {
    transfer = cell.founding;
    from = r.pick(g.oldCells);
  } else if (!former && admitted < asOf - 900 && g.oldCells.length > 1 && r.chance(0.07)) {
    transfer = r.int(admitted + 60, asOf - 30);
    from = r.pick(g.oldCells);
    if (from === cell.id) from = undefined;
  }

  let end = 0;
  let endReason: Membership["endReason"];
  if (former) {
    end = r.int(Math.max(admitted + 30, asOf - 15 * 366), asOf - 1);
    const x = r.next();
    endReason = x < 0.6 ? "died" : x < 0.95 ? "transferred" : x < 0.98 ? "struck-off" : x < 0.99 ? "expelled" : "resigned";
    if (official > end) hasOfficial = false;
  }

  const startDate = partial ? monthStr(g, admitted) : dayStr(g, admitted);
  const officialDate = hasOfficial ? (partial ? monthStr(g, official) : dayStr(g, official)) : undefined;
  const ms = g.out.memberships;
  const organizationId = cell.id;
  let since = admitted;
  // Each record is one object literal with all its fields: no shape changes, no spare slots.
  if (from !== undefined) {
    const endDate = dayStr(g, transfer - 1);
    ms.push(
      officialDate !== undefined && official < transfer
        ? { personId, organizationId: from, startDate, officialDate, endDate, endReason: "transferred" }
        : { personId, organizationId: from, startDate, endDate, endReason: "transferred" },
    );
    const moved = dayStr(g, transfer);
    ms.push(
      officialDate !== undefined && official >= transfer
        ? { personId, organizationId, startDate: moved, startReason: "transferred", officialDate }
        : { personId, organizationId, startDate: moved, startReason: "transferred" },
    );
    since = transfer;
  } else if (former) {
    const endDate = dayStr(g, end);
    ms.push(
      officialDate !== undefined
        ? { personId, organizationId, startDate, officialDate, endDate, endReason }
        : { personId, organizationId, startDate, endDate, endReason },
    );
  } else {
    ms.push(officialDate !== undefined ? { personId, organizationId, startDate, officialDate } : { personId, organizationId, startDate });
  }

  // Yearly ratings: members admitted at least six months before the end of the year.
  const bounds = g.memberYearBounds;
  for (let i = 0; i < bounds.length; i++) {
    const [y, lastAdmission, firstEnd] = bounds[i]!;
    if (admitted > lastAdmission || (former && end < firstEnd)) continue;
    pushRating(g, personId, y, levelFor(r, 0.12, 0.76, 0.105));
  }

  if (!former) {
    cell.members.push({ id: personId, birth, female, official: hasOfficial, since, unitId, admitted });
  }
}

function addCellMembers(g: Ctx, cell: Cell, planned: number): void {
  const size = Math.max(3, Math.round(planned * MEMBER_FACTOR));
  for (let i = 0; i < size; i++) addMember(g, cell, false);
  // Former members: died, moved away, struck off.
  const former = cell.founding > g.asOfDay - 3650 ? 0 : Math.round(size * 0.05 * (0.5 + g.r.next()));
  for (let i = 0; i < former; i++) addMember(g, cell, true);
}

function ageAt(birth: number, day: number): number {
  return Math.floor((day - birth) / 365.2425);
}

/** A random current member satisfying `ok`, or undefined; avoids members in `taken`. */
function chooseMember(g: Ctx, members: readonly MemberRef[], taken: ReadonlySet<string>, ok: (m: MemberRef) => boolean): MemberRef | undefined {
  const n = members.length;
  if (n === 0) return undefined;
  const start = Math.floor(g.r.next() * n);
  for (let k = 0; k < n; k++) {
    const m = members[(start + k) % n]!;
    if (!taken.has(m.id) && ok(m)) return m;
  }
  return undefined;
}

/** The start of the term in force at `asOf`, for terms of `months` starting at `anchor`. */
function termStart(asOf: number, anchorYear: number, anchorMonth: number, months: number): number {
  const [y, m] = civilFromDays(asOf);
  const elapsed = (y - anchorYear) * 12 + (m - anchorMonth);
  const k = Math.floor(elapsed / months);
  const total = anchorYear * 12 + (anchorMonth - 1) + k * months;
  return daysFromCivil(Math.floor(total / 12), (total % 12) + 1, 1);
}

type CadreKind = "commune-leader" | "commune-staff" | "cell-secretary" | "village-head" | "agency";

function pickLevel<T extends string>(r: Random, table: readonly (readonly [T, number])[]): T {
  let x = r.next();
  for (const [level, p] of table) {
    if (x < p) return level;
    x -= p;
  }
  return table[table.length - 1]![0];
}

/** Qualifications of a cadre, once per person: general education, professional, political theory, state management. */
function qualify(g: Ctx, personId: string, birth: number, admitted: number | undefined, kind: CadreKind): void {
  if (g.qualified.has(personId)) return;
  g.qualified.add(personId);
  const r = g.r;
  const remote = g.profile.remote;
  const q = g.out.qualifications;
  const lastYear = g.asOfYear - 1;
  const by = yearOf(birth);
  const year = (y: number): string | undefined => (y <= lastYear ? yearStr(g, y) : undefined);
  const push = (scale: Qualification["scale"], level: string, y: number | undefined): void => {
    const date = y === undefined ? undefined : year(y);
    q.push(date === undefined ? { personId, scale, level } : { personId, scale, level, date });
  };

  const local = kind === "village-head" || kind === "cell-secretary";
  const ge = local
    ? pickLevel(r, [["primary", 0.04 + 0.12 * remote], ["lower-secondary", 0.2 + 0.3 * remote], ["upper-secondary", 1]] as const)
    : kind === "commune-staff" && r.chance(0.03 * remote)
      ? "lower-secondary"
      : "upper-secondary";
  push("general-education", ge, by + (ge === "primary" ? 11 : ge === "lower-secondary" ? 15 : 18));

  const prof = local
    ? pickLevel(r, [["none", 0.25 + 0.45 * remote], ["elementary", 0.15], ["intermediate", 0.2], ["college", 0.05], ["bachelor", 1]] as const)
    : kind === "agency"
      ? pickLevel(r, [["bachelor", 0.7], ["master", 0.25], ["doctor", 0.01], ["college", 1]] as const)
      : kind === "commune-leader"
        ? pickLevel(r, [["bachelor", 0.72], ["master", 0.08], ["intermediate", 0.13], ["college", 0.05], ["none", 1]] as const)
        : pickLevel(r, [["bachelor", 0.65], ["master", 0.03], ["intermediate", 0.22], ["college", 0.05], ["elementary", 0.01], ["none", 1]] as const);
  push("professional", prof, prof === "none" ? undefined : by + (prof === "elementary" ? 19 : prof === "intermediate" ? 20 : prof === "college" ? 21 : prof === "bachelor" ? 22 : prof === "master" ? 27 + r.int(0, 6) : 32 + r.int(0, 6)));

  const member = admitted !== undefined;
  const pt = kind === "village-head"
    ? pickLevel(r, [["none", member ? 0.15 : 0.55], ["elementary", member ? 0.75 : 0.42], ["intermediate", 1]] as const)
    : kind === "cell-secretary"
      ? pickLevel(r, [["none", 0.1], ["elementary", 0.72], ["intermediate", 0.16], ["advanced", 1]] as const)
      : kind === "commune-staff"
        ? pickLevel(r, [["none", 0.15], ["elementary", 0.5], ["intermediate", 0.32], ["advanced", 1]] as const)
        : kind === "commune-leader"
          ? pickLevel(r, [["elementary", 0.08], ["intermediate", 0.7], ["advanced", 1]] as const)
          : pickLevel(r, [["elementary", 0.05], ["intermediate", 0.5], ["advanced", 1]] as const);
  if (pt === "none") push("political-theory", "none", undefined);
  else {
    const from = Math.max(by + 20, admitted !== undefined ? yearOf(admitted) + 1 : by + 25);
    const span = Math.max(0, lastYear - from);
    const reached = from + Math.floor(r.next() * (span + 1));
    // A few have the earlier level on record too (elementary before intermediate, ...).
    if (pt !== "elementary" && reached - 4 >= from && r.chance(0.4)) push("political-theory", pt === "advanced" ? "intermediate" : "elementary", reached - 4);
    push("political-theory", pt, reached);
  }

  if (kind === "commune-leader" || kind === "commune-staff" || kind === "agency") {
    const sm = kind === "commune-staff"
      ? pickLevel(r, [["", 0.55], ["specialist", 0.43], ["principal-specialist", 1]] as const)
      : kind === "commune-leader"
        ? pickLevel(r, [["", 0.3], ["specialist", 0.6], ["principal-specialist", 1]] as const)
        : pickLevel(r, [["", 0.3], ["specialist", 0.3], ["principal-specialist", 0.38], ["senior-specialist", 1]] as const);
    if (sm !== "") push("state-management", sm, Math.min(lastYear, by + 28 + r.int(0, 15)));
  }
}

function post(g: Ctx, p: Post): void {
  g.out.posts.push(p);
}

function postStart(g: Ctx, term: number, m: MemberRef | undefined): string {
  // A holder who arrived after the term began holds the post from arrival.
  if (m !== undefined && m.since > term) return dayStr(g, m.since);
  return monthStr(g, term);
}

/** Secretary (and deputy, previous secretary) of a cell from its current members. */
function cellOfficers(g: Ctx, cell: Cell, kind: CadreKind): MemberRef | undefined {
  const r = g.r;
  const asOf = g.asOfDay;
  const taken = new Set<string>();
  // Congress day: some days into the first month of the term, never after asOf.
  const term = Math.min(asOf, termStart(asOf, 2020, 4, 30) + r.int(0, 27));
  const sec =
    chooseMember(g, cell.members, taken, (m) => m.official && ageAt(m.birth, asOf) >= 25 && ageAt(m.birth, asOf) < 65) ??
    chooseMember(g, cell.members, taken, (m) => m.official);
  if (sec === undefined) return undefined;
  taken.add(sec.id);
  post(g, { personId: sec.id, role: "secretary", organizationId: cell.id, startDate: postStart(g, term, sec) });
  qualify(g, sec.id, sec.birth, sec.admitted, kind);
  const officials = cell.members.reduce((n, m) => n + (m.official ? 1 : 0), 0);
  if (officials >= 9 && r.chance(0.6)) {
    const dep = chooseMember(g, cell.members, taken, (m) => m.official && ageAt(m.birth, asOf) < 62);
    if (dep !== undefined) {
      taken.add(dep.id);
      post(g, { personId: dep.id, role: "deputy-secretary", organizationId: cell.id, startDate: postStart(g, term, dep) });
    }
  }
  if (r.chance(0.5)) {
    const prevTerm = termStart(term - 400, 2020, 4, 30);
    const prev = chooseMember(g, cell.members, taken, (m) => m.official && m.since <= prevTerm);
    if (prev !== undefined) {
      post(g, { personId: prev.id, role: "secretary", organizationId: cell.id, startDate: monthStr(g, prevTerm), endDate: dayStr(g, term - 1) });
      qualify(g, prev.id, prev.birth, prev.admitted, kind);
    }
  }
  return sec;
}

function nonMember(g: Ctx, unitId: string, female: boolean, minAge: number, maxAge: number): { id: string; birth: number } {
  const r = g.r;
  const birth = minusYears(g.asOfDay, r.int(minAge, maxAge)) - r.int(0, 364);
  const id = newPerson(g, pickEthnic(g), female, birth, 3, unitId);
  return { id, birth };
}

interface CommuneArgs {
  readonly districtId: string;
  readonly districtCommitteeId: string;
  readonly agencies: boolean;
}

/** One commune: its units, party committee and cells, members, posts and ratings. */
function generateCommune(g: Ctx, a: CommuneArgs): void {
  const r = g.r;
  const p = g.profile;
  const asOf = g.asOfDay;
  g.dominant = p.ethnic[pickCum(r, g.ethnicCum)]![0];
  g.oldCells = [];
  g.qualified = new Set();
  const used = new Set<string>();
  const base = placeName(g, used);
  const ward = r.chance(p.wardShare);
  const communeWord = ward ? "phường" : "xã";
  const communeId = newUnit(g, `${ward ? "Phường" : "Xã"} ${base}`, ward ? "ward" : "commune", a.districtId);

  const committeeId = newOrg(g, {
    name: `Đảng bộ ${communeWord} ${base}`,
    kind: "party-committee",
    level: "grassroots",
    parentId: a.districtCommitteeId,
    unitId: communeId,
  });
  rateOrganization(g, committeeId, -Infinity, false, false);
  const massIds: string[] = [];
  for (const [kind, label] of MASS_ORGS) {
    const id = newOrg(g, { name: `${label} ${communeWord} ${base}`, kind, unitId: communeId });
    massIds.push(id);
    rateOrganization(g, id, -Infinity, true, kind === "people-committee" || kind === "people-council");
  }

  // Places to cover.
  const [vLo, vHi] = g.villageRange ?? p.villages;
  const nVillages = r.int(vLo, vHi);
  const villages: { id: string; base: string }[] = [];
  for (let i = 0; i < nVillages; i++) {
    const base = ward ? `số ${i + 1}` : placeName(g, used);
    const name = ward ? `Tổ dân phố ${base}` : `${p.village} ${base}`;
    villages.push({ id: newUnit(g, name, ward ? "residential-group" : "village", communeId), base });
  }
  const villageWord = ward ? "tổ dân phố" : p.village.toLowerCase();
  const nSchools = r.int(1, 4);
  const schoolPrefixes = p.remote > 0.5 ? SCHOOL_PREFIXES_MOUNTAIN : SCHOOL_PREFIXES;
  const schools: { id: string; name: string }[] = [];
  for (let i = 0; i < nSchools; i++) {
    const name = `${schoolPrefixes[i]!} ${base}`;
    schools.push({ id: newUnit(g, name, "school", communeId), name });
  }
  const station = r.chance(0.95) ? `Trạm Y tế ${communeWord} ${base}` : undefined;
  const stationId = station === undefined ? undefined : newUnit(g, station, "health-station", communeId);
  const officeName = `Cơ quan Đảng ủy - HĐND - UBND ${communeWord} ${base}`;
  const officeId = newUnit(g, officeName, "agency", communeId);
  const policeId = newUnit(g, `Công an ${communeWord} ${base}`, "armed-forces", communeId);
  const militaryId = newUnit(g, `Ban Chỉ huy Quân sự ${communeWord} ${base}`, "armed-forces", communeId);

  const newCell = (name: string, unitIds: readonly string[], founding: number, working: boolean): Cell => {
    const org: Omit<Organization, "id"> = { name, kind: "party-cell", level: "branch", parentId: committeeId, unitId: communeId, coversUnitIds: [...unitIds] };
    if (founding > -Infinity) org.foundingDate = dayStr(g, founding);
    const id = newOrg(g, org);
    rateOrganization(g, id, founding, false, false);
    return { id, unitIds, founding, working, members: [] };
  };

  // The commune's own cells first: they are the old cells members transfer from.
  const office = newCell(`Chi bộ Cơ quan ${communeWord} ${base}`, [officeId], -Infinity, true);
  const police = newCell(`Chi bộ Công an ${communeWord} ${base}`, [policeId], -Infinity, true);
  const military = newCell(`Chi bộ Quân sự ${communeWord} ${base}`, [militaryId], -Infinity, true);
  g.oldCells.push(office.id, police.id, military.id);
  addCellMembers(g, office, r.int(18, 34));
  addCellMembers(g, police, r.int(6, 16));
  addCellMembers(g, military, r.int(5, 12));

  // Village cells: most villages their own, some joint cells of two, a few none.
  const villageCells: (Cell | undefined)[] = [];
  const scale = p.cellSize;
  for (let i = 0; i < villages.length; i++) {
    const v = villages[i]!;
    const x = r.next();
    if (x < p.noCell) {
      villageCells.push(undefined);
      continue;
    }
    const next = villages[i + 1];
    const recent = r.chance(p.remote * 0.25);
    const founding = recent ? asOf - r.int(365, 11 * 365) : -Infinity;
    if (next !== undefined && x < p.noCell + 0.08 && !ward) {
      const cell = newCell(`Chi bộ ${villageWord} ${v.base} - ${next.base}`, [v.id, next.id], founding, false);
      villageCells.push(cell, cell);
      i++;
      addCellMembers(g, cell, Math.max(3, Math.round(scale * (0.5 + r.next()) * 1.2)));
    } else {
      const cell = newCell(`Chi bộ ${villageWord} ${v.base}`, [v.id], founding, false);
      villageCells.push(cell);
      addCellMembers(g, cell, Math.max(3, Math.round(scale * (0.5 + r.next()))));
    }
    if (founding === -Infinity) g.oldCells.push(villageCells[villageCells.length - 1]!.id);
  }

  const unitCells: Cell[] = [];
  for (const s of schools) {
    if (!r.chance(0.85)) continue;
    const cell = newCell(`Chi bộ ${s.name}`, [s.id], -Infinity, true);
    unitCells.push(cell);
    addCellMembers(g, cell, r.int(3, 20));
  }
  if (stationId !== undefined && r.chance(0.8)) {
    const cell = newCell(`Chi bộ ${station!}`, [stationId], -Infinity, true);
    unitCells.push(cell);
    addCellMembers(g, cell, r.int(3, 10));
  }

  // Officers of cells, village heads.
  const secretaries = new Map<Cell, MemberRef>();
  for (const c of [office, police, military, ...unitCells]) {
    const s = cellOfficers(g, c, "cell-secretary");
    if (s !== undefined) secretaries.set(c, s);
  }
  for (let i = 0; i < villageCells.length; i++) {
    const c = villageCells[i];
    if (c === undefined || secretaries.has(c)) continue;
    const s = cellOfficers(g, c, "cell-secretary");
    if (s !== undefined) secretaries.set(c, s);
  }
  const headTerm = Math.min(asOf, termStart(asOf, 2022, 6, 30) + r.int(0, 45));
  const heads = new Set<string>();
  for (let i = 0; i < villages.length; i++) {
    const v = villages[i]!;
    const c = villageCells[i];
    let head: { id: string; birth: number; admitted: number | undefined } | undefined;
    if (c !== undefined) {
      const sec = secretaries.get(c);
      if (sec !== undefined && c.unitIds.length === 1 && sec.unitId === v.id && r.chance(0.3)) head = sec;
      else if (r.chance(0.5)) {
        const m = chooseMember(g, c.members, heads, (x) => x.unitId === v.id && ageAt(x.birth, asOf) >= 24 && ageAt(x.birth, asOf) < 70);
        if (m !== undefined) head = m;
      }
    }
    if (head === undefined) {
      const nm = nonMember(g, v.id, r.chance(0.1), 28, 62);
      head = { id: nm.id, birth: nm.birth, admitted: undefined };
    }
    heads.add(head.id);
    post(g, { personId: head.id, role: "village-head", unitId: v.id, startDate: monthStr(g, headTerm) });
    qualify(g, head.id, head.birth, head.admitted, "village-head");
  }

  // Commune leadership, from the office cell (and the police and military commanders).
  const taken = new Set<string>();
  const term = Math.min(asOf, termStart(asOf, 2020, 7, 60) + r.int(0, 60));
  const prevTerm = termStart(term - 400, 2020, 7, 60) + r.int(0, 60);
  const working = (m: MemberRef): boolean => m.official && ageAt(m.birth, asOf) >= 25 && ageAt(m.birth, asOf) < 60;
  const leader = (pool: Cell, ok: (m: MemberRef) => boolean = working): MemberRef | undefined => {
    const m = chooseMember(g, pool.members, taken, ok) ?? chooseMember(g, pool.members, taken, working) ?? chooseMember(g, pool.members, new Set(), (x) => x.official);
    if (m !== undefined) taken.add(m.id);
    return m;
  };
  const hold = (m: MemberRef | undefined, role: Post["role"], organizationId: string, kind: CadreKind, start = term): void => {
    if (m === undefined) return;
    post(g, { personId: m.id, role, organizationId, startDate: postStart(g, start, m) });
    qualify(g, m.id, m.birth, m.admitted, kind);
  };
  const [councilId, peopleCommitteeId, frontId, youthId, womenId, farmersId, veteransId] = massIds as [string, string, string, string, string, string, string];
  const secretary = leader(office);
  hold(secretary, "secretary", committeeId, "commune-leader");
  hold(secretary, "chair", councilId, "commune-leader");
  const standing = leader(office);
  hold(standing, "deputy-secretary", committeeId, "commune-leader");
  const chair = leader(office);
  hold(chair, "deputy-secretary", committeeId, "commune-leader");
  hold(chair, "chair", peopleCommitteeId, "commune-leader");
  hold(leader(office), "vice-chair", councilId, "commune-leader");
  hold(leader(office), "vice-chair", peopleCommitteeId, "commune-leader");
  hold(leader(office), "vice-chair", peopleCommitteeId, "commune-leader");
  const front = leader(office);
  hold(front, "chair", frontId, "commune-leader");
  hold(front, "standing-committee-member", committeeId, "commune-leader");
  hold(leader(office, (m) => working(m) && m.female), "chair", womenId, "commune-leader");
  hold(leader(office, (m) => working(m) && ageAt(m.birth, asOf) <= 35), "secretary", youthId, "commune-leader");
  hold(leader(office), "chair", farmersId, "commune-leader");
  hold(leader(office, (m) => working(m) && !m.female && ageAt(m.birth, asOf) >= 45), "chair", veteransId, "commune-leader");
  hold(leader(police), "standing-committee-member", committeeId, "commune-leader");
  hold(leader(military), "committee-member", committeeId, "commune-leader");
  for (let i = 0; i < 4; i++) hold(leader(office), "committee-member", committeeId, "commune-staff");
  // Some village cell secretaries sit on the commune committee.
  for (const s of [...secretaries.values()].slice(0, 3)) {
    post(g, { personId: s.id, role: "committee-member", organizationId: committeeId, startDate: postStart(g, term, s) });
  }
  if (r.chance(0.8)) {
    const prev = chooseMember(g, office.members, taken, (m) => m.official && m.since <= prevTerm);
    if (prev !== undefined) {
      post(g, { personId: prev.id, role: "secretary", organizationId: committeeId, startDate: monthStr(g, prevTerm), endDate: dayStr(g, term - 1) });
      qualify(g, prev.id, prev.birth, prev.admitted, "commune-leader");
    }
  }
  // Civil servants of the people's committee; some are not party members.
  const nStaff = r.int(6, 10);
  for (let i = 0; i < nStaff; i++) {
    let m: { id: string; birth: number; admitted: number | undefined; since: number } | undefined;
    if (r.chance(0.75)) m = leader(office);
    if (m === undefined) {
      const nm = nonMember(g, officeId, r.chance(0.45), 23, 50);
      m = { id: nm.id, birth: nm.birth, admitted: undefined, since: -Infinity };
    }
    // In post since some time after turning 22 (or since joining the office cell).
    const since = Math.min(asOf, Math.max(term - r.int(0, 3000), minusYears(m.birth, -22)));
    post(g, { personId: m.id, role: "civil-servant", organizationId: peopleCommitteeId, startDate: m.since > since ? dayStr(g, m.since) : monthStr(g, since) });
    qualify(g, m.id, m.birth, m.admitted, "commune-staff");
  }

  // Agencies located in the commune that form their own chi bộ cơ sở under the district (only
  // at commune scale, where the district's agencies are not generated).
  if (a.agencies) {
    const names = [`Trường THPT ${base}`, `Đồn Biên phòng ${base}`];
    const kinds: UnitKind[] = ["school", "armed-forces"];
    for (let i = 0; i < names.length; i++) {
      const unitId = newUnit(g, names[i]!, kinds[i]!, communeId);
      const id = newOrg(g, { name: `Chi bộ ${names[i]!}`, kind: "party-cell", level: "grassroots", parentId: a.districtCommitteeId, unitId: communeId, coversUnitIds: [unitId] });
      rateOrganization(g, id, -Infinity, false, false);
      const cell: Cell = { id, unitIds: [unitId], founding: -Infinity, working: true, members: [] };
      addCellMembers(g, cell, r.int(8, 25));
      cellOfficers(g, cell, "agency");
    }
  }
}

/** District agencies: chi bộ cơ sở and đảng bộ cơ sở with their cells. */
function generateDistrictAgencies(g: Ctx, districtId: string, districtName: string, districtCommitteeId: string): void {
  const r = g.r;
  g.dominant = g.profile.ethnic[pickCum(r, g.ethnicCum)]![0];
  g.oldCells = [];
  g.qualified = new Set();
  const suffix = (name: string): string => `${name} ${districtName}`;
  const nCells = r.int(44, DISTRICT_AGENCIES.length);
  // A fixed-size shuffle of the agency list picks which exist.
  const chosen = shuffle(r, DISTRICT_AGENCIES.map((_, i) => i))
    .slice(0, nCells)
    .sort((x, y) => x - y);
  const cells: Cell[] = [];
  for (const k of chosen) {
    const [name, kind] = DISTRICT_AGENCIES[k]!;
    const unitId = newUnit(g, suffix(name), kind, districtId);
    const id = newOrg(g, { name: `Chi bộ ${suffix(name)}`, kind: "party-cell", level: "grassroots", parentId: districtCommitteeId, unitId: districtId, coversUnitIds: [unitId] });
    rateOrganization(g, id, -Infinity, false, false);
    cells.push({ id, unitIds: [unitId], founding: -Infinity, working: true, members: [] });
    g.oldCells.push(id);
  }
  for (const c of cells) {
    addCellMembers(g, c, 3 + Math.floor(r.next() * r.next() * 27));
    cellOfficers(g, c, "agency");
  }
  const nBlocs = r.int(7, DISTRICT_BLOCS.length);
  for (let b = 0; b < nBlocs; b++) {
    const [name, kind, subs] = DISTRICT_BLOCS[b]!;
    const blocName = suffix(name);
    const unitId = newUnit(g, blocName, kind, districtId);
    const committeeId = newOrg(g, { name: `Đảng bộ ${blocName}`, kind: "party-committee", level: "grassroots", parentId: districtCommitteeId, unitId: districtId, coversUnitIds: [unitId] });
    rateOrganization(g, committeeId, -Infinity, false, false);
    const nSubs = r.int(Math.min(3, subs.length), subs.length);
    let first: MemberRef | undefined;
    for (let s = 0; s < nSubs; s++) {
      const subId = newUnit(g, subs[s]!, kind, unitId);
      const id = newOrg(g, { name: `Chi bộ ${subs[s]!}`, kind: "party-cell", level: "branch", parentId: committeeId, unitId: districtId, coversUnitIds: [subId] });
      rateOrganization(g, id, -Infinity, false, false);
      const cell: Cell = { id, unitIds: [subId], founding: -Infinity, working: true, members: [] };
      g.oldCells.push(id);
      addCellMembers(g, cell, r.int(8, 36));
      const sec = cellOfficers(g, cell, "agency");
      if (first === undefined && sec !== undefined) first = sec;
    }
    if (first !== undefined) {
      post(g, { personId: first.id, role: "secretary", organizationId: committeeId, startDate: monthStr(g, termStart(g.asOfDay, 2020, 7, 60)) });
    }
  }
}

function ratingYears(lastYear: number, count: number): number[] {
  const out: number[] = [];
  for (let y = Math.max(FIRST_RATED_YEAR, lastYear - count + 1); y <= lastYear; y++) out.push(y);
  return out;
}

/** Walks the hierarchy, pushing records into `out`; yields after each chunk (a commune, a district's agencies). */
function* walk(options: GenerateOptions, out: Sink): Generator<void, void, undefined> {
  const spec = SCALES[options.scale];
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const asOfDay = daysFromCivil(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), Number(asOf.slice(8, 10)));
  const asOfYear = Number(asOf.slice(0, 4));
  const g: Ctx = {
    r: createRandom(options.seed ?? 1),
    out,
    asOfDay,
    asOfYear,
    villageRange: spec.villages,
    orgYears: ratingYears(asOfYear - 1, spec.orgRatingYears),
    unitSeq: 0,
    orgSeq: 0,
    personSeq: 0,
    // Dense (not sparse) so that lookups stay fast: one slot per day from 1800 to asOf.
    dayCache: new Array<string | undefined>(asOfDay - DAY_BASE + 1).fill(undefined),
    monthCache: new Map(),
    yearCache: new Map(),
    names: new Array<string | undefined>(ETHNICS.length * NAME_KEYS).fill(undefined),
    // Members are rated for a year when admitted at least six months before its end and still members on 1 December.
    memberYearBounds: ratingYears(asOfYear - 1, spec.memberRatingYears).map((y) => [y, daysFromCivil(y, 12, 31) - 183, daysFromCivil(y, 12, 1)] as const),
    profile: PROFILES[0]!,
    ethnicCum: [],
    dominant: 0,
    oldCells: [],
    qualified: new Set(),
  };
  const r = g.r;
  const profileCum = cumulative(PROFILE_WEIGHTS);
  const provinces = shuffle(r, [...spec.provinces]);
  const single = provinces.length === 1;
  const districtsPer = single ? [spec.districts] : splitTotal(r, spec.districts, provinces.length, 7, 15);
  const communesPer = spec.districts === 1 ? [spec.communes] : splitTotal(r, spec.communes, spec.districts, 9, 21);
  const districtProfiles = spec.districtProfiles ? shuffle(r, [...spec.districtProfiles]) : undefined;
  let district = 0;
  for (let pi = 0; pi < provinces.length; pi++) {
    const provinceProfile = provinces[pi]!;
    setDistrictProfile(g, provinceProfile);
    const provinceName = placeName(g, new Set());
    const provinceId = newUnit(g, `Tỉnh ${provinceName}`, "province", undefined);
    const provinceCommitteeId = newOrg(g, { name: `Đảng bộ tỉnh ${provinceName}`, kind: "party-committee", level: "province", unitId: provinceId });
    const nDistricts = districtsPer[pi]!;
    const districtNames = new Set<string>();
    for (let di = 0; di < nDistricts; di++, district++) {
      // Districts mostly share their province's profile.
      const profile = districtProfiles?.[di] ?? (single || r.chance(0.7) ? provinceProfile : pickCum(r, profileCum));
      setDistrictProfile(g, profile);
      const districtName = placeName(g, districtNames);
      const districtId = newUnit(g, `Huyện ${districtName}`, "district", provinceId);
      const districtCommitteeId = newOrg(g, {
        name: `Đảng bộ huyện ${districtName}`,
        kind: "party-committee",
        level: "district",
        parentId: provinceCommitteeId,
        unitId: districtId,
      });
      yield;
      const nCommunes = communesPer[district]!;
      for (let ci = 0; ci < nCommunes; ci++) {
        generateCommune(g, { districtId, districtCommitteeId, agencies: options.scale === "commune" });
        yield;
      }
      if (options.scale !== "commune") {
        generateDistrictAgencies(g, districtId, districtName, districtCommitteeId);
        yield;
      }
    }
  }
}

function shuffle<T>(r: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}

/** `parts` random sizes in [lo, hi] that add up to `total` exactly. */
function splitTotal(r: Random, total: number, parts: number, lo: number, hi: number): number[] {
  const sizes: number[] = [];
  let sum = 0;
  for (let i = 0; i < parts; i++) sum += sizes[sizes.push(r.int(lo, hi)) - 1]!;
  while (sum !== total) {
    const i = r.int(0, parts - 1);
    const v = sizes[i]!;
    if (sum < total && v < hi) {
      sizes[i] = v + 1;
      sum++;
    } else if (sum > total && v > lo) {
      sizes[i] = v - 1;
      sum--;
    }
  }
  return sizes;
}

function checkOptions(options: GenerateOptions): void {
  if (typeof options !== "object" || options === null || !Object.prototype.hasOwnProperty.call(SCALES, options.scale)) {
    throw new GrassrootsError("invalid-argument", `generateDataset: scale must be "commune", "province" or "national"`);
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
    throw new GrassrootsError("invalid-argument", `generateDataset: seed must be a safe integer, got ${String(options.seed)}`);
  }
  const asOf = options.asOf;
  if (asOf !== undefined && (typeof asOf !== "string" || asOf.length !== 10 || precisionOf(asOf) !== 3 || asOf < "1990-01-01" || asOf > "2100-12-31")) {
    throw new GrassrootsError("invalid-argument", `generateDataset: asOf must be a date YYYY-MM-DD between 1990 and 2100, got ${String(asOf)}`);
  }
}

function emptySink(): Sink {
  return { organizations: [], units: [], people: [], memberships: [], posts: [], qualifications: [], ratings: [] };
}

/**
 * Generates a synthetic, realistic and valid dataset: a province → district → commune →
 * village hierarchy with schools, health stations and agencies; commune party committees
 * (`party-committee`, level `grassroots`) with subordinate cells (`party-cell`, level `branch`)
 * covering villages, schools and stations (some joint cells covering two villages, some
 * places with no cell); chi bộ cơ sở and đảng bộ cơ sở of district agencies; party members
 * with Vietnamese names (NFC, full diacritics), birth dates, gender and ethnicity (Kinh, Thái,
 * Mông, Dao, Hà Nhì, Cống, Mảng, La Hủ, Si La, Tày, Nùng, Mường, Ê Đê, Gia Rai, Khmer ...);
 * their memberships (admitted at 18 or older, official 12 months later for most, the last
 * year's intake still probationary, transfers between cells, some ended by death, transfer
 * away or striking off); posts (cell secretaries and deputies, the commune secretary, chairs,
 * village heads — many of them members — and commune civil servants); qualifications of those
 * cadres on the four training scales; and yearly ratings of organizations and members under
 * `qd-132-2018`, `qd-124-2023` and `qd-366-2025` (levels `excellent`, `good`, `completed`,
 * `not-completed`; `qd-366-2025` ratings also carry a score).
 *
 * Deterministic: the same options give the same dataset on any machine, in any time zone
 * (no `Math.random`, no clock). The structure is the three-level one in force before July
 * 2025 (province, district, commune).
 *
 * Sizes (default seed; other seeds vary by a few per cent; times on one core of a 2-core
 * machine, Node 20):
 * - `commune`: one mountain commune (8 to 12 villages) with its district and province as
 *   context, about 280 members, about 2 thousand records, a few milliseconds;
 * - `province`: a midland province of 12 districts and 180 communes, about 93 thousand
 *   members, about 550 thousand records, under 1 s;
 * - `national`: 63 provinces, 705 districts, 10,600 communes, about 99 thousand villages and
 *   residential groups, 32 thousand schools, 10 thousand health stations, 5.6 million members,
 *   52 thousand grassroots organizations and 210 thousand cells: about 22 million records, in
 *   about 18 s and 1.9 GB of memory (fits Node's default heap). To keep it lean, ratings at
 *   national scale cover only the last year for members and the last two years for
 *   organizations (commune and province: three and seven years), and only cadres have
 *   qualifications. {@link generateJsonLines} streams the same records holding one commune at
 *   a time (about 35 s for 2.2 GB of JSON Lines, under 200 MB of memory).
 *
 * Ratings cover complete years before the year of `asOf`, from 2018 (QĐ 132) on.
 *
 * @param options - `scale`, and optionally `seed` (default 1) and `asOf` (default `"2025-06-30"`).
 * @returns A plain dataset object with `asOf` and all seven collections.
 * @throws {GrassrootsError} `invalid-argument` for an unknown scale, a seed that is not a safe
 *   integer, or an `asOf` that is not a date between 1990 and 2100.
 * @example
 * ```ts
 * const ds = generateDataset({ scale: "commune", seed: 1 });
 * ds.asOf;                                           //=> "2025-06-30"
 * ds.units[0]?.kind;                                 //=> "province"
 * ds.organizations[2]?.level;                        //=> "grassroots"
 * generateDataset({ scale: "commune", seed: 1 }).people.length === ds.people.length; //=> true
 * ```
 */
export function generateDataset(options: GenerateOptions): FullDatasetInput {
  checkOptions(options);
  const out = emptySink();
  for (const _ of walk(options, out)) {
    // Records accumulate in `out`.
  }
  return {
    asOf: options.asOf ?? DEFAULT_AS_OF,
    organizations: out.organizations,
    units: out.units,
    people: out.people,
    memberships: out.memberships,
    posts: out.posts,
    qualifications: out.qualifications,
    ratings: out.ratings,
  };
}

const ORDER: readonly CollectionName[] = ["organizations", "units", "people", "memberships", "posts", "qualifications", "ratings"];
const FILES: Readonly<Record<CollectionName, string>> = {
  organizations: "organizations.jsonl",
  units: "units.jsonl",
  people: "people.jsonl",
  memberships: "memberships.jsonl",
  posts: "posts.jsonl",
  qualifications: "qualifications.jsonl",
  ratings: "ratings.jsonl",
};

/**
 * The dataset of {@link generateDataset} as JSON Lines, produced lazily: the first item is
 * `meta.json` (`{"asOf":"YYYY-MM-DD"}`), then one item per record, each naming the file it
 * belongs in (`<collection>.jsonl`, one JSON object per line). Only one commune's records are
 * held at a time, so even the national scale streams in bounded memory. The records are the
 * same, and in the same order per collection, as those of `generateDataset` with the same
 * options. Nothing is written: the caller routes each `line` (plus `"\n"`) to its `file`.
 *
 * @param options - As for {@link generateDataset}.
 * @returns An iterator of `{ collection, file, line }`.
 * @throws {GrassrootsError} `invalid-argument` for bad options (when called, before iterating).
 * @example
 * ```ts
 * const it = generateJsonLines({ scale: "commune", seed: 1 });
 * it.next().value;  //=> { collection: "meta", file: "meta.json", line: '{"asOf":"2025-06-30"}' }
 * it.next().value?.file; //=> "organizations.jsonl"
 * ```
 */
export function generateJsonLines(options: GenerateOptions): IterableIterator<JsonLinesItem> {
  checkOptions(options);
  return jsonLines(options);
}

function* jsonLines(options: GenerateOptions): Generator<JsonLinesItem, void, undefined> {
  yield { collection: "meta", file: "meta.json", line: JSON.stringify({ asOf: options.asOf ?? DEFAULT_AS_OF }) };
  const out = emptySink();
  for (const _ of walk(options, out)) {
    for (const c of ORDER) {
      const list = out[c] as unknown[];
      const file = FILES[c];
      for (let i = 0; i < list.length; i++) yield { collection: c, file, line: toJsonLine(list[i] as Readonly<Record<string, unknown>>) };
      list.length = 0;
    }
  }
}

/** A JSON string literal; the common case (nothing to escape) without calling JSON.stringify. */
function quote(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/**
 * `JSON.stringify(record)` for the flat records generated here (strings, numbers, arrays of
 * strings), about a fifth faster; the tests check that the two agree byte for byte.
 */
function toJsonLine(record: Readonly<Record<string, unknown>>): string {
  let out = "{";
  for (const key in record) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out.length === 1 ? "" : ","}${quote(key)}:${typeof v === "string" ? quote(v) : JSON.stringify(v)}`;
  }
  return `${out}}`;
}
