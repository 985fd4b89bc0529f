import { describe, expect, it } from "vitest";
import { collectionOfFile, datasetToJsonLines, datasetToJsonLinesFiles, parseDataset, readJsonLines } from "../../src/index.js";

const ds = parseDataset({
  asOf: "2024-12-31",
  units: [
    { id: "x", name: "Xã Nậm Chà", kind: "commune" },
    { id: "b", name: "Bản Nậm Chà", kind: "village", parentId: "x" },
  ],
  organizations: [{ id: "cb", name: "Chi bộ bản Nậm Chà", kind: "party-cell", coversUnitIds: ["b"] }],
  people: [{ id: "p", name: "Lý Thị Mai", birthDate: "1992-07", unitId: "b" }],
  memberships: [{ personId: "p", organizationId: "cb", startDate: "2015-09-02", officialDate: "2016-09-02" }],
  ratings: [{ subjectId: "cb", scheme: "qd-124-2023", period: 2024, level: "good" }],
});

describe("JSON Lines", () => {
  it("round-trips a dataset through the folder layout", async () => {
    const files = datasetToJsonLinesFiles(ds);
    expect(files.map((f) => f.name)).toEqual(["meta.json", "organizations.jsonl", "units.jsonl", "people.jsonl", "memberships.jsonl", "ratings.jsonl"]);
    const r = await readJsonLines(files.map((f) => ({ name: f.name, collection: collectionOfFile(f.name), content: [...f.lines].join("\n") + "\n" })));
    expect(r.success).toBe(true);
    expect(r.data).toEqual(ds);
  });
  it("round-trips through one tagged stream split into arbitrary byte chunks", async () => {
    const text = [...datasetToJsonLines(ds, { tagged: true })].join("\r\n");
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    // Split inside multi-byte characters too.
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    async function* stream() {
      for (const c of chunks) yield c;
    }
    const r = await readJsonLines([{ name: "all.jsonl", content: stream() }]);
    expect(r.issues).toEqual([]);
    expect(r.data).toEqual(ds);
  });
  it("reads a chunk of many pieces (decoded 32 KiB at a time) as it reads the same bytes in small chunks", async () => {
    const names = ["Lò Văn Sơn", "Nguyễn Thị Hồng Nhung", "Đặng Quốc Việt", "Hoàng Thị Ngọc Ánh"];
    const people = Array.from({ length: 3000 }, (_, i) => ({ id: `p${i}`, name: `${names[i % names.length]!} ${i}`, birthDate: "1980-01-02" }));
    const lines = people.map((p) => JSON.stringify(p)).join("\n") + "\n";
    // A blank first line of 0–3 spaces shifts the bytes until a piece boundary falls inside a
    // multi-byte character (a UTF-8 continuation byte there), the case the decoder must carry over.
    let bytes = new Uint8Array(0);
    for (let pad = 0; pad < 4; pad++) {
      bytes = new TextEncoder().encode(`${" ".repeat(pad)}\n${lines}`);
      const straddles = [32768, 65536, 98304].some((b) => b < bytes.length && (bytes[b]! & 0xc0) === 0x80);
      if (straddles) break;
    }
    expect([32768, 65536, 98304].some((b) => b < bytes.length && (bytes[b]! & 0xc0) === 0x80)).toBe(true);
    expect(bytes.length).toBeGreaterThan(3 * 32768);
    const small: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 1000) small.push(bytes.subarray(i, i + 1000));
    const whole = await readJsonLines([{ name: "people.jsonl", collection: "people", content: [bytes] }]);
    const pieces = await readJsonLines([{ name: "people.jsonl", collection: "people", content: small }]);
    expect(whole.issues).toEqual([]);
    expect(whole.data?.people).toEqual(people);
    expect(pieces.data).toEqual(whole.data);
  });
  it("reports bad lines with file, line and path, and keeps going", async () => {
    const people = ['{"id":"p1","name":"Lò Văn Sơn"}', "", '{"id":"p2","name":"Lò Văn Sơn",', '{"id":"p3","name":"X","birthDate":"2023-02-30"}', "[1]", '{"id":"p1","name":"Trùng"}'].join("\n");
    const r = await readJsonLines([{ name: "people.jsonl", collection: "people", content: people }], { locale: "en" });
    expect(r.issues.map((i) => [i.file, i.line, i.path, i.code])).toEqual([
      ["people.jsonl", 3, "", "invalid-json"],
      ["people.jsonl", 4, "people[1].birthDate", "invalid-date"],
      ["people.jsonl", 5, "people[2]", "invalid-type"],
      ["people.jsonl", 6, "people[3].id", "duplicate-id"],
    ]);
  });
  it("checks the tags of a tagged stream and the meta record", async () => {
    const text = ['{"collection":"persons","record":{}}', '{"collection":"meta","record":{"asOf":"2024-02-30","x":1}}', "7"].join("\n");
    const r = await readJsonLines([{ name: "-", content: text }], { locale: "en" });
    expect(r.issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [1, "collection", "invalid-value"],
      [2, "asOf", "invalid-date"],
      [2, "x", "unknown-field"],
      [3, "", "invalid-type"],
    ]);
  });
  it("locates issues found after reading (references) in interleaved streams and split files", async () => {
    const tagged = [
      '{"collection":"units","record":{"id":"b1","name":"Bản A","kind":"village"}}',
      '{"collection":"people","record":{"id":"p1","name":"Lò Văn A","unitId":"b1"}}',
      "",
      '{"collection":"units","record":{"id":"b2","name":"Bản B","kind":"village","parentId":"zz"}}',
      '{"collection":"people","record":{"id":"p2","name":"Lò Văn B","unitId":"b9"}}',
      '{"collection":"people","record":{"id":"p3","name":"Lò Văn C","unitId":"b8"}}',
    ].join("\n");
    // A second file of people continues the collection: people[3] is line 2 of more.jsonl.
    const more = ['{"id":"p4","name":"Lò Văn D"}', '{"id":"p5","name":"Lò Văn E","unitId":"b7"}'].join("\n");
    const r = await readJsonLines([
      { name: "all.jsonl", content: tagged },
      { name: "more.jsonl", collection: "people", content: more },
    ]);
    expect(r.issues.map((i) => [i.file, i.line, i.path, i.code])).toEqual([
      ["all.jsonl", 4, "units[1].parentId", "unresolved-reference"],
      ["all.jsonl", 5, "people[1].unitId", "unresolved-reference"],
      ["all.jsonl", 6, "people[2].unitId", "unresolved-reference"],
      ["more.jsonl", 2, "people[4].unitId", "unresolved-reference"],
    ]);
  });
  it("reports a broken meta.json", async () => {
    const r = await readJsonLines([{ name: "meta.json", collection: "meta", content: "{oops" }]);
    expect(r.issues.map((i) => [i.file, i.code])).toEqual([["meta.json", "invalid-json"]]);
  });
  it("names collections from file names", () => {
    expect(collectionOfFile("/data/qualifications.jsonl")).toBe("qualifications");
    expect(collectionOfFile("meta.json")).toBe("meta");
    expect(collectionOfFile("people.json")).toBeUndefined();
    expect(collectionOfFile("persons.jsonl")).toBeUndefined();
  });
});
