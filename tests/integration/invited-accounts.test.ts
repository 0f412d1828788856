import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, emailConfirmations, invitations, mailOutbox, rateLimits, users } from "../../db/schema";
import { getAccess } from "~/models/access.server";
import { SIGN_IN_LIMITS, signUp, verifySignIn } from "~/models/account.server";
import { confirmEmail } from "~/models/email-verification.server";
import { createAssociation } from "~/models/association.server";
import { deleteOrganisation, exportOrganisation } from "~/models/organisation-data.server";
import { acceptInvitation, createInvitation, findInvitation, listOpenInvitations } from "~/models/invitation.server";
import { listMembers } from "~/models/organisation.server";
import { hashPassword } from "~/models/password.server";
import { requestPasswordReset, resetPassword } from "~/models/password-reset.server";
import { purge } from "~/models/purge.server";
import { startSession } from "~/models/session.server";
import { action as acceptAction } from "~/routes/invitations.$token";
import { action as confirmAction, loader as confirmLoader } from "~/routes/verify-email.$token";
import {
  confirmMailedAddress,
  mailedToken,
  mailsTo,
  organisationWithAdmin,
  post,
  requestWithCookie,
} from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";
import { stopTheClock } from "../fixtures/clock";

const CHOSEN = "zeehaven veilig 2026";
const NEW_PASSWORD = "kademuur sterk 2027";
const context = { cspNonce: "", clientAddress: "192.0.2.9" };

describe.each(BACKENDS)("accounts made from an invitation on %s", (backend) => {
  useFreshDatabase(backend);

  beforeEach(async () => {
    await database().delete(rateLimits);
  });

  /** An organisation whose admin invited `email` as a member, the invitation accepted (by anyone). */
  async function acceptedMember(adminEmail: string, email: string) {
    const admin = await organisationWithAdmin(adminEmail);
    const { token } = await createInvitation(admin, {
      role: "member",
      email,
      organisationId: admin.organisationId,
      language: "nl",
    });
    const joined = await acceptInvitation({ token, name: "Lid", ip: null });
    if (!joined.ok) throw new Error("acceptance failed");
    return { admin, userId: joined.userId };
  }

  /** What the inviting admin can see of their organisation. */
  const inviterView = async (organisationId: string) => ({
    members: (await listMembers({ organisationId })).map((m) => [m.name, m.role]),
    open: (await listOpenInvitations({ organisationId })).map((i) => i.email),
  });

  it("shows the inviter the same whether the address had an account, until the new one is confirmed", async () => {
    const admin = await organisationWithAdmin("admin@invited.example");
    await organisationWithAdmin("taken@invited.example");
    const invite = (email: string) =>
      createInvitation(admin, { role: "member", email, organisationId: admin.organisationId, language: "nl" });
    const taken = await invite("taken@invited.example");
    const fresh = await invite("fresh@invited.example");
    const before = await inviterView(admin.organisationId);

    // The admin copies both links and uses them.
    const takenAnswer = await acceptInvitation({ token: taken.token, name: "Stiekem", ip: null });
    const afterTaken = await inviterView(admin.organisationId);
    const freshAnswer = await acceptInvitation({ token: fresh.token, name: "Stiekem", ip: null });
    const afterFresh = await inviterView(admin.organisationId);
    expect(takenAnswer.ok).toBe(false);
    expect(freshAnswer.ok).toBe(true);
    expect(afterTaken.members).toEqual(before.members);
    expect(afterFresh.members).toEqual(before.members);
    expect(afterTaken.open).toEqual(["fresh@invited.example"]);
    expect(afterFresh.open).toEqual([]);
    // Nothing the admin typed lets anyone in, the same way a wrong password does not.
    expect(await verifySignIn("taken@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn("fresh@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });

    // Only the mailbox's owner can confirm, choosing the password; then the account signs in and is a member.
    await confirmMailedAddress("fresh@invited.example", NEW_PASSWORD);
    const signedIn = await verifySignIn("fresh@invited.example", NEW_PASSWORD, null);
    expect(signedIn.ok).toBe(true);
    expect((await inviterView(admin.organisationId)).members).toEqual([
      ["Admin", "admin"],
      ["Stiekem", "member"],
    ]);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const access = await getAccess(requestWithCookie(await startSession(requestWithCookie(), signedIn.userId)));
    expect(access?.organisation).toMatchObject({ id: admin.organisationId, role: "member" });
  });

  it("keeps the organisation's exported trail the same whether the address had an account", async () => {
    const trailAfter = async (email: string, taken: boolean) => {
      const admin = await organisationWithAdmin(`trail-admin-${email}`);
      if (taken) await organisationWithAdmin(email);
      const { token } = await createInvitation(admin, {
        role: "member",
        email,
        organisationId: admin.organisationId,
        language: "nl",
      });
      await acceptInvitation({ token, name: "Lid", ip: null });
      const exported = await exportOrganisation({ organisationId: admin.organisationId });
      return exported.auditTrail.map((e) => [e.action, e.actorUserId === admin.userId, e.success, e.details]);
    };
    expect(await trailAfter("trail-taken@invited.example", true)).toEqual(
      await trailAfter("trail-free@invited.example", false),
    );
  });

  it("deletes with the organisation the accounts invited to it that never confirmed their address", async () => {
    const { admin, userId } = await acceptedMember("gone-admin@invited.example", "gone@invited.example");
    await deleteOrganisation(admin);
    expect(await database().select().from(users).where(eq(users.id, userId))).toEqual([]);
  });

  it("counts refused sign-ins of an unconfirmed invited account toward the lockout, like wrong passwords", async () => {
    stopTheClock();
    await acceptedMember("lockout-admin@invited.example", "lockout@invited.example");
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit; i++) {
      expect(await verifySignIn("lockout@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifySignIn("lockout@invited.example", CHOSEN, null)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it("lets a password reset confirm the address and give the role, once", async () => {
    const { admin, userId } = await acceptedMember("reset-admin@invited.example", "reset@invited.example");
    // The confirmation link's role waits through a purge.
    await purge();
    expect(await database().select().from(invitations).where(eq(invitations.usedBy, userId))).toHaveLength(1);

    const reset = async () => {
      await requestPasswordReset({ email: "reset@invited.example", ip: null });
      const resetToken = (await mailedToken("reset@invited.example", "/password/reset"))!;
      expect(await resetPassword({ token: resetToken, password: NEW_PASSWORD, ip: null })).toMatchObject({ ok: true });
    };
    await reset();
    expect((await verifySignIn("reset@invited.example", NEW_PASSWORD, null)).ok).toBe(true);
    expect((await listMembers({ organisationId: admin.organisationId })).map((m) => m.name)).toEqual(["Admin", "Lid"]);
    // Given once: demoted or moved on later, nothing waits to be given again.
    expect(await database().select().from(invitations).where(eq(invitations.usedBy, userId))).toEqual([]);
  });

  it("gives analysts and customs reviewers their role only once their address is confirmed", async () => {
    const platform = { ...(await organisationWithAdmin("platform@invited.example")), role: "platform_admin" as const };
    const associationId = await createAssociation(platform, { name: "Havens", sectors: ["terminal_operator"] });
    const analyst = await createInvitation(platform, {
      role: "analyst",
      email: "analyst@invited.example",
      associationId,
      language: "nl",
    });
    const reviewer = await createInvitation(platform, {
      role: "customs_reviewer",
      email: "reviewer@invited.example",
      language: "nl",
    });
    const a = await acceptInvitation({ token: analyst.token, name: "Analist", ip: null });
    const r = await acceptInvitation({ token: reviewer.token, name: "Reviewer", ip: null });
    if (!a.ok || !r.ok) throw new Error("acceptance failed");
    const accessOf = async (userId: string) =>
      getAccess(requestWithCookie(await startSession(requestWithCookie(), userId)));
    expect(await accessOf(a.userId)).toMatchObject({ associationIds: [], customsReviewer: false });
    expect(await accessOf(r.userId)).toMatchObject({ associationIds: [], customsReviewer: false });
    await confirmMailedAddress("analyst@invited.example");
    await confirmMailedAddress("reviewer@invited.example");
    expect(await accessOf(a.userId)).toMatchObject({ associationIds: [associationId], customsReviewer: false });
    expect(await accessOf(r.userId)).toMatchObject({ associationIds: [], customsReviewer: true });
    // The link, opened again, says it was used; it does not pretend never to have existed.
    expect(await findInvitation(analyst.token)).toEqual({ status: "used" });
    expect(await findInvitation(reviewer.token)).toEqual({ status: "used" });
  });

  it("lets the owner of the address, not whoever used the invitation link, choose the password", async () => {
    const admin = await organisationWithAdmin("chooser-admin@invited.example");
    const { token } = await createInvitation(admin, {
      role: "member",
      email: "chooser@invited.example",
      organisationId: admin.organisationId,
      language: "nl",
    });
    // The inviter opens the copied link and types a password of their own, as the form once asked.
    const accepted = await acceptAction({
      request: post(`/invitations/${token}`, { name: "Lid", password: CHOSEN }),
      context,
      params: { token },
    });
    expect(accepted).toMatchObject({ status: 302, headers: expect.any(Headers) });
    const link = (await mailedToken("chooser@invited.example", "/verify-email"))!;
    const page = { params: { token: link }, context };
    expect(await confirmLoader({ ...page, request: new Request(`http://localhost/verify-email/${link}`) })).toEqual({
      confirmation: { email: "chooser@invited.example", purpose: "verify", choosePassword: true },
    });

    // The owner confirms from the mail: without a password, or with a guessable one, nothing changes.
    const confirm = async (fields: Record<string, string>) =>
      confirmAction({ ...page, request: post(`/verify-email/${link}`, fields) });
    expect(await confirm({})).toMatchObject({ init: { status: 400 } });
    expect(await confirm({ password: "chooser@invited.example" })).toMatchObject({ init: { status: 400 } });
    expect(await confirmEmail({ token: link, ip: null })).toEqual({ ok: false });
    const done = await confirm({ password: NEW_PASSWORD });
    expect(done).toBeInstanceOf(Response);
    expect((done as Response).headers.get("Location")).toBe("/verify-email/confirmed?next=%2Fhome");

    expect(await verifySignIn("chooser@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });
    const signedIn = await verifySignIn("chooser@invited.example", NEW_PASSWORD, null);
    expect(signedIn.ok).toBe(true);
    expect((await listMembers({ organisationId: admin.organisationId })).map((m) => m.name)).toEqual(["Admin", "Lid"]);
    const trail = await database()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.actorUserId, signedIn.ok ? signedIn.userId : ""));
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(["email_verified", "password_chosen", "invitation_confirmed"]),
    );
  });

  it("replaces a password typed at acceptance before this rule, on confirmation", async () => {
    const { userId } = await acceptedMember("old-admin@invited.example", "old@invited.example");
    // As accounts accepted before the owner chose the password were left.
    await database()
      .update(users)
      .set({ passwordHash: await hashPassword(CHOSEN) })
      .where(eq(users.id, userId));
    await confirmMailedAddress("old@invited.example", NEW_PASSWORD);
    expect(await verifySignIn("old@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });
    expect((await verifySignIn("old@invited.example", NEW_PASSWORD, null)).ok).toBe(true);
  });

  /** Lets every confirmation link mailed to the account so far expire. */
  const expireLinks = (userId: string) =>
    database()
      .update(emailConfirmations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailConfirmations.userId, userId));
  const accountAt = async (email: string) =>
    (await database().select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id;

  it("purges an invited account nobody confirmed once its links expired, with the invitation it waited on", async () => {
    const { userId } = await acceptedMember("purge-admin@invited.example", "lapsed@invited.example");
    const kept = await acceptedMember("purge-admin2@invited.example", "pending@invited.example");
    const resetting = await acceptedMember("purge-admin3@invited.example", "resetting@invited.example");
    await expireLinks(userId);
    await expireLinks(resetting.userId);
    // A reset link confirms the address too: while it is open the account stays.
    await requestPasswordReset({ email: "resetting@invited.example", ip: null });

    expect(await purge()).toMatchObject({ unconfirmedAccounts: 1 });
    expect(await accountAt("lapsed@invited.example")).toBeUndefined();
    expect(await database().select().from(invitations).where(eq(invitations.email, "lapsed@invited.example"))).toEqual(
      [],
    );
    expect(await accountAt("pending@invited.example")).toBe(kept.userId);
    expect(await accountAt("resetting@invited.example")).toBe(resetting.userId);
    // A confirmed account, and a signed-up one whose link expired, are never purged.
    await confirmMailedAddress("pending@invited.example");
    await expireLinks(kept.userId);
    await expireLinks((await organisationWithAdmin("unconfirmed@invited.example")).userId);
    expect(await purge()).toMatchObject({ unconfirmedAccounts: 0 });
    expect(await accountAt("pending@invited.example")).toBe(kept.userId);
    expect(await accountAt("unconfirmed@invited.example")).toBeDefined();
  });

  it("lets a new invitation replace an invited account nobody can confirm any more, and only such a one", async () => {
    const first = await acceptedMember("first-admin@invited.example", "again@invited.example");
    const second = await organisationWithAdmin("second-admin@invited.example");
    const inviteAgain = async () => {
      const { token } = await createInvitation(second, {
        role: "member",
        email: "again@invited.example",
        organisationId: second.organisationId,
        language: "nl",
      });
      return acceptInvitation({ token, name: "Opnieuw", ip: null });
    };
    // While its link is open, the pending account stays whoever's it is; its owner is told.
    await database().delete(mailOutbox);
    expect(await inviteAgain()).toEqual({ ok: false, error: "email_taken" });
    expect(await accountAt("again@invited.example")).toBe(first.userId);
    expect(await mailsTo("again@invited.example")).toEqual(["invitation", "account_exists"]);

    await expireLinks(first.userId);
    const replaced = await inviteAgain();
    expect(replaced).toMatchObject({ ok: true });
    expect(replaced.ok && replaced.userId).not.toBe(first.userId);
    expect(await mailsTo("again@invited.example")).toEqual([
      "invitation",
      "account_exists",
      "invitation",
      "verify_email",
    ]);
    await confirmMailedAddress("again@invited.example", NEW_PASSWORD);
    expect((await verifySignIn("again@invited.example", NEW_PASSWORD, null)).ok).toBe(true);
    // Only the invitation accepted last gives a role: the lapsed one went with its account.
    expect((await listMembers({ organisationId: second.organisationId })).map((m) => m.name)).toEqual([
      "Admin",
      "Opnieuw",
    ]);
    expect((await listMembers({ organisationId: first.admin.organisationId })).map((m) => m.name)).toEqual(["Admin"]);
  });

  it("lets the address of an invited account nobody can confirm any more sign up as a new one", async () => {
    const { userId } = await acceptedMember("signup-admin@invited.example", "signs-up@invited.example");
    const signUpThere = () =>
      signUp({
        organisation: { name: "Eigen BV", sector: "terminal_operator", sizeBand: "10-49", region: "moerdijk" },
        name: "Zelf",
        email: "signs-up@invited.example",
        password: NEW_PASSWORD,
        ip: null,
      });
    expect(await signUpThere()).toEqual({ ok: false, error: "email_taken" });
    await expireLinks(userId);
    const signedUp = await signUpThere();
    expect(signedUp).toMatchObject({ ok: true });
    expect(await accountAt("signs-up@invited.example")).toBe(signedUp.ok ? signedUp.userId : null);
    expect((await verifySignIn("signs-up@invited.example", NEW_PASSWORD, null)).ok).toBe(true);
  });
});
