import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  ErrorMessages,
  NewPasswordField,
  useEmptyPasswordOnReply,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { EMAIL_CONFIRMATION_HOURS, PasswordSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { confirmEmail, findEmailConfirmation, type EmailConfirmation } from "~/models/email-verification.server";
import { isGuessablePassword } from "~/models/password.server";
import type { PageHandle } from "~/page-title";

type Loaded = { confirmation: EmailConfirmation | null };

export const handle: PageHandle = {
  i18n: ["emailAddress", "fields", "validation"],
  title: (t, loaded) => {
    const confirmation = (loaded as Loaded | undefined)?.confirmation;
    if (!confirmation) return t("emailAddress.confirm.invalidTitle");
    return t(
      confirmation.purpose === "change" ? "emailAddress.confirm.changeTitle" : "emailAddress.confirm.verifyTitle",
    );
  },
};

const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const ChoosePasswordSchema = z.object({ password: PasswordSchema });
const hide = { hideFields: ["password"] };

async function confirmationOf(token: string | undefined) {
  const parsed = TokenSchema.safeParse(token);
  return parsed.success ? { token: parsed.data, confirmation: await findEmailConfirmation(parsed.data) } : null;
}

// Following the link only shows the question: a mail scanner that opens links changes nothing.
export async function loader({ params }: LoaderFunctionArgs): Promise<Loaded> {
  return { confirmation: (await confirmationOf(params.token))?.confirmation ?? null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const found = await confirmationOf(params.token);
  if (!found?.confirmation) return data(null, { status: 400 });
  let password: string | undefined;
  if (found.confirmation.choosePassword) {
    const submission = parseForm(await request.formData(), ChoosePasswordSchema);
    if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
    if (await isGuessablePassword(submission.value.password, found.confirmation.email)) {
      const reply = submission.reply({ ...hide, fieldErrors: { password: ["validation.passwordCommon"] } });
      return data(reply, { status: 400 });
    }
    password = submission.value.password;
  }
  const result = await confirmEmail({ token: found.token, password, ip: context.clientAddress });
  if (!result.ok) return data(null, { status: 400 });
  const done = new URLSearchParams({ next: result.next });
  if (result.purpose === "change") done.set("changed", "");
  return redirect(`/verify-email/confirmed?${done}`);
}

export default function ConfirmEmail() {
  const { t } = useTranslation();
  const { confirmation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData ?? undefined;
  const [form, fields] = useValidatedForm({ id: "confirm", schema: ChoosePasswordSchema, lastResult });
  useEmptyPasswordOnReply(fields.password.id, lastResult);
  if (!confirmation) {
    return (
      <section className="page page--narrow" aria-labelledby="confirm-title">
        <h1 id="confirm-title">{t("emailAddress.confirm.invalidTitle")}</h1>
        <p>{t("emailAddress.confirm.invalid", { count: EMAIL_CONFIRMATION_HOURS })}</p>
        <p>
          <Link to="/signin">{t("emailAddress.confirm.signInLink")}</Link>
        </p>
      </section>
    );
  }
  const change = confirmation.purpose === "change";
  const submit = (
    <button type="submit" className="button button--primary">
      {t("emailAddress.confirm.submit")}
    </button>
  );
  return (
    <section className="page page--narrow" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t(change ? "emailAddress.confirm.changeTitle" : "emailAddress.confirm.verifyTitle")}</h1>
      <p>
        {t(
          change
            ? "emailAddress.confirm.changeIntro"
            : confirmation.choosePassword
              ? "emailAddress.confirm.choosePasswordIntro"
              : "emailAddress.confirm.verifyIntro",
          { email: confirmation.email },
        )}
      </p>
      {confirmation.choosePassword ? (
        <ValidatedForm form={form} className="form">
          <ErrorMessages id={form.errorId} errors={form.errors} />
          <NewPasswordField field={fields.password} label={t("fields.password")} username={confirmation.email} />
          {submit}
        </ValidatedForm>
      ) : (
        <Form method="post" className="form">
          {submit}
        </Form>
      )}
    </section>
  );
}
