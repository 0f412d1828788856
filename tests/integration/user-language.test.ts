import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { mailOutbox, users } from "../../db/schema";
import { setLanguage, signUp } from "~/models/account.server";
import { acceptInvitation, createInvitation } from "~/models/invitation.server";
import type { Language } from "~/i18n";
import { BACKENDS, useFreshDatabase } from "./databases";

const PASSWORD = "correct horse battery";

const languageOf = async (userId: string) =>
  (await database().select({ language: users.language }).from(users).where(eq(users.id, userId)))[0]?.language;

/** A new organisation's admin at `email`, who signed up in `language`. */
async function signedUp(organisation: string, email: string, language: Language) {
  const admin = await signUp({
    organisation: { name: organisation, sector: "terminal_operator", sizeBand: "10-49", region: "moerdijk" },
    name: "Admin",
    email,
    password: PASSWORD,
    ip: null,
    language,
  });
  if (!admin.ok) throw new Error("sign-up failed");
  return admin;
}

describe.each(BACKENDS)("a person's language on %s", (backend) => {
  useFreshDatabase(backend);

  it("is kept from sign-up and invitation acceptance, and follows a switch", async () => {
    const admin = await signedUp("Taal BV", "admin@language.example", "en");
    expect(await languageOf(admin.userId)).toBe("en");

    const { token } = await createInvitation(
      { userId: admin.userId, role: "org_admin", organisationId: admin.organisationId, ip: null },
      { role: "member", email: "member@language.example", organisationId: admin.organisationId, language: "en" },
    );
    const member = await acceptInvitation({ token, name: "Lid", ip: null, language: "nl" });
    if (!member.ok) throw new Error("acceptance failed");
    expect(await languageOf(member.userId)).toBe("nl");

    await setLanguage(admin.userId, "nl");
    expect(await languageOf(admin.userId)).toBe("nl");
  });

  it("writes an invitation to an address with an account in that account's language, else the inviter's", async () => {
    const admin = await signedUp("Uitnodiging BV", "inviter@language.example", "nl");
    await signedUp("English Ltd", "Eve.Switch@language.example", "en");
    const invite = (email: string) =>
      createInvitation(
        { userId: admin.userId, role: "org_admin", organisationId: admin.organisationId, ip: null },
        { role: "member", email, organisationId: admin.organisationId, language: "nl" },
      );
    await invite("eve.switch@language.example");
    await invite("nobody.switch@language.example");
    const mails = await database()
      .select({ to: mailOutbox.recipient, language: mailOutbox.language, subject: mailOutbox.subject })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, "invitation"), like(mailOutbox.recipient, "%.switch@%")));
    expect(mails.sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { to: "eve.switch@language.example", language: "en", subject: "Invitation to Weerbaar" },
      { to: "nobody.switch@language.example", language: "nl", subject: "Uitnodiging voor Weerbaar" },
    ]);
  });
});
