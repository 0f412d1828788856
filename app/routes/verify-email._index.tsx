import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EMAIL_CONFIRMATION_HOURS } from "~/domain/account";
import type { PageHandle } from "~/page-title";
import { safeRedirectPath } from "~/safe-redirect";

export const handle: PageHandle = { i18n: ["emailAddress"], title: (t) => t("emailAddress.checkMail.title") };

/** The answer to a sign-up, the same whether the address had an account. */
export default function CheckMail() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo");
  const signIn = redirectTo
    ? `/signin?${new URLSearchParams({ redirectTo: safeRedirectPath(redirectTo) })}`
    : "/signin";
  return (
    <section className="page page--narrow" aria-labelledby="check-mail-title">
      <h1 id="check-mail-title">{t("emailAddress.checkMail.title")}</h1>
      <p className="lead">{t("emailAddress.checkMail.sent", { hours: EMAIL_CONFIRMATION_HOURS })}</p>
      <p>{t("emailAddress.checkMail.signIn")}</p>
      <p>{t("emailAddress.checkMail.noMail")}</p>
      <p>
        <Link to={signIn} className="button button--primary">
          {t("emailAddress.checkMail.signInLink")}
        </Link>
      </p>
    </section>
  );
}
