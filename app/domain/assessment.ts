import type { Sector } from "./organisation";
import type { Advice, ControlQuestion, ProfileQuestion, Questionnaire, ShowIf, Theme } from "./questionnaire";

export const NOTE_MAX_LENGTH = 2000;
export const REASON_MAX_LENGTH = 500;

// A fixed list of grounds keeps "not applicable" from standing in for "not done".
export const NOT_APPLICABLE_GROUNDS = [
  "activity_not_performed",
  "done_by_another_party",
  "no_such_asset",
  "other",
] as const;
export type NotApplicableGround = (typeof NOT_APPLICABLE_GROUNDS)[number];

// A plain type, not zod: this module reaches the browser, and zod would weigh down every page.
export type AnswerValue =
  | { kind: "choice"; option: string }
  | { kind: "choices"; options: string[] }
  | { kind: "number"; value: number }
  // Answers saved before the list existed have no ground: they read as "other".
  | { kind: "not_applicable"; ground?: NotApplicableGround; reason: string }
  | { kind: "dont_know" };

export type AnyQuestion = ProfileQuestion | ControlQuestion;

export interface StoredAnswer {
  value: AnswerValue;
  note: string | null;
  revision: number;
}

export function sameAnswer(a: Pick<StoredAnswer, "value" | "note">, b: Pick<StoredAnswer, "value" | "note">): boolean {
  return JSON.stringify(a.value) === JSON.stringify(b.value) && (a.note ?? null) === (b.note ?? null);
}

export type Answers = ReadonlyMap<string, Pick<StoredAnswer, "value">>;

export const PROFILE_SECTION = "profile";

interface QuestionPlace {
  question: AnyQuestion;
  /** Where the questionnaire asks it: the profile first, then each theme's questions in turn. */
  position: number;
}

// A questionnaire does not change once loaded, and a report looks up each of its ~85 questions
// several times: each questionnaire is indexed once.
const questionIndexes = new WeakMap<Questionnaire, ReadonlyMap<string, QuestionPlace>>();

function questionIndex(questionnaire: Questionnaire): ReadonlyMap<string, QuestionPlace> {
  let index = questionIndexes.get(questionnaire);
  if (!index) {
    const places = new Map<string, QuestionPlace>();
    [...questionnaire.profile, ...questionnaire.themes.flatMap((t) => t.questions)].forEach((question, position) => {
      if (!places.has(question.id)) places.set(question.id, { question, position });
    });
    questionIndexes.set(questionnaire, places);
    index = places;
  }
  return index;
}

export function findQuestion(questionnaire: Questionnaire, questionId: string): AnyQuestion | undefined {
  return questionIndex(questionnaire).get(questionId)?.question;
}

/**
 * Question ids in the order the questionnaire asks them: the profile, then each theme's
 * questions in turn. Ids the questionnaire no longer has come last, in the order given.
 */
export function inQuestionnaireOrder(questionnaire: Questionnaire, questionIds: Iterable<string>): string[] {
  const index = questionIndex(questionnaire);
  const position = (id: string) => index.get(id)?.position ?? Number.MAX_SAFE_INTEGER;
  return [...questionIds].sort((a, b) => position(a) - position(b));
}

export function findTheme(questionnaire: Questionnaire, themeId: string): Theme | undefined {
  return questionnaire.themes.find((t) => t.id === themeId);
}

export function findAdvice(questionnaire: Questionnaire, adviceId: string): Advice | undefined {
  return questionnaire.advice.find((a) => a.id === adviceId);
}

export function themesFor(questionnaire: Questionnaire, sector: Sector, answers: Answers): Theme[] {
  return questionnaire.themes.filter(
    (t) => (!t.sectors || t.sectors.includes(sector)) && conditionHolds(t.showIf, answers),
  );
}

export function chosenOptions(value: AnswerValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === "choice") return [value.option];
  if (value.kind === "choices") return value.options;
  return [];
}

export function conditionHolds(showIf: ShowIf | null | undefined, answers: Answers): boolean {
  if (!showIf) return true;
  const chosen = chosenOptions(answers.get(showIf.question)?.value);
  return showIf.anyOf.some((option) => chosen.includes(option));
}

export function visibleQuestionIds(questionnaire: Questionnaire, sector: Sector, answers: Answers): Set<string> {
  const visible = new Set(questionnaire.profile.map((q) => q.id));
  for (const theme of themesFor(questionnaire, sector, answers)) addShown(theme.questions, answers, visible);
  return visible;
}

// Conditions only look back, so one pass in file order also hides those that hang on hidden ones.
export function addShown(
  questions: readonly { id: string; showIf?: ShowIf | null }[],
  answers: Answers,
  shown: Set<string>,
): Set<string> {
  for (const question of questions) {
    const dependsOnShown = !question.showIf || shown.has(question.showIf.question);
    if (dependsOnShown && conditionHolds(question.showIf, answers)) shown.add(question.id);
  }
  return shown;
}

export type AnswerProblem =
  | "unknown_question"
  | "unknown_option"
  | "wrong_kind"
  | "out_of_range"
  | "not_applicable_not_offered"
  | "not_applicable_without_ground"
  | "dont_know_not_offered"
  | "hidden_question";

// A must-have offers it only when the profile answer it names holds.
export function offersNotApplicable(question: AnyQuestion, answers: Answers): boolean {
  if (!("weight" in question) || !question.notApplicable) return false;
  if (!question.critical) return true;
  return question.notApplicableIf !== undefined && conditionHolds(question.notApplicableIf, answers);
}

export function checkAnswer(
  question: AnyQuestion | undefined,
  value: AnswerValue,
  answers: Answers,
): AnswerProblem | null {
  if (!question) return "unknown_question";
  const control = "weight" in question ? question : null;
  switch (value.kind) {
    case "not_applicable":
      if (!offersNotApplicable(question, answers)) return "not_applicable_not_offered";
      if (!value.ground || !NOT_APPLICABLE_GROUNDS.includes(value.ground) || !value.reason.trim()) {
        return "not_applicable_without_ground";
      }
      return null;
    case "dont_know":
      return control?.dontKnow ? null : "dont_know_not_offered";
    case "number": {
      if (question.kind !== "number" || !control?.number) return "wrong_kind";
      const { min, max } = control.number;
      return value.value < min || value.value > max ? "out_of_range" : null;
    }
    case "choice":
    case "choices": {
      if (question.kind === "number") return "wrong_kind";
      if ((question.kind === "multiple") !== (value.kind === "choices")) return "wrong_kind";
      const ids = new Set((question.options ?? []).map((o) => o.id));
      const chosen = chosenOptions(value);
      if (new Set(chosen).size !== chosen.length || chosen.some((id) => !ids.has(id))) return "unknown_option";
      const exclusive = (question.options ?? []).filter((o) => o.exclusive).map((o) => o.id);
      if (chosen.length > 1 && chosen.some((id) => exclusive.includes(id))) return "unknown_option";
      return null;
    }
  }
}

export interface SectionProgress {
  section: string;
  answered: number;
  total: number;
}

export function progress(questionnaire: Questionnaire, sector: Sector, answers: Answers) {
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const count = (questions: { id: string }[]): Omit<SectionProgress, "section"> => {
    const shown = questions.filter((q) => visible.has(q.id));
    return { answered: shown.filter((q) => answers.has(q.id)).length, total: shown.length };
  };
  const sections: SectionProgress[] = [
    { section: PROFILE_SECTION, ...count(questionnaire.profile) },
    ...themesFor(questionnaire, sector, answers).map((t) => ({ section: t.id, ...count(t.questions) })),
  ];
  const answered = sections.reduce((n, s) => n + s.answered, 0);
  const total = sections.reduce((n, s) => n + s.total, 0);
  return { sections, answered, total };
}

export function unansweredQuestions(questionnaire: Questionnaire, sector: Sector, answers: Answers) {
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const missing = (section: string, questions: AnyQuestion[]) =>
    questions.filter((q) => visible.has(q.id) && !answers.has(q.id)).map((q) => ({ section, question: q }));
  return [
    ...missing(PROFILE_SECTION, questionnaire.profile),
    ...themesFor(questionnaire, sector, answers).flatMap((t) => missing(t.id, t.questions)),
  ];
}

// Reworded text or help keeps the answer; changed options or range ask the question again.
export function sameQuestion(before: AnyQuestion, after: AnyQuestion): boolean {
  const options = (q: AnyQuestion) =>
    (q.options ?? [])
      .map((o) => o.id)
      .sort()
      .join(" ");
  const range = (q: AnyQuestion) => ("number" in q && q.number ? `${q.number.min}..${q.number.max}` : "");
  return before.kind === after.kind && options(before) === options(after) && range(before) === range(after);
}

export function carriedAnswers<A extends Pick<StoredAnswer, "value">>(
  from: Questionnaire,
  to: Questionnaire,
  previous: ReadonlyMap<string, A>,
): Map<string, A> {
  const carried = new Map<string, A>();
  for (const [questionId, answer] of previous) {
    const before = findQuestion(from, questionId);
    const after = findQuestion(to, questionId);
    if (before && after && sameQuestion(before, after) && checkAnswer(after, answer.value, previous) === null)
      carried.set(questionId, answer);
  }
  return carried;
}

export type VersionChange = "new" | "changed";

export function questionsChangedSince(from: Questionnaire, to: Questionnaire, sector: Sector, answers: Answers) {
  if (from.id !== to.id || from.version === to.version) return [];
  return unansweredQuestions(to, sector, answers).flatMap(({ section, question }) => {
    const before = findQuestion(from, question.id);
    const change: VersionChange | null = !before ? "new" : sameQuestion(before, question) ? null : "changed";
    return change ? [{ section, question, change }] : [];
  });
}
