import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { parseForm } from "~/forms";
import { organisationActor, requireConfirmedOrganisationAdmin } from "~/models/access.server";
import { deleteOrganisation } from "~/models/organisation-data.server";
import { endSession } from "~/models/session.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["deletion", "validation"],
  title: (t, data: { name?: string } | null) =>
    data?.name ? t("deletion.title", { name: data.name }) : t("deletion.link"),
};

const DeleteSchema = z.object({ confirmName: z.string().trim().min(1).max(200) });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireConfirmedOrganisationAdmin(request, context);
  return { name: access.organisation.name };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireConfirmedOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), DeleteSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // The name typed exactly, so a deletion is never one careless click.
  if (submission.value.confirmName !== access.organisation.name) {
    return data(submission.reply({ fieldErrors: { confirmName: ["deletion.nameMismatch"] } }), { status: 400 });
  }
  await deleteOrganisation(organisationActor(access, "org_admin", context.clientAddress));
  return redirect("/?deleted=1", { headers: { "Set-Cookie": await endSession(request) } });
}

export default function DeleteOrganisation() {
  const { t } = useTranslation();
  const { name } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "delete",
    schema: DeleteSchema,
    lastResult,
  });
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/organisation">{t("nav.organisation")}</Link>
      </p>
      <h1>{t("deletion.title", { name })}</h1>
      <p className="lead">{t("deletion.intro")}</p>
      <ul>
        <li>{t("deletion.removes")}</li>
        <li>{t("deletion.keeps")}</li>
      </ul>
      <p>
        <a href="/organisation/export.json" download>
          {t("deletion.exportFirst")}
        </a>
      </p>
      <ValidatedForm form={form} className="form">
        <TextField field={fields.confirmName} label={t("deletion.confirmLabel", { name })} />
        <button type="submit" className="button button--danger">
          {t("deletion.submit")}
        </button>
      </ValidatedForm>
    </div>
  );
}
