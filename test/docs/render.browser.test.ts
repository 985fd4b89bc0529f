// Renders the HTML report of the reference dataset and the TypeDoc site (API reference + guides)
// in headless Chromium: the rendered DOM must hold the expected headings, figures and SVG
// charts, and the screenshots must exist and not be blank. The screenshots are kept in
// os.tmpdir()/grassroots-render for a person to look at.
//
// Skipped, with a note, when no Chromium is installed (set CHROMIUM=/path/to/chromium to use
// another one) or when GRASSROOTS_SKIP_BROWSER is set (e.g. for the repeated time-zone runs:
// nothing here depends on the time zone). Every Chromium run is killed, with its process group,
// after 60 s, so the file never hangs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, formatReport } from "../../src/index.js";
import { namNhun } from "../../src/testing/index.js";

const ROOT = join(import.meta.dirname, "../..");
const CHROMIUM_TIMEOUT_MS = 60_000;

function findChromium(): string | undefined {
  const candidates = [process.env["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  return candidates.find((c): c is string => c !== undefined && c !== "" && existsSync(c));
}

const CHROMIUM = findChromium();
const SKIP_REASON =
  process.env["GRASSROOTS_SKIP_BROWSER"] !== undefined && process.env["GRASSROOTS_SKIP_BROWSER"] !== ""
    ? "GRASSROOTS_SKIP_BROWSER is set"
    : CHROMIUM === undefined
      ? "no Chromium found (tried $CHROMIUM, /usr/bin/chromium, chromium-browser, google-chrome)"
      : undefined;
if (SKIP_REASON !== undefined) console.warn(`render.browser.test.ts: skipped, ${SKIP_REASON}.`);

const SHOTS = join(tmpdir(), "grassroots-render");
const scratch: string[] = [];
const tempDir = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(d);
  return d;
};
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Runs a command in its own process group; kills the whole group after `timeoutMs`. */
function run(cmd: string, args: readonly string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      killGroup(); // Chromium's helper processes, if any outlived the browser
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

function chromiumArgs(): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${tempDir("grassroots-chromium-")}`,
    "--window-size=1200,2000",
  ];
}

async function screenshot(file: string, png: string): Promise<void> {
  rmSync(png, { force: true });
  // TypeDoc pages stay hidden until a 500 ms timer shows them: virtual time lets every timer run
  // before the shot, however busy the machine is.
  const r = await run(CHROMIUM!, [...chromiumArgs(), "--virtual-time-budget=5000", `--screenshot=${png}`, pathToFileURL(file).href], CHROMIUM_TIMEOUT_MS);
  expect(r.timedOut, "chromium --screenshot timed out").toBe(false);
  expect(existsSync(png), `no screenshot written; chromium said:\n${r.stderr.slice(-2000)}`).toBe(true);
}

async function dumpDom(file: string): Promise<string> {
  const r = await run(CHROMIUM!, [...chromiumArgs(), "--virtual-time-budget=5000", "--dump-dom", pathToFileURL(file).href], CHROMIUM_TIMEOUT_MS);
  expect(r.timedOut, "chromium --dump-dom timed out").toBe(false);
  expect(r.code, r.stderr.slice(-2000)).toBe(0);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------
// A small PNG decoder (8-bit RGB or RGBA, non-interlaced: what Chromium writes), enough to tell
// a rendered page from a blank one.

interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA or RGB bytes, row after row. */
  readonly data: Uint8Array;
  readonly channels: number;
}

function decodePng(buf: Buffer): Pixels {
  expect(buf.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      expect([depth, interlace], "8-bit, non-interlaced").toEqual([8, 0]);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      expect(channels, `colour type ${colour}`).toBeGreaterThan(0);
    } else if (type === "IDAT") idat.push(body);
    else if (type === "IEND") break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[row + x - channels]! : 0;
      const b = y > 0 ? data[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[row - stride + x - channels]! : 0;
      const v = raw[src + x]!;
      let out: number;
      if (filter === 0) out = v;
      else if (filter === 1) out = v + a;
      else if (filter === 2) out = v + b;
      else if (filter === 3) out = v + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      data[row + x] = out & 255;
    }
  }
  return { width, height, data, channels };
}

/** The share of pixels that differ from the top-left pixel (the page background), and the number of distinct colours. */
function inkOf(p: Pixels): { ink: number; colours: number } {
  const bg = [p.data[0], p.data[1], p.data[2]];
  let differ = 0;
  const colours = new Set<number>();
  for (let i = 0; i < p.width * p.height; i++) {
    const o = i * p.channels;
    const [r, g, b] = [p.data[o]!, p.data[o + 1]!, p.data[o + 2]!];
    if (r !== bg[0] || g !== bg[1] || b !== bg[2]) differ++;
    if (colours.size < 4096) colours.add((r << 16) | (g << 8) | b);
  }
  return { ink: differ / (p.width * p.height), colours: colours.size };
}

function expectRenderedPng(png: string): void {
  const buf = readFileSync(png);
  expect(buf.length, "PNG size").toBeGreaterThan(20_000);
  const pixels = decodePng(buf);
  expect([pixels.width, pixels.height]).toEqual([1200, 2000]);
  const { ink, colours } = inkOf(pixels);
  expect(ink, "share of non-background pixels").toBeGreaterThan(0.01);
  expect(colours, "distinct colours").toBeGreaterThan(16);
}

/** The text of a DOM dump without tags, with whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/\s+/g, " ");
}

describe.skipIf(SKIP_REASON !== undefined)("rendering in headless Chromium", () => {
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
    console.log(`render.browser.test.ts: screenshots in ${SHOTS}`);
  });

  it("the PNG decoder reads a known image (so the blank check can fail)", () => {
    // 2×1 RGB: one white pixel, one black pixel.
    const row = Buffer.from([0, 255, 255, 255, 0, 0, 0]);
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(2, 0);
    ihdr.writeUInt32BE(1, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const chunk = (type: string, body: Buffer): Buffer => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(body.length);
      return Buffer.concat([len, Buffer.from(type, "latin1"), body, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(row)), chunk("IEND", Buffer.alloc(0))]);
    const p = decodePng(png);
    expect([p.width, p.height, [...p.data]]).toEqual([2, 1, [255, 255, 255, 0, 0, 0]]);
    expect(inkOf(p)).toEqual({ ink: 0.5, colours: 2 });
  });

  it(
    "the HTML report of Nậm Nhùn, 2013 → 2023, in Vietnamese",
    async () => {
      const html = formatReport(buildReport(namNhun, { asOf: "2023-06-30", compareTo: "2013-06-30" }), { format: "html", locale: "vi" });
      const file = join(tempDir("grassroots-report-"), "nam-nhun.html");
      writeFileSync(file, html);
      writeFileSync(join(SHOTS, "report-vi.html"), html);

      const dom = await dumpDom(file);
      const text = textOf(dom);
      expect(text).toContain("Nậm Nhùn");
      for (const figure of ["20/70", "11/32", "8/11", "38,9%", "43%", "16,4%"]) expect(text, figure).toContain(figure);
      expect(dom.match(/<svg[\s>]/g)?.length ?? 0, "inline SVG charts").toBeGreaterThanOrEqual(3);
      expect(dom, "headings").toMatch(/<h1[\s>]/);
      expect(dom.match(/<h2[\s>]/g)?.length ?? 0, "section headings").toBeGreaterThanOrEqual(5);
      expect(dom, "no external resource").not.toMatch(/(src|href)="https?:/);

      const png = join(SHOTS, "report-vi.png");
      await screenshot(file, png);
      expectRenderedPng(png);
    },
    150_000,
  );

  it(
    "the TypeDoc site: the README, the guides and the API reference",
    async () => {
      const out = tempDir("grassroots-typedoc-");
      const typedoc = join(ROOT, "node_modules", ".bin", "typedoc");
      const r = await run(typedoc, ["--out", out], 150_000);
      expect(r.timedOut, "typedoc timed out").toBe(false);
      expect(r.code, `typedoc failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);

      const index = join(out, "index.html");
      expect(existsSync(index)).toBe(true);
      const docs = readdirSync(join(out, "documents")).sort();
      for (const page of ["Getting_started.html", "Concepts.html", "Rating_schemes.html", "Recipes.html"]) {
        expect(docs.some((d) => d.endsWith(page)), `${page} in ${docs.join(", ")}`).toBe(true);
      }

      const homeDom = await dumpDom(index);
      const home = textOf(homeDom);
      expect(home).toContain("grassroots");
      expect(home).toContain("A 30-second tour");
      expect(home).toContain("buildReport");
      // The README's links to the guides lead to the guide pages, not to copies of the .md files.
      expect(homeDom).toMatch(/href="[^"]*documents\/[^"]*Concepts\.html"/);

      const conceptsPage = join(out, "documents", docs.find((d) => d.endsWith("Concepts.html"))!);
      const concepts = textOf(await dumpDom(conceptsPage));
      for (const term of ["bản trắng đảng viên", "chi bộ ghép", "bí thư chi bộ kiêm trưởng bản", "withoutCell"]) expect(concepts, term).toContain(term);

      const fnFile = readdirSync(join(out, "functions")).find((f) => f.endsWith(".buildReport.html") || f === "buildReport.html");
      expect(fnFile, "API page of buildReport").toBeDefined();
      const fn = textOf(await dumpDom(join(out, "functions", fnFile!)));
      expect(fn).toContain("ReportOptions");
      expect(fn).toContain("Report");

      await screenshot(index, join(SHOTS, "typedoc-index.png"));
      expectRenderedPng(join(SHOTS, "typedoc-index.png"));
      await screenshot(conceptsPage, join(SHOTS, "typedoc-concepts.png"));
      expectRenderedPng(join(SHOTS, "typedoc-concepts.png"));
    },
    240_000,
  );
});
