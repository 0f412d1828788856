import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PasswordChange, TokenCreate, TokenRevoke } from "~/components/settings-forms";
import { requireAccess } from "~/models/access.server";
import { listApiTokens } from "~/models/api-token.server";
import { loadMessages } from "~/i18n";
import { dateFormat } from "~/dates";

await loadMessages(["common", "fields", "organisation", "settings", "validation"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireAccess(request);
  const tokens = await listApiTokens({ userId: access.user.id });
  return {
    user: { name: access.user.name, email: access.user.email },
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
  const { user, tokens, secondFactor } = useLoaderData<typeof loader>();
  const date = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page">
      <h1>{t("settings.title")}</h1>
      <p>
        {user.name} ({user.email})
      </p>
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("settings.twoFactorTitle")}</h2>
        <p>{secondFactor ? t("settings.twoFactorOn") : t("settings.twoFactorOff")}</p>
        <Link to="/settings/two-factor">{t("settings.twoFactorManage")}</Link>
      </section>
      <PasswordChange />
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
          <table>
            <caption className="visually-hidden">{t("settings.tokensTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("settings.tokenName")}</th>
                <th scope="col">{t("settings.created")}</th>
                <th scope="col">{t("settings.lastUsed")}</th>
                <th scope="col">{t("organisation.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{date.format(new Date(token.createdAt))}</td>
                  <td>{token.lastUsedAt ? date.format(new Date(token.lastUsedAt)) : t("settings.never")}</td>
                  <td>{token.revoked ? t("settings.revoked") : <TokenRevoke id={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <TokenCreate />
      </section>
    </div>
  );
}
