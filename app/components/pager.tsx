import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { withQuery } from "~/forms";

/** Links to the page before and after this one of a long list, keeping the rest of the query. */
export function Pager({
  label,
  page,
  pages,
  param = "page",
}: {
  /** What the pages are of, for the navigation's name. */
  label: string;
  page: number;
  pages: number;
  /** The query parameter, where a page holds more than one paged list. */
  param?: string;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (pages <= 1) return null;
  const link = (to: number) => withQuery(searchParams, { [param]: String(to) });
  return (
    <nav aria-label={label} className="button-row">
      <p>{t("common.pageOf", { page, pages })}</p>
      {page > 1 ? (
        <Link to={link(page - 1)} className="button button--secondary">
          {t("common.previousPage")}
        </Link>
      ) : null}
      {page < pages ? (
        <Link to={link(page + 1)} className="button button--secondary">
          {t("common.nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
