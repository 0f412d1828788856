import type nl from "./locales/nl";

type Messages = typeof nl;

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Loads one language's messages; the browser fetches only the language of the page. */
export const loadMessages: Record<Language, () => Promise<Messages>> = {
  nl: () => import("./locales/nl").then((m) => m.default),
  en: () => import("./locales/en").then((m) => m.default),
};
