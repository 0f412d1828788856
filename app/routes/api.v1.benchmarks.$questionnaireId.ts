import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { GROUPINGS } from "~/domain/benchmark";
import { getApiAccess } from "~/models/access.server";
import { benchmarkFor } from "~/models/benchmark.server";
import { apiJson } from "~/responses.server";

const GroupingSchema = z.enum(GROUPINGS).optional();

/**
 * Published benchmark cells of a questionnaire's latest release. Analysts see the sectors
 * their association covers, an organisation's people their own sector; both see "all".
 * Suppressed cells say only that they are suppressed; counts appear as bands.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await getApiAccess(request);
  if (!access) return apiJson({ error: "not_found" }, 404);
  const grouping = GroupingSchema.safeParse(new URL(request.url).searchParams.get("grouping") ?? undefined);
  if (!grouping.success) return apiJson({ error: "grouping must be one of all, sector, sector-size" }, 400);

  const benchmark = await benchmarkFor(access, params.questionnaireId, { via: "api", ip: context.clientAddress });
  if (!benchmark?.release) return apiJson({ error: "not_found" }, 404);
  const { questionnaire, release } = benchmark;
  return apiJson({
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    release: { id: release.id, createdAt: release.createdAt.toISOString() },
    k: release.k,
    cells: benchmark.cells.filter((c) => !grouping.data || c.grouping === grouping.data),
  });
}
