import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { PersonNameSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { acceptInvitation, findInvitation } from "~/models/invitation.server";
import type { TFunction } from "i18next";
import type { PageHandle } from "~/page-title";
import { answerAfter } from "~/server/answer-time.server";

type Invitation = Awaited<ReturnType<typeof loader>>["invitation"];

/** Where the invitation leads: an organisation, an association, or Customs. */
function targetOf(t: TFunction, invitation: Extract<Invitation, { status: "valid" }>) {
  return invitation.organisationName ?? invitation.associationName ?? t("invitation.customs");
}

export const handle: PageHandle = {
  i18n: ["fields", "invitation", "validation"],
  title: (t, data: { invitation?: Invitation } | null) =>
    data?.invitation?.status === "valid"
      ? t("invitation.title", { target: targetOf(t, data.invitation) })
      : t("invitation.invalidTitle"),
};

// No password: whoever holds the link may be the inviter, so the address's owner chooses it on
// confirming the address (/verify-email/:token).
const AcceptSchema = z.object({ name: PersonNameSchema });
// A new account writes more rows than a taken address's mail (measured: tens of ms).
const ACCEPT_ANSWER_MS = 600;
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
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const token = TokenSchema.safeParse(params.token);
  const language = await getLanguage(request);
  const result = token.success
    ? await answerAfter(ACCEPT_ANSWER_MS, () =>
        acceptInvitation({ token: token.data, ...submission.value, ip: context.clientAddress, language }),
      )
    : ({ ok: false, error: "invitation_invalid" } as const);
  if (!result.ok && result.error === "invitation_invalid") {
    return data(submission.reply({ formErrors: ["invitation.noLongerValid"] }), { status: 400 });
  }
  // A new account and an address that already had one get the same answer; only the mailbox
  // learns which. The new account gets its password, and signs in, once its address is confirmed.
  return redirect("/invitations/accepted");
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
  const target = targetOf(t, invitation);
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
        <button type="submit" className="button button--primary">
          {t("invitation.submit")}
        </button>
      </ValidatedForm>
    </section>
  );
}
