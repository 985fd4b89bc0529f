/**
 * @internal Markdown (GitHub tables) rendering of a report layout.
 * @module
 */
import type { Layout, TableBlock } from "./layout.js";

/** Escapes text for a Markdown table cell or paragraph (no HTML, no emphasis, no pipes). */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

function table(t: TableBlock): string[] {
  const lines: string[] = [];
  if (t.caption !== undefined) lines.push(`**${md(t.caption)}**`, "");
  lines.push(`| ${t.header.map(md).join(" | ")} |`);
  lines.push(`|${t.header.map((_, c) => (c === 0 ? " --- " : " ---: ")).join("|")}|`);
  t.rows.forEach((row, i) => {
    const strong = t.strong?.includes(i) === true;
    lines.push(`| ${row.map((cell) => (strong && cell !== "" ? `**${md(cell)}**` : md(cell))).join(" | ")} |`);
  });
  return lines;
}

/** @internal The Markdown of a layout. */
export function renderMarkdown(doc: Layout): string {
  const out: string[] = [`# ${md(doc.title)}`, "", md(doc.subtitle)];
  doc.sections.forEach((s, i) => {
    out.push("", `## ${i + 1}. ${md(s.title)}`);
    for (const b of s.blocks) {
      if (b.kind === "table") out.push("", ...table(b));
      else if (b.kind === "note") out.push("", md(b.text));
    }
  });
  return `${out.join("\n")}\n`;
}
