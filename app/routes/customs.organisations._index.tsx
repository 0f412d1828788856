import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
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

const COLUMNS = [
  ["name", "customs.columns.name"],
  ["sector", "fields.sector"],
  ["region", "fields.region"],
  ["date", "customs.columns.date"],
  ["level", "customs.columns.level"],
] as const;

export default function CustomsOrganisations() {
  const { t, i18n } = useTranslation();
  const { organisations, query, invalidQuery } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const date = dateFormat(i18n.language, { dateStyle: "medium" });
  const sortLink = (column: (typeof COLUMNS)[number][0]) =>
    withQuery(searchParams, {
      sort: column,
      direction: query.sort === column && query.direction === "asc" ? "desc" : "asc",
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
        <div className="table-scroll" role="region" aria-labelledby="organisations-caption" tabIndex={0}>
          <table>
            <caption id="organisations-caption">{t("customs.organisationsCaption")}</caption>
            <thead>
              <tr>
                {COLUMNS.map(([column, label]) => (
                  <th
                    scope="col"
                    key={column}
                    aria-sort={
                      query.sort === column ? (query.direction === "asc" ? "ascending" : "descending") : undefined
                    }
                  >
                    <Link to={sortLink(column)}>{t(label)}</Link>
                  </th>
                ))}
                <th scope="col">{t("fields.sizeBand")}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link to={`/customs/organisations/${o.id}`}>{o.name}</Link>
                  </th>
                  <td>{t(`sectors.${o.sector}`)}</td>
                  <td>{t(`regions.${o.region}`)}</td>
                  <td>{date.format(new Date(o.submittedAt))}</td>
                  <td>{o.level ? <LevelBadge level={o.level} /> : t("report.notScored")}</td>
                  <td>{t(`sizeBands.${o.sizeBand}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
