import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { database, type Database } from "../../db/client";
import { recoveryCodes, users } from "../../db/schema";
import { personActor, recordAudit } from "./audit.server";
import { consume, limitKey, refund, type Limit, type LimitState } from "./rate-limit.server";

const ISSUER = "Weerbaar";
const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

// A 6-digit code cannot be guessed in this many tries.
export const SECOND_FACTOR_LIMIT: Limit = { limit: 10, windowSeconds: 15 * 60 };

function totpOf(secret: string, email: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: 30,
  });
}

const hashCode = (code: string) => createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");

function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

async function secondFactorOf(userId: string) {
  const [user] = await database()
    .select({ email: users.email, secret: users.totpSecret, confirmedAt: users.totpConfirmedAt })
    .from(users)
    .where(eq(users.id, userId));
  return user;
}

export async function hasSecondFactor(userId: string): Promise<boolean> {
  return Boolean((await secondFactorOf(userId))?.confirmedAt);
}

export interface Enrolment {
  secret: string;
  uri: string;
  qrCode: string;
}

// Kept from the first visit until confirmed, so a reload shows the same QR code.
export async function enrolmentOf(userId: string): Promise<Enrolment | null> {
  const user = await secondFactorOf(userId);
  if (!user || user.confirmedAt) return null;
  let secret = user.secret;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    await database()
      .update(users)
      .set({ totpSecret: secret })
      .where(and(eq(users.id, userId), isNull(users.totpConfirmedAt)));
  }
  const uri = totpOf(secret, user.email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

// One time step either side for clock drift; only codes newer than the last, so each works once.
async function acceptCode(userId: string, secret: string, email: string, code: string, now: Date): Promise<boolean> {
  const totp = totpOf(secret, email);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return false;
  const step = totp.counter({ timestamp: now.getTime() }) + delta;
  const updated = await database()
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return updated.length > 0;
}

export type ConfirmResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: "invalid" | "throttled" };

// Counted before the check, in one statement, so parallel guesses cannot all pass the limit;
// `takeBack` leaves the counter holding wrong codes only.
async function countCodeAttempt(
  userId: string,
  now: Date,
): Promise<{ state: LimitState; takeBack: () => Promise<void> }> {
  const key = limitKey("second-factor", userId);
  const state = await consume(key, SECOND_FACTOR_LIMIT, now);
  return { state, takeBack: () => refund(key, SECOND_FACTOR_LIMIT, now) };
}

export async function confirmEnrolment(
  userId: string,
  code: string,
  ip: string | null,
  now = new Date(),
): Promise<ConfirmResult> {
  const attempt = await countCodeAttempt(userId, now);
  if (!attempt.state.allowed) {
    await attempt.takeBack();
    return { ok: false, reason: "throttled" };
  }
  const user = await secondFactorOf(userId);
  if (!user?.secret || user.confirmedAt || !(await acceptCode(userId, user.secret, user.email, code.trim(), now))) {
    return { ok: false, reason: "invalid" };
  }
  await attempt.takeBack();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await database().transaction(async (tx) => {
    await tx.update(users).set({ totpConfirmedAt: now }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashCode(c) })));
    await recordAudit(personActor(userId, ip), { action: "second_factor_enabled" }, tx);
  });
  return { ok: true, recoveryCodes: codes };
}

export type VerifyResult =
  | { ok: true; usedRecoveryCode: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfter: number };

export async function verifySecondFactor(
  userId: string,
  input: string,
  ip: string | null,
  now = new Date(),
): Promise<VerifyResult> {
  const { state, takeBack } = await countCodeAttempt(userId, now);
  if (!state.allowed) {
    await takeBack();
    await recordAudit(personActor(userId, ip), {
      action: "second_factor_checked",
      success: false,
      details: { throttled: true },
    });
    return { ok: false, reason: "throttled", retryAfter: state.retryAfter };
  }
  const user = await secondFactorOf(userId);
  let result: VerifyResult = { ok: false, reason: "invalid" };
  if (user?.secret && user.confirmedAt) {
    const code = input.trim();
    if (/^\d{6}$/.test(code)) {
      if (await acceptCode(userId, user.secret, user.email, code, now)) result = { ok: true, usedRecoveryCode: false };
    } else {
      const used = await database()
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(recoveryCodes.userId, userId),
            eq(recoveryCodes.codeHash, hashCode(code)),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ userId: recoveryCodes.userId });
      if (used.length > 0) result = { ok: true, usedRecoveryCode: true };
    }
  }
  await recordAudit(personActor(userId, ip), {
    action: "second_factor_checked",
    success: result.ok,
    details: result.ok ? { recoveryCode: result.usedRecoveryCode } : undefined,
  });
  if (result.ok) await takeBack();
  return result;
}

export async function recoveryCodesLeft(userId: string): Promise<number> {
  const rows = await database()
    .select({ hash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

// A stolen password and session alone cannot remove it; wrong codes count as at sign-in.
export async function disableSecondFactor(
  userId: string,
  code: string,
  ip: string | null,
  now = new Date(),
): Promise<VerifyResult> {
  const check = await verifySecondFactor(userId, code, ip, now);
  if (!check.ok) return check;
  await database().transaction(async (tx) => {
    await removeSecondFactor(tx, userId);
    await recordAudit(personActor(userId, ip), { action: "second_factor_disabled" }, tx);
  });
  return check;
}

/**
 * Takes away a person's second factor and recovery codes, in the caller's transaction: when they
 * turn it off, or when a platform admin resets a lost one. The person, or null if they had none.
 */
export async function removeSecondFactor(tx: Pick<Database, "update" | "delete">, userId: string) {
  const [person] = await tx
    .update(users)
    .set({ totpSecret: null, totpConfirmedAt: null, totpLastStep: null })
    .where(and(eq(users.id, userId), isNotNull(users.totpSecret)))
    .returning({ name: users.name, email: users.email, language: users.language });
  if (!person) return null;
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return person;
}
