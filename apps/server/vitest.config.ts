import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "e2e/**/*.test.ts"],
    // A real server on PGlite and a real browser: start-up takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
