import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { SecondFactorCodeSchema } from "~/domain/account";
import { requireSignedIn, secondFactorRequired } from "~/models/access.server";
import { verifySignIn } from "~/models/account.server";
import { confirmEnrolment, disableSecondFactor, enrolmentOf, recoveryCodesLeft } from "~/models/second-factor.server";
import { safeRedirectPath } from "~/safe-redirect";
import { loadMessages } from "~/i18n";

await loadMessages(["confirm", "fields", "secondFactor", "signin", "validation"]);

const ConfirmSchema = z.object({ intent: z.literal("confirm"), code: SecondFactorCodeSchema });
// Turning the factor off takes a code as well as the password: a stolen password and session are not enough.
const DisableSchema = z.object({
  intent: z.literal("disable"),
  password: z.string().min(1).max(1024),
  code: SecondFactorCodeSchema,
});

type ActionResult =
  | { done: "enabled"; recoveryCodes: string[] }
  | { done: "disabled" }
  | { field: "code"; error: "secondFactor.failed" }
  | { field: "password" | "disableCode"; error: "validation.required" }
  // One message for a wrong password or code, as on the confirmation page: it tells neither apart.
  | { field: "disable"; error: "confirm.failed" }
  | { field: "disable"; error: "signin.throttled"; minutes: number };

// Signed in is enough here: this is where someone whose role needs the factor is sent to get it.
export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireSignedIn(request);
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
  const form = Object.fromEntries(await request.formData());
  const confirm = ConfirmSchema.safeParse(form);
  if (confirm.success) {
    const result = await confirmEnrolment(access.user.id, confirm.data.code, context.clientAddress);
    if (!result.ok)
      return data<ActionResult>(
        { field: "code", error: "secondFactor.failed" },
        { status: result.reason === "throttled" ? 429 : 400 },
      );
    return data<ActionResult>({ done: "enabled", recoveryCodes: result.recoveryCodes });
  }
  const disable = DisableSchema.safeParse(form);
  if (disable.success) {
    // The password first: a wrong one leaves the code, a recovery code above all, unused.
    const check = await verifySignIn(
      access.user.email,
      disable.data.password,
      context.clientAddress,
      "reauthenticated",
    );
    const result = check.ok
      ? await disableSecondFactor(access.user.id, disable.data.code, context.clientAddress)
      : check;
    if (result.ok) return data<ActionResult>({ done: "disabled" });
    if (result.reason === "throttled") {
      return data<ActionResult>(
        { field: "disable", error: "signin.throttled", minutes: Math.ceil(result.retryAfter / 60) },
        { status: 429 },
      );
    }
    return data<ActionResult>({ field: "disable", error: "confirm.failed" }, { status: 400 });
  }
  let refused: ActionResult = { field: "code", error: "secondFactor.failed" };
  if (form.intent === "disable") {
    const missingPassword = typeof form.password !== "string" || form.password === "";
    refused = missingPassword
      ? { field: "password", error: "validation.required" }
      : { field: "disableCode", error: "validation.required" };
  }
  return data(refused, { status: 400 });
}

export default function TwoFactor() {
  const { t } = useTranslation();
  const { required, enabled, codesLeft, enrolment } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const next = safeRedirectPath(searchParams.get("redirectTo"));
  const errorOf = (field: "code" | "password" | "disableCode" | "disable") => {
    if (!result || !("error" in result) || result.field !== field) return null;
    return "minutes" in result ? t(result.error, { count: result.minutes }) : t(result.error);
  };

  if (result && "done" in result && result.done === "enabled") {
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
      {result && "done" in result ? (
        <p className="notice" role="status">
          {t("secondFactor.disabledNotice")}
        </p>
      ) : null}
      {enabled ? (
        <>
          <p>{t("secondFactor.enabled", { count: codesLeft })}</p>
          <Form method="post" className="form">
            <h2>{t("secondFactor.disableTitle")}</h2>
            <p>{required ? t("secondFactor.disableRequired") : t("secondFactor.disableIntro")}</p>
            <input type="hidden" name="intent" value="disable" />
            <FieldError id="disable-error" message={errorOf("disable")} />
            <div className="field">
              <label htmlFor="disable-password">{t("fields.password")}</label>
              <input
                id="disable-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                aria-invalid={errorOf("password") || errorOf("disable") ? true : undefined}
                aria-describedby={
                  errorOf("password") ? "disable-password-error" : errorOf("disable") ? "disable-error" : undefined
                }
              />
              <FieldError id="disable-password-error" message={errorOf("password")} />
            </div>
            <div className="field">
              <label htmlFor="disable-code">{t("secondFactor.code")}</label>
              <p id="disable-code-hint" className="field-description">
                {t("secondFactor.codeHint")}
              </p>
              <input
                id="disable-code"
                name="code"
                autoComplete="one-time-code"
                required
                maxLength={40}
                aria-invalid={errorOf("disableCode") || errorOf("disable") ? true : undefined}
                aria-describedby={[
                  "disable-code-hint",
                  errorOf("disableCode") ? "disable-code-error" : errorOf("disable") ? "disable-error" : null,
                ]
                  .filter(Boolean)
                  .join(" ")}
              />
              <FieldError id="disable-code-error" message={errorOf("disableCode")} />
            </div>
            <button type="submit" className="button">
              {t("secondFactor.disable")}
            </button>
          </Form>
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
          <Form method="post" className="form">
            <input type="hidden" name="intent" value="confirm" />
            <div className="field">
              <label htmlFor="enrol-code">{t("secondFactor.step2")}</label>
              <input
                id="enrol-code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                pattern="[0-9]{6}"
                maxLength={6}
                aria-invalid={errorOf("code") ? true : undefined}
                aria-describedby={errorOf("code") ? "enrol-code-error" : undefined}
              />
              <FieldError id="enrol-code-error" message={errorOf("code")} />
            </div>
            <button type="submit" className="button button--primary">
              {t("secondFactor.confirm")}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}

function FieldError({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}
