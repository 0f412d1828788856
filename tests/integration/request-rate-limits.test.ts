import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRateLimit } from "~/server/http.server";
import { createApiToken } from "~/models/api-token.server";
import { startSession } from "~/models/session.server";
import { isRateLimitedPath } from "~/server/request-rate-limit.server";
import { organisationWithAdmin, requestWithCookie } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";
import { stopTheClock } from "../fixtures/clock";

// Read by config() on first use, which no import does: five calls a minute per caller, 25 per address.
vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "5");
const LIMIT = 5;

/** Stops the clock at the start of this minute, so a burst of calls falls in one counting window however long it takes. */
function earlyInMinute() {
  stopTheClock(Math.floor(Date.now() / 60_000) * 60_000);
}

describe("rate-limited paths", () => {
  it("covers the API, exports, CSVs, shared reports and benchmarks however the path is spelled", () => {
    for (const path of [
      "/api/v1/benchmarks/port-logistics",
      "/organisation/export.json",
      "/assessments/0b6c2c36-1f2e-4a8e-9a39-3c1c9e4e1c11/export.json",
      "/assessments/0b6c2c36-1f2e-4a8e-9a39-3c1c9e4e1c11/answers.csv",
      "/benchmarks/port-logistics",
      "/benchmarks/port-logistics.csv",
      "/customs/overview.csv",
      "/admin/audit.csv",
      "/customs/organisations/0b6c2c36-1f2e-4a8e-9a39-3c1c9e4e1c11",
      "/association/organisations/0b6c2c36-1f2e-4a8e-9a39-3c1c9e4e1c11",
      "/ORGANISATION/export%2Ejson",
      "/customs/overview.csv/",
      "/%63ustoms/organisations/x",
      "/customs/%ff",
    ]) {
      expect(isRateLimitedPath(path), path).toBe(true);
    }
    for (const path of [
      "/",
      "/assessments/x",
      "/assessments/x/report",
      "/customs/organisations",
      "/benchmarks",
      "/settings",
    ]) {
      expect(isRateLimitedPath(path), path).toBe(false);
    }
  });
});

describe.each(BACKENDS)("request rate limits on %s", (backend) => {
  useFreshDatabase(backend);
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    // One proxy in front, as TRUST_PROXY=true sets: the address it adds is the client's.
    app.set("trust proxy", 1);
    app.use(apiRateLimit);
    app.all("*", (_req, res) => {
      res.send("ok");
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const call = (path: string, from: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      headers: { "X-Forwarded-For": from, ...headers },
    });

  it("counts a token against its person, however the header is spelled and whatever cookies come along", async () => {
    const { userId } = await organisationWithAdmin(`token-${backend}@limits.example`);
    const token = await createApiToken({ userId: userId, role: null, organisationId: null, ip: null }, "dashboard");
    const variants: Record<string, string>[] = [
      { Authorization: `Bearer ${token}` },
      { Authorization: `Bearer  ${token}` },
      { Authorization: `Bearer\t${token}` },
      { Authorization: `Bearer ${token}`, Cookie: "junk=1" },
      {
        Authorization: `Bearer ${token}`,
        Cookie: `junk=${Math.random()}; weerbaar=nonsense`,
      },
    ];
    earlyInMinute();
    for (const headers of variants)
      expect((await call("/api/v1/benchmarks/port-logistics", "203.0.113.1", headers)).status).toBe(200);
    const refused = await call("/api/v1/benchmarks/port-logistics", "203.0.113.1", {
      Authorization: `Bearer  ${token}`,
      Cookie: "other=2",
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      error: "rate_limited",
      message: expect.stringContaining("Wacht een minuut"),
    });
    // A second token of the same person shares the count, and so do exports.
    const second = await createApiToken({ userId: userId, role: null, organisationId: null, ip: null }, "second");
    expect(
      (
        await call("/api/v1/benchmarks/port-logistics", "203.0.113.2", {
          Authorization: `Bearer ${second}`,
        })
      ).status,
    ).toBe(429);
  });

  it("counts a session against its person on exports, with junk cookies and spelled-out paths too", async () => {
    const { userId } = await organisationWithAdmin(`session-${backend}@limits.example`);
    const cookie = (await startSession(requestWithCookie(), userId)).split(";")[0]!;
    const paths = [
      "/organisation/export.json",
      "/assessments/0b6c2c36-1f2e-4a8e-9a39-3c1c9e4e1c11/answers.csv",
      "/ORGANISATION/export%2Ejson",
      "/benchmarks/port-logistics.csv",
      "/customs/organisations/0b6c2c36-1f2e-4a8e-9a39-3c1c9e4e1c11",
    ];
    earlyInMinute();
    for (const [i, path] of paths.entries()) {
      expect(
        (
          await call(path, `203.0.113.${10 + i}`, {
            Cookie: `junk${i}=${i}; ${cookie}; extra=${i}`,
          })
        ).status,
      ).toBe(200);
    }
    const refused = await call("/organisation/export.json", "203.0.113.20", {
      Cookie: `${cookie}; more=junk`,
      "Accept-Language": "en",
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Too many requests");
    // Pages outside the list are not counted.
    expect((await call("/assessments/x", "203.0.113.20", { Cookie: cookie })).status).toBe(200);
  });

  it("counts a caller without a person against the client address the proxy reports", async () => {
    earlyInMinute();
    for (let i = 0; i < LIMIT; i++) {
      // A made-up token, junk cookies and a forged first X-Forwarded-For entry change nothing.
      const headers: Record<string, string> =
        i % 2 ? { Authorization: `Bearer wbr_${"x".repeat(43)}` } : { Cookie: `junk=${i}` };
      expect((await call("/benchmarks/port-logistics", `198.51.100.${i}, 203.0.113.30`, headers)).status).toBe(200);
    }
    const refused = await call("/benchmarks/port-logistics", "203.0.113.30", {
      "Accept-Language": "nl",
    });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("Te veel verzoeken");
    expect((await call("/benchmarks/port-logistics", "203.0.113.31")).status).toBe(200);
  });
});
