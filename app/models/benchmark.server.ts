import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { database, queryRows } from "../../db/client";
import { benchmarkCells, benchmarkReleases } from "../../db/schema";
import { SECTORS, SIZE_BANDS, type Sector, type SizeBand } from "~/domain/organisation";
import type { Access } from "./access.server";
import { listAssociations } from "./association.server";
import { getOrganisationProfile } from "./organisation.server";
import { latestQuestionnaires } from "./assessment.server";
import {
  cellId,
  countBand,
  type Grouping,
  keepsPreviousFigures,
  levelShares,
  publishedCells,
  quarterOf,
  type BenchmarkFigures,
  type BenchmarkTheme,
  type CellKey,
} from "~/domain/benchmark";

/** The population: each organisation's latest submitted assessment of the 24 months before `asOf`. */
const latestSubmitted = (questionnaireId: string, asOf: Date) => sql`
  latest as (
    select distinct on (a.organisation_id) a.id, o.sector, o.size_band
    from assessments a join organisations o on o.id = a.organisation_id
    where a.status = 'submitted' and a.questionnaire_id = ${questionnaireId}
      and a.submitted_at <= ${asOf.toISOString()}::timestamptz
      and a.submitted_at > ${asOf.toISOString()}::timestamptz - interval '24 months'
    order by a.organisation_id, a.submitted_at desc
  )`;

interface GroupRow {
  no_sector: number;
  no_size: number;
  sector: string | null;
  size_band: string | null;
}

const keyOf = (row: GroupRow): CellKey =>
  row.no_sector ? { grouping: "all" } : row.no_size ? { grouping: "sector", sector: row.sector! } : { grouping: "sector-size", sector: row.sector!, sizeBand: row.size_band! };

/**
 * Computes and freezes a release: counts and quantiles in SQL on the stored score snapshots
 * (never loading assessments), then the disclosure rules of the domain core. `asOf` dates the
 * release and its population (the demo data uses it to build a history of releases).
 */
export async function computeRelease(input: {
  questionnaireId: string;
  k: number;
  quarter?: string;
  createdBy?: string;
  asOf?: Date;
}): Promise<string | null> {
  const db = database();
  const asOf = input.asOf ?? new Date();
  const counts = await queryRows<GroupRow & { organisations: number }>(
    db,
    sql`with ${latestSubmitted(input.questionnaireId, asOf)}
      select grouping(sector) as no_sector, grouping(size_band) as no_size, sector, size_band,
             count(*)::int as organisations
      from latest group by grouping sets ((), (sector), (sector, size_band))`,
  );
  const figures = await queryRows<
    GroupRow & {
      theme_id: string | null;
      r25: number; r50: number; r75: number;
      k25: number; k50: number; k75: number;
      low: number; medium: number; high: number; critical: number;
    }
  >(
    db,
    // Each score table is joined to the population on its own, then the two are stacked: a
    // join against a union of both misestimates its rows, and PostgreSQL's JIT compilation
    // then costs more than the query (10,000 organisations: 450 ms against 190 ms).
    sql`with ${latestSubmitted(input.questionnaireId, asOf)}
      select grouping(t.sector) as no_sector, grouping(t.size_band) as no_size, t.sector, t.size_band, t.theme_id,
        percentile_cont(0.25) within group (order by t.resilience) as r25,
        percentile_cont(0.5) within group (order by t.resilience) as r50,
        percentile_cont(0.75) within group (order by t.resilience) as r75,
        percentile_cont(0.25) within group (order by t.risk) as k25,
        percentile_cont(0.5) within group (order by t.risk) as k50,
        percentile_cont(0.75) within group (order by t.risk) as k75,
        count(*) filter (where t.level = 'low')::int as low,
        count(*) filter (where t.level = 'medium')::int as medium,
        count(*) filter (where t.level = 'high')::int as high,
        count(*) filter (where t.level = 'critical')::int as critical
      from (
        select l.sector, l.size_band, s.theme_id, s.resilience, s.risk, s.level
        from latest l join theme_scores s on s.assessment_id = l.id
        union all
        -- The overall score, as a theme without an id.
        select l.sector, l.size_band, null, s.resilience, s.risk, s.level
        from latest l join assessment_scores s on s.assessment_id = l.id
      ) t
      where t.resilience is not null
      group by grouping sets ((t.theme_id), (t.sector, t.theme_id), (t.sector, t.size_band, t.theme_id))
      order by t.theme_id`,
  );

  const cells = new Map(counts.map((row) => [cellId(keyOf(row)), { key: keyOf(row), count: row.organisations }]));
  const published = publishedCells(cells, input.k);
  const themesOf = new Map<string, BenchmarkTheme[]>();
  const overallOf = new Map<string, BenchmarkFigures>();
  for (const row of figures) {
    const id = cellId(keyOf(row));
    const cell: BenchmarkFigures = {
      resilience: { p25: Number(row.r25), median: Number(row.r50), p75: Number(row.r75) },
      risk: { p25: Number(row.k25), median: Number(row.k50), p75: Number(row.k75) },
      levels: levelShares({ low: row.low, medium: row.medium, high: row.high, critical: row.critical }),
    };
    if (row.theme_id === null) overallOf.set(id, cell);
    else themesOf.set(id, [...(themesOf.get(id) ?? []), { id: row.theme_id, ...cell }]);
  }

  const previous = await latestRelease({ questionnaireId: input.questionnaireId });
  const before = new Map(previous?.cells.map((c) => [c.cellId, c]));

  return db.transaction(async (tx) => {
    const [release] = await tx
      .insert(benchmarkReleases)
      .values({ questionnaireId: input.questionnaireId, k: input.k, quarter: input.quarter ?? null, createdBy: input.createdBy ?? null, createdAt: asOf })
      .onConflictDoNothing()
      .returning({ id: benchmarkReleases.id });
    // Another instance made this quarter's release first.
    if (!release) return null;
    if (cells.size > 0) {
      await tx.insert(benchmarkCells).values(
        [...cells].map(([id, { key, count }]) => {
          const isPublished = published.has(id);
          const last = before.get(id);
          // A population that changed by exactly one keeps the figures it had.
          const carried = isPublished && last?.published && keepsPreviousFigures(last.organisations, count);
          return {
            releaseId: release.id,
            cellId: id,
            grouping: key.grouping,
            sector: (key.sector ?? null) as typeof benchmarkCells.$inferInsert.sector,
            sizeBand: (key.sizeBand ?? null) as typeof benchmarkCells.$inferInsert.sizeBand,
            organisations: count,
            published: isPublished,
            themes: isPublished ? (carried ? last.themes : (themesOf.get(id) ?? [])) : null,
            overall: isPublished ? (carried ? last.overall : (overallOf.get(id) ?? null)) : null,
          };
        }),
      );
    }
    return release.id;
  });
}

/**
 * Makes the current quarter's release of every questionnaire that has none yet. Runs at
 * start and every hour; with several instances the unique quarter lets only one succeed.
 */
export async function makeDueReleases(questionnaireIds: string[], k: number, now = new Date()): Promise<void> {
  const quarter = quarterOf(now);
  for (const questionnaireId of questionnaireIds) {
    const [existing] = await database()
      .select({ id: benchmarkReleases.id })
      .from(benchmarkReleases)
      .where(and(eq(benchmarkReleases.questionnaireId, questionnaireId), eq(benchmarkReleases.quarter, quarter)));
    if (!existing) await computeRelease({ questionnaireId, k, quarter });
  }
}

/** When and with which k the latest release of a questionnaire was made, or null before the first. */
export async function latestReleaseHeader({ questionnaireId }: { questionnaireId: string }) {
  const [release] = await database()
    .select({ id: benchmarkReleases.id, createdAt: benchmarkReleases.createdAt, k: benchmarkReleases.k })
    .from(benchmarkReleases)
    .where(eq(benchmarkReleases.questionnaireId, questionnaireId))
    .orderBy(desc(benchmarkReleases.createdAt))
    .limit(1);
  return release ?? null;
}

// A release is frozen once made, so its cells can be kept; reports, benchmark pages and the
// customs overview all read the latest one, and its cells are the bulk of what they read.
const RELEASES_KEPT = 32;
const cellsOfRelease = new Map<string, Promise<(typeof benchmarkCells.$inferSelect)[]>>();

function releaseCells(releaseId: string) {
  let cells = cellsOfRelease.get(releaseId);
  if (!cells) {
    // An async function makes one real promise: a drizzle query would run again at every await.
    cells = (async () => database().select().from(benchmarkCells).where(eq(benchmarkCells.releaseId, releaseId)))();
    // A failed read is not kept: the next request asks again.
    cells.catch(() => cellsOfRelease.delete(releaseId));
    if (cellsOfRelease.size >= RELEASES_KEPT) cellsOfRelease.delete(cellsOfRelease.keys().next().value as string);
    cellsOfRelease.set(releaseId, cells);
  }
  return cells;
}

/** The latest release of a questionnaire with its cells, or null before the first release. */
export async function latestRelease({ questionnaireId }: { questionnaireId: string }) {
  const release = await latestReleaseHeader({ questionnaireId });
  if (!release) return null;
  return { ...release, cells: await releaseCells(release.id) };
}

/**
 * The sectors whose benchmark cells someone may see: those their association covers, and
 * their own organisation's. Everyone who may see any also sees the "all" cell.
 */
export async function sectorsVisibleTo(access: Access): Promise<Set<Sector>> {
  const sectors = new Set<Sector>();
  if (access.associationIds.length > 0) {
    for (const association of await listAssociations(access.associationIds)) association.sectors.forEach((s) => sectors.add(s));
  }
  if (access.organisation) {
    const profile = await getOrganisationProfile({ organisationId: access.organisation.id });
    if (profile) sectors.add(profile.sector);
  }
  return sectors;
}

type Release = NonNullable<Awaited<ReturnType<typeof latestRelease>>>;

/** All organisations first, then each sector in the order of the vocabulary, followed by its size bands. */
const cellOrder = (cell: { sector: string | null; sizeBand: string | null }) =>
  cell.sector === null ? -1 : SECTORS.indexOf(cell.sector as Sector) * 10 + (cell.sizeBand ? 1 + SIZE_BANDS.indexOf(cell.sizeBand as SizeBand) : 0);

/** The cells of a release someone may see, as they may see them: bands, never counts. */
export function visibleCells(release: Release, sectors: Set<Sector>) {
  return release.cells
    .filter((c) => c.grouping === "all" || (c.sector !== null && sectors.has(c.sector)))
    .sort((a, b) => cellOrder(a) - cellOrder(b))
    .map((c) => ({
      grouping: c.grouping as Grouping,
      ...(c.sector ? { sector: c.sector } : {}),
      ...(c.sizeBand ? { sizeBand: c.sizeBand } : {}),
      suppressed: !c.published,
      ...(c.published ? { countBand: countBand(c.organisations, release.k), themes: c.themes ?? [] } : {}),
    }));
}

/**
 * What someone may see of a questionnaire's benchmark: its latest release, cut to their
 * sectors. Null when the questionnaire does not exist or serves none of their sectors: pages
 * and the API answer both with the same 404.
 */
export async function benchmarkFor(access: Access, questionnaireId: string | undefined) {
  const visible = await sectorsVisibleTo(access);
  const questionnaire = (await latestQuestionnaires()).find((q) => q.id === questionnaireId);
  const sectors = new Set(questionnaire?.sectors.filter((s) => visible.has(s)));
  // A questionnaire for none of one's sectors is as absent as an unknown one.
  if (!questionnaire || sectors.size === 0) return null;
  const release = await latestRelease({ questionnaireId: questionnaire.id });
  return { questionnaire, sectors, release, cells: release ? visibleCells(release, sectors) : [] };
}

/** How many earlier releases the trend shows. */
export const TREND_RELEASES = 8;

/**
 * The sector and "all" cells of the latest releases, oldest first, as someone may see them:
 * the trend across releases, where each release's own suppression holds.
 */
export async function releaseHistory(questionnaireId: string, sectors: Set<Sector>) {
  const releases = await recentReleases(questionnaireId);
  return releases.map((release) => ({ createdAt: release.createdAt, k: release.k, cells: visibleCells(release, sectors) }));
}

/** The latest releases of a questionnaire, oldest first, with their "all" and sector cells as stored. */
export async function recentReleases(questionnaireId: string, limit = TREND_RELEASES) {
  const db = database();
  const releases = (
    await db
      .select({ id: benchmarkReleases.id, createdAt: benchmarkReleases.createdAt, k: benchmarkReleases.k })
      .from(benchmarkReleases)
      .where(eq(benchmarkReleases.questionnaireId, questionnaireId))
      .orderBy(desc(benchmarkReleases.createdAt))
      .limit(limit)
  ).reverse();
  if (releases.length === 0) return [];
  const cells = await db
    .select()
    .from(benchmarkCells)
    .where(and(inArray(benchmarkCells.releaseId, releases.map((r) => r.id)), ne(benchmarkCells.grouping, "sector-size")));
  return releases.map((release) => ({ ...release, cells: cells.filter((c) => c.releaseId === release.id) }));
}

/**
 * What an organisation's report compares it with: its sector's cell of the latest release
 * when published, otherwise the cell of all organisations, otherwise nothing.
 */
export async function comparisonGroup(questionnaireId: string, sector: Sector) {
  const release = await latestRelease({ questionnaireId });
  if (!release) return null;
  const cells = visibleCells(release, new Set([sector])).filter((c) => !c.suppressed && c.grouping !== "sector-size");
  const cell = cells.find((c) => c.grouping === "sector") ?? cells.find((c) => c.grouping === "all");
  return cell ? { ...cell, releasedAt: release.createdAt, k: release.k } : null;
}
