import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, signUp, verifySignIn } from "~/models/account.server";
import { consume, exhausted, purgeRateLimits } from "~/models/rate-limit.server";
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
    expect(await verifySignIn("other@throttle.example", password, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
