import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { database } from "../../db/client";
import type * as Audit from "~/models/audit.server";
import { invitations, mailOutbox, users } from "../../db/schema";
import { createAssociation } from "~/models/association.server";
import { createInvitation, findInvitation } from "~/models/invitation.server";
import { organisationWithAdmin } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

// Lets a test make the audit entry, the last write of an invitation, fail.
const auditFails = vi.hoisted(() => ({ now: false }));
vi.mock("~/models/audit.server", async (importOriginal) => {
  const original = await importOriginal<typeof Audit>();
  return {
    ...original,
    recordAudit: async (...args: Parameters<typeof original.recordAudit>) => {
      if (auditFails.now) throw new Error("audit write failed");
      return original.recordAudit(...args);
    },
  };
});

const platformAdmin = (userId: string) => ({ userId, role: "platform_admin", organisationId: null, ip: null }) as const;

describe.each(BACKENDS)("invitation mail on %s", (backend) => {
  useFreshDatabase(backend);

  afterEach(() => {
    auditFails.now = false;
  });

  it("mails a member's invitation with the invitation, in the inviter's language, with a link that opens it", async () => {
    const admin = await organisationWithAdmin("inviter@invite.example", "Kade & Co");
    await database().update(users).set({ name: "Eva Smit" }).where(eq(users.id, admin.userId));
    const { token } = await createInvitation(admin, {
      role: "member",
      email: "colleague@invite.example",
      organisationId: admin.organisationId,
      language: "en",
    });
    const mails = await database()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, "colleague@invite.example"));
    expect(mails.map((m) => [m.recipient, m.language, m.template, m.subject])).toEqual([
      ["colleague@invite.example", "en", "invitation", "Invitation to Weerbaar"],
    ]);
    const text = mails[0]!.textBody ?? "";
    expect(text).toMatch(/^Hello,$/m);
    // Named by the inviter, whom the recipient may know: a bare link looks like phishing.
    expect(text).toContain("Eva Smit invited you to work on Weerbaar as a member of Kade & Co.");
    expect(mails[0]!.htmlBody).toContain("Eva Smit invited you");
    expect(text).toContain("valid for 7 days, until ");
    expect(mails[0]!.htmlBody).toContain("Kade &amp; Co");
    const link = /^http:\/\/localhost:\d+\/invitations\/([A-Za-z0-9_-]{43})$/m.exec(text);
    expect(link?.[1]).toBe(token);
    expect(await findInvitation(link![1]!)).toMatchObject({ status: "valid", email: "colleague@invite.example" });
  });

  it("names the association to an analyst and the role to a customs reviewer, in Dutch", async () => {
    const admin = await organisationWithAdmin("platform@invite.example");
    const associationId = await createAssociation(platformAdmin(admin.userId), {
      name: "Havenbond",
      sectors: ["terminal_operator"],
    });
    await createInvitation(platformAdmin(admin.userId), {
      role: "analyst",
      email: "analyst@invite.example",
      name: "Ana Lyst",
      associationId,
      language: "nl",
    });
    await createInvitation(platformAdmin(admin.userId), {
      role: "customs_reviewer",
      email: "reviewer@invite.example",
      name: "Rev Iewer",
      language: "nl",
    });
    const mails = await database().select().from(mailOutbox);
    const textTo = (email: string) => mails.find((m) => m.recipient === email)?.textBody ?? "";
    expect(textTo("analyst@invite.example")).toContain("Beste Ana Lyst,");
    expect(textTo("analyst@invite.example")).toContain("Admin heeft u uitgenodigd als analist voor Havenbond");
    expect(textTo("reviewer@invite.example")).toContain("Admin heeft u uitgenodigd als reviewer van de Douane");
    expect(textTo("reviewer@invite.example")).toContain("7 dagen geldig, tot ");
  });

  it("writes no mail when the invitation is rolled back", async () => {
    const admin = await organisationWithAdmin("rollback@invite.example");
    auditFails.now = true;
    await expect(
      createInvitation(admin, {
        role: "member",
        email: "never@invite.example",
        organisationId: admin.organisationId,
        language: "nl",
      }),
    ).rejects.toThrow("audit write failed");
    expect(await database().select().from(invitations).where(eq(invitations.email, "never@invite.example"))).toEqual(
      [],
    );
    expect(await database().select().from(mailOutbox).where(eq(mailOutbox.recipient, "never@invite.example"))).toEqual(
      [],
    );
  });
});
