import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, mailOutbox, rateLimits, users } from "../../db/schema";
import { PASSWORD_RESET_MINUTES } from "~/domain/account";
import { verifySignIn } from "~/models/account.server";
import {
  findPasswordReset,
  PASSWORD_RESET_LIMITS,
  requestPasswordReset,
  resetPassword,
} from "~/models/password-reset.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, requestWithCookie, signedInUserId, TEST_PASSWORD } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";
import { stopTheClock } from "../fixtures/clock";
import { tamperedToken } from "../fixtures/tokens";

const NEW_PASSWORD = "a whole new harbour phrase";

/** The token in the link of the newest reset mail to `email`, read from the outbox as a mailbox would. */
async function tokenMailedTo(email: string): Promise<string> {
  const mails = await database()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.template, "password_reset")));
  const text = mails.at(-1)?.textBody ?? "";
  const token = /\/password\/reset\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error(`no reset link mailed to ${email}`);
  return token;
}

describe.each(BACKENDS)("password reset on %s", (backend) => {
  useFreshDatabase(backend);

  beforeEach(async () => {
    await database().delete(rateLimits);
  });

  // Each sign-up also mails a link to confirm the address; only the reset mails count here.
  const resetMails = (recipient?: string) =>
    database()
      .select()
      .from(mailOutbox)
      .where(
        and(eq(mailOutbox.template, "password_reset"), recipient ? eq(mailOutbox.recipient, recipient) : undefined),
      );

  it("answers the same for an unknown address and mails only a known one", async () => {
    const { userId } = await organisationWithAdmin("known@reset.example");
    // The mail is in the account's language, whatever language the request came in.
    await database().update(users).set({ language: "en" }).where(eq(users.id, userId));
    const known = await requestPasswordReset({ email: "Known@Reset.example", ip: "192.0.2.10" });
    const unknown = await requestPasswordReset({ email: "nobody@reset.example", ip: "192.0.2.10" });
    expect(unknown).toEqual(known);
    expect(known).toEqual({ ok: true });
    const mails = await resetMails();
    expect(mails.map((m) => [m.recipient, m.language, m.template])).toEqual([
      ["known@reset.example", "en", "password_reset"],
    ]);
    expect(mails[0]!.textBody).toMatch(/^http:\/\/localhost:\d+\/password\/reset\/[A-Za-z0-9_-]{43}$/m);
    const entries = await database().select().from(auditLog).where(eq(auditLog.action, "password_reset_requested"));
    expect(entries.map((e) => e.success)).toEqual([true, false]);
  });

  it("keeps only a hash of the token, and the link opens the reset for its account", async () => {
    await organisationWithAdmin("hash@reset.example");
    await requestPasswordReset({ email: "hash@reset.example", ip: null });
    const token = await tokenMailedTo("hash@reset.example");
    const stored = JSON.stringify(await database().execute("select * from password_resets"));
    expect(stored).not.toContain(token);
    expect(await findPasswordReset(token)).toEqual({ email: "hash@reset.example" });
    expect(await findPasswordReset(tamperedToken(token))).toBeNull();
  });

  it("sets the new password, ends every session and works once", async () => {
    const admin = await organisationWithAdmin("once@reset.example");
    const sessions = await Promise.all([
      startSession(requestWithCookie(), admin.userId),
      startSession(requestWithCookie(), admin.userId),
    ]);
    expect(await signedInUserId(sessions[0])).toBe(admin.userId);
    await requestPasswordReset({ email: "once@reset.example", ip: null });
    await requestPasswordReset({ email: "once@reset.example", ip: null });
    const [first, second] = await database()
      .select({ text: mailOutbox.textBody })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, "once@reset.example"), eq(mailOutbox.template, "password_reset")));
    const tokenOf = (text: string | null | undefined) => /\/password\/reset\/([A-Za-z0-9_-]{43})/.exec(text ?? "")![1]!;

    expect(await resetPassword({ token: tokenOf(second?.text), password: NEW_PASSWORD, ip: "192.0.2.20" })).toEqual({
      ok: true,
      userId: admin.userId,
    });
    for (const cookie of sessions) expect(await signedInUserId(cookie)).toBeNull();
    expect(await verifySignIn("once@reset.example", TEST_PASSWORD, null)).toMatchObject({ ok: false });
    expect(await verifySignIn("once@reset.example", NEW_PASSWORD, null)).toMatchObject({ ok: true });

    // The same link again, and the earlier link of the same person, no longer work.
    expect(
      await resetPassword({ token: tokenOf(second?.text), password: "yet another phrase here", ip: null }),
    ).toEqual({ ok: false });
    expect(await findPasswordReset(tokenOf(first?.text))).toBeNull();
    expect(await resetPassword({ token: tokenOf(first?.text), password: "yet another phrase here", ip: null })).toEqual(
      { ok: false },
    );
    expect(await verifySignIn("once@reset.example", NEW_PASSWORD, null)).toMatchObject({ ok: true });
    const [entry] = await database().select().from(auditLog).where(eq(auditLog.action, "password_reset"));
    expect(entry).toMatchObject({ actorUserId: admin.userId, ip: "192.0.2.20", success: true });
  });

  it("refuses a link after its 30 minutes", async () => {
    await organisationWithAdmin("late@reset.example");
    const asked = new Date();
    await requestPasswordReset({ email: "late@reset.example", ip: null, now: asked });
    const token = await tokenMailedTo("late@reset.example");
    const justInTime = new Date(asked.getTime() + PASSWORD_RESET_MINUTES * 60_000 - 1000);
    const late = new Date(asked.getTime() + PASSWORD_RESET_MINUTES * 60_000);
    expect(await findPasswordReset(token, justInTime)).not.toBeNull();
    expect(await findPasswordReset(token, late)).toBeNull();
    expect(await resetPassword({ token, password: NEW_PASSWORD, ip: null, now: late })).toEqual({ ok: false });
    expect(await verifySignIn("late@reset.example", TEST_PASSWORD, null)).toMatchObject({ ok: true });
  });

  it("mails nothing for a deactivated account, and its open link stops working", async () => {
    const admin = await organisationWithAdmin("gone@reset.example");
    await requestPasswordReset({ email: "gone@reset.example", ip: null });
    const token = await tokenMailedTo("gone@reset.example");
    await database().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, admin.userId));
    expect(await requestPasswordReset({ email: "gone@reset.example", ip: null })).toEqual({ ok: true });
    expect(await resetMails("gone@reset.example")).toHaveLength(1);
    expect(await findPasswordReset(token)).toBeNull();
    expect(await resetPassword({ token, password: NEW_PASSWORD, ip: null })).toEqual({ ok: false });
  });

  it("throttles per address, known or not, and per client", async () => {
    stopTheClock();
    await organisationWithAdmin("busy@reset.example");
    for (const email of ["busy@reset.example", "nobody-busy@reset.example"]) {
      for (let i = 0; i < PASSWORD_RESET_LIMITS.account.limit; i++) {
        expect(await requestPasswordReset({ email, ip: null })).toEqual({ ok: true });
      }
      expect(await requestPasswordReset({ email, ip: null })).toMatchObject({
        ok: false,
        reason: "throttled",
      });
    }
    const mailed = await resetMails("busy@reset.example");
    expect(mailed).toHaveLength(PASSWORD_RESET_LIMITS.account.limit);

    for (let i = 0; i < PASSWORD_RESET_LIMITS.address.limit; i++) {
      await requestPasswordReset({ email: `many-${i}@reset.example`, ip: "192.0.2.99" });
    }
    expect(await requestPasswordReset({ email: "one-more@reset.example", ip: "192.0.2.99" })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await requestPasswordReset({ email: "one-more@reset.example", ip: "192.0.2.100" })).toEqual({
      ok: true,
    });
  });
});
