import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import type { FixtureOptions } from "./tests/e2e/fixtures";

// The system's Chromium where there is one (Playwright cannot download browsers everywhere):
// its headless shell, which Playwright itself runs headless and which needs about a third less
// CPU than the whole browser, else the browser.
const executablePath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));
const port = Number(process.env.E2E_PORT ?? 3111);

/**
 * Three browser lanes run at once against the server below, each one spec after another, next
 * to the reliability scenarios with servers of their own. The specs in `freshAccounts` use only
 * accounts they make themselves (and the platform admin's, to read what it sees); those in
 * `demoReaders` use demo organisations only where the first lane does not change them; every
 * other spec, a new one too, runs in the first lane. Each lane comes from a client address of
 * its own (the server trusts its proxy header here, as behind a real proxy), so one lane's
 * bursts at a rate-limited path do not use up another's allowance; the limit per person still
 * holds, so a spec that bursts uses an account the other lanes leave alone.
 */
// An address from the documentation range (RFC 5737) per lane.
const lane = (n: number) => ({ "X-Forwarded-For": `192.0.2.${n}` });
const specs = (names: string[]) => new RegExp(`/(${names.join("|")})\\.spec\\.ts$`);
const freshAccounts = specs([
  "advice-library",
  "assessment-flow",
  "assessment-journey",
  "deprovisioning",
  "email-verification",
  "form-details",
  "invitation-mail",
  "messages",
  "notification-settings",
  "password-reset",
  "person-data",
  "scoring",
  "second-factor-reset",
  "theme-page",
]);
const demoReaders = specs([
  "benchmarks",
  "charts",
  "hydration",
  "language",
  "municipality-questions",
  "onboarding",
  "page-length",
  "page-titles",
  "report-first-page",
  "second-factor",
  "sessions",
  "small-screens",
  "time-zones",
  "unsaved-answers",
]);

export default defineConfig<FixtureOptions>({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 4,
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
    // Page snapshots and network only: a screencast of every test costs about a tenth of the run.
    // No trace by default: recording DOM snapshots of every step made the whole run a fifth
    // slower (11.8 against 9.4 minutes). A failure still leaves the page's state in
    // error-context.md; `npx playwright test --trace retain-on-failure` records traces.
    trace: "off",
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
    { name: "shared data", testIgnore: [freshAccounts, demoReaders], workers: 1, use: { extraHTTPHeaders: lane(1) } },
    { name: "demo readers", testMatch: demoReaders, workers: 1, use: { extraHTTPHeaders: lane(2) } },
    { name: "fresh accounts", testMatch: freshAccounts, workers: 1, use: { extraHTTPHeaders: lane(3) } },
    // The reliability scenarios start, kill and restart servers of their own (see
    // tests/reliability/processes.ts), one after another. They wait for servers and mail much of
    // the time, so beside the browser lanes they take less from them than they would alone.
    {
      name: "reliability",
      testDir: "tests/reliability",
      workers: 1,
      use: { baseURL: undefined, serversStopOnPurpose: true },
    },
  ],
  webServer: {
    // A fresh embedded database with demo data for every run, on the production build.
    command: `rm -rf .cache/e2e-${port} && npm run build:stale && exec env NODE_ENV=production TZ=UTC TRUST_PROXY=true PORT=${port} DATA_DIR=.cache/e2e-${port} node --import tsx server.ts`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
  },
});
