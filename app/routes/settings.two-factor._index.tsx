import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { DisableForm, DisabledNotice, EnrolSchema } from "~/components/two-factor-forms";
import { parseForm } from "~/forms";
import { requireSignedIn, secondFactorRequired } from "~/models/access.server";
import { confirmEnrolment, enrolmentOf, recoveryCodesLeft } from "~/models/second-factor.server";
import { safeRedirectPath } from "~/safe-redirect";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["confirm", "fields", "secondFactor", "signin", "validation"],
  title: (t) => t("secondFactor.title"),
};

// Signed in is enough here: this is where someone whose role needs the factor is sent to get it.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireSignedIn(request, context);
  const required = secondFactorRequired(access);
  if (access.secondFactor) {
    return { required, enabled: true, codesLeft: await recoveryCodesLeft(access.user.id), enrolment: null } as const;
  }
  // The page shows the QR code and the key; the otpauth address inside them stays on the server.
  const enrolment = await enrolmentOf(access.user.id);
  return {
    required,
    enabled: false,
    codesLeft: 0,
    enrolment: enrolment && { secret: enrolment.secret, qrCode: enrolment.qrCode },
  } as const;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireSignedIn(request);
  const submission = parseForm(await request.formData(), EnrolSchema);
  if (submission.status !== "success") return data({ reply: submission.reply(), recoveryCodes: null }, { status: 400 });
  const result = await confirmEnrolment(access.user.id, submission.value.code, context.clientAddress);
  if (!result.ok) {
    const reply = submission.reply({ fieldErrors: { code: ["secondFactor.failed"] } });
    return data({ reply, recoveryCodes: null }, { status: result.reason === "throttled" ? 429 : 400 });
  }
  return { reply: submission.reply({ resetForm: true }), recoveryCodes: result.recoveryCodes };
}

export default function TwoFactor() {
  const { t } = useTranslation();
  const { required, enabled, codesLeft, enrolment } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const next = safeRedirectPath(searchParams.get("redirectTo"));
  const [form, fields] = useValidatedForm({ id: "enrol", schema: EnrolSchema, lastResult: result?.reply });

  if (result?.recoveryCodes) {
    return (
      <section className="page page--narrow" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t("secondFactor.recoveryTitle")}</h1>
        <p role="status">{t("secondFactor.recoveryIntro")}</p>
        <ul className="recovery-codes">
          {result.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link to={next} className="button button--primary" reloadDocument>
            {t("secondFactor.continue")}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <section className="page page--narrow" aria-labelledby="two-factor-title">
      <h1 id="two-factor-title">{t("secondFactor.title")}</h1>
      <DisabledNotice />
      {enabled ? (
        <>
          <p>{t("secondFactor.enabled", { count: codesLeft })}</p>
          <DisableForm required={required} />
        </>
      ) : enrolment ? (
        <>
          <p className={required ? "notice" : undefined}>
            {required ? t("secondFactor.requiredNotice") : t("secondFactor.offered")}
          </p>
          <p>{t("secondFactor.step1")}</p>
          <img src={enrolment.qrCode} alt={t("secondFactor.qrAlt")} width={200} height={200} className="qr-code" />
          <p>
            {t("secondFactor.manual")} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <ValidatedForm form={form} className="form">
            <TextField
              field={fields.code}
              label={t("secondFactor.step2")}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
            />
            <button type="submit" className="button button--primary">
              {t("secondFactor.confirm")}
            </button>
          </ValidatedForm>
        </>
      ) : null}
    </section>
  );
}
