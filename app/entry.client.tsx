import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";

// i18next is already set up with this page's messages: the HTML imports the route modules,
// which load their messages (loadMessages in ./i18n), before it imports this script.
// Hydrated in one go, not as an interruptible transition: a link clicked while a
// transition was still hydrating made React throw "root did not complete" (error 345).
hydrateRoot(
  document,
  <I18nextProvider i18n={i18next}>
    <StrictMode>
      <RemixBrowser />
    </StrictMode>
  </I18nextProvider>,
);
