import { and, asc, eq } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { actions, assessments } from "../../db/schema";
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
      owner: actions.owner,
      dueDate: actions.dueDate,
    })
    .from(actions)
    .innerJoin(assessments, eq(assessments.id, actions.assessmentId))
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
}): Promise<void> {
  const { action } = input;
  const values = {
    status: action.status,
    owner: action.owner || null,
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
