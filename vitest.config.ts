import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    coverage: { provider: "v8", include: ["src/**"], reporter: ["text", "lcov"] },
    testTimeout: 60_000,
  },
});
