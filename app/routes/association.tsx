import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ParticipationSection } from "~/components/participation";
import { SECTORS } from "~/domain/organisation";
import { getLanguage } from "~/i18n.server";
import { requireAnalyst } from "~/models/access.server";
import { latestQuestionnaires } from "~/models/assessment.server";
import { listAssociations, participationBySector } from "~/models/association.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireAnalyst(request);
  const associations = await listAssociations(access.associationIds);
  const covered = SECTORS.filter((s) => associations.some((a) => a.sectors.includes(s)));
  const language = await getLanguage(request);
  const questionnaires = (await latestQuestionnaires()).filter((q) => q.sectors.some((s) => covered.includes(s)));
  return {
    benchmarks: questionnaires.map((q) => ({ id: q.id, title: q.title[language] })),
    associations: associations.map(({ id, name, sectors, analysts }) => ({ id, name, sectors, analysts })),
    participation: await participationBySector(covered),
  };
}

export default function AssociationHome() {
  const { t } = useTranslation();
  const { associations, participation, benchmarks } = useLoaderData<typeof loader>();
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
    </div>
  );
}
