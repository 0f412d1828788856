import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  ErrorMessages,
  NewPasswordField,
  TextField,
  useActionForm,
  useEmptyPasswordOnReply,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { ConfirmAction } from "~/components/confirm-action";
import { CopyField } from "~/components/copy-field";
import { PasswordSchema } from "~/domain/account";

export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: PasswordSchema,
});
export type PasswordChangeReply = { reply: SubmissionResult<string[]>; changed: boolean };

export const TokenCreateSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80)
    .optional()
    .refine((name): name is string => Boolean(name), "settings.nameRequired"),
});
export type TokenCreateReply = { reply: SubmissionResult<string[]>; token: string | null };

export function PasswordChange() {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<PasswordChangeReply>("/settings/password");
  const [form, fields] = useValidatedForm({
    id: "password-change",
    schema: PasswordChangeSchema,
    lastResult: reply?.reply,
  });
  useEmptyPasswordOnReply(fields.currentPassword.id, reply);
  useEmptyPasswordOnReply(fields.newPassword.id, reply);
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t("settings.passwordTitle")}</h2>
      <p>{t("settings.passwordIntro")}</p>
      {reply?.changed ? (
        <p className="notice" role="status">
          {t("settings.passwordChanged")}
        </p>
      ) : null}
      <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <TextField
          field={fields.currentPassword}
          label={t("settings.currentPassword")}
          type="password"
          autoComplete="current-password"
        />
        <NewPasswordField field={fields.newPassword} label={t("settings.newPassword")} />
        <button type="submit" className="button button--primary">
          {t("settings.changePassword")}
        </button>
      </ValidatedForm>
    </section>
  );
}

/** The form for a new token, and the token itself once, right after it was made. */
export function TokenCreate() {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<TokenCreateReply>("/settings/tokens");
  const [form, fields] = useValidatedForm({ id: "token-create", schema: TokenCreateSchema, lastResult: reply?.reply });
  return (
    <>
      <ValidatedForm form={form} fetcher={fetcher} action={action} className="form form--inline">
        <TextField field={fields.name} label={t("settings.tokenName")} maxLength={80} />
        <button type="submit" className="button button--primary">
          {t("settings.create")}
        </button>
      </ValidatedForm>
      {reply?.token ? (
        <div className="notice" role="status">
          <p>{t("settings.createdNotice")}</p>
          <CopyField id="new-token" label={t("settings.newToken")} value={reply.token} />
        </div>
      ) : null}
    </>
  );
}

export function TokenRevoke({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/settings/tokens/revoke">
      <input type="hidden" name="tokenId" value={id} />
      <ConfirmAction
        label={t("settings.revoke", { name })}
        confirm={t("settings.revokeConfirm", { name })}
        consequence={t("settings.revokeConsequence")}
      />
    </Form>
  );
}
