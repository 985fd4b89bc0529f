// Every public symbol of the training modules has a doc comment with an @example (the examples
// themselves are run by test/docs/examples.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const FILES = [
  "scales/types.ts",
  "scales/catalog.ts",
  "scales/levels.ts",
  "scales/parse.ts",
  "scales/standards.ts",
  "scales/assess.ts",
  "metrics/population.ts",
  "metrics/education.ts",
  "metrics/standardization.ts",
];

describe.each(FILES)("src/%s", (file) => {
  const text = readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8");

  it("documents every exported symbol with an @example, or marks it @internal", () => {
    const missing: string[] = [];
    for (const m of text.matchAll(/^export (?:const|function|type|interface) (\w+)/gm)) {
      const before = text.slice(0, m.index);
      const end = before.lastIndexOf("*/");
      const doc = end >= 0 && /^\s*$/.test(before.slice(end + 2)) ? before.slice(before.lastIndexOf("/**", end), end) : "";
      if (!doc.includes("@internal") && !doc.includes("@example")) missing.push(m[1]!);
    }
    expect(missing).toEqual([]);
  });

  it("writes Vietnamese in NFC", () => {
    expect(text).toBe(text.normalize("NFC"));
  });
});
