import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions, messagesPath, PAGE_MESSAGES_ID, punctuation, type Language, type PageMessages } from "./i18n";

// Input while RemixBrowser's first render suspends on decoding makes React 18 throw error 345 and
// leaves the page dead; decoding first avoids it. Remix 2 has no public way to ask for this.
async function decodePageData(): Promise<void> {
  try {
    RemixBrowser({});
  } catch (thrown) {
    if (!(thrown instanceof Promise)) throw thrown;
    await thrown;
  }
}

async function fetchMessages(language: Language, group: string, version: string): Promise<object> {
  const response = await fetch(messagesPath(language, group, version));
  if (!response.ok) throw new Error(`Messages ${language}/${group}: ${response.status}`);
  return (await response.json()) as object;
}

async function startMessages(): Promise<void> {
  const page = JSON.parse(document.getElementById(PAGE_MESSAGES_ID)?.textContent ?? "") as PageMessages;
  await i18next
    .use(initReactI18next)
    .use(punctuation)
    .use(resourcesToBackend((language: Language, group: string) => fetchMessages(language, group, page.version)))
    .init({
      ...i18nOptions,
      lng: page.language,
      ns: Object.keys(page.groups),
      resources: { [page.language]: page.groups },
      partialBundledLanguages: true,
    });
}

await Promise.all([startMessages(), decodePageData()]);
hydrateRoot(
  document,
  <I18nextProvider i18n={i18next}>
    <StrictMode>
      <RemixBrowser />
    </StrictMode>
  </I18nextProvider>,
);
