import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type nl from "./locales/nl";

type Messages = typeof nl;
export type MessageGroup = keyof Messages;

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

// One module per group and language, so that each becomes a chunk of its own and a page
// downloads only the messages its routes use; the server imports the whole catalogue.
const groupModules: { [G in MessageGroup]: Record<Language, () => Promise<{ default: Messages[G] }>> } = {
  actions: { nl: () => import("./locales/nl/actions"), en: () => import("./locales/en/actions") },
  admin: { nl: () => import("./locales/nl/admin"), en: () => import("./locales/en/admin") },
  assessment: { nl: () => import("./locales/nl/assessment"), en: () => import("./locales/en/assessment") },
  assessments: { nl: () => import("./locales/nl/assessments"), en: () => import("./locales/en/assessments") },
  association: { nl: () => import("./locales/nl/association"), en: () => import("./locales/en/association") },
  audit: { nl: () => import("./locales/nl/audit"), en: () => import("./locales/en/audit") },
  benchmark: { nl: () => import("./locales/nl/benchmark"), en: () => import("./locales/en/benchmark") },
  common: { nl: () => import("./locales/nl/common"), en: () => import("./locales/en/common") },
  confirm: { nl: () => import("./locales/nl/confirm"), en: () => import("./locales/en/confirm") },
  countBands: { nl: () => import("./locales/nl/countBands"), en: () => import("./locales/en/countBands") },
  customs: { nl: () => import("./locales/nl/customs"), en: () => import("./locales/en/customs") },
  deletion: { nl: () => import("./locales/nl/deletion"), en: () => import("./locales/en/deletion") },
  errors: { nl: () => import("./locales/nl/errors"), en: () => import("./locales/en/errors") },
  exports: { nl: () => import("./locales/nl/exports"), en: () => import("./locales/en/exports") },
  fields: { nl: () => import("./locales/nl/fields"), en: () => import("./locales/en/fields") },
  footer: { nl: () => import("./locales/nl/footer"), en: () => import("./locales/en/footer") },
  invitation: { nl: () => import("./locales/nl/invitation"), en: () => import("./locales/en/invitation") },
  landing: { nl: () => import("./locales/nl/landing"), en: () => import("./locales/en/landing") },
  language: { nl: () => import("./locales/nl/language"), en: () => import("./locales/en/language") },
  library: { nl: () => import("./locales/nl/library"), en: () => import("./locales/en/library") },
  nav: { nl: () => import("./locales/nl/nav"), en: () => import("./locales/en/nav") },
  organisation: { nl: () => import("./locales/nl/organisation"), en: () => import("./locales/en/organisation") },
  participation: { nl: () => import("./locales/nl/participation"), en: () => import("./locales/en/participation") },
  position: { nl: () => import("./locales/nl/position"), en: () => import("./locales/en/position") },
  regions: { nl: () => import("./locales/nl/regions"), en: () => import("./locales/en/regions") },
  report: { nl: () => import("./locales/nl/report"), en: () => import("./locales/en/report") },
  review: { nl: () => import("./locales/nl/review"), en: () => import("./locales/en/review") },
  roles: { nl: () => import("./locales/nl/roles"), en: () => import("./locales/en/roles") },
  scoring: { nl: () => import("./locales/nl/scoring"), en: () => import("./locales/en/scoring") },
  secondFactor: { nl: () => import("./locales/nl/secondFactor"), en: () => import("./locales/en/secondFactor") },
  sectors: { nl: () => import("./locales/nl/sectors"), en: () => import("./locales/en/sectors") },
  settings: { nl: () => import("./locales/nl/settings"), en: () => import("./locales/en/settings") },
  shared: { nl: () => import("./locales/nl/shared"), en: () => import("./locales/en/shared") },
  sharing: { nl: () => import("./locales/nl/sharing"), en: () => import("./locales/en/sharing") },
  signin: { nl: () => import("./locales/nl/signin"), en: () => import("./locales/en/signin") },
  signup: { nl: () => import("./locales/nl/signup"), en: () => import("./locales/en/signup") },
  sizeBands: { nl: () => import("./locales/nl/sizeBands"), en: () => import("./locales/en/sizeBands") },
  validation: { nl: () => import("./locales/nl/validation"), en: () => import("./locales/en/validation") },
  verification: { nl: () => import("./locales/nl/verification"), en: () => import("./locales/en/verification") },
};

const requested = new Map<MessageGroup, Promise<void>>();

/**
 * Adds message groups of the page's language to the browser's i18next. A route module awaits
 * this at its top level: Remix imports a route's module before it renders the route, on the
 * first page (the module scripts in the HTML) as on a navigation, so its messages are there in
 * time. On the server, which holds every message, it does nothing.
 */
export async function loadMessages(groups: readonly MessageGroup[]): Promise<void> {
  if (typeof document === "undefined") return;
  const lang = document.documentElement.lang;
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  if (!i18next.isInitialized) {
    // Route modules run before the entry script, so the first to load messages sets i18next
    // up; without a backend and with initImmediate off, that is done before init returns.
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: false,
      resources: {},
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
  }
  await Promise.all(
    groups.map((group) => {
      let loading = requested.get(group);
      if (!loading) {
        loading = groupModules[group][language]().then(
          ({ default: messages }) =>
            void i18next.addResourceBundle(language, "translation", { [group]: messages }, true, true),
          (error: unknown) => {
            // A failed download may succeed on the next navigation.
            requested.delete(group);
            throw error;
          },
        );
        requested.set(group, loading);
      }
      return loading;
    }),
  );
}
