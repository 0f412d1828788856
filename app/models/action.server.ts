import { and, asc, eq } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { actions, assessments, memberships, users } from "../../db/schema";
import type { ActionInput } from "~/domain/action-plan";

export async function listActions({ organisationId, assessmentId }: { organisationId: string; assessmentId?: string }) {
  return database()
    .select({
      id: actions.id,
      assessmentId: actions.assessmentId,
      questionnaireId: assessments.questionnaireId,
      questionnaireVersion: assessments.questionnaireVersion,
      adviceId: actions.adviceId,
      status: actions.status,
      reason: actions.reason,
      // Someone who left the organisation owns nothing of it any more.
      ownerId: memberships.userId,
      ownerName: users.name,
      dueDate: actions.dueDate,
    })
    .from(actions)
    .innerJoin(assessments, eq(assessments.id, actions.assessmentId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, actions.ownerId), eq(memberships.organisationId, actions.organisationId)),
    )
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(actions.organisationId, organisationId),
        assessmentId ? eq(actions.assessmentId, assessmentId) : undefined,
      ),
    )
    .orderBy(asc(actions.dueDate));
}

export async function saveAction(input: {
  organisationId: string;
  assessmentId: string;
  userId: string;
  action: ActionInput;
}): Promise<"saved" | "unknownOwner"> {
  const { action } = input;
  if (action.ownerId) {
    const [member] = await database()
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, action.ownerId), eq(memberships.organisationId, input.organisationId)));
    if (!member) return "unknownOwner";
  }
  const values = {
    status: action.status,
    ownerId: action.ownerId ?? null,
    dueDate: action.dueDate || null,
    reason: action.status === "not_relevant" ? (action.reason ?? null) : null,
    updatedBy: input.userId,
    updatedAt: new Date(),
  };
  await database()
    .insert(actions)
    .values({
      organisationId: input.organisationId,
      assessmentId: input.assessmentId,
      adviceId: action.adviceId,
      ...values,
    })
    .onConflictDoUpdate({ target: [actions.assessmentId, actions.adviceId], set: values });
  return "saved";
}

export async function copyActions(
  tx: Pick<Database, "select" | "insert">,
  from: string,
  to: string,
  organisationId: string,
) {
  const rows = await tx
    .select()
    .from(actions)
    .where(and(eq(actions.assessmentId, from), eq(actions.organisationId, organisationId)));
  if (rows.length === 0) return;
  await tx.insert(actions).values(rows.map(({ id: _id, ...row }) => ({ ...row, assessmentId: to })));
}
