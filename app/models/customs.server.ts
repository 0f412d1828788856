import { and, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { database } from "../../db/client";
import { auditLog } from "../../db/schema";
import { highOrCritical } from "~/domain/benchmark";
import { PORT_REGIONS, SECTORS, type Sector } from "~/domain/organisation";
import { RISK_LEVELS } from "~/domain/scoring";
import { halfYearOf } from "~/dates";
import { latestQuestionnaires } from "./questionnaire.server";
import { recentReleases, visibleCells } from "./benchmark.server";
import { recordAudit, type Actor, type AuditEntry } from "./audit.server";
import { sharingOrganisations, type SharingOrganisation } from "./consent.server";

const TREND_HALF_YEARS = 6;

// Read from the frozen releases, so the same minimum group, suppression and rounding hold.
export async function customsOverview() {
  const questionnaires = await latestQuestionnaires();
  return Promise.all(
    questionnaires.map(async (questionnaire) => {
      // Quarterly releases: enough to find the last one of each half-year.
      const releases = await recentReleases(questionnaire.id, TREND_HALF_YEARS * 2 + 2);
      const latest = releases.at(-1) ?? null;
      const sectors = new Set(questionnaire.sectors);
      const figuresOf = (release: (typeof releases)[number], sector: Sector) => {
        const overall = release.cells.find(
          (c) => c.grouping === "sector" && c.sector === sector && c.published,
        )?.overall;
        return overall
          ? {
              medianRisk: overall.risk.median,
              medianLevel: overall.medianLevel,
              highOrCritical: highOrCritical(overall),
            }
          : null;
      };
      const lastOfHalfYear = new Map<string, (typeof releases)[number]>();
      for (const release of releases) lastOfHalfYear.set(halfYearOf(release.createdAt), release);
      return {
        id: questionnaire.id,
        version: questionnaire.version,
        title: questionnaire.title,
        themes: questionnaire.themes.map((th) => ({ id: th.id, title: th.title })),
        release: latest ? { id: latest.id, createdAt: latest.createdAt.toISOString() } : null,
        k: latest?.k ?? null,
        cells: latest ? visibleCells(latest, sectors) : [],
        ranking: latest
          ? questionnaire.sectors
              .flatMap((sector) => {
                const figures = figuresOf(latest, sector);
                return figures ? [{ sector, ...figures }] : [];
              })
              .sort((a, b) => b.medianRisk - a.medianRisk || a.sector.localeCompare(b.sector))
          : [],
        trend: [...lastOfHalfYear].slice(-TREND_HALF_YEARS).map(([halfYear, release]) => ({
          halfYear,
          releaseId: release.id,
          sectors: questionnaire.sectors.map((sector) => ({
            sector,
            medianRisk: figuresOf(release, sector)?.medianRisk ?? null,
          })),
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

const ListingDetails = OrganisationListQuery.extend({
  via: z.enum(["page", "api"]),
  sector: z.enum(SECTORS).nullable(),
  region: z.enum(PORT_REGIONS).nullable(),
  level: z.enum(RISK_LEVELS).nullable(),
});
export type ListingFilter = z.infer<typeof ListingDetails>;

function filtered(all: SharingOrganisation[], query: OrganisationListQuery) {
  const rows = all.filter(
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

// The list shows each one's level, so the read and its audit rows are one transaction.
export async function customsOrganisations(query: OrganisationListQuery, reviewer: Actor, via: ListingFilter["via"]) {
  return database().transaction(async (tx) => {
    const rows = filtered(await sharingOrganisations({ recipient: "customs" }, tx), query);
    // The filter alone, no count: a listed organisation reads its row and must not learn how many others share.
    const details: ListingFilter = {
      via,
      sector: query.sector ?? null,
      region: query.region ?? null,
      level: query.level ?? null,
      sort: query.sort,
      direction: query.direction,
    };
    const entry: AuditEntry = { action: "customs_organisations_listed", details };
    await recordAudit(
      reviewer,
      rows.length === 0
        ? entry
        : rows.map((o) => ({ ...entry, organisationId: o.id, objectType: "assessment", objectId: o.assessmentId })),
      tx,
    );
    return rows;
  });
}

// Never the reviewer's account or address.
export async function customsListingsOf({ organisationId, limit = 100 }: { organisationId: string; limit?: number }) {
  const where = and(eq(auditLog.organisationId, organisationId), eq(auditLog.action, "customs_organisations_listed"));
  const [rows, [total]] = await Promise.all([
    database()
      .select({ at: auditLog.at, details: auditLog.details })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit),
    database().select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    total: total?.n ?? 0,
    rows: rows.map((r) => {
      const filter = ListingDetails.safeParse(r.details);
      return { at: r.at, filter: filter.success ? filter.data : null };
    }),
  };
}
