// `ids: false` on the metrics that list ids: the same result as with the ids, every `ids` empty.
// The counts-only paths are separate code (counters instead of lists), so the result with ids,
// stripped of them, is the oracle.
import { describe, expect, it } from "vitest";
import { admissions, composition, educationProfile, isGrassrootsError, partyStrength, roleOverlap, standardization, unitCoverage, type Dataset } from "../../src/index.js";
import { COMMUNE_UNIT_KINDS } from "../../src/scales/index.js";
import { generateDataset } from "../../src/testing/generate.js";
import { namNhun } from "../../src/testing/nam-nhun.js";
import { parseDataset } from "../../src/model/parse.js";

/** `x` with every array under a key `ids` made empty, and the number of ids emptied. */
function stripIds(x: unknown): { value: unknown; emptied: number } {
  let emptied = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, w] of Object.entries(v)) {
      if (k === "ids" && Array.isArray(w)) {
        emptied += w.length;
        out[k] = [];
      } else out[k] = walk(w);
    }
    return out;
  };
  return { value: walk(x), emptied };
}

const DATASETS: readonly [string, Dataset][] = [
  ["generated commune, seed 3", parseDataset(generateDataset({ scale: "commune", seed: 3, asOf: "2025-06-30" }))],
  ["Nậm Nhùn", namNhun],
];
const DATES = ["2013-06-30", "2023-06-30", "2025-08-01"] as const;

describe.each(DATASETS)("ids: false gives the figures without the ids: %s", (_, ds) => {
  it.each(DATES)("partyStrength on %s, both countings", (date) => {
    for (const counting of ["recorded", "commune-as-upper-level"] as const) {
      const full = stripIds(partyStrength(ds, date, { counting }));
      expect(full.emptied).toBeGreaterThan(0);
      expect(JSON.stringify(partyStrength(ds, date, { counting, ids: false }))).toBe(JSON.stringify(full.value));
    }
  });

  it.each(DATES)("unitCoverage on %s, for every grouping", (date) => {
    for (const groupBy of [undefined, COMMUNE_UNIT_KINDS, "parent", "district"] as const) {
      const options = groupBy === undefined ? { asOf: date } : { asOf: date, groupBy };
      const full = stripIds(unitCoverage(ds, options));
      expect(full.emptied).toBeGreaterThan(0);
      expect(JSON.stringify(unitCoverage(ds, { ...options, ids: false }))).toBe(JSON.stringify(full.value));
    }
  });

  it.each(DATES)("standardization on %s, by population and grouping", (date) => {
    for (const population of ["cadres", "party-members"] as const) {
      for (const groupBy of [undefined, "commune", "organization"] as const) {
        const options = groupBy === undefined ? { asOf: date, population } : { asOf: date, population, groupBy };
        const full = stripIds(standardization(ds, options));
        expect(JSON.stringify(standardization(ds, { ...options, ids: false }))).toBe(JSON.stringify(full.value));
      }
    }
  });
});

describe.each(DATASETS)("ids: false on the profiles of people: %s", (_, ds) => {
  it.each(DATES)("composition on %s, by every dimension", (date) => {
    for (const by of ["gender", "ethnicity", "age", "party-age", "education"] as const) {
      for (const population of ["party-members", "cadres"] as const) {
        const full = stripIds(composition(ds, { asOf: date, by, population }));
        expect(JSON.stringify(composition(ds, { asOf: date, by, population, ids: false }))).toBe(JSON.stringify(full.value));
      }
    }
  });

  it.each(DATES)("educationProfile on %s, by scale, population and grouping", (date) => {
    for (const scale of ["general-education", "professional", "political-theory", "state-management"] as const) {
      for (const population of ["cadres", "party-members"] as const) {
        for (const groupBy of [undefined, "commune", "organization"] as const) {
          const options = groupBy === undefined ? { scale, asOf: date, population } : { scale, asOf: date, population, groupBy };
          const full = stripIds(educationProfile(ds, options));
          expect(JSON.stringify(educationProfile(ds, { ...options, ids: false }))).toBe(JSON.stringify(full.value));
        }
      }
    }
  });
});

describe.each(DATASETS)("ids: false on flows and role overlaps: %s", (_, ds) => {
  it("admissions, by year and quarter, per organization and per grassroots organization", () => {
    for (const by of ["year", "quarter"] as const) {
      for (const groupBy of [undefined, "organization", "grassroots"] as const) {
        const options = groupBy === undefined ? { from: "2012-01-01", to: "2025-06-30", by } : { from: "2012-01-01", to: "2025-06-30", by, groupBy };
        const full = stripIds(admissions(ds, options));
        expect(full.emptied).toBeGreaterThan(0);
        expect(JSON.stringify(admissions(ds, { ...options, ids: false }))).toBe(JSON.stringify(full.value));
      }
    }
  });

  it.each(DATES)("roleOverlap on %s", (date) => {
    const cases = [
      { asOf: date, holders: "village-head", also: "party-member" },
      { asOf: date, holders: "village-head", also: "official-member" },
      { asOf: date, holders: { role: "secretary", organizationKinds: ["party-cell"] }, also: "village-head", sameUnit: true },
      { asOf: date, holders: "secretary", also: "chair" },
    ] as const;
    for (const options of cases) {
      const full = stripIds(roleOverlap(ds, options));
      expect(JSON.stringify(roleOverlap(ds, { ...options, ids: false }))).toBe(JSON.stringify(full.value));
    }
  });
});

describe("the ids option", () => {
  const ds = DATASETS[0]![1];
  it("empties the lists but keeps every count: members of the party on a date", () => {
    const s = partyStrength(ds, "2025-06-30", { ids: false });
    expect(s.members.ids).toEqual([]);
    expect(s.members.count).toBe(partyStrength(ds, "2025-06-30").members.ids.length);
    expect(s.members.count).toBeGreaterThan(0);
  });
  it("accepts true (the default) and refuses anything but a boolean", () => {
    expect(unitCoverage(ds, { asOf: "2025-06-30", ids: true })).toEqual(unitCoverage(ds, { asOf: "2025-06-30" }));
    const calls = [
      () => partyStrength(ds, "2025-06-30", { ids: "no" as never }),
      () => unitCoverage(ds, { asOf: "2025-06-30", ids: 0 as never }),
      () => standardization(ds, { asOf: "2025-06-30", ids: null as never }),
      () => composition(ds, { asOf: "2025-06-30", by: "gender", ids: "false" as never }),
      () => educationProfile(ds, { scale: "professional", asOf: "2025-06-30", ids: 1 as never }),
      () => admissions(ds, { from: "2020-01-01", to: "2024-12-31", ids: "" as never }),
      () => roleOverlap(ds, { holders: "village-head", also: "party-member", asOf: "2025-06-30", ids: [] as never }),
    ];
    for (const call of calls) {
      let e: unknown;
      try {
        call();
      } catch (x) {
        e = x;
      }
      expect(isGrassrootsError(e) && e.code === "invalid-argument" && /ids must be true or false/.test(e.message)).toBe(true);
    }
  });
});
