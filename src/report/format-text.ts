/**
 * @internal Plain-text rendering of a report layout: headings and aligned tables for a terminal,
 * at most 100 columns wide (long labels and notes wrap).
 * @module
 */
import type { Layout, TableBlock } from "./layout.js";

/** @internal The widest line. */
export const TEXT_WIDTH = 100;
const GAP = 2;

/** Width in columns (labels are NFC, so one code point is one column). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Greedy word wrap to `max` columns; a word longer than `max` is cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    let w = word;
    while (width(w) > max) {
      if (line !== "") {
        lines.push(line);
        line = "";
      }
      const chars = [...w];
      lines.push(chars.slice(0, max).join(""));
      w = chars.slice(max).join("");
    }
    if (line === "") line = w;
    else if (width(line) + 1 + width(w) <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

function longestWord(s: string): number {
  return Math.max(0, ...s.split(" ").map(width));
}

function padEnd(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}
function padStart(s: string, n: number): string {
  return " ".repeat(Math.max(0, n - width(s))) + s;
}

function table(t: TableBlock): string[] {
  const cols = t.header.length;
  const sized = (least: number): number[] => {
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      let data = 0;
      for (const r of t.rows) data = Math.max(data, width(r[c] ?? ""));
      const head = t.header[c] ?? "";
      // A header wraps to the width of its data (but not below its longest word, nor `least`).
      widths.push(c === 0 ? Math.max(data, longestWord(head)) : Math.max(data, Math.min(width(head), Math.max(longestWord(head), least))));
    }
    return widths;
  };
  let widths = sized(12);
  if (widths.slice(1).reduce((s, w) => s + w + GAP, 0) + 12 > TEXT_WIDTH) widths = sized(0);
  // The first column gives way when the table is too wide.
  const others = widths.slice(1).reduce((s, w) => s + w + GAP, 0);
  widths[0] = Math.max(12, Math.min(widths[0]!, TEXT_WIDTH - others));
  const render = (cells: readonly string[], header: boolean): string[] => {
    const parts = cells.map((cell, c) => wrap(cell, widths[c]!));
    const height = Math.max(...parts.map((p) => p.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      const line = parts.map((p, c) => {
        // Header cells sit on the header's last lines, next to the rule.
        const k = header ? i - (height - p.length) : i;
        const s = k >= 0 ? (p[k] ?? "") : "";
        return c === 0 ? padEnd(s, widths[c]!) : padStart(s, widths[c]!);
      });
      out.push(line.join(" ".repeat(GAP)).trimEnd());
    }
    return out;
  };
  const total = widths.reduce((s, w) => s + w, 0) + GAP * (cols - 1);
  const lines: string[] = [];
  if (t.caption !== undefined) lines.push(...wrap(t.caption, TEXT_WIDTH));
  lines.push(...render(t.header, true));
  lines.push("-".repeat(Math.min(total, TEXT_WIDTH)));
  t.rows.forEach((row, i) => {
    if (t.strong?.includes(i)) lines.push("-".repeat(Math.min(total, TEXT_WIDTH)));
    lines.push(...render(row, false));
  });
  return lines;
}

/** @internal The text of a layout. */
export function renderText(doc: Layout): string {
  const out: string[] = [];
  const title = wrap(doc.title.toUpperCase(), TEXT_WIDTH);
  out.push(...title, "=".repeat(Math.min(TEXT_WIDTH, Math.max(...title.map(width)))), ...wrap(doc.subtitle, TEXT_WIDTH));
  doc.sections.forEach((s, i) => {
    out.push("");
    const heading = wrap(`${i + 1}. ${s.title}`, TEXT_WIDTH);
    out.push(...heading, "-".repeat(Math.min(TEXT_WIDTH, Math.max(...heading.map(width)))));
    let first = true;
    for (const b of s.blocks) {
      if (b.kind === "table") {
        if (!first) out.push("");
        out.push(...table(b));
      } else if (b.kind === "note") {
        if (!first) out.push("");
        out.push(...wrap(b.text, TEXT_WIDTH));
      } else continue; // charts are for HTML only
      first = false;
    }
  });
  return `${out.join("\n")}\n`;
}
