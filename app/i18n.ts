import type { i18n, InitOptions } from "i18next";
import { useTranslation } from "react-i18next";
import type nl from "./locales/nl";

export type MessageGroup = keyof typeof nl;

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export interface RouteHandle {
  i18n: readonly MessageGroup[];
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === "object" && handle !== null && Array.isArray((handle as Partial<RouteHandle>).i18n);
}

export function messageGroupsOf(matches: readonly { handle: unknown }[]): MessageGroup[] {
  return [...new Set(matches.flatMap(({ handle }) => (isRouteHandle(handle) ? handle.i18n : [])))];
}

/**
 * A name put into a sentence may end in punctuation of its own ("Kade B.V.", a question): drop
 * the message's full stop that would follow it, leaving an ellipsis alone.
 */
export const punctuation = {
  type: "postProcessor",
  name: "punctuation",
  process: (value: string) => value.replace(/(?<!\.)([.?!])\.(?!\.)/g, "$1"),
} as const;

/** Questions named in a sentence: each quoted, as a list in the reader's language ("‘A?’, ‘B?’ en ‘C?’"). */
export function questionList(questions: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(questions.map((q) => `‘${q}’`));
}

/**
 * The settings the server and the browser share. Each group is a namespace, and the key's first
 * part names it: with the namespace separator equal to the key separator, i18next takes the
 * first part as the namespace when it is one of `ns`. The keys stay "report.title" everywhere.
 */
export const i18nOptions = {
  fallbackLng: false,
  nsSeparator: ".",
  // Always loaded (the root route's), so a `useTranslation()` without a namespace is ready at once.
  defaultNS: "common",
  interpolation: { escapeValue: false },
  postProcess: [punctuation.name],
  // A page shows a missing message as its bare key; say so, so that a route whose handle lacks a
  // group is noticed (the browser tests fail on any console error). The key comes as "group:key".
  appendNamespaceToMissingKey: true,
  parseMissingKeyHandler(key: string, defaultValue?: string) {
    if (defaultValue === undefined) console.error(`Missing message: ${key}`);
    return defaultValue ?? key.replace(":", ".");
  },
} satisfies InitOptions;

export const messagesPath = (language: Language, group: string, version: string) =>
  `/locales/${language}/${group}?v=${version}`;

export interface PageMessages {
  language: Language;
  version: string;
  groups: Record<string, object>;
}

export const PAGE_MESSAGES_ID = "page-messages";

// No "<", which would end the script element early.
export function pageMessagesJson(i18n: i18n, groups: readonly MessageGroup[], version: string): string {
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const messages: PageMessages = {
    language,
    version,
    groups: Object.fromEntries(groups.map((group) => [group, i18n.getResourceBundle(language, group) as object])),
  };
  return JSON.stringify(messages).replaceAll("<", "\\u003c");
}

// Suspends a client-side navigation until the groups arrive, so no page renders a bare key.
export function usePageMessages(matches: readonly { handle: unknown }[]) {
  const groups = messageGroupsOf(matches);
  // Typed as one namespace (see i18next.d.ts); at run time each group is a namespace of its own.
  return { groups, ...useTranslation(groups as unknown as "translation") };
}
