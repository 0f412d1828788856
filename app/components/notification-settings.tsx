import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, ErrorMessages, useActionForm, useValidatedForm, ValidatedForm } from "~/components/form";
import { NotificationSettingsSchema, type NotificationKind } from "~/domain/notifications";
import type { Language } from "~/i18n";

export type NotificationSettingsReply = { reply: SubmissionResult<string[]>; saved: boolean };

/** The notifications this person can get, each a checkbox, saved together. */
export function NotificationSettings({
  offered,
  enabled,
  mailLanguage,
}: {
  offered: readonly NotificationKind[];
  enabled: readonly NotificationKind[];
  mailLanguage: Language;
}) {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<NotificationSettingsReply>("/settings/notifications");
  const [form, fields] = useValidatedForm({
    id: "notifications",
    schema: NotificationSettingsSchema,
    lastResult: reply?.reply,
    defaultValue: { enabled: [...enabled] },
  });
  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t("notifications.title")}</h2>
      <p>{t(`notifications.mailLanguage.${mailLanguage}`)}</p>
      {offered.length === 0 ? (
        <p>{t("notifications.none")}</p>
      ) : (
        <>
          <p>{t("notifications.intro")}</p>
          {reply?.saved ? (
            <p className="notice" role="status">
              {t("notifications.saved")}
            </p>
          ) : null}
          <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
            <ErrorMessages id={form.errorId} errors={form.errors} />
            <CheckboxGroup
              field={fields.enabled}
              legend={t("notifications.legend")}
              options={offered.map((kind) => ({ value: kind, label: t(`notifications.kinds.${kind}`) }))}
            />
            <button type="submit" className="button button--primary">
              {t("notifications.save")}
            </button>
          </ValidatedForm>
        </>
      )}
    </section>
  );
}
