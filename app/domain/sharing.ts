import { z } from "zod";

// Whoever opens a shared report first says why: at least a case or inspection reference.
export const PURPOSE_MIN_LENGTH = 10;
export const PurposeSchema = z.object({ purpose: z.string().trim().min(PURPOSE_MIN_LENGTH).max(300) });

export const CONSENT_RECIPIENTS = ["customs", "association"] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

/** The terms, in months, an admin chooses from when sharing; the consent ends after it. */
export const CONSENT_TERMS = [3, 6, 12, 24] as const;
export type ConsentTerm = (typeof CONSENT_TERMS)[number];
export const DEFAULT_CONSENT_TERM: ConsentTerm = 12;

/** The organisation's admins are told this many days before a consent ends. */
export const CONSENT_ENDING_NOTICE_DAYS = 30;

export type ConsentStatus = "inForce" | "expired" | "replaced" | "revoked";

export interface ConsentPeriod {
  recipient: ConsentRecipient;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * Where a consent stands at `now`. Sharing again ends the consent in force in the same
 * transaction, so a replaced one ends at its successor's start to the microsecond; one that ran
 * out before it was revoked or replaced counts as expired.
 */
export function consentStatus(consent: ConsentPeriod, history: readonly ConsentPeriod[], now: Date): ConsentStatus {
  if (consent.revokedAt ? consent.expiresAt < consent.revokedAt : consent.expiresAt <= now) return "expired";
  if (!consent.revokedAt) return "inForce";
  const replaced = history.some(
    (other) => other.recipient === consent.recipient && other.grantedAt.getTime() === consent.revokedAt!.getTime(),
  );
  return replaced ? "replaced" : "revoked";
}

/** Consents in force that end by this moment are ending soon: their admins are told, their page says so. */
export function consentNoticeHorizon(now: Date): Date {
  return new Date(now.getTime() + CONSENT_ENDING_NOTICE_DAYS * 86_400_000);
}

export function consentEndsSoon(expiresAt: Date, now: Date): boolean {
  return expiresAt <= consentNoticeHorizon(now);
}

/**
 * Where sharing with `recipient` stands: the consent in force, or else the latest one if its term
 * ran out, so sharing again can start from how it was. `history` is newest first.
 */
export function consentStanding<C extends ConsentPeriod>(
  history: readonly C[],
  recipient: ConsentRecipient,
  now: Date,
): { inForce: C | null; expired: C | null } {
  const latest = history.find((consent) => consent.recipient === recipient);
  const status = latest ? consentStatus(latest, history, now) : null;
  return {
    inForce: status === "inForce" ? latest! : null,
    expired: status === "expired" ? latest! : null,
  };
}
