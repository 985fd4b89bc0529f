import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { civilFromDays, daysFromCivil, daysInMonth, firstDay, lastDay } from "../../src/_lib/days.js";
import { isGrassrootsError } from "../../src/_lib/errors.js";
import { COLLECTIONS, isPartyOrganizationKind } from "../../src/model/codes.js";
import { safeParseDataset } from "../../src/model/parse.js";
import { createRandom, generateDataset, generateJsonLines, type FullDatasetInput } from "../../src/testing/index.js";

const LEVELS: Readonly<Record<string, readonly string[]>> = {
  "general-education": ["primary", "lower-secondary", "upper-secondary"],
  professional: ["none", "elementary", "intermediate", "college", "bachelor", "master", "doctor"],
  "political-theory": ["none", "elementary", "intermediate", "advanced"],
  "state-management": ["specialist", "principal-specialist", "senior-specialist"],
};
const RATING_LEVELS = ["excellent", "good", "completed", "not-completed"];

/** The day someone born on (at latest) the last day of `birthDate` turns 18. */
function eighteenth(birthDate: string): number {
  const [y, m, d] = civilFromDays(lastDay(birthDate));
  return daysFromCivil(y + 18, m, Math.min(d, daysInMonth(y + 18, m)));
}

/**
 * Checks shared by every scale. Violations are collected and compared once: one `expect` per
 * record would take a minute at province scale.
 */
function checkInvariants(ds: FullDatasetInput): void {
  const asOf = firstDay(ds.asOf!);
  const orgs = new Map(ds.organizations.map((o) => [o.id, o]));
  const people = new Map(ds.people.map((p) => [p.id, p]));
  const bad: string[] = [];

  // Memberships are all in party organizations; admission at 18 or later; nothing after asOf.
  const admission = new Map<string, string>();
  for (const m of ds.memberships) {
    if (!isPartyOrganizationKind(orgs.get(m.organizationId)!.kind)) bad.push(`not party: ${JSON.stringify(m)}`);
    const prev = admission.get(m.personId);
    if (prev === undefined || firstDay(m.startDate) < firstDay(prev)) admission.set(m.personId, m.startDate);
  }
  for (const [personId, start] of admission) {
    const birthDate = people.get(personId)!.birthDate!;
    if (eighteenth(birthDate) > firstDay(start)) bad.push(`admitted under 18: ${personId} born ${birthDate}, admitted ${start}`);
  }
  const dates = [
    ...ds.people.map((p) => p.birthDate),
    ...ds.memberships.flatMap((m) => [m.startDate, m.officialDate, m.endDate]),
    ...ds.posts.flatMap((p) => [p.startDate, p.endDate]),
    ...ds.qualifications.map((q) => q.date),
    ...ds.organizations.map((o) => o.foundingDate),
  ];
  for (const d of dates) if (d !== undefined && firstDay(d) > asOf) bad.push(`after asOf: ${d}`);

  for (const rec of [...ds.people, ...ds.units, ...ds.organizations]) if (rec.name !== rec.name.normalize("NFC")) bad.push(`not NFC: ${rec.name}`);

  // Levels on the scales and schemes; ratings of complete years before asOf.
  for (const q of ds.qualifications) if (!LEVELS[q.scale]!.includes(q.level)) bad.push(`level: ${JSON.stringify(q)}`);
  const asOfYear = Number(ds.asOf!.slice(0, 4));
  for (const r of ds.ratings) {
    if (!RATING_LEVELS.includes(r.level!) || Number(r.period) >= asOfYear) bad.push(`rating: ${JSON.stringify(r)}`);
  }
  expect(bad.slice(0, 10)).toEqual([]);
}

describe("createRandom", () => {
  it("is deterministic per seed and differs between seeds", () => {
    const seq = (seed: number): number[] => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
    expect(seq(-5)).not.toEqual(seq(5));
    expect(seq(2 ** 40)).not.toEqual(seq(0));
  });

  it("draws integers in range, roughly uniformly", () => {
    const r = createRandom(3);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[r.int(1, 6) - 1]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += r.next();
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.02);
  });

  it("picks, chances and forks", () => {
    const r = createRandom(4);
    expect(["a", "b"]).toContain(r.pick(["a", "b"]));
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
    expect(createRandom(4).fork().next()).toBe(createRandom(4).fork().next());
    expect(() => r.pick([])).toThrow(/empty/);
  });

  it("rejects seeds that are not safe integers", () => {
    for (const seed of [1.5, Number.NaN, Infinity, 2 ** 60]) {
      let error: unknown;
      try {
        createRandom(seed);
      } catch (e) {
        error = e;
      }
      expect(isGrassrootsError(error) && error.code).toBe("invalid-argument");
    }
  });
});

describe("generateDataset: commune", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is deterministic, and does not read the clock or Math.random", () => {
    const random = vi.spyOn(Math, "random");
    const now = vi.spyOn(Date, "now");
    const a = generateDataset({ scale: "commune", seed: 11 });
    const b = generateDataset({ scale: "commune", seed: 11 });
    expect(a).toEqual(b);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it("differs between seeds", () => {
    const a = generateDataset({ scale: "commune", seed: 1 });
    const b = generateDataset({ scale: "commune", seed: 2 });
    expect(a.people.map((p) => p.name)).not.toEqual(b.people.map((p) => p.name));
  });

  it("is a valid, realistic commune", () => {
    const ds = generateDataset({ scale: "commune", seed: 1 });
    expect(safeParseDataset(ds).issues).toEqual([]);
    checkInvariants(ds);
    expect(ds.asOf).toBe("2025-06-30");
    expect(ds.units.filter((u) => u.kind === "commune" || u.kind === "ward")).toHaveLength(1);
    const committees = ds.organizations.filter((o) => o.kind === "party-committee" && o.level === "grassroots");
    expect(committees).toHaveLength(1);
    const cells = ds.organizations.filter((o) => o.kind === "party-cell" && o.level === "branch");
    expect(cells.length).toBeGreaterThanOrEqual(8);
    for (const c of cells) {
      expect(c.parentId).toBe(committees[0]!.id);
      expect(c.coversUnitIds?.length).toBeGreaterThan(0);
    }
    // Chi bộ cơ sở of agencies located in the commune.
    expect(ds.organizations.some((o) => o.kind === "party-cell" && o.level === "grassroots")).toBe(true);
    const current = new Set(ds.memberships.filter((m) => m.endDate === undefined).map((m) => m.personId));
    expect(current.size).toBeGreaterThan(150);
    expect(current.size).toBeLessThan(600);
    expect(new Set(ds.people.map((p) => p.ethnicity)).size).toBeGreaterThanOrEqual(5);
    expect(ds.posts.some((p) => p.role === "village-head")).toBe(true);
    expect(ds.qualifications.length).toBeGreaterThan(0);
  });

  it("moves its dates with asOf", () => {
    const ds = generateDataset({ scale: "commune", seed: 3, asOf: "2013-06-30" });
    expect(safeParseDataset(ds).issues).toEqual([]);
    checkInvariants(ds);
    // Ratings start with the 2018 scheme (QĐ 132), so there are none before that.
    expect(ds.ratings).toEqual([]);
    expect(ds.memberships.length).toBeGreaterThan(100);
  });

  it("rates under QĐ 366 with a score from 2025", () => {
    const ds = generateDataset({ scale: "commune", seed: 4, asOf: "2026-03-31" });
    expect(safeParseDataset(ds).issues).toEqual([]);
    const r2025 = ds.ratings.filter((r) => r.period === 2025);
    expect(r2025.length).toBeGreaterThan(0);
    for (const r of r2025) {
      expect(r.scheme).toBe("qd-366-2025");
      const expected = r.score! >= 90 ? "excellent" : r.score! >= 70 ? "good" : r.score! >= 50 ? "completed" : "not-completed";
      expect(r.level).toBe(expected);
    }
  });

  it("streams the same records as JSON Lines", () => {
    const ds = generateDataset({ scale: "commune", seed: 5 });
    const items = [...generateJsonLines({ scale: "commune", seed: 5 })];
    expect(items[0]).toEqual({ collection: "meta", file: "meta.json", line: '{"asOf":"2025-06-30"}' });
    const back: Record<string, unknown[]> = {};
    for (const item of items.slice(1)) {
      expect(item.file).toBe(`${item.collection}.jsonl`);
      expect(item.line).not.toContain("\n");
      (back[item.collection] ??= []).push(JSON.parse(item.line));
    }
    for (const c of COLLECTIONS) expect(back[c] ?? []).toEqual(ds[c]);
  });

  it("rejects bad options", () => {
    const bad = [
      { scale: "world" },
      { scale: "commune", seed: 1.5 },
      { scale: "commune", asOf: "2023-02-30" },
      { scale: "commune", asOf: "2023" },
    ];
    for (const options of bad) {
      let error: unknown;
      try {
        generateJsonLines(options as never);
      } catch (e) {
        error = e;
      }
      expect(isGrassrootsError(error) && error.code, JSON.stringify(options)).toBe("invalid-argument");
      expect(() => generateDataset(options as never)).toThrow(/\[grassroots\]/);
    }
  });
});

describe("generateDataset: province", () => {
  let ds: FullDatasetInput;
  beforeAll(() => {
    ds = generateDataset({ scale: "province", seed: 1 });
  });

  it("parses", () => {
    const r = safeParseDataset(ds);
    expect(r.issues.slice(0, 5)).toEqual([]);
    expect(r.data?.people.length).toBe(ds.people.length);
  });

  it("keeps the invariants", () => {
    checkInvariants(ds);
  });

  it("has about 93 thousand members in a realistic structure", () => {
    const current = new Set(ds.memberships.filter((m) => m.endDate === undefined).map((m) => m.personId));
    expect(current.size).toBeGreaterThan(80_000);
    expect(current.size).toBeLessThan(110_000);
    const count = (f: (kind: string, level?: string) => boolean): number => ds.organizations.filter((o) => f(o.kind, o.level)).length;
    expect(count((k, l) => k === "party-committee" && l === "province")).toBe(1);
    expect(count((k, l) => k === "party-committee" && l === "district")).toBe(12);
    const grassroots = count((_, l) => l === "grassroots");
    expect(grassroots).toBeGreaterThan(700);
    expect(grassroots).toBeLessThan(1100);
    const cells = count((k) => k === "party-cell");
    expect(cells).toBeGreaterThan(3000);
    expect(cells).toBeLessThan(4500);
    const units = (kind: string): number => ds.units.filter((u) => u.kind === kind).length;
    expect(units("commune") + units("ward")).toBe(180);
    expect(units("village") + units("residential-group")).toBeGreaterThan(1400);
    expect(units("village") + units("residential-group")).toBeLessThan(2100);
    expect(units("school")).toBeGreaterThan(400);
    expect(units("health-station")).toBeGreaterThan(150);
  });

  it("has joint cells, uncovered villages, probationary members, transfers and ended memberships", () => {
    const covered = new Set(ds.organizations.flatMap((o) => (o.kind === "party-cell" ? (o.coversUnitIds ?? []) : [])));
    const villages = ds.units.filter((u) => u.kind === "village");
    const uncovered = villages.filter((v) => !covered.has(v.id)).length;
    expect(uncovered).toBeGreaterThan(0);
    expect(uncovered / villages.length).toBeLessThan(0.15);
    expect(ds.organizations.filter((o) => (o.coversUnitIds?.length ?? 0) === 2).length).toBeGreaterThan(20);
    const probationary = ds.memberships.filter((m) => m.officialDate === undefined && m.endDate === undefined && m.startReason !== "transferred");
    expect(probationary.length).toBeGreaterThan(1000);
    expect(ds.memberships.some((m) => m.startReason === "transferred")).toBe(true);
    for (const reason of ["died", "transferred"] as const) expect(ds.memberships.some((m) => m.endReason === reason)).toBe(true);
  });

  it("makes most members official exactly 12 months after admission", () => {
    let exact = 0;
    let early = 0;
    let official = 0;
    for (const m of ds.memberships) {
      if (m.officialDate === undefined || m.startReason === "transferred") continue;
      official++;
      const [sy, sm, sd] = civilFromDays(firstDay(m.startDate));
      const due = daysFromCivil(sy + 1, sm, Math.min(sd, daysInMonth(sy + 1, sm)));
      if (firstDay(m.officialDate) === due) exact++;
      else if (firstDay(m.officialDate) < due) early++;
    }
    expect(early).toBe(0);
    expect(exact / official).toBeGreaterThan(0.85);
  });

  it("fills posts with members mostly: village heads, secretaries", () => {
    const members = new Set(ds.memberships.filter((m) => m.endDate === undefined).map((m) => m.personId));
    const heads = ds.posts.filter((p) => p.role === "village-head");
    expect(heads.length).toBe(ds.units.filter((u) => u.kind === "village" || u.kind === "residential-group").length);
    const share = heads.filter((p) => members.has(p.personId)).length / heads.length;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.85);
    const secretaries = ds.posts.filter((p) => p.role === "secretary" && p.endDate === undefined);
    expect(secretaries.every((p) => members.has(p.personId))).toBe(true);
    const headIds = new Set(heads.map((p) => p.personId));
    expect(secretaries.some((p) => headIds.has(p.personId))).toBe(true);
  });

  it("streams deterministic JSON Lines, the same as the dataset", () => {
    // A second, independent run with the same seed, streamed as JSON Lines, gives file by file
    // exactly the lines of the first run's records (a stronger check than comparing hashes).
    const files = new Set<string>();
    const next = new Map<string, number>();
    let mismatches = 0;
    for (const { collection, file, line } of generateJsonLines({ scale: "province", seed: 1 })) {
      files.add(file);
      if (collection === "meta") continue;
      const i = next.get(collection) ?? 0;
      next.set(collection, i + 1);
      if (line !== JSON.stringify(ds[collection][i])) mismatches++;
    }
    expect(mismatches).toBe(0);
    for (const c of COLLECTIONS) expect(next.get(c), c).toBe(ds[c].length);
    expect(files.size).toBe(8);
  });
});
