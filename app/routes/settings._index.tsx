import type { SubmissionResult } from "@conform-to/react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useEmptyPasswordOnReply, useValidatedForm, ValidatedForm } from "~/components/form";
import { PasswordSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { requireAccess } from "~/models/access.server";
import { changePassword, verifySignIn } from "~/models/account.server";
import { createApiToken, listApiTokens, revokeApiToken } from "~/models/api-token.server";
import { isCommonPassword } from "~/models/password.server";
import { startSession } from "~/models/session.server";
import { notFound } from "~/responses.server";
import { loadMessages } from "~/i18n";
import { dateFormat } from "~/dates";

await loadMessages(["common", "fields", "organisation", "settings", "validation"]);

const CreateSchema = z.object({ intent: z.literal("create"), name: z.string().trim().min(1).max(80) });
const RevokeSchema = z.object({ intent: z.literal("revoke"), tokenId: z.string().uuid() });
const PasswordChangeSchema = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: PasswordSchema });

type ActionResult =
  | { form: "token"; token: string | null; error: "settings.nameRequired" | null }
  | { form: "password"; reply: SubmissionResult<string[]>; changed: boolean };

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

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const formData = await request.formData();
  if (formData.get("intent") === "password") {
    const submission = parseForm(formData, PasswordChangeSchema);
    const hide = { hideFields: ["currentPassword", "newPassword"] };
    if (submission.status !== "success") {
      return data<ActionResult>({ form: "password", reply: submission.reply(hide), changed: false }, { status: 400 });
    }
    const { currentPassword, newPassword } = submission.value;
    if (await isCommonPassword(newPassword, access.user.email)) {
      const reply = submission.reply({ ...hide, fieldErrors: { newPassword: ["validation.passwordCommon"] } });
      return data<ActionResult>({ form: "password", reply, changed: false }, { status: 400 });
    }
    const check = await verifySignIn(access.user.email, currentPassword, context.clientAddress, "reauthenticated");
    if (!check.ok) {
      const reply = submission.reply({ ...hide, fieldErrors: { currentPassword: ["settings.currentPasswordWrong"] } });
      return data<ActionResult>(
        { form: "password", reply, changed: false },
        { status: check.reason === "throttled" ? 429 : 400 },
      );
    }
    await changePassword(access.user.id, newPassword, context.clientAddress);
    // Every session ended with the change, this one too: the person goes on in a new one.
    return data<ActionResult>(
      { form: "password", reply: submission.reply({ resetForm: true }), changed: true },
      { headers: { "Set-Cookie": await startSession(request, access.user.id) } },
    );
  }
  const form = Object.fromEntries(formData);
  const create = CreateSchema.safeParse(form);
  if (create.success) {
    const token = await createApiToken({ userId: access.user.id, name: create.data.name, ip: context.clientAddress });
    return data<ActionResult>({ form: "token", token, error: null });
  }
  const revoke = RevokeSchema.safeParse(form);
  if (revoke.success) {
    const done = await revokeApiToken({
      userId: access.user.id,
      tokenId: revoke.data.tokenId,
      ip: context.clientAddress,
    });
    if (!done) throw notFound();
    return data<ActionResult>({ form: "token", token: null, error: null });
  }
  return data<ActionResult>({ form: "token", token: null, error: "settings.nameRequired" }, { status: 400 });
}

export default function Settings() {
  const { t, i18n } = useTranslation();
  const { user, tokens, secondFactor } = useLoaderData<typeof loader>();
  const actionResult = useActionData<typeof action>();
  const result = actionResult?.form === "token" ? actionResult : undefined;
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
      <PasswordChange result={actionResult?.form === "password" ? actionResult : undefined} />
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

function PasswordChange({ result }: { result: { reply: SubmissionResult<string[]>; changed: boolean } | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm({
    id: "password-change",
    schema: PasswordChangeSchema,
    lastResult: result?.reply,
  });
  useEmptyPasswordOnReply(fields.currentPassword.id, result);
  useEmptyPasswordOnReply(fields.newPassword.id, result);
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t("settings.passwordTitle")}</h2>
      <p>{t("settings.passwordIntro")}</p>
      {result?.changed ? (
        <p className="notice" role="status">
          {t("settings.passwordChanged")}
        </p>
      ) : null}
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="password" />
        <TextField
          field={fields.currentPassword}
          label={t("settings.currentPassword")}
          type="password"
          autoComplete="current-password"
        />
        <TextField
          field={fields.newPassword}
          label={t("settings.newPassword")}
          description={t("fields.passwordHint")}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button button--primary">
          {t("settings.changePassword")}
        </button>
      </ValidatedForm>
    </section>
  );
}
