import type { LoaderFunctionArgs } from "@remix-run/node";
import { describeAnswer } from "~/views/answer-form";
import { requireAssessment } from "~/views/section.server";
import { findQuestion, inQuestionnaireOrder, PROFILE_SECTION } from "~/domain/assessment";
import { download, toCsv } from "~/export.server";
import { getFixedT } from "~/i18n.server";
import { getAnswers } from "~/models/assessment.server";

/** The answers with their question texts, in the reader's language, in questionnaire order, as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params.id);
  const [{ language, t }, answers] = await Promise.all([
    getFixedT(request),
    getAnswers({ assessmentId: assessment.id }),
  ]);
  const { questionnaire } = assessment;
  const sectionOf = (questionId: string) =>
    questionnaire.themes.find((th) => th.questions.some((q) => q.id === questionId))?.title[language] ??
    (questionnaire.profile.some((q) => q.id === questionId) ? t("assessment.profileTitle") : PROFILE_SECTION);
  const rows = inQuestionnaireOrder(questionnaire, answers.keys()).map((questionId) => {
    const answer = answers.get(questionId)!;
    const question = findQuestion(questionnaire, questionId);
    return [
      sectionOf(questionId),
      questionId,
      question?.text[language] ?? questionId,
      question
        ? describeAnswer(
            (question.options ?? []).map((o) => ({ id: o.id, label: o.label[language] })),
            answer.value,
            t,
          )
        : "",
      answer.note ?? "",
      answer.answeredBy ?? "",
      answer.updatedAt,
    ];
  });
  const header = ["section", "question", "text", "answer", "note", "answeredBy", "updatedAt"].map((key) =>
    t(`exports.columns.${key as "section"}`),
  );
  return download(toCsv(language, header, rows), `weerbaar-${questionnaire.id}-${assessment.id}.csv`, "text/csv");
}
