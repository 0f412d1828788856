import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A destructive action behind a question, inside the form it submits: the first click only
 * opens "Are you sure?", the button inside does the deed. A `<details>` element, so it works
 * the same without JavaScript.
 */
export function ConfirmAction({
  label,
  confirm,
  consequence,
  name,
  value,
  children,
}: {
  label: string;
  confirm: string;
  consequence?: string;
  /** The name and value the confirming button submits, for a form with several actions. */
  name?: string;
  value?: string;
  /** What the question needs besides the button, such as a tick that a check was done. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <details className="confirm-action">
      <summary className="button button--subtle">{label}</summary>
      <div className="confirm-action__question">
        <p>
          <strong>{t("common.areYouSure")}</strong>
          {consequence ? ` ${consequence}` : null}
        </p>
        {children}
        <button type="submit" name={name} value={value} className="button button--danger">
          {confirm}
        </button>
      </div>
    </details>
  );
}
