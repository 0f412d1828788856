import type { LoaderFunctionArgs } from "@remix-run/node";
import { groupLabel, onHundredScale } from "~/views/benchmark";
import { download, toCsv } from "~/export.server";
import { getFixedT } from "~/i18n.server";
import { findTheme } from "~/domain/assessment";
import { RISK_LEVELS } from "~/domain/scoring";
import { requireAccess } from "~/models/access.server";
import { benchmarkFor } from "~/models/benchmark.server";
import { notFound } from "~/responses.server";

const COLUMNS = [
  "group",
  "organisations",
  "theme",
  "resilienceP25",
  "resilienceMedian",
  "resilienceP75",
  "riskP25",
  "riskMedian",
  "riskP75",
  "medianLevel",
  "low",
  "medium",
  "high",
  "critical",
] as const;

/** One decimal, on the 0–100 scale of the page. */
const figure = (n: number) => Math.round(n * 10) / 10;

/** The published cells of the latest release that the reader may see, one row per group and theme. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request);
  const benchmark = await benchmarkFor(access, params.questionnaireId, { via: "csv", ip: context.clientAddress });
  if (!benchmark?.release) throw notFound();
  const { language, t } = await getFixedT(request);
  const title = (id: string) => findTheme(benchmark.questionnaire, id)?.title[language] ?? id;
  const rows = benchmark.cells.flatMap((cell) =>
    (cell.themes ?? []).map((th) => [
      groupLabel(t, cell),
      t(`countBands.${cell.countBand ?? "5-9"}`),
      title(th.id),
      onHundredScale(th.resilience.p25),
      onHundredScale(th.resilience.median),
      onHundredScale(th.resilience.p75),
      figure(th.risk.p25),
      figure(th.risk.median),
      figure(th.risk.p75),
      t(`report.levels.${th.medianLevel}`),
      ...RISK_LEVELS.map((level) => (th.levels ? th.levels[level] : null)),
    ]),
  );
  const header = COLUMNS.map((key) => t(`benchmark.csvColumns.${key}`));
  const date = benchmark.release.createdAt.toISOString().slice(0, 10);
  return download(
    toCsv(language, header, rows),
    `weerbaar-benchmark-${benchmark.questionnaire.id}-${date}.csv`,
    "text/csv",
  );
}
