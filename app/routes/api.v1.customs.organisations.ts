import type { LoaderFunctionArgs } from "@remix-run/node";
import { queryValues } from "~/forms";
import { actorOf, getApiAccess } from "~/models/access.server";
import { customsOrganisations, OrganisationListQuery } from "~/models/customs.server";
import { apiJson } from "~/responses.server";

/** The organisations that share their report with Customs, filtered and sorted like the page. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await getApiAccess(request);
  if (!access?.customsReviewer) return apiJson({ error: "not_found" }, 404);
  const query = OrganisationListQuery.safeParse(queryValues(new URL(request.url)));
  if (!query.success) {
    return apiJson({ error: "invalid query", fields: Object.keys(query.error.flatten().fieldErrors) }, 400);
  }
  const reviewer = actorOf(access, context.clientAddress, "customs_reviewer");
  const organisations = await customsOrganisations(query.data, reviewer, "api");
  return apiJson({
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      sector: o.sector,
      sizeBand: o.sizeBand,
      region: o.region,
      report: { assessmentId: o.assessmentId, submittedAt: o.submittedAt.toISOString() },
      level: o.level,
    })),
  });
}
