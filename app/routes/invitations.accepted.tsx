import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EMAIL_CONFIRMATION_HOURS } from "~/domain/account";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["invitation"], title: (t) => t("invitation.accepted.title") };

/**
 * The answer to an accepted invitation, the same whether the address had an account: a new one
 * signs in only after confirming its address, so this page offers no sign-in.
 */
export default function InvitationAccepted() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow" aria-labelledby="accepted-title">
      <h1 id="accepted-title">{t("invitation.accepted.title")}</h1>
      <p className="lead">{t("invitation.accepted.sent", { hours: EMAIL_CONFIRMATION_HOURS })}</p>
      <p>{t("invitation.accepted.confirmFirst")}</p>
      <p>{t("invitation.accepted.noMail")}</p>
      <p>
        <Link to="/password/forgot">{t("invitation.accepted.forgotLink")}</Link>
      </p>
    </section>
  );
}
