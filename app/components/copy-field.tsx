import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Something shown once to be copied, such as a new API key or an invitation link: read-only,
 * selected whole on focus, with a copy button once the page's script runs (without it the
 * text is selected and copied by hand). The outcome is announced.
 */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useTranslation();
  const [canCopy, setCanCopy] = useState(false);
  const [outcome, setOutcome] = useState<"copied" | "copyFailed" | null>(null);
  useEffect(() => setCanCopy(Boolean(navigator.clipboard)), []);
  useEffect(() => setOutcome(null), [value]);
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setOutcome("copied"),
      () => setOutcome("copyFailed"),
    );
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} readOnly value={value} className="invite-link" onFocus={(e) => e.currentTarget.select()} />
        {canCopy ? (
          <button type="button" className="button button--secondary" onClick={copy}>
            {t("common.copy")}
          </button>
        ) : null}
      </div>
      <p role="status" className="copy-field__status">
        {outcome ? t(`common.${outcome}`) : null}
      </p>
    </div>
  );
}
