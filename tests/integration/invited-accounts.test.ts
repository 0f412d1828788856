import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { invitations, rateLimits, users } from "../../db/schema";
import { getAccess } from "~/models/access.server";
import { SIGN_IN_LIMITS, verifySignIn } from "~/models/account.server";
import { createAssociation } from "~/models/association.server";
import { deleteOrganisation, exportOrganisation } from "~/models/organisation-data.server";
import { acceptInvitation, createInvitation, listOpenInvitations } from "~/models/invitation.server";
import { listMembers } from "~/models/organisation.server";
import { requestPasswordReset, resetPassword } from "~/models/password-reset.server";
import { purge } from "~/models/purge.server";
import { startSession } from "~/models/session.server";
import { confirmMailedAddress, mailedToken, organisationWithAdmin, requestWithCookie } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";
import { stopTheClock } from "../fixtures/clock";

const CHOSEN = "zeehaven veilig 2026";
const NEW_PASSWORD = "kademuur sterk 2027";

describe.each(BACKENDS)("accounts made from an invitation on %s", (backend) => {
  useFreshDatabase(backend);

  beforeEach(async () => {
    await database().delete(rateLimits);
  });

  /** An organisation whose admin invited `email` as a member, the invitation accepted with CHOSEN. */
  async function acceptedMember(adminEmail: string, email: string) {
    const admin = await organisationWithAdmin(adminEmail);
    const { token } = await createInvitation(admin, {
      role: "member",
      email,
      organisationId: admin.organisationId,
      language: "nl",
    });
    const joined = await acceptInvitation({ token, name: "Lid", password: CHOSEN, ip: null });
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

    // The admin copies both links and uses them with a password of their own.
    const takenAnswer = await acceptInvitation({ token: taken.token, name: "Stiekem", password: CHOSEN, ip: null });
    const afterTaken = await inviterView(admin.organisationId);
    const freshAnswer = await acceptInvitation({ token: fresh.token, name: "Stiekem", password: CHOSEN, ip: null });
    const afterFresh = await inviterView(admin.organisationId);
    expect(takenAnswer.ok).toBe(false);
    expect(freshAnswer.ok).toBe(true);
    expect(afterTaken.members).toEqual(before.members);
    expect(afterFresh.members).toEqual(before.members);
    expect(afterTaken.open).toEqual(["fresh@invited.example"]);
    expect(afterFresh.open).toEqual([]);
    // Neither password lets anyone in, the same way a wrong one does not.
    expect(await verifySignIn("taken@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn("fresh@invited.example", CHOSEN, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn("fresh@invited.example", "een fout wachtwoord", null)).toEqual({
      ok: false,
      reason: "invalid",
    });

    // Only the mailbox's owner can confirm; then the account signs in and is a member.
    await confirmMailedAddress("fresh@invited.example");
    const signedIn = await verifySignIn("fresh@invited.example", CHOSEN, null);
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
      await acceptInvitation({ token, name: "Lid", password: CHOSEN, ip: null });
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
    const a = await acceptInvitation({ token: analyst.token, name: "Analist", password: CHOSEN, ip: null });
    const r = await acceptInvitation({ token: reviewer.token, name: "Reviewer", password: CHOSEN, ip: null });
    if (!a.ok || !r.ok) throw new Error("acceptance failed");
    const accessOf = async (userId: string) =>
      getAccess(requestWithCookie(await startSession(requestWithCookie(), userId)));
    expect(await accessOf(a.userId)).toMatchObject({ associationIds: [], customsReviewer: false });
    expect(await accessOf(r.userId)).toMatchObject({ associationIds: [], customsReviewer: false });
    await confirmMailedAddress("analyst@invited.example");
    await confirmMailedAddress("reviewer@invited.example");
    expect(await accessOf(a.userId)).toMatchObject({ associationIds: [associationId], customsReviewer: false });
    expect(await accessOf(r.userId)).toMatchObject({ associationIds: [], customsReviewer: true });
  });
});
