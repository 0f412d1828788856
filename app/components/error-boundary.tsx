import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * The one error page: 404 says "not found" whether a thing does not exist or is not yours;
 * anything else says something went wrong. Details never reach the browser.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kinds: Record<number, "notFound" | "forbidden" | "tooManyRequests" | "unavailable"> = {
    404: "notFound",
    403: "forbidden",
    429: "tooManyRequests",
    503: "unavailable",
  };
  const kind = kinds[status] ?? "unexpected";
  return (
    <section className="page page--narrow" aria-labelledby="error-title">
      <h1 id="error-title">{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
