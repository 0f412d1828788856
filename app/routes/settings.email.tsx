import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { EmailChange, EmailChangeSchema, type EmailChangeReply } from "~/components/email-address-forms";
import { parseForm } from "~/forms";
import { actorOf, requireAccess } from "~/models/access.server";
import { requestEmailChange, verifySignIn } from "~/models/account.server";
import type { PageHandle } from "~/page-title";
import { answerAfter } from "~/server/answer-time.server";

export const handle: PageHandle = {
  i18n: ["emailAddress", "fields", "settings", "validation"],
  title: (t) => t("emailAddress.change.title"),
};

// A free new address gets a link, a taken one its owner a mail: about the same work, and every
// answer waits until the same moment after the request all the same.
const CHANGE_ANSWER_MS = 400;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  return { email: access.user.email };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const submission = parseForm(await request.formData(), EmailChangeSchema);
  const hide = { hideFields: ["currentPassword"] };
  const refuse = (reply: EmailChangeReply["reply"], status: number) =>
    data<EmailChangeReply>({ reply, sentTo: null }, { status });
  if (submission.status !== "success") return refuse(submission.reply(hide), 400);
  const { newEmail, currentPassword } = submission.value;
  const check = await verifySignIn(access.user.email, currentPassword, context.clientAddress, "reauthenticated");
  if (!check.ok) {
    const reply = submission.reply({ ...hide, fieldErrors: { currentPassword: ["settings.currentPasswordWrong"] } });
    return refuse(reply, check.reason === "throttled" ? 429 : 400);
  }
  const actor = actorOf(access, context.clientAddress);
  const result = await answerAfter(CHANGE_ANSWER_MS, () => requestEmailChange({ actor, newEmail }));
  if (!result.ok)
    return refuse(submission.reply({ ...hide, fieldErrors: { newEmail: ["emailAddress.change.same"] } }), 400);
  return data<EmailChangeReply>({ reply: submission.reply({ resetForm: true }), sentTo: newEmail });
}

export default function EmailChangePage() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  return (
    <ActionPage title={t("settings.title")} back={{ to: "/settings", label: t("nav.settings") }}>
      <EmailChange email={email} />
    </ActionPage>
  );
}
