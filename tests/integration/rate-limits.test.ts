import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, signUp, verifySignIn } from "~/models/account.server";
import { consume, exhausted, purgeRateLimits } from "~/models/rate-limit.server";
import { confirmEnrolment, enrolmentOf, SECOND_FACTOR_LIMIT, verifySecondFactor } from "~/models/second-factor.server";
import { organisationWithAdmin, TEST_PASSWORD } from "../fixtures/accounts";
import { stopTheClock } from "../fixtures/clock";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("throttling on %s", (backend) => {
  useFreshDatabase(backend);

  it("counts per key and window and forgets old windows", async () => {
    const limit = { limit: 3, windowSeconds: 60 };
    const at = new Date("2030-01-01T10:00:10Z");
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await consume("test:a", limit, at));
    expect(states.map((s) => s.allowed)).toEqual([true, true, true, false]);
    expect(states[3]?.retryAfter).toBe(50);
    expect((await consume("test:b", limit, at)).allowed).toBe(true);
    expect((await exhausted("test:a", limit, new Date("2030-01-01T10:01:00Z"))).allowed).toBe(true);
    expect(await purgeRateLimits(new Date("2030-01-03T00:00:00Z"))).toBe(2);
  });

  it("refuses sign-in after repeated failures for an address, known or not, and the right password too", async () => {
    stopTheClock();
    const password = "correct horse battery";
    const account = await signUp({
      organisation: { name: "Throttle BV", sector: "terminal_operator", sizeBand: "10-49", region: "moerdijk" },
      name: "Admin",
      email: "admin@throttle.example",
      password,
      ip: null,
    });
    expect(account.ok).toBe(true);
    for (const email of ["admin@throttle.example", "nobody@throttle.example"]) {
      for (let i = 0; i < SIGN_IN_LIMITS.account.limit; i++) {
        expect(await verifySignIn(email, "wrong password!", "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
      }
      const refused = await verifySignIn(email, password, "192.0.2.7");
      expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    }
    // Another address signs in as usual: the limit is per typed address, not global.
    expect(await verifySignIn("other@throttle.example", password, "192.0.2.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("checks at most the limit of 50 parallel wrong passwords for one typed address, known or not", async () => {
    stopTheClock();
    const account = await signUp({
      organisation: { name: "Parallel BV", sector: "terminal_operator", sizeBand: "10-49", region: "moerdijk" },
      name: "Admin",
      email: "admin@parallel.example",
      password: "correct horse battery",
      ip: null,
    });
    expect(account.ok).toBe(true);
    for (const email of ["admin@parallel.example", "nobody@parallel.example"]) {
      // Each from its own client address, so only the per-address limit of the typed address applies.
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => verifySignIn(email, `wrong password ${i}`, `198.51.100.${i}`)),
      );
      const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
      // Every attempt is counted before its check: exactly the limit is checked, never more.
      expect(checked).toBe(SIGN_IN_LIMITS.account.limit);
      expect(checked + results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(50);
    }
  });

  it("checks at most the limit of parallel wrong passwords from one client address", async () => {
    stopTheClock();
    const attempts = SIGN_IN_LIMITS.address.limit + 50;
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        verifySignIn(`guess-${i}@parallel.example`, "wrong password!", "203.0.113.9"),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBe(SIGN_IN_LIMITS.address.limit);
  });

  it("checks at most the limit of 50 parallel wrong codes, at sign-in and at enrolment", async () => {
    const now = Date.now();
    const { userId: enrolling } = await organisationWithAdmin("enrolling@parallel.example");
    await enrolmentOf(enrolling);
    const atEnrolment = await Promise.all(
      Array.from({ length: 50 }, (_, i) => confirmEnrolment(enrolling, String(100000 + i), null, new Date(now))),
    );
    expect(atEnrolment.filter((r) => !r.ok && r.reason === "invalid").length).toBe(SECOND_FACTOR_LIMIT.limit);

    const { userId } = await organisationWithAdmin("codes@parallel.example");
    const enrolment = await enrolmentOf(userId);
    const confirmed = await confirmEnrolment(
      userId,
      new TOTP({ secret: Secret.fromBase32(enrolment!.secret) }).generate({ timestamp: now }),
      null,
      new Date(now),
    );
    expect(confirmed.ok).toBe(true);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => verifySecondFactor(userId, String(200000 + i), null, new Date(now))),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBe(SECOND_FACTOR_LIMIT.limit);
  });

  it("counts failures only: a right password takes its own count back", async () => {
    stopTheClock();
    const email = "refund@parallel.example";
    await organisationWithAdmin(email);
    const limit = SIGN_IN_LIMITS.account.limit;
    for (let i = 0; i < limit - 1; i++) expect((await verifySignIn(email, "wrong password!", null)).ok).toBe(false);
    expect((await verifySignIn(email, TEST_PASSWORD, null)).ok).toBe(true);
    expect(await verifySignIn(email, "wrong password!", null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn(email, TEST_PASSWORD, null)).toMatchObject({ ok: false, reason: "throttled" });
  });
});
