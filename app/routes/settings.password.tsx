import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { PasswordChange, PasswordChangeSchema, type PasswordChangeReply } from "~/components/settings-forms";
import { parseForm } from "~/forms";
import { actorOf, requireAccess } from "~/models/access.server";
import { changePassword, verifySignIn } from "~/models/account.server";
import { isGuessablePassword } from "~/models/password.server";
import { startSession } from "~/models/session.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["fields", "settings", "validation"], title: (t) => t("settings.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAccess(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const submission = parseForm(await request.formData(), PasswordChangeSchema);
  const hide = { hideFields: ["currentPassword", "newPassword"] };
  if (submission.status !== "success") {
    return data<PasswordChangeReply>({ reply: submission.reply(hide), changed: false }, { status: 400 });
  }
  const { currentPassword, newPassword } = submission.value;
  if (await isGuessablePassword(newPassword, access.user.email)) {
    const reply = submission.reply({ ...hide, fieldErrors: { newPassword: ["validation.passwordCommon"] } });
    return data<PasswordChangeReply>({ reply, changed: false }, { status: 400 });
  }
  const check = await verifySignIn(access.user.email, currentPassword, context.clientAddress, "reauthenticated");
  if (!check.ok) {
    const reply = submission.reply({ ...hide, fieldErrors: { currentPassword: ["settings.currentPasswordWrong"] } });
    return data<PasswordChangeReply>({ reply, changed: false }, { status: check.reason === "throttled" ? 429 : 400 });
  }
  await changePassword(actorOf(access, context.clientAddress), newPassword);
  // Every session ended with the change, this one too: the person goes on in a new one.
  return data<PasswordChangeReply>(
    { reply: submission.reply({ resetForm: true }), changed: true },
    { headers: { "Set-Cookie": await startSession(request, access.user.id) } },
  );
}

export default function PasswordChangePage() {
  const { t } = useTranslation();
  return (
    <ActionPage title={t("settings.title")} back={{ to: "/settings", label: t("nav.settings") }}>
      <PasswordChange />
    </ActionPage>
  );
}
