// DuckDB as a second baseline (a development-only oracle, never a runtime dependency): the
// compiled index's columns are loaded into an in-memory database once (through CSV files in a
// temporary folder), then the figures DuckDB can express in SQL are computed and compared with
// the library's: coverage of units, party strength counts (members, officials, grassroots
// organizations, cells under 3 official members) and the rating distribution of members.
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { daysFromCivil } from "../src/_lib/days.js";
import type { DatasetIndex } from "../src/index.js";

/** Writes the rows `0..n-1` of integer columns as a CSV file, in bounded chunks. */
function writeCsv(file: string, names: readonly string[], n: number, cols: readonly ArrayLike<number>[]): void {
  writeFileSync(file, `${names.join(",")}\n`);
  const CHUNK = 200_000;
  for (let a = 0; a < n; a += CHUNK) {
    const b = Math.min(n, a + CHUNK);
    const lines = new Array<string>(b - a);
    for (let i = a; i < b; i++) {
      let s = String(cols[0]![i]);
      for (let c = 1; c < cols.length; c++) s += `,${cols[c]![i]!}`;
      lines[i - a] = s;
    }
    appendFileSync(file, `${lines.join("\n")}\n`);
  }
}

export interface Duck {
  readonly con: DuckDBConnection;
  readonly loadMs: number;
  close(): void;
}

export async function loadDuck(ix: DatasetIndex): Promise<Duck> {
  const t = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "grassroots-duck-"));
  const u = ix.units;
  const o = ix.organizations;
  const p = ix.people;
  const m = ix.memberships;
  const r = ix.ratings;
  const seq = Int32Array.from({ length: u.count }, (_, i) => i);
  writeCsv(join(dir, "units.csv"), ["i", "kind", "founding", "dissolution"], u.count, [seq, u.kind, u.founding, u.dissolution]);
  const oi = Int32Array.from({ length: o.count }, (_, i) => i);
  writeCsv(join(dir, "orgs.csv"), ["i", "kind", "level", "parent", "founding", "dissolution"], o.count, [oi, o.kind, o.level, o.parent, o.founding, o.dissolution]);
  const coverOrg = new Int32Array(o.coversUnits.length);
  for (let c = 0; c < o.count; c++) coverOrg.fill(c, o.coversOffsets[c]!, o.coversOffsets[c + 1]!);
  writeCsv(join(dir, "covers.csv"), ["org", "unit"], coverOrg.length, [coverOrg, o.coversUnits]);
  const pi = Int32Array.from({ length: p.count }, (_, i) => i);
  writeCsv(join(dir, "people.csv"), ["i", "unit"], p.count, [pi, p.unit]);
  // Memberships in each person's order (personRows), with that position as `seq`.
  const rows = p.personRows;
  const n = rows.length;
  const col = (a: ArrayLike<number>): Int32Array => {
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) out[k] = a[rows[k]!]!;
    return out;
  };
  const ks = Int32Array.from({ length: n }, (_, k) => k);
  writeCsv(join(dir, "ms.csv"), ["seq", "person", "org", "start", "official", "end", "sreason"], n, [ks, col(m.person), col(m.organization), col(m.start), col(m.official), col(m.end), col(m.startReason)]);
  writeCsv(join(dir, "ratings.csv"), ["skind", "subject", "scheme", "pstart", "pform", "level"], r.count, [r.subjectKind, r.subject, r.scheme, Int32Array.from(r.period, (p) => r.periods.start[p]!), Uint8Array.from(r.period, (p) => r.periods.form[p]!), r.level]);
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  for (const t of ["units", "orgs", "covers", "people", "ms", "ratings"]) {
    await con.run(`CREATE TABLE ${t} AS SELECT * FROM read_csv('${join(dir, `${t}.csv`)}', header = true, all_varchar = false, auto_type_candidates = ['INTEGER'])`);
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    con,
    loadMs: performance.now() - t,
    close: () => {
      con.closeSync();
      db.closeSync();
    },
  };
}

async function one(con: DuckDBConnection, sql: string): Promise<number[]> {
  const reader = await con.runAndReadAll(sql);
  const row = reader.getRows()[0]!;
  return row.map((v) => Number(v));
}

/** Party status on `day` of everyone with a party membership started by then (member, official). */
function statusSql(day: number): string {
  return `pm AS (
    SELECT ms.person, ms.start, ms.official, ms."end", ms.sreason,
           row_number() OVER (PARTITION BY ms.person ORDER BY ms.seq) AS rn
    FROM ms JOIN orgs o ON o.i = ms.org
    WHERE o.kind <= 2 AND ms.start <= ${day}),
  rs AS (SELECT person, max(CASE WHEN sreason IN (1, 2) OR (sreason = 0 AND rn = 1) THEN rn ELSE 0 END) AS reset FROM pm GROUP BY person),
  st AS (SELECT pm.person, bool_or(pm."end" >= ${day}) AS member, bool_or(pm.rn >= rs.reset AND pm.official <= ${day}) AS official
         FROM pm JOIN rs USING (person) GROUP BY pm.person)`;
}

/** Units counted (villages … other, in force), with own / joint / any cell, with a member, with 3 official members. */
export async function duckCoverage(con: DuckDBConnection, day: number): Promise<number[]> {
  return one(
    con,
    `WITH ${statusSql(day)},
    cu AS (SELECT i FROM units WHERE kind >= 5 AND founding <= ${day} AND dissolution >= ${day}),
    live AS (SELECT i FROM orgs WHERE kind IN (0, 1) AND founding <= ${day} AND dissolution >= ${day}),
    cov AS (SELECT c.org, c.unit, count(*) FILTER (WHERE un.founding <= ${day} AND un.dissolution >= ${day}) OVER (PARTITION BY c.org) AS n
            FROM covers c JOIN live ON live.i = c.org JOIN units un ON un.i = c.unit),
    mark AS (SELECT unit, max(CASE WHEN n = 1 THEN 2 ELSE 1 END) AS m FROM cov GROUP BY unit),
    mem AS (SELECT p.unit, count(*) AS members, count(*) FILTER (WHERE st.official) AS officials
            FROM people p JOIN st ON st.person = p.i WHERE st.member GROUP BY p.unit)
    SELECT count(*), count(*) FILTER (WHERE m = 2), count(*) FILTER (WHERE m = 1), count(*) FILTER (WHERE m >= 1),
           count(*) FILTER (WHERE members > 0), count(*) FILTER (WHERE officials >= 3)
    FROM cu LEFT JOIN mark ON mark.unit = cu.i LEFT JOIN mem ON mem.unit = cu.i`,
  );
}

/** Members, officials, probationary; grassroots committees and cells; party groups; cells under 3 official members (their subtree). */
export async function duckStrength(con: DuckDBConnection, day: number): Promise<number[]> {
  return one(
    con,
    `WITH RECURSIVE ${statusSql(day)},
    live AS (SELECT * FROM orgs WHERE kind <= 2 AND founding <= ${day} AND dissolution >= ${day}),
    offs AS (SELECT ms.org, count(DISTINCT ms.person) AS n FROM ms JOIN live ON live.i = ms.org JOIN st ON st.person = ms.person
             WHERE ms.start <= ${day} AND ms."end" >= ${day} AND st.member AND st.official GROUP BY ms.org),
    anc(org, a) AS (SELECT i, i FROM orgs UNION ALL SELECT anc.org, o.parent FROM anc JOIN orgs o ON o.i = anc.a WHERE o.parent >= 0),
    up AS (SELECT anc.a, sum(offs.n) AS n FROM anc JOIN offs ON offs.org = anc.org GROUP BY anc.a)
    SELECT (SELECT count(*) FROM st WHERE member), (SELECT count(*) FROM st WHERE member AND official), (SELECT count(*) FROM st WHERE member AND NOT official),
           (SELECT count(*) FROM live WHERE kind = 0 AND level = 3), (SELECT count(*) FROM live WHERE kind = 1 AND level = 3),
           (SELECT count(*) FROM live WHERE kind = 2),
           (SELECT count(*) FROM live LEFT JOIN up ON up.a = live.i WHERE live.kind = 1 AND coalesce(up.n, 0) < 3)`,
  );
}

/** Counts of members' ratings of `year` by level (levels 1–4 of the scheme at `scheme`). */
export async function duckRatings(con: DuckDBConnection, scheme: number, year: number): Promise<number[]> {
  const start = daysFromCivil(year, 1, 1);
  return one(
    con,
    `SELECT ${[1, 2, 3, 4].map((l) => `count(*) FILTER (WHERE level = ${l})`).join(", ")}
     FROM ratings WHERE skind = 0 AND pstart = ${start} AND pform <> 2 AND scheme = ${scheme}`,
  );
}
