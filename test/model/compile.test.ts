import { describe, expect, it } from "vitest";
import {
  compileDataset,
  datasetIndex,
  END_REASONS,
  GENDERS,
  NO_END,
  NO_START,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  isGrassrootsError,
  parseDataset,
  ROLES,
  SCALE_IDS,
  START_REASONS,
  UNIT_KINDS,
  type Dataset,
  type DatasetIndex,
} from "../../src/index.js";
import { formatDayAt } from "../../src/_lib/days.js";
import { generateDataset } from "../../src/testing/generate.js";

// Rebuilds the records from the columns alone (plus names, which are not columns), as an
// independent check that the index loses nothing.
function date(day: number, precision: number): string | undefined {
  return precision === 0 ? undefined : formatDayAt(day, precision as 1 | 2 | 3);
}
function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
function decompile(ix: DatasetIndex, ds: Dataset): Record<string, unknown[]> {
  const o = ix.organizations;
  const organizations = o.ids.map((id, i) =>
    clean({
      id,
      name: ds.organizations[i]!.name,
      kind: ORGANIZATION_KINDS[o.kind[i]!],
      level: o.level[i] === 255 ? undefined : ORGANIZATION_LEVELS[o.level[i]!],
      parentId: o.parent[i]! < 0 ? undefined : o.ids[o.parent[i]!],
      unitId: o.unit[i]! < 0 ? undefined : ix.units.ids[o.unit[i]!],
      coversUnitIds: ds.organizations[i]!.coversUnitIds === undefined ? undefined : Array.from(o.coversUnits.subarray(o.coversOffsets[i]!, o.coversOffsets[i + 1]!), (u) => ix.units.ids[u]),
      foundingDate: date(o.founding[i]!, o.precision[i]! & 3),
      dissolutionDate: date(o.dissolution[i]!, (o.precision[i]! >> 2) & 3),
    }),
  );
  const u = ix.units;
  const units = u.ids.map((id, i) =>
    clean({
      id,
      name: ds.units[i]!.name,
      kind: UNIT_KINDS[u.kind[i]!],
      parentId: u.parent[i]! < 0 ? undefined : u.ids[u.parent[i]!],
      foundingDate: date(u.founding[i]!, u.precision[i]! & 3),
      dissolutionDate: date(u.dissolution[i]!, (u.precision[i]! >> 2) & 3),
    }),
  );
  const p = ix.people;
  const people = p.ids.map((id, i) =>
    clean({
      id,
      name: ds.people[i]!.name,
      birthDate: date(p.birth[i]!, p.birthPrecision[i]!),
      gender: p.gender[i] === 0 ? undefined : GENDERS[p.gender[i]! - 1],
      ethnicity: p.ethnicity[i] === 0 ? undefined : p.ethnicities[p.ethnicity[i]! - 1],
      unitId: p.unit[i]! < 0 ? undefined : u.ids[p.unit[i]!],
    }),
  );
  const m = ix.memberships;
  const memberships: unknown[] = new Array(m.count);
  for (let r = 0; r < m.count; r++) {
    memberships[m.source[r]!] = clean({
      id: ds.memberships[m.source[r]!]!.id,
      personId: p.ids[m.person[r]!],
      organizationId: o.ids[m.organization[r]!],
      startDate: date(m.start[r]!, m.precision[r]! & 3),
      startReason: m.startReason[r] === 0 ? undefined : START_REASONS[m.startReason[r]! - 1],
      officialDate: m.official[r] === NO_END ? undefined : date(m.official[r]!, (m.precision[r]! >> 2) & 3),
      endDate: date(m.end[r]!, (m.precision[r]! >> 4) & 3),
      endReason: m.endReason[r] === 0 ? undefined : END_REASONS[m.endReason[r]! - 1],
    });
  }
  const t = ix.posts;
  const posts = Array.from({ length: t.count }, (_, i) =>
    clean({
      id: ds.posts[i]!.id,
      personId: p.ids[t.person[i]!],
      role: ROLES[t.role[i]!],
      organizationId: t.organization[i]! < 0 ? undefined : o.ids[t.organization[i]!],
      unitId: t.unit[i]! < 0 ? undefined : u.ids[t.unit[i]!],
      startDate: date(t.start[i]!, t.precision[i]! & 3),
      endDate: date(t.end[i]!, (t.precision[i]! >> 2) & 3),
    }),
  );
  const q = ix.qualifications;
  const qualifications = Array.from({ length: q.count }, (_, i) => {
    const scale = SCALE_IDS[q.scale[i]!]!;
    return clean({ id: ds.qualifications[i]!.id, personId: p.ids[q.person[i]!], scale, level: q.levelCodes[scale][q.level[i]!], date: date(q.date[i]!, q.precision[i]!) });
  });
  const rt = ix.ratings;
  const ratings = Array.from({ length: rt.count }, (_, i) => {
    const start = formatDayAt(rt.periods.start[rt.period[i]!]!, 3);
    const form = rt.periods.form[rt.period[i]!]!;
    const period = form === 0 ? Number(start.slice(0, 4)) : form === 1 ? start.slice(0, 4) : `${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`;
    return clean({
      id: ds.ratings[i]!.id,
      subjectId: rt.subjectKind[i] === 0 ? p.ids[rt.subject[i]!] : o.ids[rt.subject[i]!],
      // Whether subjectKind was written is not a column (like ids): the kind is, and must match.
      subjectKind: ds.ratings[i]!.subjectKind === undefined ? undefined : rt.subjectKind[i] === 0 ? "person" : "organization",
      scheme: rt.schemes[rt.scheme[i]!],
      period,
      level: rt.level[i] === 0 ? undefined : rt.levelCodes[rt.scheme[i]!]![rt.level[i]! - 1],
      score: Number.isNaN(rt.score[i]!) ? undefined : rt.score[i],
    });
  });
  return { organizations, units, people, memberships, posts, qualifications, ratings };
}

const ds = parseDataset({
  asOf: "2024-12-31",
  units: [
    { id: "x", name: "Xã Pú Đao", kind: "commune", foundingDate: "2012-11", dissolutionDate: "2025-06-30" },
    { id: "b1", name: "Bản Pú Đao", kind: "village", parentId: "x" },
    { id: "b2", name: "Bản Chiêu Lủ", kind: "village", parentId: "x" },
    { id: "s", name: "Trường THCS Pú Đao", kind: "school", parentId: "x" },
  ],
  organizations: [
    { id: "db", name: "Đảng bộ xã Pú Đao", kind: "party-committee", level: "grassroots", unitId: "x", foundingDate: "2012" },
    { id: "cb2", name: "Chi bộ ghép", kind: "party-cell", level: "branch", parentId: "db", coversUnitIds: ["b2", "b1"] },
    { id: "cb1", name: "Chi bộ trường", kind: "party-cell", level: "branch", parentId: "db", coversUnitIds: ["s"] },
    { id: "td", name: "Tổ đảng", kind: "party-group", parentId: "cb2" },
    { id: "mt", name: "MTTQ xã", kind: "fatherland-front", unitId: "x" },
  ],
  people: [
    { id: "p1", name: "Lò Văn A", birthDate: "1975-03-02", gender: "male", ethnicity: "Cống", unitId: "b1" },
    { id: "p2", name: "Vàng Thị B", birthDate: "1988-11", gender: "female", ethnicity: "Mông", unitId: "b2" },
    { id: "p3", name: "Nguyễn Văn C", birthDate: "1969", ethnicity: "Kinh" },
    { id: "p4", name: "Không rõ" },
  ],
  memberships: [
    { id: "m1", personId: "p1", organizationId: "cb2", startDate: "2000-05-19", officialDate: "2001-05-19", endDate: "2015-06-30", endReason: "transferred" },
    { personId: "p3", organizationId: "cb1", startDate: "1995", officialDate: "1996", startReason: "admitted" },
    { personId: "p1", organizationId: "cb1", startDate: "2015-07-01", startReason: "transferred" },
    { personId: "p2", organizationId: "cb2", startDate: "2024-03", endDate: "2024-12", endReason: "other" },
    { personId: "p4", organizationId: "mt", startDate: "2010" },
  ],
  posts: [
    { id: "t1", personId: "p1", role: "secretary", organizationId: "cb1", startDate: "2016" },
    { personId: "p2", role: "village-head", unitId: "b2", startDate: "2019-01-01", endDate: "2024-06-30" },
  ],
  qualifications: [
    { personId: "p1", scale: "political-theory", level: "intermediate", date: "2010" },
    { personId: "p1", scale: "general-education", level: "upper-secondary" },
    { id: "q3", personId: "p3", scale: "political-theory", level: "advanced", date: "2019-06-15" },
  ],
  ratings: [
    { subjectId: "cb1", scheme: "qd-124-2023", period: 2024, level: "good" },
    { subjectId: "p1", subjectKind: "person", scheme: "qd-124-2023", period: "2024", level: "excellent", score: 93 },
    { subjectId: "db", scheme: "qd-366-2025", period: "2026-Q1", score: 88.5 },
  ],
});

describe("compileDataset", () => {
  const ix = compileDataset(ds);
  it("round-trips every record", () => {
    const back = decompile(ix, ds);
    for (const c of Object.keys(back)) expect(back[c], c).toEqual(ds[c as keyof Dataset]);
  });
  it("maps ids both ways", () => {
    for (const c of ["organizations", "units", "people"] as const) {
      const col = ix[c];
      ds[c].forEach((r, i) => {
        expect(col.ids[i]).toBe(r.id);
        expect(col.rowOf(r.id)).toBe(i);
      });
      expect(col.rowOf("missing")).toBe(-1);
    }
  });
  it("groups memberships by organization, stable within a group", () => {
    const o = ix.organizations;
    const m = ix.memberships;
    expect(Array.from(o.memberOffsets)).toEqual([0, 0, 2, 4, 4, 5]);
    expect(Array.from(m.source)).toEqual([0, 3, 1, 2, 4]);
    for (let org = 0; org < o.count; org++) for (let r = o.memberOffsets[org]!; r < o.memberOffsets[org + 1]!; r++) expect(m.organization[r]).toBe(org);
  });
  it("lists each person's memberships by start date", () => {
    const p = ix.people;
    const rowsOf = (id: string) => Array.from(p.personRows.subarray(p.personOffsets[p.rowOf(id)]!, p.personOffsets[p.rowOf(id) + 1]!), (r) => ds.memberships[ix.memberships.source[r]!]!.startDate);
    expect(rowsOf("p1")).toEqual(["2000-05-19", "2015-07-01"]);
    expect(rowsOf("p4")).toEqual(["2010"]);
  });
  it("stores start dates at their first day and end dates at their last", () => {
    const m = ix.memberships;
    const r = Array.from(m.source).indexOf(3);
    expect(m.start[r]).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
    expect(m.end[r]).toBe(Date.UTC(2024, 11, 31) / 86_400_000);
    expect(ix.organizations.founding[4]).toBe(NO_START);
    expect(ix.organizations.dissolution[0]).toBe(NO_END);
  });
  it("orders level codes by the catalog when one is given", () => {
    const ix2 = compileDataset(ds, { scales: { "political-theory": { id: "political-theory", levels: [{ code: "elementary" }, { code: "intermediate" }, { code: "advanced" }] } } });
    expect(ix2.qualifications.levelCodes["political-theory"]).toEqual(["elementary", "intermediate", "advanced"]);
    // Without tables, codes are numbered in order of appearance.
    expect(compileDataset(ds, {}).qualifications.levelCodes["political-theory"]).toEqual(["intermediate", "advanced"]);
  });
  it("stores each distinct period once, keeping how it was written", () => {
    const r = ix.ratings;
    // 2024 (number), "2024" (string) and "2026-Q1": three periods for three ratings.
    expect(r.periods.count).toBe(3);
    expect(Array.from(r.period)).toEqual([0, 1, 2]);
    expect(Array.from(r.periods.form)).toEqual([0, 1, 2]);
    expect(Array.from(r.periods.start)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)].map((t) => t / 86_400_000));
    expect(Array.from(r.periods.end)).toEqual([Date.UTC(2024, 11, 31), Date.UTC(2024, 11, 31), Date.UTC(2026, 2, 31)].map((t) => t / 86_400_000));
    const many = parseDataset({
      organizations: [{ id: "cb", name: "Chi bộ", kind: "party-cell" }],
      ratings: Array.from({ length: 40 }, (_, i) => ({ subjectId: "cb", scheme: "qd-124-2023", period: i % 2 === 0 ? 2020 + (i % 5) : `2021-Q${1 + (i % 4)}`, level: "good" })),
    });
    const rm = compileDataset(many).ratings;
    // Even i: years 2020, 2022, 2024, 2021, 2023 (i % 5 over even i); odd i: quarters Q2 and Q4 of 2021.
    expect(rm.periods.count).toBe(7);
    for (let i = 0; i < 40; i++) {
      const p = rm.period[i]!;
      const given = many.ratings[i]!.period;
      const year = typeof given === "number" ? given : Number(given.slice(0, 4));
      expect(formatDayAt(rm.periods.start[p]!, 3).slice(0, 4)).toBe(String(year));
      expect(rm.periods.form[p]).toBe(typeof given === "number" ? 0 : 2);
    }
  });
  it("keeps scores in 32 bits when every score fits exactly, else in 64", () => {
    // 93 and 88.5 are exact 32-bit floats.
    expect(ix.ratings.score).toBeInstanceOf(Float32Array);
    expect(Number.isNaN(ix.ratings.score[0]!)).toBe(true);
    const withScores = (scores: (number | undefined)[]) =>
      compileDataset(
        parseDataset({
          organizations: [{ id: "db", name: "Đảng bộ", kind: "party-committee" }],
          ratings: scores.map((score, i) => ({ subjectId: "db", scheme: "qd-366-2025", period: 2000 + i, ...(score === undefined ? { level: "good" } : { score }) })),
        }),
      ).ratings.score;
    // 88.1 is not a 32-bit float (Math.fround(88.1) = 88.0999984741211): found after others, it widens the column.
    const wide = withScores([50, undefined, 88.1, 12.25]);
    expect(wide).toBeInstanceOf(Float64Array);
    expect(Array.from(wide)).toEqual([50, Number.NaN, 88.1, 12.25]);
    const narrow = withScores([50, 99.75, undefined]);
    expect(narrow).toBeInstanceOf(Float32Array);
    expect(Array.from(narrow)).toEqual([50, 99.75, Number.NaN]);
  });
  it("is cached per frozen dataset", () => {
    expect(datasetIndex(ds)).toBe(datasetIndex(ds));
    const loose = { ...ds };
    expect(datasetIndex(loose)).not.toBe(datasetIndex(loose));
  });
});

describe("compileDataset: one buffer for the columns", () => {
  it("carves every column of an ordinary dataset out of one buffer, used to the last 8-byte-aligned byte", () => {
    // Counting the columns by hand from the index: every typed array of every part but the
    // rating periods (a few rows, built after the layout is known).
    const datasets = [ds, parseDataset(generateDataset({ scale: "commune", seed: 5, asOf: "2025-06-30" }))];
    for (const d of datasets) {
      const ix = compileDataset(d);
      const columns: ArrayBufferView[] = [];
      for (const [name, part] of Object.entries(ix)) {
        if (name === "dataset" || typeof part !== "object" || part === null) continue;
        for (const v of Object.values(part)) if (ArrayBuffer.isView(v)) columns.push(v);
      }
      expect(columns.length).toBe(49);
      const buffers = new Set(columns.map((c) => c.buffer));
      expect(buffers.size).toBe(1);
      const used = columns.reduce((n, c) => n + Math.ceil(c.byteLength / 8) * 8, 0);
      expect(used).toBe([...buffers][0]!.byteLength);
    }
  });
});

describe("compileDataset: width of the code columns", () => {
  const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);
  const cb = { id: "cb", name: "Chi bộ", kind: "party-cell" } as const;

  it("stores codes in one byte for an ordinary dataset, and no longer keeps whether subjectKind was written", () => {
    const ix = compileDataset(ds);
    expect(ix.people.ethnicity).toBeInstanceOf(Uint8Array);
    expect(ix.qualifications.level).toBeInstanceOf(Uint8Array);
    expect(ix.ratings.scheme).toBeInstanceOf(Uint8Array);
    expect(ix.ratings.period).toBeInstanceOf(Uint8Array);
    expect(ix.ratings.level).toBeInstanceOf(Uint8Array);
    expect(Object.keys(ix.ratings)).not.toContain("subjectKindGiven");
    // p1 Cống, p2 Mông, p3 Kinh, p4 none.
    expect(Array.from(ix.people.ethnicity)).toEqual([1, 2, 3, 0]);
  });

  it("widens ethnicity to 16 bits beyond 255 ethnicities (code 0 is none)", () => {
    const ethnicityCodes = (n: number) => {
      // n ethnicities in order, then one person without, then the first and the last again.
      const names = range(n).map((i) => `Dân tộc ${i}`);
      const people = [...names.map((e) => ({ ethnicity: e })), {}, { ethnicity: names[0] }, { ethnicity: names[n - 1] }];
      return compileDataset(parseDataset({ people: people.map((p, i) => ({ id: `p${i}`, name: `Người ${i}`, ...p })) })).people;
    };
    const at255 = ethnicityCodes(255);
    expect(at255.ethnicity).toBeInstanceOf(Uint8Array);
    expect(Array.from(at255.ethnicity)).toEqual([...range(255, 1), 0, 1, 255]);
    const at256 = ethnicityCodes(256);
    expect(at256.ethnicity).toBeInstanceOf(Uint16Array);
    expect(Array.from(at256.ethnicity)).toEqual([...range(256, 1), 0, 1, 256]);
    const at300 = ethnicityCodes(300);
    expect(at300.ethnicity).toBeInstanceOf(Uint16Array);
    expect(Array.from(at300.ethnicity)).toEqual([...range(300, 1), 0, 1, 300]);
    expect(at300.ethnicities[299]).toBe("Dân tộc 299");
  });

  it("refuses a list beyond 16 bits instead of letting codes wrap: 65,535 ethnicities fit, 65,536 do not", () => {
    const people = (n: number) => range(n).map((i) => ({ id: `p${i}`, name: `Người ${i}`, ethnicity: `Dân tộc ${i}` }));
    const fits = compileDataset(parseDataset({ people: people(65_535) })).people;
    expect(fits.ethnicity).toBeInstanceOf(Uint16Array);
    expect([fits.ethnicity[0], fits.ethnicity[65_534]]).toEqual([1, 65_535]);
    let e: unknown;
    try {
      compileDataset(parseDataset({ people: people(65_536) }));
    } catch (x) {
      e = x;
    }
    expect(isGrassrootsError(e) && e.code === "invalid-dataset" && e.message.includes("more than 65,535 distinct ethnicities")).toBe(true);
  });

  it("widens ratings.scheme to 16 bits beyond 256 schemes", () => {
    const schemeCodes = (n: number) => {
      const schemes = [...range(n).map((i) => `scheme-${i}`), "scheme-0", `scheme-${n - 1}`];
      return compileDataset(parseDataset({ organizations: [cb], ratings: schemes.map((scheme) => ({ subjectId: "cb", scheme, period: 2024, score: 1 })) })).ratings;
    };
    const at256 = schemeCodes(256);
    expect(at256.scheme).toBeInstanceOf(Uint8Array);
    expect(Array.from(at256.scheme)).toEqual([...range(256), 0, 255]);
    const at257 = schemeCodes(257);
    expect(at257.scheme).toBeInstanceOf(Uint16Array);
    expect(Array.from(at257.scheme)).toEqual([...range(257), 0, 256]);
    expect(at257.schemes[256]).toBe("scheme-256");
    // The other code columns do not follow: two periods, no levels.
    expect(at257.period).toBeInstanceOf(Uint8Array);
    expect(at257.level).toBeInstanceOf(Uint8Array);
  });

  it("widens ratings.period to 16 bits beyond 256 periods", () => {
    const periodCodes = (n: number) => {
      const years = [...range(n, 1700), 1700, 1700 + n - 1];
      return compileDataset(parseDataset({ organizations: [cb], ratings: years.map((period) => ({ subjectId: "cb", scheme: "qd-124-2023", period, level: "good" })) })).ratings;
    };
    const at256 = periodCodes(256);
    expect(at256.period).toBeInstanceOf(Uint8Array);
    expect(Array.from(at256.period)).toEqual([...range(256), 0, 255]);
    const at257 = periodCodes(257);
    expect(at257.period).toBeInstanceOf(Uint16Array);
    expect(Array.from(at257.period)).toEqual([...range(257), 0, 256]);
    expect(at257.periods.count).toBe(257);
    // Row 256 is the year 1956.
    expect(at257.periods.start[256]).toBe(Date.UTC(1956, 0, 1) / 86_400_000);
  });

  it("widens ratings.level to 16 bits beyond 255 level codes on a scheme (code 0 is none)", () => {
    // Levels of a scheme with no table are numbered in order of appearance.
    const levelCodes = (n: number) => {
      const levels = [...range(n).map((i) => `muc-${i}`), undefined, "muc-0", `muc-${n - 1}`];
      const ratings = levels.map((level) => ({ subjectId: "cb", scheme: "my-scheme", period: 2024, ...(level === undefined ? { score: 5 } : { level }) }));
      return compileDataset(parseDataset({ organizations: [cb], ratings: [{ subjectId: "cb", scheme: "qd-124-2023", period: 2024, level: "good" }, ...ratings] })).ratings;
    };
    const at255 = levelCodes(255);
    expect(at255.level).toBeInstanceOf(Uint8Array);
    // Row 0 is "good" under qd-124-2023, whose table has more levels than that, and none above 255.
    const good = at255.levelCodes[0]!.indexOf("good") + 1;
    expect(good).toBeGreaterThan(0);
    expect(Array.from(at255.level)).toEqual([good, ...range(255, 1), 0, 1, 255]);
    const at256 = levelCodes(256);
    expect(at256.level).toBeInstanceOf(Uint16Array);
    expect(Array.from(at256.level)).toEqual([good, ...range(256, 1), 0, 1, 256]);
    expect(at256.levelCodes[1]![255]).toBe("muc-255");
  });

  it("sizes ratings.level by the catalog's level tables, even for codes the data does not use", () => {
    const table = (n: number) => ({ schemes: { "my-scheme": { id: "my-scheme", levels: range(n).map((i) => ({ code: `muc-${i}` })) } } });
    const input = { organizations: [cb], ratings: ["muc-2", "muc-0"].map((level) => ({ subjectId: "cb", scheme: "my-scheme", period: 2024, level })) };
    const at255 = compileDataset(parseDataset(input, { catalog: table(255) }), table(255)).ratings.level;
    expect(at255).toBeInstanceOf(Uint8Array);
    expect(Array.from(at255)).toEqual([3, 1]);
    const at256 = compileDataset(parseDataset(input, { catalog: table(256) }), table(256)).ratings.level;
    expect(at256).toBeInstanceOf(Uint16Array);
    expect(Array.from(at256)).toEqual([3, 1]);
  });

  it("widens qualifications.level to 16 bits beyond 256 level codes on a scale", () => {
    const table = (n: number) => ({ scales: { "political-theory": { id: "political-theory", levels: range(n).map((i) => ({ code: `bac-${i}` })) } } });
    const person = { id: "p1", name: "Lò Văn A" };
    const withLevels = (n: number, levels: string[]) =>
      parseDataset({ people: [person], qualifications: levels.map((level) => ({ personId: "p1", scale: "political-theory", level })) }, { catalog: table(n) });
    // From the catalog: a table of 256 codes fits a byte, one of 257 does not, whatever the data uses.
    const some = ["bac-2", "bac-0", "bac-255"];
    const at256 = compileDataset(withLevels(256, some), table(256)).qualifications.level;
    expect(at256).toBeInstanceOf(Uint8Array);
    expect(Array.from(at256)).toEqual([2, 0, 255]);
    const at257 = compileDataset(withLevels(257, [...some, "bac-256"]), table(257)).qualifications.level;
    expect(at257).toBeInstanceOf(Uint16Array);
    expect(Array.from(at257)).toEqual([2, 0, 255, 256]);
    // Without a table, codes are numbered in order of appearance: here the reverse of the table's.
    const reversed = (n: number) => range(n).map((i) => `bac-${n - 1 - i}`);
    const seen256 = compileDataset(withLevels(256, [...reversed(256), "bac-255"]), {}).qualifications;
    expect(seen256.level).toBeInstanceOf(Uint8Array);
    expect(Array.from(seen256.level)).toEqual([...range(256), 0]);
    const seen257 = compileDataset(withLevels(257, [...reversed(257), "bac-256", "bac-0"]), {}).qualifications;
    expect(seen257.level).toBeInstanceOf(Uint16Array);
    expect(Array.from(seen257.level)).toEqual([...range(257), 0, 256]);
    expect(seen257.levelCodes["political-theory"][256]).toBe("bac-0");
  });

  /** A dataset built by hand, not by parseDataset (as a JavaScript caller might pass one). */
  const unparsed = (parts: Record<string, unknown[]>): Dataset =>
    ({ units: [], organizations: [], people: [], memberships: [], posts: [], qualifications: [], ratings: [], ...parts }) as unknown as Dataset;

  it("refuses, by name, a record without a string id in a dataset that was not parsed", () => {
    let error: unknown;
    try {
      compileDataset(unparsed({ people: [{ name: "Lò Văn A" }] }));
    } catch (e) {
      error = e;
    }
    expect(isGrassrootsError(error) && error.code).toBe("invalid-dataset");
    expect((error as Error).message).toContain("people[0] has no string id");
  });

  it("finds rows by id in a dataset that was not parsed", () => {
    const ix = compileDataset(unparsed({ units: [{ id: "b1", name: "Bản A", kind: "village" }, { id: "b2", name: "Bản B", kind: "village" }] }));
    expect([ix.units.rowOf("b2"), ix.units.rowOf("b1"), ix.units.rowOf("b3")]).toEqual([1, 0, -1]);
    expect(ix.units.ids).toEqual(["b1", "b2"]);
  });

  it("keeps every row's id in a dataset that was not parsed, a repeated id too (its first row is the one found)", () => {
    const units = [{ id: "b1", name: "Bản A", kind: "village" }, { id: "b2", name: "Bản B", kind: "village" }, { id: "b1", name: "Bản A (2)", kind: "village" }];
    const ix = compileDataset(unparsed({ units }));
    expect(ix.units.ids).toEqual(["b1", "b2", "b1"]);
    expect(ix.units.rowOf("b1")).toBe(0);
  });

  it("hands out the parsed ids frozen: writing into them cannot break the lookups", () => {
    const ix = compileDataset(parseDataset({ units: [{ id: "b1", name: "Bản A", kind: "village" }, { id: "b2", name: "Bản B", kind: "village" }] }));
    expect(Object.isFrozen(ix.units.ids)).toBe(true);
    expect(() => (ix.units.ids as string[]).reverse()).toThrow(TypeError);
    expect([ix.units.rowOf("b1"), ix.units.rowOf("b2")]).toEqual([0, 1]);
  });
});
