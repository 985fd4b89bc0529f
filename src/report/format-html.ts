/**
 * @internal HTML rendering of a report layout: one self-contained page (inline CSS, inline SVG
 * charts, no script, no external resource), readable on a phone and printable. Every string
 * from the dataset or the layout is escaped.
 * @module
 */
import type { BarsBlock, Layout, StackBlock, TableBlock } from "./layout.js";

/** @internal Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5b636d; --line: #d5dae0; --a: #9aa5b1; --b: #1f5f99; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.45rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
.sub { color: var(--muted); margin: 0 0 1rem; }
p { margin: .5rem 0; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { text-align: right; font-weight: 600; background: #f3f5f7; }
th:first-child, td:first-child { text-align: left; }
tbody th { font-weight: 400; background: none; white-space: nowrap; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td:first-child { white-space: normal; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
figure { margin: .75rem 0 1rem; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { width: 100%; height: auto; display: block; max-width: 36rem; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; color: var(--muted); margin: .25rem 0; padding: 0; list-style: none; }
.legend span { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -1px; }
@media (max-width: 40rem) { body { font-size: 14px; padding: .6rem; } th, td { padding: .2rem .35rem; } }
@media print { body { max-width: none; padding: 0; font-size: 10.5pt; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } .scroll { overflow: visible; } th { background: none; } }
`;

const SERIES_COLORS = ["#9aa5b1", "#1f5f99", "#4c956c", "#d68c45"];
const TIER_COLORS = ["#1f5f99", "#4c956c", "#e0b341", "#d1603d", "#7d3c98", "#5b636d"];

function table(t: TableBlock): string {
  const head = `<tr>${t.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = t.rows
    .map((row, i) => `<tr${t.strong?.includes(i) === true ? ' class="total"' : ""}>${row.map((c, k) => (k === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join("")}</tr>`)
    .join("\n");
  const caption = t.caption === undefined ? "" : `<caption>${escapeHtml(t.caption)}</caption>`;
  return `<div class="scroll"><table>${caption}\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

function legend(names: readonly string[], colors: readonly string[]): string {
  return `<ul class="legend">${names.map((n, i) => `<li><span style="background:${colors[i % colors.length]}"></span>${escapeHtml(n)}</li>`).join("")}</ul>`;
}

function num(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Horizontal bars: per group a label line, then one bar per series with its value. */
function bars(b: BarsBlock): string {
  const W = 420;
  const labelH = 16;
  const barH = 14;
  const gap = 4;
  const barW = 300;
  let y = 0;
  const parts: string[] = [];
  for (const g of b.groups) {
    parts.push(`<text x="0" y="${num(y + 12)}">${escapeHtml(g.label)}</text>`);
    y += labelH;
    g.values.forEach((v, s) => {
      const w = v === null ? 0 : Math.max(0, Math.min(1, v)) * barW;
      parts.push(`<rect x="0" y="${num(y)}" width="${num(barW)}" height="${barH}" fill="#eef1f4"/>`);
      parts.push(`<rect x="0" y="${num(y)}" width="${num(w)}" height="${barH}" fill="${SERIES_COLORS[(b.series.length === 1 ? 1 : s) % SERIES_COLORS.length]}"><title>${escapeHtml(`${b.series[s] ?? ""}: ${g.texts[s] ?? ""}`)}</title></rect>`);
      parts.push(`<text x="${num(barW + 6)}" y="${num(y + 11)}">${escapeHtml(g.texts[s] ?? "")}</text>`);
      y += barH + gap;
    });
    y += 6;
  }
  const svg = `<svg viewBox="0 0 ${W} ${num(Math.max(y, 1))}" role="img" aria-label="${escapeHtml(b.title)}">\n${parts.join("\n")}\n</svg>`;
  const colors = b.series.length === 1 ? [SERIES_COLORS[1]!] : SERIES_COLORS;
  return `<figure><figcaption>${escapeHtml(b.title)}</figcaption>${legend(b.series, colors)}\n${svg}</figure>`;
}

/** Stacked 100% bars, one per row. */
function stack(b: StackBlock): string {
  const W = 420;
  const barW = 420;
  const barH = 18;
  let y = 0;
  const parts: string[] = [];
  for (const row of b.rows) {
    parts.push(`<text x="0" y="${num(y + 12)}">${escapeHtml(row.label)}</text>`);
    y += 16;
    let x = 0;
    row.parts.forEach((p, i) => {
      const w = Math.max(0, Math.min(1, p)) * barW;
      if (w <= 0) return;
      const fill = TIER_COLORS[i % TIER_COLORS.length]!;
      parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${barH}" fill="${fill}"><title>${escapeHtml(`${b.legend[i] ?? ""}: ${row.texts[i] ?? ""}`)}</title></rect>`);
      if (w >= 40) parts.push(`<text x="${num(x + 4)}" y="${num(y + 13)}" style="fill:${i === 2 ? "#1b1f24" : "#fff"}">${escapeHtml(row.texts[i] ?? "")}</text>`);
      x += w;
    });
    y += barH + 10;
  }
  const svg = `<svg viewBox="0 0 ${W} ${num(Math.max(y, 1))}" role="img" aria-label="${escapeHtml(b.title)}">\n${parts.join("\n")}\n</svg>`;
  return `<figure><figcaption>${escapeHtml(b.title)}</figcaption>${legend(b.legend, TIER_COLORS)}\n${svg}</figure>`;
}

/** @internal The HTML page of a layout. */
export function renderHtml(doc: Layout): string {
  const out: string[] = [
    "<!doctype html>",
    `<html lang="${doc.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="sub">${escapeHtml(doc.subtitle)}</p>`,
  ];
  doc.sections.forEach((s, i) => {
    out.push(`<section>`, `<h2>${i + 1}. ${escapeHtml(s.title)}</h2>`);
    for (const b of s.blocks) {
      if (b.kind === "table") out.push(table(b));
      else if (b.kind === "note") out.push(`<p>${escapeHtml(b.text)}</p>`);
      else if (b.kind === "bars") out.push(bars(b));
      else out.push(stack(b));
    }
    out.push("</section>");
  });
  out.push("</main>", "</body>", "</html>");
  return `${out.join("\n")}\n`;
}
