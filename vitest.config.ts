import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next enforces "server-only" at bundle time; outside Next the marker is a no-op.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Each file gets its own database; two cores run two files at a time.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    // Sessions are signed with it; a server gets it from start-up (lib/boot.ts).
    env: { NEXTAUTH_SECRET: "vitest-session-secret-0123456789abcdef" },
    hookTimeout: 120_000,
  },
});
