import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { parseForm } from "~/forms";
import { actorOf, requireSignedIn } from "~/models/access.server";
import { erasePerson } from "~/models/person-data.server";
import { endSession, requireRecentConfirmation } from "~/models/session.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["settings", "validation"], title: (t) => t("settings.erase.title") };

const EraseSchema = z.object({ confirmEmail: z.string().trim().min(1, "validation.required").max(254) });

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireSignedIn(request, context);
  await requireRecentConfirmation(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireSignedIn(request);
  await requireRecentConfirmation(request);
  const submission = parseForm(await request.formData(), EraseSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // The own address typed, so erasing is never one careless click.
  if (submission.value.confirmEmail.toLowerCase() !== access.user.email.toLowerCase()) {
    return data(submission.reply({ fieldErrors: { confirmEmail: ["settings.erase.emailMismatch"] } }), { status: 400 });
  }
  const refusal = await erasePerson(actorOf(access, context.clientAddress));
  if (refusal) return data(submission.reply({ formErrors: [`settings.erase.refused.${refusal}`] }), { status: 409 });
  return redirect("/?erased=1", { headers: { "Set-Cookie": await endSession(request) } });
}

export default function EraseAccount() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({ id: "erase", schema: EraseSchema, lastResult });
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/settings">{t("settings.title")}</Link>
      </p>
      <h1>{t("settings.erase.title")}</h1>
      <p className="lead">{t("settings.erase.intro")}</p>
      <ul>
        <li>{t("settings.erase.removes")}</li>
        <li>{t("settings.erase.keeps")}</li>
      </ul>
      <p>
        <a href="/settings/data.json">{t("settings.erase.exportFirst")}</a>
      </p>
      <ValidatedForm form={form} className="form">
        {form.errors?.length ? (
          <div className="field-error" role="alert">
            {form.errors.map((e) => (
              <p key={e}>{t(e as "settings.erase.refused.last_admin")}</p>
            ))}
          </div>
        ) : null}
        <TextField
          field={fields.confirmEmail}
          label={t("settings.erase.confirmLabel")}
          type="email"
          autoComplete="off"
        />
        <button type="submit" className="button button--danger">
          {t("settings.erase.submit")}
        </button>
      </ValidatedForm>
    </div>
  );
}
