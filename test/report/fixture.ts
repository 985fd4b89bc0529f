// A small district with every section of the report in it; the expected figures of the tests
// are worked out by hand from the records below (see the comments in build.test.ts).
import { parseDataset, type Dataset, type DatasetInput } from "../../src/index.js";

export function smallDistrictInput(): DatasetInput {
  return {
    units: [
      { id: "h", name: "Huyện Thử", kind: "district" },
      { id: "x1", name: "Xã Nậm Hàng", kind: "commune", parentId: "h" },
      { id: "x2", name: "Xã Mường Mô", kind: "commune", parentId: "h" },
      { id: "b1", name: "Bản Một", kind: "village", parentId: "x1" },
      { id: "b2", name: "Bản Hai", kind: "village", parentId: "x1" },
      { id: "b3", name: "Bản Ba", kind: "village", parentId: "x2" },
      { id: "b4", name: "Bản Bốn", kind: "village", parentId: "x2" },
      { id: "s1", name: "Trường Tiểu học Nậm Hàng", kind: "school", parentId: "x1" },
    ],
    organizations: [
      { id: "dbh", name: "Đảng bộ huyện Thử", kind: "party-committee", level: "district", unitId: "h" },
      { id: "dbx1", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", parentId: "dbh", unitId: "x1" },
      { id: "dbx2", name: "Đảng bộ xã Mường Mô", kind: "party-committee", level: "grassroots", parentId: "dbh", unitId: "x2" },
      { id: "cb1", name: "Chi bộ bản Một", kind: "party-cell", level: "branch", parentId: "dbx1", coversUnitIds: ["b1"] },
      { id: "cb2", name: "Chi bộ bản Hai", kind: "party-cell", level: "branch", parentId: "dbx1", coversUnitIds: ["b2"], foundingDate: "2018-01-01" },
      { id: "cb34", name: "Chi bộ bản Ba - Bốn", kind: "party-cell", level: "branch", parentId: "dbx2", coversUnitIds: ["b3", "b4"], foundingDate: "2016-01-01" },
      { id: "cbs1", name: "Chi bộ trường Tiểu học Nậm Hàng", kind: "party-cell", level: "branch", parentId: "dbx1", coversUnitIds: ["s1"] },
      { id: "ub1", name: "Ủy ban nhân dân xã Nậm Hàng", kind: "people-committee", unitId: "x1" },
      { id: "ub2", name: "Ủy ban nhân dân xã Mường Mô", kind: "people-committee", unitId: "x2" },
      { id: "mt1", name: "Ủy ban MTTQ xã Nậm Hàng", kind: "fatherland-front", unitId: "x1" },
      { id: "dt1", name: "Đoàn Thanh niên xã Nậm Hàng", kind: "youth-union", unitId: "x1" },
    ],
    people: [
      { id: "p1", name: "Lò Văn Một", unitId: "b1" },
      { id: "p2", name: "Lò Văn Hai", unitId: "b1" },
      { id: "p3", name: "Lò Văn Ba", unitId: "b1" },
      { id: "p4", name: "Lò Thị Bốn", unitId: "b2" },
      { id: "p5", name: "Lò Văn Năm", unitId: "b2" },
      { id: "p6", name: "Tao Văn Sáu", unitId: "b3" },
      { id: "p7", name: "Lê Thị Bảy", unitId: "s1" },
      { id: "p8", name: "Lê Văn Tám", unitId: "s1" },
      { id: "p9", name: "Pờ Văn Chín", unitId: "b4" },
      { id: "p10", name: "Pờ Văn Mười", unitId: "b4" },
      { id: "p11", name: "Nguyễn Văn Mười Một" },
      { id: "p12", name: "Nguyễn Văn Mười Hai" },
    ],
    memberships: [
      { personId: "p1", organizationId: "cb1", startDate: "2000-01-01", officialDate: "2001-01-01" },
      { personId: "p2", organizationId: "cb1", startDate: "2000-01-01", officialDate: "2001-01-01" },
      { personId: "p3", organizationId: "cb1", startDate: "2000-01-01", officialDate: "2001-01-01" },
      { personId: "p4", organizationId: "cb1", startDate: "2000-01-01", officialDate: "2001-01-01", endDate: "2017-12-31", endReason: "transferred" },
      { personId: "p4", organizationId: "cb2", startDate: "2018-01-01", startReason: "transferred" },
      { personId: "p5", organizationId: "cb2", startDate: "2019-03-10", officialDate: "2020-03-10" },
      { personId: "p6", organizationId: "cb34", startDate: "2016-05-01", officialDate: "2017-05-01" },
      { personId: "p7", organizationId: "cbs1", startDate: "2005-01-01", officialDate: "2006-01-01" },
      { personId: "p8", organizationId: "cbs1", startDate: "2022-09-01", officialDate: "2023-09-01" },
      { personId: "p10", organizationId: "cb1", startDate: "2000-01-01", officialDate: "2001-01-01", endDate: "2020-08-01", endReason: "died" },
    ],
    posts: [
      { personId: "p1", role: "village-head", unitId: "b1", startDate: "2010-01-01" },
      { personId: "p9", role: "village-head", unitId: "b4", startDate: "2010-01-01" },
      { personId: "p5", role: "village-head", unitId: "b2", startDate: "2019-01-01" },
      { personId: "p6", role: "village-head", unitId: "b3", startDate: "2016-01-01" },
      { personId: "p1", role: "secretary", organizationId: "cb1", startDate: "2005-01-01" },
      { personId: "p5", role: "secretary", organizationId: "cb2", startDate: "2020-01-01" },
      { personId: "p7", role: "secretary", organizationId: "cbs1", startDate: "2005-01-01" },
      { personId: "p6", role: "secretary", organizationId: "cb34", startDate: "2017-06-01" },
      { personId: "p11", role: "chair", organizationId: "ub1", startDate: "2010-01-01" },
      { personId: "p12", role: "chair", organizationId: "ub2", startDate: "2010-01-01" },
    ],
    qualifications: [
      { personId: "p11", scale: "general-education", level: "12/12" },
      { personId: "p11", scale: "professional", level: "intermediate", date: "2009-06-01" },
      { personId: "p11", scale: "professional", level: "master", date: "2020-01-01" },
      { personId: "p11", scale: "political-theory", level: "advanced", date: "2021-01-01" },
      { personId: "p12", scale: "general-education", level: "4/12" },
      { personId: "p12", scale: "professional", level: "none" },
      { personId: "p12", scale: "political-theory", level: "none" },
      { personId: "p1", scale: "general-education", level: "9/12" },
      { personId: "p1", scale: "political-theory", level: "elementary", date: "2010-01-01" },
      { personId: "p7", scale: "general-education", level: "upper-secondary" },
      { personId: "p7", scale: "professional", level: "bachelor", date: "2004-01-01" },
    ],
    ratings: [
      { subjectId: "ub2", scheme: "four-grade-good", period: 2012, level: "weak" },
      { subjectId: "ub1", scheme: "four-grade-good", period: 2013, level: "good" },
      { subjectId: "ub2", scheme: "four-grade-good", period: 2013, level: "fair" },
      { subjectId: "ub1", scheme: "four-grade-good", period: 2014, level: "good" },
      { subjectId: "ub2", scheme: "four-grade-good", period: 2014, level: "good" },
      { subjectId: "ub1", scheme: "four-grade-good", period: 2022, level: "good" },
      { subjectId: "ub2", scheme: "four-grade-good", period: 2022, level: "weak" },
      { subjectId: "ub1", scheme: "four-grade-good", period: 2023, level: "weak" },
      { subjectId: "mt1", scheme: "four-grade-good", period: 2013, level: "good" },
      { subjectId: "dt1", scheme: "four-grade-good", period: 2013, level: "average" },
      { subjectId: "mt1", scheme: "four-grade-good", period: 2014, level: "fair" },
    ],
  };
}

export function smallDistrict(): Dataset {
  return parseDataset(smallDistrictInput());
}

/** Tags opened and closed in order (void elements and self-closing tags aside). */
export function tagsBalanced(html: string): boolean {
  const VOID = new Set(["meta", "br", "hr", "img", "link", "input", "area", "base", "col", "source", "wbr"]);
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    const tag = name!.toLowerCase();
    if (VOID.has(tag) || self === "/") continue;
    if (close === "") stack.push(tag);
    else if (stack.pop() !== tag) return false;
  }
  return stack.length === 0;
}
