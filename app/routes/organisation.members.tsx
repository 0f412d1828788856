import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { MemberChangeError, MemberChangeSchema, type MemberChangeReply } from "~/components/organisation-forms";
import { parseForm } from "~/forms";
import { organisationActor, requireOrganisationAdmin } from "~/models/access.server";
import { changeMember } from "~/models/organisation.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["organisation", "validation"], title: (t) => t("nav.organisation") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOrganisationAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), MemberChangeSchema);
  if (submission.status !== "success") return data<MemberChangeReply>({ error: "validation.invalid" }, { status: 400 });
  const { change, userId } = submission.value;
  const result = await changeMember(organisationActor(access, "org_admin", context.clientAddress), {
    memberUserId: userId,
    change: change === "remove" ? "remove" : { role: change === "makeAdmin" ? "admin" : "member" },
  });
  if (!result.ok) {
    if (result.error === "not_found") throw notFound();
    return data<MemberChangeReply>({ error: "organisation.lastAdmin" }, { status: 409 });
  }
  return redirect("/organisation");
}

export default function MemberChangePage() {
  const { t } = useTranslation();
  return (
    <ActionPage title={t("nav.organisation")} back={{ to: "/organisation", label: t("nav.organisation") }}>
      <MemberChangeError />
    </ActionPage>
  );
}
