import { describe, expect, it } from "vitest";
import { firstDay, lastDay, precisionOf } from "../../src/_lib/days.js";
import { GrassrootsError, isGrassrootsError, levelCatalog, parseDataset, safeParseDataset, type DatasetIssue } from "../../src/index.js";
import { firstKey, lastKey } from "../../src/model/parse.js";

const base = () => ({
  asOf: "2023-06-30",
  units: [
    { id: "x1", name: "Xã Nậm Hàng", kind: "commune" },
    { id: "b1", name: "Bản Nậm Hàng", kind: "village", parentId: "x1" },
    { id: "b2", name: "Bản Huổi Lếch", kind: "village", parentId: "x1" },
  ],
  organizations: [
    { id: "db", name: "Đảng bộ xã Nậm Hàng", kind: "party-committee", level: "grassroots", unitId: "x1" },
    { id: "cb1", name: "Chi bộ bản Nậm Hàng", kind: "party-cell", level: "branch", parentId: "db", coversUnitIds: ["b1"] },
    { id: "dt", name: "Đoàn xã", kind: "youth-union", unitId: "x1" },
  ],
  people: [
    { id: "p1", name: "Lò Văn Minh", birthDate: "1980-04-12", gender: "male", ethnicity: "Thái", unitId: "b1" },
    { id: "p2", name: "Tao Thị Hoa", birthDate: "1990", gender: "female", ethnicity: "Cống", unitId: "b2" },
  ],
  memberships: [
    { personId: "p1", organizationId: "cb1", startDate: "2005-05-19", officialDate: "2006-05-19" },
    { personId: "p2", organizationId: "dt", startDate: "2008" },
  ],
  posts: [
    { personId: "p1", role: "secretary", organizationId: "cb1", startDate: "2020-07" },
    { personId: "p2", role: "village-head", unitId: "b2" },
  ],
  qualifications: [{ personId: "p1", scale: "political-theory", level: "intermediate", date: "2015" }],
  ratings: [{ subjectId: "cb1", scheme: "qd-124-2023", period: 2023, level: "good" }],
});

const issuesOf = (input: unknown, options = {}): DatasetIssue[] => {
  const r = safeParseDataset(input, { locale: "en", ...options });
  expect(r.success).toBe(false);
  return [...r.issues];
};
const pc = (issues: readonly DatasetIssue[]) => issues.map((i) => [i.path, i.code]);

describe("parseDataset: valid input", () => {
  it("parses the base dataset, deeply frozen, without touching the input", () => {
    const input = base();
    const copy = JSON.parse(JSON.stringify(input));
    const ds = parseDataset(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(ds)).toBe(true);
    expect(Object.isFrozen(ds.people)).toBe(true);
    expect(Object.isFrozen(ds.people[0])).toBe(true);
    expect(Object.isFrozen(ds.organizations[1]!.coversUnitIds)).toBe(true);
    expect(ds.people[0]).not.toBe(input.people[0]);
    expect(ds).toEqual({ ...copy });
  });
  it("keeps the records it is given with copy: false, frozen, when they are already in parsed form", () => {
    const input = base();
    const before = JSON.parse(JSON.stringify(input));
    const ds = parseDataset(input, { copy: false });
    expect(ds).toEqual(parseDataset(before));
    for (const c of ["organizations", "units", "people", "memberships"] as const) {
      (ds[c] as readonly unknown[]).forEach((r, i) => expect(r).toBe(input[c][i]));
    }
    expect(Object.isFrozen(input.people[0])).toBe(true);
    expect(Object.isFrozen(input.organizations[1]!.coversUnitIds)).toBe(true);
    // The values are as they were; the dataset's own lists are new.
    expect(input).toEqual(before);
    expect(ds.people).not.toBe(input.people);
    // A record not in parsed form is copied, and left alone: fields out of schema order, a
    // name not in NFC.
    const swapped = { name: "Lò Văn A", id: "p1" };
    const nfd = { id: "p2", name: "Lò Văn B".normalize("NFD") };
    const other = parseDataset({ people: [swapped, nfd] }, { copy: false });
    expect(other.people[0]).not.toBe(swapped);
    expect(other.people[1]).not.toBe(nfd);
    expect(other.people[1]!.name).toBe("Lò Văn B");
    expect(Object.isFrozen(swapped) || Object.isFrozen(nfd)).toBe(false);
    expect(Object.keys(swapped)).toEqual(["name", "id"]);
  });
  it('keeps frozen copies of the values of unknown fields with unknownFields: "keep", leaving the caller\'s alone', () => {
    const note = { tags: ["a", { b: 1 }] };
    const when = new Date(0);
    const input = { people: [{ id: "p1", name: "A", note, when }], extra: { x: [1] } };
    type Kept = { people: { note: typeof note; when: Date }[]; extra: { x: number[] } };
    const ds = parseDataset(input, { unknownFields: "keep" }) as unknown as Kept;
    expect(ds.people[0]!.note).toEqual(note);
    expect(ds.people[0]!.note).not.toBe(note);
    expect([note, note.tags, note.tags[1]].some((x) => Object.isFrozen(x))).toBe(false);
    expect(Object.isFrozen(ds.people[0]!.note.tags[1])).toBe(true);
    expect(ds.extra).toEqual({ x: [1] });
    expect(ds.extra).not.toBe(input.extra);
    expect(Object.isFrozen(input.extra) || Object.isFrozen(input.extra.x)).toBe(false);
    expect(Object.isFrozen(ds.extra.x)).toBe(true);
    // Not plain data: kept as it is, and frozen.
    expect(ds.people[0]!.when).toBe(when);
    expect(Object.isFrozen(when)).toBe(true);
    // "__proto__" inside a kept value stays an own, plain key of the copy.
    const j = JSON.parse('{"people":[{"id":"p2","name":"B","meta":{"__proto__":{"polluted":1}}}]}') as unknown;
    const d2 = parseDataset(j, { unknownFields: "keep" }) as unknown as { people: { meta: object }[] };
    expect(Object.keys(d2.people[0]!.meta)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(d2.people[0]!.meta)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    // With copy: false the values are handed over too: frozen where they are.
    const mine = { tags: ["c"] };
    const kept = parseDataset({ people: [{ id: "p3", name: "C", note: mine }] }, { unknownFields: "keep", copy: false }) as unknown as { people: { note: typeof mine }[] };
    expect(kept.people[0]!.note).toBe(mine);
    expect(Object.isFrozen(mine.tags)).toBe(true);
  });
  it("fills missing collections with empty arrays", () => {
    const ds = parseDataset({});
    expect(ds).toEqual({ organizations: [], units: [], people: [], memberships: [], posts: [], qualifications: [], ratings: [] });
  });
  it("normalises names to NFC and keeps the text", () => {
    const nfd = "Nguyễn Thị Hằng".normalize("NFD");
    const ds = parseDataset({ people: [{ id: "p", name: nfd, ethnicity: "Mường".normalize("NFD") }] });
    expect(ds.people[0]!.name).toBe("Nguyễn Thị Hằng".normalize("NFC"));
    expect(ds.people[0]!.ethnicity).toBe("Mường".normalize("NFC"));
  });
  it("accepts reduced-precision dates and the three period forms", () => {
    const ds = parseDataset({
      organizations: [{ id: "o", name: "O", kind: "party-cell", foundingDate: "1990", dissolutionDate: "1990-12" }],
      ratings: [
        { subjectId: "o", scheme: "s", period: 2024, level: "a" },
        { subjectId: "o", scheme: "s", period: "2024", score: 71.5 },
        { subjectId: "o", scheme: "s", period: "2026-Q1", level: "a" },
      ],
    });
    expect(ds.ratings.map((r) => r.period)).toEqual([2024, "2024", "2026-Q1"]);
  });
});

describe("parseDataset: schema issues", () => {
  it("reports a non-object at the root", () => {
    for (const v of [null, 1, "x", [], true, undefined]) expect(pc(issuesOf(v))).toEqual([["", "not-an-object"]]);
  });
  it("reports wrong collection types", () => {
    expect(pc(issuesOf({ people: {} }))).toEqual([["people", "invalid-type"]]);
  });
  it("reports every bad field with its path", () => {
    const input = base() as Record<string, any>;
    input.people[1].birthDate = "2023-02-30";
    input.people[1].gender = "nam";
    input.people[0].birthdate = "1980";
    delete input.organizations[0].name;
    input.organizations[2].kind = 7;
    input.posts[0].role = "boss";
    input.ratings[0].period = "2024-Q5";
    input.asOf = "2023-06-31";
    const issues = issuesOf(input);
    expect(pc(issues)).toEqual([
      ["asOf", "invalid-date"],
      ["organizations[0].name", "missing-field"],
      ["organizations[2].kind", "invalid-value"],
      ["people[0].birthdate", "unknown-field"],
      ["people[1].birthDate", "invalid-date"],
      ["people[1].gender", "invalid-value"],
      ["posts[0].role", "invalid-value"],
      ["ratings[0].period", "invalid-value"],
    ]);
    expect(issues[4]!.message).toContain("2023-02-30");
  });
  it("reports a missing code field as missing, not invalid", () => {
    expect(pc(issuesOf({ units: [{ id: "u", name: "U" }] }))).toEqual([["units[0].kind", "missing-field"]]);
  });
  it("writes messages in Vietnamese by default and in English on request", () => {
    const vi = safeParseDataset({ people: [{ id: "p", name: "" }] });
    const en = safeParseDataset({ people: [{ id: "p", name: "" }] }, { locale: "en" });
    expect(vi.issues[0]!.message).toBe("Không được để trống");
    expect(en.issues[0]!.message).toBe("Must not be empty");
    expect(safeParseDataset({ people: [{ id: "p", name: "" }] }, { locale: { code: "en" } }).issues[0]!.message).toBe("Must not be empty");
  });
  it("reports wrong types of ids and non-finite numbers", () => {
    const issues = issuesOf({
      people: [{ id: 5, name: "A" }],
      organizations: [{ id: "o", name: "O", kind: "party-cell" }],
      ratings: [{ subjectId: "o", scheme: "s", period: 2024, score: Number.POSITIVE_INFINITY }],
    });
    expect(pc(issues)).toEqual([
      ["people[0].id", "invalid-type"],
      ["ratings[0].score", "invalid-type"],
    ]);
  });
});

describe("parseDataset: referential rules", () => {
  it("reports duplicate ids per collection (the same id in two collections is fine)", () => {
    const input = base() as Record<string, any>;
    input.units.push({ id: "b1", name: "Bản trùng", kind: "village" });
    input.people.push({ id: "b1", name: "Người có mã trùng đơn vị" });
    expect(pc(issuesOf(input))).toEqual([["units[3].id", "duplicate-id"]]);
  });
  it("reports duplicate optional ids (memberships, posts, qualifications, ratings), also on records that failed", () => {
    const input = base() as Record<string, any>;
    input.memberships[0].id = "m1";
    input.memberships.push({ id: "m1", personId: "p2", organizationId: "dt", startDate: "2009" });
    input.ratings.push({ id: "r1", subjectId: "cb1", scheme: "qd-124-2023", period: 2024, level: "good" });
    input.ratings.push({ id: "r1", subjectId: "cb1", scheme: "qd-124-2023", period: 2025, level: "good" });
    expect(pc(issuesOf(input))).toEqual([
      ["memberships[2].id", "duplicate-id"],
      ["ratings[2].id", "duplicate-id"],
    ]);
    // An id on a record that failed its schema counts only for the records after it that parsed.
    const failed = base() as Record<string, any>;
    failed.posts = [
      { id: "t1", personId: "p1", role: "secretary", organizationId: "cb1", startDate: "2020-13" },
      { id: "t1", personId: "p1", role: "secretary", organizationId: "cb1" },
    ];
    expect(pc(issuesOf(failed))).toEqual([
      ["posts[0].startDate", "invalid-date"],
      ["posts[1].id", "duplicate-id"],
    ]);
  });
  it("reports every unresolved reference", () => {
    const input = base() as Record<string, any>;
    input.organizations[1].parentId = "nope";
    input.organizations[1].coversUnitIds = ["b1", "b9"];
    input.units[1].parentId = "x9";
    input.people[0].unitId = "b7";
    input.memberships[0].personId = "p9";
    input.posts[0].organizationId = "o9";
    input.qualifications[0].personId = "p8";
    input.ratings[0].subjectId = "zz";
    const issues = issuesOf(input);
    expect(pc(issues)).toEqual([
      ["organizations[1].parentId", "unresolved-reference"],
      ["organizations[1].coversUnitIds[1]", "unresolved-reference"],
      ["units[1].parentId", "unresolved-reference"],
      ["people[0].unitId", "unresolved-reference"],
      ["memberships[0].personId", "unresolved-reference"],
      ["posts[0].organizationId", "unresolved-reference"],
      ["qualifications[0].personId", "unresolved-reference"],
      ["ratings[0].subjectId", "unresolved-reference"],
    ]);
    expect(issues[3]!.message).toBe('No unit with id "b7"');
  });
  it("does not add reference noise for a record that failed its schema", () => {
    const input = base() as Record<string, any>;
    input.people[0].gender = "?";
    expect(pc(issuesOf(input))).toEqual([["people[0].gender", "invalid-value"]]);
  });
  it("finds parent cycles, each once, including self-parents", () => {
    const input = base() as Record<string, any>;
    input.organizations[0].parentId = "cb1";
    input.units[0].parentId = "x1";
    const issues = issuesOf(input);
    expect(pc(issues)).toEqual([
      ["organizations[0].parentId", "parent-cycle"],
      ["units[0].parentId", "parent-cycle"],
    ]);
    expect(issues[0]!.message).toContain("db → cb1 → db");
  });
  it("reports end dates before start dates, with reduced precision read generously", () => {
    const input = base() as Record<string, any>;
    input.memberships[0].endDate = "2005-05-18";
    input.posts[0].endDate = "2020-07"; // same month as the start: fine
    input.organizations[1].foundingDate = "2010";
    input.organizations[1].dissolutionDate = "2009-12-31";
    const issues = issuesOf(input);
    expect(pc(issues)).toEqual([
      ["organizations[1].dissolutionDate", "end-before-start"],
      ["memberships[0].endDate", "end-before-start"],
    ]);
  });
  it("checks that an official date falls within its membership", () => {
    const input = base() as Record<string, any>;
    input.memberships[0].officialDate = "2004-01-01";
    expect(pc(issuesOf(input))).toEqual([["memberships[0].officialDate", "date-order"]]);
  });
  it("requires party-only membership fields to be on a party organization", () => {
    const input = base() as Record<string, any>;
    input.memberships[1].officialDate = "2009";
    expect(pc(issuesOf(input))).toEqual([["memberships[1].organizationId", "not-party-organization"]]);
  });
  it("requires a place for a post and a level or score for a rating", () => {
    const input = base() as Record<string, any>;
    delete input.posts[1].unitId;
    delete input.ratings[0].level;
    expect(pc(issuesOf(input))).toEqual([
      ["posts[1].organizationId", "missing-field"],
      ["ratings[0].level", "missing-field"],
    ]);
  });
  it("asks for subjectKind when a rating's id names a person and an organization", () => {
    const input = base() as Record<string, any>;
    input.people.push({ id: "cb1", name: "Trùng mã" });
    expect(pc(issuesOf(input))).toEqual([["ratings[0].subjectId", "ambiguous-reference"]]);
    input.ratings[0].subjectKind = "organization";
    expect(safeParseDataset(input).success).toBe(true);
  });
  it("checks level codes against a pluggable catalog", () => {
    const catalog = levelCatalog({
      scales: [{ id: "political-theory", levels: [{ code: "elementary" }, { code: "intermediate" }, { code: "advanced" }] }],
      schemes: [{ id: "qd-124-2023", levels: [{ code: "excellent" }, { code: "good" }] }],
    });
    const input = base() as Record<string, any>;
    expect(safeParseDataset(input, { catalog }).success).toBe(true);
    input.qualifications[0].level = "trung cấp";
    input.ratings[0].level = "tốt";
    input.ratings.push({ subjectId: "cb1", scheme: "mine", period: 2023, level: "x" });
    expect(pc(issuesOf(input, { catalog }))).toEqual([
      ["qualifications[0].level", "unknown-level"],
      ["ratings[0].level", "unknown-level"],
    ]);
    expect(pc(issuesOf(input, { catalog: { ...catalog, unknownSchemes: "reject" } }))).toContainEqual(["ratings[1].scheme", "invalid-value"]);
  });
});

describe("parseDataset: hostile input", () => {
  it("rejects prototype-polluting keys and pollutes nothing", () => {
    const json = '{"__proto__":{"polluted":1},"people":[{"id":"p","name":"A","__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}}}]}';
    for (const unknownFields of ["reject", "keep", "strip"] as const) {
      const issues = issuesOf(JSON.parse(json), { unknownFields });
      expect(pc(issues)).toEqual([
        ["__proto__", "forbidden-key"],
        ["people[0].__proto__", "forbidden-key"],
        ["people[0].constructor", "forbidden-key"],
      ]);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
  it("keeps or strips unknown fields only when asked", () => {
    const input = { extra: 1, people: [{ id: "p", name: "A", nickname: "Bé" }] };
    expect(pc(issuesOf(input))).toEqual([["extra", "unknown-field"], ["people[0].nickname", "unknown-field"]]);
    const kept = parseDataset(input, { unknownFields: "keep" });
    expect((kept.people[0] as Record<string, unknown>)["nickname"]).toBe("Bé");
    expect((kept as unknown as Record<string, unknown>)["extra"]).toBe(1);
    const stripped = parseDataset(input, { unknownFields: "strip" });
    expect(stripped.people[0]).toEqual({ id: "p", name: "A" });
  });
  it("survives deep nesting, getters that throw, and proxies", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(pc(issuesOf({ people: [deep] }))).toEqual([["people[0]", "invalid-type"]]);
    const evil = { get people() { throw new Error("boom"); } };
    expect(issuesOf(evil)[0]!.code).toBe("invalid-value");
    const proxy = new Proxy({}, { ownKeys() { throw new Error("no keys"); } });
    expect(safeParseDataset(proxy).success).toBe(false);
  });
  it("reports all of 100 000 bad records", () => {
    const people = Array.from({ length: 100_000 }, (_, i) => ({ id: `p${i}`, name: "A", birthDate: "2023-02-30" }));
    const issues = issuesOf({ people });
    expect(issues.length).toBe(100_000);
    expect(issues[99_999]!.path).toBe("people[99999].birthDate");
  });
  it("can stop after maxIssues", () => {
    const people = Array.from({ length: 50 }, () => ({ id: "same", name: "" }));
    const issues = issuesOf({ people }, { maxIssues: 10 });
    expect(issues.length).toBe(11);
    expect(issues[10]!.code).toBe("too-many-issues");
  });
});

describe("parseDataset: errors", () => {
  it("throws a GrassrootsError invalid-dataset carrying every issue", () => {
    let caught: unknown;
    try {
      parseDataset({ people: [{ id: "p" }, { id: "p", name: "B" }] }, { locale: "en" });
    } catch (e) {
      caught = e;
    }
    expect(isGrassrootsError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(GrassrootsError);
    const err = caught as GrassrootsError;
    expect(err.code).toBe("invalid-dataset");
    expect(err.message.startsWith("[grassroots] Invalid dataset: 2 issues")).toBe(true);
    expect(pc(err.issues ?? [])).toEqual([["people[0].name", "missing-field"], ["people[1].id", "duplicate-id"]]);
  });
  it("recognises errors by brand, not by class identity", () => {
    const fake = Object.assign(new Error("x"), { [Symbol.for("grassroots.error")]: true });
    expect(isGrassrootsError(fake)).toBe(true);
    expect(isGrassrootsError(new Error("x"))).toBe(false);
    expect(isGrassrootsError(null)).toBe(false);
  });
});

describe("parseDataset: shortcuts of the referential checks", () => {
  it("orders dates by firstKey / lastKey exactly as by firstDay / lastDay", () => {
    // Every precision, month ends, leap days.
    const dates: string[] = [];
    for (const y of ["1000", "1999", "2000", "2023", "2024", "2100", "9999"]) {
      dates.push(y);
      for (let m = 1; m <= 12; m++) {
        const mm = `${y}-${String(m).padStart(2, "0")}`;
        dates.push(mm);
        for (const d of [1, 2, 27, 28, 29, 30, 31]) {
          const s = `${mm}-${String(d).padStart(2, "0")}`;
          if (precisionOf(s) !== 0) dates.push(s);
        }
      }
    }
    for (const s of dates) expect(precisionOf(s)).not.toBe(0);
    const wrong: string[] = [];
    for (const a of dates) {
      for (const b of dates) {
        if (lastKey(a) < firstKey(b) !== lastDay(a) < firstDay(b)) wrong.push(`${a} ${b}`);
        if (firstKey(a) > lastKey(b) !== firstDay(a) > lastDay(b)) wrong.push(`${a} ${b}`);
      }
    }
    expect(dates.length).toBeGreaterThan(600);
    expect(wrong).toEqual([]);
  });

  it("resolves a reference to the row after a duplicate id to the id's first row", () => {
    const org = (id: string, kind: string) => ({ id, name: `Tổ chức ${id}`, kind });
    const input = {
      organizations: [org("o1", "party-cell"), org("o2", "party-cell"), org("o1", "fatherland-front")],
      people: [{ id: "p1", name: "Lò Văn A" }],
      memberships: [
        { personId: "p1", organizationId: "o2", startDate: "2020", officialDate: "2021" },
        // "o1" is row 0 (a party cell), not row 2 (the next one after o2).
        { personId: "p1", organizationId: "o1", startDate: "2020", officialDate: "2021" },
      ],
    };
    expect(pc(issuesOf(input))).toEqual([["organizations[2].id", "duplicate-id"]]);
  });

  it("reads level tables that cannot be read whole as before: up to the first match", () => {
    const odd = { id: "odd", levels: [{ code: "a" }, null] } as unknown as { id: string; levels: { code: string }[] };
    const catalog = { schemes: { odd } };
    const rating = (level: string) => ({ subjectId: "p1", scheme: "odd", period: 2024, level });
    const people = [{ id: "p1", name: "Lò Văn A" }];
    expect(safeParseDataset({ people, ratings: [rating("a")] }, { catalog }).success).toBe(true);
    // "b" is looked for past the null entry: the check fails with a TypeError, reported.
    expect(pc(issuesOf({ people, ratings: [rating("b")] }, { catalog }))).toEqual([["", "invalid-value"]]);
  });
});
