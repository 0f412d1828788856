import { data, type ActionFunctionArgs } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { EmailSchema, PASSWORD_RESET_MINUTES } from "~/domain/account";
import { parseForm } from "~/forms";
import { requestPasswordReset } from "~/models/password-reset.server";
import type { PageHandle } from "~/page-title";
import { answerAfter } from "~/server/answer-time.server";

export const handle: PageHandle = {
  i18n: ["fields", "passwordReset", "validation"],
  title: (t) => t("passwordReset.forgotTitle"),
};

const ForgotSchema = z.object({ email: EmailSchema });

// Mailing a known address took 7–10 ms longer than answering for an unknown one (measured):
// every answer waits until the same moment after the request, so its time tells nothing.
const ANSWER_AFTER_MS = 400;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), ForgotSchema);
  if (submission.status !== "success") return data({ reply: submission.reply(), sentTo: null }, { status: 400 });
  const { email } = submission.value;
  const result = await answerAfter(ANSWER_AFTER_MS, () => requestPasswordReset({ email, ip: context.clientAddress }));
  if (!result.ok) {
    const reply = submission.reply({ formErrors: [`passwordReset.throttled:${Math.ceil(result.retryAfter / 60)}`] });
    return data({ reply, sentTo: null }, { status: 429 });
  }
  // The same answer whether the address has an account or not.
  return { reply: submission.reply({ resetForm: true }), sentTo: email };
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({ id: "forgot", schema: ForgotSchema, lastResult: result?.reply });
  return (
    <section className="page page--narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("passwordReset.forgotTitle")}</h1>
      {result?.sentTo ? (
        <p className="notice" role="status">
          {t("passwordReset.sent", { email: result.sentTo, minutes: PASSWORD_RESET_MINUTES })}
        </p>
      ) : (
        <p>{t("passwordReset.forgotIntro")}</p>
      )}
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="username" />
        <button type="submit" className="button button--primary">
          {t("passwordReset.send")}
        </button>
      </ValidatedForm>
      <p>
        <Link to="/signin">{t("passwordReset.backToSignIn")}</Link>
      </p>
    </section>
  );
}
