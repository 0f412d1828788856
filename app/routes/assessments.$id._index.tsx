import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { parseForm } from "~/forms";
import { requireAssessment } from "~/views/section.server";
import { organisationActor } from "~/models/access.server";
import { sectionPath } from "~/components/section-form";
import { formatDate } from "~/dates";
import { PROFILE_SECTION, progress, questionsChangedSince, themesFor } from "~/domain/assessment";
import { getLanguage } from "~/i18n.server";
import { assignTheme, getAnswers, getAssessment, listAssignments } from "~/models/assessment.server";
import { listMembers } from "~/models/organisation.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["assessment", "assessments", "report", "validation"],
  title: (t, data: { assessment?: { title: string } } | null) => data?.assessment?.title ?? t("assessments.title"),
};

const AssignSchema = z.object({
  themeId: z.string().min(1).max(48),
  // Empty: the theme is assigned to nobody.
  userId: z.string().uuid().optional(),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  const [language, answers, assignments, members] = await Promise.all([
    getLanguage(request),
    getAnswers({ assessmentId: assessment.id }),
    listAssignments({ assessmentId: assessment.id }),
    listMembers({ organisationId: access.organisation.id }),
  ]);
  const { questionnaire, sector } = assessment;
  const { sections, answered, total } = progress(questionnaire, sector, answers);
  const themes = new Map(themesFor(questionnaire, sector, answers).map((t) => [t.id, t]));
  const rows = sections.map((s) => {
    const assignment = assignments.find((a) => a.themeId === s.section);
    return {
      ...s,
      title: themes.get(s.section)?.title[language] ?? null,
      assigneeId: assignment?.userId ?? null,
      assignee: assignment?.name ?? null,
      mine: assignment?.userId === access.user.id,
    };
  });
  // Each member sees the themes assigned to them first.
  rows.sort((a, b) => Number(b.mine) - Number(a.mine));
  // A re-assessment on a later questionnaire version names what that version added or changed.
  const source =
    assessment.copiedFrom && assessment.status === "draft"
      ? await getAssessment({ organisationId: access.organisation.id, assessmentId: assessment.copiedFrom })
      : null;
  const versionChanges =
    source && source.questionnaire.version !== questionnaire.version
      ? {
          from: source.questionnaire.version,
          to: questionnaire.version,
          submittedAt: source.submittedAt?.toISOString() ?? null,
          questions: questionsChangedSince(source.questionnaire, questionnaire, sector, answers).map(
            ({ section, question, change }) => ({
              id: question.id,
              text: question.text[language],
              section,
              sectionTitle: themes.get(section)?.title[language] ?? null,
              change,
            }),
          ),
        }
      : null;
  return {
    assessment: { id: assessment.id, status: assessment.status, title: questionnaire.title[language] },
    isAdmin: access.organisation.role === "admin",
    answered,
    total,
    sections: rows,
    members: members.map((m) => ({ id: m.userId, name: m.name })),
    versionChanges,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id);
  if (access.organisation.role !== "admin") throw notFound();
  const submission = parseForm(await request.formData(), AssignSchema);
  const answers = await getAnswers({ assessmentId: assessment.id });
  if (
    submission.status !== "success" ||
    !themesFor(assessment.questionnaire, assessment.sector, answers).some((t) => t.id === submission.value.themeId)
  ) {
    return data({ error: "validation.invalid" }, { status: 400 });
  }
  await assignTheme(organisationActor(access, "org_admin", context.clientAddress), {
    assessmentId: assessment.id,
    themeId: submission.value.themeId,
    memberUserId: submission.value.userId ?? null,
  });
  return { error: null };
}

export default function AssessmentOverview() {
  const { t, i18n } = useTranslation();
  const { assessment, isAdmin, answered, total, sections, members, versionChanges } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const draft = assessment.status === "draft";
  // Where the work stops: the first section with a question open.
  const next = draft ? sections.find((s) => s.answered < s.total) : undefined;
  return (
    <div className="page">
      <h1>{assessment.title}</h1>
      {draft && searchParams.has("resumed") ? (
        <p className="notice" role="status">
          {t("assessments.resumed")}
        </p>
      ) : null}
      <p className="progress-line">
        {t(`assessments.statuses.${assessment.status}`)} · {t("assessment.progressOverall", { answered, total })}
      </p>
      <progress max={total} value={answered} aria-label={t("assessment.progressLabel")} />
      {versionChanges ? (
        <section className="card" aria-labelledby="version-changes-title">
          <h2 id="version-changes-title">{t("assessment.versionChanges.title", { version: versionChanges.to })}</h2>
          <p>
            {t("assessment.versionChanges.intro", {
              date: versionChanges.submittedAt ? formatDate(versionChanges.submittedAt, i18n.language) : "—",
              from: versionChanges.from,
              to: versionChanges.to,
            })}
          </p>
          {versionChanges.questions.length > 0 ? (
            <>
              <p>{t("assessment.versionChanges.waiting", { count: versionChanges.questions.length })}</p>
              <ul>
                {versionChanges.questions.map((q) => (
                  <li key={q.id}>
                    <Link to={`${sectionPath(assessment.id, q.section)}#question-${q.id}`}>{q.text}</Link> (
                    {q.sectionTitle ?? t("assessment.profileTitle")}, {t(`assessment.versionChanges.${q.change}`)})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("assessment.versionChanges.done")}</p>
          )}
          <p>{t("assessment.versionChanges.compare")}</p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="sections-title">
        <h2 id="sections-title">{t("assessment.sectionsNav")}</h2>
        <DataTable
          caption={t("assessment.sectionsCaption")}
          captionHidden
          rows={sections}
          rowKey={(s) => s.section}
          columns={[
            {
              header: t("assessment.section"),
              rowHeader: true,
              cell: (s) => (
                <Link to={sectionPath(assessment.id, s.section)}>{s.title ?? t("assessment.profileTitle")}</Link>
              ),
            },
            {
              header: t("assessment.answered"),
              cell: (s) => t("assessment.count", { answered: s.answered, total: s.total }),
            },
            {
              header: t("assessment.assignee"),
              cell: (s) => (
                <>
                  {isAdmin && s.section !== PROFILE_SECTION && assessment.status === "draft" ? (
                    <Form method="post" className="inline-actions">
                      <input type="hidden" name="themeId" value={s.section} />
                      <label htmlFor={`assign-${s.section}`} className="visually-hidden">
                        {t("assessment.assignLabel", { theme: s.title })}
                      </label>
                      <select id={`assign-${s.section}`} name="userId" defaultValue={s.assigneeId ?? ""}>
                        <option value="">{t("assessment.nobody")}</option>
                        {members.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.name}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button button--secondary">
                        {t("assessment.assign")}
                      </button>
                    </Form>
                  ) : (
                    (s.assignee ?? "—")
                  )}
                  {s.mine ? ` (${t("assessment.assignedToYou")})` : null}
                </>
              ),
            },
          ]}
        />
        <p className="button-row">
          {next ? (
            <Link to={sectionPath(assessment.id, next.section)} className="button button--primary">
              {t("assessments.continue")}
            </Link>
          ) : null}
          {draft ? (
            <Link
              to={`/assessments/${assessment.id}/review`}
              className={`button ${next ? "button--secondary" : "button--primary"}`}
            >
              {t("assessment.reviewLink")}
            </Link>
          ) : null}
          <Link
            to={`/assessments/${assessment.id}/report`}
            className={`button ${draft ? "button--secondary" : "button--primary"}`}
          >
            {t("report.link")}
          </Link>
          {draft && isAdmin ? (
            <Link to={`/assessments/${assessment.id}/discard`}>{t("assessments.discard")}</Link>
          ) : null}
        </p>
      </section>
    </div>
  );
}
