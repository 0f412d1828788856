/**
 * Step 3 of the bench: how benchmark releases scale with organisations. Synthetic submitted
 * assessments are generated in SQL (deterministic, from the row number), then a release is
 * computed and the benchmark page timed at each size.
 */
import { sql } from "drizzle-orm";
import { queryRows, type DatabaseHandle } from "../../db/client";
import { PUBLIC_SECTORS, SECTORS, type Sector } from "~/domain/organisation";
import type { Questionnaire } from "~/domain/questionnaire";
import { computeRelease, latestRelease, visibleCells } from "~/models/benchmark.server";
import { QUESTIONNAIRE } from "./setup";

export interface ScaleRow {
  organisations: number;
  themeScores: number;
  releaseMs: number;
  pageReadMs: number;
  pageMs: number;
}

const PRIVATE_SECTORS = SECTORS.filter((s) => !PUBLIC_SECTORS.includes(s));
const ANALYST_SECTORS = new Set<Sector>(["terminal_operator", "road_haulier", "warehouse_depot", "port_services"]);

export async function median(runs: number, measure: () => Promise<void>): Promise<number> {
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
 * Adds verified organisations `from`..`to` with one submitted assessment each (every third an
 * earlier one too, every tenth a draft that must not count) and their theme scores.
 */
async function addOrganisations(handle: DatabaseHandle, from: number, to: number, themes: string[], version: number) {
  const db = handle.db;
  const sectors = sql.raw(`array[${PRIVATE_SECTORS.map((s) => `'${s}'`).join(",")}]`);
  await db.execute(sql`
    insert into organisations (name, sector, size_band, region, verified_at)
    select 'Synthetic ' || i, (${sectors})[1 + (i * 7) % ${PRIVATE_SECTORS.length}]::sector,
           (array['1-9','10-49','50-249','250+'])[1 + (i / 8) % 4]::size_band, 'other'::port_region,
           now() - interval '1000 days'

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

/**
 * Adds organisations up to each size in turn, and at each: the median time of computing a
 * release, of reading it as the benchmark page does, and of the page itself (`pageTime`).
 */
export async function measureReleaseScale(options: {
  handle: DatabaseHandle;
  questionnaire: Questionnaire;
  sizes: number[];
  pageTime: () => Promise<void>;
  log: (line: string) => void;
}): Promise<ScaleRow[]> {
  const { handle, questionnaire, sizes, pageTime, log } = options;
  const themes = questionnaire.themes.map((t) => t.id);
  const rows: ScaleRow[] = [];
  let have = 0;
  for (const size of sizes) {
    log(`release scale: generating organisations ${have + 1}–${size}`);
    await addOrganisations(handle, have + 1, size, themes, questionnaire.version);
    have = size;
    await handle.db.execute(sql`analyze`);
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from theme_scores`,
    );

    log(`release scale: computing releases at ${size} organisations`);
    // Releases pile up as they would quarter by quarter; the page reads the latest and its trend.
    const releaseMs = await median(3, () =>
      computeRelease({ questionnaireId: QUESTIONNAIRE, k: 5 }).then(() => undefined),
    );
    log(`release scale: reading the benchmark page's cells at ${size} organisations`);
    const pageReadMs = await median(20, async () => {
      const release = await latestRelease({ questionnaireId: QUESTIONNAIRE });
      if (!release) throw new Error("no release");
      visibleCells(release, ANALYST_SECTORS);
    });
    log(`release scale: timing the benchmark page at ${size} organisations`);
    await pageTime();
    const pageMs = await median(20, pageTime);
    rows.push({ organisations: size, themeScores: n, releaseMs, pageReadMs, pageMs });
  }
  return rows;
}
