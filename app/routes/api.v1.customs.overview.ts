import type { LoaderFunctionArgs } from "@remix-run/node";
import { getApiAccess } from "~/models/access.server";
import { customsOverview } from "~/models/customs.server";
import { apiJson } from "~/responses.server";

/**
 * The cross-sector overview for Customs as JSON: per questionnaire the latest release's
 * published cells (the benchmark cell shape), the ranking of sectors by the share of
 * organisations at high or critical risk, and that share per half-year.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const access = await getApiAccess(request);
  if (!access?.customsReviewer) return apiJson({ error: "not_found" }, 404);
  const overview = await customsOverview();
  return apiJson({
    questionnaires: overview.map(({ id, version, release, k, cells, ranking, trend }) => ({
      id,
      version,
      release,
      k,
      cells,
      ranking,
      trend,
    })),
  });
}
