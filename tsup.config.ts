import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "testing/index": "src/testing/index.ts",
    cli: "src/cli/main.ts",
    "node/index": "src/node/index.ts",
    "node/worker": "src/node/worker.ts",
  },
  format: ["esm", "cjs"],
  target: "node20",
  platform: "node",
  dts: { entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "node/index": "src/node/index.ts" } },
  // import.meta.url in the CommonJS build of grassroots/node, which finds its worker file with it.
  shims: true,
  sourcemap: true,
  clean: true,
  // One shared chunk, so "." and "./testing" hand out the same schema objects.
  splitting: true,
});
