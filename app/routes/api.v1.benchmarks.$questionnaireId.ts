import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { countBand, GROUPINGS } from "~/domain/benchmark";
import type { Sector } from "~/domain/organisation";
import { getApiAccess } from "~/models/access.server";
import { listAssociations } from "~/models/association.server";
import { latestQuestionnaires } from "~/models/assessment.server";
import { latestRelease } from "~/models/benchmark.server";
import { getOrganisationProfile } from "~/models/organisation.server";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const GroupingSchema = z.enum(GROUPINGS).optional();

/**
 * Published benchmark cells of a questionnaire's latest release. Analysts see the sectors
 * their association covers, an organisation's people their own sector; both see "all".
 * Suppressed cells say only that they are suppressed; counts appear as bands.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await getApiAccess(request);
  if (!access) return json({ error: "not_found" }, 404);
  const grouping = GroupingSchema.safeParse(new URL(request.url).searchParams.get("grouping") ?? undefined);
  if (!grouping.success) return json({ error: "grouping must be one of all, sector, sector-size" }, 400);

  const sectors = new Set<Sector>();
  if (access.associationIds.length > 0) {
    for (const association of await listAssociations(access.associationIds)) association.sectors.forEach((s) => sectors.add(s));
  }
  if (access.organisation) {
    const profile = await getOrganisationProfile({ organisationId: access.organisation.id });
    if (profile) sectors.add(profile.sector);
  }
  if (sectors.size === 0) return json({ error: "not_found" }, 404);

  const questionnaire = (await latestQuestionnaires()).find((q) => q.id === params.questionnaireId);
  const release = questionnaire ? await latestRelease({ questionnaireId: questionnaire.id }) : null;
  if (!questionnaire || !release) return json({ error: "not_found" }, 404);

  const cells = release.cells
    .filter((c) => c.grouping === "all" || (c.sector !== null && sectors.has(c.sector)))
    .filter((c) => !grouping.data || c.grouping === grouping.data)
    .sort((a, b) => a.cellId.localeCompare(b.cellId))
    .map((c) => ({
      grouping: c.grouping,
      ...(c.sector ? { sector: c.sector } : {}),
      ...(c.sizeBand ? { sizeBand: c.sizeBand } : {}),
      suppressed: !c.published,
      ...(c.published ? { countBand: countBand(c.organisations, release.k), themes: c.themes ?? [] } : {}),
    }));
  return json({
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    release: { id: release.id, createdAt: release.createdAt.toISOString() },
    k: release.k,
    cells,
  });
}
