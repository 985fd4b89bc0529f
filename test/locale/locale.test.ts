import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GrassrootsError, isGrassrootsError } from "../../src/_lib/errors.js";
import { en, label, LABEL_GROUPS, LOCALES, vi, type LabelGroup, type Locale } from "../../src/locale/index.js";
import * as codes from "../../src/model/codes.js";
import { DEPARTURE_REASONS } from "../../src/metrics/admissions.js";

const PACKS: readonly Locale[] = [vi, en];

/** The code list of codes.ts behind each label group (issue and error codes are type unions, checked by the compiler). */
const LISTS: Readonly<Partial<Record<LabelGroup, readonly string[]>>> = {
  organizationKind: codes.ORGANIZATION_KINDS,
  organizationLevel: codes.ORGANIZATION_LEVELS,
  organizationLevelDescription: codes.ORGANIZATION_LEVELS,
  unitKind: codes.UNIT_KINDS,
  gender: codes.GENDERS,
  startReason: codes.START_REASONS,
  endReason: codes.END_REASONS,
  role: codes.ROLES,
  scale: codes.SCALE_IDS,
  subjectKind: codes.SUBJECT_KINDS,
  collection: codes.COLLECTIONS,
  departureReason: DEPARTURE_REASONS,
  // Written out here: the code unions are types only (a new code fails to compile the packs).
  finding: ["cell-below-minimum", "overlapping-party-memberships", "membership-outside-organization", "party-post-held-by-non-member", "rating-inconsistent"],
  compositionDimension: ["gender", "ethnicity", "age", "party-age", "education"],
};

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "object" && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

function expectDeepFrozen(value: unknown, path: string): void {
  if (typeof value !== "object" || value === null) return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [k, v] of Object.entries(value)) expectDeepFrozen(v, `${path}.${k}`);
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("label packs cover every code", () => {
  it("maps every code list exported by codes.ts to a label group", () => {
    const lists = Object.values(LISTS);
    for (const [name, value] of Object.entries(codes)) {
      if (!Array.isArray(value)) continue;
      const covered = lists.some((l) => l === value || (value as string[]).every((c) => l!.includes(c)));
      expect(covered, `codes.${name} has a label group`).toBe(true);
    }
  });

  for (const pack of PACKS) {
    describe(pack.code, () => {
      for (const [group, list] of Object.entries(LISTS) as [LabelGroup, readonly string[]][]) {
        it(`labels exactly the codes of ${group}`, () => {
          const table = pack[group] as Readonly<Record<string, string>>;
          expect(Object.keys(table).sort()).toEqual([...list].sort());
          for (const code of list) {
            const text = table[code];
            expect(typeof text === "string" && text.trim().length > 0, `${pack.code}.${group}.${code}`).toBe(true);
            expect(text).toBe(text!.trim());
            expect(label(pack, group, code as never)).toBe(text);
          }
        });
      }

      it("has a non-empty title for every issue and error code, the same codes in both packs", () => {
        expect(Object.keys(pack.issue).sort()).toEqual(Object.keys(vi.issue).sort());
        expect(Object.keys(pack.error).sort()).toEqual(Object.keys(en.error).sort());
        expect(Object.keys(pack.issue)).toContain("invalid-date");
        expect(Object.keys(pack.issue)).toContain("unresolved-reference");
        for (const text of [...Object.values(pack.issue), ...Object.values(pack.error)]) expect(text.trim().length).toBeGreaterThan(0);
      });

      it("has exactly the groups listed in LABEL_GROUPS, plus code and name", () => {
        expect(Object.keys(pack).sort()).toEqual(["code", "name", ...LABEL_GROUPS].sort());
        expect(pack.name.length).toBeGreaterThan(0);
      });

      it("is deeply frozen", () => {
        expectDeepFrozen(pack, pack.code);
        expect(() => {
          (pack.role as Record<string, string>)["secretary"] = "x";
        }).toThrow(TypeError);
        expect(() => {
          (pack as unknown as Record<string, unknown>)["extra"] = {};
        }).toThrow(TypeError);
        expect(pack.role.secretary).not.toBe("x");
      });
    });
  }
});

describe("Vietnamese spelling", () => {
  const all = strings(vi);

  it("is NFC everywhere", () => {
    expect(all.length).toBeGreaterThan(90);
    for (const s of all) expect(s, JSON.stringify(s)).toBe(s.normalize("NFC"));
  });

  it("places the tone of open -oa, -oe, -uy on the first vowel (hòa, thủy, ủy, xóa), consistently", () => {
    // The other placement: a toned second vowel that ends the syllable ("uỷ", "xoá"); "quý" is regular.
    const otherStyle = /(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/u;
    for (const s of all) expect(otherStyle.test(s), s).toBe(false);
    expect(vi.organizationKind["people-committee"]).toBe("Ủy ban nhân dân");
    expect(vi.endReason["struck-off"]).toBe("Xóa tên");
  });

  it("uses Vietnamese letters (a pack typed without diacritics would fail)", () => {
    expect(all.filter((s) => /[^\u0000-\u007f]/u.test(s)).length).toBeGreaterThan(80);
  });
});

describe("spot checks", () => {
  it.each([
    ["organizationKind", "party-committee", "Đảng bộ", "Party committee"],
    ["organizationKind", "party-cell", "Chi bộ", "Party cell"],
    ["organizationKind", "party-group", "Tổ đảng", "Party group"],
    ["organizationKind", "people-council", "Hội đồng nhân dân", "People's Council"],
    ["organizationKind", "people-committee", "Ủy ban nhân dân", "People's Committee"],
    ["organizationKind", "fatherland-front", "Mặt trận Tổ quốc", "Fatherland Front"],
    ["organizationKind", "youth-union", "Đoàn Thanh niên", "Youth Union"],
    ["organizationKind", "women-union", "Hội Liên hiệp Phụ nữ", "Women's Union"],
    ["organizationKind", "farmers-union", "Hội Nông dân", "Farmers' Union"],
    ["organizationKind", "veterans-union", "Hội Cựu chiến binh", "Veterans' Association"],
    ["organizationKind", "trade-union", "Công đoàn", "Trade union"],
    ["organizationLevel", "grassroots", "Cơ sở", "Grassroots"],
    ["organizationLevelDescription", "grassroots", "tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)", "grassroots party organization (grassroots party committee or grassroots party cell)"],
    ["organizationLevelDescription", "branch", "chi bộ trực thuộc / đảng bộ bộ phận", "party cell or sub-committee under a grassroots party committee"],
    ["unitKind", "village", "Thôn, bản", "Village"],
    ["unitKind", "residential-group", "Tổ dân phố", "Residential group"],
    ["unitKind", "school", "Trường học", "School"],
    ["unitKind", "health-station", "Trạm y tế", "Health station"],
    ["unitKind", "special-zone", "Đặc khu", "Special zone"],
    ["gender", "female", "Nữ", "Female"],
    ["startReason", "admitted", "Kết nạp", "Admitted"],
    ["startReason", "readmitted", "Kết nạp lại", "Readmitted"],
    ["startReason", "transferred", "Chuyển đến", "Transferred in"],
    ["endReason", "transferred", "Chuyển đi", "Transferred out"],
    ["endReason", "struck-off", "Xóa tên", "Struck off"],
    ["endReason", "expelled", "Khai trừ", "Expelled"],
    ["role", "secretary", "Bí thư", "Secretary"],
    ["role", "deputy-secretary", "Phó Bí thư", "Deputy secretary"],
    ["role", "standing-committee-member", "Ủy viên Ban Thường vụ", "Standing committee member"],
    ["role", "committee-member", "Ủy viên Ban Chấp hành / cấp ủy viên", "Committee member"],
    ["role", "chair", "Chủ tịch", "Chair"],
    ["role", "vice-chair", "Phó Chủ tịch", "Vice-chair"],
    ["role", "village-head", "Trưởng thôn, bản", "Village head"],
    ["role", "head", "Trưởng", "Head"],
    ["role", "deputy-head", "Phó", "Deputy head"],
    ["role", "civil-servant", "Công chức", "Civil servant"],
    ["scale", "general-education", "Giáo dục phổ thông", "General education"],
    ["scale", "professional", "Chuyên môn, nghiệp vụ", "Professional qualification"],
    ["scale", "political-theory", "Lý luận chính trị", "Political theory"],
    ["scale", "state-management", "Quản lý nhà nước", "State management"],
    ["collection", "people", "Cá nhân", "People"],
    ["issue", "invalid-date", "Ngày không hợp lệ", "Invalid date"],
    ["issue", "duplicate-id", "Mã bị trùng", "Duplicate id"],
    ["error", "invalid-argument", "Tham số không hợp lệ", "Invalid argument"],
  ] as const)("%s %s → %s / %s", (group, code, viText, enText) => {
    expect(label(vi, group, code as never)).toBe(viText);
    expect(label(en, group, code as never)).toBe(enText);
  });

  it("names the packs and exposes them by code", () => {
    expect(vi.code).toBe("vi");
    expect(en.code).toBe("en");
    expect(vi.name).toBe("Tiếng Việt");
    expect(en.name).toBe("English");
    expect(LOCALES.vi).toBe(vi);
    expect(LOCALES.en).toBe(en);
    expect(Object.isFrozen(LOCALES)).toBe(true);
    expect(Object.isFrozen(LABEL_GROUPS)).toBe(true);
  });
});

describe("label", () => {
  it("returns the label of a code", () => {
    expect(label(vi, "role", "secretary")).toBe("Bí thư");
    expect(label(en, "collection", "memberships")).toBe("Memberships");
  });

  it.each([
    ["an unknown code", () => label(vi, "role", "pope" as never), /"pope" is not a code of "role"/],
    ["a code of another group", () => label(vi, "role", "village" as never), /"village" is not a code of "role"/],
    ["an inherited name as code", () => label(vi, "role", "toString" as never), /"toString"/],
    ["__proto__ as code", () => label(vi, "gender", "__proto__" as never), /"__proto__"/],
    ["a non-string code", () => label(vi, "gender", 1 as never), /number is not a code/],
    ["an unknown group", () => label(vi, "roles" as never, "secretary" as never), /unknown label group "roles"/],
    ["code as a group", () => label(vi, "code" as never, "vi" as never), /unknown label group "code"/],
    ["name as a group", () => label(vi, "name" as never, "x" as never), /unknown label group "name"/],
    ["toString as a group", () => label(vi, "toString" as never, "x" as never), /unknown label group/],
    ["a missing locale", () => label(undefined as never, "role", "secretary"), /expected a locale pack/],
    ["a locale without the group", () => label({ code: "vi" } as never, "role", "secretary"), /has no label group "role"/],
  ])("throws GrassrootsError invalid-argument for %s", (_what, f, message) => {
    const e = thrown(f);
    expect(isGrassrootsError(e)).toBe(true);
    expect(e).toBeInstanceOf(GrassrootsError);
    expect((e as GrassrootsError).code).toBe("invalid-argument");
    expect((e as GrassrootsError).message).toMatch(/^\[grassroots\] label: /);
    expect((e as GrassrootsError).message).toMatch(message);
  });

  it("rejects unknown groups and codes at compile time", () => {
    // @ts-expect-error not a code of "role"
    expect(() => label(vi, "role", "village")).toThrow();
    // @ts-expect-error not a label group
    expect(() => label(vi, "roles", "secretary")).toThrow();
    // @ts-expect-error "name" is not a label group
    expect(() => label(vi, "name", "x")).toThrow();
  });

  it("does not change the pack", () => {
    const before = JSON.stringify(vi);
    label(vi, "role", "secretary");
    expect(JSON.stringify(vi)).toBe(before);
  });
});

describe("doc comment examples of src/locale", () => {
  const files = ["index.ts", "vi.ts", "en.ts", "types.ts"];
  const scope = { vi, en, label, LABEL_GROUPS, LOCALES, isGrassrootsError, GrassrootsError };

  for (const file of files) {
    const text = readFileSync(fileURLToPath(new URL(`../../src/locale/${file}`, import.meta.url)), "utf8");
    const blocks = [...text.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)].map((m) =>
      m[1]!.split("\n").map((l) => l.replace(/^\s*\* ?/, "")),
    );

    it(`${file}: every exported symbol has an example, and every example gives what it shows`, () => {
      const exported = [...text.matchAll(/^export (?:const|function|type|interface) (\w+)/gm)].length;
      expect(blocks.length).toBeGreaterThanOrEqual(exported);
      let checks = 0;
      for (const lines of blocks) {
        const body: string[] = [];
        for (const line of lines) {
          if (/^\s*import /.test(line)) continue;
          const at = line.indexOf("//=>");
          if (at === -1) {
            body.push(line);
            continue;
          }
          const expr = line.slice(0, at).trim().replace(/;$/, "");
          const expected = line.slice(at + 4).trim();
          body.push(`__check(() => (${expr}), () => (${expected}), ${JSON.stringify(expr)});`);
          checks++;
        }
        const js = ts.transpileModule(body.join("\n"), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
        const run = new Function("__check", ...Object.keys(scope), js) as (...args: unknown[]) => void;
        run((actual: () => unknown, expected: () => unknown, source: string) => {
          expect(actual(), source).toEqual(expected());
        }, ...Object.values(scope));
      }
      expect(checks).toBeGreaterThan(0);
    });
  }
});
