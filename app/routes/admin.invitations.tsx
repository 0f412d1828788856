import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { InvitationForm, InvitationSchema, type InvitationReply } from "~/components/admin-forms";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { actorOf, requirePlatformAdmin } from "~/models/access.server";
import { listAssociations } from "~/models/association.server";
import { createInvitation } from "~/models/invitation.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["admin", "fields", "organisation", "sectors", "validation"],
  title: (t) => t("admin.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request, context);
  return { associations: (await listAssociations()).map(({ id, name }) => ({ id, name })) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requirePlatformAdmin(request);
  const submission = parseForm(await request.formData(), InvitationSchema);
  if (submission.status !== "success") {
    return data<InvitationReply>({ reply: submission.reply(), link: null }, { status: 400 });
  }
  const value = submission.value;
  const { token } = await createInvitation(actorOf(access, context.clientAddress, "platform_admin"), {
    role: value.role,
    email: value.email,
    name: value.name,
    associationId: value.role === "analyst" ? value.associationId : undefined,
    language: await getLanguage(request),
  });
  return data<InvitationReply>({
    reply: submission.reply({ resetForm: true }),
    link: new URL(`/invitations/${token}`, request.url).href,
  });
}

export default function InvitationPage() {
  const { t } = useTranslation();
  const { associations } = useLoaderData<typeof loader>();
  return (
    <ActionPage title={t("admin.title")} back={{ to: "/admin", label: t("nav.admin") }}>
      <section className="card" aria-labelledby="analyst-title">
        <h2 id="analyst-title">{t("admin.analystTitle")}</h2>
        <InvitationForm associations={associations} />
      </section>
      <section className="card" aria-labelledby="reviewer-title">
        <h2 id="reviewer-title">{t("admin.reviewerTitle")}</h2>
        <InvitationForm />
      </section>
    </ActionPage>
  );
}
