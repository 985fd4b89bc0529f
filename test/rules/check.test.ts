import { describe, expect, it } from "vitest";
import { CHARTER_2011, checkDataset, isGrassrootsError, parseDataset } from "../../src/index.js";

const people = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Người ${i}` }));
const ds = parseDataset({
  asOf: "2023-06-30",
  organizations: [
    { id: "db", name: "Đảng bộ xã", kind: "party-committee", level: "grassroots" },
    { id: "cb1", name: "Chi bộ đủ", kind: "party-cell", parentId: "db" },
    { id: "cb2", name: "Chi bộ thiếu", kind: "party-cell", parentId: "db" },
    { id: "td", name: "Tổ đảng của cb2", kind: "party-group", parentId: "cb2" },
    { id: "cb3", name: "Chi bộ đã giải thể", kind: "party-cell", parentId: "db", foundingDate: "2000", dissolutionDate: "2010-12-31" },
  ],
  people,
  memberships: [
    { personId: "p0", organizationId: "cb1", startDate: "2000", officialDate: "2001" },
    { personId: "p1", organizationId: "cb1", startDate: "2000", officialDate: "2001" },
    { personId: "p2", organizationId: "cb1", startDate: "2000", officialDate: "2001" },
    { personId: "p3", organizationId: "cb2", startDate: "2000", officialDate: "2001" },
    { personId: "p4", organizationId: "td", startDate: "2000", officialDate: "2001" },
    { personId: "p5", organizationId: "cb2", startDate: "2023-01-01" }, // probationary: does not count
    // p6: overlapping memberships (by more than the transfer day) and one outliving cb3.
    { id: "m7", personId: "p6", organizationId: "cb3", startDate: "2005", officialDate: "2006" },
    { id: "m8", personId: "p6", organizationId: "cb1", startDate: "2009-01-01" },
    // p7: a same-day transfer is not an overlap.
    { personId: "p7", organizationId: "cb1", startDate: "2001", officialDate: "2002", endDate: "2010-06-30" },
    { personId: "p7", organizationId: "cb3", startDate: "2010-06-30", endDate: "2010-12-31" },
  ],
  posts: [
    { id: "t1", personId: "p0", role: "secretary", organizationId: "cb1", startDate: "2015" },
    { id: "t2", personId: "p7", role: "secretary", organizationId: "cb2", startDate: "2020" },
    { personId: "p5", role: "deputy-secretary", organizationId: "cb2", startDate: "2022-06" },
  ],
});

describe("checkDataset", () => {
  const findings = checkDataset(ds, { locale: "en" });
  it("finds each kind of problem, in the documented order", () => {
    expect(findings.map((f) => [f.code, f.records.map((r) => r.id ?? `${r.collection}[${r.index}]`)])).toEqual([
      ["cell-below-minimum", ["cb2"]],
      ["overlapping-party-memberships", ["p6", "m7", "m8"]],
      ["membership-outside-organization", ["m7", "cb3"]],
      ["party-post-held-by-non-member", ["t2", "p7"]],
      ["party-post-held-by-non-member", ["posts[2]", "p5"]],
    ]);
  });
  it("counts official members of a cell's party groups toward the cell", () => {
    expect(findings[0]!.message).toBe("Party cell cb2 has only 2 official members on 2023-06-30 (minimum 3)");
  });
  it("says when a post holder was not a member", () => {
    expect(findings[4]!.message).toBe("p5 holds a post in party organization cb2 but is not a party member on 2022-06-01");
  });
  it("uses the thresholds it is given", () => {
    const f = checkDataset(ds, { rules: { ...CHARTER_2011, minOfficialMembersPerCell: 5 }, locale: "en" });
    expect(f.filter((x) => x.code === "cell-below-minimum").map((x) => x.records[0]!.id)).toEqual(["cb1", "cb2"]);
  });
  it("gives the date-independent findings again on every call, on any date, in either language", () => {
    // Overlaps and memberships outside an organization's lifetime are worked out once per
    // dataset; later calls must still list them, with messages in the language asked for.
    const dateFree = <F extends { code: string }>(f: readonly F[]): F[] => f.filter((x) => x.code === "overlapping-party-memberships" || x.code === "membership-outside-organization");
    const early = checkDataset(ds, { asOf: "1999-01-01", locale: "vi" });
    expect(dateFree(early).map((f) => f.message)).toEqual([
      "Đảng viên p6 có hai lần sinh hoạt đảng chồng nhau (cb3 và cb1)",
      "Sinh hoạt của p6 ở cb3 nằm ngoài thời gian tồn tại của tổ chức",
    ]);
    expect(dateFree(checkDataset(ds, { asOf: "2030-01-01", locale: "en" }))).toEqual(dateFree(findings));
    expect(dateFree(findings).map((f) => f.message)).toEqual([
      "Member p6 has two overlapping party memberships (cb3 and cb1)",
      "Membership of p6 in cb3 lies outside the organization's lifetime",
    ]);
  });
  it("writes Vietnamese by default and needs a date", () => {
    expect(checkDataset(ds)[0]!.message).toBe("Chi bộ cb2 chỉ có 2 đảng viên chính thức vào ngày 2023-06-30 (tối thiểu 3)");
    const noDate = parseDataset({});
    let e: unknown;
    try {
      checkDataset(noDate);
    } catch (x) {
      e = x;
    }
    expect(isGrassrootsError(e) && e.code).toBe("invalid-argument");
    expect(checkDataset(noDate, { asOf: "2020-01-01" })).toEqual([]);
  });
});

describe("checkDataset: ratings that do not fit their scheme", () => {
  it("reports a level better than the score allows, and a year the scheme does not govern", () => {
    const d = parseDataset({
      asOf: "2026-01-01",
      people: [{ id: "p1", name: "Lò Văn A" }],
      ratings: [
        { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: 85, level: "excellent" },
        { subjectId: "p1", scheme: "qd-366-2025", period: 2025, score: 95, level: "good" },
        { id: "r3", subjectId: "p1", scheme: "qd-124-2023", period: 2020, level: "good" },
      ],
    });
    const f = checkDataset(d, { locale: "en" }).filter((x) => x.code === "rating-inconsistent");
    // 85 points is "good" at best under QĐ 366 (bands 90 / 70 / 50); 95 with "good" is allowed
    // (extra conditions or the quota can lower a level); QĐ 124 governs 2023–2024 only.
    expect(f.map((x) => x.records)).toEqual([[{ collection: "ratings", index: 0 }], [{ collection: "ratings", index: 2, id: "r3" }]]);
    expect(f[0]!.message.startsWith("ratings[0].level: ")).toBe(true);
  });
});
