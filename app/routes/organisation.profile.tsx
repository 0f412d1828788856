import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useValidatedForm, ValidatedForm } from "~/components/form";
import { OrganisationFields } from "~/components/organisation-fields";
import { OrganisationProfileSchema } from "~/domain/organisation";
import { parseForm } from "~/forms";
import { organisationActor, requireOrganisationAdmin } from "~/models/access.server";
import { getOrganisationProfile, updateOrganisationProfile } from "~/models/organisation.server";
import { verificationStatus } from "~/models/verification.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["fields", "organisation", "regions", "sectors", "sizeBands", "validation"],
  title: (t) => t("organisation.editProfile"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireOrganisationAdmin(request, context);
  const [profile, verification] = await Promise.all([
    getOrganisationProfile({ organisationId: access.organisation.id }),
    verificationStatus({ organisationId: access.organisation.id }),
  ]);
  if (!profile) throw notFound();
  return { profile, verified: Boolean(verification?.verifiedAt) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), OrganisationProfileSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { organisationName, kvkNumber, ...rest } = submission.value;
  await updateOrganisationProfile(organisationActor(access, "org_admin", context.clientAddress), {
    name: organisationName,
    kvkNumber: kvkNumber || null,
    ...rest,
  });
  return redirect("/organisation");
}

export default function OrganisationProfile() {
  const { t } = useTranslation();
  const { profile, verified } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "profile",
    schema: OrganisationProfileSchema,
    lastResult,
    defaultValue: {
      organisationName: profile.name,
      sector: profile.sector,
      sizeBand: profile.sizeBand,
      region: profile.region,
      kvkNumber: profile.kvkNumber ?? "",
    },
  });
  return (
    <section className="page page--narrow" aria-labelledby="profile-title">
      <h1 id="profile-title">{t("organisation.editProfile")}</h1>
      {verified ? <p className="notice">{t("organisation.verificationLapses")}</p> : null}
      <ValidatedForm form={form} className="form">
        <OrganisationFields fields={fields} />
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t("common.save")}
          </button>
          <Link to="/organisation">{t("common.cancel")}</Link>
        </div>
      </ValidatedForm>
    </section>
  );
}
