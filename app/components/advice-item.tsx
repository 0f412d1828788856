import { useTranslation } from "react-i18next";
import { useReaderT } from "./reader-t";
import type { adviceView } from "~/views/advice.server";

/** One advice item: title, effort and impact, concrete steps, source; the report adds its gain. */
export function AdviceItem({
  advice,
  headingId,
  level,
  startHere = false,
  gain,
  shared = false,
}: {
  advice: ReturnType<typeof adviceView>;
  headingId?: string;
  level: 3 | 4;
  startHere?: boolean;
  gain?: string;
  /** Read by someone outside the organisation: the badge names the step rather than addressing it. */
  shared?: boolean;
}) {
  const { t } = useTranslation();
  const tr = useReaderT(shared);
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      <Heading id={headingId}>
        {advice.title}
        {startHere ? <span className="badge badge--start">{tr("report.startHere")}</span> : null}
      </Heading>
      <p className="advice__meta">
        {gain ? `${gain} · ` : null}
        {t(`report.effort.${advice.effort}`)} · {t(`report.impact.${advice.impact}`)}
      </p>
      <ol>
        {advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="advice__source">{t("report.source", { source: advice.source })}</p>
    </>
  );
}
