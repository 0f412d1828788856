/**
 * How benchmark releases scale with organisations: synthetic submitted assessments are
 * generated in SQL (deterministic, from the row number), then a release is computed and the
 * benchmark page's read is timed at each size. Prints figures; asserts nothing.
 *
 *   npm run bench:release            # on a database it creates and drops on 127.0.0.1:5432
 *   DATABASE_URL=… npm run bench:release
 */
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { queryRows, setDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { PUBLIC_SECTORS, SECTORS, type Sector } from "~/domain/organisation";
import { computeRelease, latestRelease, visibleCells } from "~/models/benchmark.server";
import { loadQuestionnaireFiles } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { withBenchDatabase } from "./database";

export interface ScaleRow {
  organisations: number;
  themeScores: number;
  releaseMs: number;
  pageReadMs: number;
}

const QUESTIONNAIRE = "port-logistics";
const PRIVATE_SECTORS = SECTORS.filter((s) => !PUBLIC_SECTORS.includes(s));
const ANALYST_SECTORS = new Set<Sector>(["terminal_operator", "road_haulier", "warehouse_depot", "port_services"]);

async function median(runs: number, measure: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await measure();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Adds organisations `from`..`to` with one submitted assessment each (every third an earlier
 * one too, every tenth a draft that must not count) and their theme scores.
 */
async function addOrganisations(handle: DatabaseHandle, from: number, to: number, themes: string[], version: number) {
  const db = handle.db;
  const sectors = sql.raw(`array[${PRIVATE_SECTORS.map((s) => `'${s}'`).join(",")}]`);
  await db.execute(sql`
    insert into organisations (name, sector, size_band, region)
    select 'Synthetic ' || i, (${sectors})[1 + (i * 7) % ${PRIVATE_SECTORS.length}]::sector,
           (array['1-9','10-49','50-249','250+'])[1 + (i / 8) % 4]::size_band, 'other'::port_region
    from generate_series(${from}::int, ${to}::int) i`);
  await db.execute(sql`
    insert into assessments (organisation_id, questionnaire_id, questionnaire_version, status, submitted_at)
    select o.id, ${QUESTIONNAIRE}, ${version}, s.status::assessment_status,
           case when s.status = 'submitted' then now() - make_interval(days => (n % 600) + s.older) end
    from organisations o
    cross join lateral (select substring(o.name from 11)::int as n) num
    cross join lateral (values ('submitted', 0), ('submitted', 200), ('draft', 0)) s(status, older)
    where o.name like 'Synthetic %' and n between ${from} and ${to}
      and (s.older = 0 and s.status = 'submitted' or s.older = 200 and n % 3 = 0 or s.status = 'draft' and n % 10 = 0)`);
  const themeList = sql.raw(`array[${themes.map((t) => `'${t}'`).join(",")}]`);
  await db.execute(sql`
    insert into theme_scores (assessment_id, theme_id, exposure, resilience, risk, level)
    select a.id, t.theme, e.exposure, r.resilience, 100 * e.exposure * (1 - r.resilience),
           case when 100 * e.exposure * (1 - r.resilience) >= 45 then 'critical'
                when 100 * e.exposure * (1 - r.resilience) >= 25 then 'high'
                when 100 * e.exposure * (1 - r.resilience) >= 10 then 'medium' else 'low' end
    from assessments a
    join organisations o on o.id = a.organisation_id
    cross join lateral (select substring(o.name from 11)::int as n) num
    cross join lateral unnest(${themeList}::text[]) with ordinality t(theme, k)
    cross join lateral (select ((n * 37 + k * 11) % 101) / 100.0 as resilience) r
    cross join lateral (select 0.3 + ((n + k) % 5) / 10.0 as exposure) e
    where o.name like 'Synthetic %' and n between ${from} and ${to} and a.status = 'submitted'`);
  await db.execute(sql`
    insert into assessment_scores (assessment_id, resilience, risk, level, exposure_class)
    select t.assessment_id, avg(t.resilience), avg(t.risk),
           case when avg(t.risk) >= 45 then 'critical' when avg(t.risk) >= 25 then 'high'
                when avg(t.risk) >= 10 then 'medium' else 'low' end, 'elevated'
    from theme_scores t
    where not exists (select 1 from assessment_scores s where s.assessment_id = t.assessment_id)
    group by t.assessment_id`);
}

export async function measureReleaseScale(options: {
  handle: DatabaseHandle;
  sizes?: number[];
  log?: (line: string) => void;
}): Promise<ScaleRow[]> {
  const { handle, sizes = [1_000, 10_000, 100_000], log = console.log } = options;
  const files = await loadQuestionnaireFiles(fileURLToPath(new URL("../../questionnaires", import.meta.url)));
  if (!files.ok) throw new Error(files.problems.join("\n"));
  await migrateDatabase(handle);
  setDatabase(handle);
  await publishQuestionnaires(files.files);
  const questionnaire = files.files.find((f) => f.questionnaire.id === QUESTIONNAIRE)!.questionnaire;
  const themes = questionnaire.themes.map((t) => t.id);

  const rows: ScaleRow[] = [];
  let have = 0;
  for (const size of sizes) {
    log(`release scale: generating organisations ${have + 1}–${size}`);
    await addOrganisations(handle, have + 1, size, themes, questionnaire.version);
    have = size;
    await handle.db.execute(sql`analyze`);
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from theme_scores`);

    log(`release scale: computing releases at ${size} organisations`);
    const releaseMs = await median(3, async () => {
      await handle.db.execute(sql`delete from benchmark_releases`);
      await computeRelease({ questionnaireId: QUESTIONNAIRE, k: 5 });
    });
    log(`release scale: reading the benchmark page's cells at ${size} organisations`);
    const pageReadMs = await median(20, async () => {
      const release = await latestRelease({ questionnaireId: QUESTIONNAIRE });
      if (!release) throw new Error("no release");
      visibleCells(release, ANALYST_SECTORS);
    });
    rows.push({ organisations: size, themeScores: n, releaseMs, pageReadMs });
  }
  return rows;
}

export function scaleTable(rows: ScaleRow[]): string {
  const base = rows[0]?.pageReadMs ?? 1;
  const number = new Intl.NumberFormat("en-GB");
  return [
    "| organisations | theme scores | release computation (ms) | benchmark page read (ms) | page read vs first |",
    "|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${number.format(r.organisations)} | ${number.format(r.themeScores)} | ${r.releaseMs.toFixed(0)} | ${r.pageReadMs.toFixed(2)} | ${(r.pageReadMs / base).toFixed(2)}× |`,
    ),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const table = await withBenchDatabase(async (handle) => scaleTable(await measureReleaseScale({ handle })));
  console.log(`\n${table}\n`);
  await mkdir(".cache/bench", { recursive: true });
  await writeFile(".cache/bench/release-scale.md", `${table}\n`);
}
