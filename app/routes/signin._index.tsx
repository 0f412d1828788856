import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useEmptyPasswordOnReply, useValidatedForm, ValidatedForm } from "~/components/form";
import { EmailSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { getAccess } from "~/models/access.server";
import { setLanguage, verifySignIn } from "~/models/account.server";
import { hasSecondFactor } from "~/models/second-factor.server";
import { startSession } from "~/models/session.server";
import { safeRedirectPath } from "~/safe-redirect";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["fields", "signin", "validation"], title: (t) => t("signin.title") };

// The length is not checked here: sign-in must not tell a short wrong password from a long one.
const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(1024),
  redirectTo: z.string().max(2048).optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (await getAccess(request, context)) throw redirect(safeRedirectPath(url.searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), SignInSchema);
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const result = await verifySignIn(submission.value.email, submission.value.password, context.clientAddress);
  if (!result.ok) {
    const message =
      result.reason === "throttled" ? `signin.throttled:${Math.ceil(result.retryAfter / 60)}` : "signin.failed";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "throttled" ? 429 : 400,
    });
  }
  const redirectTo = safeRedirectPath(submission.value.redirectTo);
  // The language the person signs in with is the one their mail is written in from now on.
  await setLanguage(result.userId, await getLanguage(request));
  // With a second factor, the session only opens once the code checks out.
  if (await hasSecondFactor(result.userId)) {
    const cookie = await startSession(request, result.userId, { awaitingSecondFactor: true });
    return redirect(`/signin/code?${new URLSearchParams({ redirectTo })}`, { headers: { "Set-Cookie": cookie } });
  }
  return redirect(redirectTo, { headers: { "Set-Cookie": await startSession(request, result.userId) } });
}

export default function SignIn() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useValidatedForm({
    id: "signin",
    schema: SignInSchema,
    lastResult,
  });
  useEmptyPasswordOnReply(fields.password.id, lastResult);
  return (
    <section className="page page--narrow" aria-labelledby="signin-title">
      <h1 id="signin-title">{t("signin.title")}</h1>
      {searchParams.get("reason") === "signedOut" ? (
        <p className="notice" role="status">
          {t("signin.signedOutNotice")}
        </p>
      ) : null}
      {searchParams.get("reason") === "passwordReset" ? (
        <p className="notice" role="status">
          {t("signin.passwordResetNotice")}
        </p>
      ) : null}
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="username" />
        <TextField
          field={fields.password}
          label={t("fields.password")}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button button--primary">
          {t("signin.submit")}
        </button>
      </ValidatedForm>
      <p>
        <Link to="/password/forgot">{t("signin.forgotPassword")}</Link>
      </p>
      <p>
        {t("signin.noAccount")} <Link to="/signup">{t("signin.signUpLink")}</Link>
      </p>
    </section>
  );
}
