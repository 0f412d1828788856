import { describe, expect, it } from "vitest";
import { consentEndsSoon, consentStanding, consentStatus, type ConsentPeriod } from "~/domain/sharing";

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const consent = (granted: string, expires: string, revoked: string | null = null): ConsentPeriod => ({
  recipient: "customs",
  grantedAt: at(granted),
  expiresAt: at(expires),
  revokedAt: revoked ? at(revoked) : null,
});

describe("consentStatus", () => {
  const now = at("2027-03-01");

  it("is in force until its term ends, and expired from that moment", () => {
    const running = consent("2026-12-01", "2027-03-02");
    expect(consentStatus(running, [running], now)).toBe("inForce");
    const ended = consent("2026-12-01", "2027-03-01");
    expect(consentStatus(ended, [ended], now)).toBe("expired");
  });

  it("tells a revocation from a replacement by the successor starting at the same moment", () => {
    const revoked = consent("2026-12-01", "2027-12-01", "2027-01-15");
    expect(consentStatus(revoked, [revoked], now)).toBe("revoked");
    const successor = consent("2027-01-15", "2028-01-15");
    expect(consentStatus(revoked, [successor, revoked], now)).toBe("replaced");
  });

  it("counts a consent that ran out before it was shared again as expired, not replaced", () => {
    const ranOut = consent("2026-03-01", "2026-09-01", "2027-01-15");
    const successor = consent("2027-01-15", "2028-01-15");
    expect(consentStatus(ranOut, [successor, ranOut], now)).toBe("expired");
  });

  it("keeps a consent that ends at its revocation as revoked (the term of consents from before terms)", () => {
    const legacy = consent("2025-01-01", "2026-06-01", "2026-06-01");
    expect(consentStatus(legacy, [legacy], now)).toBe("revoked");
  });
});

describe("consentEndsSoon", () => {
  it("is true from 30 days before the end", () => {
    const now = at("2027-03-01");
    expect(consentEndsSoon(at("2027-03-31"), now)).toBe(true);
    expect(consentEndsSoon(at("2027-04-01"), now)).toBe(false);
  });
});

describe("consentStanding", () => {
  const now = at("2027-03-01");

  it("gives the consent in force, or else the latest one whose term ran out, per recipient", () => {
    const customs = consent("2026-12-01", "2027-12-01");
    const ranOut = { ...consent("2026-01-01", "2027-01-01"), recipient: "association" as const };
    const history = [customs, ranOut];
    expect(consentStanding(history, "customs", now)).toEqual({ inForce: customs, expired: null });
    expect(consentStanding(history, "association", now)).toEqual({ inForce: null, expired: ranOut });
  });

  it("gives neither after a revocation or without any consent", () => {
    const revoked = consent("2026-12-01", "2027-12-01", "2027-01-15");
    expect(consentStanding([revoked], "customs", now)).toEqual({ inForce: null, expired: null });
    expect(consentStanding([], "customs", now)).toEqual({ inForce: null, expired: null });
  });
});
