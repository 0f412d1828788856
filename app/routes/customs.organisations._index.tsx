import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ReactNode } from "react";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { type Column, DataTable } from "~/components/data-table";
import { LevelBadge } from "~/components/level-badge";
import { queryValues, withQuery } from "~/forms";
import { PORT_REGIONS, SECTORS } from "~/domain/organisation";
import { RISK_LEVELS } from "~/domain/scoring";
import { actorOf, requireCustomsReviewer } from "~/models/access.server";
import { customsOrganisations, OrganisationListQuery } from "~/models/customs.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["customs", "fields", "regions", "report", "sectors", "sizeBands", "validation"],
  title: (t) => t("customs.organisationsTitle"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireCustomsReviewer(request, context);
  const parsed = OrganisationListQuery.safeParse(queryValues(new URL(request.url)));
  // Unknown filter values show the whole list and say so, rather than an empty one.
  const query = parsed.success ? parsed.data : OrganisationListQuery.parse({});
  const reviewer = actorOf(access, context.clientAddress, "customs_reviewer");
  const organisations = await customsOrganisations(query, reviewer, "page");
  return {
    invalidQuery: !parsed.success,
    query,
    organisations: organisations.map((o) => ({ ...o, submittedAt: o.submittedAt.toISOString() })),
  };
}

type SortColumn = OrganisationListQuery["sort"];

export default function CustomsOrganisations() {
  const { t, i18n } = useTranslation();
  const { organisations, query, invalidQuery } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const date = dateFormat(i18n.language, { dateStyle: "medium" });
  const sortLink = (column: SortColumn) =>
    withQuery(searchParams, {
      sort: column,
      direction: query.sort === column && query.direction === "asc" ? "desc" : "asc",
    });
  type Row = (typeof organisations)[number];
  const sortable = (column: SortColumn, label: string, cell: (o: Row) => ReactNode): Column<Row> => ({
    key: column,
    header: <Link to={sortLink(column)}>{label}</Link>,
    sort: query.sort === column ? (query.direction === "asc" ? "ascending" : "descending") : undefined,
    rowHeader: column === "name",
    cell,
  });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/customs">{t("customs.title")}</Link>
      </p>
      <h1>{t("customs.organisationsTitle")}</h1>
      <p className="lead">{t("customs.organisationsIntro")}</p>
      {invalidQuery ? (
        <p className="notice notice--warning" role="status">
          {t("customs.invalidFilter")}
        </p>
      ) : null}
      <Form method="get" className="form filter-form" aria-label={t("customs.filterTitle")}>
        <div className="field">
          <label htmlFor="filter-sector">{t("fields.sector")}</label>
          <select id="filter-sector" name="sector" defaultValue={query.sector ?? ""}>
            <option value="">{t("customs.allSectors")}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sectors.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-region">{t("fields.region")}</label>
          <select id="filter-region" name="region" defaultValue={query.region ?? ""}>
            <option value="">{t("customs.allRegions")}</option>
            {PORT_REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`regions.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-level">{t("customs.columns.level")}</label>
          <select id="filter-level" name="level" defaultValue={query.level ?? ""}>
            <option value="">{t("customs.allLevels")}</option>
            {RISK_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`report.levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="direction" value={query.direction} />
        <button type="submit" className="button button--secondary">
          {t("customs.filter")}
        </button>
      </Form>
      <p role="status">{t("customs.organisationCount", { count: organisations.length })}</p>
      {organisations.length > 0 ? (
        <DataTable
          caption={t("customs.organisationsCaption")}
          captionId="organisations-caption"
          scrollLabel="organisations-caption"
          rows={organisations}
          rowKey={(o) => o.id}
          columns={[
            sortable("name", t("customs.columns.name"), (o) => (
              <Link to={`/customs/organisations/${o.id}`}>{o.name}</Link>
            )),
            sortable("sector", t("fields.sector"), (o) => t(`sectors.${o.sector}`)),
            sortable("region", t("fields.region"), (o) => t(`regions.${o.region}`)),
            sortable("date", t("customs.columns.date"), (o) => date.format(new Date(o.submittedAt))),
            sortable("level", t("customs.columns.level"), (o) =>
              o.level ? <LevelBadge level={o.level} /> : t("report.notScored"),
            ),
            { header: t("fields.sizeBand"), cell: (o) => t(`sizeBands.${o.sizeBand}`) },
          ]}
        />
      ) : null}
    </div>
  );
}
