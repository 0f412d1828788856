import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { AssociationForm, AssociationSchema, type FormReply } from "~/components/admin-forms";
import { parseForm } from "~/forms";
import { actorOf, requirePlatformAdmin } from "~/models/access.server";
import { createAssociation } from "~/models/association.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["admin", "fields", "organisation", "sectors", "validation"],
  title: (t) => t("admin.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requirePlatformAdmin(request);
  const submission = parseForm(await request.formData(), AssociationSchema);
  if (submission.status !== "success") return data<FormReply>({ reply: submission.reply() }, { status: 400 });
  await createAssociation(actorOf(access, context.clientAddress, "platform_admin"), {
    name: submission.value.associationName,
    sectors: submission.value.sectors,
  });
  return data<FormReply>({ reply: submission.reply({ resetForm: true }) });
}

export default function AssociationPage() {
  const { t } = useTranslation();
  return (
    <ActionPage title={t("admin.title")} back={{ to: "/admin", label: t("nav.admin") }}>
      <section className="card" aria-labelledby="association-title">
        <h2 id="association-title">{t("admin.newAssociation")}</h2>
        <AssociationForm />
      </section>
    </ActionPage>
  );
}
