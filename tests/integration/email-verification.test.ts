import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, emailConfirmations, organisations, rateLimits, users } from "../../db/schema";
import { EMAIL_CONFIRMATION_HOURS } from "~/domain/account";
import { requestEmailChange } from "~/models/account.server";
import {
  confirmEmail,
  findEmailConfirmation,
  ACCOUNT_EXISTS_MAIL_LIMIT,
  RESEND_LIMIT,
  resendVerification,
} from "~/models/email-verification.server";
import { acceptInvitation, createInvitation, findInvitation } from "~/models/invitation.server";
import { requestPasswordReset, resetPassword } from "~/models/password-reset.server";
import { hashToken } from "~/models/session.server";
import { action as acceptAction } from "~/routes/invitations.$token";
import { action as signUpAction } from "~/routes/signup";
import { mailedToken, mailsTo, organisationWithAdmin, post } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";
import { stopTheClock } from "../fixtures/clock";

const context = { cspNonce: "", clientAddress: "192.0.2.7" };

async function userOf(email: string) {
  const [user] = await database()
    .select({ id: users.id, email: users.email, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user;
}

const count = async (table: typeof users | typeof organisations | typeof emailConfirmations) =>
  (
    await database()
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
  )[0]?.n;

async function answerOf(response: unknown) {
  if (!(response instanceof Response)) throw new Error("expected a response");
  return { status: response.status, location: response.headers.get("Location"), body: await response.text() };
}

describe.each(BACKENDS)("e-mail verification on %s", (backend) => {
  useFreshDatabase(backend);

  beforeEach(async () => {
    await database().delete(rateLimits);
  });

  it("mails a new admin a single-use link, kept hashed, that confirms the address and is audited", async () => {
    const { userId } = await organisationWithAdmin("new@verify-mail.example");
    expect((await userOf("new@verify-mail.example"))?.emailVerifiedAt).toBeNull();
    expect(await mailsTo("new@verify-mail.example")).toEqual(["verify_email"]);
    const token = (await mailedToken("new@verify-mail.example", "/verify-email"))!;
    const [stored] = await database().select().from(emailConfirmations).where(eq(emailConfirmations.userId, userId));
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await findEmailConfirmation(token)).toEqual({
      email: "new@verify-mail.example",
      purpose: "verify",
      choosePassword: false,
    });
    expect(await confirmEmail({ token, ip: "192.0.2.1" })).toEqual({
      ok: true,
      userId,
      purpose: "verify",
      next: "/organisation?welcome",
    });
    expect((await userOf("new@verify-mail.example"))?.emailVerifiedAt).not.toBeNull();
    const audit = await database().select().from(auditLog).where(eq(auditLog.action, "email_verified"));
    expect(audit).toMatchObject([{ actorUserId: userId, ip: "192.0.2.1" }]);
    // Once only.
    expect(await findEmailConfirmation(token)).toBeNull();
    expect(await confirmEmail({ token, ip: null })).toEqual({ ok: false });
  });

  it("refuses a link after its hours are up", async () => {
    await organisationWithAdmin("late@verify-mail.example");
    const token = (await mailedToken("late@verify-mail.example", "/verify-email"))!;
    const later = new Date(Date.now() + EMAIL_CONFIRMATION_HOURS * 3_600_000 + 1000);
    expect(await findEmailConfirmation(token, later)).toBeNull();
    expect(await confirmEmail({ token, ip: null, now: later })).toEqual({ ok: false });
    expect((await userOf("late@verify-mail.example"))?.emailVerifiedAt).toBeNull();
  });

  it("answers a sign-up with a taken address exactly like a new one, creates nothing and mails the owner", async () => {
    await organisationWithAdmin("owner@verify-mail.example");
    const form = (email: string) => ({
      organisationName: "Kade BV",
      sector: "terminal_operator",
      sizeBand: "10-49",
      region: "moerdijk",
      name: "Someone",
      email,
      password: "zeehaven veilig 2026",
    });
    const before = { users: await count(users), organisations: await count(organisations) };
    const taken = await answerOf(
      await signUpAction({ request: post("/signup", form("Owner@Verify-Mail.example")), context, params: {} }),
    );
    expect({ users: await count(users), organisations: await count(organisations) }).toEqual(before);
    expect(await mailsTo("owner@verify-mail.example")).toEqual(["verify_email", "account_exists"]);

    const fresh = await answerOf(
      await signUpAction({ request: post("/signup", form("fresh@verify-mail.example")), context, params: {} }),
    );
    expect(taken).toEqual(fresh);
    expect(fresh.status).toBe(302);
    expect(fresh.location).toBe("/verify-email?redirectTo=%2Forganisation%3Fwelcome");
    expect(fresh.location).not.toContain("fresh");
    expect(await mailsTo("fresh@verify-mail.example")).toEqual(["verify_email"]);
    expect((await userOf("fresh@verify-mail.example"))?.emailVerifiedAt).toBeNull();

    // Typed in again and again, the taken address gets a few of those mails an hour, and the
    // same answer every time.
    for (let i = 0; i < ACCOUNT_EXISTS_MAIL_LIMIT.limit + 2; i++) {
      const again = await answerOf(
        await signUpAction({ request: post("/signup", form("owner@verify-mail.example")), context, params: {} }),
      );
      expect(again).toEqual(fresh);
    }
    expect((await mailsTo("owner@verify-mail.example")).filter((m) => m === "account_exists")).toHaveLength(
      ACCOUNT_EXISTS_MAIL_LIMIT.limit,
    );
  });

  it("sends the link again to an unconfirmed address, a few times at most, and not once it is confirmed", async () => {
    stopTheClock();
    const { userId } = await organisationWithAdmin("again@verify-mail.example");
    for (let i = 0; i < RESEND_LIMIT.limit; i++)
      expect(await resendVerification({ userId, ip: null })).toEqual({ ok: true });
    expect(await resendVerification({ userId, ip: null })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await mailsTo("again@verify-mail.example")).toHaveLength(1 + RESEND_LIMIT.limit);
    // Each link works on its own; one is enough.
    const token = (await mailedToken("again@verify-mail.example", "/verify-email"))!;
    expect((await confirmEmail({ token, ip: null })).ok).toBe(true);
    await database().delete(rateLimits);
    expect(await resendVerification({ userId, ip: null })).toEqual({ ok: false, reason: "verified" });
  });

  it("counts a followed password reset link as a confirmed address", async () => {
    await organisationWithAdmin("reset@verify-mail.example");
    await requestPasswordReset({ email: "reset@verify-mail.example", ip: null });
    const token = (await mailedToken("reset@verify-mail.example", "/password/reset"))!;
    expect((await resetPassword({ token, password: "a whole new harbour phrase", ip: null })).ok).toBe(true);
    expect((await userOf("reset@verify-mail.example"))?.emailVerifiedAt).not.toBeNull();
  });

  it("changes an address only once the link mailed to the new one is followed, and tells the old one", async () => {
    const actor = await organisationWithAdmin("old@verify-mail.example");
    const staleVerify = (await mailedToken("old@verify-mail.example", "/verify-email"))!;
    expect(await requestEmailChange({ actor, newEmail: "OLD@verify-mail.example" })).toEqual({
      ok: false,
      error: "same_address",
    });
    expect(await requestEmailChange({ actor, newEmail: "new-home@verify-mail.example" })).toEqual({ ok: true });
    expect((await userOf("old@verify-mail.example"))?.id).toBe(actor.userId);
    expect(await mailsTo("old@verify-mail.example")).toEqual(["verify_email", "address_change_notice"]);
    expect(await mailsTo("new-home@verify-mail.example")).toEqual(["confirm_new_address"]);

    const token = (await mailedToken("new-home@verify-mail.example", "/verify-email"))!;
    expect(await findEmailConfirmation(token)).toEqual({
      email: "new-home@verify-mail.example",
      purpose: "change",
      choosePassword: false,
    });
    expect(await confirmEmail({ token, ip: null })).toMatchObject({ ok: true, purpose: "change", next: "/settings" });
    const moved = await userOf("new-home@verify-mail.example");
    expect(moved?.id).toBe(actor.userId);
    expect(moved?.emailVerifiedAt).not.toBeNull();
    expect(await userOf("old@verify-mail.example")).toBeUndefined();
    const audit = await database().select().from(auditLog).where(eq(auditLog.actorUserId, actor.userId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["email_change_requested", "email_changed"]));
    // The old sign-up link can no longer confirm anything, nor move the account back.
    expect(await confirmEmail({ token: staleVerify, ip: null })).toEqual({ ok: false });
    expect(await confirmEmail({ token, ip: null })).toEqual({ ok: false });
  });

  it("answers a change to a taken address alike and mails that address's owner instead", async () => {
    const actor = await organisationWithAdmin("mover@verify-mail.example");
    await organisationWithAdmin("taken@verify-mail.example");
    const confirmationsBefore = await count(emailConfirmations);
    expect(await requestEmailChange({ actor, newEmail: "taken@verify-mail.example" })).toEqual({ ok: true });
    expect(await count(emailConfirmations)).toBe(confirmationsBefore);
    expect(await mailsTo("taken@verify-mail.example")).toEqual(["verify_email", "account_exists"]);
    expect(await mailsTo("mover@verify-mail.example")).toEqual(["verify_email", "address_change_notice"]);
    expect((await userOf("mover@verify-mail.example"))?.id).toBe(actor.userId);
  });

  it("refuses a change link when its address got an account after the link was sent", async () => {
    const actor = await organisationWithAdmin("slow@verify-mail.example");
    await requestEmailChange({ actor, newEmail: "contested@verify-mail.example" });
    const token = (await mailedToken("contested@verify-mail.example", "/verify-email"))!;
    await organisationWithAdmin("contested@verify-mail.example");
    expect(await confirmEmail({ token, ip: null })).toEqual({ ok: false });
    expect((await userOf("slow@verify-mail.example"))?.id).toBe(actor.userId);
  });

  it("answers an invitation for a taken address like any other, uses it up and mails the owner", async () => {
    const inviter = await organisationWithAdmin("inviter@verify-mail.example");
    await organisationWithAdmin("member@verify-mail.example");
    const invite = (email: string) =>
      createInvitation(inviter, { role: "member", email, organisationId: inviter.organisationId, language: "nl" });
    const taken = await invite("member@verify-mail.example");
    const fresh = await invite("joiner@verify-mail.example");
    const accept = async (token: string) =>
      answerOf(
        await acceptAction({
          request: post(`/invitations/${token}`, { name: "Lid", password: "zeehaven veilig 2026" }),
          context,
          params: { token },
        }),
      );
    const usersBefore = await count(users);
    const takenAnswer = await accept(taken.token);
    expect(await count(users)).toBe(usersBefore);
    expect(await mailsTo("member@verify-mail.example")).toEqual(["verify_email", "invitation", "account_exists"]);
    expect(await findInvitation(taken.token)).toEqual({ status: "used" });

    const freshAnswer = await accept(fresh.token);
    expect(takenAnswer).toEqual(freshAnswer);
    expect(freshAnswer).toMatchObject({ status: 302, location: "/invitations/accepted" });
    // The invitation link can be passed on by hand, so it proves nothing about the address.
    expect((await userOf("joiner@verify-mail.example"))?.emailVerifiedAt).toBeNull();
    expect(await mailsTo("joiner@verify-mail.example")).toEqual(["invitation", "verify_email"]);
    expect(await acceptInvitation({ token: fresh.token, name: "Again", ip: null })).toEqual({
      ok: false,
      error: "invitation_invalid",
    });
  });
});
