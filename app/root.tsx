import type { HeadersFunction, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKind, GeneralErrorBoundary } from "./components/error-boundary";
import { documentTitle, isPageHandle } from "./page-title";
import {
  LANGUAGES,
  PAGE_MESSAGES_ID,
  pageMessagesJson,
  usePageMessages,
  type Language,
  type MessageGroup,
  type RouteHandle,
} from "./i18n";
import { getLanguage, messagesVersion } from "./i18n.server";
import { getAccess, homesOf, type Home } from "./models/access.server";
import { useNonce } from "./nonce";
import utrechtHtml from "@utrecht/component-library-css/dist/html.css";
import appStyles from "./styles/app.css";

export const handle: RouteHandle = { i18n: ["common", "errors", "footer", "language", "library", "nav"] };

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: utrechtHtml },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [language, access] = await Promise.all([getLanguage(request), getAccess(request, context)]);
  return {
    language,
    messagesVersion,
    user: access ? { name: access.user.name, nav: navigationOf(homesOf(access)) } : null,
  };
}

const navigationOf = (homes: Home[]) =>
  homes.flatMap((home) => (home === "organisation" ? ["assessments", home] : [home])) as (Home | "assessments")[];

// Remix passes a thrown 503's Retry-After on to the error page only through a `headers` export.
export const headers: HeadersFunction = ({ errorHeaders }) => {
  const retryAfter = errorHeaders?.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

function LanguageSwitch({ current }: { current: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    // A full page load: the other language's messages are then loaded by the browser.
    // The address is read again on submit: right after a client-side navigation the browser's
    // address is already the new page while this hidden field may still hold the old one.
    <Form
      method="post"
      action="/language"
      reloadDocument
      className="language-switch"
      onSubmit={(event) => {
        const field = event.currentTarget.elements.namedItem("redirectTo");
        if (field instanceof HTMLInputElement) field.value = window.location.pathname + window.location.search;
      }}
    >
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {LANGUAGES.filter((l) => l !== current).map((l) => (
        <button key={l} type="submit" name="language" value={l} lang={l} className="link-button">
          {t(`language.switchTo.${l}`)}
        </button>
      ))}
    </Form>
  );
}

function SiteHeader() {
  const { t } = useTranslation();
  const data = useRootData();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={data?.user ? "/home" : "/"} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Weerbaar
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            {data?.user?.nav.map((home) => (
              <li key={home}>
                <NavLink to={`/${home}`}>{t(`nav.${home}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__tools">
          {data?.user ? (
            <Form method="post" action="/signout">
              <span className="site-header__user">{data.user.name}</span>
              <Link to="/settings">{t("nav.settings")}</Link>
              <button type="submit" className="link-button">
                {t("nav.signOut")}
              </button>
            </Form>
          ) : (
            <Link to="/signin">{t("nav.signIn")}</Link>
          )}
          <LanguageSwitch current={data?.language ?? "nl"} />
        </div>
      </div>
    </header>
  );
}

function usePageTitle(): string | null {
  const { t } = useTranslation();
  const error = useRouteError();
  const matches = useMatches();
  if (error) return t(`errors.${errorKind(error)}.title`);
  for (const { handle, data } of [...matches].reverse()) if (isPageHandle(handle)) return handle.title(t, data);
  return null;
}

/**
 * Says the new page's title after a client-side navigation, as a screen reader does by itself
 * when a page loads. Empty at first: the page that loads is read anyway.
 */
function RouteAnnouncer({ title }: { title: string }) {
  const { pathname } = useLocation();
  const before = useRef(pathname);
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (pathname !== before.current) setAnnounced(title);
    before.current = pathname;
    // Only another page is news: not a title that changes on the same one, nor a save that stays.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
  return (
    // A live region without the status role: a page's own status message stays the only one.
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announced}
    </div>
  );
}

// Only the server writes them: the browser keeps the element as it is when it hydrates.
function PageMessagesScript({ groups }: { groups: MessageGroup[] }) {
  const { i18n } = useTranslation();
  const version = useRootData()?.messagesVersion ?? "";
  const json = typeof document === "undefined" ? pageMessagesJson(i18n, groups, version) : "";
  return (
    <script
      id={PAGE_MESSAGES_ID}
      type="application/json"
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { t, i18n, groups } = usePageMessages(useMatches());
  const nonce = useNonce();
  const title = usePageTitle();
  return (
    <html lang={i18n.language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(title)}</title>
        <Links />
      </head>
      <body className="utrecht-html">
        <a href="#main" className="skip-link">
          {t("nav.skip")}
        </a>
        <SiteHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t("footer.promise")}</p>
          <p>
            <Link to="/advice">{t("library.nav")}</Link>
          </p>
          <p>
            <Link to="/scoring">{t("footer.scoring")}</Link>
          </p>
        </footer>
        <RouteAnnouncer title={documentTitle(title)} />
        <PageMessagesScript groups={groups} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
