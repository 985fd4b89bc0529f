import { describe, expect, it } from "vitest";
import { admissions, isGrassrootsError, parseDataset } from "../../src/index.js";

// Two commune committees with cells; a youth union (ignored).
const ds = parseDataset({
  organizations: [
    { id: "dbx", name: "Đảng bộ xã X", kind: "party-committee", level: "grassroots" },
    { id: "dby", name: "Đảng bộ xã Y", kind: "party-committee", level: "grassroots" },
    { id: "cx1", name: "Chi bộ X1", kind: "party-cell", level: "branch", parentId: "dbx" },
    { id: "cx2", name: "Chi bộ X2", kind: "party-cell", level: "branch", parentId: "dbx" },
    { id: "cy1", name: "Chi bộ Y1", kind: "party-cell", level: "branch", parentId: "dby" },
    { id: "free", name: "Chi bộ không trực thuộc", kind: "party-cell" },
    { id: "dt", name: "Đoàn xã", kind: "youth-union" },
  ],
  people: ["new1", "new2", "old", "mover", "gapmover", "outside", "leaver", "readm", "dead", "strk", "res", "noreason", "young", "q"].map((id) => ({ id, name: id })),
  memberships: [
    // Admitted in 2022 (first admission, no startReason), recognised in 2023.
    { personId: "new1", organizationId: "cx1", startDate: "2022-05-19", officialDate: "2023-05-19" },
    // Admitted explicitly in Q4 2023, still probationary.
    { personId: "new2", organizationId: "cy1", startDate: "2023-11-20", startReason: "admitted" },
    // Admitted long before the window: nothing.
    { personId: "old", organizationId: "cx1", startDate: "2000-01-01", officialDate: "2001-01-01" },
    // Transferred between cells of the same commune on 1 March 2023 (no reason on the start).
    { personId: "mover", organizationId: "cx1", startDate: "2005-01-01", officialDate: "2006-01-01", endDate: "2023-02-28", endReason: "transferred" },
    { personId: "mover", organizationId: "cx2", startDate: "2023-03-01" },
    // Transferred from commune X to commune Y with a gap, the end without a reason.
    { personId: "gapmover", organizationId: "cx2", startDate: "2005-01-01", officialDate: "2006-01-01", endDate: "2022-06-30" },
    { personId: "gapmover", organizationId: "cy1", startDate: "2022-09-01", startReason: "transferred" },
    // Came from outside the data in 2022, official date before (recognised elsewhere).
    { personId: "outside", organizationId: "cy1", startDate: "2022-02-01", startReason: "transferred", officialDate: "2015-01-01" },
    // Moved out of the data in 2023.
    { personId: "leaver", organizationId: "cy1", startDate: "2010-01-01", officialDate: "2011-01-01", endDate: "2023-07-31", endReason: "transferred" },
    // Expelled in 2012, re-admitted in 2022, recognised in 2023.
    { personId: "readm", organizationId: "cx1", startDate: "2000-01-01", officialDate: "2001-01-01", endDate: "2012-12-31", endReason: "expelled" },
    { personId: "readm", organizationId: "cx1", startDate: "2022-04-01", startReason: "readmitted", officialDate: "2023-04-01" },
    { personId: "dead", organizationId: "cx2", startDate: "1970", officialDate: "1971", endDate: "2022-12-31", endReason: "died" },
    { personId: "strk", organizationId: "cy1", startDate: "2015-01-01", officialDate: "2016-01-01", endDate: "2023-03-15", endReason: "struck-off" },
    { personId: "res", organizationId: "free", startDate: "2015-01-01", officialDate: "2016-01-01", endDate: "2023-06-30", endReason: "resigned" },
    // Ended with no reason and nothing after: an unspecified departure.
    { personId: "noreason", organizationId: "free", startDate: "2015-01-01", officialDate: "2016-01-01", endDate: "2023-01-15" },
    { personId: "young", organizationId: "dt", startDate: "2022-03-26" },
    // Admitted on the last day of the window.
    { personId: "q", organizationId: "free", startDate: "2023-12-31" },
  ],
});

describe("admissions", () => {
  const a = admissions(ds, { from: "2022-01-01", to: "2023-12-31" });
  it("counts first admissions, not transfers; re-admissions and recognitions apart", () => {
    expect(a.admitted.ids).toEqual(["new1", "new2", "q"]);
    expect(a.readmitted.ids).toEqual(["readm"]);
    // "outside" was recognised before joining: not a recognition here.
    expect(a.recognized.ids).toEqual(["new1", "readm"]);
  });
  it("counts transfers in and out of the dataset only", () => {
    expect(a.transferredIn.ids).toEqual(["outside"]);
    expect(a.transferredOut.ids).toEqual(["leaver"]);
  });
  it("counts departures by reason", () => {
    expect(a.departed.ids).toEqual(["dead", "strk", "res", "noreason"]);
    expect(a.departed.byReason.died.ids).toEqual(["dead"]);
    expect(a.departed.byReason["struck-off"].ids).toEqual(["strk"]);
    expect(a.departed.byReason.resigned.ids).toEqual(["res"]);
    expect(a.departed.byReason.unspecified.ids).toEqual(["noreason"]);
    expect(a.departed.byReason.expelled.count).toBe(0);
    // 3 + 1 + 1 − 1 − 4
    expect(a.net).toBe(0);
  });
  it("breaks the window into years or quarters", () => {
    expect(a.periods.map((p) => [p.period, p.from, p.to, p.admitted.count, p.net])).toEqual([
      ["2022", "2022-01-01", "2022-12-31", 1, 1 + 1 + 1 - 1],
      ["2023", "2023-01-01", "2023-12-31", 2, 2 - 1 - 3],
    ]);
    const q = admissions(ds, { from: "2023-02-15", to: "2023-12-31", by: "quarter" });
    expect(q.periods.map((p) => [p.period, p.from, p.to])).toEqual([
      ["2023-Q1", "2023-02-15", "2023-03-31"],
      ["2023-Q2", "2023-04-01", "2023-06-30"],
      ["2023-Q3", "2023-07-01", "2023-09-30"],
      ["2023-Q4", "2023-10-01", "2023-12-31"],
    ]);
    expect(q.periods.map((p) => p.net)).toEqual([-1, -1, -1, 2]);
    expect(q.periods.map((p) => p.recognized.ids)).toEqual([[], ["readm", "new1"].sort(), [], []]);
  });
  it("counts per organization, with transfers between them", () => {
    const g = admissions(ds, { from: "2023-01-01", to: "2023-12-31", groupBy: "organization" });
    expect(g.organizations.map((o) => [o.organizationId, o.transferredIn.ids, o.transferredOut.ids, o.net])).toEqual([
      ["cx1", [], ["mover"], -1],
      ["cx2", ["mover"], [], 1],
      ["cy1", [], ["leaver"], 1 - 1 - 1],
      ["free", [], [], 1 - 2],
    ]);
    // The dataset totals do not move with an internal transfer.
    expect(g.transferredIn.count).toBe(0);
  });
  it("counts per grassroots organization: transfers within one commune cancel out", () => {
    const g = admissions(ds, { from: "2022-01-01", to: "2023-12-31", groupBy: "grassroots" });
    expect(g.organizations.map((o) => [o.organizationId, o.transferredIn.ids, o.transferredOut.ids])).toEqual([
      ["dbx", [], ["gapmover"]],
      ["dby", ["gapmover", "outside"].sort(), ["leaver"]],
      [null, [], []],
    ]);
    const dbx = g.organizations[0]!;
    expect(dbx.periods.map((p) => p.period)).toEqual(["2022", "2023"]);
  });
  it("checks its arguments", () => {
    const codeOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return isGrassrootsError(e) ? e.code : e;
      }
      return undefined;
    };
    expect(codeOf(() => admissions(ds, { from: "2023-01-01" } as never))).toBe("invalid-argument");
    expect(codeOf(() => admissions(ds, { from: "2023-01-01", to: "2022-12-31" }))).toBe("invalid-argument");
    expect(codeOf(() => admissions(ds, { from: "2023-01-01", to: "2023-12-32" }))).toBe("invalid-date");
    expect(codeOf(() => admissions(ds, { from: "2023-01-01", to: "2023-12-31", by: "month" as never }))).toBe("invalid-argument");
    expect(codeOf(() => admissions(ds, { from: "2023-01-01", to: "2023-12-31", groupBy: "commune" as never }))).toBe("invalid-argument");
  });
});
