import { describe, expect, it } from "vitest";
import { readConfig } from "~/server/config.server";

describe("configuration", () => {
  it("defaults to the embedded database, port 3000 and an 8-hour idle session", () => {
    const config = readConfig({});
    expect(config).toMatchObject({ databaseUrl: undefined, dataDir: "data", port: 3000, cookieSecure: false });
    expect(config.sessionIdleMs).toBe(8 * 3_600_000);
  });

  it("loads demo data into a new embedded database unless DEMO_DATA is false", () => {
    expect(readConfig({}).demoData).toBe(true);
    expect(readConfig({ DEMO_DATA: "false" }).demoData).toBe(false);
    expect(() => readConfig({ DEMO_DATA: "no" })).toThrow(/DEMO_DATA/);
  });

  it("makes cookies Secure in production", () => {
    expect(readConfig({ NODE_ENV: "production" }).cookieSecure).toBe(true);
  });

  it("refuses a bad value and names it", () => {
    expect(() => readConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET/);
    expect(() => readConfig({ BENCHMARK_K: "4" })).toThrow(/BENCHMARK_K: must be at least 5/);
    expect(readConfig({ BENCHMARK_K: "8" }).benchmarkK).toBe(8);
  });

  it("keeps mail in the outbox without SMTP_URL, and asks for PUBLIC_URL with one", () => {
    expect(readConfig({ PORT: "3131" })).toMatchObject({ smtpUrl: undefined, publicUrl: "http://localhost:3131" });
    expect(() => readConfig({ SMTP_URL: "smtp://mail.example:587" })).toThrow(/PUBLIC_URL: must be set/);
    expect(() => readConfig({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(
      readConfig({ SMTP_URL: "smtps://user:pw@mail.example", PUBLIC_URL: "https://weerbaar.example/" }),
    ).toMatchObject({ smtpUrl: "smtps://user:pw@mail.example", publicUrl: "https://weerbaar.example" });
    expect(readConfig({}).mailFirstRetryMs).toBe(30_000);
    expect(readConfig({ MAIL_FIRST_RETRY_SECONDS: "2" }).mailFirstRetryMs).toBe(2_000);
    expect(() => readConfig({ MAIL_FIRST_RETRY_SECONDS: "0" })).toThrow(/MAIL_FIRST_RETRY_SECONDS/);
  });
});
