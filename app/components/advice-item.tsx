import { useTranslation } from "react-i18next";
import { useReaderT } from "./reader-t";
import type { adviceView } from "~/views/advice.server";

/**
 * One advice item: title, effort and impact, concrete steps, source; the report adds its gain.
 * `folded` puts the steps and source behind a native disclosure, for long lists of items.
 */
export function AdviceItem({
  advice,
  headingId,
  level,
  startHere = false,
  gain,
  shared = false,
  folded,
}: {
  advice: ReturnType<typeof adviceView>;
  headingId?: string;
  level: 3 | 4;
  startHere?: boolean;
  gain?: string;
  /** Read by someone outside the organisation: the badge names the step rather than addressing it. */
  shared?: boolean;
  folded?: boolean;
}) {
  const { t } = useTranslation();
  const tr = useReaderT(shared);
  const Heading = level === 3 ? "h3" : "h4";
  const body = (
    <>
      <ol>
        {advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="advice__source">{t("report.source", { source: advice.source })}</p>
    </>
  );
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
      {folded === undefined ? (
        body
      ) : (
        <details className="advice__details" open={!folded}>
          <summary>{t("report.adviceSteps", { count: advice.steps.length })}</summary>
          {body}
        </details>
      )}
    </>
  );
}
