import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  ErrorMessages,
  NewPasswordField,
  useEmptyPasswordOnReply,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { PASSWORD_RESET_MINUTES, PasswordSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { isGuessablePassword } from "~/models/password.server";
import { findPasswordReset, resetPassword } from "~/models/password-reset.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["fields", "passwordReset", "validation"],
  title: (t, loaded) =>
    t(
      (loaded as { email: string | null } | undefined)?.email
        ? "passwordReset.resetTitle"
        : "passwordReset.invalidTitle",
    ),
};

const ResetSchema = z.object({ newPassword: PasswordSchema });
const INVALID = `passwordReset.invalid:${PASSWORD_RESET_MINUTES}`;
const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

async function accountOf(token: string | undefined) {
  const parsed = TokenSchema.safeParse(token);
  return parsed.success ? await findPasswordReset(parsed.data) : null;
}

export async function loader({ params }: LoaderFunctionArgs) {
  return { email: (await accountOf(params.token))?.email ?? null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), ResetSchema);
  const hide = { hideFields: ["newPassword"] };
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const account = await accountOf(params.token);
  if (!account) {
    return data(submission.reply({ ...hide, formErrors: [INVALID] }), { status: 400 });
  }
  if (await isGuessablePassword(submission.value.newPassword, account.email)) {
    const reply = submission.reply({ ...hide, fieldErrors: { newPassword: ["validation.passwordCommon"] } });
    return data(reply, { status: 400 });
  }
  const result = await resetPassword({
    token: params.token ?? "",
    password: submission.value.newPassword,
    ip: context.clientAddress,
  });
  if (!result.ok) return data(submission.reply({ ...hide, formErrors: [INVALID] }), { status: 400 });
  return redirect("/signin?reason=passwordReset");
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({ id: "reset", schema: ResetSchema, lastResult });
  useEmptyPasswordOnReply(fields.newPassword.id, lastResult);
  if (!email) {
    return (
      <section className="page page--narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t("passwordReset.invalidTitle")}</h1>
        <p>{t("passwordReset.invalid", { count: PASSWORD_RESET_MINUTES })}</p>
        <p>
          <Link to="/password/forgot">{t("passwordReset.askAgain")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page page--narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("passwordReset.resetTitle")}</h1>
      <p>{t("passwordReset.resetIntro", { email })}</p>
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <NewPasswordField field={fields.newPassword} label={t("passwordReset.newPassword")} username={email} />
        <button type="submit" className="button button--primary">
          {t("passwordReset.save")}
        </button>
      </ValidatedForm>
    </section>
  );
}
