import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * The reliability scenarios: each spec starts, kills and restarts its own servers on its own
 * ports and databases (embedded and the PostgreSQL server), so there is no web server here
 * and the specs run one after another. Run `npm run build` first (`npm run test:reliability` does).
 */
export default defineConfig({
  ...base,
  testDir: "tests/reliability",
  workers: 1,
  projects: [{ name: "reliability" }],
  timeout: 180_000,
  use: { ...base.use, baseURL: undefined },
  webServer: undefined,
});
