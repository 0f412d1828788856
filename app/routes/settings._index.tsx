import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { NotificationSettings } from "~/components/notification-settings";
import { EmailChange, EmailVerificationNotice } from "~/components/email-address-forms";
import { PasswordChange, TokenCreate, TokenRevoke } from "~/components/settings-forms";
import { requireAccess } from "~/models/access.server";
import { listApiTokens } from "~/models/api-token.server";
import { notificationChoices } from "~/models/notification.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["emailAddress", "fields", "notifications", "organisation", "settings", "validation"],
  title: (t) => t("settings.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  const [tokens, notifications] = await Promise.all([
    listApiTokens({ userId: access.user.id }),
    notificationChoices(access),
  ]);
  return {
    notifications,
    user: { name: access.user.name, email: access.user.email, emailVerified: access.emailVerified },
    secondFactor: access.secondFactor,
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revoked: t.revokedAt !== null,
    })),
  };
}

export default function Settings() {
  const { t, i18n } = useTranslation();
  const { user, tokens, secondFactor, notifications } = useLoaderData<typeof loader>();
  const date = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page">
      <h1>{t("settings.title")}</h1>
      <p>
        {user.name} ({user.email})
      </p>
      {user.emailVerified ? null : <EmailVerificationNotice email={user.email} />}
      <EmailChange email={user.email} />
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("settings.twoFactorTitle")}</h2>
        <p>{secondFactor ? t("settings.twoFactorOn") : t("settings.twoFactorOff")}</p>
        <Link to="/settings/two-factor">{t("settings.twoFactorManage")}</Link>
      </section>
      <PasswordChange />
      <NotificationSettings {...notifications} />
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">{t("settings.dataTitle")}</h2>
        <p>{t("settings.dataIntro")}</p>
        <p className="button-row">
          <a href="/settings/data.json" className="button button--secondary">
            {t("settings.dataDownload")}
          </a>
          <Link to="/settings/delete" className="button button--secondary">
            {t("settings.eraseLink")}
          </Link>
        </p>
      </section>
      <section className="card" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("settings.tokensTitle")}</h2>
        <p>{t("settings.tokensIntro")}</p>
        {tokens.length > 0 ? (
          <DataTable
            caption={t("settings.tokensTitle")}
            captionHidden
            rows={tokens}
            rowKey={(token) => token.id}
            columns={[
              { header: t("settings.tokenName"), cell: (token) => token.name },
              { header: t("settings.created"), cell: (token) => date.format(new Date(token.createdAt)) },
              {
                header: t("settings.lastUsed"),
                cell: (token) => (token.lastUsedAt ? date.format(new Date(token.lastUsedAt)) : t("settings.never")),
              },
              {
                header: t("organisation.actions"),
                cell: (token) =>
                  token.revoked ? t("settings.revoked") : <TokenRevoke id={token.id} name={token.name} />,
              },
            ]}
          />
        ) : null}
        <TokenCreate />
      </section>
    </div>
  );
}
