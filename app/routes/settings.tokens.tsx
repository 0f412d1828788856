import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ActionPage } from "~/components/action-page";
import { TokenCreate, TokenCreateSchema, type TokenCreateReply } from "~/components/settings-forms";
import { parseForm } from "~/forms";
import { actorOf, requireAccess } from "~/models/access.server";
import { createApiToken } from "~/models/api-token.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["fields", "settings", "validation"], title: (t) => t("settings.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAccess(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const submission = parseForm(await request.formData(), TokenCreateSchema);
  if (submission.status !== "success") {
    return data<TokenCreateReply>({ reply: submission.reply(), token: null }, { status: 400 });
  }
  const token = await createApiToken(actorOf(access, context.clientAddress), submission.value.name);
  return data<TokenCreateReply>({ reply: submission.reply({ resetForm: true }), token });
}

export default function TokenCreatePage() {
  const { t } = useTranslation();
  return (
    <ActionPage title={t("settings.title")} back={{ to: "/settings", label: t("nav.settings") }}>
      <section className="card" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("settings.tokensTitle")}</h2>
        <p>{t("settings.tokensIntro")}</p>
        <TokenCreate />
      </section>
    </ActionPage>
  );
}
