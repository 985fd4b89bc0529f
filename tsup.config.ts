import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "testing/index": "src/testing/index.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  target: "node20",
  platform: "node",
  dts: { entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" } },
  sourcemap: true,
  clean: true,
  // One shared chunk, so "." and "./testing" hand out the same schema objects.
  splitting: true,
});
