import { and, eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, mailOutbox, platformAdmins, recoveryCodes, users } from "../../db/schema";
import { resetSecondFactor } from "~/models/people.server";
import { confirmEnrolment, enrolmentOf, hasSecondFactor } from "~/models/second-factor.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, signedInUserId } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

const platformAdmin = (userId: string) => ({ userId, role: "platform_admin", organisationId: null, ip: null }) as const;

/** A person with a confirmed second factor and recovery codes, signed in. */
async function enrolledPerson(email: string) {
  const person = await organisationWithAdmin(email);
  const enrolment = await enrolmentOf(person.userId);
  const code = new TOTP({ secret: Secret.fromBase32(enrolment!.secret) }).generate();
  const confirmed = await confirmEnrolment(person.userId, code, null);
  expect(confirmed.ok).toBe(true);
  const cookie = await startSession(new Request("http://localhost/"), person.userId);
  return { ...person, cookie };
}

// Each sign-up also mails a link to confirm the address; only the reset's mails count here.
const resetMails = (recipient: string) =>
  database()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, recipient), eq(mailOutbox.template, "second_factor_reset")));

describe.each(BACKENDS)("second factor reset by the platform admin on %s", (backend) => {
  useFreshDatabase(backend);

  it("clears the second factor and recovery codes, ends the sessions, audits and mails the person", async () => {
    const admin = await organisationWithAdmin("admin@reset2fa.example");
    await database().insert(platformAdmins).values({ userId: admin.userId });
    const person = await enrolledPerson("lost@reset2fa.example");
    expect(await signedInUserId(person.cookie)).toBe(person.userId);
    // The mail is in the person's language, not the admin's.
    await database().update(users).set({ language: "en" }).where(eq(users.id, person.userId));

    expect(await resetSecondFactor(platformAdmin(admin.userId), person.userId)).toBeNull();

    expect(await hasSecondFactor(person.userId)).toBe(false);
    const [stored] = await database().select().from(users).where(eq(users.id, person.userId));
    expect([stored?.totpSecret, stored?.totpConfirmedAt]).toEqual([null, null]);
    expect(await database().select().from(recoveryCodes).where(eq(recoveryCodes.userId, person.userId))).toEqual([]);
    expect(await signedInUserId(person.cookie)).toBeNull();
    const entries = await database().select().from(auditLog).where(eq(auditLog.action, "second_factor_reset"));
    expect(entries.map((e) => [e.actorUserId, e.objectId, e.success])).toEqual([[admin.userId, person.userId, true]]);
    const mails = await resetMails("lost@reset2fa.example");
    expect(mails.map((m) => [m.template, m.language, m.subject])).toEqual([
      ["second_factor_reset", "en", "Your second factor for Weerbaar was reset"],
    ]);
    expect(mails[0]!.textBody).toMatch(/^http:\/\/localhost:\d+\/signin$/m);

    // Nothing left to reset: no second mail, no second entry.
    expect(await resetSecondFactor(platformAdmin(admin.userId), person.userId)).toBe("not_found");
    expect(await resetMails("lost@reset2fa.example")).toHaveLength(1);
  });

  it("refuses the admin's own second factor", async () => {
    const admin = await enrolledPerson("self@reset2fa.example");
    await database().insert(platformAdmins).values({ userId: admin.userId });
    expect(await resetSecondFactor(platformAdmin(admin.userId), admin.userId)).toBe("self");
    expect(await hasSecondFactor(admin.userId)).toBe(true);
    expect(await signedInUserId(admin.cookie)).toBe(admin.userId);
    expect(await resetMails("self@reset2fa.example")).toEqual([]);
  });
});
