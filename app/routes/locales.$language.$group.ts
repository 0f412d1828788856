import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguage } from "~/i18n";
import { messagesOf, messagesVersion } from "~/i18n.server";
import { notFound } from "~/responses.server";

/**
 * One message group in one language, which the browser fetches when a client-side navigation
 * needs a group the page did not bring along. Asked for under the current version, it may be
 * kept for good; under another, it is the current messages and must be asked for again.
 */
export function loader({ params, request }: LoaderFunctionArgs) {
  const messages = isLanguage(params.language) ? messagesOf(params.language, params.group ?? "") : undefined;
  if (!messages) throw notFound();
  const current = new URL(request.url).searchParams.get("v") === messagesVersion;
  return Response.json(messages, {
    headers: { "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache" },
  });
}
