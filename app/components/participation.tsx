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
    <table>
      <caption>{caption ?? t("participation.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("fields.sector")}</th>
          <th scope="col">{t("participation.organisations")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sector}>
            <th scope="row">{t(`sectors.${row.sector}`)}</th>
            <td>{row.band ? t(`countBands.${row.band}`) : t("participation.fewerThan", { k })}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
