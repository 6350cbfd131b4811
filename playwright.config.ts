import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's chromium where it is installed (Playwright cannot download browsers on every machine);
// otherwise Playwright's own browser, if the machine has one. Never skipped: a missing browser fails.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build, on a database of its own that starts from the demo event.
    // E2E_BUILT=1: the build is already there (npm run test:e2e:each builds once for every spec).
    command: `${process.env.E2E_BUILT === "1" ? "" : "npm run build && "}tsx --conditions=react-server scripts/e2e-server.ts ${port}`,
    url: `${baseURL}/api/events/jatim-kaltim-2025/totals`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
