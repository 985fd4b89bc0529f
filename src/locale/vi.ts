/**
 * Vietnamese labels.
 *
 * Spelling: Unicode NFC, and the tone mark of the syllables -oa, -oe, -uy without a final
 * consonant is placed on the first vowel ("hòa", "thủy", "ủy", "xóa"), as in the project's
 * DOMAIN.md and in most legal texts ("Ủy ban nhân dân", "xóa tên"). The other placement
 * ("hoà", "thuỷ", "uỷ", "xoá") is not used anywhere in this pack; a test enforces both rules.
 * @module
 */
import { deepFreeze } from "../_lib/freeze.js";
import type { Locale } from "./types.js";

/**
 * The Vietnamese label pack.
 *
 * @example
 * ```ts
 * import { vi } from "grassroots";
 * vi.name;                                  //=> "Tiếng Việt"
 * vi.role.secretary;                        //=> "Bí thư"
 * vi.organizationKind["people-committee"];  //=> "Ủy ban nhân dân"
 * vi.unitKind.village;                      //=> "Thôn, bản"
 * vi.endReason["struck-off"];               //=> "Xóa tên"
 * Object.isFrozen(vi.role);                 //=> true
 * ```
 */
export const vi = /* @__PURE__ */ deepFreeze({
  code: "vi",
  name: "Tiếng Việt",
  organizationKind: {
    "party-committee": "Đảng bộ",
    "party-cell": "Chi bộ",
    "party-group": "Tổ đảng",
    "people-council": "Hội đồng nhân dân",
    "people-committee": "Ủy ban nhân dân",
    "fatherland-front": "Mặt trận Tổ quốc",
    "youth-union": "Đoàn Thanh niên",
    "women-union": "Hội Liên hiệp Phụ nữ",
    "farmers-union": "Hội Nông dân",
    "veterans-union": "Hội Cựu chiến binh",
    "trade-union": "Công đoàn",
    other: "Tổ chức khác",
  },
  organizationLevel: {
    central: "Trung ương",
    province: "Cấp tỉnh",
    district: "Cấp huyện",
    grassroots: "Cơ sở",
    branch: "Trực thuộc cơ sở",
  },
  organizationLevelDescription: {
    central: "cấp Trung ương",
    province: "cấp tỉnh (tỉnh, thành phố trực thuộc Trung ương)",
    district: "cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh; đến 30/6/2025)",
    grassroots: "tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)",
    branch: "chi bộ trực thuộc / đảng bộ bộ phận",
  },
  unitKind: {
    province: "Tỉnh, thành phố",
    district: "Huyện, quận, thị xã",
    commune: "Xã, thị trấn",
    ward: "Phường",
    "special-zone": "Đặc khu",
    village: "Thôn, bản",
    "residential-group": "Tổ dân phố",
    school: "Trường học",
    "health-station": "Trạm y tế",
    agency: "Cơ quan",
    enterprise: "Doanh nghiệp",
    "armed-forces": "Lực lượng vũ trang",
    other: "Đơn vị khác",
  },
  gender: {
    male: "Nam",
    female: "Nữ",
  },
  startReason: {
    admitted: "Kết nạp",
    readmitted: "Kết nạp lại",
    transferred: "Chuyển đến",
  },
  endReason: {
    transferred: "Chuyển đi",
    died: "Từ trần",
    expelled: "Khai trừ",
    "struck-off": "Xóa tên",
    resigned: "Xin ra khỏi Đảng",
    other: "Lý do khác",
  },
  role: {
    secretary: "Bí thư",
    "deputy-secretary": "Phó Bí thư",
    "standing-committee-member": "Ủy viên Ban Thường vụ",
    "committee-member": "Ủy viên Ban Chấp hành / cấp ủy viên",
    chair: "Chủ tịch",
    "vice-chair": "Phó Chủ tịch",
    "village-head": "Trưởng thôn, bản",
    head: "Trưởng",
    "deputy-head": "Phó",
    "civil-servant": "Công chức",
    other: "Chức danh khác",
  },
  scale: {
    "general-education": "Giáo dục phổ thông",
    professional: "Chuyên môn, nghiệp vụ",
    "political-theory": "Lý luận chính trị",
    "state-management": "Quản lý nhà nước",
  },
  subjectKind: {
    person: "Cá nhân",
    organization: "Tổ chức",
  },
  collection: {
    organizations: "Tổ chức",
    units: "Đơn vị",
    people: "Cá nhân",
    memberships: "Quá trình sinh hoạt",
    posts: "Chức vụ",
    qualifications: "Trình độ",
    ratings: "Xếp loại",
  },
  issue: {
    "not-an-object": "Không phải đối tượng JSON",
    "invalid-json": "JSON không hợp lệ",
    "invalid-type": "Sai kiểu dữ liệu",
    "missing-field": "Thiếu trường bắt buộc",
    "unknown-field": "Trường không xác định",
    "forbidden-key": "Tên trường bị cấm",
    "invalid-value": "Giá trị không hợp lệ",
    "invalid-date": "Ngày không hợp lệ",
    "too-small": "Giá trị quá nhỏ",
    "too-large": "Giá trị quá lớn",
    "duplicate-id": "Mã bị trùng",
    "unresolved-reference": "Tham chiếu không tồn tại",
    "ambiguous-reference": "Tham chiếu không rõ ràng",
    "parent-cycle": "Vòng lặp quan hệ cấp trên",
    "end-before-start": "Ngày kết thúc trước ngày bắt đầu",
    "date-order": "Thứ tự ngày không hợp lệ",
    "unknown-level": "Mức không có trong thang",
    "not-party-organization": "Không phải tổ chức đảng",
    "too-many-issues": "Quá nhiều lỗi",
  },
  error: {
    "invalid-dataset": "Dữ liệu không hợp lệ",
    "invalid-argument": "Tham số không hợp lệ",
    "invalid-date": "Ngày không hợp lệ",
    "unknown-level": "Mức không xác định",
    "unknown-scale": "Thang trình độ không xác định",
    "unknown-scheme": "Quy định xếp loại không xác định",
    "io-error": "Lỗi đọc, ghi tệp",
  },
  departureReason: {
    died: "Từ trần",
    expelled: "Khai trừ",
    "struck-off": "Xóa tên",
    resigned: "Xin ra khỏi Đảng",
    other: "Lý do khác",
    unspecified: "Không rõ lý do",
  },
  finding: {
    "cell-below-minimum": "Chi bộ dưới 3 đảng viên chính thức",
    "overlapping-party-memberships": "Sinh hoạt đảng chồng thời gian",
    "membership-outside-organization": "Sinh hoạt ngoài thời gian tồn tại của tổ chức",
    "party-post-held-by-non-member": "Người không phải đảng viên giữ chức vụ đảng",
    "rating-inconsistent": "Xếp loại không khớp quy định",
  },
  compositionDimension: {
    gender: "Giới tính",
    ethnicity: "Dân tộc",
    age: "Độ tuổi",
    "party-age": "Tuổi đảng",
    education: "Trình độ học vấn",
  },
} as const satisfies Locale);
