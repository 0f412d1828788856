import { data, redirect, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readAnswer, typedAnswer, type AnswerFieldError } from "./answer-form";
import {
  chosenOptions,
  findTheme,
  offersNotApplicable,
  PROFILE_SECTION,
  progress,
  sameAnswer,
  themesFor,
  visibleQuestionIds,
  type Answers,
  type AnswerValue,
  type AnyQuestion,
} from "../domain/assessment";
import type { Sector } from "../domain/organisation";
import type { Questionnaire, Reader, Text } from "../domain/questionnaire";
import { readerText } from "./advice.server";
import type { Language } from "../i18n";
import { getLanguage } from "../i18n.server";
import { actorOf, organisationActor, requireOrganisationMember } from "../models/access.server";
import { recordRefusedRead } from "../models/audit.server";
import { getAnswers, getAssessment, listAssignments, saveAnswer, type AnswerRecord } from "../models/assessment.server";
import { notFound } from "~/responses.server";

/**
 * The profile page and every theme page of an assessment: one loader and one action, so
 * both routes stay thin and behave the same.
 */

export async function requireAssessment(request: Request, assessmentId: string | undefined, context?: AppLoadContext) {
  const access = await requireOrganisationMember(request, context);
  // A malformed id is "not found" without a query; a database failure is not swallowed.
  const id = z.string().uuid().safeParse(assessmentId);
  const assessment = id.success
    ? await getAssessment({ organisationId: access.organisation.id, assessmentId: id.data })
    : null;
  if (!assessment) {
    await recordRefusedRead(
      { ...actorOf(access, null), organisationId: access.organisation.id },
      { type: "assessment", id: assessmentId },
    );
    throw notFound();
  }
  return { access, assessment };
}

function sectionQuestions(questionnaire: Questionnaire, sector: Sector, answers: Answers, section: string) {
  if (section === PROFILE_SECTION) return { theme: null, questions: questionnaire.profile as AnyQuestion[] };
  const theme = themesFor(questionnaire, sector, answers).find((t) => t.id === section);
  if (!theme) throw notFound();
  return { theme, questions: theme.questions as AnyQuestion[] };
}

const local = (text: Text | undefined, language: Language) => (text ? text[language] : null);

function sectionOrder(questionnaire: Questionnaire, sector: Sector, answers: Answers) {
  return [PROFILE_SECTION, ...themesFor(questionnaire, sector, answers).map((t) => t.id)];
}

export async function sectionLoader({ request, params, context }: LoaderFunctionArgs, section: string) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  const language = await getLanguage(request);
  const { questionnaire, sector } = assessment;
  const [answers, assignments] = await Promise.all([
    getAnswers({ assessmentId: assessment.id }),
    listAssignments({ assessmentId: assessment.id }),
  ]);
  const { theme, questions } = sectionQuestions(questionnaire, sector, answers, section);
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const onPage = new Set(questions.map((q) => q.id));
  // Conditions on questions of other pages are settled here; the page evaluates its own.
  const outsideChoices = Object.fromEntries(
    questions
      .map((q) => ("showIf" in q ? q.showIf?.question : undefined))
      .filter((id): id is string => Boolean(id) && !onPage.has(id as string))
      .map((id) => [id, visible.has(id) ? chosenOptions(answers.get(id)?.value) : []]),
  );
  const { sections } = progress(questionnaire, sector, answers);
  const order = sectionOrder(questionnaire, sector, answers);
  const nextIndex = order.indexOf(section) + 1;
  return {
    assessment: {
      id: assessment.id,
      status: assessment.status,
      title: local(questionnaire.title, language),
    },
    section: {
      id: section,
      title: theme ? local(theme.title, language) : null,
      introduction: theme ? local(theme.introduction, language) : local(questionnaire.introduction, language),
      next: order[nextIndex] ?? "review",
    },
    sections: sections.map((s) => ({
      ...s,
      title: s.section === PROFILE_SECTION ? null : local(findTheme(questionnaire, s.section)?.title, language),
      assignee: assignments.find((a) => a.themeId === s.section)?.name ?? null,
      mine: assignments.some((a) => a.themeId === s.section && a.userId === access.user.id),
    })),
    questions: questions.map((q) => questionView(questionnaire, q, language, assessment, answers, visible.has(q.id))),
    outsideChoices,
  };
}

export function answerView(answer: Pick<AnswerRecord, "value" | "note" | "revision"> & { answeredBy?: string | null }) {
  return {
    value: answer.value,
    note: answer.note,
    revision: answer.revision,
    answeredBy: answer.answeredBy ?? null,
  };
}

function questionView(
  questionnaire: Questionnaire,
  q: AnyQuestion,
  language: Language,
  reader: Reader,
  answers: Map<string, AnswerRecord>,
  visible: boolean,
) {
  const answer = answers.get(q.id);
  const control = "weight" in q ? q : null;
  return {
    id: q.id,
    kind: q.kind,
    text: readerText(questionnaire, q.text[language], language, reader),
    help: q.help ? readerText(questionnaire, q.help[language], language, reader) : null,
    knownBy: local(control?.knownBy, language),
    critical: Boolean(control?.critical),
    notApplicable: offersNotApplicable(q, answers),
    dontKnow: Boolean(control?.dontKnow),
    number: control?.number
      ? { min: control.number.min, max: control.number.max, unit: local(control.number.unit, language) }
      : null,
    options: (q.options ?? []).map((o) => ({ id: o.id, label: o.label[language], exclusive: Boolean(o.exclusive) })),
    showIf: control?.showIf ?? null,
    visible,
    answer: answer ? answerView(answer) : null,
  };
}

export type QuestionView = ReturnType<typeof questionView>;

export type SectionActionData = {
  errors: Record<string, AnswerFieldError | "assessment.errors.stale" | "assessment.errors.rejected">;
  newer: Record<string, { value: AnswerValue; answeredBy: string | null; revision: number }>;
  /** As posted; a value of null where none was given or it was refused: the saved one stays. */
  posted: Record<string, { value: AnswerValue | null; note: string | null } | null>;
};

/** Saves every answer of a page posted without JavaScript; each answer on its own. */
export async function sectionAction({ request, params, context }: ActionFunctionArgs, section: string) {
  const { access, assessment } = await requireAssessment(request, params.id);
  if (assessment.status !== "draft") throw new Response("Conflict", { status: 409 });
  const form = await request.formData();
  const stored = await getAnswers({ assessmentId: assessment.id });
  const { questions } = sectionQuestions(assessment.questionnaire, assessment.sector, stored, section);
  const result: SectionActionData = { errors: {}, newer: {}, posted: {} };

  // Visibility after this page's answers: answers to questions it hides are not saved.
  const read = new Map(questions.map((q) => [q.id, readAnswer(form, q)]));
  const combined = new Map<string, { value: AnswerValue }>(stored);
  for (const [id, r] of read) if (r.status === "answer") combined.set(id, { value: r.value });
  const visible = visibleQuestionIds(assessment.questionnaire, assessment.sector, combined);

  for (const question of questions) {
    const answer = read.get(question.id);
    if (!answer || !visible.has(question.id)) continue;
    if (answer.status === "empty") {
      const typed = typedAnswer(form, question);
      if (typed) result.posted[question.id] = typed;
      continue;
    }
    if (answer.status === "error") {
      result.errors[question.id] = answer.error;
      result.posted[question.id] = typedAnswer(form, question);
      continue;
    }
    result.posted[question.id] = { value: answer.value, note: answer.note };
    const current = stored.get(question.id);
    if (current && sameAnswer(current, answer)) continue;
    const member = organisationActor(access, "org_member", context.clientAddress);
    const saved = await saveAnswer(member, { assessmentId: assessment.id, questionId: question.id, ...answer });
    if (saved.ok) continue;
    if (saved.error === "stale") {
      result.errors[question.id] = "assessment.errors.stale";
      result.newer[question.id] = { ...saved.current, answeredBy: saved.current.answeredBy };
    } else {
      result.errors[question.id] = "assessment.errors.rejected";
    }
  }
  if (Object.keys(result.errors).length > 0) return data(result, { status: 400 });
  const intent = form.get("intent");
  const base = `/assessments/${assessment.id}`;
  if (intent === "next") {
    const order = sectionOrder(assessment.questionnaire, assessment.sector, combined);
    const next = order[order.indexOf(section) + 1];
    return redirect(next ? `${base}/${next === PROFILE_SECTION ? "profile" : `themes/${next}`}` : `${base}/review`);
  }
  return redirect(`${base}/${section === PROFILE_SECTION ? "profile" : `themes/${section}`}?saved=1`);
}
