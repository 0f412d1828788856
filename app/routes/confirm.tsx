import { data, redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useEmptyPasswordOnReply, useValidatedForm, ValidatedForm } from "~/components/form";
import { SecondFactorCodeSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { requireAccess } from "~/models/access.server";
import { verifySignIn } from "~/models/account.server";
import { verifySecondFactor } from "~/models/second-factor.server";
import { confirmSession } from "~/models/session.server";
import { safeRedirectPath } from "~/safe-redirect";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["confirm", "fields", "secondFactor", "validation"],
  title: (t) => t("confirm.title"),
};

const schemaFor = (withCode: boolean) =>
  z.object({
    password: z.string().min(1).max(1024),
    code: withCode ? SecondFactorCodeSchema : z.undefined(),
    redirectTo: z.string().max(2048).optional(),
  });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  return { withCode: access.secondFactor };
}

/** Typing the password (and code) again before a step that shares, exports or deletes data. */
export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const submission = parseForm(await request.formData(), schemaFor(access.secondFactor));
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const { password, code, redirectTo } = submission.value;
  const failed = (status: number) =>
    data(submission.reply({ formErrors: ["confirm.failed"], hideFields: ["password", "code"] }), { status });
  const check = await verifySignIn(access.user.email, password, context.clientAddress, "reauthenticated");
  if (!check.ok) return failed(check.reason === "throttled" ? 429 : 400);
  if (code !== undefined) {
    const second = await verifySecondFactor(access.user.id, code, context.clientAddress);
    if (!second.ok) return failed(second.reason === "throttled" ? 429 : 400);
  }
  await confirmSession(request);
  // The way back may be a download (the organisation export): a full navigation serves both.
  return redirectDocument(safeRedirectPath(redirectTo, "/organisation"));
}

export default function Confirm() {
  const { t } = useTranslation();
  const { withCode } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const schema = schemaFor(withCode);
  const [form, fields] = useValidatedForm({
    id: "confirm",
    schema: schema,
    lastResult,
  });
  useEmptyPasswordOnReply(fields.password.id, lastResult);
  return (
    <section className="page page--narrow" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t("confirm.title")}</h1>
      <p>{withCode ? t("confirm.introCode") : t("confirm.intro")}</p>
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField
          field={fields.password}
          label={t("fields.password")}
          type="password"
          autoComplete="current-password"
        />
        {withCode ? (
          <TextField
            field={fields.code}
            label={t("secondFactor.code")}
            description={t("secondFactor.codeHint")}
            autoComplete="one-time-code"
          />
        ) : null}
        <button type="submit" className="button button--primary">
          {t("confirm.submit")}
        </button>
      </ValidatedForm>
    </section>
  );
}
