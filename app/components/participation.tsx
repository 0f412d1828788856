import { DataTable } from "./data-table";
import { useTranslation } from "react-i18next";
import { MIN_GROUP_SIZE, type CountBand } from "~/domain/benchmark";
import type { Sector } from "~/domain/organisation";

/** Organisations per sector as count bands; small groups read "fewer than 5". */
export function ParticipationTable({
  rows,
  caption,
  k = MIN_GROUP_SIZE,
}: {
  rows: { sector: Sector; band: CountBand | null }[];
  caption?: string;
  k?: number;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption ?? t("participation.caption")}
      rows={rows}
      rowKey={(row) => row.sector}
      stacked
      columns={[
        { header: t("fields.sector"), rowHeader: true, cell: (row) => t(`sectors.${row.sector}`) },
        {
          header: t("participation.organisations"),
          cell: (row) => (row.band ? t(`countBands.${row.band}`) : t("participation.fewerThan", { k })),
        },
      ]}
    />
  );
}

/** The participation card of the association and customs home pages. */
export function ParticipationSection({ rows }: { rows: { sector: Sector; band: CountBand | null }[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="participation-title">
      <h2 id="participation-title">{t("participation.title")}</h2>
      <p>{t("participation.rule")}</p>
      <ParticipationTable rows={rows} />
    </section>
  );
}
