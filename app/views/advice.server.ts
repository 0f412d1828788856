import {
  adviceSteps,
  withReportingContacts,
  type Advice,
  type Questionnaire,
  type Reader,
} from "../domain/questionnaire";
import { PORT_REGIONS } from "../domain/organisation";
import type { Language } from "../i18n";
import { i18nFor } from "../i18n.server";

/**
 * A text of a questionnaire in one language, for this reader: `{{reportingContacts}}` becomes
 * who to call in the reader's port region, or in every region where no reader is known.
 */
export function readerText(
  questionnaire: Questionnaire,
  text: string,
  language: Language,
  reader: Reader | null,
): string {
  const { t } = i18nFor(language);
  const contacts = questionnaire.reportingContacts;
  if (!contacts) return text;
  const regions = reader ? [reader.region] : PORT_REGIONS;
  const listed = regions.map((region) =>
    reader ? contacts[region][language] : `${t(`regions.${region}`)}: ${contacts[region][language]}`,
  );
  return withReportingContacts(text, listed.join(" · "));
}

/** An advice item in one language, as the report, the action plan and the advice library show it. */
export function adviceView(questionnaire: Questionnaire, item: Advice, language: Language, reader: Reader | null) {
  return {
    id: item.id,
    title: item.title[language],
    steps: adviceSteps(item, reader).map((s) => readerText(questionnaire, s[language], language, reader)),
    effort: item.effort,
    impact: item.impact,
    source: item.source,
  };
}
