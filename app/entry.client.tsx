import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions, messagesPath, PAGE_MESSAGES_ID, punctuation, type Language, type PageMessages } from "./i18n";

/**
 * Has Remix decode the page's data before React hydrates. RemixBrowser starts decoding on its
 * first render and suspends until it is done; a mouse button or key pressed in that time makes
 * React 18 hydrate synchronously, which cannot wait, and it throws "root did not complete"
 * (error 345) and leaves the page dead. On a slow phone that window is easily hit. Called once
 * before hydration, RemixBrowser starts the decoding and throws its promise before it touches
 * any hook, so hydration then never suspends. Remix 2 has no public way to ask for this.
 */
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

/**
 * Starts i18next with the messages the page brought along; the groups a later page needs come
 * from the server when the root layout asks for them (usePageMessages).
 */
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
