import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import {
  assessments,
  auditLog,
  emailConfirmations,
  invitations,
  mailOutbox,
  passwordResets,
  sessions,
} from "../../db/schema";
import { startAssessment, submitAssessment } from "~/models/assessment.server";
import { createInvitation } from "~/models/invitation.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { purge } from "~/models/purge.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, publishSmallQuestionnaire } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("purge on %s", (backend) => {
  useFreshDatabase(backend);

  it("removes expired sessions, used and expired links and stale drafts, and keeps the rest", async () => {
    await publishSmallQuestionnaire();
    const actor = await organisationWithAdmin("admin@purge.example");

    await startSession(new Request("http://localhost/"), actor.userId);
    await startSession(new Request("http://localhost/"), actor.userId);
    await database().execute(
      sql`update ${sessions} set expires_at = now() - interval '1 minute' where id_hash = (select min(id_hash) from ${sessions})`,
    );

    const invitation = { role: "member" as const, organisationId: actor.organisationId, language: "nl" as const };
    await createInvitation(actor, { ...invitation, email: "open@purge.example" });
    await createInvitation(actor, { ...invitation, email: "old@purge.example" });
    await database()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.email, "old@purge.example"));
    // One open draft per questionnaire and organisation: the fresh draft is another organisation's.
    const start = async (by: typeof actor) =>
      (await startAssessment(by, { sector: "terminal_operator", questionnaireId: "small" }))!.id;
    const submitted = await start(actor);
    await submitAssessment(actor, submitted);
    const stale = await start(actor);
    const fresh = await start(await organisationWithAdmin("other@purge.example"));
    const longAgo = sql`now() - interval '19 months'`;
    for (const id of [stale, submitted])
      await database().update(assessments).set({ updatedAt: longAgo }).where(eq(assessments.id, id));
    // Only the reset mails below take part in this count.
    await database().delete(mailOutbox);
    // Two reset links, one used; the mail of the used one was sent a month ago.
    for (let i = 0; i < 2; i++) await requestPasswordReset({ email: "admin@purge.example", ip: null });
    await database()
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(eq(passwordResets.tokenHash, sql`(select min(token_hash) from ${passwordResets})`));
    await database()
      .update(mailOutbox)
      .set({ status: "sent", createdAt: sql`now() - interval '31 days'` })
      .where(eq(mailOutbox.id, sql`(select min(id::text)::uuid from ${mailOutbox})`));
    // Each sign-up mailed a link to confirm the address; one of them was followed.
    await database()
      .update(emailConfirmations)
      .set({ usedAt: new Date() })
      .where(eq(emailConfirmations.tokenHash, sql`(select min(token_hash) from ${emailConfirmations})`));
    const auditBefore = (await database().select().from(auditLog)).length;

    expect(await purge()).toEqual({
      sessions: 1,
      unconfirmedAccounts: 0,
      invitations: 1,
      passwordResets: 1,
      emailConfirmations: 1,
      mails: 1,
      notificationMarks: 0,
      apiTokens: 0,
      drafts: 1,
      rateLimits: 0,
      participantLists: 0,
      auditAddresses: 0,
    });
    const left = (await database().select({ id: assessments.id }).from(assessments)).map((a) => a.id).sort();
    expect(left).toEqual([fresh, submitted].sort());
    expect((await database().select().from(invitations)).map((i) => i.email)).toEqual(["open@purge.example"]);
    expect(await database().select().from(sessions)).toHaveLength(1);
    expect(await database().select().from(passwordResets)).toHaveLength(1);
    expect((await database().select().from(mailOutbox)).map((m) => m.status)).toEqual(["pending"]);
    expect((await database().select().from(auditLog)).length).toBe(auditBefore);
    // Nothing left to remove: a second run removes nothing.
    expect(await purge()).toEqual({
      sessions: 0,
      unconfirmedAccounts: 0,
      invitations: 0,
      passwordResets: 0,
      emailConfirmations: 0,
      mails: 0,
      notificationMarks: 0,
      apiTokens: 0,
      drafts: 0,
      rateLimits: 0,
      participantLists: 0,
      auditAddresses: 0,
    });
  });
});
