import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The system's Chromium where there is one (Playwright cannot download browsers everywhere):
// its headless shell, which Playwright itself runs headless and which needs about a third less
// CPU than the whole browser, else the browser.
const executablePath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));
const port = Number(process.env.E2E_PORT ?? 3111);

/**
 * Two lanes run at once, each one spec after another. The specs in `ownData` use accounts of
 * their own, or demo organisations only where the other lane does not look, and request a
 * rate-limited path (the API, exports, CSVs, benchmarks, shared reports) only through
 * `getPatiently`, as the other lane's bursts may use up the address's allowance for a minute;
 * every other spec, a new one too, runs in the first lane.
 */
const ownData = new RegExp(
  `/(${[
    "advice-library",
    "assessment-flow",
    "assessment-journey",
    "deprovisioning",
    "email-verification",
    "form-details",
    "hydration",
    "invitation-mail",
    "language",
    "messages",
    "municipality-questions",
    "onboarding",
    "page-titles",
    "password-reset",
    "person-data",
    "report-first-page",
    "scoring",
    "second-factor",
    "second-factor-reset",
    "sessions",
    "time-zones",
    "unsaved-answers",
  ].join("|")})\\.spec\\.ts$`,
);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  // Limits only for a test that hangs: a busy machine makes every step slower, and no test
  // should fail for that.
  timeout: 600_000,
  expect: { timeout: 60_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${port}`,
    locale: "nl-NL",
    // A click or page load that waits this long is stuck: fail it with its trace.
    actionTimeout: 120_000,
    navigationTimeout: 120_000,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "shared data", testIgnore: ownData, workers: 1 },
    { name: "own data", testMatch: ownData, workers: 1 },
  ],
  webServer: {
    // A fresh embedded database with demo data for every run, on the production build.
    command: `rm -rf .cache/e2e-${port} && npm run build && exec env NODE_ENV=production TZ=UTC PORT=${port} DATA_DIR=.cache/e2e-${port} node --import tsx server.ts`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
  },
});
