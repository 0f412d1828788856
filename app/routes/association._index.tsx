import { DataTable } from "~/components/data-table";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ParticipationSection } from "~/components/participation";
import { SECTORS } from "~/domain/organisation";
import { getLanguage } from "~/i18n.server";
import { requireAnalyst } from "~/models/access.server";
import { latestQuestionnaires } from "~/models/questionnaire.server";
import { listAssociations } from "~/models/association.server";
import { releaseParticipation } from "~/models/benchmark.server";
import { sharingOrganisations } from "~/models/consent.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["association", "benchmark", "countBands", "customs", "fields", "participation", "sectors", "validation"],
  title: (t) => t("association.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAnalyst(request, context);
  const associations = await listAssociations(access.associationIds);
  const covered = SECTORS.filter((s) => associations.some((a) => a.sectors.includes(s)));
  const language = await getLanguage(request);
  const questionnaires = (await latestQuestionnaires()).filter((q) => q.sectors.some((s) => covered.includes(s)));
  const sharing = await sharingOrganisations({ recipient: "association", associationIds: access.associationIds });
  return {
    sharing: sharing.map((o) => ({
      id: o.id,
      name: o.name,
      sector: o.sector,
      submittedAt: o.submittedAt.toISOString(),
    })),
    benchmarks: questionnaires.map((q) => ({ id: q.id, title: q.title[language] })),
    associations: associations.map(({ id, name, sectors, analysts }) => ({ id, name, sectors, analysts })),
    participation: await releaseParticipation(covered),
  };
}

export default function AssociationHome() {
  const { t, i18n } = useTranslation();
  const { associations, participation, benchmarks, sharing } = useLoaderData<typeof loader>();
  const date = dateFormat(i18n.language, { dateStyle: "medium" });
  return (
    <div className="page">
      <h1>{t("association.title")}</h1>
      <p className="lead">{t("association.intro")}</p>
      <ul className="button-row plain-list">
        {benchmarks.map((b) => (
          <li key={b.id}>
            <Link to={`/benchmarks/${b.id}`} className="button button--primary">
              {t("benchmark.link", { questionnaire: b.title })}
            </Link>
          </li>
        ))}
        <li>
          <Link to="/verification" className="button button--secondary">
            {t("association.verificationLink")}
          </Link>
        </li>
      </ul>
      {associations.map((a) => (
        <section key={a.id} className="card" aria-labelledby={`association-${a.id}`}>
          <h2 id={`association-${a.id}`}>{a.name}</h2>
          <h3>{t("association.sectors")}</h3>
          <ul>
            {a.sectors.map((s) => (
              <li key={s}>{t(`sectors.${s}`)}</li>
            ))}
          </ul>
          <h3>{t("association.analysts")}</h3>
          <ul>
            {a.analysts.map((analyst) => (
              <li key={analyst.email}>{analyst.name}</li>
            ))}
          </ul>
        </section>
      ))}
      <ParticipationSection rows={participation} />
      <section className="card" aria-labelledby="sharing-title">
        <h2 id="sharing-title">{t("association.sharingTitle")}</h2>
        <p>{t("association.sharingIntro")}</p>
        {sharing.length === 0 ? (
          <p>{t("association.noSharing")}</p>
        ) : (
          <DataTable
            caption={t("association.sharingCaption")}
            rows={sharing}
            rowKey={(o) => o.id}
            columns={[
              {
                header: t("customs.columns.name"),
                rowHeader: true,
                cell: (o) => <Link to={`/association/organisations/${o.id}`}>{o.name}</Link>,
              },
              { header: t("fields.sector"), cell: (o) => t(`sectors.${o.sector}`) },
              { header: t("customs.columns.date"), cell: (o) => date.format(new Date(o.submittedAt)) },
            ]}
          />
        )}
      </section>
    </div>
  );
}
