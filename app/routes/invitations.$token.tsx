import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useEmptyPasswordOnReply, useValidatedForm, ValidatedForm } from "~/components/form";
import { PasswordSchema, PersonNameSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { acceptInvitation, findInvitation } from "~/models/invitation.server";
import { isGuessablePassword } from "~/models/password.server";
import { startSession } from "~/models/session.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["fields", "invitation", "validation"], title: (t) => t("invitation.title") };

const AcceptSchema = z.object({ name: PersonNameSchema, password: PasswordSchema });
const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

async function lookUp(token: string | undefined) {
  const parsed = TokenSchema.safeParse(token);
  return parsed.success ? findInvitation(parsed.data) : ({ status: "unknown" } as const);
}

export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await lookUp(params.token);
  if (invitation.status !== "valid") return { invitation: { status: invitation.status } } as const;
  const { email, name, role, organisationName, associationName } = invitation;
  return { invitation: { status: "valid", email, name, role, organisationName, associationName } } as const;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), AcceptSchema);
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  if (await isGuessablePassword(submission.value.password)) {
    return data(
      submission.reply({ fieldErrors: { password: ["validation.passwordCommon"] }, hideFields: ["password"] }),
      { status: 400 },
    );
  }
  const token = TokenSchema.safeParse(params.token);
  const result = token.success
    ? await acceptInvitation({
        token: token.data,
        ...submission.value,
        ip: context.clientAddress,
        language: await getLanguage(request),
      })
    : ({ ok: false, error: "invitation_invalid" } as const);
  if (!result.ok) {
    const message = result.error === "email_taken" ? "invitation.emailTaken" : "invitation.noLongerValid";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: 400 });
  }
  return redirect("/home", { headers: { "Set-Cookie": await startSession(request, result.userId) } });
}

export default function AcceptInvitation() {
  const { t } = useTranslation();
  const { invitation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "accept",
    schema: AcceptSchema,
    lastResult,
    defaultValue: { name: invitation.status === "valid" ? (invitation.name ?? "") : "" },
  });
  useEmptyPasswordOnReply(fields.password.id, lastResult);
  if (invitation.status !== "valid") {
    return (
      <section className="page page--narrow" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t("invitation.invalidTitle")}</h1>
        <p>{t(`invitation.${invitation.status}`)}</p>
        <p>
          <Link to="/">{t("errors.backHome")}</Link>
        </p>
      </section>
    );
  }
  const target = invitation.organisationName ?? invitation.associationName ?? t("invitation.customs");
  return (
    <section className="page page--narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("invitation.title", { target })}</h1>
      <p className="lead">{t(`invitation.intro.${invitation.role}`, { target })}</p>
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <div className="field">
          <label htmlFor="invitation-email">{t("fields.email")}</label>
          <input id="invitation-email" type="email" value={invitation.email} readOnly autoComplete="username" />
        </div>
        <TextField field={fields.name} label={t("fields.name")} autoComplete="name" />
        <TextField
          field={fields.password}
          label={t("fields.password")}
          type="password"
          autoComplete="new-password"
          description={t("fields.passwordHint")}
        />
        <button type="submit" className="button button--primary">
          {t("invitation.submit")}
        </button>
      </ValidatedForm>
    </section>
  );
}
