import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { GrantForm, GrantSchema, SharingNotice, type SharingReply } from "~/components/sharing-forms";
import { CONSENT_RECIPIENTS, consentStanding } from "~/domain/sharing";
import { parseForm } from "~/forms";
import { organisationActor, requireConfirmedOrganisationAdmin } from "~/models/access.server";
import { associationNamesFor } from "~/models/association.server";
import { consentHistory, grantConsent } from "~/models/consent.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["sharing", "validation"], title: (t) => t("sharing.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireConfirmedOrganisationAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireConfirmedOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), GrantSchema);
  const recipient = CONSENT_RECIPIENTS.find((r) => r === submission.payload.recipient);
  if (!recipient) throw notFound();
  const refused = async (status: number, formErrors?: string[]) => {
    const history = await consentHistory({ organisationId: access.organisation.id });
    const { inForce } = consentStanding(history, recipient, new Date());
    const current = inForce ? { keepLatest: inForce.keepLatest } : null;
    return data<SharingReply>({ recipient, done: null, reply: submission.reply({ formErrors }), current }, { status });
  };
  if (submission.status !== "success") return refused(400);
  if (recipient === "association" && !(await associationNamesFor({ organisationId: access.organisation.id }))?.length) {
    return refused(409, ["sharing.noAssociation"]);
  }
  const granted = await grantConsent(organisationActor(access, "org_admin", context.clientAddress), {
    recipient,
    keepLatest: submission.value.keepLatest === "on",
    term: submission.value.term,
  });
  if (!granted) return refused(409, ["sharing.nothingSubmitted"]);
  return data<SharingReply>({ recipient, done: "granted", reply: submission.reply({ resetForm: true }) });
}

export default function GrantPage() {
  const { t } = useTranslation();
  const posted = useActionData<typeof action>();
  return (
    <ActionPage title={t("sharing.title")} back={{ to: "/organisation/sharing", label: t("sharing.title") }}>
      {(posted ? [posted.recipient] : CONSENT_RECIPIENTS).map((recipient) => (
        <section key={recipient} className="card" aria-labelledby={`sharing-${recipient}`}>
          <h2 id={`sharing-${recipient}`}>{t(`sharing.${recipient}.title`)}</h2>
          <SharingNotice recipient={recipient} />
          {posted?.done ? null : <GrantForm recipient={recipient} current={posted?.current ?? null} />}
        </section>
      ))}
    </ActionPage>
  );
}
