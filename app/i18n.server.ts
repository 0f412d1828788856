import { createHash } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { createInstance, type i18n, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LANGUAGE, i18nOptions, isLanguage, LANGUAGES, punctuation, type Language } from "./i18n";
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

const catalogues: Record<Language, typeof nl> = { nl, en };

// Changes with any message, so the browser may keep a fetched group for good.
export const messagesVersion = createHash("sha256").update(JSON.stringify(catalogues)).digest("hex").slice(0, 12);

export function messagesOf(language: Language, group: string): object | undefined {
  return Object.hasOwn(nl, group) ? catalogues[language][group as keyof typeof nl] : undefined;
}

// One instance per language for the process: one per request was a page's largest single cost.
const instances = Object.fromEntries(
  LANGUAGES.map((lng) => {
    const instance = createInstance().use(punctuation);
    void instance.init({
      ...i18nOptions,
      lng,
      ns: Object.keys(nl),
      resources: { [lng]: catalogues[lng] },
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
