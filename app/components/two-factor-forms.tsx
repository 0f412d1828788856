import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  ErrorMessages,
  TextField,
  useActionForm,
  useEmptyPasswordOnReply,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { SecondFactorCodeSchema } from "~/domain/account";

export const EnrolSchema = z.object({ code: SecondFactorCodeSchema });

// Turning the factor off takes a code as well as the password: a stolen password and session are not enough.
export const DisableSchema = z.object({ password: z.string().min(1).max(1024), code: SecondFactorCodeSchema });
export type DisableReply = { reply: SubmissionResult<string[]>; disabled: boolean };

/** Why turning it off was refused: one message for a wrong password or code, as on the confirmation page. */
export function disableRefusal(retryAfterSeconds: number | null): string {
  return retryAfterSeconds === null ? "confirm.failed" : `signin.throttled:${Math.ceil(retryAfterSeconds / 60)}`;
}

export const DISABLE_ACTION = "/settings/two-factor/disable";

export function DisableForm({ required }: { required: boolean }) {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<DisableReply>(DISABLE_ACTION);
  const [form, fields] = useValidatedForm({ id: "disable", schema: DisableSchema, lastResult: reply?.reply });
  useEmptyPasswordOnReply(fields.password.id, reply);
  return (
    <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
      <h2>{t("secondFactor.disableTitle")}</h2>
      <p>{required ? t("secondFactor.disableRequired") : t("secondFactor.disableIntro")}</p>
      <ErrorMessages id={form.errorId} errors={form.errors} />
      <TextField field={fields.password} label={t("fields.password")} type="password" autoComplete="current-password" />
      <TextField
        field={fields.code}
        label={t("secondFactor.code")}
        description={t("secondFactor.codeHint")}
        autoComplete="one-time-code"
        maxLength={40}
      />
      <button type="submit" className="button">
        {t("secondFactor.disable")}
      </button>
    </ValidatedForm>
  );
}

/** Shown once the factor is off, on the page the form was sent from. */
export function DisabledNotice() {
  const { t } = useTranslation();
  const { reply } = useActionForm<DisableReply>(DISABLE_ACTION);
  return reply?.disabled ? (
    <p className="notice" role="status">
      {t("secondFactor.disabledNotice")}
    </p>
  ) : null;
}
