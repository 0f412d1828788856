import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getAccess } from "~/models/access.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["deletion", "landing"], title: (t) => t("landing.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { signedIn: Boolean(await getAccess(request, context)) };
}

const THREATS = ["insiders", "releaseCodes", "access", "frontCompanies"] as const;
const AUDIENCES = ["organisation", "association", "customs"] as const;
const STEPS = ["signUp", "invite", "assess", "act"] as const;

export default function Landing() {
  const { t } = useTranslation();
  const { signedIn } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="landing">
      {searchParams.get("deleted") === "1" ? (
        <p className="notice" role="status">
          {t("deletion.deleted")}
        </p>
      ) : null}
      {searchParams.get("erased") === "1" ? (
        <p className="notice" role="status">
          {t("deletion.accountErased")}
        </p>
      ) : null}
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("landing.title")}</h1>
        <p className="lead">{t("landing.lead")}</p>
        <p className="button-row">
          {signedIn ? (
            <Link to="/home" className="button button--primary">
              {t("landing.toHome")}
            </Link>
          ) : (
            <>
              <Link to="/signup" className="button button--primary">
                {t("landing.start")}
              </Link>
              <Link to="/signin" className="button button--secondary">
                {t("nav.signIn")}
              </Link>
            </>
          )}
        </p>
      </section>

      <section aria-labelledby="why-title" className="page">
        <h2 id="why-title">{t("landing.whyTitle")}</h2>
        <p>{t("landing.why")}</p>
        <ul className="tile-list">
          {THREATS.map((threat) => (
            <li key={threat} className="tile">
              <h3>{t(`landing.threats.${threat}.title`)}</h3>
              <p>{t(`landing.threats.${threat}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-title" className="page">
        <h2 id="privacy-title">{t("landing.privacyTitle")}</h2>
        <ul className="tile-list">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="tile tile--promise">
              <h3>{t(`landing.privacy.${audience}.title`)}</h3>
              <p>{t(`landing.privacy.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-title" className="page">
        <h2 id="how-title">{t("landing.howTitle")}</h2>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step}>
              <strong>{t(`landing.steps.${step}.title`)}</strong> {t(`landing.steps.${step}.body`)}
            </li>
          ))}
        </ol>
        <p className="form-note">{t("landing.origin")}</p>
      </section>
    </div>
  );
}
