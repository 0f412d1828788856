import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ParticipationSection } from "~/components/participation";
import { SECTORS } from "~/domain/organisation";
import { requireCustomsReviewer } from "~/models/access.server";
import { participationBySector } from "~/models/association.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCustomsReviewer(request);
  return { participation: await participationBySector(SECTORS) };
}

export default function CustomsHome() {
  const { t } = useTranslation();
  const { participation } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("customs.title")}</h1>
      <p className="lead">{t("customs.intro")}</p>
      <section className="card" aria-labelledby="customs-rules-title">
        <h2 id="customs-rules-title">{t("customs.rulesTitle")}</h2>
        <ul>
          <li>{t("customs.ruleAggregates")}</li>
          <li>{t("customs.ruleConsent")}</li>
          <li>{t("customs.rulePurpose")}</li>
        </ul>
      </section>
      <ParticipationSection rows={participation} />
    </div>
  );
}
