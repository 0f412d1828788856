import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import {
  DisableForm,
  DisableSchema,
  DisabledNotice,
  disableRefusal,
  type DisableReply,
} from "~/components/two-factor-forms";
import { parseForm } from "~/forms";
import { requireSignedIn, secondFactorRequired } from "~/models/access.server";
import { verifySignIn } from "~/models/account.server";
import { disableSecondFactor } from "~/models/second-factor.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["confirm", "fields", "secondFactor", "signin", "validation"],
  title: (t) => t("secondFactor.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { required: secondFactorRequired(await requireSignedIn(request, context)) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireSignedIn(request);
  const submission = parseForm(await request.formData(), DisableSchema);
  const hide = { hideFields: ["password", "code"] };
  if (submission.status !== "success") {
    return data<DisableReply>({ reply: submission.reply(hide), disabled: false }, { status: 400 });
  }
  const { password, code } = submission.value;
  // The password first: a wrong one leaves the code, a recovery code above all, unused.
  const check = await verifySignIn(access.user.email, password, context.clientAddress, "reauthenticated");
  const result = check.ok ? await disableSecondFactor(access.user.id, code, context.clientAddress) : check;
  if (result.ok) return data<DisableReply>({ reply: submission.reply({ resetForm: true }), disabled: true });
  const throttled = result.reason === "throttled";
  const message = disableRefusal(throttled ? result.retryAfter : null);
  return data<DisableReply>(
    { reply: submission.reply({ ...hide, formErrors: [message] }), disabled: false },
    { status: throttled ? 429 : 400 },
  );
}

export default function DisableSecondFactor() {
  const { t } = useTranslation();
  const { required } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  return (
    <ActionPage title={t("secondFactor.title")} back={{ to: "/settings/two-factor", label: t("secondFactor.title") }}>
      <DisabledNotice />
      {posted?.disabled ? null : <DisableForm required={required} />}
    </ActionPage>
  );
}
