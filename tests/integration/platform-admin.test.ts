import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, mailOutbox, memberships, platformAdmins, users } from "../../db/schema";
import { requireAccess } from "~/models/access.server";
import { verifySignIn } from "~/models/account.server";
import { findPasswordReset, resetPassword } from "~/models/password-reset.server";
import { grantPlatformAdmin } from "~/models/platform-admin.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, requestWithCookie, TEST_PASSWORD } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

const NEW_PASSWORD = "a quay crane at dawn";

const tokenOf = (link: string) => /\/password\/reset\/([A-Za-z0-9_-]{43})$/.exec(link)?.[1] ?? "";

const grantsOf = (userId: string) =>
  database()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "platform_role_granted"), eq(auditLog.objectId, userId)));

const adminRows = (userId: string) => database().select().from(platformAdmins).where(eq(platformAdmins.userId, userId));

describe.each(BACKENDS)("making a platform admin from the command line on %s", (backend) => {
  useFreshDatabase(backend);

  it("creates a confirmed account without a usable password, whose link sets one once", async () => {
    const grant = await grantPlatformAdmin({
      email: " First@Admin.example ",
      name: "Eerste Beheerder",
      operator: "ops",
    });
    if (!grant.ok) throw new Error(grant.reason);
    expect(grant).toMatchObject({ email: "first@admin.example", accountCreated: true, alreadyAdmin: false });
    expect(grant.link).toMatch(/^http:\/\/localhost:\d+\/password\/reset\/[A-Za-z0-9_-]{43}$/);
    const [user] = await database().select().from(users).where(eq(users.id, grant.userId));
    expect(user).toMatchObject({
      name: "Eerste Beheerder",
      passwordHash: null,
      confirmBeforeSignIn: false,
      deactivatedAt: null,
    });
    expect(user?.emailVerifiedAt).not.toBeNull();
    expect(await adminRows(grant.userId)).toHaveLength(1);
    expect(await database().select().from(memberships).where(eq(memberships.userId, grant.userId))).toEqual([]);
    expect(await verifySignIn("first@admin.example", "", null)).toMatchObject({ ok: false });

    // Only the token's hash is kept, and the link is an ordinary reset link.
    const token = tokenOf(grant.link);
    expect(JSON.stringify(await database().execute("select * from password_resets"))).not.toContain(token);
    expect(await findPasswordReset(token)).toEqual({ email: "first@admin.example" });
    expect(await resetPassword({ token, password: NEW_PASSWORD, ip: null })).toEqual({
      ok: true,
      userId: grant.userId,
    });
    expect(await resetPassword({ token, password: "someone else's phrase", ip: null })).toEqual({ ok: false });
    expect(await verifySignIn("first@admin.example", NEW_PASSWORD, null)).toMatchObject({ ok: true });

    // Signed in, every page first asks for a second factor.
    const cookie = await startSession(requestWithCookie(), grant.userId);
    const thrown = await requireAccess(requestWithCookie(cookie, "http://localhost/admin")).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("Location")).toBe("/settings/two-factor?redirectTo=%2Fadmin");
  });

  it("adds the role to an existing account, keeping its name, password and membership", async () => {
    const admin = await organisationWithAdmin("member@admin.example");
    const grant = await grantPlatformAdmin({ email: "Member@Admin.example", name: "Another Name", operator: null });
    expect(grant).toMatchObject({ ok: true, userId: admin.userId, accountCreated: false, alreadyAdmin: false });
    const [user] = await database().select().from(users).where(eq(users.id, admin.userId));
    expect(user?.name).toBe("Admin");
    expect(await adminRows(admin.userId)).toHaveLength(1);
    expect(await database().select().from(memberships).where(eq(memberships.userId, admin.userId))).toHaveLength(1);
    expect(await verifySignIn("member@admin.example", TEST_PASSWORD, null)).toMatchObject({ ok: true });
  });

  it("is safe to run twice: one account, one role, a new link each time", async () => {
    const first = await grantPlatformAdmin({ email: "twice@admin.example", name: "Twee Keer", operator: "ops" });
    const second = await grantPlatformAdmin({ email: "twice@admin.example", name: "Twee Keer", operator: "ops" });
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(second).toMatchObject({ userId: first.userId, accountCreated: false, alreadyAdmin: true });
    expect(second.link).not.toBe(first.link);
    expect(await database().select().from(users).where(eq(users.email, "twice@admin.example"))).toHaveLength(1);
    expect(await adminRows(first.userId)).toHaveLength(1);
    // Setting the password with one link uses up the other.
    expect(await resetPassword({ token: tokenOf(second.link), password: NEW_PASSWORD, ip: null })).toMatchObject({
      ok: true,
    });
    expect(await findPasswordReset(tokenOf(first.link))).toBeNull();
  });

  it("audits every grant, naming the operator, as no one signed in acts", async () => {
    const grant = await grantPlatformAdmin({ email: "audit@admin.example", name: "Audit", operator: "root" });
    if (!grant.ok) throw new Error(grant.reason);
    await grantPlatformAdmin({ email: "audit@admin.example", name: "Audit", operator: "root" });
    const entries = await grantsOf(grant.userId);
    expect(entries.map((e) => [e.actorUserId, e.objectType, e.success, e.details])).toEqual([
      [
        null,
        "user",
        true,
        {
          role: "platform_admin",
          via: "command_line",
          operator: "root",
          accountCreated: true,
          alreadyAdmin: false,
          mailed: false,
        },
      ],
      [
        null,
        "user",
        true,
        {
          role: "platform_admin",
          via: "command_line",
          operator: "root",
          accountCreated: false,
          alreadyAdmin: true,
          mailed: false,
        },
      ],
    ]);
  });

  it("mails the link in the account's language only when asked to", async () => {
    const admin = await organisationWithAdmin("mail@admin.example");
    await database().update(users).set({ language: "en" }).where(eq(users.id, admin.userId));
    const mails = () =>
      database()
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.recipient, "mail@admin.example"), eq(mailOutbox.template, "platform_admin_granted")));
    // The tests set no SMTP_URL: without a mail server the printed link is the only copy.
    expect(await grantPlatformAdmin({ email: "mail@admin.example", name: "Mail", operator: null })).toMatchObject({
      mailed: false,
    });
    expect(await mails()).toEqual([]);
    const grant = await grantPlatformAdmin({ email: "mail@admin.example", name: "Mail", operator: null, mail: true });
    if (!grant.ok) throw new Error(grant.reason);
    const [mail] = await mails();
    expect(mail).toMatchObject({ language: "en", subject: "You are a platform admin of Weerbaar" });
    expect(mail?.textBody).toContain(grant.link);
  });

  it("refuses a bad address, a missing name and a deactivated account, changing nothing", async () => {
    const before = await database().select().from(users);
    expect(await grantPlatformAdmin({ email: "not an address", name: "X", operator: null })).toEqual({
      ok: false,
      reason: "invalid_email",
    });
    expect(await grantPlatformAdmin({ email: "noname@admin.example", name: "  ", operator: null })).toEqual({
      ok: false,
      reason: "invalid_name",
    });
    const gone = await organisationWithAdmin("gone@admin.example");
    await database().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, gone.userId));
    expect(await grantPlatformAdmin({ email: "gone@admin.example", name: "Gone", operator: null })).toEqual({
      ok: false,
      reason: "deactivated",
    });
    expect(await database().select().from(users)).toHaveLength(before.length + 1);
    expect(await adminRows(gone.userId)).toEqual([]);
    expect(await grantsOf(gone.userId)).toEqual([]);
  });
});
