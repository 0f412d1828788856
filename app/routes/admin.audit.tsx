import { DataTable } from "~/components/data-table";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { queryValues, withQuery } from "~/forms";
import { requirePlatformAdmin } from "~/models/access.server";
import { AUDIT_ACTIONS } from "~/domain/audit";
import { auditLabels } from "~/views/audit";
import { AUDIT_PAGE_SIZE, AuditQuery, searchAudit } from "~/models/audit.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["admin", "audit", "roles", "sharing", "validation"],
  title: (t) => t("audit.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request, context);
  const parsed = AuditQuery.safeParse(queryValues(new URL(request.url)));
  // A filter that does not parse shows the newest entries and says so, rather than nothing.
  const query = parsed.success ? parsed.data : AuditQuery.parse({});
  const { rows, total } = await searchAudit(query);
  return {
    invalidQuery: !parsed.success,
    query,
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    rows: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}

export default function AuditLog() {
  const { t, i18n } = useTranslation();
  const label = auditLabels(t);
  const { rows, total, pages, query, invalidQuery } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const dateTime = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "medium" });
  const pageLink = (page: number) => withQuery(searchParams, { page: String(page) });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.intro")}</p>
      {invalidQuery ? (
        <p className="notice notice--warning" role="status">
          {t("audit.invalidFilter")}
        </p>
      ) : null}
      <Form method="get" className="form filter-form" aria-label={t("audit.filterTitle")}>
        <div className="field">
          <label htmlFor="audit-actor">{t("audit.actor")}</label>
          <input id="audit-actor" name="actor" defaultValue={query.actor ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-organisation">{t("audit.organisation")}</label>
          <input id="audit-organisation" name="organisation" defaultValue={query.organisation ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t("audit.action")}</label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
            <option value="">{t("audit.allActions")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("audit.from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("audit.to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("audit.filter")}
        </button>
      </Form>
      <p role="status">{t("audit.count", { count: total, page: query.page, pages })}</p>
      <p>
        <a href={`/admin/audit.csv${withQuery(searchParams, { page: null })}`} download>
          {t("audit.csv")}
        </a>
      </p>
      <DataTable
        caption={t("audit.caption")}
        captionId="audit-caption"
        scrollLabel="audit-caption"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: t("audit.at"), cell: (r) => dateTime.format(new Date(r.at)) },
          { header: t("audit.actor"), cell: (r) => r.actorEmail ?? "—" },
          { header: t("audit.role"), cell: (r) => label.role(r.actorRole) ?? "—" },
          { header: t("audit.organisation"), cell: (r) => r.organisation ?? "—" },
          { header: t("audit.action"), cell: (r) => label.action(r.action) },
          { header: t("audit.details"), cell: (r) => label.details(r.action, r.details) ?? "" },
          { header: t("audit.purpose"), cell: (r) => r.purpose ?? "" },
          { header: t("audit.outcome"), cell: (r) => (r.success ? t("audit.success") : t("audit.failure")) },
        ]}
      />
      <nav aria-label={t("audit.pages")} className="button-row">
        {query.page > 1 ? (
          <Link to={pageLink(query.page - 1)} className="button button--secondary">
            {t("audit.previous")}
          </Link>
        ) : null}
        {query.page < pages ? (
          <Link to={pageLink(query.page + 1)} className="button button--secondary">
            {t("audit.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
