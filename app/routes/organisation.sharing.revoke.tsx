import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { RevokeSchema, SharingNotice, type SharingReply } from "~/components/sharing-forms";
import { CONSENT_RECIPIENTS } from "~/domain/sharing";
import { parseForm } from "~/forms";
import { organisationActor, requireConfirmedOrganisationAdmin } from "~/models/access.server";
import { revokeConsent } from "~/models/consent.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["sharing", "validation"], title: (t) => t("sharing.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireConfirmedOrganisationAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<SharingReply> {
  const access = await requireConfirmedOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), RevokeSchema);
  if (submission.status !== "success") throw notFound();
  const { recipient } = submission.value;
  await revokeConsent(organisationActor(access, "org_admin", context.clientAddress), recipient);
  return { recipient, done: "revoked", reply: null };
}

export default function RevokePage() {
  const { t } = useTranslation();
  return (
    <ActionPage title={t("sharing.title")} back={{ to: "/organisation/sharing", label: t("sharing.title") }}>
      {CONSENT_RECIPIENTS.map((recipient) => (
        <SharingNotice key={recipient} recipient={recipient} />
      ))}
    </ActionPage>
  );
}
