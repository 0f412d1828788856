import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/global.ts"],
    // Vitest keeps one core free by default, which leaves a two-core machine running one file
    // at a time; every file opens databases of its own, so all cores can run files.
    maxWorkers: availableParallelism(),
    // Worker threads rather than child processes: the whole run took a third less time
    // (95 against 143 s on two cores), mostly in starting files and passing results.
    pool: "threads",
    // Limits only for a hang: opening and migrating a database, and argon2 hashing, take many
    // times longer on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
