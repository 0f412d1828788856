import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { answers, auditLog, users } from "../../db/schema";
import { saveAnswer, startAssessment } from "~/models/assessment.server";
import { acceptInvitation, createInvitation } from "~/models/invitation.server";
import { changeMember } from "~/models/organisation.server";
import { erasePerson, exportPerson } from "~/models/person-data.server";
import { confirmMailedAddress, organisationWithAdmin, publishSmallQuestionnaire } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("a person's own data on %s", (backend) => {
  useFreshDatabase(backend);
  let round = 0;

  async function organisationWithMember() {
    round += 1;
    await publishSmallQuestionnaire();
    const admin = await organisationWithAdmin(`admin${round}@person.example`, `Person BV ${round}`);
    const { token } = await createInvitation(admin, {
      role: "member",
      language: "nl",
      email: `member${round}@person.example`,
      organisationId: admin.organisationId,
    });
    const joined = await acceptInvitation({ token, name: "Lid", ip: null });
    if (!joined.ok) throw new Error("join failed");
    await confirmMailedAddress(`member${round}@person.example`);
    const assessmentId = (await startAssessment(admin, { sector: "terminal_operator", questionnaireId: "small" }))!.id;
    const member = { ...admin, userId: joined.userId, role: "org_member" } as const;
    await saveAnswer(member, {
      assessmentId,
      questionId: "pin_by_email",
      value: { kind: "choice", option: "partly" },
      note: "via de kluis",
      baseRevision: 0,
    });
    return { admin, member, assessmentId };
  }

  it("exports the person's account, roles, answers and audit events", async () => {
    const { member } = await organisationWithMember();
    const exported = await exportPerson({ userId: member.userId });
    expect(exported.account).toMatchObject({ id: member.userId, email: `member${round}@person.example`, name: "Lid" });
    expect(exported.roles.memberships).toEqual([{ organisation: `Person BV ${round}`, role: "member" }]);
    expect(exported.answersGiven).toEqual([
      expect.objectContaining({ questionId: "pin_by_email", note: "via de kluis" }),
    ]);
    expect(exported.auditEvents.map((e) => e.action)).toContain("invitation_confirmed");
  });

  it("erases the account and keeps the organisation's answers without a name; refuses the last admin", async () => {
    const { admin, member, assessmentId } = await organisationWithMember();
    expect(await erasePerson({ userId: admin.userId, role: null, organisationId: null, ip: null })).toBe("last_admin");
    expect(await erasePerson({ userId: member.userId, role: null, organisationId: null, ip: null })).toBeNull();
    expect(await database().select().from(users).where(eq(users.id, member.userId))).toEqual([]);
    const [kept] = await database().select().from(answers).where(eq(answers.assessmentId, assessmentId));
    expect(kept).toMatchObject({ questionId: "pin_by_email", answeredBy: null });
    expect(
      (await database().select().from(auditLog).where(eq(auditLog.action, "account_erased"))).map(
        (e) => e.organisationId,
      ),
    ).toContain(admin.organisationId);
    // Now the only member: the organisation has to be deleted instead.
    expect(await erasePerson({ userId: admin.userId, role: null, organisationId: null, ip: null })).toBe("sole_member");
  });

  it("removes the account of a member removed from their only organisation", async () => {
    const { admin, member } = await organisationWithMember();
    expect(await changeMember(admin, { memberUserId: member.userId, change: "remove" })).toEqual({ ok: true });
    expect(await database().select().from(users).where(eq(users.id, member.userId))).toEqual([]);
  });
});
