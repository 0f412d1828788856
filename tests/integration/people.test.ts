import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import {
  apiTokens,
  associationAnalysts,
  associations,
  auditLog,
  customsReviewers,
  invitations,
  memberships,
  platformAdmins,
  users,
} from "../../db/schema";
import { verifySignIn } from "~/models/account.server";
import { getApiAccess, getAccess } from "~/models/access.server";
import { createApiToken } from "~/models/api-token.server";
import { createInvitation, findInvitation, withdrawInvitation } from "~/models/invitation.server";
import {
  deactivateAccount,
  listPeople,
  PEOPLE_PAGE_SIZE,
  reactivateAccount,
  removePlatformRole,
} from "~/models/people.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, requestWithCookie } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

const PASSWORD = "correct horse battery";

const platformAdmin = (userId: string) => ({ userId, role: "platform_admin", organisationId: null, ip: null }) as const;

describe.each(BACKENDS)("deprovisioning by the platform admin on %s", (backend) => {
  useFreshDatabase(backend);

  let round = 0;
  async function people() {
    round += 1;
    const admin = await organisationWithAdmin(`admin${round}@platform.example`, `Platform ${round}`);
    const reviewer = await organisationWithAdmin(`reviewer${round}@douane.example`, `Douane ${round}`);
    await database().insert(platformAdmins).values({ userId: admin.userId });
    await database().insert(customsReviewers).values({ userId: reviewer.userId });
    // Reviewers reach data only with a second factor.
    await database().update(users).set({ totpConfirmedAt: new Date() }).where(eq(users.id, reviewer.userId));
    return { admin, reviewer, reviewerEmail: `reviewer${round}@douane.example` };
  }

  it("ends a deactivated person's sessions and tokens on the next request and refuses their sign-in, until reactivated", async () => {
    const { admin, reviewer, reviewerEmail } = await people();
    const cookie = await startSession(new Request("http://localhost/"), reviewer.userId);
    const token = await createApiToken(
      { userId: reviewer.userId, role: null, organisationId: null, ip: null },
      "script",
    );
    const bearer = new Request("http://localhost/api", { headers: { Authorization: `Bearer ${token}` } });
    expect(await getAccess(requestWithCookie(cookie))).not.toBeNull();
    expect(await getApiAccess(bearer)).not.toBeNull();

    expect(await deactivateAccount(platformAdmin(admin.userId), reviewer.userId)).toBeNull();
    expect(await getAccess(requestWithCookie(cookie))).toBeNull();
    expect(
      await getApiAccess(new Request("http://localhost/api", { headers: { Authorization: `Bearer ${token}` } })),
    ).toBeNull();
    expect(await database().select().from(apiTokens).where(eq(apiTokens.userId, reviewer.userId))).toEqual([]);
    expect(await verifySignIn(reviewerEmail, PASSWORD, null)).toEqual({ ok: false, reason: "invalid" });
    expect(
      (await listPeople({ q: reviewerEmail })).rows.find((p) => p.id === reviewer.userId)?.deactivatedAt,
    ).toBeInstanceOf(Date);

    expect(await reactivateAccount(platformAdmin(admin.userId), reviewer.userId)).toBeNull();
    expect(await verifySignIn(reviewerEmail, PASSWORD, null)).toMatchObject({ ok: true });
    const actions = (await database().select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["account_deactivated", "account_reactivated"]));
  });

  it("takes a platform role away at once, and never the last admin or the admin's own", async () => {
    const { admin, reviewer } = await people();
    const cookie = await startSession(new Request("http://localhost/"), reviewer.userId);
    expect(
      await removePlatformRole(platformAdmin(admin.userId), { personId: reviewer.userId, role: "customs_reviewer" }),
    ).toBeNull();
    expect(await getAccess(requestWithCookie(cookie))).toBeNull();
    expect(
      await database().select().from(customsReviewers).where(eq(customsReviewers.userId, reviewer.userId)),
    ).toEqual([]);
    expect(
      await removePlatformRole(platformAdmin(admin.userId), { personId: reviewer.userId, role: "customs_reviewer" }),
    ).toBe("not_found");

    expect(
      await removePlatformRole(platformAdmin(admin.userId), { personId: admin.userId, role: "platform_admin" }),
    ).toBe("self");
    expect(await deactivateAccount(platformAdmin(admin.userId), admin.userId)).toBe("self");
  });

  it("never leaves the platform without an active admin", async () => {
    const { admin, reviewer } = await people();
    // Every other admin on this database is switched off first.
    for (const other of await database().select({ userId: platformAdmins.userId }).from(platformAdmins)) {
      if (other.userId !== admin.userId)
        await database().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, other.userId));
    }
    await database().insert(platformAdmins).values({ userId: reviewer.userId });
    // The reviewer, now admin too, switches the first admin off: the reviewer is the last one.
    expect(await deactivateAccount(platformAdmin(reviewer.userId), admin.userId)).toBeNull();
    expect(
      await removePlatformRole(platformAdmin(admin.userId), { personId: reviewer.userId, role: "platform_admin" }),
    ).toBe("last_admin");
    expect(
      await database().select().from(platformAdmins).where(eq(platformAdmins.userId, reviewer.userId)),
    ).toHaveLength(1);
    await database().update(users).set({ deactivatedAt: null }).where(eq(users.id, admin.userId));
    expect(await deactivateAccount(platformAdmin(admin.userId), reviewer.userId)).toBeNull();
    expect(await deactivateAccount(platformAdmin(reviewer.userId), admin.userId)).toBe("last_admin");
  });

  it("finds people by the name of the organisation or association they belong to, a page at a time", async () => {
    const terminal = await organisationWithAdmin("baas@kade.example", "Kadeterminal Zeewolde");
    // With its admin one more person than a page holds, none with the organisation in their name or address.
    const members = await database()
      .insert(users)
      .values(
        Array.from({ length: PEOPLE_PAGE_SIZE }, (_, i) => ({
          name: `Lid ${String(i).padStart(2, "0")}`,
          email: `lid${i}@elders.example`,
        })),
      )
      .returning({ id: users.id });
    await database()
      .insert(memberships)
      .values(members.map((m) => ({ userId: m.id, organisationId: terminal.organisationId, role: "member" as const })));
    const [bond] = await database().insert(associations).values({ name: "Binnenvaartbond Lelystad" }).returning();
    const [analyst] = await database()
      .insert(users)
      .values({ name: "Analist", email: "analist@bond.example" })
      .returning({ id: users.id });
    await database().insert(associationAnalysts).values({ userId: analyst!.id, associationId: bond!.id });

    const first = await listPeople({ q: "ZEEWOLDE" });
    expect(first).toMatchObject({ total: PEOPLE_PAGE_SIZE + 1, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    const second = await listPeople({ q: "zeewolde", page: 2 });
    expect(second.rows).toHaveLength(1);
    const found = [...first.rows, ...second.rows];
    expect(new Set(found.map((p) => p.id))).toEqual(new Set([terminal.userId, ...members.map((m) => m.id)]));
    expect(found.every((p) => p.memberships[0]?.organisation === "Kadeterminal Zeewolde")).toBe(true);

    expect((await listPeople({ q: "lelystad" })).rows.map((p) => p.id)).toEqual([analyst!.id]);
    // Name and address still match as before; an organisation's name is no wildcard.
    expect((await listPeople({ q: "baas@kade" })).rows.map((p) => p.id)).toEqual([terminal.userId]);
    expect((await listPeople({ q: "Kade%Zeewolde" })).total).toBe(0);
  });

  it("withdraws an open invitation: its link stops working", async () => {
    const { admin } = await people();
    const { token } = await createInvitation(
      { userId: admin.userId, role: "platform_admin", organisationId: null, ip: null },
      {
        role: "customs_reviewer",
        language: "nl",
        email: "new@douane.example",
        name: "Nieuw",
      },
    );
    const [invitation] = await database().select({ id: invitations.id }).from(invitations);
    expect((await findInvitation(token)).status).toBe("valid");
    expect(await withdrawInvitation(platformAdmin(admin.userId), { platform: true }, invitation!.id)).toBe(true);
    expect((await findInvitation(token)).status).not.toBe("valid");
    expect(await withdrawInvitation(platformAdmin(admin.userId), { platform: true }, invitation!.id)).toBe(false);
    expect(await database().select().from(users).where(eq(users.email, "new@douane.example"))).toEqual([]);
  });

  it("lets an organisation's admin withdraw only that organisation's member invitations", async () => {
    const { admin } = await people();
    const terminal = await organisationWithAdmin(`terminal${round}@withdraw.example`);
    const elsewhere = await organisationWithAdmin(`elsewhere${round}@withdraw.example`);
    const { token } = await createInvitation(terminal, {
      role: "member",
      language: "nl",
      email: `member${round}@withdraw.example`,
      organisationId: terminal.organisationId,
    });
    const [invitation] = await database()
      .select({ id: invitations.id })
      .from(invitations)
      .where(eq(invitations.organisationId, terminal.organisationId));
    expect(await withdrawInvitation(elsewhere, { organisationId: elsewhere.organisationId }, invitation!.id)).toBe(
      false,
    );
    expect(await withdrawInvitation(platformAdmin(admin.userId), { platform: true }, invitation!.id)).toBe(false);
    expect((await findInvitation(token)).status).toBe("valid");
    expect(await withdrawInvitation(terminal, { organisationId: terminal.organisationId }, invitation!.id)).toBe(true);
    expect((await findInvitation(token)).status).not.toBe("valid");
    const entries = await database()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.organisationId, terminal.organisationId));
    expect(entries.map((entry) => entry.action)).toContain("invitation_withdrawn");
  });
});
