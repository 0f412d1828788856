import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorMessages, TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { SecondFactorCodeSchema } from "~/domain/account";
import { parseForm } from "~/forms";
import { verifySecondFactor } from "~/models/second-factor.server";
import { getUserAwaitingSecondFactor, startSession } from "~/models/session.server";
import { safeRedirectPath } from "~/safe-redirect";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["secondFactor", "signin", "validation"],
  title: (t) => t("secondFactor.codeTitle"),
};

const CodeSchema = z.object({ code: SecondFactorCodeSchema, redirectTo: z.string().max(2048).optional() });

// Only a browser that just typed the right password has anything to do here.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getUserAwaitingSecondFactor(request))) throw redirect("/signin");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const userId = await getUserAwaitingSecondFactor(request);
  if (!userId) throw redirect("/signin?reason=signedOut");
  const submission = parseForm(await request.formData(), CodeSchema);
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["code"] }), { status: 400 });
  const result = await verifySecondFactor(userId, submission.value.code, context.clientAddress);
  if (!result.ok) {
    const message =
      result.reason === "throttled" ? `signin.throttled:${Math.ceil(result.retryAfter / 60)}` : "secondFactor.failed";
    return data(submission.reply({ formErrors: [message], hideFields: ["code"] }), {
      status: result.reason === "throttled" ? 429 : 400,
    });
  }
  // A new session id once both factors are in, as at every step up in trust.
  return redirect(safeRedirectPath(submission.value.redirectTo), {
    headers: { "Set-Cookie": await startSession(request, userId) },
  });
}

export default function SecondFactorCode() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useValidatedForm({
    id: "second-factor",
    schema: CodeSchema,
    lastResult,
  });
  return (
    <section className="page page--narrow" aria-labelledby="code-title">
      <h1 id="code-title">{t("secondFactor.codeTitle")}</h1>
      <p>{t("secondFactor.codeIntro")}</p>
      <ValidatedForm form={form} className="form">
        <ErrorMessages id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField
          field={fields.code}
          label={t("secondFactor.code")}
          description={t("secondFactor.codeHint")}
          autoComplete="one-time-code"
        />
        <button type="submit" className="button button--primary">
          {t("secondFactor.verify")}
        </button>
      </ValidatedForm>
    </section>
  );
}
