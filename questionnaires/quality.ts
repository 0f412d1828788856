import type { Questionnaire } from "../app/domain/questionnaire";

/**
 * The content rules a questionnaire version must meet before it is published, beyond its
 * format: plain questions, help, findable and dated sources, must-haves that do not take
 * "not applicable" without a reason in the profile. Earlier, archived versions are frozen
 * and not held to rules added later.
 */

/** At most this many words in a question's Dutch text: one question, read at B1. */
export const MAX_QUESTION_WORDS = 25;

// Each source names the day or month it was last checked: "…, p. 12 (checked 2026-12)".
const DATED_SOURCE = /\(checked \d{4}-\d{2}(-\d{2})?\)$/;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const PLACEHOLDERS = new Set(["reportingContacts"]);

export function qualityProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const texts: { path: string; text: string }[] = [];
  const checkSources = (path: string, sources: string[]) => {
    if (sources.length === 0) problems.push(`${path}: names no source`);
    for (const source of sources)
      if (!DATED_SOURCE.test(source.trim()))
        problems.push(`${path}: source "${source}" does not end with (checked YYYY-MM)`);
  };
  const questions = [
    ...q.profile.map((question) => ({ question, sources: question.source ? [question.source] : [] })),
    ...q.themes.flatMap((t) =>
      t.questions.map((question) => ({
        question,
        sources: question.sources ?? (question.source ? [question.source] : []),
      })),
    ),
  ];
  for (const { question, sources } of questions) {
    const words = question.text.nl.trim().split(/\s+/).length;
    if (words > MAX_QUESTION_WORDS)
      problems.push(`${question.id}: the Dutch question has ${words} words; keep it to ${MAX_QUESTION_WORDS}`);
    if (!question.help) problems.push(`${question.id}: has no help text`);
    checkSources(question.id, sources);
    if ("critical" in question && question.critical && question.notApplicable && !question.notApplicableIf) {
      problems.push(`${question.id}: a must-have offers "not applicable" without notApplicableIf`);
    }
    texts.push({ path: question.id, text: question.text.nl }, { path: question.id, text: question.help?.nl ?? "" });
    texts.push({ path: question.id, text: question.text.en }, { path: question.id, text: question.help?.en ?? "" });
  }
  for (const advice of q.advice) {
    checkSources(advice.id, [advice.source]);
    for (const step of [...advice.steps, ...(advice.smallFirmSteps ?? [])])
      texts.push({ path: advice.id, text: step.nl }, { path: advice.id, text: step.en });
  }
  for (const { path, text } of texts) {
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      if (!PLACEHOLDERS.has(name!)) problems.push(`${path}: unknown placeholder {{${name}}}`);
      else if (name === "reportingContacts" && !q.reportingContacts)
        problems.push(`${path}: uses {{reportingContacts}} but the file has no reportingContacts`);
    }
  }
  // Every advice item must be reachable: triggered by a question some served sector can see.
  const seen = new Set(
    q.themes
      .filter((t) => !t.sectors || t.sectors.some((s) => q.sectors.includes(s)))
      .flatMap((t) => t.questions.flatMap((x) => x.advice)),
  );
  for (const advice of q.advice)
    if (!seen.has(advice.id)) problems.push(`${advice.id}: no question a served sector sees triggers this advice`);
  return problems;
}
