import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { associationAnalysts, associations, auditLog } from "../../db/schema";
import { getApiAccess, getAccess, requireAccess } from "~/models/access.server";
import { changePassword, verifySignIn } from "~/models/account.server";
import {
  confirmEnrolment,
  disableSecondFactor,
  enrolmentOf,
  hasSecondFactor,
  recoveryCodesLeft,
  SECOND_FACTOR_LIMIT,
  verifySecondFactor,
} from "~/models/second-factor.server";
import {
  CONFIRMATION_VALID_MS,
  confirmSession,
  getUserAwaitingSecondFactor,
  isRecentlyConfirmed,
  startSession,
} from "~/models/session.server";
import { organisationWithAdmin, requestWithCookie, signedInUserId, TEST_PASSWORD } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

const STEP_MS = 30_000;
const codeAt = (secret: string, time: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: time });

/** A user who has turned the second factor on, with the secret and recovery codes it got. */
async function enrolled(email: string, now: number) {
  const { userId } = await organisationWithAdmin(email);
  const enrolment = await enrolmentOf(userId);
  if (!enrolment) throw new Error("no enrolment");
  const result = await confirmEnrolment(userId, codeAt(enrolment.secret, now), null, new Date(now));
  if (!result.ok) throw new Error("enrolment failed");
  return { userId, secret: enrolment.secret, recoveryCodes: result.recoveryCodes };
}

describe.each(BACKENDS)("second factor on %s", (backend) => {
  useFreshDatabase(backend);

  it("keeps one secret until enrolment is confirmed with a code, then hands out ten recovery codes once", async () => {
    const { userId } = await organisationWithAdmin("enrol@example.org");
    const first = await enrolmentOf(userId);
    const again = await enrolmentOf(userId);
    expect(first?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(again?.secret).toBe(first?.secret);
    expect(first?.uri).toContain("otpauth://totp/Weerbaar:enrol%40example.org?");
    expect(first?.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);

    const now = Date.now();
    expect(await confirmEnrolment(userId, "123456", null, new Date(now))).toEqual({ ok: false, reason: "invalid" });
    expect(await hasSecondFactor(userId)).toBe(false);
    const result = await confirmEnrolment(userId, codeAt(first!.secret, now), null, new Date(now));
    expect(result.ok && result.recoveryCodes).toHaveLength(10);
    expect(await hasSecondFactor(userId)).toBe(true);
    expect(await enrolmentOf(userId)).toBeNull();
    const actions = await database()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.actorUserId, userId));
    expect(actions.map((a) => a.action)).toContain("second_factor_enabled");
  });

  it("accepts each code once, next steps too, and refuses replays and far-off codes", async () => {
    const now = Date.now();
    const { userId, secret } = await enrolled("codes@example.org", now);
    // The code used to confirm enrolment is spent.
    expect(await verifySecondFactor(userId, codeAt(secret, now), null, new Date(now))).toEqual({
      ok: false,
      reason: "invalid",
    });
    const next = now + STEP_MS;
    expect(await verifySecondFactor(userId, codeAt(secret, next), null, new Date(now))).toEqual({
      ok: true,
      usedRecoveryCode: false,
    });
    expect(await verifySecondFactor(userId, codeAt(secret, next), null, new Date(now))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifySecondFactor(userId, codeAt(secret, now + 5 * STEP_MS), null, new Date(now))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("takes a recovery code once, however it is typed", async () => {
    const now = Date.now();
    const { userId, recoveryCodes } = await enrolled("recovery@example.org", now);
    const code = recoveryCodes[0]!;
    expect(await verifySecondFactor(userId, ` ${code.toUpperCase()} `, null)).toEqual({
      ok: true,
      usedRecoveryCode: true,
    });
    expect(await verifySecondFactor(userId, code, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(userId, recoveryCodes[1]!.replace("-", ""), null)).toEqual({
      ok: true,
      usedRecoveryCode: true,
    });
  });

  it("stops checking codes after ten wrong ones, the right one included", async () => {
    const now = Date.now();
    const { userId, secret } = await enrolled("guess@example.org", now);
    for (let i = 0; i < 10; i++) await verifySecondFactor(userId, String(100000 + i), null, new Date(now));
    const result = await verifySecondFactor(userId, codeAt(secret, now + STEP_MS), null, new Date(now));
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("turns the second factor off only with a current code or an unused recovery code, and throttles wrong ones", async () => {
    const now = Date.now();
    const { userId, secret } = await enrolled("disable@example.org", now);
    for (const wrong of ["", "000000", codeAt(secret, now), "abcde-fghjk"]) {
      expect(await disableSecondFactor(userId, wrong, null, new Date(now))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await hasSecondFactor(userId)).toBe(true);
    expect(await recoveryCodesLeft(userId)).toBe(10);
    expect(await disableSecondFactor(userId, codeAt(secret, now + STEP_MS), null, new Date(now))).toEqual({
      ok: true,
      usedRecoveryCode: false,
    });
    expect(await hasSecondFactor(userId)).toBe(false);

    const again = await enrolled("disable-recovery@example.org", now);
    expect(await disableSecondFactor(again.userId, again.recoveryCodes[3]!, null)).toEqual({
      ok: true,
      usedRecoveryCode: true,
    });
    expect(await hasSecondFactor(again.userId)).toBe(false);

    // Wrong codes here count with those at sign-in: after the limit even a right code is refused.
    const guessed = await enrolled("disable-guess@example.org", now);
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        disableSecondFactor(guessed.userId, String(300000 + i), null, new Date(now)),
      ),
    );
    expect(attempts.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(SECOND_FACTOR_LIMIT.limit);
    expect(await disableSecondFactor(guessed.userId, guessed.recoveryCodes[0]!, null, new Date(now))).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await hasSecondFactor(guessed.userId)).toBe(true);
  });

  it("opens a session only once the second factor is in", async () => {
    const { userId } = await organisationWithAdmin("pending@example.org");
    const cookie = await startSession(requestWithCookie(), userId, { awaitingSecondFactor: true });
    expect(await signedInUserId(cookie)).toBeNull();
    expect(await getUserAwaitingSecondFactor(requestWithCookie(cookie))).toBe(userId);
    const full = await startSession(requestWithCookie(cookie), userId);
    expect(await getUserAwaitingSecondFactor(requestWithCookie(cookie))).toBeNull();
    expect(await signedInUserId(full)).toBe(userId);
  });

  it("sends an analyst without a second factor to set one up, and keeps the API closed to them", async () => {
    const { userId } = await organisationWithAdmin("analyst-2fa@example.org");
    const [association] = await database()
      .insert(associations)
      .values({ name: "Second factor association" })
      .returning();
    await database().insert(associationAnalysts).values({ userId, associationId: association!.id });
    const cookie = await startSession(requestWithCookie(), userId);
    const thrown = await requireAccess(requestWithCookie(cookie, "http://localhost/benchmarks/x")).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("Location")).toBe("/settings/two-factor?redirectTo=%2Fbenchmarks%2Fx");
    expect(await getApiAccess(requestWithCookie(cookie))).toBeNull();

    const enrolment = await enrolmentOf(userId);
    await confirmEnrolment(userId, codeAt(enrolment!.secret, Date.now()), null);
    expect((await requireAccess(requestWithCookie(cookie))).secondFactor).toBe(true);
    expect(await getApiAccess(requestWithCookie(cookie))).not.toBeNull();
  });

  it("counts a typed password for sensitive steps for ten minutes", async () => {
    const { userId } = await organisationWithAdmin("confirm@example.org");
    const request = requestWithCookie(await startSession(requestWithCookie(), userId));
    expect(await isRecentlyConfirmed(request)).toBe(false);
    await confirmSession(request);
    expect(await isRecentlyConfirmed(request)).toBe(true);
    expect(await isRecentlyConfirmed(request, new Date(Date.now() + CONFIRMATION_VALID_MS + 1000))).toBe(false);
  });

  it("ends every session on a password change and takes only the new password", async () => {
    const { userId } = await organisationWithAdmin("change@example.org");
    const cookies = [await startSession(requestWithCookie(), userId), await startSession(requestWithCookie(), userId)];
    await changePassword({ userId, role: null, organisationId: null, ip: null }, "a brand new passphrase");
    for (const cookie of cookies) expect(await getAccess(requestWithCookie(cookie))).toBeNull();
    expect((await verifySignIn("change@example.org", TEST_PASSWORD, null)).ok).toBe(false);
    expect((await verifySignIn("change@example.org", "a brand new passphrase", null)).ok).toBe(true);
  });
});
