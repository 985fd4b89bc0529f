// Rating records behind the Nậm Nhùn report's figures on the political system at commune level:
// "100% chính quyền cấp xã được xếp loại khá, tốt trở lên" and "MTTQ và các đoàn thể chính trị - xã
// hội cấp xã bình quân hằng năm xếp loại tốt đạt 38,9%, khá đạt 43%, trung bình 16,4%".
//
// The report gives only the averages; the yearly counts below are invented so that the mean of
// the ten yearly shares (2013–2022) rounds to 38.9% / 43.0% / 16.4% (and 1.7% "yếu"), with more
// bodies rated in later years (chapters founded after 2013) and better results then, so that the
// pooled share differs from the mean of yearly shares.
import type { DatasetInput } from "../../src/index.js";

export const COMMUNES = [
  ["c01", "Thị trấn Nậm Nhùn"],
  ["c02", "Xã Hua Bum"],
  ["c03", "Xã Mường Mô"],
  ["c04", "Xã Nậm Chà"],
  ["c05", "Xã Nậm Hàng"],
  ["c06", "Xã Nậm Manh"],
  ["c07", "Xã Pú Đao"],
  ["c08", "Xã Lê Lợi"],
  ["c09", "Xã Nậm Pì"],
  ["c10", "Xã Nậm Ban"],
  ["c11", "Xã Trung Chải"],
] as const;

const BODIES = [
  ["mt", "fatherland-front", "Ủy ban Mặt trận Tổ quốc"],
  ["dt", "youth-union", "Đoàn Thanh niên"],
  ["pn", "women-union", "Hội Liên hiệp Phụ nữ"],
  ["nd", "farmers-union", "Hội Nông dân"],
  ["cb", "veterans-union", "Hội Cựu chiến binh"],
] as const;

/** Year → [tốt (good), khá (fair), trung bình (average), yếu (weak)] of the commune Front and mass organizations. */
export const YEARLY: Readonly<Record<number, readonly [number, number, number, number]>> = {
  2013: [10, 16, 9, 1], // 36
  2014: [11, 19, 9, 1], // 40
  2015: [14, 20, 9, 1], // 44
  2016: [16, 22, 9, 1], // 48
  2017: [19, 22, 9, 0], // 50
  2018: [21, 22, 8, 1], // 52
  2019: [21, 23, 8, 2], // 54
  2020: [26, 23, 6, 0], // 55
  2021: [28, 21, 5, 1], // 55
  2022: [29, 21, 5, 0], // 55
};

/** How many bodies exist in each year: 36 in 2013, then chapters founded early in the year. */
const FOUNDED: Readonly<Record<number, number>> = { 2014: 4, 2015: 4, 2016: 4, 2017: 2, 2018: 2, 2019: 2, 2020: 1 };

export function namNhunRatings(): DatasetInput {
  const units: NonNullable<DatasetInput["units"]> = [{ id: "h", name: "Huyện Nậm Nhùn", kind: "district" }];
  for (const [id, name] of COMMUNES) units.push({ id, name, kind: "commune", parentId: "h" });
  const organizations: NonNullable<DatasetInput["organizations"]> = [
    { id: "mt-h", name: "Ủy ban Mặt trận Tổ quốc huyện Nậm Nhùn", kind: "fatherland-front", unitId: "h" },
  ];
  // Bodies in order: all Front committees first, then Youth Unions ... The first 36 exist from the
  // start; later ones are founded on 1 March of the year they join.
  const bodies: string[] = [];
  for (const [prefix, kind, name] of BODIES) {
    for (const [c, cname] of COMMUNES) {
      const id = `${prefix}-${c}`;
      bodies.push(id);
      organizations.push({ id, name: `${name} ${cname}`, kind, unitId: c });
    }
  }
  let count = 36;
  for (const [year, n] of Object.entries(FOUNDED)) {
    for (let i = 0; i < n; i++) {
      const org = organizations.find((o) => o.id === bodies[count + i]);
      org!.foundingDate = `${year}-03-01`;
    }
    count += n;
  }
  // Each commune's People's Committee, rated good or fair every year.
  for (const [c, cname] of COMMUNES) organizations.push({ id: `ub-${c}`, name: `Ủy ban nhân dân ${cname}`, kind: "people-committee", unitId: c });

  const ratings: NonNullable<DatasetInput["ratings"]> = [];
  const levels = ["good", "fair", "average", "weak"] as const;
  let existing = 36;
  for (let year = 2013; year <= 2022; year++) {
    existing += FOUNDED[year] ?? 0;
    const counts = YEARLY[year]!;
    let i = 0;
    for (let l = 0; l < 4; l++) {
      for (let k = 0; k < counts[l]!; k++) ratings.push({ subjectId: bodies[i++]!, scheme: "four-grade-good", period: year, level: levels[l]! });
    }
    if (i !== existing) throw new Error(`fixture: ${year} rates ${i} of ${existing} bodies`);
    // The district Front committee is rated too, but it is not at commune level.
    ratings.push({ subjectId: "mt-h", scheme: "four-grade-good", period: year, level: "weak" });
    COMMUNES.forEach(([c], n) => ratings.push({ subjectId: `ub-${c}`, scheme: "four-grade-good", period: year, level: (n + year) % 3 === 0 ? "fair" : "good" }));
  }
  return { units, organizations, ratings };
}
