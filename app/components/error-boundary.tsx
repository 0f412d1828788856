import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * The one error page: 404 says "not found" whether a thing does not exist or is not yours;
 * anything else says something went wrong. Details never reach the browser.
 */
const ERROR_KINDS: Record<number, "notFound" | "forbidden" | "tooManyRequests" | "unavailable"> = {
  404: "notFound",
  403: "forbidden",
  429: "tooManyRequests",
  503: "unavailable",
};

export const errorKind = (error: unknown) =>
  ERROR_KINDS[isRouteErrorResponse(error) ? error.status : 500] ?? "unexpected";

export function GeneralErrorBoundary() {
  const { t } = useTranslation();
  const kind = errorKind(useRouteError());
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
