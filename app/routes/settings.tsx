import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireAccess } from "~/models/access.server";
import { createApiToken, listApiTokens, revokeApiToken } from "~/models/api-token.server";
import { notFound } from "~/responses.server";

const CreateSchema = z.object({ intent: z.literal("create"), name: z.string().trim().min(1).max(80) });
const RevokeSchema = z.object({ intent: z.literal("revoke"), tokenId: z.string().uuid() });

export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireAccess(request);
  const tokens = await listApiTokens({ userId: access.user.id });
  return {
    user: { name: access.user.name, email: access.user.email },
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revoked: t.revokedAt !== null,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const form = Object.fromEntries(await request.formData());
  const create = CreateSchema.safeParse(form);
  if (create.success) {
    const token = await createApiToken({ userId: access.user.id, name: create.data.name, ip: context.clientAddress });
    return { token, error: null };
  }
  const revoke = RevokeSchema.safeParse(form);
  if (revoke.success) {
    const done = await revokeApiToken({ userId: access.user.id, tokenId: revoke.data.tokenId, ip: context.clientAddress });
    if (!done) throw notFound();
    return { token: null, error: null };
  }
  return data({ token: null, error: "settings.nameRequired" as const }, { status: 400 });
}

export default function Settings() {
  const { t, i18n } = useTranslation();
  const { user, tokens } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page">
      <h1>{t("settings.title")}</h1>
      <p>
        {user.name} ({user.email})
      </p>
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
                  <td>
                    {token.revoked ? (
                      t("settings.revoked")
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="tokenId" value={token.id} />
                        <button type="submit" name="intent" value="revoke" className="button button--subtle">
                          {t("settings.revoke", { name: token.name })}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <Form method="post" className="form form--inline">
          <div className="field">
            <label htmlFor="token-name">{t("settings.tokenName")}</label>
            <input
              id="token-name"
              name="name"
              maxLength={80}
              aria-invalid={result?.error ? true : undefined}
              aria-describedby={result?.error ? "token-name-error" : undefined}
            />
            {result?.error ? (
              <p id="token-name-error" className="field-error" role="alert">
                {t(result.error)}
              </p>
            ) : null}
          </div>
          <button type="submit" name="intent" value="create" className="button button--primary">
            {t("settings.create")}
          </button>
        </Form>
        {result?.token ? (
          <div className="notice" role="status">
            <p>{t("settings.createdNotice")}</p>
            <label htmlFor="new-token">{t("settings.newToken")}</label>
            <input id="new-token" readOnly value={result.token} className="invite-link" />
          </div>
        ) : null}
      </section>
    </div>
  );
}
