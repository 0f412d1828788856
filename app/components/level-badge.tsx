import { useTranslation } from "react-i18next";

/** A risk level in colour and in words, so it never relies on colour alone. */
export function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return <span className={`level level--${level}`}>{t(`report.levels.${level as "low"}`)}</span>;
}
