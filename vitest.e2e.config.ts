import { defineConfig } from "vitest/config";

// End-to-end tests drive the built extension in real Chromium; one at a time, the machine is small.
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
