import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { NotificationSettings, type NotificationSettingsReply } from "~/components/notification-settings";
import { NotificationSettingsSchema } from "~/domain/notifications";
import { parseForm } from "~/forms";
import { actorOf, requireAccess } from "~/models/access.server";
import { notificationChoices, saveNotificationSettings } from "~/models/notification.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["notifications", "settings", "validation"],
  title: (t) => t("notifications.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  return notificationChoices(access);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const submission = parseForm(await request.formData(), NotificationSettingsSchema);
  if (submission.status !== "success") {
    return data<NotificationSettingsReply>({ reply: submission.reply(), saved: false }, { status: 400 });
  }
  // Only the kinds this person is offered change; the rest keep what they were.
  const { offered } = await notificationChoices(access);
  await saveNotificationSettings(actorOf(access, context.clientAddress), {
    offered,
    enabled: submission.value.enabled,
  });
  return data<NotificationSettingsReply>({ reply: submission.reply(), saved: true });
}

export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const notifications = useLoaderData<typeof loader>();
  return (
    <ActionPage title={t("settings.title")} back={{ to: "/settings", label: t("nav.settings") }}>
      <NotificationSettings {...notifications} />
    </ActionPage>
  );
}
