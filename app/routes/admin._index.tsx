import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { AssociationForm, InvitationForm, ReleaseButton } from "~/components/admin-forms";
import { INVITATION_VALID_DAYS } from "~/domain/account";
import { getLanguage } from "~/i18n.server";
import { requirePlatformAdmin } from "~/models/access.server";
import { latestQuestionnaires } from "~/models/questionnaire.server";
import { latestReleaseHeader } from "~/models/benchmark.server";
import { listAssociations, listCustomsReviewers } from "~/models/association.server";
import { listOpenInvitations } from "~/models/invitation.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["admin", "assessments", "audit", "fields", "organisation", "sectors", "validation"],
  title: (t) => t("admin.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request, context);
  const [language, associations, reviewers, invitations, questionnaires] = await Promise.all([
    getLanguage(request),
    listAssociations(),
    listCustomsReviewers(),
    listOpenInvitations({ platform: true }),
    latestQuestionnaires(),
  ]);
  const releases = await Promise.all(
    questionnaires.map(async (q) => ({
      id: q.id,
      title: q.title[language],
      version: q.version,
      releasedAt: (await latestReleaseHeader({ questionnaireId: q.id }))?.createdAt.toISOString() ?? null,
    })),
  );
  return {
    releases,
    associations,
    reviewers: reviewers.map(({ name, email }) => ({ name, email })),
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

export default function AdminHome() {
  const { t, i18n } = useTranslation();
  const { associations, reviewers, invitations, releases } = useLoaderData<typeof loader>();
  const longDate = dateFormat(i18n.language, { dateStyle: "long" });
  const releaseDate = dateFormat(i18n.language, { dateStyle: "long", timeStyle: "medium" });

  return (
    <div className="page">
      <h1>{t("admin.title")}</h1>
      <p>
        <Link to="/admin/audit" className="button button--secondary">
          {t("audit.link")}
        </Link>{" "}
        <Link to="/verification" className="button button--secondary">
          {t("admin.verificationLink")}
        </Link>{" "}
        <Link to="/admin/people" className="button button--secondary">
          {t("admin.peopleLink")}
        </Link>{" "}
        <Link to="/admin/mail" className="button button--secondary">
          {t("admin.mailLink")}
        </Link>
      </p>
      <section className="card" aria-labelledby="associations-title">
        <h2 id="associations-title">{t("admin.associationsTitle")}</h2>
        {associations.length === 0 ? <p>{t("admin.noAssociations")}</p> : null}
        <ul className="plain-list">
          {associations.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>: {a.sectors.map((s) => t(`sectors.${s}`)).join(", ")}.{" "}
              {a.analysts.length
                ? t("admin.analystsOf", { names: a.analysts.map((x) => x.name).join(", ") })
                : t("admin.noAnalysts")}
            </li>
          ))}
        </ul>
        <h3>{t("admin.newAssociation")}</h3>
        <AssociationForm />
      </section>

      <section className="card" aria-labelledby="analyst-title">
        <h2 id="analyst-title">{t("admin.analystTitle")}</h2>
        <p>{t("admin.accountIntro", { count: INVITATION_VALID_DAYS })}</p>
        <InvitationForm associations={associations.map(({ id, name }) => ({ id, name }))} />
      </section>

      <section className="card" aria-labelledby="reviewer-title">
        <h2 id="reviewer-title">{t("admin.reviewerTitle")}</h2>
        <ul className="plain-list">
          {reviewers.map((r) => (
            <li key={r.email}>
              {r.name} ({r.email})
            </li>
          ))}
        </ul>
        <InvitationForm />
      </section>

      <section className="card" aria-labelledby="releases-title">
        <h2 id="releases-title">{t("admin.releasesTitle")}</h2>
        <p>{t("admin.releasesIntro")}</p>
        <DataTable
          caption={t("admin.releasesTitle")}
          captionHidden
          rows={releases}
          rowKey={(r) => r.id}
          columns={[
            { header: t("assessments.questionnaire"), cell: (r) => r.title },
            { header: t("admin.publishedVersion"), cell: (r) => r.version },
            {
              header: t("admin.lastRelease"),
              cell: (r) => (r.releasedAt ? releaseDate.format(new Date(r.releasedAt)) : "—"),
            },
            {
              header: t("organisation.actions"),
              cell: (r) => <ReleaseButton questionnaireId={r.id} title={r.title} />,
            },
          ]}
        />
      </section>

      {invitations.length > 0 ? (
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">{t("organisation.openInvitations")}</h2>
          <ul className="plain-list">
            {invitations.map((i) => (
              <li key={i.id}>
                {t(`admin.pending.${i.role === "analyst" ? "analyst" : "reviewer"}`, {
                  email: i.email,
                  association: i.associationName ?? "",
                  date: longDate.format(new Date(i.expiresAt)),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
