import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, invitations, sessions, users } from "../../db/schema";
import { getAccess, homesOf } from "~/models/access.server";
import { signUp, verifySignIn } from "~/models/account.server";
import { acceptInvitation, createInvitation, findInvitation } from "~/models/invitation.server";
import { changeMember, listMembers } from "~/models/organisation.server";
import { createAssociation } from "~/models/association.server";
import { hashToken, startSession } from "~/models/session.server";
import { confirmMailedAddress, requestWithCookie, signedInUserId } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

const PASSWORD = "correct horse battery";

async function newOrganisation(email: string) {
  const result = await signUp({
    organisation: { name: `Org of ${email}`, sector: "terminal_operator", sizeBand: "50-249", region: "moerdijk" },
    name: "Admin",
    email,
    password: PASSWORD,
    ip: "127.0.0.1",
  });
  if (!result.ok) throw new Error("sign-up failed");
  return result;
}

describe.each(BACKENDS)("accounts on %s", (backend) => {
  useFreshDatabase(backend);

  it("signs up an organisation with its first admin and audits it", async () => {
    const { userId, organisationId } = await newOrganisation("Admin@Terminal.example");
    const [user] = await database().select().from(users).where(eq(users.id, userId));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await listMembers({ organisationId })).toMatchObject([{ userId, role: "admin" }]);
    const audit = await database().select().from(auditLog).where(eq(auditLog.action, "sign_up"));
    expect(audit).toMatchObject([{ actorUserId: userId, organisationId, success: true }]);
  });

  it("refuses a second account for the same e-mail in any case and changes nothing", async () => {
    const before = await database()
      .select({ n: sql<number>`count(*)::int` })
      .from(users);
    const result = await signUp({
      organisation: { name: "Copy", sector: "road_haulier", sizeBand: "1-9", region: "inland" },
      name: "Copy",
      email: "admin@terminal.example",
      password: PASSWORD,
      ip: null,
    });
    expect(result).toEqual({ ok: false, error: "email_taken" });
    const after = await database()
      .select({ n: sql<number>`count(*)::int` })
      .from(users);
    expect(after).toEqual(before);
  });

  it("gives the same answer for a wrong password and an unknown e-mail, and audits both", async () => {
    expect(await verifySignIn("admin@terminal.example", PASSWORD, null)).toEqual({
      ok: true,
      userId: expect.any(String),
    });
    expect(await verifySignIn("admin@terminal.example", "wrong password!", null)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifySignIn("nobody@terminal.example", PASSWORD, null)).toEqual({ ok: false, reason: "invalid" });
    const failures = await database().select().from(auditLog).where(eq(auditLog.success, false));
    expect(failures).toHaveLength(2);
  });

  it("stores sessions by hash, renews the id at sign-in and honours idle expiry", async () => {
    const { userId } = await newOrganisation("session@terminal.example");
    const first = await startSession(requestWithCookie(), userId);
    expect(await signedInUserId(first)).toBe(userId);
    const second = await startSession(requestWithCookie(first), userId);
    expect(second).not.toEqual(first);
    expect(await signedInUserId(first)).toBeNull();
    expect(await signedInUserId(second)).toBe(userId);
    const rawId = decodeURIComponent((second.split(";")[0] ?? "").split("=")[1] ?? "");
    const stored = await database().select().from(sessions).where(eq(sessions.userId, userId));
    expect(stored.map((s) => s.idHash)).not.toContain(rawId);
    await database()
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 9 * 3_600_000) })
      .where(eq(sessions.userId, userId));
    expect(await signedInUserId(second)).toBeNull();
  });

  it("lets an invitation be used once, to join as member", async () => {
    const { userId: adminId, organisationId } = await newOrganisation("inviter@terminal.example");
    const { token } = await createInvitation(
      { userId: adminId, role: "org_admin", organisationId: null, ip: null },
      {
        role: "member",
        language: "nl",
        email: "colleague@terminal.example",
        organisationId,
      },
    );
    const [stored] = await database()
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashToken(token)));
    expect(stored?.email).toBe("colleague@terminal.example");
    expect(await findInvitation(token)).toMatchObject({
      status: "valid",
      organisationName: "Org of inviter@terminal.example",
    });
    const accepted = await acceptInvitation({ token, name: "Colleague", ip: null });
    expect(accepted.ok).toBe(true);
    expect(await findInvitation(token)).toEqual({ status: "used" });
    const again = await acceptInvitation({ token, name: "Again", ip: null });
    expect(again).toEqual({ ok: false, error: "invitation_invalid" });
    await confirmMailedAddress("colleague@terminal.example");
    const members = await listMembers({ organisationId });
    expect(members.map((m) => [m.name, m.role]).sort()).toEqual([
      ["Admin", "admin"],
      ["Colleague", "member"],
    ]);
  });

  it("refuses an expired invitation", async () => {
    const { userId: adminId, organisationId } = await newOrganisation("expiry@terminal.example");
    const { token } = await createInvitation(
      { userId: adminId, role: "org_admin", organisationId: null, ip: null },
      {
        role: "member",
        language: "nl",
        email: "late@terminal.example",
        organisationId,
      },
    );
    await database()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.tokenHash, hashToken(token)));
    expect(await findInvitation(token)).toEqual({ status: "expired" });
    expect(await acceptInvitation({ token, name: "Late", ip: null })).toEqual({
      ok: false,
      error: "invitation_invalid",
    });
    expect(await listMembers({ organisationId })).toHaveLength(1);
  });

  it("never removes or demotes the last admin, and ends the sessions of a removed member", async () => {
    const { userId: adminId, organisationId } = await newOrganisation("last@terminal.example");
    const { token } = await createInvitation(
      { userId: adminId, role: "org_admin", organisationId: null, ip: null },
      {
        role: "member",
        language: "nl",
        email: "second@terminal.example",
        organisationId,
      },
    );
    const joined = await acceptInvitation({ token, name: "Second", ip: null });
    if (!joined.ok) throw new Error("join failed");
    await confirmMailedAddress("second@terminal.example");
    const admin = { userId: adminId, role: "org_admin", organisationId, ip: null } as const;
    const change = (memberUserId: string, c: Parameters<typeof changeMember>[1]["change"]) =>
      changeMember(admin, { memberUserId, change: c });

    expect(await change(adminId, { role: "member" })).toEqual({ ok: false, error: "last_admin" });
    expect(await change(adminId, "remove")).toEqual({ ok: false, error: "last_admin" });
    expect(await change(joined.userId, { role: "admin" })).toEqual({ ok: true });
    expect(await change(adminId, { role: "member" })).toEqual({ ok: true });
    expect(await change(joined.userId, "remove")).toEqual({ ok: false, error: "last_admin" });

    // The first admin, now a plain member, is removed by the remaining admin: their session ends.
    const cookie = await startSession(requestWithCookie(), adminId);
    const remaining = { ...admin, userId: joined.userId };
    expect(await changeMember(remaining, { memberUserId: adminId, change: "remove" })).toEqual({ ok: true });
    expect(await signedInUserId(cookie)).toBeNull();
    const roleChanges = await database().select().from(auditLog).where(eq(auditLog.organisationId, organisationId));
    expect(roleChanges.map((r) => r.action)).toEqual(
      expect.arrayContaining(["role_changed", "member_removed", "invitation_created", "invitation_confirmed"]),
    );
  });

  it("reads roles from the database on every request", async () => {
    const { userId, organisationId } = await newOrganisation("roles@terminal.example");
    const cookie = await startSession(requestWithCookie(), userId);
    const access = await getAccess(requestWithCookie(cookie));
    expect(access?.organisation).toMatchObject({ id: organisationId, role: "admin" });
    expect(homesOf(access!)).toEqual(["organisation"]);
    expect(await getAccess(requestWithCookie())).toBeNull();
  });

  it("creates analyst and customs reviewer accounts through single-use links", async () => {
    const { userId: actor } = await newOrganisation("platform@terminal.example");
    const associationId = await createAssociation(
      { userId: actor, role: "platform_admin", organisationId: null, ip: null },
      { name: "Havens", sectors: ["terminal_operator", "road_haulier"] },
    );
    const analyst = await createInvitation(
      { userId: actor, role: "platform_admin", organisationId: null, ip: null },
      {
        role: "analyst",
        language: "nl",
        email: "analyst@assoc.example",
        associationId,
      },
    );
    const reviewer = await createInvitation(
      { userId: actor, role: "platform_admin", organisationId: null, ip: null },
      {
        role: "customs_reviewer",
        language: "nl",
        email: "reviewer@customs.example",
      },
    );
    const a = await acceptInvitation({ token: analyst.token, name: "Analyst", ip: null });
    const r = await acceptInvitation({ token: reviewer.token, name: "Reviewer", ip: null });
    if (!a.ok || !r.ok) throw new Error("accept failed");
    await confirmMailedAddress("analyst@assoc.example");
    await confirmMailedAddress("reviewer@customs.example");
    const analystAccess = await getAccess(requestWithCookie(await startSession(requestWithCookie(), a.userId)));
    const reviewerAccess = await getAccess(requestWithCookie(await startSession(requestWithCookie(), r.userId)));
    expect(analystAccess).toMatchObject({
      organisation: null,
      associationIds: [associationId],
      customsReviewer: false,
    });
    expect(reviewerAccess).toMatchObject({ organisation: null, associationIds: [], customsReviewer: true });
  });

  it("keeps the audit log append-only in the database itself", async () => {
    await expect(database().update(auditLog).set({ action: "sign_in" })).rejects.toThrow();
    await expect(database().delete(auditLog)).rejects.toThrow();
    const [row] = await database()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog);
    expect(row?.n).toBeGreaterThan(0);
  });
});
