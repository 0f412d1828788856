import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  ErrorMessages,
  TextField,
  useActionForm,
  useEmptyPasswordOnReply,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { EmailSchema } from "~/domain/account";

export type ResendReply = { outcome: "sent" | "verified" } | { outcome: "throttled"; minutes: number };

/** Shown to a signed-in person whose address is unconfirmed, with a way to have the link sent again. */
export function EmailVerificationNotice({ email }: { email: string }) {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<ResendReply>("/verify-email/resend");
  return (
    <section className="card notice notice--warning" aria-labelledby="email-verification-title">
      <h2 id="email-verification-title">{t("emailAddress.notice.title")}</h2>
      <p>{t("emailAddress.notice.intro", { email })}</p>
      {reply ? (
        <p role="status">
          {reply.outcome === "throttled"
            ? t("emailAddress.notice.throttled", { count: reply.minutes })
            : reply.outcome === "sent"
              ? t("emailAddress.notice.resent", { email })
              : t("emailAddress.notice.alreadyVerified")}
        </p>
      ) : null}
      <fetcher.Form method="post" action={action}>
        <button type="submit" className="button button--secondary">
          {t("emailAddress.notice.resend")}
        </button>
      </fetcher.Form>
    </section>
  );
}

export const EmailChangeSchema = z.object({
  newEmail: EmailSchema,
  currentPassword: z.string().min(1).max(1024),
});
export type EmailChangeReply = { reply: SubmissionResult<string[]>; sentTo: string | null };

/** On /settings: a new address takes effect only once the link mailed to it is followed. */
export function EmailChange({ email }: { email: string }) {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<EmailChangeReply>("/settings/email");
  const [form, fields] = useValidatedForm({ id: "email-change", schema: EmailChangeSchema, lastResult: reply?.reply });
  useEmptyPasswordOnReply(fields.currentPassword.id, reply);
  return (
    <section className="card" aria-labelledby="email-change-title">
      <h2 id="email-change-title">{t("emailAddress.change.title")}</h2>
      <p>{t("emailAddress.change.current", { email })}</p>
      <p>{t("emailAddress.change.intro")}</p>
      {reply?.sentTo ? (
        <p className="notice" role="status">
          {t("emailAddress.change.sent", { email: reply.sentTo })}
        </p>
      ) : null}
      <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <TextField
          field={fields.newEmail}
          label={t("emailAddress.change.newEmail")}
          type="email"
          autoComplete="email"
        />
        <TextField
          field={fields.currentPassword}
          label={t("emailAddress.change.currentPassword")}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button button--primary">
          {t("emailAddress.change.submit")}
        </button>
      </ValidatedForm>
    </section>
  );
}
