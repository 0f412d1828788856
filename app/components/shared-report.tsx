import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { sharedReportLoader } from "~/views/shared-report.server";
import { PurposeSchema } from "~/domain/sharing";
import { TextField, useValidatedForm, ValidatedForm } from "./form";
import { REPORT_MESSAGES, ReportBody } from "./report";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

/** The title of a shared report, for Customs and for an association alike. */
export const sharedReportHandle: PageHandle = {
  i18n: [...REPORT_MESSAGES, "validation"],
  // Once opened, the page is the report, and says so rather than still asking to open it.
  title: (t, data: { organisation?: { name: string }; report?: unknown } | null) =>
    t(data?.report ? "report.titleOf" : "shared.openTitle", { organisation: data?.organisation?.name ?? "" }),
};

/**
 * An organisation's shared report as Customs or its association opens it: first a purpose,
 * then the report read-only, with a reminder that the organisation sees this view.
 */
export function SharedReport() {
  const { organisation, submission, purpose, report } = useLoaderData<typeof sharedReportLoader>();
  const { t, i18n } = useTranslation();
  const [form, fields] = useValidatedForm({
    id: "purpose",
    schema: PurposeSchema,
    lastResult: submission,
  });
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  if (report && purpose) {
    return (
      <>
        <p className="notice" role="status">
          {t("shared.viewRecorded", { purpose })}
        </p>
        <ReportBody {...report} shared={{ organisation: organisation.name }} />
      </>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t("shared.openTitle", { organisation: organisation.name })}</h1>
      <p className="lead">
        {t("shared.openIntro", {
          sector: t(`sectors.${organisation.sector}`),
          date: date.format(new Date(organisation.submittedAt)),
        })}
      </p>
      <p>{t("shared.purposeExplained")}</p>
      <ValidatedForm form={form} method="get" className="form">
        <TextField field={fields.purpose} label={t("shared.purpose")} description={t("shared.purposeHint")} />
        <button type="submit" className="button button--primary">
          {t("shared.open")}
        </button>
      </ValidatedForm>
    </div>
  );
}
