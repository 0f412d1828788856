import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { groupLabel, halfYearLabel } from "~/views/benchmark";
import { download, toCsv, type CsvCell } from "~/export.server";
import { getFixedT } from "~/i18n.server";
import { requireCustomsReviewer } from "~/models/access.server";
import { customsOverview } from "~/models/customs.server";
import { notFound } from "~/responses.server";

const Query = z.object({ questionnaire: z.string().min(1), table: z.enum(["heat", "ranking", "trend"]) });

/** One table of the customs overview as CSV: the same published figures the page shows. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireCustomsReviewer(request);
  const query = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw notFound();
  const section = (await customsOverview()).find((q) => q.id === query.data.questionnaire);
  if (!section?.release || section.k === null) throw notFound();
  const { language, t } = await getFixedT(request);
  const k = section.k;
  const fewer = t("participation.fewerThan", { k });
  const sector = (s: string) => t(`sectors.${s as "municipality"}`);
  let header: string[];
  let rows: CsvCell[][];
  if (query.data.table === "heat") {
    header = [
      t("benchmark.group"),
      t("participation.organisations"),
      ...section.themes.map((th) => th.title[language]),
    ];
    rows = section.cells
      .filter((c) => c.grouping !== "sector-size")
      .map((c) => [
        groupLabel(t, c),
        c.countBand ? t(`countBands.${c.countBand}`) : fewer,
        ...section.themes.map((th) => {
          const figures = c.themes?.find((x) => x.id === th.id);
          return figures ? `${Math.round(figures.risk.median)} ${t(`report.levels.${figures.medianLevel}`)}` : null;
        }),
      ]);
  } else if (query.data.table === "ranking") {
    header = [
      t("customs.rank"),
      t("fields.sector"),
      t("customs.medianRisk"),
      t("customs.medianLevel"),
      t("customs.highOrCritical"),
    ];
    rows = section.ranking.map((r, index) => [
      index + 1,
      sector(r.sector),
      r.medianRisk,
      t(`report.levels.${r.medianLevel}`),
      r.highOrCritical === null ? t("customs.tooFewForShares") : r.highOrCritical,
    ]);
  } else {
    const sectors = section.trend[0]?.sectors.map((s) => s.sector) ?? [];
    header = [t("customs.halfYear"), ...sectors.map(sector)];
    rows = section.trend.map((h) => [
      halfYearLabel(t, h.halfYear),
      ...h.sectors.map((s) => (s.medianRisk === null ? fewer : s.medianRisk)),
    ]);
  }
  return download(toCsv(language, header, rows), `weerbaar-customs-${section.id}-${query.data.table}.csv`, "text/csv");
}
