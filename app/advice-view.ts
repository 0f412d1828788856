import type { Advice } from "./domain/questionnaire";
import type { Language } from "./i18n";

/** An advice item in one language, as the report and the advice library show it. */
export function adviceView(item: Advice, language: Language) {
  return {
    id: item.id,
    title: item.title[language],
    steps: item.steps.map((s) => s[language]),
    effort: item.effort,
    impact: item.impact,
    source: item.source,
  };
}
