import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readAnswer } from "~/views/answer-form";
import { requireAssessment } from "~/views/section.server";
import { organisationActor } from "~/models/access.server";
import { saveAnswer } from "~/models/assessment.server";
import { findQuestion } from "~/domain/assessment";
import { apiJson, notFound } from "~/responses.server";

const RequestSchema = z.object({ questionId: z.string().min(1).max(64) });

/**
 * Saves one answer as it changes (autosave). Answers 200 with the new revision, 409 with
 * the newer answer when the write was based on an old one, 400 or 404 on bad input.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id);
  const form = await request.formData();
  const parsed = RequestSchema.safeParse({ questionId: form.get("questionId") });
  const question = parsed.success ? findQuestion(assessment.questionnaire, parsed.data.questionId) : undefined;
  if (!question) return apiJson({ ok: false, error: "assessment.errors.rejected" } as const, 400);
  const answer = readAnswer(form, question);
  if (answer.status === "error") return apiJson({ ok: false, error: answer.error } as const, 400);
  if (answer.status === "empty") return apiJson({ ok: false, error: "assessment.errors.invalid" } as const, 400);
  const member = organisationActor(access, "org_member", context.clientAddress);
  const saved = await saveAnswer(member, { assessmentId: assessment.id, questionId: question.id, ...answer });
  if (saved.ok) return apiJson({ ok: true, revision: saved.revision } as const);
  if (saved.error === "stale") {
    const { value, note, revision, answeredBy } = saved.current;
    return apiJson(
      { ok: false, error: "assessment.errors.stale", newer: { value, note, revision, answeredBy } } as const,
      409,
    );
  }
  if (saved.error === "not_found") throw notFound();
  return apiJson({ ok: false, error: "assessment.errors.rejected" } as const, saved.error === "submitted" ? 409 : 400);
}
