import { describe, expect, it } from "vitest";
import { parseDataset, safeParseDataset } from "../../src/model/parse.js";
import { ORGANIZATION_KINDS, SCALE_IDS, UNIT_KINDS } from "../../src/model/codes.js";
import {
  MembershipSchema,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  QualificationSchema,
  RatingSchema,
  UnitSchema,
} from "../../src/model/schemas.js";
import {
  buildDataset,
  buildMembership,
  buildOrganization,
  buildPerson,
  buildPost,
  buildQualification,
  buildRating,
  buildUnit,
  createBuilders,
} from "../../src/testing/index.js";

const isNfc = (s: string): boolean => s === s.normalize("NFC");

describe("createBuilders", () => {
  it("numbers default ids per builder set, independently of other sets", () => {
    const a = createBuilders();
    const b = createBuilders();
    expect([a.buildPerson().id, a.buildPerson().id, b.buildPerson().id]).toEqual(["person-1", "person-2", "person-1"]);
    expect([a.buildOrganization().id, a.buildUnit().id, a.buildUnit().id]).toEqual(["org-1", "unit-1", "unit-2"]);
  });

  it("builds a valid dataset from defaults alone: default references point to the first defaults", () => {
    const b = createBuilders();
    const ds = buildDataset({
      asOf: "2023-06-30",
      units: [b.buildUnit()],
      organizations: [b.buildOrganization()],
      people: [b.buildPerson()],
      memberships: [b.buildMembership()],
      posts: [b.buildPost()],
      qualifications: [b.buildQualification()],
      ratings: [b.buildRating()],
    });
    const parsed = parseDataset(ds);
    expect(parsed.memberships[0]).toEqual({ personId: "person-1", organizationId: "org-1", startDate: "2015-05-19", officialDate: "2016-05-19" });
    expect(parsed.asOf).toBe("2023-06-30");
  });
});

describe("module-level builders", () => {
  it("give unique default ids across calls", () => {
    const ids = Array.from({ length: 20 }, () => buildPerson().id);
    expect(new Set(ids).size).toBe(20);
    const orgIds = Array.from({ length: 5 }, () => buildOrganization().id);
    expect(new Set(orgIds).size).toBe(5);
  });

  it("return records that pass their schemas, with defaults and with overrides", () => {
    for (const kind of ORGANIZATION_KINDS) expect(OrganizationSchema.safeParse(buildOrganization({ kind })).success).toBe(true);
    for (const kind of UNIT_KINDS) expect(UnitSchema.safeParse(buildUnit({ kind })).success).toBe(true);
    for (let i = 0; i < 12; i++) expect(PersonSchema.safeParse(buildPerson()).success).toBe(true);
    expect(MembershipSchema.safeParse(buildMembership()).success).toBe(true);
    expect(PostSchema.safeParse(buildPost({ role: "village-head", unitId: "b-1" })).success).toBe(true);
    for (const scale of SCALE_IDS) expect(QualificationSchema.safeParse(buildQualification({ scale })).success).toBe(true);
    expect(RatingSchema.safeParse(buildRating({ score: 75 })).success).toBe(true);
  });

  it("use Vietnamese names in NFC with diacritics", () => {
    const names = [
      ...Array.from({ length: 10 }, () => buildPerson().name),
      ...ORGANIZATION_KINDS.map((kind) => buildOrganization({ kind }).name),
      ...UNIT_KINDS.map((kind) => buildUnit({ kind }).name),
    ];
    for (const n of names) expect(isNfc(n), n).toBe(true);
    expect(names.some((n) => /[ạ-ỹđĐ]/u.test(n))).toBe(true);
    // Gender follows the name: "Thị" names are women.
    for (let i = 0; i < 10; i++) {
      const p = buildPerson();
      if (p.name.includes(" Thị ")) expect(p.gender).toBe("female");
    }
  });

  it("follow the kind for default names and levels", () => {
    expect(buildOrganization({ kind: "party-committee" }).level).toBe("grassroots");
    expect(buildOrganization({ kind: "party-cell" }).level).toBe("branch");
    expect(buildOrganization({ kind: "women-union" })).not.toHaveProperty("level");
    expect(buildOrganization({ kind: "women-union" }).name).toMatch(/^Hội Liên hiệp Phụ nữ/);
    expect(buildUnit({ kind: "health-station" }).name).toMatch(/^Trạm Y tế/);
  });

  it("remove a field when its override is undefined", () => {
    const p = buildPerson({ birthDate: undefined, ethnicity: undefined });
    expect(p).not.toHaveProperty("birthDate");
    expect(p).not.toHaveProperty("ethnicity");
    expect(buildOrganization({ level: undefined })).not.toHaveProperty("level");
  });

  it("do not modify the overrides", () => {
    const overrides = Object.freeze({ id: "p-x", name: "Giàng A Páo" });
    expect(buildPerson(overrides)).toMatchObject(overrides);
    expect(overrides).toEqual({ id: "p-x", name: "Giàng A Páo" });
  });
});

describe("buildMembership", () => {
  it("derives the official date 12 months after the start date, keeping its precision", () => {
    expect(buildMembership({ startDate: "2020-02-29" }).officialDate).toBe("2021-02-28");
    expect(buildMembership({ startDate: "2019-07-01" }).officialDate).toBe("2020-07-01");
    expect(buildMembership({ startDate: "1972-05" }).officialDate).toBe("1973-05");
    expect(buildMembership({ startDate: "1968" }).officialDate).toBe("1969");
  });

  it("leaves the official date out when the membership ends first, or when told", () => {
    expect(buildMembership({ startDate: "2019-03-10", endDate: "2019-12-31", endReason: "died" })).not.toHaveProperty("officialDate");
    expect(buildMembership({ startDate: "2019-03-10", endDate: "2020-03-10" }).officialDate).toBe("2020-03-10");
    expect(buildMembership({ officialDate: undefined })).not.toHaveProperty("officialDate");
    expect(buildMembership({ officialDate: "2016-06-01" }).officialDate).toBe("2016-06-01");
  });
});

describe("buildPost, buildQualification, buildRating", () => {
  it("a post with a unit and no organization gets no default organization", () => {
    expect(buildPost({ role: "village-head", unitId: "b-1" })).not.toHaveProperty("organizationId");
    expect(buildPost({ unitId: "b-1", organizationId: "cb-1" })).toMatchObject({ unitId: "b-1", organizationId: "cb-1" });
    expect(buildPost().organizationId).toBe("org-1");
  });

  it("a qualification's default level follows its scale", () => {
    expect(SCALE_IDS.map((scale) => buildQualification({ scale }).level)).toEqual(["upper-secondary", "bachelor", "elementary", "specialist"]);
  });

  it("a rating with a score gets no default level", () => {
    expect(buildRating({ score: 92 })).not.toHaveProperty("level");
    expect(buildRating().level).toBe("good");
    expect(buildRating({ score: 92, level: "excellent" }).level).toBe("excellent");
  });
});

describe("buildDataset", () => {
  it("has all seven collections, copies the arrays and keeps asOf only when given", () => {
    const people = [buildPerson({ id: "p-1" })];
    const ds = buildDataset({ people });
    expect(Object.keys(ds).sort()).toEqual(["memberships", "organizations", "people", "posts", "qualifications", "ratings", "units"]);
    expect(ds.people).toEqual(people);
    expect(ds.people).not.toBe(people);
    expect(buildDataset({ asOf: "2024-01-01" }).asOf).toBe("2024-01-01");
    expect(safeParseDataset(buildDataset()).success).toBe(true);
  });
});
