import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";

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

// i18next is already set up with this page's messages: the HTML imports the route modules,
// which load their messages (loadMessages in ./i18n), before it imports this script.
await decodePageData();
hydrateRoot(
  document,
  <I18nextProvider i18n={i18next}>
    <StrictMode>
      <RemixBrowser />
    </StrictMode>
  </I18nextProvider>,
);
