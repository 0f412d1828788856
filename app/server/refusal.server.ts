import type { Request, Response } from "express";
import type { TFunction } from "i18next";
import { getFixedT } from "../i18n.server";
import { escapeHtml } from "./html.server";

/** Why the plumbing before Remix refused a request; each has a message in both languages. */
export type Refusal =
  | "badRequest"
  | "controlCharacters"
  | "crossSite"
  | "methodNotAllowed"
  | "tooLarge"
  | "tooManyRequests"
  | "unavailable"
  | "unexpected"
  | "unsupportedType";

/** What an API client matches on; the message beside it is for people. */
const API_CODES: Record<Refusal, string> = {
  badRequest: "bad_request",
  controlCharacters: "control_characters",
  crossSite: "forbidden",
  methodNotAllowed: "method_not_allowed",
  tooLarge: "too_large",
  tooManyRequests: "rate_limited",
  unavailable: "unavailable",
  unexpected: "internal_error",
  unsupportedType: "unsupported_type",
};

function messages(t: TFunction, reason: Refusal): { title: string; message: string } {
  switch (reason) {
    case "crossSite":
      return { title: t("errors.forbidden.title"), message: t("errors.request.crossSite") };
    case "tooManyRequests":
    case "unavailable":
    case "unexpected":
      return { title: t(`errors.${reason}.title`), message: t(`errors.${reason}.body`) };
    default:
      return { title: t("errors.request.title"), message: t(`errors.request.${reason}`) };
  }
}

let stylesheets: string[] = [];

/** The site's stylesheets from the build, so a refusal page looks like every other page. */
export function setRefusalStylesheets(hrefs: string[]): void {
  stylesheets = hrefs;
}

/**
 * The answer to a request refused before any route ran, in the reader's language (cookie,
 * then Accept-Language): JSON with a code and message on the API, else a page in the site's look.
 */
export async function refusalBody(
  req: Pick<Request, "path" | "headers">,
  reason: Refusal,
): Promise<{ type: string; body: string }> {
  const forLanguage = new Headers();
  if (req.headers.cookie) forLanguage.set("Cookie", req.headers.cookie);
  if (req.headers["accept-language"]) forLanguage.set("Accept-Language", req.headers["accept-language"]);
  const { language, t } = await getFixedT(new globalThis.Request("http://localhost/", { headers: forLanguage }));
  const { title, message } = messages(t, reason);
  if (req.path.startsWith("/api/"))
    return { type: "application/json", body: JSON.stringify({ error: API_CODES[reason], message }) };
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join("");
  const body = `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Weerbaar</title>${links}<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body class="utrecht-html">
<header class="site-header"><div class="site-header__inner"><a href="/" class="brand"><span class="brand__mark" aria-hidden="true"></span>Weerbaar</a></div></header>
<main id="main" class="site-main"><section class="page page--narrow" aria-labelledby="error-title"><h1 id="error-title">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">${escapeHtml(t("errors.backHome"))}</a></p></section></main>
</body>
</html>
`;
  return { type: "text/html; charset=utf-8", body };
}

/** Sends a refusal with its status; never cached, since it answers one request. */
export async function sendRefusal(
  req: Request,
  res: Response,
  status: number,
  reason: Refusal,
  headers: Record<string, string> = {},
): Promise<void> {
  const { type, body } = await refusalBody(req, reason);
  res
    .status(status)
    .set({ ...headers, "Cache-Control": "no-store" })
    .type(type)
    .send(body);
}
