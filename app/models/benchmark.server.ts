import { and, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { database, queryRows, type Database } from "../../db/client";
import { benchmarkCells, benchmarkReleases, organisations } from "../../db/schema";
import { SECTORS, SIZE_BANDS, type Sector, type SizeBand } from "~/domain/organisation";
import type { Access } from "./access.server";
import { listAssociations } from "./association.server";
import { recordAudit, type Actor } from "./audit.server";
import { notifyBenchmarkRelease } from "./notification.server";
import type { AuditRole } from "~/domain/audit";
import { isVerified } from "./verification.server";
import { latestQuestionnaires } from "./questionnaire.server";
import {
  cellId,
  countBand,
  discloseRelease,
  quarterOf,
  type CellKey,
  type ExactFigures,
  type EarlierFigures,
  type Grouping,
  POPULATION_MONTHS,
} from "~/domain/benchmark";
import { riskLevel } from "~/domain/scoring";

// Only verified organisations count: self-registration alone neither counts nor reads.
const latestSubmitted = (questionnaireId: string, asOf: Date) => sql`
  latest as (
    select distinct on (a.organisation_id) a.organisation_id, a.id, o.sector, o.size_band
    from assessments a join organisations o on o.id = a.organisation_id
    where a.status = 'submitted' and a.questionnaire_id = ${questionnaireId}
      and o.verified_at <= ${asOf.toISOString()}::timestamptz
      and a.submitted_at <= ${asOf.toISOString()}::timestamptz
      and a.submitted_at > ${asOf.toISOString()}::timestamptz - make_interval(months => ${POPULATION_MONTHS})
    order by a.organisation_id, a.submitted_at desc
  )`;

interface GroupRow {
  no_sector: number;
  no_size: number;
  sector: string | null;
  size_band: string | null;
}

const keyOf = (row: GroupRow): CellKey =>
  row.no_sector
    ? { grouping: "all" }
    : row.no_size
      ? { grouping: "sector", sector: row.sector! }
      : { grouping: "sector-size", sector: row.sector!, sizeBand: row.size_band! };

async function exactFigures(tx: Pick<Database, "execute">, releaseId: string) {
  const rows = await queryRows<
    GroupRow & {
      theme_id: string | null;
      r25: number;
      r50: number;
      r75: number;
      k25: number;
      k50: number;
      k75: number;
      low: number;
      medium: number;
      high: number;
      critical: number;
    }
  >(
    tx,
    // Each score table joins the participants on its own: a join against their union misestimates
    // its rows, and PostgreSQL's JIT compilation then costs more than the query.
    sql`select grouping(t.sector) as no_sector, grouping(t.size_band) as no_size, t.sector, t.size_band, t.theme_id,
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
        select p.sector, p.size_band, s.theme_id, s.resilience, s.risk, s.level
        from benchmark_participants p join theme_scores s on s.assessment_id = p.assessment_id
        -- A theme answered mostly "not applicable" says too little to compare.
        where p.release_id = ${releaseId} and not s.weakly_answered
        union all
        -- The overall score, as a theme without an id.
        select p.sector, p.size_band, null, s.resilience, s.risk, s.level
        from benchmark_participants p join assessment_scores s on s.assessment_id = p.assessment_id
        where p.release_id = ${releaseId}
      ) t
      where t.resilience is not null
      group by grouping sets ((t.theme_id), (t.sector, t.theme_id), (t.sector, t.size_band, t.theme_id))
      order by t.theme_id`,
  );
  const exact = new Map<string, { overall: ExactFigures | null; themes: (ExactFigures & { id: string })[] }>();
  for (const row of rows) {
    const id = cellId(keyOf(row));
    const cell = exact.get(id) ?? { overall: null, themes: [] };
    const figures: ExactFigures = {
      resilience: { p25: Number(row.r25), median: Number(row.r50), p75: Number(row.r75) },
      risk: { p25: Number(row.k25), median: Number(row.k50), p75: Number(row.k75) },
      levels: { low: row.low, medium: row.medium, high: row.high, critical: row.critical },
    };
    if (row.theme_id === null) cell.overall = figures;
    else cell.themes.push({ id: row.theme_id, ...figures });
    exact.set(id, cell);
  }
  return exact;
}

async function cellCounts(tx: Pick<Database, "execute">, releaseId: string) {
  const rows = await queryRows<GroupRow & { organisations: number }>(
    tx,
    sql`select grouping(sector) as no_sector, grouping(size_band) as no_size, sector, size_band, count(*)::int as organisations
      from benchmark_participants where release_id = ${releaseId}
      group by grouping sets ((), (sector), (sector, size_band))`,
  );
  // The empty grouping set gives a row even without participants: a cell of none does not exist.
  return new Map(
    rows
      .filter((row) => row.organisations > 0)
      .map((row) => [cellId(keyOf(row)), { key: keyOf(row), count: row.organisations }]),
  );
}

// A move to another sector or size band leaves one cell and joins another: two changes.
export async function membershipChanges(tx: Pick<Database, "execute">, { from, to }: { from: string; to: string }) {
  const rows = await queryRows<{
    grouping: Grouping;
    sector: string | null;
    size_band: string | null;
    changes: number;
  }>(
    tx,
    sql`with j as (
        select n.sector as ns, n.size_band as nb, n.assessment_id as na, w.sector as ws, w.size_band as wb, w.assessment_id as wa
        from (select * from benchmark_participants where release_id = ${to}) n
        full join (select * from benchmark_participants where release_id = ${from}) w on w.organisation_id = n.organisation_id
      )
      select 'all' as grouping, null::text as sector, null::text as size_band, count(*)::int as changes
      from j where na is distinct from wa
      union all
      select 'sector', x.sector::text, null, count(*)::int
      from j cross join lateral (values (ns), (case when ws is distinct from ns then ws end)) x(sector)
      where x.sector is not null and (ns is distinct from ws or na is distinct from wa)
      group by x.sector
      union all
      select 'sector-size', x.sector::text, x.size_band::text, count(*)::int
      from j cross join lateral (values (ns, nb), (case when (ws, wb) is distinct from (ns, nb) then ws end, wb)) x(sector, size_band)
      where x.sector is not null and ((ns, nb) is distinct from (ws, wb) or na is distinct from wa)
      group by x.sector, x.size_band`,
  );
  const key = (row: (typeof rows)[number]): CellKey =>
    row.grouping === "all"
      ? { grouping: "all" }
      : row.grouping === "sector"
        ? { grouping: "sector", sector: row.sector! }
        : { grouping: "sector-size", sector: row.sector!, sizeBand: row.size_band! };
  return new Map(rows.map((row) => [cellId(key(row)), row.changes]));
}

async function earlierFigures(tx: Database, questionnaireId: string, releaseId: string, asOf: Date) {
  const rows = await tx
    .select({ cell: benchmarkCells })
    .from(benchmarkCells)
    .innerJoin(benchmarkReleases, eq(benchmarkReleases.id, benchmarkCells.releaseId))
    .where(
      and(
        eq(benchmarkReleases.questionnaireId, questionnaireId),
        ne(benchmarkReleases.id, releaseId),
        gt(
          benchmarkReleases.createdAt,
          sql`${asOf.toISOString()}::timestamptz - make_interval(months => ${POPULATION_MONTHS})`,
        ),
        eq(benchmarkCells.basisReleaseId, benchmarkCells.releaseId),
      ),
    )
    .orderBy(desc(benchmarkReleases.createdAt));
  const changesSince = new Map<string, Map<string, number>>();
  for (const id of new Set(rows.map((r) => r.cell.releaseId)))
    changesSince.set(id, await membershipChanges(tx, { from: id, to: releaseId }));
  const earlier = new Map<string, EarlierFigures[]>();
  for (const { cell } of rows) {
    if (!cell.themes) continue;
    const changes = changesSince.get(cell.releaseId)?.get(cell.cellId) ?? 0;
    const figures = {
      releaseId: cell.releaseId,
      organisations: cell.organisations,
      themes: cell.themes,
      overall: cell.overall,
      changes,
    };
    earlier.set(cell.cellId, [...(earlier.get(cell.cellId) ?? []), figures]);
  }
  return earlier;
}

// Participant lists name organisations, and no later release compares with these.
export async function purgeParticipants(now = new Date()): Promise<number> {
  const [row] = await queryRows<{ releases: number }>(
    database(),
    sql`with gone as (
        delete from benchmark_participants p
        where not exists (
          select 1 from benchmark_releases r
          where r.id = p.release_id and r.created_at > ${now.toISOString()}::timestamptz - make_interval(months => ${POPULATION_MONTHS})
        )
        returning p.release_id
      )
      select count(distinct release_id)::int as releases from gone`,
  );
  return row?.releases ?? 0;
}

// Figures come from SQL on the stored score snapshots, never from loaded assessments.
export async function computeRelease(input: {
  questionnaireId: string;
  k: number;
  quarter?: string;
  // Only a release made by a person is audited.
  actor?: Actor;
  asOf?: Date;
  // The demo data's past releases tell nobody.
  notify?: boolean;
}): Promise<string | null> {
  const asOf = input.asOf ?? new Date();
  const questionnaire = (await latestQuestionnaires()).find((q) => q.id === input.questionnaireId);
  const levelOf = (_themeId: string | null, risk: number) =>
    questionnaire ? riskLevel(risk, questionnaire.thresholds) : "low";
  return database().transaction(async (tx) => {
    const [release] = await tx
      .insert(benchmarkReleases)
      .values({
        questionnaireId: input.questionnaireId,
        k: input.k,
        quarter: input.quarter ?? null,
        createdBy: input.actor?.userId ?? null,
        createdAt: asOf,
      })
      .onConflictDoNothing()
      .returning({ id: benchmarkReleases.id });
    // Another instance made this quarter's release first.
    if (!release) return null;
    if (input.actor) {
      await recordAudit(
        input.actor,
        { action: "benchmark_release_created", objectType: "questionnaire", objectId: input.questionnaireId },
        tx,
      );
    }
    // The participants are stored first and everything after reads them, so the figures and
    // the next release's comparison describe exactly the same population.
    await tx.execute(sql`with ${latestSubmitted(input.questionnaireId, asOf)}
      insert into benchmark_participants (release_id, organisation_id, assessment_id, sector, size_band)
      select ${release.id}, organisation_id, id, sector, size_band from latest`);
    // Without statistics on the rows just written, PostgreSQL expects one participant and
    // joins the score tables row by row: at 100,000 organisations 2.8 s instead of 1.4 s.
    await tx.execute(sql`analyze benchmark_participants`);
    const [counts, exact, earlier] = await Promise.all([
      cellCounts(tx, release.id),
      exactFigures(tx, release.id),
      earlierFigures(tx, input.questionnaireId, release.id, asOf),
    ]);
    const cells = discloseRelease({ releaseId: release.id, k: input.k, counts, earlier, exact, levelOf });
    if (cells.size > 0) {
      await tx.insert(benchmarkCells).values(
        [...cells].map(([id, cell]) => ({
          releaseId: release.id,
          cellId: id,
          grouping: cell.key.grouping,
          sector: (cell.key.sector ?? null) as typeof benchmarkCells.$inferInsert.sector,
          sizeBand: (cell.key.sizeBand ?? null) as typeof benchmarkCells.$inferInsert.sizeBand,
          organisations: cell.organisations,
          published: cell.published,
          themes: cell.themes,
          overall: cell.overall,
          basisReleaseId: cell.basisReleaseId,
        })),
      );
    }
    if (questionnaire && input.notify !== false) await notifyBenchmarkRelease(tx, { id: release.id, questionnaire });
    return release.id;
  });
}

// With several instances the unique quarter lets only one succeed.
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

export async function latestReleaseHeader({ questionnaireId }: { questionnaireId: string }) {
  const [release] = await database()
    .select({ id: benchmarkReleases.id, createdAt: benchmarkReleases.createdAt, k: benchmarkReleases.k })
    .from(benchmarkReleases)
    .where(eq(benchmarkReleases.questionnaireId, questionnaireId))
    .orderBy(desc(benchmarkReleases.createdAt))
    .limit(1);
  return release ?? null;
}

// A release is frozen once made, so its cells can be cached; most pages read the latest one.
const RELEASES_KEPT = 32;
const cellsOfRelease = new Map<string, Promise<(typeof benchmarkCells.$inferSelect)[]>>();

function releaseCells(releaseId: string) {
  let cells = cellsOfRelease.get(releaseId);
  if (!cells) {
    // An async function makes one real promise: a drizzle query would run again at every await.
    cells = (async () => database().select().from(benchmarkCells).where(eq(benchmarkCells.releaseId, releaseId)))();
    cells.catch(() => cellsOfRelease.delete(releaseId));
    if (cellsOfRelease.size >= RELEASES_KEPT) cellsOfRelease.delete(cellsOfRelease.keys().next().value as string);
    cellsOfRelease.set(releaseId, cells);
  }
  return cells;
}

export async function latestRelease({ questionnaireId }: { questionnaireId: string }) {
  const release = await latestReleaseHeader({ questionnaireId });
  if (!release) return null;
  return { ...release, cells: await releaseCells(release.id) };
}

export async function sectorsVisibleTo(access: Access): Promise<Set<Sector>> {
  const sectors = new Set<Sector>();
  if (access.associationIds.length > 0) {
    for (const association of await listAssociations(access.associationIds))
      association.sectors.forEach((s) => sectors.add(s));
  }
  if (access.organisation) {
    const [own] = await database()
      .select({ sector: organisations.sector, verifiedAt: organisations.verifiedAt })
      .from(organisations)
      .where(eq(organisations.id, access.organisation.id));
    if (own?.verifiedAt) sectors.add(own.sector);
  }
  return sectors;
}

type Release = NonNullable<Awaited<ReturnType<typeof latestRelease>>>;

// Every cell of their sectors' groupings, so an empty cell reads like a suppressed one.
export function visibleCells(
  release: Release,
  sectors: Set<Sector>,
  { sizeBands = true }: { sizeBands?: boolean } = {},
) {
  const stored = new Map(release.cells.map((c) => [c.cellId, c]));
  const keys: CellKey[] = [{ grouping: "all" }];
  for (const sector of SECTORS.filter((s) => sectors.has(s))) {
    keys.push({ grouping: "sector", sector });
    if (sizeBands) keys.push(...SIZE_BANDS.map((sizeBand): CellKey => ({ grouping: "sector-size", sector, sizeBand })));
  }
  return keys.map((key) => {
    const cell = stored.get(cellId(key));
    const published = cell?.published ? cell : null;
    return {
      grouping: key.grouping,
      ...(key.sector ? { sector: key.sector as Sector } : {}),
      ...(key.sizeBand ? { sizeBand: key.sizeBand as SizeBand } : {}),
      suppressed: !published,
      ...(published
        ? { countBand: countBand(published.organisations, release.k), themes: published.themes ?? [] }
        : {}),
    };
  });
}

// A questionnaire for none of one's sectors gets the same 404 as an unknown one.
export async function benchmarkFor(
  access: Access,
  questionnaireId: string | undefined,
  view: { via: "page" | "csv" | "api"; ip: string | null },
) {
  const visible = await sectorsVisibleTo(access);
  const questionnaire = (await latestQuestionnaires()).find((q) => q.id === questionnaireId);
  const sectors = new Set(questionnaire?.sectors.filter((s) => visible.has(s)));
  const found = Boolean(questionnaire) && sectors.size > 0;
  const actor = {
    userId: access.user.id,
    role: roleOf(access),
    organisationId: access.organisation?.id ?? null,
    ip: view.ip,
  };
  await recordAudit(actor, {
    action: found ? "benchmark_viewed" : "access_refused",
    objectType: "benchmark",
    objectId: String(questionnaireId ?? "").slice(0, 64),
    success: found,
    details: { via: view.via, sectors: [...sectors].join(",") },
  });
  if (!questionnaire || !found) return null;
  const release = await latestRelease({ questionnaireId: questionnaire.id });
  return { questionnaire, sectors, release, cells: release ? visibleCells(release, sectors) : [] };
}

// Published bands, never live counts, which would show every sign-up as it happens.
export async function releaseParticipation(sectors: readonly Sector[]) {
  const questionnaires = (await latestQuestionnaires()).filter((q) => q.sectors.some((s) => sectors.includes(s)));
  const releases = await Promise.all(questionnaires.map((q) => latestRelease({ questionnaireId: q.id })));
  return sectors.map((sector) => {
    const release = releases[questionnaires.findIndex((q) => q.sectors.includes(sector))];
    const cell = release
      ? visibleCells(release, new Set([sector]), { sizeBands: false }).find((c) => c.grouping === "sector")
      : undefined;
    return { sector, band: cell?.countBand ?? null };
  });
}

export const TREND_RELEASES = 8;

export async function releaseHistory(questionnaireId: string, sectors: Set<Sector>) {
  const releases = await recentReleases(questionnaireId);
  return releases.map((release) => ({
    createdAt: release.createdAt,
    k: release.k,
    cells: visibleCells(release, sectors, { sizeBands: false }),
  }));
}

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
    .where(
      and(
        inArray(
          benchmarkCells.releaseId,
          releases.map((r) => r.id),
        ),
        ne(benchmarkCells.grouping, "sector-size"),
      ),
    );
  return releases.map((release) => ({ ...release, cells: cells.filter((c) => c.releaseId === release.id) }));
}

export async function comparisonGroup(questionnaireId: string, sector: Sector, organisationId: string) {
  const [release, verified] = await Promise.all([latestRelease({ questionnaireId }), isVerified(organisationId)]);
  if (!release || !verified) return null;
  const cells = visibleCells(release, new Set([sector]), { sizeBands: false }).filter((c) => !c.suppressed);
  const cell = cells.find((c) => c.grouping === "sector") ?? cells.find((c) => c.grouping === "all");
  return cell ? { ...cell, releasedAt: release.createdAt, k: release.k } : null;
}

function roleOf(access: Access): AuditRole {
  if (access.platformAdmin) return "platform_admin";
  if (access.customsReviewer) return "customs_reviewer";
  if (access.associationIds.length > 0) return "association_analyst";
  return access.organisation?.role === "admin" ? "org_admin" : "org_member";
}
