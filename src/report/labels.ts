/**
 * The words of a report, in Vietnamese and English (the words for the model's codes come from
 * the label packs of src/locale).
 * @module
 */
import { deepFreeze } from "../_lib/freeze.js";
import { CHARTER_2011 } from "../rules/charter.js";
import type { RatingCategory } from "./types.js";

// The report applies the 2011 Charter's thresholds (buildReport has no rules option), so its
// labels state them from there.
const MIN = CHARTER_2011.minOfficialMembersPerCell;

/** @internal The report's own words in one language. */
export interface ReportLabels {
  readonly heading: string;
  readonly onDate: (date: string) => string;
  readonly compared: (asOf: string, compareTo: string) => string;
  readonly change: string;
  readonly points: string;
  readonly total: string;
  readonly figure: string;
  readonly sections: {
    readonly strength: string;
    readonly coverage: string;
    readonly communes: string;
    readonly roles: string;
    readonly admissions: string;
    readonly training: string;
    readonly standardization: string;
    readonly ratings: string;
    readonly league: string;
    readonly dataQuality: string;
  };
  readonly strength: {
    readonly grassroots: string;
    readonly grassrootsCommittees: string;
    readonly grassrootsCells: string;
    readonly subordinateCells: string;
    readonly subordinateCommittees: string;
    readonly partyGroups: string;
    readonly members: string;
    readonly officialMembers: string;
    readonly probationaryMembers: string;
    readonly cellsBelowMinimum: string;
  };
  readonly coverage: {
    readonly units: string;
    readonly withCell: string;
    readonly ownCell: string;
    readonly jointCell: string;
    readonly withoutCell: string;
    readonly enoughOfficialMembers: string;
    readonly notEnoughOfficialMembers: string;
    readonly withMember: string;
    readonly withoutMember: string;
    readonly allKinds: string;
    readonly commune: string;
    readonly chart: string;
    readonly unitsWithoutCell: string;
  };
  readonly roles: {
    readonly villageHeadsPartyMembers: string;
    readonly cellSecretariesVillageHeads: string;
  };
  readonly admissions: {
    readonly period: (from: string, to: string) => string;
    readonly year: string;
    readonly admitted: string;
    readonly readmitted: string;
    readonly recognized: string;
    readonly transferredIn: string;
    readonly transferredOut: string;
    readonly departed: string;
    readonly net: string;
    readonly total: string;
  };
  readonly training: {
    readonly cadres: string;
    readonly noRecord: string;
    readonly belowPrimary: string;
    readonly belowUpperSecondary: string;
    readonly withoutProfessional: string;
    readonly withoutPoliticalTheory: string;
    readonly masterOrAbove: string;
    readonly advancedPoliticalTheory: string;
    readonly headline: string;
    readonly level: string;
  };
  readonly standardization: {
    readonly sets: string;
    readonly judged: string;
    readonly noStandard: string;
    readonly below: string;
    readonly meets: string;
    readonly above: string;
    readonly meetsOrAbove: string;
  };
  readonly ratings: {
    readonly years: (from: number, to: number) => string;
    readonly none: string;
    readonly level: string;
    readonly count: string;
    readonly periodMean: string;
    readonly pooled: string;
    readonly atOrAbove: string;
    readonly schemes: string;
    readonly byTier: string;
    readonly category: Readonly<Record<RatingCategory, string>>;
    readonly chart: string;
  };
  readonly league: {
    readonly rank: string;
    readonly unit: string;
    readonly score: string;
    readonly previousRank: string;
    readonly none: string;
    readonly weights: string;
  };
  readonly dataQuality: {
    readonly total: string;
    readonly code: string;
    readonly count: string;
    readonly first: (n: number) => string;
    readonly records: string;
    readonly skipped: string;
    readonly none: string;
  };
}

/** @internal */
export const REPORT_LABELS: { readonly vi: ReportLabels; readonly en: ReportLabels } = /* @__PURE__ */ deepFreeze({
  vi: {
    heading: "Báo cáo hệ thống chính trị cơ sở",
    onDate: (d) => `Số liệu ngày ${d}`,
    compared: (a, b) => `Số liệu ngày ${a}, so sánh với ngày ${b}`,
    change: "Thay đổi",
    points: "điểm %",
    total: "Tổng",
    figure: "Chỉ tiêu",
    sections: {
      strength: "Tổ chức đảng và đảng viên",
      coverage: "Chi bộ, đảng viên ở thôn, bản và các đơn vị",
      communes: "Theo xã, phường, thị trấn",
      roles: "Kiêm nhiệm",
      admissions: "Kết nạp đảng viên",
      training: "Trình độ cán bộ",
      standardization: "Chuẩn hóa cán bộ theo tiêu chuẩn chức danh",
      ratings: "Xếp loại tổ chức",
      league: "Xếp hạng các xã, phường, thị trấn",
      dataQuality: "Chất lượng dữ liệu",
    },
    strength: {
      grassroots: "Tổ chức cơ sở đảng",
      grassrootsCommittees: "Đảng bộ cơ sở",
      grassrootsCells: "Chi bộ cơ sở",
      subordinateCells: "Chi bộ trực thuộc",
      subordinateCommittees: "Đảng bộ bộ phận",
      partyGroups: "Tổ đảng",
      members: "Đảng viên",
      officialMembers: "Đảng viên chính thức",
      probationaryMembers: "Đảng viên dự bị",
      cellsBelowMinimum: `Chi bộ dưới ${MIN} đảng viên chính thức`,
    },
    coverage: {
      units: "Số đơn vị",
      withCell: "Có chi bộ",
      ownCell: "Có chi bộ riêng",
      jointCell: "Chi bộ ghép",
      withoutCell: "Chưa có chi bộ",
      enoughOfficialMembers: `Đủ ${MIN} đảng viên chính thức`,
      notEnoughOfficialMembers: `Chưa đủ ${MIN} đảng viên chính thức`,
      withMember: "Có đảng viên",
      withoutMember: "Chưa có đảng viên",
      allKinds: "Tất cả",
      commune: "Xã, phường",
      chart: "Tỷ lệ đơn vị có chi bộ",
      unitsWithoutCell: "Đơn vị chưa có chi bộ",
    },
    roles: {
      villageHeadsPartyMembers: "Trưởng thôn, bản là đảng viên",
      cellSecretariesVillageHeads: "Bí thư chi bộ đồng thời là trưởng thôn, bản",
    },
    admissions: {
      period: (a, b) => `Từ ${a} đến ${b}`,
      year: "Năm",
      admitted: "Kết nạp",
      readmitted: "Kết nạp lại",
      recognized: "Công nhận chính thức",
      transferredIn: "Chuyển đến",
      transferredOut: "Chuyển đi",
      departed: "Ra khỏi Đảng, từ trần",
      net: "Tăng, giảm",
      total: "Cả giai đoạn",
    },
    training: {
      cadres: "Cán bộ",
      noRecord: "Chưa có thông tin",
      belowPrimary: "Chưa tốt nghiệp tiểu học",
      belowUpperSecondary: "Chưa tốt nghiệp trung học phổ thông",
      withoutProfessional: "Chưa qua đào tạo chuyên môn",
      withoutPoliticalTheory: "Chưa qua đào tạo lý luận chính trị",
      masterOrAbove: "Thạc sĩ trở lên",
      advancedPoliticalTheory: "Cao cấp lý luận chính trị",
      headline: "Chỉ tiêu chính (trên số cán bộ có thông tin)",
      level: "Trình độ",
    },
    standardization: {
      sets: "Tiêu chuẩn áp dụng",
      judged: "Cán bộ giữ chức danh có tiêu chuẩn",
      noStandard: "Không có tiêu chuẩn chức danh",
      below: "Chưa đạt chuẩn",
      meets: "Đạt chuẩn",
      above: "Trên chuẩn",
      meetsOrAbove: "Đạt chuẩn trở lên",
    },
    ratings: {
      years: (a, b) => (a === b ? `Năm ${a}` : `Các năm ${a}–${b}`),
      none: "Không có kết quả xếp loại trong giai đoạn.",
      level: "Mức xếp loại",
      count: "Lượt",
      periodMean: "Bình quân hằng năm",
      pooled: "Cả giai đoạn",
      atOrAbove: "Từ mức này trở lên",
      schemes: "Cách xếp loại",
      byTier: "gộp theo bậc",
      category: {
        "commune-government": "Chính quyền cấp xã (Ủy ban nhân dân)",
        "front-and-mass": "Mặt trận Tổ quốc và các đoàn thể cấp xã",
        "fatherland-front": "Mặt trận Tổ quốc cấp xã",
        "youth-union": "Đoàn Thanh niên cấp xã",
        "women-union": "Hội Liên hiệp Phụ nữ cấp xã",
        "farmers-union": "Hội Nông dân cấp xã",
        "veterans-union": "Hội Cựu chiến binh cấp xã",
        "party-organizations": "Tổ chức đảng",
      },
      chart: "Cơ cấu xếp loại (bình quân hằng năm)",
    },
    league: {
      rank: "Hạng",
      unit: "Đơn vị",
      score: "Điểm",
      previousRank: "Hạng trước",
      none: "Không có đơn vị cấp xã.",
      weights: "Các chỉ tiêu có trọng số bằng nhau.",
    },
    dataQuality: {
      total: "Số phát hiện",
      code: "Loại",
      count: "Số lượng",
      first: (n) => `${n} phát hiện đầu tiên`,
      records: "Bản ghi",
      skipped: "Không kiểm tra.",
      none: "Không có phát hiện nào.",
    },
  },
  en: {
    heading: "Grassroots political system report",
    onDate: (d) => `Figures on ${d}`,
    compared: (a, b) => `Figures on ${a}, compared with ${b}`,
    change: "Change",
    points: "pp",
    total: "Total",
    figure: "Figure",
    sections: {
      strength: "Party organizations and members",
      coverage: "Party cells and members in villages and other units",
      communes: "By commune",
      roles: "Roles held together",
      admissions: "Admissions",
      training: "Training of cadres",
      standardization: "Cadres against the training standard of their posts",
      ratings: "Ratings of organizations",
      league: "League table of communes",
      dataQuality: "Data quality",
    },
    strength: {
      grassroots: "Grassroots party organizations",
      grassrootsCommittees: "Grassroots party committees",
      grassrootsCells: "Grassroots party cells",
      subordinateCells: "Subordinate party cells",
      subordinateCommittees: "Subordinate party committees",
      partyGroups: "Party groups",
      members: "Party members",
      officialMembers: "Official members",
      probationaryMembers: "Probationary members",
      cellsBelowMinimum: `Cells with fewer than ${MIN} official members`,
    },
    coverage: {
      units: "Units",
      withCell: "With a party cell",
      ownCell: "With a cell of their own",
      jointCell: "Joint cell only",
      withoutCell: "Without a party cell",
      enoughOfficialMembers: `With ${MIN} official members or more`,
      notEnoughOfficialMembers: `With fewer than ${MIN} official members`,
      withMember: "With a party member",
      withoutMember: "Without a party member",
      allKinds: "All",
      commune: "Commune",
      chart: "Units with a party cell",
      unitsWithoutCell: "Units without a party cell",
    },
    roles: {
      villageHeadsPartyMembers: "Village heads who are party members",
      cellSecretariesVillageHeads: "Cell secretaries who also head their village",
    },
    admissions: {
      period: (a, b) => `From ${a} to ${b}`,
      year: "Year",
      admitted: "Admitted",
      readmitted: "Readmitted",
      recognized: "Made official",
      transferredIn: "Transferred in",
      transferredOut: "Transferred out",
      departed: "Left or died",
      net: "Net change",
      total: "Whole period",
    },
    training: {
      cadres: "Cadres",
      noRecord: "No record",
      belowPrimary: "Below primary school",
      belowUpperSecondary: "Below upper-secondary school",
      withoutProfessional: "Without professional training",
      withoutPoliticalTheory: "Without political-theory training",
      masterOrAbove: "Master's degree or higher",
      advancedPoliticalTheory: "Advanced political theory",
      headline: "Headline figures (of the cadres with a record)",
      level: "Level",
    },
    standardization: {
      sets: "Standards in force",
      judged: "Cadres in posts with a standard",
      noStandard: "In posts without a standard",
      below: "Below the standard",
      meets: "Meeting the standard",
      above: "Above the standard",
      meetsOrAbove: "Meeting it or above",
    },
    ratings: {
      years: (a, b) => (a === b ? `Year ${a}` : `Years ${a}–${b}`),
      none: "No ratings in the period.",
      level: "Rating",
      count: "Ratings",
      periodMean: "Mean of yearly shares",
      pooled: "Whole period",
      atOrAbove: "This level or better",
      schemes: "Rating scheme",
      byTier: "counted by tier",
      category: {
        "commune-government": "Commune governments (People's Committees)",
        "front-and-mass": "Commune Fatherland Front and mass organizations",
        "fatherland-front": "Commune Fatherland Front",
        "youth-union": "Commune Youth Union",
        "women-union": "Commune Women's Union",
        "farmers-union": "Commune Farmers' Union",
        "veterans-union": "Commune Veterans' Association",
        "party-organizations": "Party organizations",
      },
      chart: "Ratings (mean of yearly shares)",
    },
    league: {
      rank: "Rank",
      unit: "Unit",
      score: "Score",
      previousRank: "Previous rank",
      none: "No commune-level units.",
      weights: "The metrics are weighted equally.",
    },
    dataQuality: {
      total: "Findings",
      code: "Kind",
      count: "Count",
      first: (n) => `First ${n} findings`,
      records: "Records",
      skipped: "Not checked.",
      none: "No findings.",
    },
  },
});
