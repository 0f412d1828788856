import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  NewPasswordField,
  TextField,
  useEmptyPasswordOnReply,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { OrganisationFields } from "~/components/organisation-fields";
import { EmailSchema, PasswordSchema, PersonNameSchema } from "~/domain/account";
import { OrganisationProfileSchema } from "~/domain/organisation";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { getAccess } from "~/models/access.server";
import { signUp } from "~/models/account.server";
import { isGuessablePassword } from "~/models/password.server";
import type { PageHandle } from "~/page-title";
import { answerAfter } from "~/server/answer-time.server";

export const handle: PageHandle = {
  i18n: ["fields", "regions", "sectors", "signup", "sizeBands", "validation"],
  title: (t) => t("signup.title"),
};

// Both branches hash the password; a new address also writes the organisation and its admin,
// about 20–60 ms more (measured). Every answer waits until the same moment after the request.
const SIGN_UP_ANSWER_MS = 600;

const SignUpSchema = OrganisationProfileSchema.extend({
  name: PersonNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getAccess(request, context)) throw redirect("/home");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), SignUpSchema);
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { organisationName, sector, sizeBand, region, kvkNumber, name, email, password } = submission.value;
  if (await isGuessablePassword(password, email)) {
    return data(
      submission.reply({ fieldErrors: { password: ["validation.passwordCommon"] }, hideFields: ["password"] }),
      { status: 400 },
    );
  }
  const language = await getLanguage(request);
  await answerAfter(SIGN_UP_ANSWER_MS, () =>
    signUp({
      organisation: { name: organisationName, sector, sizeBand, region, kvkNumber },
      name,
      email,
      password,
      ip: context.clientAddress,
      language,
    }),
  );
  // The same answer whether the address had an account or not: only its mailbox learns which.
  // A new admin signs in from there and lands on a welcome with the next steps.
  return redirect(`/verify-email?${new URLSearchParams({ redirectTo: "/organisation?welcome" })}`);
}

export default function SignUp() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "signup",
    schema: SignUpSchema,
    lastResult,
  });
  useEmptyPasswordOnReply(fields.password.id, lastResult);
  return (
    <section className="page page--narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("signup.title")}</h1>
      <p className="lead">{t("signup.intro")}</p>
      <ValidatedForm form={form} className="form">
        <fieldset>
          <legend>{t("signup.organisationLegend")}</legend>
          <OrganisationFields fields={fields} />
        </fieldset>
        <fieldset>
          <legend>{t("signup.personLegend")}</legend>
          <TextField field={fields.name} label={t("fields.name")} autoComplete="name" />
          <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="email" />
          <NewPasswordField field={fields.password} label={t("fields.password")} />
        </fieldset>
        <p className="form-note">{t("signup.privacy")}</p>
        <button type="submit" className="button button--primary">
          {t("signup.submit")}
        </button>
      </ValidatedForm>
      <p>
        {t("signup.haveAccount")} <Link to="/signin">{t("signup.signInLink")}</Link>
      </p>
    </section>
  );
}
