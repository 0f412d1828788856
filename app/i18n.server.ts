import { createCookie } from "@remix-run/node";
import { createInstance, type i18n, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from "./i18n";
import en from "./locales/en";
import nl from "./locales/nl";

export const languageCookie = createCookie("lng", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 86_400 });

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...LANGUAGES],
    fallbackLanguage: DEFAULT_LANGUAGE,
    cookie: languageCookie,
    order: ["searchParams", "cookie", "header"],
  },
});

export async function getLanguage(request: Request): Promise<Language> {
  const found = await detector.getLocale(request);
  return isLanguage(found) ? found : DEFAULT_LANGUAGE;
}

// One initialised instance per language for the life of the process: creating one per
// request was the largest single cost of a rendered page.
const instances = Object.fromEntries(
  LANGUAGES.map((lng) => {
    const instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: false,
      resources: { [lng]: { translation: lng === "nl" ? nl : en } },
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
    return [lng, instance];
  }),
) as Record<Language, i18n>;

export function i18nFor(language: Language): i18n {
  return instances[language];
}

export async function getFixedT(request: Request): Promise<{ language: Language; t: TFunction }> {
  const language = await getLanguage(request);
  return { language, t: instances[language].t };
}
