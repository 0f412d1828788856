import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { GrantForm, RevokeForm, SharingNotice } from "~/components/sharing-forms";
import { requireConfirmedOrganisationAdmin } from "~/models/access.server";
import { associationNamesFor } from "~/models/association.server";
import { listAssessments } from "~/models/assessment.server";
import { CONSENT_RECIPIENTS, consentEndsSoon, consentStanding, consentStatus } from "~/domain/sharing";
import { consentHistory, sharingOrganisations, viewsOfSharedReports } from "~/models/consent.server";
import { customsListingsOf, type ListingFilter } from "~/models/customs.server";
import { notFound } from "~/responses.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["regions", "report", "sectors", "sharing", "validation"],
  title: (t) => t("sharing.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireConfirmedOrganisationAdmin(request, context);
  const organisationId = access.organisation.id;
  const [associations, assessments, history, views, listings, ...shared] = await Promise.all([
    associationNamesFor({ organisationId }),
    listAssessments({ organisationId }),
    consentHistory({ organisationId }),
    viewsOfSharedReports({ organisationId }),
    customsListingsOf({ organisationId }),
    ...CONSENT_RECIPIENTS.map((recipient) => sharingOrganisations({ recipient, organisationId })),
  ]);
  if (!associations) throw notFound();
  const now = new Date();
  const statuses = new Map(history.map((h) => [h.id, consentStatus(h, history, now)]));
  return {
    associations,
    hasSubmitted: assessments.some((a) => a.status === "submitted"),
    recipients: CONSENT_RECIPIENTS.map((recipient, index) => {
      const { inForce: grant, expired } = consentStanding(history, recipient, now);
      const report = shared[index]?.[0];
      return {
        recipient,
        expired: expired ? { at: expired.expiresAt.toISOString(), keepLatest: expired.keepLatest } : null,
        active:
          grant && report
            ? {
                since: grant.grantedAt.toISOString(),
                until: grant.expiresAt.toISOString(),
                endsSoon: consentEndsSoon(grant.expiresAt, now),
                keepLatest: grant.keepLatest,
                reportDate: report.submittedAt.toISOString(),
              }
            : null,
      };
    }),
    history: history.map((h) => ({
      id: h.id,
      status: statuses.get(h.id)!,
      recipient: h.recipient,
      keepLatest: h.keepLatest,
      grantedAt: h.grantedAt.toISOString(),
      grantedBy: h.grantedBy,
      // When it ended or ends: its revocation, or the end of its term.
      endedAt: (statuses.get(h.id) === "expired" || !h.revokedAt ? h.expiresAt : h.revokedAt).toISOString(),
      revokedBy: h.revokedBy,
      reportDate: h.submittedAt?.toISOString() ?? null,
      associations: h.associations,
    })),
    views: views.map((v) => ({ ...v, at: v.at.toISOString() })),
    listings: { total: listings.total, rows: listings.rows.map((l) => ({ ...l, at: l.at.toISOString() })) },
  };
}

export default function Sharing() {
  const { t, i18n } = useTranslation();
  const { associations, hasSubmitted, recipients, history, views, listings } = useLoaderData<typeof loader>();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  const dateTime = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/organisation">{t("nav.organisation")}</Link>
      </p>
      <h1>{t("sharing.title")}</h1>
      <p className="lead">{t("sharing.intro")}</p>
      {CONSENT_RECIPIENTS.map((recipient) => (
        <SharingNotice key={recipient} recipient={recipient} />
      ))}
      {recipients.map(({ recipient, active, expired }) => {
        const unavailable = !hasSubmitted
          ? t("sharing.nothingSubmitted")
          : recipient === "association" && associations.length === 0
            ? t("sharing.noAssociation")
            : null;
        return (
          <section key={recipient} className="card" aria-labelledby={`sharing-${recipient}`}>
            <h2 id={`sharing-${recipient}`}>{t(`sharing.${recipient}.title`)}</h2>
            <p>{t(`sharing.${recipient}.explained`, { associations: associations.join(", ") })}</p>
            <p>{t("sharing.whatTheySee")}</p>
            <p className="sharing-status">
              {active
                ? t(active.keepLatest ? "sharing.activeLatest" : "sharing.active", {
                    since: date.format(new Date(active.since)),
                    until: date.format(new Date(active.until)),
                    report: date.format(new Date(active.reportDate)),
                  })
                : expired
                  ? t("sharing.expiredOn", { date: date.format(new Date(expired.at)) })
                  : t("sharing.notShared")}
            </p>
            {active?.endsSoon ? (
              <p className="notice notice--warning">
                {t("sharing.endsSoon", { until: date.format(new Date(active.until)) })}
              </p>
            ) : null}
            {unavailable ? (
              <p>{unavailable}</p>
            ) : (
              // A new grant or a revocation shows the form afresh, ticked as the grant now in force.
              <GrantForm key={active?.since ?? "none"} recipient={recipient} current={active} previous={expired} />
            )}
            {active ? <RevokeForm recipient={recipient} /> : null}
          </section>
        );
      })}

      <section className="card" aria-labelledby="views-title">
        <h2 id="views-title">{t("sharing.viewsTitle")}</h2>
        <p>{t("sharing.viewsIntro")}</p>
        {views.length === 0 ? (
          <p>{t("sharing.noViews")}</p>
        ) : (
          <DataTable
            caption={t("sharing.viewsCaption")}
            rows={views}
            rowKey={(v, index) => `${v.at}-${index}`}
            columns={[
              { header: t("sharing.when"), cell: (v) => dateTime.format(new Date(v.at)) },
              {
                header: t("sharing.who"),
                cell: (v) =>
                  t(`sharing.viewer.${v.role}`, {
                    associations: v.associations ?? t("sharing.roles.association_analyst"),
                  }),
              },
              { header: t("sharing.purpose"), cell: (v) => v.purpose },
            ]}
          />
        )}
      </section>

      <CustomsListings listings={listings} dateTime={dateTime} />

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t("sharing.historyTitle")}</h2>
        {history.length === 0 ? (
          <p>{t("sharing.noHistory")}</p>
        ) : (
          <DataTable
            caption={t("sharing.historyCaption")}
            rows={history}
            rowKey={(h) => h.id}
            columns={[
              {
                header: t("sharing.recipient"),
                rowHeader: true,
                cell: (h) =>
                  h.associations.length > 0
                    ? `${t(`sharing.${h.recipient}.name`)}: ${h.associations.join(", ")}`
                    : t(`sharing.${h.recipient}.name`),
              },
              {
                header: t("sharing.granted"),
                cell: (h) =>
                  t("sharing.byOn", {
                    date: dateTime.format(new Date(h.grantedAt)),
                    name: h.grantedBy ?? t("sharing.removedAccount"),
                  }),
              },
              {
                header: t("sharing.report"),
                cell: (h) =>
                  h.keepLatest ? t("sharing.latestAlways") : h.reportDate ? date.format(new Date(h.reportDate)) : "—",
              },
              {
                header: t("sharing.status"),
                cell: (h) =>
                  t(`sharing.statuses.${h.status}`, {
                    date: (h.status === "inForce" || h.status === "expired" ? date : dateTime).format(
                      new Date(h.endedAt),
                    ),
                    name: h.revokedBy ?? t("sharing.removedAccount"),
                  }),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}

function CustomsListings({
  listings,
  dateTime,
}: {
  listings: { total: number; rows: { at: string; filter: ListingFilter | null }[] };
  dateTime: Intl.DateTimeFormat;
}) {
  const { t } = useTranslation();
  const filterText = (filter: ListingFilter) => {
    const parts = [
      filter.sector ? t("sharing.listings.sector", { sector: t(`sectors.${filter.sector}`) }) : null,
      filter.region ? t("sharing.listings.region", { region: t(`regions.${filter.region}`) }) : null,
      filter.level ? t("sharing.listings.level", { level: t(`report.levels.${filter.level}`) }) : null,
    ].filter((part) => part !== null);
    return parts.length > 0 ? parts.join("; ") : t("sharing.listings.noFilter");
  };
  return (
    <section className="card" aria-labelledby="listings-title">
      <h2 id="listings-title">{t("sharing.listings.title")}</h2>
      <p>{t("sharing.listings.intro")}</p>
      {listings.rows.length === 0 ? (
        <p>{t("sharing.listings.none")}</p>
      ) : (
        <>
          {listings.total > listings.rows.length ? (
            <p>{t("sharing.listings.shown", { shown: listings.rows.length, total: listings.total })}</p>
          ) : null}
          <DataTable
            caption={t("sharing.listings.caption")}
            rows={listings.rows}
            rowKey={({ at }, index) => `${at}-${index}`}
            columns={[
              { header: t("sharing.when"), cell: ({ at }) => dateTime.format(new Date(at)) },
              { header: t("sharing.who"), cell: () => t("sharing.roles.customs_reviewer") },
              { header: t("sharing.listings.filter"), cell: ({ filter }) => (filter ? filterText(filter) : "—") },
              {
                header: t("sharing.listings.sort"),
                cell: ({ filter }) =>
                  filter
                    ? t("sharing.listings.sorted", {
                        column: t(`sharing.listings.columns.${filter.sort}`),
                        direction: t(`sharing.listings.${filter.direction}`),
                      })
                    : "—",
              },
              {
                header: t("sharing.listings.via"),
                cell: ({ filter }) => (filter ? t(`sharing.listings.${filter.via}`) : "—"),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
