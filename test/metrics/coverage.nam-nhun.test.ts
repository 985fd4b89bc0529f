// The Nậm Nhùn figures of the news report (DESIGN.md, DOMAIN.md §9) computed from records: a
// dataset built here, record by record, to match them. June 2013: 20 of 70 villages without a
// party cell, 11 of 32 schools without enough party members, 8 of 11 health stations without a
// cell. Ten years later: every village, school and health station with a cell; 50 grassroots
// party organizations and 130 subordinate cells; about 1,900 members; about 1,100 admitted in
// ten years; 65% of village heads are party members; about 22% of cell secretaries are also the
// head of their village.
//
// People's `unitId` is where they live or work now (the model keeps no history of it), so the
// 2013 figures use today's places.
import { describe, expect, it } from "vitest";
import { admissions, parseDataset, partyStrength, roleOverlap, unitCoverage } from "../../src/index.js";
import type { Membership, Organization as Org } from "../../src/index.js";
import type { FullDatasetInput as Input } from "../../src/testing/index.js";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
/** An ISO date `i` steps through [from, to] in `n` steps (deterministic spread). */
function spread(fromY: number, fromM: number, toY: number, toM: number, i: number, n: number): string {
  const a = fromY * 12 + fromM - 1;
  const b = toY * 12 + toM - 1;
  const k = a + Math.floor(((b - a) * (i + 0.5)) / n);
  return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}-${pad(1 + ((i * 7) % 28))}`;
}
function plusYear(date: string): string {
  return `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
}

function namNhun(): Input {
  const units: Input["units"] = [
    { id: "lc", name: "Tỉnh Lai Châu", kind: "province" },
    { id: "nn", name: "Huyện Nậm Nhùn", kind: "district", parentId: "lc", foundingDate: "2012-11-02", dissolutionDate: "2025-06-30" },
  ];
  const organizations: Org[] = [{ id: "dbh", name: "Đảng bộ huyện Nậm Nhùn", kind: "party-committee", level: "district", unitId: "nn" }];
  const people: Input["people"] = [];
  const memberships: Membership[] = [];
  const posts: Input["posts"] = [];

  // 11 communes, each with its party committee (đảng bộ cơ sở).
  const COMMUNE_START = [0, 7, 14, 21, 28, 34, 40, 46, 52, 58, 64, 70];
  for (let c = 0; c < 11; c++) {
    units.push({ id: `x${c}`, name: `Xã ${c + 1}`, kind: "commune", parentId: "nn" });
    organizations.push({ id: `dbx${c}`, name: `Đảng bộ xã ${c + 1}`, kind: "party-committee", level: "grassroots", parentId: "dbh", unitId: `x${c}` });
  }
  const communeOfVillage = (v: number): number => COMMUNE_START.findIndex((s, k) => v >= s && v < COMMUNE_START[k + 1]!);

  // Cells. `old`: founded before June 2013; otherwise founded on `founding`.
  interface Cell {
    id: string;
    units: string[];
    founding?: string;
    old: number; // members admitted before July 2013
    fresh: number; // members admitted from July 2013
  }
  const cells: Cell[] = [];
  const cell = (id: string, name: string, covers: string[], commune: number, founding?: string, level: "branch" | "grassroots" = "branch"): Cell => {
    const org: Org = { id, name, kind: "party-cell", level, parentId: level === "branch" ? `dbx${commune}` : "dbh", coversUnitIds: covers };
    if (founding !== undefined) org.foundingDate = founding;
    organizations.push(org);
    const c: Cell = { id, units: covers, old: 0, fresh: 0, ...(founding === undefined ? {} : { founding }) };
    cells.push(c);
    return c;
  };

  // 70 villages: 0–39 own cells and 40–49 five joint cells since before 2013; 50–59 own cells
  // and 60–69 five joint cells founded later.
  for (let v = 0; v < 70; v++) units.push({ id: `v${v}`, name: `Bản ${v + 1}`, kind: "village", parentId: `x${communeOfVillage(v)}` });
  const villageCells: Cell[] = [];
  for (let v = 0; v < 40; v++) villageCells.push(cell(`cbv${v}`, `Chi bộ bản ${v + 1}`, [`v${v}`], communeOfVillage(v)));
  for (let v = 40; v < 50; v += 2) villageCells.push(cell(`cbv${v}`, `Chi bộ bản ${v + 1} - ${v + 2}`, [`v${v}`, `v${v + 1}`], communeOfVillage(v)));
  for (let v = 50; v < 60; v++) villageCells.push(cell(`cbv${v}`, `Chi bộ bản ${v + 1}`, [`v${v}`], communeOfVillage(v), "2016-03-01"));
  for (let v = 60; v < 70; v += 2) villageCells.push(cell(`cbv${v}`, `Chi bộ bản ${v + 1} - ${v + 2}`, [`v${v}`, `v${v + 1}`], communeOfVillage(v), "2018-05-01"));

  // 32 schools: 0–20 with a cell and enough members in 2013; 21–31 a cell from September 2017.
  const schoolCells: Cell[] = [];
  for (let s = 0; s < 32; s++) {
    units.push({ id: `s${s}`, name: `Trường ${s + 1}`, kind: "school", parentId: `x${s % 11}` });
    schoolCells.push(cell(`cbs${s}`, `Chi bộ trường ${s + 1}`, [`s${s}`], s % 11, s < 21 ? undefined : "2017-09-05"));
  }
  // 11 health stations: 0–2 with a cell in 2013; 3–10 from 2019.
  const stationCells: Cell[] = [];
  for (let t = 0; t < 11; t++) {
    units.push({ id: `t${t}`, name: `Trạm y tế xã ${t + 1}`, kind: "health-station", parentId: `x${t}` });
    stationCells.push(cell(`cbt${t}`, `Chi bộ trạm y tế ${t + 1}`, [`t${t}`], t, t < 3 ? undefined : "2019-01-01"));
  }
  // 27 other subordinate cells: commune agencies (11), police (11), military (5).
  const otherCells: Cell[] = [];
  for (let c = 0; c < 11; c++) {
    units.push({ id: `ag${c}`, name: `Cơ quan xã ${c + 1}`, kind: "agency", parentId: `x${c}` });
    otherCells.push(cell(`cbag${c}`, `Chi bộ cơ quan xã ${c + 1}`, [`ag${c}`], c));
    units.push({ id: `ca${c}`, name: `Công an xã ${c + 1}`, kind: "armed-forces", parentId: `x${c}` });
    otherCells.push(cell(`cbca${c}`, `Chi bộ công an xã ${c + 1}`, [`ca${c}`], c));
  }
  for (let c = 0; c < 5; c++) {
    units.push({ id: `qs${c}`, name: `Ban chỉ huy quân sự xã ${c + 1}`, kind: "armed-forces", parentId: `x${c}` });
    otherCells.push(cell(`cbqs${c}`, `Chi bộ quân sự xã ${c + 1}`, [`qs${c}`], c));
  }
  // 39 district agencies organised as chi bộ cơ sở.
  const agencyCells: Cell[] = [];
  for (let a = 0; a < 39; a++) {
    units.push({ id: `da${a}`, name: `Cơ quan huyện ${a + 1}`, kind: "agency", parentId: "nn" });
    agencyCells.push(cell(`cbda${a}`, `Chi bộ cơ quan huyện ${a + 1}`, [`da${a}`], 0, undefined, "grassroots"));
  }

  // Members per cell: old (admitted 1980 – June 2012, all official by 2013) and fresh (admitted
  // from July 2013 to June 2023). 800 old + 1,100 fresh = 1,900.
  for (const c of agencyCells) [c.old, c.fresh] = [6, 4]; // 234 + 156
  for (const c of otherCells) [c.old, c.fresh] = [5, 3]; // 135 + 81
  for (let s = 0; s < 32; s++) {
    const c = schoolCells[s]!;
    if (s < 21) [c.old, c.fresh] = [3, 2]; // 63 + 42
    else c.fresh = 4 - (s <= 25 ? 2 : s <= 28 ? 1 : 0); // 31; the 13 old teachers transfer in (below)
  }
  for (let t = 0; t < 11; t++) [stationCells[t]!.old, stationCells[t]!.fresh] = t < 3 ? [3, 1] : [0, 3]; // 9 + 3, 24
  // Villages: the remaining 346 old members over the 45 old cells, 763 fresh over all 60.
  for (let i = 0; i < 346; i++) villageCells[i % 45]!.old++;
  for (let i = 0; i < 763; i++) villageCells[i % 60]!.fresh++;

  let personSeq = 0;
  let oldSeq = 0;
  let freshSeq = 0;
  const memberOf = new Map<string, string[]>(); // cell id → person ids living in its units, in order
  const addPerson = (unitId: string): string => {
    const id = `p${personSeq++}`;
    people.push({ id, name: `Đảng viên ${personSeq}`, unitId });
    return id;
  };
  const ASOF = "2023-06-30";
  for (const c of cells) {
    const list: string[] = [];
    memberOf.set(c.id, list);
    for (let i = 0; i < c.old + c.fresh; i++) {
      const unitId = c.units[i % c.units.length]!;
      const id = addPerson(unitId);
      list.push(id);
      const fresh = i >= c.old;
      const start = fresh
        ? c.founding === undefined
          ? spread(2013, 7, 2023, 6, freshSeq++ % 997, 997)
          : // Cells founded after 2013 were founded by members admitted by the end of 2021.
            spread(Number(c.founding.slice(0, 4)), Number(c.founding.slice(5, 7)), 2021, 12, freshSeq++ % 997, 997)
        : spread(1980, 1, 2012, 6, oldSeq++ % 800, 800);
      const m: Membership = { personId: id, organizationId: c.id, startDate: start };
      if (plusYear(start) <= ASOF) m.officialDate = plusYear(start);
      memberships.push(m);
    }
  }
  // 13 teachers of schools 21–28, admitted before 2013, in the commune agency cell until their
  // school's cell was founded: a transfer, not an admission.
  for (let s = 21; s <= 28; s++) {
    const n = s <= 25 ? 2 : 1;
    for (let k = 0; k < n; k++) {
      const id = addPerson(`s${s}`);
      memberOf.get(`cbs${s}`)!.push(id);
      const start = spread(1985, 1, 2010, 12, s * 2 + k, 60);
      memberships.push({ personId: id, organizationId: `cbag${s % 11}`, startDate: start, officialDate: plusYear(start), endDate: "2017-09-04", endReason: "transferred" });
      memberships.push({ personId: id, organizationId: `cbs${s}`, startDate: "2017-09-05", startReason: "transferred" });
    }
  }

  // Cell secretaries: the first member of each cell. Village heads: the secretaries of
  // villages 0–36 (37 of 169 cell secretaries); another member for villages 37–44; a person who is
  // not a party member for villages 45–68; village 69 has no head on record.
  for (const c of cells) posts.push({ personId: memberOf.get(c.id)![0]!, role: "secretary", organizationId: c.id, startDate: "2020-08" });
  for (let v = 0; v < 69; v++) {
    let head: string;
    if (v < 37) head = memberOf.get(`cbv${v}`)![0]!;
    else if (v < 45) {
      const c = villageCells.find((x) => x.units.includes(`v${v}`))!;
      head = memberOf.get(c.id)!.find((p, i) => i > 0 && people[Number(p.slice(1))]!.unitId === `v${v}`)!;
    } else {
      head = `h${v}`;
      people.push({ id: head, name: `Trưởng bản ${v + 1}`, unitId: `v${v}` });
    }
    posts.push({ personId: head, role: "village-head", unitId: `v${v}`, startDate: "2022-06" });
  }
  return { units, organizations, people, memberships, posts, qualifications: [], ratings: [] };
}

const ds = parseDataset(namNhun());

describe("Nậm Nhùn, June 2013", () => {
  const c = unitCoverage(ds, { asOf: "2013-06-30" });
  it("20 of 70 villages had no party cell", () => {
    expect(c.byKind.village?.units.count).toBe(70);
    expect(c.byKind.village?.withoutCell.numerator).toBe(20);
    expect(c.byKind.village?.withoutCell.ids).toEqual(Array.from({ length: 20 }, (_, i) => `v${50 + i}`));
  });
  it("11 of 32 schools lacked enough party members", () => {
    const s = c.byKind.school!;
    expect(s.units.count).toBe(32);
    expect(s.units.count - s.enoughOfficialMembers.numerator).toBe(11);
    expect(s.withoutCell.numerator).toBe(11);
  });
  it("8 of 11 health stations had no cell", () => {
    expect(c.byKind["health-station"]?.units.count).toBe(11);
    expect(c.byKind["health-station"]?.withoutCell.numerator).toBe(8);
  });
});

describe("Nậm Nhùn, ten years later (June 2023)", () => {
  const asOf = "2023-06-30";
  it("every village, school and health station has a cell", () => {
    const c = unitCoverage(ds, { asOf, unitKinds: ["village", "school", "health-station"], groupBy: "commune" });
    expect(c.withCell.ratio).toBe(1);
    expect(c.byKind.village?.jointCell.numerator).toBe(20);
    expect(c.groups.length).toBe(11);
    expect(c.groups.every((g) => g.withoutCell.numerator === 0)).toBe(true);
  });
  it("50 grassroots organizations, 130 subordinate cells, about 1,900 members", () => {
    const s = partyStrength(ds, asOf);
    expect(s.grassroots.count).toBe(50);
    expect(s.grassroots.committees.count).toBe(11);
    expect(s.subordinateCells.count).toBe(130);
    expect(s.members.count).toBe(1900);
    expect(s.members.official.count + s.members.probationary.count).toBe(1900);
    expect(s.checks.cellsBelowMinimum.ids).toEqual([]);
  });
  it("about 1,100 admitted in ten years", () => {
    const a = admissions(ds, { from: "2013-07-01", to: "2023-06-30" });
    expect(a.admitted.count).toBe(1100);
    expect(a.periods.map((p) => p.period)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(a.transferredIn.count + a.readmitted.count + a.departed.count + a.transferredOut.count).toBe(0);
    expect(a.net).toBe(1100);
  });
  it("65% of village heads are party members", () => {
    const o = roleOverlap(ds, { asOf, holders: "village-head", also: "party-member" });
    expect([o.numerator, o.denominator]).toEqual([45, 69]);
    expect(Math.round(o.ratio! * 100)).toBe(65);
  });
  it("about 22% of cell secretaries are also the head of their village", () => {
    const o = roleOverlap(ds, { asOf, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true });
    expect([o.numerator, o.denominator]).toEqual([37, 169]);
    expect(Math.round(o.ratio! * 100)).toBe(22);
  });
});
