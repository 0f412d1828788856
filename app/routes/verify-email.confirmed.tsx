import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/page-title";
import { safeRedirectPath } from "~/safe-redirect";

export const handle: PageHandle = { i18n: ["emailAddress"], title: (t) => t("emailAddress.confirm.doneTitle") };

/**
 * After a confirmed link. Going on passes the sign-in page, which lets a signed-in person straight
 * through: the link itself signs nobody in, as a mailbox is no second factor.
 */
export default function EmailConfirmed() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const next = safeRedirectPath(searchParams.get("next"));
  return (
    <section className="page page--narrow" aria-labelledby="confirmed-title">
      <h1 id="confirmed-title">{t("emailAddress.confirm.doneTitle")}</h1>
      <p className="notice" role="status">
        {t(searchParams.has("changed") ? "emailAddress.confirm.changed" : "emailAddress.confirm.verified")}
      </p>
      <p>
        <Link to={`/signin?${new URLSearchParams({ redirectTo: next })}`} className="button button--primary">
          {t("emailAddress.confirm.continue")}
        </Link>
      </p>
    </section>
  );
}
