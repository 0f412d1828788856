import { and, eq, inArray, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import {
  actions,
  associationAnalysts,
  associations,
  associationSectors,
  auditLog,
  consents,
  customsReviewers,
  mailOutbox,
  memberships,
  organisations,
  users,
} from "../../db/schema";
import { NOTIFICATION_KINDS, type NotificationKind } from "~/domain/notifications";
import type { Language } from "~/i18n";
import { assignTheme, startAssessment, submitAssessment } from "~/models/assessment.server";
import { computeRelease } from "~/models/benchmark.server";
import { grantConsent, recordSharedView, revokeConsent } from "~/models/consent.server";
import {
  notificationChoices,
  saveNotificationSettings,
  sendActionDigests,
  sendConsentNotices,
  switchedOffNotifications,
} from "~/models/notification.server";
import { organisationWithAdmin, publishSmallQuestionnaire } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";
import { config } from "~/server/config.server";

type Admin = Awaited<ReturnType<typeof organisationWithAdmin>>;

let counter = 0;
/** A person with a role in `organisationId` (or none), writing mail in `language`. */
async function person(
  language: Language,
  { organisationId, role = "member" }: { organisationId?: string; role?: "member" | "admin" } = {},
) {
  counter++;
  const [user] = await database()
    .insert(users)
    .values({ email: `person${counter}@notify.example`, name: `Person ${counter}`, passwordHash: "x", language })
    .returning({ id: users.id, email: users.email, name: users.name });
  if (organisationId) await database().insert(memberships).values({ userId: user!.id, organisationId, role });
  return user!;
}

/** The notifications an address got: not the link to confirm the address its sign-up sent. */
async function mailsTo(email: string) {
  return database()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), ne(mailOutbox.template, "verify_email")))
    .orderBy(mailOutbox.createdAt);
}

async function switchOff(userId: string, kind: NotificationKind) {
  await saveNotificationSettings(
    { userId, role: null, organisationId: null, ip: null },
    { offered: NOTIFICATION_KINDS, enabled: NOTIFICATION_KINDS.filter((k) => k !== kind) },
  );
}

async function submitted(admin: Admin) {
  const id = (await startAssessment(admin, { sector: "terminal_operator", questionnaireId: "small" }))?.id;
  if (!id || !(await submitAssessment(admin, id))) throw new Error("not submitted");
  return id;
}

// 08:30 in Amsterdam on a winter day, and the same moment a day later.
const MORNING = new Date("2027-01-11T07:30:00Z");
const NEXT_MORNING = new Date("2027-01-12T07:30:00Z");

describe.each(BACKENDS)("notifications on %s", (backend) => {
  useFreshDatabase(backend);

  beforeAll(async () => {
    await publishSmallQuestionnaire();
  });

  it("stores a person's choice for the kinds they were offered, audited, on until switched off", async () => {
    const admin = await organisationWithAdmin("settings@notify.example");
    const access = {
      user: { id: admin.userId, name: "Admin", email: "settings@notify.example", language: "nl" as const },
      organisation: { id: admin.organisationId, name: "Org", role: "admin" as const },
      associationIds: [],
      customsReviewer: false,
      platformAdmin: false,
      secondFactor: false,
      emailVerified: true,
    };
    expect(await notificationChoices(access)).toEqual({
      offered: NOTIFICATION_KINDS,
      enabled: NOTIFICATION_KINDS,
      mailLanguage: "nl",
    });
    const member = { ...access, organisation: { ...access.organisation, role: "member" as const } };
    expect((await notificationChoices(member)).offered).toEqual(["theme_assigned", "action_digest"]);

    const actor = { userId: admin.userId, role: null, organisationId: null, ip: null };
    await saveNotificationSettings(actor, { offered: ["theme_assigned", "action_digest"], enabled: ["action_digest"] });
    expect([...(await switchedOffNotifications({ userId: admin.userId }))]).toEqual(["theme_assigned"]);
    // Saving the same choice again changes nothing and records nothing.
    await saveNotificationSettings(actor, { offered: ["theme_assigned", "action_digest"], enabled: ["action_digest"] });
    // A kind the form did not offer keeps its state.
    await saveNotificationSettings(actor, { offered: ["report_opened"], enabled: [] });
    expect([...(await switchedOffNotifications({ userId: admin.userId }))].sort()).toEqual([
      "report_opened",
      "theme_assigned",
    ]);
    await saveNotificationSettings(actor, { offered: NOTIFICATION_KINDS, enabled: NOTIFICATION_KINDS });
    expect(await switchedOffNotifications({ userId: admin.userId })).toEqual(new Set());
    const audited = await database()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, admin.userId), eq(auditLog.action, "notification_settings_changed")));
    expect(audited.map((a) => a.details)).toEqual([
      { on: null, off: "theme_assigned" },
      { on: null, off: "report_opened" },
      { on: "theme_assigned,report_opened", off: null },
    ]);
  });

  it("mails a member a theme someone else assigned, once, in their language, with an absolute link", async () => {
    const admin = await organisationWithAdmin("assigner@notify.example", "Kade Theme");
    const member = await person("en", { organisationId: admin.organisationId });
    const assessmentId = (await startAssessment(admin, { sector: "terminal_operator", questionnaireId: "small" }))!.id;
    await assignTheme(admin, { assessmentId, themeId: "release", memberUserId: member.id });
    // The same choice saved again, and the admin assigning themselves: no mail.
    await assignTheme(admin, { assessmentId, themeId: "release", memberUserId: member.id });
    await assignTheme(admin, { assessmentId, themeId: "release", memberUserId: admin.userId });
    const mails = await mailsTo(member.email);
    expect(mails.map((m) => [m.template, m.language, m.subject])).toEqual([
      ["theme_assigned", "en", "Assigned to you: Release"],
    ]);
    expect(mails[0]!.textBody).toContain("Admin assigned the theme ‘Release’ of the self-assessment ‘Small’ to you.");
    expect(mails[0]!.textBody).toContain(`${config().publicUrl}/assessments/${assessmentId}/themes/release`);
    expect(mails[0]!.textBody).toContain(`${config().publicUrl}/settings`);
    expect(await mailsTo("assigner@notify.example")).toEqual([]);

    // Switched off: nothing.
    await switchOff(member.id, "theme_assigned");
    await assignTheme(admin, { assessmentId, themeId: "release", memberUserId: null });
    await assignTheme(admin, { assessmentId, themeId: "release", memberUserId: member.id });
    expect(await mailsTo(member.email)).toHaveLength(1);
  });

  it("sends each person one daily digest of due and overdue actions, never twice a day, even run at once", async () => {
    const admin = await organisationWithAdmin("digest@notify.example", "Kade Digest");
    const owner = await person("en", { organisationId: admin.organisationId });
    const assessmentId = (await startAssessment(admin, { sector: "terminal_operator", questionnaireId: "small" }))!.id;
    const action = (adviceId: string, dueDate: string, ownerId: string | null, status = "planned" as const) => ({
      organisationId: admin.organisationId,
      assessmentId,
      adviceId,
      dueDate,
      ownerId,
      status,
    });
    await database()
      .insert(actions)
      .values([
        action("a_secure_chain", "2027-01-05", owner.id),
        action("due_in_a_week", "2027-01-18", owner.id),
        action("later", "2027-01-19", owner.id),
        { ...action("finished", "2027-01-04", owner.id), status: "done" },
        action("nobody_owns", "2027-01-12", null),
      ]);

    // Before seven in the morning nothing goes.
    expect(await sendActionDigests({ now: new Date("2027-01-11T05:30:00Z") })).toBe(0);
    const counts = await Promise.all([sendActionDigests({ now: MORNING }), sendActionDigests({ now: MORNING })]);
    expect(counts.reduce((a, b) => a + b)).toBe(2);
    expect(await sendActionDigests({ now: new Date("2027-01-11T20:00:00Z") })).toBe(0);

    const [toOwner] = await mailsTo(owner.email);
    expect(await mailsTo(owner.email)).toHaveLength(1);
    expect(toOwner!.language).toBe("en");
    expect(toOwner!.subject).toBe("Your actions in Weerbaar: 1 overdue, 1 due soon");
    const text = toOwner!.textBody!;
    expect(text).toContain("Overdue:\n- Secure Chain (due 5 January 2027)");
    expect(text).toContain("Due within 7 days:\n- due_in_a_week (due 18 January 2027)");
    expect(text).toContain(`${config().publicUrl}/assessments/${assessmentId}/actions`);
    expect(text).not.toContain("later");
    expect(text).not.toContain("finished");
    expect(text).not.toContain("nobody_owns");
    // Without an owner, the admins get it, in their own language.
    const [toAdmin] = await mailsTo("digest@notify.example");
    expect(toAdmin!.subject).toBe("Uw acties in Weerbaar: 1 binnenkort");
    expect(toAdmin!.textBody).toContain("nobody_owns (uiterlijk 12 januari 2027)");
    expect(toAdmin!.textBody).not.toContain("Secure Chain");

    // The next day again, except for whoever switched it off.
    await switchOff(admin.userId, "action_digest");
    await Promise.all([sendActionDigests({ now: NEXT_MORNING }), sendActionDigests({ now: NEXT_MORNING })]);
    expect(await mailsTo(owner.email)).toHaveLength(2);
    expect(await mailsTo("digest@notify.example")).toHaveLength(1);

    // An owner whose account was deactivated owns nothing: the admins are told instead.
    await saveNotificationSettings(
      { userId: admin.userId, role: null, organisationId: null, ip: null },
      { offered: NOTIFICATION_KINDS, enabled: NOTIFICATION_KINDS },
    );
    await database().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, owner.id));
    expect(await sendActionDigests({ now: new Date("2027-01-13T07:30:00Z") })).toBe(1);
    const toAdminLater = await mailsTo("digest@notify.example");
    expect(toAdminLater).toHaveLength(2);
    expect(toAdminLater[1]!.textBody).toContain("Secure Chain (uiterlijk 5 januari 2027)");
  });

  it("tells the admins their shared report was opened, by organisation and role, never by whom, once a day", async () => {
    const admin = await organisationWithAdmin("opened@notify.example", "Kade Opened");
    const secondAdmin = await person("en", { organisationId: admin.organisationId, role: "admin" });
    const member = await person("nl", { organisationId: admin.organisationId });
    const quiet = await person("nl", { organisationId: admin.organisationId, role: "admin" });
    await switchOff(quiet.id, "report_opened");
    const assessmentId = await submitted(admin);
    await grantConsent(admin, { recipient: "customs", keepLatest: true });
    const reviewer = await person("nl");
    await database()
      .update(users)
      .set({ name: "Rik Reviewer", email: "rik.reviewer@douane.example" })
      .where(eq(users.id, reviewer.id));
    await database().insert(customsReviewers).values({ userId: reviewer.id });
    const view = (purpose: string, at: Date) =>
      recordSharedView(
        { userId: reviewer.id, role: "customs_reviewer", organisationId: null, ip: "192.0.2.7" },
        { associationIds: [], organisationId: admin.organisationId, assessmentId, purpose, via: "page" },
        { at },
      );
    await view("Zaak DOU-2027-0001", MORNING);
    await view("Zaak DOU-2027-0002", new Date(MORNING.getTime() + 3_600_000));

    const mails = await mailsTo("opened@notify.example");
    expect(mails.map((m) => [m.template, m.subject])).toEqual([
      ["report_opened", "Het gedeelde rapport van Kade Opened is ingezien"],
    ]);
    expect(mails[0]!.textBody).toContain("Douane, reviewer heeft het gedeelde rapport van Kade Opened geopend op");
    expect(mails[0]!.textBody).toContain("Opgegeven doel: Zaak DOU-2027-0001");
    expect(mails[0]!.textBody).toContain("hooguit één zo'n bericht per dag per organisatie");
    const [english] = await mailsTo(secondAdmin.email);
    expect(english!.subject).toBe("The shared report of Kade Opened was opened");
    expect(english!.textBody).toContain("Customs, reviewer opened the shared report of Kade Opened on");
    expect(await mailsTo(member.email)).toEqual([]);
    expect(await mailsTo(quiet.email)).toEqual([]);
    // Never the reader's name, address or client address, in any part of any of these mails.
    for (const mail of [...mails, english!]) {
      for (const part of [mail.subject, mail.textBody, mail.htmlBody]) {
        expect(part).not.toMatch(/Rik|Reviewer\b|rik\.reviewer|douane\.example|192\.0\.2\.7/);
      }
    }

    // An analyst of the association is another reading organisation: a mail of its own.
    const [havenbond] = await database()
      .insert(associations)
      .values({ name: "Havenbond Opened" })
      .returning({ id: associations.id });
    await database().insert(associationSectors).values({ associationId: havenbond!.id, sector: "terminal_operator" });
    await grantConsent(admin, { recipient: "association", keepLatest: true });
    const analyst = await person("nl");
    await database().insert(associationAnalysts).values({ userId: analyst.id, associationId: havenbond!.id });
    await recordSharedView(
      { userId: analyst.id, role: "association_analyst", organisationId: null, ip: null },
      {
        associationIds: [havenbond!.id],
        organisationId: admin.organisationId,
        assessmentId,
        purpose: "Sectoranalyse 2027",
        via: "api",
      },
      { at: MORNING },
    );
    const afterAnalyst = await mailsTo("opened@notify.example");
    expect(afterAnalyst).toHaveLength(2);
    expect(afterAnalyst[1]!.textBody).toContain("Havenbond Opened, analist heeft het gedeelde rapport");
    expect(afterAnalyst[1]!.textBody).not.toContain(analyst.name);

    // A view recorded without a notice (the demo data's) tells nobody and leaves the day's notice free.
    await recordSharedView(
      { userId: reviewer.id, role: "customs_reviewer", organisationId: null, ip: null },
      { associationIds: [], organisationId: admin.organisationId, assessmentId, purpose: "Demo 2027", via: "page" },
      { at: NEXT_MORNING, notify: false },
    );
    expect(await mailsTo("opened@notify.example")).toHaveLength(2);
    // The next day Customs' view is news again.
    await view("Zaak DOU-2027-0003", NEXT_MORNING);
    expect(await mailsTo("opened@notify.example")).toHaveLength(3);
  });

  it("tells the other admins and the readers who opened the report that sharing was revoked", async () => {
    const admin = await organisationWithAdmin("revoker@notify.example", "Kade Revoked");
    const otherAdmin = await person("en", { organisationId: admin.organisationId, role: "admin" });
    const assessmentId = await submitted(admin);
    await grantConsent(admin, { recipient: "customs", keepLatest: false });
    const reader = await person("en");
    const bystander = await person("nl");
    const former = await person("nl");
    await database()
      .insert(customsReviewers)
      .values([{ userId: reader.id }, { userId: bystander.id }, { userId: former.id }]);
    for (const who of [reader, former]) {
      await recordSharedView(
        { userId: who.id, role: "customs_reviewer", organisationId: null, ip: null },
        {
          associationIds: [],
          organisationId: admin.organisationId,
          assessmentId,
          purpose: "Zaak 2027-0042",
          via: "page",
        },
      );
    }
    // No longer a reviewer: told nothing about what they can no longer see.
    await database().delete(customsReviewers).where(eq(customsReviewers.userId, former.id));
    const before = (await database().select({ id: mailOutbox.id }).from(mailOutbox)).map((m) => m.id);

    expect(await revokeConsent(admin, "customs")).toBe(true);
    const fresh = (await database().select().from(mailOutbox)).filter((m) => !before.includes(m.id));
    expect(fresh.map((m) => [m.recipient, m.template, m.language, m.subject]).sort()).toEqual(
      [
        [otherAdmin.email, "consent_revoked", "en", "Sharing with Customs was revoked"],
        [reader.email, "sharing_ended", "en", "Kade Revoked no longer shares its report"],
      ].sort(),
    );
    const toAdmin = fresh.find((m) => m.recipient === otherAdmin.email)!;
    expect(toAdmin.textBody).toContain("Admin revoked sharing the report of Kade Revoked with Customs.");
    const toReader = fresh.find((m) => m.recipient === reader.email)!;
    expect(toReader.textBody).toContain(`${config().publicUrl}/customs/organisations`);
    // The reader learns nothing of who revoked it.
    expect(toReader.textBody).not.toContain("Admin");
  });

  it("tells the admins once that sharing ends within 30 days and once that it ended, then the readers too", async () => {
    const admin = await organisationWithAdmin("ending@notify.example", "Kade Ending");
    const english = await person("en", { organisationId: admin.organisationId, role: "admin" });
    const quiet = await person("nl", { organisationId: admin.organisationId, role: "admin" });
    await switchOff(quiet.id, "consent_ending");
    const assessmentId = await submitted(admin);
    await grantConsent(admin, { recipient: "customs", keepLatest: true, term: 6 });
    const reader = await person("en");
    await database().insert(customsReviewers).values({ userId: reader.id });
    await recordSharedView(
      { userId: reader.id, role: "customs_reviewer", organisationId: null, ip: null },
      {
        associationIds: [],
        organisationId: admin.organisationId,
        assessmentId,
        purpose: "Zaak 2027-0077",
        via: "page",
      },
    );
    await database()
      .update(consents)
      .set({ expiresAt: new Date("2027-03-01T10:00:00Z") })
      .where(eq(consents.organisationId, admin.organisationId));
    const fresh = async (before: Set<string>) =>
      (await database().select().from(mailOutbox).orderBy(mailOutbox.createdAt)).filter((m) => !before.has(m.id));
    const before = new Set((await database().select({ id: mailOutbox.id }).from(mailOutbox)).map((m) => m.id));

    // 31 days before the end: nothing yet. 19 days before, at 06:00 in Amsterdam: not in the night.
    expect(await sendConsentNotices({ now: new Date("2027-01-29T08:00:00Z") })).toBe(0);
    expect(await sendConsentNotices({ now: new Date("2027-02-10T05:00:00Z") })).toBe(0);
    expect(await sendConsentNotices({ now: new Date("2027-02-10T08:00:00Z") })).toBe(1);
    // Once, however often it runs.
    expect(await sendConsentNotices({ now: new Date("2027-02-10T08:05:00Z") })).toBe(0);
    expect(await sendConsentNotices({ now: new Date("2027-02-11T08:00:00Z") })).toBe(0);
    const ending = await fresh(before);
    expect(ending.map((m) => [m.recipient, m.template, m.subject]).sort()).toEqual(
      [
        ["ending@notify.example", "consent_ending", "Delen met de Douane stopt op 1 maart 2027"],
        [english.email, "consent_ending", "Sharing with Customs stops on 1 March 2027"],
      ].sort(),
    );
    expect(ending.find((m) => m.language === "en")!.textBody).toContain("To keep sharing, update it under Sharing");
    expect(ending[0]!.textBody).toContain(`${config().publicUrl}/organisation/sharing`);

    const beforeEnd = new Set([...before, ...ending.map((m) => m.id)]);
    expect(await sendConsentNotices({ now: new Date("2027-03-01T09:59:00Z") })).toBe(0);
    expect(await sendConsentNotices({ now: new Date("2027-03-01T10:00:00Z") })).toBe(1);
    expect(await sendConsentNotices({ now: new Date("2027-03-02T10:00:00Z") })).toBe(0);
    const ended = await fresh(beforeEnd);
    expect(ended.map((m) => [m.recipient, m.template, m.subject]).sort()).toEqual(
      [
        ["ending@notify.example", "consent_expired", "Delen met de Douane is gestopt"],
        [english.email, "consent_expired", "Sharing with Customs has stopped"],
        [reader.email, "sharing_ended", "Kade Ending no longer shares its report"],
      ].sort(),
    );
    expect(ended.find((m) => m.template === "consent_expired" && m.language === "nl")!.textBody).toContain(
      "met de Douane is op 1 maart 2027 afgelopen",
    );
    const [expiry] = await database()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, admin.organisationId), eq(auditLog.action, "consent_expired")));
    expect(expiry).toMatchObject({ actorUserId: null, objectId: assessmentId, details: { recipient: "customs" } });
  });

  it("announces a release once to the covering associations' analysts and the verified participants' admins", async () => {
    const verified = await organisationWithAdmin("verified@notify.example", "Kade Verified");
    const unverified = await organisationWithAdmin("unverified@notify.example", "Kade Unverified");
    for (const org of [verified, unverified]) await submitted(org);
    await database()
      .update(organisations)
      .set({ verifiedAt: new Date(Date.now() - 86_400_000) })
      .where(eq(organisations.id, verified.organisationId));
    const verifiedMember = await person("nl", { organisationId: verified.organisationId });
    const optedOut = await person("nl", { organisationId: verified.organisationId, role: "admin" });
    await switchOff(optedOut.id, "benchmark_release");
    const [covering, elsewhere] = await database()
      .insert(associations)
      .values([{ name: "Terminals Release" }, { name: "Councils Release" }])
      .returning({ id: associations.id });
    await database()
      .insert(associationSectors)
      .values([
        { associationId: covering!.id, sector: "terminal_operator" },
        { associationId: elsewhere!.id, sector: "municipality" },
      ]);
    const analyst = await person("en");
    const otherAnalyst = await person("en");
    await database()
      .insert(associationAnalysts)
      .values([
        { userId: analyst.id, associationId: covering!.id },
        { userId: otherAnalyst.id, associationId: elsewhere!.id },
      ]);

    const releaseId = await computeRelease({ questionnaireId: "small", k: 5 });
    expect(releaseId).not.toBeNull();
    // Analysts of other tests' associations may be told too; these people are this test's.
    const releaseMails = (recipients: string[]) =>
      database()
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.template, "benchmark_release"), inArray(mailOutbox.recipient, recipients)));
    const everyone = ["verified@notify.example", analyst.email, verifiedMember.email, optedOut.email];
    const mails = await releaseMails([...everyone, otherAnalyst.email, "unverified@notify.example"]);
    expect(mails.map((m) => [m.recipient, m.language, m.subject]).sort()).toEqual(
      [
        ["verified@notify.example", "nl", "Nieuwe benchmark: Klein"],
        [analyst.email, "en", "New benchmark: Small"],
      ].sort(),
    );
    expect(mails[0]!.textBody).toContain(`${config().publicUrl}/benchmarks/small`);
    // A second release is news again; the same quarter's release made twice is one release.
    await computeRelease({ questionnaireId: "small", k: 5, quarter: "2027-Q1" });
    await computeRelease({ questionnaireId: "small", k: 5, quarter: "2027-Q1" });
    await computeRelease({ questionnaireId: "small", k: 5, notify: false });
    expect(await releaseMails(everyone)).toHaveLength(4);
  });
});
