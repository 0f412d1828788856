import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { EmailVerificationNotice, type ResendReply } from "~/components/email-address-forms";
import { requireAccess } from "~/models/access.server";
import { resendVerification } from "~/models/email-verification.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["emailAddress"], title: (t) => t("emailAddress.notice.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  return { email: access.user.email };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const result = await resendVerification({ userId: access.user.id, ip: context.clientAddress });
  if (result.ok) return data<ResendReply>({ outcome: "sent" });
  if (result.reason === "verified") return data<ResendReply>({ outcome: "verified" });
  return data<ResendReply>(
    { outcome: "throttled", minutes: Math.ceil(result.retryAfter / 60) },
    { status: 429, headers: { "Retry-After": String(result.retryAfter) } },
  );
}

export default function ResendVerificationPage() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  return (
    <ActionPage title={t("emailAddress.notice.title")} back={{ to: "/settings", label: t("nav.settings") }}>
      <EmailVerificationNotice email={email} />
    </ActionPage>
  );
}
