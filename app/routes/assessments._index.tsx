import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { LevelBadge } from "~/components/level-badge";
import { OpenActions, SCAN_STATUS_MESSAGES, ScanStatus } from "~/components/scan-status";
import { dateFormat } from "~/dates";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { organisationActor, requireOrganisationMember } from "~/models/access.server";
import { startAssessment } from "~/models/assessment.server";
import { getOrganisationProfile } from "~/models/organisation.server";
import type { PageHandle } from "~/page-title";
import { notFound } from "~/responses.server";
import { scanOverview } from "~/views/scans.server";

export const handle: PageHandle = {
  i18n: [...SCAN_STATUS_MESSAGES, "validation"],
  title: (t) => t("assessments.title"),
};

const StartSchema = z.object({
  questionnaireId: z.string().min(1).max(64),
  copyFrom: z.string().uuid().optional(),
  fresh: z.literal("on").optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireOrganisationMember(request, context);
  const [language, profile] = await Promise.all([
    getLanguage(request),
    getOrganisationProfile({ organisationId: access.organisation.id }),
  ]);
  if (!profile) throw notFound();
  return {
    isAdmin: access.organisation.role === "admin",
    ...(await scanOverview({ organisationId: access.organisation.id, sector: profile.sector, language })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireOrganisationMember(request);
  // The form holds only fields the page filled in: anything else is not a person's typing mistake.
  const submission = parseForm(await request.formData(), StartSchema);
  if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const profile = await getOrganisationProfile({ organisationId: access.organisation.id });
  if (!profile) throw notFound();
  const started = await startAssessment(organisationActor(access, "org_member", context.clientAddress), {
    sector: profile.sector,
    questionnaireId: submission.value.questionnaireId,
    copyFrom: submission.value.copyFrom,
    fresh: submission.value.fresh === "on",
  });
  if (!started) throw notFound();
  return redirect(started.resumed ? `/assessments/${started.id}?resumed` : `/assessments/${started.id}/profile`);
}

export default function Assessments() {
  const { t, i18n } = useTranslation();
  const { questionnaires, assessments, actions, isAdmin } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  return (
    <div className="page">
      <h1>{t("assessments.title")}</h1>
      <p className="lead">{t("assessments.intro")}</p>
      {searchParams.has("discarded") ? (
        <p className="notice" role="status">
          {t("assessments.discarded")}
        </p>
      ) : null}
      <OpenActions actions={actions} />
      <ScanStatus questionnaires={questionnaires} isAdmin={isAdmin} />
      {assessments.length > 0 ? (
        <section className="card" aria-labelledby="assessments-list">
          <h2 id="assessments-list">{t("assessments.listTitle")}</h2>
          <DataTable
            caption={t("assessments.listTitle")}
            captionHidden
            rows={assessments}
            rowKey={(a) => a.id}
            columns={[
              {
                header: t("assessments.questionnaire"),
                cell: (a) => <Link to={`/assessments/${a.id}`}>{a.title}</Link>,
              },
              { header: t("assessments.status"), cell: (a) => t(`assessments.statuses.${a.status}`) },
              {
                header: t("assessments.outcomeColumn"),
                cell: (a) =>
                  a.status === "draft" ? (
                    t("assessments.answeredOf", { answered: a.answered, total: a.total })
                  ) : a.level ? (
                    <LevelBadge level={a.level} />
                  ) : (
                    t("report.notScored")
                  ),
              },
              { header: t("assessments.lastChange"), cell: (a) => date.format(new Date(a.submittedAt ?? a.updatedAt)) },
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
