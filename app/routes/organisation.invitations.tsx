import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { InviteForm, InviteSchema, type InviteReply } from "~/components/organisation-forms";
import { INVITATION_VALID_DAYS } from "~/domain/account";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { organisationActor, requireOrganisationAdmin } from "~/models/access.server";
import { createInvitation } from "~/models/invitation.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["organisation", "validation"], title: (t) => t("nav.organisation") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOrganisationAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), InviteSchema);
  if (submission.status !== "success") {
    return data<InviteReply>({ reply: submission.reply(), link: null, invited: null }, { status: 400 });
  }
  const { token } = await createInvitation(organisationActor(access, "org_admin", context.clientAddress), {
    role: "member",
    email: submission.value.email,
    organisationId: access.organisation.id,
    language: await getLanguage(request),
  });
  return data<InviteReply>({
    reply: submission.reply({ resetForm: true }),
    link: new URL(`/invitations/${token}`, request.url).href,
    invited: submission.value.email,
  });
}

export default function InvitationPage() {
  const { t } = useTranslation();
  return (
    <ActionPage title={t("nav.organisation")} back={{ to: "/organisation", label: t("nav.organisation") }}>
      <section aria-labelledby="invite-title" className="card">
        <h2 id="invite-title">{t("organisation.inviteTitle")}</h2>
        <p>{t("organisation.inviteIntro", { count: INVITATION_VALID_DAYS })}</p>
        <InviteForm />
      </section>
    </ActionPage>
  );
}
