import { z } from "zod";
import { queryValues } from "~/forms";
import { highOrCritical } from "~/domain/benchmark";
import { PORT_REGIONS, SECTORS, type Sector } from "~/domain/organisation";
import { RISK_LEVELS } from "~/domain/scoring";
import { latestQuestionnaires } from "./assessment.server";
import { recentReleases, visibleCells } from "./benchmark.server";
import { sharingOrganisations, type SharingOrganisation } from "./consent.server";

/** How many half-years the customs trend goes back. */
const TREND_HALF_YEARS = 6;

/** The half-year a date falls in, as the trend names it: `2026-H2`. */
export const halfYearOf = (date: Date) => `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`;

/**
 * The cross-sector risk overview of Customs, per questionnaire: read from the frozen
 * benchmark releases, so the same minimum group, suppression and rounding hold as for
 * associations; only published cells carry figures.
 */
export async function customsOverview() {
  const questionnaires = await latestQuestionnaires();
  return Promise.all(
    questionnaires.map(async (questionnaire) => {
      // Quarterly releases: four per year, so enough to find the last one of each half-year.
      const releases = await recentReleases(questionnaire.id, TREND_HALF_YEARS * 2 + 2);
      const latest = releases.at(-1) ?? null;
      const sectors = new Set(questionnaire.sectors);
      const shareOf = (release: (typeof releases)[number], sector: Sector) => {
        const overall = release.cells.find((c) => c.grouping === "sector" && c.sector === sector && c.published)?.overall;
        return overall ? highOrCritical(overall) : null;
      };
      const lastOfHalfYear = new Map<string, (typeof releases)[number]>();
      for (const release of releases) lastOfHalfYear.set(halfYearOf(release.createdAt), release);
      return {
        id: questionnaire.id,
        version: questionnaire.version,
        title: questionnaire.title,
        thresholds: questionnaire.thresholds,
        themes: questionnaire.themes.map((th) => ({ id: th.id, title: th.title })),
        release: latest ? { id: latest.id, createdAt: latest.createdAt.toISOString() } : null,
        k: latest?.k ?? null,
        cells: latest ? visibleCells(latest, sectors) : [],
        ranking: latest
          ? questionnaire.sectors
              .flatMap((sector) => {
                const share = shareOf(latest, sector);
                return share === null ? [] : [{ sector, highOrCritical: share }];
              })
              .sort((a, b) => b.highOrCritical - a.highOrCritical || a.sector.localeCompare(b.sector))
          : [],
        trend: [...lastOfHalfYear].slice(-TREND_HALF_YEARS).map(([halfYear, release]) => ({
          halfYear,
          releaseId: release.id,
          sectors: questionnaire.sectors.map((sector) => ({ sector, highOrCritical: shareOf(release, sector) })),
        })),
      };
    }),
  );
}

export type CustomsOverview = Awaited<ReturnType<typeof customsOverview>>;

export const OrganisationListQuery = z.object({
  sector: z.enum(SECTORS).optional(),
  region: z.enum(PORT_REGIONS).optional(),
  level: z.enum(RISK_LEVELS).optional(),
  sort: z.enum(["name", "sector", "region", "date", "level"]).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

/** A query string's filters, or the names of the parameters that are not valid. */
export function readListQuery(url: URL) {
  return OrganisationListQuery.safeParse(queryValues(url));
}

/** The organisations that share with Customs, filtered and sorted as the reviewer asked. */
export async function customsOrganisations(query: OrganisationListQuery) {
  const rows = (await sharingOrganisations({ recipient: "customs" })).filter(
    (o) =>
      (!query.sector || o.sector === query.sector) &&
      (!query.region || o.region === query.region) &&
      (!query.level || o.level === query.level),
  );
  const key = (o: SharingOrganisation): string | number =>
    query.sort === "date"
      ? o.submittedAt.getTime()
      : query.sort === "level"
        ? RISK_LEVELS.indexOf(o.level ?? "low")
        : query.sort === "name"
          ? o.name.toLowerCase()
          : o[query.sort];
  const sign = query.direction === "asc" ? 1 : -1;
  return rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name)) * sign;
  });
}
